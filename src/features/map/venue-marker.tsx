/** One place on the map: a keyboard-focusable button named after the place. */
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { LatLngTuple, LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { Venue } from '../../data/schemas';
import { handOffFocus, takeFocus } from './focus-hand-off';
import { drawMarker, markButton, markerIcon, setAttribute } from './marker-icon';
import type { MarkerDrawing } from './marker-icon';

interface MarkerState extends MarkerDrawing {
  id: string;
  nameX: number;
  nameY: number;
  selected: boolean;
  highlighted: boolean;
  quiet: string | null;
}

/** Draws the marker and puts the place's button state on the element Leaflet made for it. */
function applyState(element: HTMLElement | undefined, state: MarkerState): void {
  if (!element) return;
  drawMarker(element, state);
  if (element.dataset.venueId !== state.id) element.dataset.venueId = state.id;
  markButton(element, {
    label: state.name,
    highlighted: state.highlighted,
    quiet: state.quiet,
    moved: state.dx !== 0 || state.dy !== 0,
    nameX: state.nameX,
    nameY: state.nameY,
  });
  setAttribute(element, 'aria-pressed', String(state.selected));
  element.classList.toggle('map-marker--selected', state.selected);
}

interface Props {
  venue: Venue;
  radius: number;
  /** Shift from the true spot, in pixels, so that markers never cover one another. */
  dx: number;
  dy: number;
  /** Where the name tag goes from the element's corner: inside the map, which clips overflow. */
  nameX: number;
  nameY: number;
  selected: boolean;
  highlighted: boolean;
  /** Why nothing is tied to the place now ("in the selected dates"); null when something is. */
  quiet: string | null;
  onActivate: (id: string) => void;
}

/**
 * Memoised: hovering an exchange re-renders only the markers whose highlight changes. The icon is
 * kept when the size or shift changes too (a new icon would replace the element and lose keyboard
 * focus).
 */
export const VenueMarker = memo(function VenueMarker({
  venue,
  radius,
  dx,
  dy,
  nameX,
  nameY,
  selected,
  highlighted,
  quiet,
  onActivate,
}: Props) {
  const ref = useRef<LeafletMarker>(null);
  // One object per change of what the element shows: the effect below writes it, and Leaflet's
  // "add" (a re-added element) writes the latest one.
  const current = useMemo(
    (): MarkerState => ({
      id: venue.id,
      name: venue.name,
      kind: venue.kind,
      radius,
      dx,
      dy,
      nameX,
      nameY,
      selected,
      highlighted,
      quiet,
    }),
    [venue.id, venue.name, venue.kind, radius, dx, dy, nameX, nameY, selected, highlighted, quiet],
  );
  const state = useRef(current);
  // One icon per marker and kind; a new size is drawn into the same element (applyState).
  const icon = useMemo(() => markerIcon(venue.kind, state.current.radius), [venue.kind]);
  const position = useMemo((): LatLngTuple => [venue.lat, venue.lon], [venue.lat, venue.lon]);
  const handlers = useMemo(
    () => ({
      click: () => onActivate(venue.id),
      // Listening makes the marker take its double clicks, so toggling a place twice quickly
      // does not also zoom the map (markers do not bubble mouse events to the map).
      dblclick: () => undefined,
      keydown: (e: LeafletKeyboardEvent) => {
        // Leaflet 1.9 makes markers focusable but does not activate them from the keyboard.
        const key = e.originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        e.originalEvent.preventDefault();
        onActivate(venue.id);
      },
      // The element exists only once the marker is on the map (and again after a re-add).
      add: () => {
        const element = ref.current?.getElement();
        applyState(element, state.current);
        takeFocus(element, [venue.id]);
      },
    }),
    [venue.id, onActivate],
  );

  useEffect(() => {
    state.current = current;
    applyState(ref.current?.getElement(), current);
  }, [icon, current]);

  // Before react-leaflet removes the element (in its passive cleanup): a place that joins a group
  // passes the focus to the group.
  useLayoutEffect(() => () => handOffFocus(ref.current?.getElement(), [venue.id]), [venue.id]);

  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      keyboard
      zIndexOffset={selected ? 1000 : highlighted ? 500 : 0}
      eventHandlers={handlers}
    />
  );
});
