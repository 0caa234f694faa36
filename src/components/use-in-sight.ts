/**
 * Whether an element (by id) is in sight or about to be: within `margin` of the viewport above or
 * below it (a share of the viewport's height). Unlike useNearScreen it keeps watching, so it also
 * says when the element has left. True until the browser has answered, where
 * IntersectionObserver is missing, and when not `enabled` (nothing is watched then, so the caller
 * does not re-render as the reader scrolls). Focus arriving inside the element (Tab, a skip link)
 * and printing count as in sight at once.
 */
import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

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
        // Scrolled into sight, the view is drawn in a render React may interrupt: scrolling and the
        // clicks that follow it stay quick.
        if (last) startTransition(() => setInSight(last.isIntersecting));
      },
      { rootMargin: `${margin} 0px ${margin} 0px` },
    );
    observer.observe(element);
    // Focus arriving is urgent: the view says at once that it is busy, then draws.
    const focused = () => setInSight(true);
    // The printout is made right after this event: the view must be current by then.
    const printing = () => flushSync(() => setInSight(true));
    element.addEventListener('focusin', focused);
    window.addEventListener('beforeprint', printing);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', focused);
      window.removeEventListener('beforeprint', printing);
    };
  }, [id, enabled, observable, margin]);
  return !enabled || !observable || inSight;
}
