/** What each place on the map stands for in the current range: its talks, exchanges and people. */
import { returnsPeople } from './return-kind';
import type { EventRecord, Venue } from '../data/schemas';
import type { PreparedEvent } from './event-index';

/** A place with how many events are tied to it and the people exchanged under those deals. */
export interface VenueTotals {
  venue: Venue;
  /** Events tied to the place (held there, or under a deal agreed there). */
  events: number;
  talks: number;
  agreements: number;
  exchanges: number;
  /** People returned to both sides in confirmed exchanges tied to the place. */
  peopleConfirmed: number;
  /** People still expected under deals tied to the place. */
  peopleExpected: number;
}

/** A place's totals before any event is counted. */
export function emptyTotals(venue: Venue): VenueTotals {
  return {
    venue,
    events: 0,
    talks: 0,
    agreements: 0,
    exchanges: 0,
    peopleConfirmed: 0,
    peopleExpected: 0,
  };
}

/**
 * What one event adds to a place's totals: talks, an agreement, or an exchange of people (with its
 * people, confirmed or expected); bodies and other events count only as events.
 */
export function contributionOf(event: EventRecord): {
  kind: 'talks' | 'agreement' | 'exchange' | null;
  people: number;
  confirmed: boolean;
} {
  const kind =
    event.type === 'talks' || event.type === 'agreement'
      ? event.type
      : returnsPeople(event)
        ? 'exchange'
        : null;
  const people =
    kind === 'exchange' ? (event.toUkraine?.total ?? 0) + (event.toRussia?.total ?? 0) : 0;
  return { kind, people, confirmed: event.status === 'confirmed' };
}

/** Counts one event into the totals of every place it is tied to. */
export function addEventTo(totals: ReadonlyMap<string, VenueTotals>, p: PreparedEvent): void {
  const { kind, people, confirmed } = contributionOf(p.event);
  for (const id of p.dealVenues) {
    const t = totals.get(id);
    if (!t) continue;
    t.events += 1;
    if (kind === 'talks') t.talks += 1;
    else if (kind === 'agreement') t.agreements += 1;
    else if (kind === 'exchange') {
      t.exchanges += 1;
      if (confirmed) t.peopleConfirmed += people;
      else t.peopleExpected += people;
    }
  }
}

/** Totals per venue over the given (already filtered) events; venues with nothing keep zeros. */
export function venueTotals(
  venues: readonly Venue[],
  events: readonly PreparedEvent[],
): VenueTotals[] {
  const totals = new Map<string, VenueTotals>(
    venues.map((venue) => [venue.id, emptyTotals(venue)]),
  );
  for (const p of events) addEventTo(totals, p);
  return [...totals.values()];
}

/** Marker radius in pixels: area proportional to people, with a floor so every place is visible. */
export function markerRadius(people: number, maxPeople: number, min = 7, max = 26): number {
  if (maxPeople <= 0 || people <= 0) return min;
  return min + (max - min) * Math.sqrt(people / maxPeople);
}
