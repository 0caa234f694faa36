/**
 * Per-place running counts over the events file, prepared once, so that the map's totals for a date
 * range are a few binary searches per place instead of a pass over every event: at 100,000 events
 * that pass was 35 ms of every range change.
 */
import type { Venue } from '../data/schemas';
import { runningInto } from './event-index';
import type { EventIndex } from './event-index';
import { lowerBound } from './sorted';
import { addEventTo, contributionOf, emptyTotals } from './venue-totals';
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
  // What each event adds, worked out once rather than once per place it is tied to.
  const n = index.list.length;
  const kind = new Uint8Array(n); // 1 talks, 2 agreement, 3 exchange of people, 0 neither
  const confirmed = new Float64Array(n);
  const expected = new Float64Array(n);
  const counts = new Map<string, number>();
  index.list.forEach(({ event, dealVenues }, at) => {
    const c = contributionOf(event);
    kind[at] = c.kind === 'talks' ? 1 : c.kind === 'agreement' ? 2 : c.kind === 'exchange' ? 3 : 0;
    if (c.confirmed) confirmed[at] = c.people;
    else expected[at] = c.people;
    for (const id of dealVenues) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const places = new Map<string, PlaceRuns & { filled: number }>();
  for (const [id, count] of counts)
    places.set(id, {
      filled: 0,
      firsts: new Int32Array(count),
      events: new Int32Array(count + 1),
      talks: new Int32Array(count + 1),
      agreements: new Int32Array(count + 1),
      exchanges: new Int32Array(count + 1),
      peopleConfirmed: new Float64Array(count + 1),
      peopleExpected: new Float64Array(count + 1),
    });
  index.list.forEach(({ first, dealVenues }, at) => {
    for (const id of dealVenues) {
      const runs = places.get(id)!;
      const i = runs.filled++;
      runs.firsts[i] = first;
      runs.events[i + 1] = i + 1;
      runs.talks[i + 1] = runs.talks[i]! + (kind[at] === 1 ? 1 : 0);
      runs.agreements[i + 1] = runs.agreements[i]! + (kind[at] === 2 ? 1 : 0);
      runs.exchanges[i + 1] = runs.exchanges[i]! + (kind[at] === 3 ? 1 : 0);
      runs.peopleConfirmed[i + 1] = runs.peopleConfirmed[i]! + confirmed[at]!;
      runs.peopleExpected[i + 1] = runs.peopleExpected[i]! + expected[at]!;
    }
  });
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
  for (const p of runningInto(index, [from, to])) addEventTo(byId, p);
  return [...byId.values()];
}
