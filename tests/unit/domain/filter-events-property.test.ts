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

describe('filterEvents with a place or a mediator keeps what a plain scan keeps, in list order', () => {
  it('for any events, deals, places, mediators and range', () => {
    const places = ['geneva', 'istanbul', 'abu-dhabi'];
    const mediators = ['uae', 'turkey', 'vatican'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            date: day,
            precision,
            type: fc.constantFrom('talks', 'agreement', 'exchange') as fc.Arbitrary<
              'talks' | 'agreement' | 'exchange'
            >,
            venueIds: fc.subarray(places),
            mediators: fc.subarray(mediators),
            parent: fc.option(fc.nat({ max: 59 }), { nil: undefined }),
          }),
          { maxLength: 60 },
        ),
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        fc.option(fc.constantFrom(...places, 'nowhere'), { nil: null }),
        fc.option(fc.constantFrom(...mediators, 'nobody'), { nil: null }),
        (specs, a, b, venue, mediator) => {
          const [from, to] = a && b && a > b ? [b, a] : [a, b];
          const events = specs.map((s, i) =>
            makeEvent(`e${i}`, {
              date: s.date,
              datePrecision: s.precision,
              type: s.type,
              venueIds: s.venueIds,
              mediators: s.mediators,
              // Deals link to talks and agreements: a stage inherits its deal's places and mediators.
              ...(s.parent !== undefined && s.parent !== i
                ? s.type === 'exchange'
                  ? { agreementId: `e${s.parent}` }
                  : { talksId: `e${s.parent}` }
                : {}),
            }),
          );
          const index = buildEventIndex(events);
          const range = rangeDays(from, to);
          const expected = index.list
            .filter(
              (p) =>
                overlaps([p.first, p.last], range) &&
                (venue === null || p.dealVenues.includes(venue)) &&
                (mediator === null || p.dealMediators.includes(mediator)),
            )
            .map((p) => p.event.id);
          const actual = filterEvents(index, { from, to, venue, mediator }).map((p) => p.event.id);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 500 },
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
