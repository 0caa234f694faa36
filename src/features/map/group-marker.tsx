/** Places too close to tell apart at this zoom: one button that zooms in on them. */
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Marker, useMap } from 'react-leaflet';
import { divIcon, latLngBounds, point } from 'leaflet';
import type { LeafletKeyboardEvent, Map as LeafletMap, Marker as LeafletMarker } from 'leaflet';
import type { Venue } from '../../data/schemas';
import { groupReach } from './map-layout';
import type { MapGroup } from './map-layout';
import { handOffFocus, takeFocus } from './focus-hand-off';
import { markButton, placeMarker, setAttribute } from './marker-icon';

const size = groupReach.left + groupReach.right;

/** The element's content: the number of places (placeMarker adds the name tag). */
function groupIcon() {
  const count = document.createElement('span');
  count.className = 'map-group__count';
  count.setAttribute('aria-hidden', 'true');
  return divIcon({
    html: count,
    className: 'map-marker map-group',
    iconSize: [size, size],
    iconAnchor: [groupReach.left, groupReach.top],
  });
}

/** Names listed in a group's label; the rest are counted (a generated record groups hundreds). */
const namesListed = 8;

/** What a screen reader hears: how many places, which, and what the button does. */
function groupLabel(members: readonly Venue[]): string {
  const names = members.slice(0, namesListed).map((v) => v.name);
  const more = members.length - names.length;
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
  return `${members.length} places close together: ${list}. Zoom in to see them`;
}

/**
 * Room kept clear at the top left: the zoom buttons and, once the map has zoomed, "All places"
 * under them (map-sync.tsx), so no member lands beneath a control.
 */
const clearOfControls = { topLeft: point(124, 24), bottomRight: point(40, 40) };

/** Zooms in until the members stand apart (or as close as the map goes), clear of the controls. */
function zoomTo(map: LeafletMap, members: readonly Venue[]): void {
  const bounds = latLngBounds(members.map((v) => [v.lat, v.lon] as [number, number]));
  const { topLeft: paddingTopLeft, bottomRight: paddingBottomRight } = clearOfControls;
  const fitted = map.getBoundsZoom(bounds, false, paddingTopLeft.add(paddingBottomRight));
  const maxZoom = map.getMaxZoom();
  if (fitted > map.getZoom())
    map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom });
  else map.setView(bounds.getCenter(), Math.min(maxZoom, map.getZoom() + 1));
}

interface State {
  group: MapGroup;
  highlighted: boolean;
  quiet: string | null;
}

const idsOf = (group: MapGroup) => group.members.map((v) => v.id);

/** Draws the group's disc and puts its button state on the element Leaflet made for it. */
function applyState(element: HTMLElement | undefined, { group, highlighted, quiet }: State) {
  if (!element) return;
  placeMarker(element, groupReach, group.dx, group.dy, group.name);
  setAttribute(element, 'data-group-id', group.id);
  setAttribute(element, 'data-group-of', idsOf(group).join(' '));
  markButton(element, {
    label: groupLabel(group.members),
    highlighted,
    quiet,
    moved: group.dx !== 0 || group.dy !== 0,
    nameX: group.nameX,
    nameY: group.nameY,
  });
  const count = element.querySelector('.map-group__count');
  const text = String(group.members.length);
  if (count instanceof HTMLElement && count.textContent !== text) {
    count.textContent = text;
    // Three or four digits (a generated record of hundreds of places) still fit the disc.
    count.dataset.digits = String(Math.min(text.length, 4));
  }
}

/**
 * A group of places. Choosing it zooms the map in on them; if it had the focus (a keyboard, or a
 * screen reader's click), the focus moves on to whatever marker next stands for one of its places
 * (focus-hand-off.ts), so it is not lost with the group's element.
 */
export const GroupMarker = memo(function GroupMarker({
  group,
  highlighted,
  quiet,
}: {
  group: MapGroup;
  /** A member is a place of the exchange under the pointer. */
  highlighted: boolean;
  /** Why none of its places has an event now ("in the selected dates"); null when one has. */
  quiet: string | null;
}) {
  const map = useMap();
  const ref = useRef<LeafletMarker>(null);
  const state = useRef<State>({ group, highlighted, quiet });
  const icon = useMemo(groupIcon, []);
  const handlers = useMemo(
    () => ({
      click: () => zoomTo(map, state.current.group.members),
      dblclick: () => undefined,
      keydown: (e: LeafletKeyboardEvent) => {
        const key = e.originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        e.originalEvent.preventDefault();
        zoomTo(map, state.current.group.members);
      },
      add: () => {
        const element = ref.current?.getElement();
        applyState(element, state.current);
        takeFocus(element, idsOf(state.current.group));
      },
    }),
    [map],
  );

  useEffect(() => {
    state.current = { group, highlighted, quiet };
    const element = ref.current?.getElement();
    applyState(element, state.current);
    // A group that gains a place (one no longer chosen) keeps its element: it takes the focus here.
    takeFocus(element, idsOf(group));
  }, [group, highlighted, quiet]);

  // Before react-leaflet removes the element (in its passive cleanup): pass the focus on.
  useLayoutEffect(
    () => () => handOffFocus(ref.current?.getElement(), idsOf(state.current.group)),
    [],
  );

  return (
    <Marker
      ref={ref}
      position={group.position}
      icon={icon}
      keyboard
      zIndexOffset={highlighted ? 500 : 0}
      eventHandlers={handlers}
    />
  );
});
