import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../fixtures/make-event';
import { makeVenue } from '../../fixtures/make-venue';
import { buildEventIndex } from '../../../src/domain/event-index';
import { presetsByRange, rangePresets, roundsToList } from '../../../src/domain/range-presets';
import type { RangePreset } from '../../../src/domain/range-presets';

const venues = new Map([['geneva', makeVenue('geneva', { name: 'Geneva' })]]);

describe('rangePresets: ids and place names', () => {
  it('gives each preset a stable id and says what kind of range it is', () => {
    const index = buildEventIndex([
      makeEvent('swap', { date: '2025-03-01' }),
      makeEvent('round-1', { type: 'talks', date: '2026-05-16', venueIds: ['geneva'] }),
    ]);
    expect(rangePresets(index, venues).map((p) => [p.id, p.kind])).toEqual([
      ['all', 'all'],
      ['2025', 'year'],
      ['2026', 'year'],
      ['talks-round-1', 'talks'],
    ]);
  });

  it('names talks held in several places, in places not on file, or in no recorded place', () => {
    const index = buildEventIndex([
      makeEvent('joint', { type: 'talks', date: '2025-05-16', venueIds: ['geneva', 'istanbul'] }),
      makeEvent('secret', { type: 'talks', date: '2025-06-02', venueIds: [] }),
    ]);
    expect(rangePresets(index, venues).map((p) => p.label)).toEqual([
      'All time',
      '2025',
      'Geneva & istanbul talks · talks only',
      'Unknown place talks · talks only',
    ]);
  });

  it('dates the rounds held in the same place, so their labels differ', () => {
    const index = buildEventIndex([
      makeEvent('round-1', { type: 'talks', date: '2025-05-16', venueIds: ['geneva'] }),
      makeEvent('round-2', {
        type: 'talks',
        date: '2025-06-01',
        datePrecision: 'month',
        venueIds: ['geneva'],
      }),
      makeEvent('swap', { date: '2025-06-10', talksId: 'round-2' }),
      makeEvent('elsewhere', { type: 'talks', date: '2025-07-01', venueIds: ['istanbul'] }),
    ]);
    expect(rangePresets(index, venues).map((p) => [p.label, p.from, p.to])).toEqual([
      ['All time', null, null],
      ['2025', '2025-01-01', '2025-12-31'],
      ['Geneva talks (16 May 2025) · talks only', '2025-05-16', '2025-05-16'],
      ['Geneva talks (Jun 2025) → exchanges', '2025-06-01', '2025-06-30'],
      ['istanbul talks · talks only', '2025-07-01', '2025-07-01'],
    ]);
  });
});

describe('roundsToList', () => {
  const round = (i: number, day = i): RangePreset => ({
    id: `talks-${i}`,
    kind: 'talks',
    label: `Round ${i}`,
    from: `2025-01-${String(day).padStart(2, '0')}`,
    to: `2025-01-${String(day).padStart(2, '0')}`,
  });
  const rounds = Array.from({ length: 12 }, (_, i) => round(i + 1));

  it('offers every round when they fit, and the latest ones when they do not', () => {
    expect(roundsToList(rounds, undefined, 20)).toEqual({ listed: rounds, earlier: 0 });
    const { listed, earlier } = roundsToList(rounds, undefined, 5);
    expect(listed.map((r) => r.id)).toEqual([
      'talks-8',
      'talks-9',
      'talks-10',
      'talks-11',
      'talks-12',
    ]);
    expect(earlier).toBe(7);
  });

  it('keeps the current round listed, first, when it is older', () => {
    const { listed, earlier } = roundsToList(rounds, rounds[1], 5);
    expect(listed.map((r) => r.id)).toEqual([
      'talks-2',
      'talks-8',
      'talks-9',
      'talks-10',
      'talks-11',
      'talks-12',
    ]);
    expect(earlier).toBe(6);
    // A current round among the latest, or a year, adds nothing.
    expect(roundsToList(rounds, rounds[10], 5).listed).toHaveLength(5);
    const year: RangePreset = {
      id: '2025',
      kind: 'year',
      label: '2025',
      from: '2025-01-01',
      to: '2025-12-31',
    };
    expect(roundsToList(rounds, year, 5).listed).toHaveLength(5);
  });

  it('lists an older round whose dates a listed round shares, when it is the current one', () => {
    const twins = [round(1, 3), ...rounds.slice(1)];
    const same = { ...round(13, 3) };
    const all = [...twins, same];
    const { listed } = roundsToList(all, all[0], 5);
    expect(listed[0]?.id).toBe('talks-1');
    expect(listed).toHaveLength(6);
  });
});

describe('presetsByRange', () => {
  it('finds the same preset as a walk through the list, for any ranges and repeats', () => {
    const day = fc.constantFrom(null, '2022-03-01', '2022-03-02', '2023-01-01');
    const preset = fc.tuple(day, day).map(([from, to]) => ({
      id: `p-${from}-${to}`,
      kind: 'talks' as const,
      label: 'Talks',
      from,
      to,
    }));
    fc.assert(
      fc.property(fc.array(preset, { maxLength: 12 }), day, day, (presets, from, to) => {
        // Ids made unique, so the preset found is told apart from another with its range.
        const unique = presets.map((p, i) => ({ ...p, id: `${p.id}-${i}` }));
        expect(presetsByRange(unique)(from, to)).toBe(
          unique.find((p) => p.from === from && p.to === to),
        );
      }),
    );
  });
});
