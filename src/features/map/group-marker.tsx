/** Places too close to tell apart at this zoom: one button that zooms in on them. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, useMap } from 'react-leaflet';
import { divIcon, latLngBounds, point } from 'leaflet';
import type { LeafletKeyboardEvent, Map as LeafletMap, Marker as LeafletMarker } from 'leaflet';
import type { Venue } from '../../data/schemas';
import { groupName, groupReach } from './map-layout';
import type { MapGroup } from './map-layout';

const size = groupReach.left + groupReach.right;

/** The element's content: the number of places, and the name shown on focus and hover. */
function groupIcon() {
  // Built as DOM with textContent: a place name is only ever text.
  const count = document.createElement('span');
  count.className = 'map-group__count';
  count.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'map-marker__name';
  name.setAttribute('aria-hidden', 'true');
  const html = document.createElement('span');
  html.append(count, name);
  return divIcon({
    html,
    className: 'map-marker map-group',
    iconSize: [size, size],
    iconAnchor: [groupReach.left, groupReach.top],
  });
}

/** What a screen reader hears: how many places, which, and what the button does. */
function groupLabel(members: readonly Venue[]): string {
  return `${members.length} places close together: ${members.map((v) => v.name).join(', ')}. Zoom in to see them`;
}

/** Zooms in until the members stand apart (or as close as the map goes), clear of the zoom buttons. */
function zoomTo(map: LeafletMap, members: readonly Venue[]): void {
  const bounds = latLngBounds(members.map((v) => [v.lat, v.lon] as [number, number]));
  const paddingTopLeft = point(72, 56);
  const paddingBottomRight = point(40, 40);
  const fitted = map.getBoundsZoom(bounds, false, paddingTopLeft.add(paddingBottomRight));
  const maxZoom = map.getMaxZoom();
  if (fitted > map.getZoom())
    map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom });
  else map.setView(bounds.getCenter(), Math.min(maxZoom, map.getZoom() + 1));
}

interface State {
  group: MapGroup;
  selected: boolean;
  highlighted: boolean;
}

function applyState(element: HTMLElement | undefined, { group, selected, highlighted }: State) {
  if (!element) return;
  element.dataset.groupOf = group.members.map((v) => v.id).join(' ');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', groupLabel(group.members));
  element.removeAttribute('title');
  element.style.marginLeft = `${group.dx - groupReach.left}px`;
  element.style.marginTop = `${group.dy - groupReach.top}px`;
  element.style.setProperty('--name-x', `${group.nameX}px`);
  element.style.setProperty('--name-y', `${group.nameY}px`);
  element.classList.toggle('map-marker--selected', selected);
  element.classList.toggle('map-marker--highlighted', highlighted);
  const count = element.querySelector('.map-group__count');
  if (count instanceof HTMLElement) {
    const text = String(group.members.length);
    count.textContent = text;
    // Three or four digits (a generated record of hundreds of places) still fit the disc.
    count.dataset.digits = String(Math.min(text.length, 4));
  }
  const name = element.querySelector('.map-marker__name');
  if (name) name.textContent = groupName(group.members);
}

/**
 * A group of places. Choosing it zooms the map in on them; a keyboard reader's focus then moves
 * to the lead place's own marker, so it is not lost with the group's element.
 */
export const GroupMarker = memo(function GroupMarker({
  group,
  selected,
  highlighted,
}: {
  group: MapGroup;
  /** A member is the chosen place. */
  selected: boolean;
  /** A member is a place of the exchange under the pointer. */
  highlighted: boolean;
}) {
  const map = useMap();
  const ref = useRef<LeafletMarker>(null);
  const state = useRef<State>({ group, selected, highlighted });
  const icon = useMemo(groupIcon, []);
  const members = group.members;
  const handlers = useMemo(() => {
    const activate = (fromKeyboard: boolean) => {
      const lead = members[0];
      if (fromKeyboard && lead) {
        map.once('zoomend', () => {
          // The markers are redrawn for the new zoom in the render after zoomend.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const own = map
                .getContainer()
                .querySelector<HTMLElement>(`[data-venue-id="${CSS.escape(lead.id)}"]`);
              (own ?? map.getContainer()).focus();
            }),
          );
        });
      }
      zoomTo(map, members);
    };
    return {
      click: () => activate(false),
      dblclick: () => undefined,
      keydown: (e: LeafletKeyboardEvent) => {
        const key = e.originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        e.originalEvent.preventDefault();
        activate(true);
      },
      add: () => applyState(ref.current?.getElement(), state.current),
    };
  }, [map, members]);

  useEffect(() => {
    state.current = { group, selected, highlighted };
    applyState(ref.current?.getElement(), state.current);
  }, [group, selected, highlighted]);

  return (
    <Marker
      ref={ref}
      position={group.position}
      icon={icon}
      keyboard
      zIndexOffset={selected ? 1000 : highlighted ? 500 : 0}
      eventHandlers={handlers}
    />
  );
});
