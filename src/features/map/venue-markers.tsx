/** All places as markers; the only part of the map that re-renders when the chart's hover moves. */
import { useCallback, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { keepInPlace } from '../../components/keep-in-place';
import type { Venue } from '../../data/schemas';
import type { EventIndex } from '../../domain/event-index';
import { dealVenueIds } from '../../domain/map-places';
import { useAppStore } from '../../state/store';
import type { MapLayout } from './map-layout';
import { VenueMarker } from './venue-marker';

const noShift = { dx: 0, dy: 0, nameX: 0, nameY: 0 };

/**
 * A marker per venue, sized by people, marked when selected or when the hovered exchange is theirs.
 * Leaflet appends marker elements in the order they are added, and that is the Tab order: west to
 * east, as a reader scans the map.
 */
export function VenueMarkers({
  venues,
  radii,
  index,
  shifts,
}: {
  venues: readonly Venue[];
  radii: ReadonlyMap<string, number>;
  index: EventIndex;
  shifts: MapLayout['shifts'];
}) {
  const selected = useAppStore((s) => s.venue);
  const toggleVenue = useAppStore((s) => s.toggleVenue);
  const map = useMap();
  // Choosing a place rewrites the figures above the map: the map stays under the finger.
  const activate = useCallback(
    (id: string) => keepInPlace(map.getContainer(), () => toggleVenue(id)),
    [map, toggleVenue],
  );
  const hovered = useAppStore((s) => s.hoveredEvent);
  const highlighted = useMemo(() => dealVenueIds(index, hovered), [index, hovered]);
  const westToEast = useMemo(
    () => [...venues].sort((a, b) => a.lon - b.lon || a.lat - b.lat || (a.id < b.id ? -1 : 1)),
    [venues],
  );
  return (
    <>
      {westToEast.map((venue) => {
        const shift = shifts.get(venue.id) ?? noShift;
        return (
          <VenueMarker
            key={venue.id}
            venue={venue}
            radius={radii.get(venue.id) ?? 0}
            dx={shift.dx}
            dy={shift.dy}
            nameX={shift.nameX}
            nameY={shift.nameY}
            selected={venue.id === selected}
            highlighted={highlighted.has(venue.id)}
            onActivate={activate}
          />
        );
      })}
    </>
  );
}
