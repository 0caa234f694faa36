import { makeEvent } from '../../fixtures/make-event';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/data/schemas';
import type { SeriesRow } from '../../../src/domain/cumulative-series';
import { bodiesSeries, cumulativeSeries } from '../../../src/domain/cumulative-series';
import { buildEventIndex } from '../../../src/domain/event-index';

// Everything is computed inside the tests (not at collection time), so that a mutation tester
// running the tests against changed code sees the change.
const series = (events: EventRecord[], maxRows?: number) =>
  cumulativeSeries(buildEventIndex(events).list, maxRows);

/** The part of a row the chart's lines are drawn from. */
const lines = (r: SeriesRow) => [r.date, r.ukraine, r.russia];
const withExpected = (r: SeriesRow) => [r.date, r.ukraineWithExpected, r.russiaWithExpected];

describe('cumulativeSeries: one row per day', () => {
  const events = () => [
    makeEvent('a', {
      date: '2026-01-05',
      toUkraine: { total: 100, soldiers: 80, civilians: 20 },
      toRussia: { total: 90, soldiers: 90 },
      evidence: [{ sourceId: 'src-a', excerpt: 'x', supports: ['toUkraine'] }],
    }),
    makeEvent('b', {
      date: '2026-01-05',
      toUkraine: { total: 10 },
      evidence: [
        { sourceId: 'src-a', excerpt: 'y', supports: ['toUkraine'] },
        { sourceId: 'src-b', excerpt: 'z', supports: ['date'] },
      ],
    }),
    makeEvent('c', { date: '2026-01-02', toRussia: { total: 5, civilians: 5 } }),
    makeEvent('talks', { type: 'talks', date: '2026-01-03', toUkraine: { total: 999 } }),
    makeEvent('deal', { type: 'agreement', date: '2026-01-04', toRussia: { total: 1000 } }),
  ];

  it('adds the exchanges of a day together and leaves talks and agreements out', () => {
    const rows = series(events());
    expect(rows.map(lines)).toEqual([
      ['2026-01-02', 0, 5],
      ['2026-01-05', 110, 95],
    ]);
    expect(rows[0]!.t).toBe(Date.UTC(2026, 0, 2));
    expect(rows[1]!.t).toBe(Date.UTC(2026, 0, 5));
  });

  it('says what happened on the day: its exchanges, people per side and distinct sources', () => {
    const rows = series(events());
    expect(rows[1]!.day).toMatchObject({
      eventIds: ['a', 'b'],
      toUkraine: 110,
      toRussia: 90,
      status: 'confirmed',
      sources: 2,
    });
    expect(rows[0]!.day).toMatchObject({
      eventIds: ['c'],
      toUkraine: 0,
      toRussia: 5,
      status: 'confirmed',
      sources: 1,
    });
  });

  it('cumulates soldiers and civilians per side where the articles split them', () => {
    const rows = series(events());
    expect(rows.map((r) => [r.ukraineSoldiers, r.ukraineCivilians])).toEqual([
      [0, 0],
      [80, 20],
    ]);
    expect(rows.map((r) => [r.russiaSoldiers, r.russiaCivilians])).toEqual([
      [0, 5],
      [90, 5],
    ]);
  });

  it('orders the days by date whatever order the events come in', () => {
    const list = [...buildEventIndex(events()).list].reverse();
    expect(cumulativeSeries(list).map(lines)).toEqual([
      ['2026-01-02', 0, 5],
      ['2026-01-05', 110, 95],
    ]);
  });

  it('draws nothing for no exchanges', () => {
    expect(series([])).toEqual([]);
    expect(series([makeEvent('t', { type: 'talks', toUkraine: { total: 3 } })])).toEqual([]);
  });
});

describe('cumulativeSeries: confirmed and expected', () => {
  const events = () => [
    makeEvent('c1', { date: '2026-02-01', toUkraine: { total: 100 }, toRussia: { total: 100 } }),
    makeEvent('c2', { date: '2026-02-02', toUkraine: { total: 50 }, toRussia: { total: 50 } }),
    makeEvent('e1', {
      date: '2026-02-03',
      status: 'expected',
      toUkraine: { total: 300, soldiers: 300 },
    }),
    makeEvent('m1', { date: '2026-02-04', toUkraine: { total: 10 }, toRussia: { total: 10 } }),
    makeEvent('m2', {
      date: '2026-02-04',
      status: 'expected',
      toUkraine: { total: 20 },
      toRussia: { total: 20, civilians: 20 },
    }),
  ];

  it('keeps the solid lines to confirmed people only', () => {
    expect(series(events()).map(lines)).toEqual([
      ['2026-02-01', 100, 100],
      ['2026-02-02', 150, 150],
      ['2026-02-03', 150, 150],
      ['2026-02-04', 160, 160],
    ]);
  });

  it('draws the dashed lines from the step before the first expected exchange', () => {
    expect(series(events()).map(withExpected)).toEqual([
      ['2026-02-01', null, null],
      ['2026-02-02', 150, 150],
      ['2026-02-03', 450, 150],
      ['2026-02-04', 480, 180],
    ]);
  });

  it('draws the dashed lines when only Russia expects people', () => {
    const russiaOnly = [
      makeEvent('c', { date: '2026-02-01', toUkraine: { total: 5 }, toRussia: { total: 5 } }),
      makeEvent('e', { date: '2026-02-02', status: 'expected', toRussia: { total: 40 } }),
    ];
    expect(series(russiaOnly).map(withExpected)).toEqual([
      ['2026-02-01', 5, 5],
      ['2026-02-02', 5, 45],
    ]);
  });

  it('draws no dashed line at all when nothing is expected', () => {
    const confirmed = events().filter((e) => e.status === 'confirmed');
    expect(series(confirmed).map(withExpected)).toEqual([
      ['2026-02-01', null, null],
      ['2026-02-02', null, null],
      ['2026-02-04', null, null],
    ]);
  });

  it('does not count expected people in the soldiers / civilians split', () => {
    const last = series(events()).at(-1)!;
    expect([last.ukraineSoldiers, last.russiaCivilians]).toEqual([0, 0]);
  });

  it('marks each day confirmed, expected or mixed, with everyone handed over that day', () => {
    const days = series(events()).map((r) => r.day);
    expect(days.map((d) => d.status)).toEqual(['confirmed', 'confirmed', 'expected', 'mixed']);
    expect(days[2]).toMatchObject({ eventIds: ['e1'], toUkraine: 300, toRussia: 0 });
    expect(days[3]).toMatchObject({ eventIds: ['m1', 'm2'], toUkraine: 30, toRussia: 30 });
  });
});

describe('cumulativeSeries: thinning to maxRows', () => {
  const events = () => [
    makeEvent('d1', { date: '2026-01-01', toUkraine: { total: 1 }, toRussia: { total: 2 } }),
    makeEvent('d2', { date: '2026-01-02', status: 'expected', toUkraine: { total: 4 } }),
    makeEvent('d10', {
      date: '2026-01-10',
      toUkraine: { total: 8 },
      evidence: [{ sourceId: 'other', excerpt: 'w', supports: ['date'] }],
    }),
    makeEvent('d11', { date: '2026-01-11', toUkraine: { total: 16 }, toRussia: { total: 32 } }),
  ];

  it('keeps the last row of each slice of time, with exact totals', () => {
    const rows = series(events(), 2);
    expect(rows.map(lines)).toEqual([
      ['2026-01-02', 1, 2],
      ['2026-01-11', 25, 34],
    ]);
    expect(rows.map(withExpected)).toEqual([
      ['2026-01-02', 5, 2],
      ['2026-01-11', 29, 34],
    ]);
  });

  it('tells the tooltip about every day a kept row stands for', () => {
    const [first, second] = series(events(), 2).map((r) => r.day);
    expect(first).toMatchObject({
      eventIds: ['d1', 'd2'],
      toUkraine: 5,
      toRussia: 2,
      status: 'mixed',
      sources: 2,
    });
    expect(second).toMatchObject({
      eventIds: ['d10', 'd11'],
      toUkraine: 24,
      toRussia: 32,
      status: 'confirmed',
      sources: 2,
    });
  });

  it('keeps every row when there are no more than maxRows, however unevenly spaced', () => {
    const three = events().filter((e) => e.id !== 'd10');
    expect(series(three, 3).map((r) => r.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-11']);
  });

  it('names at most 50 events in a thinned row', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      makeEvent(`e${String(i).padStart(2, '0')}`, {
        date: `2026-03-${String(1 + (i % 30)).padStart(2, '0')}`,
        toUkraine: { total: 1 },
      }),
    );
    const [row] = series(many, 1);
    expect(row).toMatchObject({ date: '2026-03-30', ukraine: 60 });
    expect(row!.day.eventIds).toHaveLength(50);
    expect(row!.day.toUkraine).toBe(60);
  });
});

describe('cumulativeSeries: exchanges without a figure', () => {
  it('counts, per side, the exchanges of a day that give a figure and those that do not', () => {
    const rows = series([
      makeEvent('both', { date: '2026-03-04', toUkraine: { total: 5 }, toRussia: { total: 5 } }),
      makeEvent('none', { date: '2026-03-04' }),
      makeEvent('one', { date: '2026-03-05', toUkraine: { total: 2 } }),
    ]);
    expect(rows.map((r) => [r.date, r.day.reported, r.day.unreported])).toEqual([
      ['2026-03-04', { ukraine: 1, russia: 1 }, { ukraine: 1, russia: 1 }],
      ['2026-03-05', { ukraine: 1, russia: 0 }, { ukraine: 0, russia: 1 }],
    ]);
  });

  it('adds the counts of the days a thinned row stands for', () => {
    const [row] = series(
      [
        makeEvent('a', { date: '2026-03-01', toUkraine: { total: 1 } }),
        makeEvent('b', { date: '2026-03-02' }),
        makeEvent('c', { date: '2026-03-03', toRussia: { total: 3 } }),
      ],
      1,
    );
    expect(row!.day.reported).toEqual({ ukraine: 1, russia: 1 });
    expect(row!.day.unreported).toEqual({ ukraine: 2, russia: 2 });
  });
});

describe('bodiesSeries', () => {
  it('cumulates repatriated bodies on their own, never as people returned', () => {
    const events = buildEventIndex([
      makeEvent('swap', { date: '2026-04-01', toUkraine: { total: 100 }, toRussia: { total: 90 } }),
      makeEvent('bodies-1', {
        date: '2026-04-02',
        returnKind: 'bodies',
        toUkraine: { total: 1000 },
        toRussia: { total: 20 },
      }),
      makeEvent('bodies-2', {
        date: '2026-04-09',
        returnKind: 'bodies',
        toUkraine: { total: 500 },
      }),
    ]).list;
    expect(bodiesSeries(events).map(lines)).toEqual([
      ['2026-04-02', 1000, 20],
      ['2026-04-09', 1500, 20],
    ]);
    expect(cumulativeSeries(events).map(lines)).toEqual([['2026-04-01', 100, 90]]);
    expect(bodiesSeries(events, 1).map(lines)).toEqual([['2026-04-09', 1500, 20]]);
  });
});
