import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, rangeDays, spanOf } from '../../../src/domain/dates';
import { buildEventIndex } from '../../../src/domain/event-index';
import { filterEvents } from '../../../src/domain/filter-events';
import {
  buildDaySeriesIndex,
  cumulativeSeries,
  seriesForRange,
} from '../../../src/domain/cumulative-series';
import { makeEvent } from '../../fixtures/make-event';

const day = fc
  .integer({ min: 0, max: 1500 })
  .map((n) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10));
const precision = fc.constantFrom('day', 'week', 'month', 'year') as fc.Arbitrary<
  'day' | 'week' | 'month' | 'year'
>;

describe('filterEvents (binary-searched) keeps exactly what a plain scan keeps', () => {
  it('for any events and any range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, precision), { maxLength: 60 }),
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        (specs, a, b) => {
          const [from, to] = a && b && a > b ? [b, a] : [a, b];
          const events = specs.map(([date, datePrecision], i) =>
            makeEvent(`e${i}`, { date, datePrecision }),
          );
          const index = buildEventIndex(events);
          const range = rangeDays(from, to);
          const expected = events
            .filter((e) => overlaps(spanOf(e), range))
            .map((e) => e.id)
            .sort();
          const actual = filterEvents(index, { from, to, venue: null })
            .map((p) => p.event.id)
            .sort();
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('seriesForRange (prepared days) draws exactly what cumulativeSeries draws', () => {
  it('for any exchanges, statuses, spans and range', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            day,
            precision,
            fc.constantFrom('confirmed', 'expected') as fc.Arbitrary<'confirmed' | 'expected'>,
            fc.integer({ min: 0, max: 500 }),
            fc.boolean(),
          ),
          { maxLength: 80 },
        ),
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        fc.integer({ min: 2, max: 40 }),
        (specs, a, b, maxRows) => {
          const [from, to] = a && b && a > b ? [b, a] : [a, b];
          const events = specs.map(([date, datePrecision, status, people, exchange], i) =>
            makeEvent(`e${i}`, {
              date,
              datePrecision,
              status,
              type: exchange ? 'exchange' : 'talks',
              toUkraine: { total: people },
              toRussia: { total: people + 1, soldiers: people % 7 },
            }),
          );
          const index = buildEventIndex(events);
          const expected = cumulativeSeries(
            filterEvents(index, { from, to, venue: null }),
            maxRows,
          );
          expect(seriesForRange(buildDaySeriesIndex(index), from, to, maxRows)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
