import { makeEvent } from '../../fixtures/make-event';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/data/schemas';
import {
  brushIndexes,
  chartDomain,
  frameRows,
  overviewMonths,
} from '../../../src/domain/chart-frame';
import { cumulativeSeries, thin } from '../../../src/domain/cumulative-series';
import { buildEventIndex } from '../../../src/domain/event-index';
import { rangePresets } from '../../../src/domain/range-presets';

const ev = ({ id, ...fields }: Partial<EventRecord> & Pick<EventRecord, 'id' | 'date'>) =>
  makeEvent(id, {
    evidence: [{ sourceId: 'src-a', excerpt: 'abc', supports: ['date'] }],
    ...fields,
  });

const events = [
  ev({
    id: 'talks-g',
    type: 'talks',
    date: '2026-02-01',
    datePrecision: 'month',
    venueIds: ['geneva'],
  }),
  ev({
    id: 'deal-g',
    type: 'agreement',
    date: '2026-02-01',
    datePrecision: 'month',
    talksId: 'talks-g',
    toUkraine: { total: 500 },
    toRussia: { total: 500 },
  }),
  ev({
    id: 'x1',
    date: '2026-03-05',
    agreementId: 'deal-g',
    toUkraine: { total: 200, soldiers: 150, civilians: 50 },
    toRussia: { total: 200 },
  }),
  ev({
    id: 'x2',
    date: '2026-03-06',
    status: 'expected',
    agreementId: 'deal-g',
    toUkraine: { total: 300 },
    toRussia: { total: 300 },
  }),
  ev({
    id: 'x0',
    date: '2025-02-05',
    toUkraine: { total: 150 },
    toRussia: { total: 150 },
    evidence: [{ sourceId: 'src-b', excerpt: 'xyz', supports: ['date'] }],
  }),
  ev({ id: 'x0b', date: '2025-02-05', toUkraine: { total: 10 }, toRussia: { total: 12 } }),
];
const index = buildEventIndex(events);
// Rows are computed inside each test, not at collection time, so a mutation tester sees changed code.
const seriesRows = () => cumulativeSeries(index.list);

describe('cumulativeSeries', () => {
  it('aggregates per day and cumulates confirmed people per side', () => {
    const rows = seriesRows();
    expect(rows.map((r) => [r.date, r.ukraine, r.russia])).toEqual([
      ['2025-02-05', 160, 162],
      ['2026-03-05', 360, 362],
      ['2026-03-06', 360, 362],
    ]);
    expect(rows[0]!.day).toMatchObject({
      eventIds: ['x0', 'x0b'],
      toUkraine: 160,
      status: 'confirmed',
      sources: 2,
    });
  });

  it('keeps expected people apart, drawn only from the step before they start', () => {
    const rows = seriesRows();
    expect(rows.map((r) => r.ukraineWithExpected)).toEqual([null, 360, 660]);
    expect(rows[2]!.day.status).toBe('expected');
  });

  it('cumulates the soldiers / civilians split where known', () => {
    const rows = seriesRows();
    expect(rows[1]).toMatchObject({ ukraineSoldiers: 150, ukraineCivilians: 50 });
  });

  it("thins long series by keeping each slice's last row, so totals stay exact", () => {
    const many = cumulativeSeries(
      buildEventIndex(
        Array.from({ length: 1000 }, (_, i) =>
          ev({
            id: `e${i}`,
            date: new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10),
            toUkraine: { total: 1 },
            toRussia: { total: 2 },
          }),
        ),
      ).list,
      100,
    );
    expect(many.length).toBeLessThanOrEqual(100);
    expect(many[many.length - 1]).toMatchObject({ ukraine: 1000, russia: 2000 });
    expect(thin(many, 1000)).toBe(many);
  });
});

describe('chart frame', () => {
  it('uses the range as the window, else the data with a margin', () => {
    const rows = seriesRows();
    const [a, b] = chartDomain(rows, [], '2026-01-01', '2026-03-10');
    expect(new Date(a).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(new Date(b).toISOString().slice(0, 10)).toBe('2026-03-10');
    // A range running past the data stops a margin after the last exchange, not at its end.
    const [, year] = chartDomain(rows, [], '2026-01-01', '2026-12-31');
    expect(year).toBeGreaterThan(rows[rows.length - 1]!.t);
    expect(year).toBeLessThan(Date.UTC(2026, 3, 1));
    const [c, d] = chartDomain(rows, [], null, null);
    expect(c).toBeLessThan(rows[0]!.t);
    expect(d).toBeGreaterThan(rows[rows.length - 1]!.t);
  });

  it('starts the steps from zero and runs them to the window edge', () => {
    const rows = seriesRows();
    const domain: [number, number] = [Date.UTC(2025, 0, 1), Date.UTC(2026, 11, 31)];
    const framed = frameRows(rows, domain);
    expect(framed[0]).toMatchObject({ t: domain[0], ukraine: 0 });
    expect(framed[framed.length - 1]).toMatchObject({ t: domain[1], ukraine: 360 });
    expect(framed[framed.length - 1]!.day.eventIds).toEqual([]);
  });

  it('builds one overview row per month and maps ranges to brush indexes', () => {
    const months = overviewMonths(index.list);
    expect(months[0]).toMatchObject({ from: '2025-02-01', to: '2025-02-28', people: 322 });
    expect(months[months.length - 1]).toMatchObject({ from: '2026-03-01', people: 1000 });
    expect(months).toHaveLength(14);
    expect(brushIndexes(months, null, null)).toEqual([0, 13]);
    expect(brushIndexes(months, '2026-01-01', '2026-12-31')).toEqual([11, 13]);
    expect(brushIndexes(months, '2025-02-10', '2025-03-15')).toEqual([0, 1]);
  });
});

describe('rangePresets', () => {
  it('offers all time, each year, and each talks round through its exchanges', () => {
    const venues = new Map([['geneva', { id: 'geneva', name: 'Geneva' }]]) as never;
    expect(rangePresets(index, venues).map((p) => [p.label, p.from, p.to])).toEqual([
      ['All time', null, null],
      ['2025', '2025-01-01', '2025-12-31'],
      ['2026', '2026-01-01', '2026-12-31'],
      ['Geneva talks → exchanges', '2026-02-01', '2026-03-06'],
    ]);
  });
});

describe('chart frame: edges of the window', () => {
  const day = 86_400_000;
  const tenDays = () =>
    cumulativeSeries(
      buildEventIndex([
        ev({ id: 'p', date: '2026-03-01', toUkraine: { total: 5 } }),
        ev({ id: 'q', date: '2026-03-11', toUkraine: { total: 7 } }),
      ]).list,
    );

  it('leaves at least a week either side of the data, or 3 % of its span when that is more', () => {
    expect(chartDomain(tenDays(), [], null, null)).toEqual([
      Date.UTC(2026, 1, 22),
      Date.UTC(2026, 2, 18),
    ]);
    const start = Date.UTC(2022, 0, 1);
    expect(chartDomain([], [start, start + 1000 * day], null, null)).toEqual([
      start - 30 * day,
      start + 1030 * day,
    ]);
  });

  it('widens the window to its markers and runs a set range to the end of its last day, or a week past the data', () => {
    const [a, b] = chartDomain(tenDays(), [Date.UTC(2026, 2, 31)], null, null);
    expect([a, b]).toEqual([Date.UTC(2026, 1, 22), Date.UTC(2026, 3, 7)]);
    expect(chartDomain(tenDays(), [], '2026-03-05', '2026-03-15')).toEqual([
      Date.UTC(2026, 2, 5),
      Date.UTC(2026, 2, 16) - 1,
    ]);
    // Past the data, the window ends a week (the least margin) after the last day with data.
    expect(chartDomain(tenDays(), [], '2026-03-05', '2026-03-31')).toEqual([
      Date.UTC(2026, 2, 5),
      Date.UTC(2026, 2, 18),
    ]);
  });

  it('adds no zero step when the data already starts at or before the window', () => {
    const rows = tenDays();
    const atStart = frameRows(rows, [rows[0]!.t, Date.UTC(2026, 3, 1)]);
    expect(atStart.map((r) => [r.date, r.ukraine])).toEqual([
      ['2026-03-01', 5],
      ['2026-03-11', 12],
      ['2026-04-01', 12],
    ]);
    const before = frameRows(rows, [Date.UTC(2026, 2, 5), Date.UTC(2026, 3, 1)]);
    expect(before[0]!.date).toBe('2026-03-01');
  });

  it('adds no closing step when the data already ends at the window edge', () => {
    const rows = tenDays();
    const framed = frameRows(rows, [Date.UTC(2026, 1, 1), rows[1]!.t]);
    expect(framed.map((r) => [r.date, r.ukraine])).toEqual([
      ['2026-02-01', 0],
      ['2026-03-01', 5],
      ['2026-03-11', 12],
    ]);
  });

  it('draws a flat zero line over a window with no data', () => {
    const framed = frameRows([], [Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)]);
    expect(framed).toEqual([
      {
        t: Date.UTC(2026, 0, 1),
        date: '2026-01-01',
        ukraine: 0,
        russia: 0,
        ukraineWithExpected: null,
        russiaWithExpected: null,
        ukraineSoldiers: 0,
        ukraineCivilians: 0,
        russiaSoldiers: 0,
        russiaCivilians: 0,
        day: {
          eventIds: [],
          toUkraine: 0,
          toRussia: 0,
          status: 'confirmed',
          sources: 0,
          unreported: { ukraine: 0, russia: 0 },
          reported: { ukraine: 0, russia: 0 },
        },
      },
    ]);
  });
});

describe('chart frame: overview months and brush', () => {
  it('counts only exchanged people in a month (talks and agreements add nothing)', () => {
    const months = overviewMonths(index.list);
    expect(months.find((m) => m.from === '2026-02-01')).toMatchObject({
      to: '2026-02-28',
      people: 0,
    });
    expect(overviewMonths([])).toEqual([]);
  });

  it('runs the overview through a December and stops there', () => {
    const months = overviewMonths(
      buildEventIndex([
        ev({ id: 'nov', date: '2025-11-20', toUkraine: { total: 3 } }),
        ev({ id: 'dec', date: '2025-12-31', toRussia: { total: 4 } }),
      ]).list,
    );
    expect(months.map((m) => [m.from, m.to, m.people])).toEqual([
      ['2025-11-01', '2025-11-30', 3],
      ['2025-12-01', '2025-12-31', 4],
    ]);
    expect(months[1]!.t).toBe(Date.UTC(2025, 11, 1));
  });

  it('includes a month a range touches on its last or first day', () => {
    const months = overviewMonths(index.list);
    expect(brushIndexes(months, '2025-02-28', null)).toEqual([0, 13]);
    expect(brushIndexes(months, null, '2025-03-01')).toEqual([0, 1]);
    expect(brushIndexes(months, '2025-03-10', '2025-04-10')).toEqual([1, 2]);
  });

  it('pins a range outside the data to the nearest end of the strip', () => {
    const months = overviewMonths(index.list);
    expect(brushIndexes(months, '2027-01-01', null)).toEqual([13, 13]);
    expect(brushIndexes(months, '2027-01-01', '2027-02-01')).toEqual([13, 13]);
    expect(brushIndexes(months, null, '2024-12-31')).toEqual([0, 0]);
    expect(brushIndexes([], null, null)).toEqual([0, 0]);
  });
});
