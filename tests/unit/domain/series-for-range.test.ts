import { makeEvent } from '../../fixtures/make-event';
import { describe, expect, it } from 'vitest';
import {
  buildDaySeriesIndex,
  cumulativeSeries,
  seriesForRange,
} from '../../../src/domain/cumulative-series';
import { buildEventIndex } from '../../../src/domain/event-index';
import { filterEvents } from '../../../src/domain/filter-events';

// Everything is computed inside the tests (not at collection time), so that a mutation tester
// running the tests against changed code sees the change.
describe('seriesForRange', () => {
  const events = () => [
    makeEvent('old', { date: '2026-01-01', toUkraine: { total: 7 } }),
    // A ten-day handover that starts before the range and runs into it.
    makeEvent('long', {
      date: '2026-03-01',
      endDate: '2026-03-10',
      toUkraine: { total: 100 },
      toRussia: { total: 100 },
    }),
    // Ends exactly on the range's first day: still in range.
    makeEvent('edge', { date: '2026-03-02', endDate: '2026-03-05', toUkraine: { total: 1 } }),
    makeEvent('before', { date: '2026-03-03', toUkraine: { total: 1000 } }),
    makeEvent('first-day', { date: '2026-03-05', toUkraine: { total: 10 } }),
    makeEvent('inside', { date: '2026-03-07', status: 'expected', toUkraine: { total: 20 } }),
    makeEvent('last-day', { date: '2026-03-09', toUkraine: { total: 30 } }),
    makeEvent('after', { date: '2026-03-10', toUkraine: { total: 5000 } }),
  ];
  const from = '2026-03-05';
  const to = '2026-03-09';

  it('counts the exchanges running into the range and those on its first and last days', () => {
    const index = buildEventIndex(events());
    const rows = seriesForRange(buildDaySeriesIndex(index), from, to);
    expect(rows.map((r) => [r.date, r.ukraine, r.ukraineWithExpected])).toEqual([
      ['2026-03-01', 100, null],
      ['2026-03-02', 101, null],
      ['2026-03-05', 111, 111],
      ['2026-03-07', 111, 131],
      ['2026-03-09', 141, 161],
    ]);
    expect(rows[0]!.day.eventIds).toEqual(['long']);
  });

  it('draws what cumulativeSeries draws over the filtered events', () => {
    const index = buildEventIndex(events());
    const days = buildDaySeriesIndex(index);
    const ranges: [string | null, string | null][] = [
      [from, to],
      [null, null],
      ['2026-03-10', null],
      [null, '2026-03-04'],
      ['2026-03-06', '2026-03-06'],
      ['2026-03-11', '2026-12-31'],
    ];
    for (const [a, b] of ranges) {
      const expected = cumulativeSeries(filterEvents(index, { from: a, to: b, venue: null }));
      expect(seriesForRange(days, a, b), `${a} – ${b}`).toEqual(expected);
    }
  });

  it('covers every exchange with an open range', () => {
    const index = buildEventIndex(events());
    const rows = seriesForRange(buildDaySeriesIndex(index), null, null);
    expect(rows).toHaveLength(8);
    expect(rows.at(-1)).toMatchObject({ ukraine: 6148, ukraineWithExpected: 6168 });
  });

  it('thins to maxRows like cumulativeSeries', () => {
    const index = buildEventIndex(events());
    const rows = seriesForRange(buildDaySeriesIndex(index), from, to, 2);
    expect(rows.map((r) => [r.date, r.ukraine])).toEqual([
      ['2026-03-02', 101],
      ['2026-03-09', 141],
    ]);
  });
});
