/** All places as markers; the only part of the map that re-renders when the chart's hover moves. */
import { useCallback, useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { keepInPlace } from '../../components/keep-in-place';
import type { Venue } from '../../data/schemas';
import type { EventIndex } from '../../domain/event-index';
import { dealVenueIds } from '../../domain/map-places';
import { useAppStore } from '../../state/store';
import { GroupMarker } from './group-marker';
import type { MapLayout } from './map-layout';
import { VenueMarker } from './venue-marker';

const noShift = { dx: 0, dy: 0, nameX: 0, nameY: 0 };

/**
 * Keeps the marker elements in west-to-east order, which is their Tab order. Leaflet appends an
 * element when its marker is added: after a zoom, the places that leave a group would otherwise
 * come last. Only misplaced elements move, and never the focused one.
 */
function useWestToEastOrder(order: readonly string[]) {
  const map = useMap();
  // After the children's effects, in which react-leaflet adds their elements.
  useEffect(() => {
    const pane = map.getPanes().markerPane;
    const byKey = new Map<string, Element>();
    for (const el of pane.children) {
      const key = (el as HTMLElement).dataset.venueId ?? (el as HTMLElement).dataset.groupId;
      if (key) byKey.set(key, el);
    }
    let next: Element | null = null;
    for (let i = order.length - 1; i >= 0; i--) {
      const el = byKey.get(order[i]!);
      if (!el) continue;
      if (el.nextElementSibling !== next && el !== document.activeElement)
        pane.insertBefore(el, next);
      next = el;
    }
  }, [map, order]);
}

/**
 * A marker per venue, sized by people, marked when selected or when the hovered exchange is theirs;
 * places too close together at this zoom share a group marker. West to east, as a reader scans
 * the map, is also their Tab order.
 */
export function VenueMarkers({
  venues,
  radii,
  index,
  layout,
  quiet,
  quietWhy,
}: {
  venues: readonly Venue[];
  radii: ReadonlyMap<string, number>;
  index: EventIndex;
  layout: Pick<MapLayout, 'shifts' | 'groups' | 'grouped'>;
  /** Places with nothing in the chosen dates or of the chosen mediator: drawn faded. */
  quiet: ReadonlySet<string>;
  /** Why: "in the selected dates", "with the chosen mediator". */
  quietWhy: string;
}) {
  const { shifts, groups, grouped } = layout;
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
  const order = useMemo(() => {
    const items = [
      ...westToEast
        .filter((v) => !grouped.has(v.id))
        .map((v) => ({ key: v.id, lon: v.lon, lat: v.lat })),
      // A group is where its places are on average.
      ...groups.map((g) => ({
        key: g.id,
        lon: g.members.reduce((sum, v) => sum + v.lon, 0) / g.members.length,
        lat: g.members.reduce((sum, v) => sum + v.lat, 0) / g.members.length,
      })),
    ];
    return items
      .sort((a, b) => a.lon - b.lon || a.lat - b.lat || (a.key < b.key ? -1 : 1))
      .map((x) => x.key);
  }, [westToEast, groups, grouped]);
  useWestToEastOrder(order);
  return (
    <>
      {groups.map((group) => (
        <GroupMarker
          key={group.id}
          group={group}
          highlighted={group.members.some((v) => highlighted.has(v.id))}
          quiet={group.members.every((v) => quiet.has(v.id)) ? quietWhy : null}
        />
      ))}
      {westToEast.map((venue) => {
        if (grouped.has(venue.id)) return null;
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
            quiet={quiet.has(venue.id) && venue.id !== selected ? quietWhy : null}
            onActivate={activate}
          />
        );
      })}
    </>
  );
}
