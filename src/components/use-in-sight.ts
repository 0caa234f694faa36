/**
 * Whether an element (by id) is in sight or about to be: within `margin` of the viewport above or
 * below it (a share of the viewport's height). Unlike useNearScreen it keeps watching, so it also
 * says when the element has left. True until the browser has answered, where
 * IntersectionObserver is missing, and when not `enabled` (nothing is watched then, so the caller
 * does not re-render as the reader scrolls).
 */
import { startTransition, useEffect, useState } from 'react';

export function useInSight(id: string, enabled: boolean, margin = '20%'): boolean {
  const [inSight, setInSight] = useState(true);
  const observable = typeof IntersectionObserver !== 'undefined';
  useEffect(() => {
    if (!enabled || !observable) return;
    const element = document.getElementById(id);
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (!last) return;
        // What comes into sight is drawn in a render React may slice: scrolling stays smooth.
        startTransition(() => setInSight(last.isIntersecting));
      },
      { rootMargin: `${margin} 0px ${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [id, enabled, observable, margin]);
  return !enabled || !observable || inSight;
}
