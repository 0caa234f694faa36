import { describe, expect, it } from 'vitest';
import type { Tally } from '../../../src/data/schemas';
import { buildEventIndex } from '../../../src/domain/event-index';
import {
  latestByBody,
  latestTally,
  returnedToUkraineBy,
  sequenceCoverage,
} from '../../../src/domain/official';
import { makeEvent } from '../../fixtures/make-event';

const tally = (asOf: string, figure: number, fields: Partial<Tally> = {}): Tally => ({
  id: `t-${asOf}-${figure}`,
  asOf,
  datePrecision: 'day',
  statedBy: 'Coordination Headquarters',
  side: 'ukraine',
  measure: 'people-returned-to-ukraine',
  mediatorId: null,
  figure,
  moreThan: false,
  evidence: [{ sourceId: 'src', note: 'Stated.', supports: ['figure'] }],
  inferred: [],
  ...fields,
});

describe('latestTally', () => {
  const tallies = [
    tally('2024-12-31', 3956),
    tally('2026-03-11', 8000),
    tally('2026-03-11', 8050),
    tally('2026-03-06', 6922),
    tally('2026-04-01', 9000, { side: 'russia' }),
    tally('2026-05-01', 9999, { mediatorId: 'uae' }),
    tally('2026-06-01', 74, { measure: 'exchanges' }),
  ];

  it('takes the latest statement of the measure and side, the higher one on a shared day', () => {
    expect(latestTally(tallies, 'people-returned-to-ukraine', 'ukraine', null)?.figure).toBe(8050);
  });

  it('ignores statements after the given day, other sides and mediators’ own counts', () => {
    expect(
      latestTally(tallies, 'people-returned-to-ukraine', 'ukraine', '2026-03-10')?.figure,
    ).toBe(6922);
    expect(
      latestTally(tallies, 'people-returned-to-ukraine', 'ukraine', '2026-03-11')?.figure,
    ).toBe(8050);
    expect(latestTally(tallies, 'people-returned-to-ukraine', 'ukraine', '2024-12-30')).toBeNull();
    expect(latestTally(tallies, 'people-returned-to-ukraine', 'russia', null)?.figure).toBe(9000);
    expect(latestTally(tallies, 'exchanges', 'ukraine', null)?.figure).toBe(74);
    expect(latestTally([], 'exchanges', 'ukraine', null)).toBeNull();
  });
});

describe('sequenceCoverage', () => {
  const events = [
    makeEvent('a', { sequences: [{ series: 'ukraine', number: 1 }] }),
    makeEvent('b', {
      sequences: [
        { series: 'ukraine', number: 3 },
        { series: 'uae', number: 2 },
      ],
    }),
    makeEvent('c', { sequences: [{ series: 'ukraine', number: 3 }] }),
    makeEvent('d'),
  ];

  it('counts distinct numbers and lists the missing ones up to the highest', () => {
    expect(sequenceCoverage(events, 'ukraine')).toEqual({ recorded: 2, highest: 3, missing: [2] });
    expect(sequenceCoverage(events, 'uae')).toEqual({ recorded: 1, highest: 2, missing: [1] });
    expect(sequenceCoverage([], 'ukraine')).toEqual({ recorded: 0, highest: 0, missing: [] });
  });

  it('raises Kyiv’s highest number to the count of exchanges it stated', () => {
    const stated = [
      tally('2026-03-11', 5, { measure: 'exchanges' }),
      tally('2026-03-11', 9, { measure: 'exchanges', side: 'russia' }),
      tally('2026-03-11', 9, { measure: 'exchanges', mediatorId: 'uae' }),
      tally('2026-03-11', 9),
    ];
    expect(sequenceCoverage(events, 'ukraine', stated)).toEqual({
      recorded: 2,
      highest: 5,
      missing: [2, 4, 5],
    });
    expect(sequenceCoverage(events, 'uae', stated).highest).toBe(2);
  });
});

describe('returnedToUkraineBy', () => {
  it('adds confirmed swaps and releases up to the day, never bodies or expected ones', () => {
    const index = buildEventIndex([
      makeEvent('swap', { date: '2026-01-01', toUkraine: { total: 100 } }),
      makeEvent('release', { date: '2026-02-01', returnKind: 'release', toUkraine: { total: 7 } }),
      makeEvent('bodies', { date: '2026-02-01', returnKind: 'bodies', toUkraine: { total: 900 } }),
      makeEvent('due', { date: '2026-02-01', status: 'expected', toUkraine: { total: 300 } }),
      makeEvent('deal', { date: '2026-01-01', type: 'agreement', toUkraine: { total: 500 } }),
      makeEvent('later', { date: '2026-02-02', toUkraine: { total: 50 } }),
      makeEvent('unknown', { date: '2026-01-05' }),
    ]);
    expect(returnedToUkraineBy(index.list, '2026-02-01')).toBe(107);
    expect(returnedToUkraineBy(index.list, '2025-12-31')).toBe(0);
    expect(returnedToUkraineBy(index.list, '2026-12-31')).toBe(157);
  });
});

describe('latestByBody', () => {
  const ombudsman = 'Ukrainian Parliament Commissioner for Human Rights Dmytro Lubinets';
  const tallies = [
    tally('2025-10-02', 7000, { statedBy: 'President of Ukraine', moreThan: true }),
    tally('2026-03-05', 6622, { statedBy: ombudsman }),
    tally('2026-03-06', 6922, { statedBy: ombudsman }),
    tally('2026-03-11', 8050, { statedBy: 'Coordination Headquarters for the Treatment of POWs' }),
    tally('2023-06-11', 2500, { statedBy: 'Ukrainian officials', moreThan: true }),
    tally('2026-03-12', 9000, { statedBy: ombudsman, side: 'russia' }),
  ];

  it("gives each body's latest statement by the day, in the chart key's order", () => {
    const byBody = (upTo: string | null) =>
      latestByBody(tallies, 'people-returned-to-ukraine', 'ukraine', upTo).map(
        (b) => `${b.short} ${b.tally.figure}`,
      );
    expect(byBody(null)).toEqual([
      'Coordination HQ 8050',
      'Ombudsman 6922',
      'President’s Office 7000',
      'others 2500',
    ]);
    // The Geneva round's last day: the headquarters had not yet stated its 8,050.
    expect(byBody('2026-03-06')).toEqual([
      'Ombudsman 6922',
      'President’s Office 7000',
      'others 2500',
    ]);
    expect(byBody('2026-03-05')).toEqual([
      'Ombudsman 6622',
      'President’s Office 7000',
      'others 2500',
    ]);
    expect(byBody('2023-01-01')).toEqual([]);
  });

  it('agrees with latestTally within each body', () => {
    for (const { tally: t } of latestByBody(
      tallies,
      'people-returned-to-ukraine',
      'ukraine',
      null,
    )) {
      const same = tallies.filter((x) => x.statedBy === t.statedBy);
      expect(latestTally(same, 'people-returned-to-ukraine', 'ukraine', null)).toBe(t);
    }
  });
});
