/** Where the open event's detail goes: beside the list on a wide screen, under its row on a narrow one. */
import { useSyncExternalStore } from 'react';

/** The width from which events.css puts the detail in a column beside the list; keep the two equal. */
export const besideQuery = '(min-width: 1000px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(besideQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

// jsdom has no matchMedia: there the detail stays where it always was, after the list.
const beside = () =>
  typeof window.matchMedia !== 'function' || window.matchMedia(besideQuery).matches;

/**
 * True while the detail has a column of its own. Chosen in script rather than moved with CSS alone
 * so the detail is in the DOM once, at the place it is read in: under the row that opened it, where a
 * screen reader and the Tab key find it next.
 */
export function useDetailBeside(): boolean {
  // The hydrating render reads the browser's answer too (not a server default): the prerendered
  // page has no event open, so the markup is the same either way, and a differing server answer
  // would force a synchronous re-render of the whole list right after hydration.
  return useSyncExternalStore(subscribe, beside, () =>
    typeof window === 'undefined' ? true : beside(),
  );
}
