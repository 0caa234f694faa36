/** Escape closes the place's details and puts focus back where the reader opened them. */
import { useCallback, useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';

/** The marker element of a place inside `root`, found by the id venue-marker.tsx gives it. */
function markerOf(root: Element, venueId: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('.leaflet-marker-pane [data-venue-id]')) {
    if (el.dataset.venueId === venueId) return el;
  }
  return null;
}

/**
 * A keydown handler for the map view: Escape clears the selected place and focuses the control
 * that selected it (its marker, or its entry in the list), or the place's marker when the
 * selection came from a shared link.
 */
export function useEscapeClosesPanel(
  selectedId: string | null,
  close: () => void,
): (e: KeyboardEvent<HTMLElement>) => void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (selectedId === null) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, [selectedId]);
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key !== 'Escape' || selectedId === null || e.defaultPrevented) return;
      e.preventDefault();
      const back = opener.current?.isConnected
        ? opener.current
        : markerOf(e.currentTarget, selectedId);
      close();
      back?.focus();
    },
    [selectedId, close],
  );
}
