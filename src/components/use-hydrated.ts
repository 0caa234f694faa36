/**
 * False on the server and during the render that hydrates the prerendered page, true ever after
 * (and from the first render of a page rendered on the client). What differs between the two (an
 * inline style, which the CSP forbids in the static HTML; a view the prerender leaves out) waits
 * for it, so hydration matches the HTML.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Whether this render is a client render (not the server's, not hydration's first pass). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
