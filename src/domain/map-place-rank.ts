/** Which places matter most in the current range: they keep their spot and their name on the map. */
import { peopleOf } from './map-places';
import type { VenueTotals } from './venue-totals';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rank per place id, 0 first: most people, then most events, then by name and id so that ties
 * always break the same way.
 */
export function rankPlaces(totals: readonly VenueTotals[]): Map<string, number> {
  const sorted = [...totals].sort(
    (a, b) =>
      peopleOf(b) - peopleOf(a) ||
      b.events - a.events ||
      compare(a.venue.name, b.venue.name) ||
      compare(a.venue.id, b.venue.id),
  );
  return new Map(sorted.map((t, i) => [t.venue.id, i]));
}
