import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromDay, rangeDays } from '../../../src/domain/dates';
import { buildEventIndex } from '../../../src/domain/event-index';
import { filterEvents } from '../../../src/domain/filter-events';
import { buildVenueIndex, venueTotalsForDays } from '../../../src/domain/venue-index';
import { venueTotals } from '../../../src/domain/venue-totals';
import { makeEvent } from '../../fixtures/make-event';
import { makeVenue } from '../../fixtures/make-venue';

const venues = ['a', 'b', 'c', 'd'].map((id) => makeVenue(id));
const base = 20_000; // a day number in 2024

const eventArb = fc.record({
  type: fc.constantFrom('exchange', 'talks', 'agreement'),
  status: fc.constantFrom('confirmed', 'expected'),
  returnKind: fc.constantFrom(undefined, 'swap', 'release', 'bodies'),
  day: fc.integer({ min: 0, max: 120 }),
  datePrecision: fc.constantFrom('day', 'day', 'week', 'month'),
  lasts: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  venueIds: fc.subarray(['a', 'b', 'c', 'zz']),
  toUkraine: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  toRussia: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  talks: fc.boolean(),
});

const eventsArb = fc.array(eventArb, { maxLength: 60 }).map((list) =>
  list.map((e, i) =>
    makeEvent(`e${i}`, {
      type: e.type,
      status: e.status,
      ...(e.returnKind ? { returnKind: e.returnKind } : {}),
      date: isoFromDay(base + e.day),
      datePrecision: e.datePrecision,
      ...(e.lasts === undefined ? {} : { endDate: isoFromDay(base + e.day + e.lasts) }),
      venueIds: e.venueIds,
      // Deals agreed at talks count at the talks' place too.
      ...(e.talks && i > 0 && list[0]!.type === 'talks' ? { talksId: 'e0' } : {}),
      ...(e.toUkraine === undefined ? {} : { toUkraine: { total: e.toUkraine } }),
      ...(e.toRussia === undefined ? {} : { toRussia: { total: e.toRussia } }),
    }),
  ),
);

const dayOrOpen = fc.option(fc.integer({ min: -30, max: 160 }), { nil: null });

describe('venueTotalsForDays', () => {
  it('gives the totals of a pass over the events the range keeps', () => {
    fc.assert(
      fc.property(eventsArb, dayOrOpen, dayOrOpen, (events, a, b) => {
        const index = buildEventIndex(events);
        const from = a === null ? null : isoFromDay(base + a);
        const to = b === null ? null : isoFromDay(base + b);
        const inRange = filterEvents(index, { from, to, venue: null });
        expect(venueTotalsForDays(venues, buildVenueIndex(index), rangeDays(from, to))).toEqual(
          venueTotals(venues, inRange),
        );
      }),
    );
  });

  it('counts an event that began before the range and runs into it', () => {
    const index = buildEventIndex([
      makeEvent('long', { date: '2024-03-01', endDate: '2024-03-20', venueIds: ['a'] }),
      makeEvent('short', { date: '2024-03-02', venueIds: ['a'] }),
    ]);
    const [a] = venueTotalsForDays(
      venues,
      buildVenueIndex(index),
      rangeDays('2024-03-10', '2024-03-31'),
    );
    expect(a).toMatchObject({ events: 1, exchanges: 1 });
  });
});
