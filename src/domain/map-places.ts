/** Words and sizes for the places on the map: kind labels, precision notes, marker radii, highlights. */
import { formatCount } from './format-number';
import type { Venue, VenueKind } from '../data/schemas';
import type { EventIndex } from './event-index';
import type { VenueTotals } from './venue-totals';
import { markerRadius } from './venue-totals';

/** The kinds in the order the legend lists them. */
export const venueKinds: readonly VenueKind[] = ['talks', 'handover', 'reception', 'other'];

/** A short name for each kind of place. */
export const kindLabels: Record<VenueKind, string> = {
  talks: 'Talks venue',
  handover: 'Handover point',
  reception: 'Reception',
  other: 'Other place',
};

/** What the marker's position means, so nobody reads a country's centre as an exact spot. */
export const precisionNotes: Record<Venue['coordinatePrecision'], string> = {
  exact: 'The marker shows the exact place.',
  city: 'The marker shows the city centre; the exact building is not given.',
  region: 'The marker shows the centre of the region; the exact place is not given.',
  country: "The marker shows the country's centre; the exact place is not given.",
};

/** People under the deals tied to a place: confirmed plus expected. */
export function peopleOf(totals: Pick<VenueTotals, 'peopleConfirmed' | 'peopleExpected'>): number {
  return totals.peopleConfirmed + totals.peopleExpected;
}

/** "1 person", "1,000 people". */
export function formatPeople(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'person' : 'people'}`;
}

/**
 * Marker radius per venue id, whole pixels so that markers of equal size share equal icons and a
 * tiny change in the range does not rebuild every marker.
 */
export function markerRadii(totals: readonly VenueTotals[]): Map<string, number> {
  const max = totals.reduce((m, t) => Math.max(m, peopleOf(t)), 0);
  return new Map(totals.map((t) => [t.venue.id, Math.round(markerRadius(peopleOf(t), max))]));
}

const none: ReadonlySet<string> = new Set();

/** The places of an event's deal (held, handed over, received, agreed), for the hover highlight. */
export function dealVenueIds(index: EventIndex, eventId: string | null): ReadonlySet<string> {
  if (eventId === null) return none;
  const prepared = index.byId.get(eventId);
  return prepared ? new Set(prepared.dealVenues) : none;
}
