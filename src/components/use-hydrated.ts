/**
 * False on the server and while the prerendered page hydrates, true ever after (and from the first
 * render of a page rendered on the client). What differs between the two (an inline style, which
 * the CSP forbids in the static HTML; a view the prerender leaves out) waits for it, so hydration
 * matches the HTML.
 *
 * The switch happens in a transition, not as useSyncExternalStore's mismatch re-render (which React
 * runs synchronously): on a phone that re-render of the whole page was one long task right after
 * hydration, the largest share of Lighthouse's total blocking time.
 */
import { startTransition, useEffect, useState } from 'react';

let phase: 'server' | 'hydrating' | 'client' = typeof window === 'undefined' ? 'server' : 'client';
let prerendered = false;

/** Called just before hydrateRoot: components mounted by hydration start as not hydrated. */
export function beginHydration(): void {
  phase = 'hydrating';
  prerendered = true;
}

/** True on a page that hydrated the prerendered view (not one rendered here from scratch). */
export function wasPrerendered(): boolean {
  return prerendered;
}

/** Called once the hydrating render has committed: components mounted later start hydrated. */
export function endHydration(): void {
  if (phase === 'hydrating') phase = 'client';
}

/** Whether this render is a client render (not the server's, not hydration's first pass). */
export function useHydrated(): boolean {
  const [done, setDone] = useState(phase === 'client');
  useEffect(() => {
    if (!done) startTransition(() => setDone(true));
  }, [done]);
  return done;
}
