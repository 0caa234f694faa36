/** All places as markers; the only part of the map that re-renders when the chart's hover moves. */
import { useMemo } from 'react';
import type { Venue } from '../../data/schemas';
import type { EventIndex } from '../../domain/event-index';
import { dealVenueIds } from '../../domain/map-places';
import { useAppStore } from '../../state/store';
import { VenueMarker } from './venue-marker';

/** A marker per venue, sized by people, marked when selected or when the hovered exchange is theirs. */
export function VenueMarkers({
  venues,
  radii,
  index,
}: {
  venues: readonly Venue[];
  radii: ReadonlyMap<string, number>;
  index: EventIndex;
}) {
  const selected = useAppStore((s) => s.venue);
  const toggleVenue = useAppStore((s) => s.toggleVenue);
  const hovered = useAppStore((s) => s.hoveredEvent);
  const highlighted = useMemo(() => dealVenueIds(index, hovered), [index, hovered]);
  return (
    <>
      {venues.map((venue) => (
        <VenueMarker
          key={venue.id}
          venue={venue}
          radius={radii.get(venue.id) ?? 0}
          selected={venue.id === selected}
          highlighted={highlighted.has(venue.id)}
          onActivate={toggleVenue}
        />
      ))}
    </>
  );
}
