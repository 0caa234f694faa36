/** The text alternative to the map: every place as a button, with its kind and people. */
import { useMemo } from 'react';
import { formatPeople, kindLabels, peopleOf } from '../../domain/map-places';
import type { VenueTotals } from '../../domain/venue-totals';
import { keepInPlace } from '../../components/keep-in-place';
import { useAppStore } from '../../state/store';
import { KindSwatch } from './kind-swatch';

/** A collapsible list of places, alphabetical, each selecting its place like its marker does. */
export function PlaceList({ totals }: { totals: readonly VenueTotals[] }) {
  const selected = useAppStore((s) => s.venue);
  const toggleVenue = useAppStore((s) => s.toggleVenue);
  const sorted = useMemo(
    () => [...totals].sort((a, b) => a.venue.name.localeCompare(b.venue.name)),
    [totals],
  );
  return (
    <details className="map-places">
      <summary>List of places ({sorted.length})</summary>
      <ul className="map-places__list">
        {sorted.map((t) => (
          <li key={t.venue.id}>
            <button
              type="button"
              aria-pressed={t.venue.id === selected}
              onClick={(e) => keepInPlace(e.currentTarget, () => toggleVenue(t.venue.id))}
            >
              <KindSwatch kind={t.venue.kind} radius={5} />
              <span className="map-places__name">{t.venue.name}</span>{' '}
              <span className="map-places__meta">
                — {kindLabels[t.venue.kind]}, {formatPeople(peopleOf(t))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
