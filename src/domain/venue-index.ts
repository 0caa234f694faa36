/**
 * Per-place running counts over the events file, prepared once, so that the map's totals for a date
 * range are a few binary searches per place instead of a pass over every event: at 100,000 events
 * that pass was 35 ms of every range change.
 */
import type { Venue } from '../data/schemas';
import type { EventIndex } from './event-index';
import { returnsPeople } from './return-kind';
import { lowerBound } from './sorted';
import { addEventTo, emptyTotals } from './venue-totals';
import type { VenueTotals } from './venue-totals';

/** One place's events in list order (by first day), with running counts: entry i counts the first i. */
interface PlaceRuns {
  firsts: Int32Array;
  events: Int32Array;
  talks: Int32Array;
  agreements: Int32Array;
  exchanges: Int32Array;
  peopleConfirmed: Float64Array;
  peopleExpected: Float64Array;
}

/** Running counts per place id, for an events file. */
export interface VenueIndex {
  index: EventIndex;
  places: Map<string, PlaceRuns>;
}

/** Prepares the running counts of every place the events are tied to. */
export function buildVenueIndex(index: EventIndex): VenueIndex {
  const positions = new Map<string, number[]>();
  index.list.forEach((p, at) => {
    for (const id of p.dealVenues) {
      const list = positions.get(id);
      if (list) list.push(at);
      else positions.set(id, [at]);
    }
  });
  const places = new Map<string, PlaceRuns>();
  for (const [id, ats] of positions) {
    const n = ats.length;
    const runs: PlaceRuns = {
      firsts: new Int32Array(n),
      events: new Int32Array(n + 1),
      talks: new Int32Array(n + 1),
      agreements: new Int32Array(n + 1),
      exchanges: new Int32Array(n + 1),
      peopleConfirmed: new Float64Array(n + 1),
      peopleExpected: new Float64Array(n + 1),
    };
    ats.forEach((at, i) => {
      const { event, first } = index.list[at]!;
      const people = (event.toUkraine?.total ?? 0) + (event.toRussia?.total ?? 0);
      const exchange = event.type !== 'talks' && event.type !== 'agreement' && returnsPeople(event);
      runs.firsts[i] = first;
      runs.events[i + 1] = runs.events[i]! + 1;
      runs.talks[i + 1] = runs.talks[i]! + (event.type === 'talks' ? 1 : 0);
      runs.agreements[i + 1] = runs.agreements[i]! + (event.type === 'agreement' ? 1 : 0);
      runs.exchanges[i + 1] = runs.exchanges[i]! + (exchange ? 1 : 0);
      runs.peopleConfirmed[i + 1] =
        runs.peopleConfirmed[i]! + (exchange && event.status === 'confirmed' ? people : 0);
      runs.peopleExpected[i + 1] =
        runs.peopleExpected[i]! + (exchange && event.status !== 'confirmed' ? people : 0);
    });
    places.set(id, runs);
  }
  return { index, places };
}

/**
 * Totals per place of the events overlapping days [from, to] (day numbers, infinite for an open
 * end), the same as `venueTotals` over those events. Events starting inside the range all overlap
 * it and are read from the running counts; the few starting before it (within the longest span)
 * are checked one by one.
 */
export function venueTotalsForDays(
  venues: readonly Venue[],
  { index, places }: VenueIndex,
  [from, to]: [number, number],
): VenueTotals[] {
  const byId = new Map(venues.map((venue) => [venue.id, emptyTotals(venue)]));
  for (const t of byId.values()) {
    const runs = places.get(t.venue.id);
    if (!runs) continue;
    const a = lowerBound(runs.firsts, from);
    // A range that ends before it starts holds nothing.
    const b = Math.max(a, lowerBound(runs.firsts, to + 1));
    t.events = runs.events[b]! - runs.events[a]!;
    t.talks = runs.talks[b]! - runs.talks[a]!;
    t.agreements = runs.agreements[b]! - runs.agreements[a]!;
    t.exchanges = runs.exchanges[b]! - runs.exchanges[a]!;
    t.peopleConfirmed = runs.peopleConfirmed[b]! - runs.peopleConfirmed[a]!;
    t.peopleExpected = runs.peopleExpected[b]! - runs.peopleExpected[a]!;
  }
  const start = lowerBound(index.firstDays, from - index.maxSpan);
  const end = lowerBound(index.firstDays, from);
  for (let at = start; at < end; at++) {
    const p = index.list[at]!;
    if (p.last >= from && p.first <= to) addEventTo(byId, p);
  }
  return [...byId.values()];
}
