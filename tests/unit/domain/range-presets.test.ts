import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../fixtures/make-event';
import { makeVenue } from '../../fixtures/make-venue';
import { buildEventIndex } from '../../../src/domain/event-index';
import { rangePresets } from '../../../src/domain/range-presets';

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
      'Geneva & istanbul talks',
      'Unknown place talks',
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
      ['Geneva talks (16 May 2025)', '2025-05-16', '2025-05-16'],
      ['Geneva talks (Jun 2025) → exchanges', '2025-06-01', '2025-06-30'],
      ['istanbul talks', '2025-07-01', '2025-07-01'],
    ]);
  });
});
