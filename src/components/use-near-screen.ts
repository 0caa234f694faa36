/**
 * Which of some elements (by id) have come near the screen: within `margin` pixels below the
 * viewport, or anywhere above it. Once near, an element stays so. For views that are worth building
 * only when a reader is about to see them; where IntersectionObserver is missing, all are near.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';

const none: ReadonlySet<string> = new Set();

export function useNearScreen(
  ids: readonly string[],
  enabled: boolean,
  margin = 600,
): ReadonlySet<string> {
  const [near, setNear] = useState(none);
  const observable = typeof IntersectionObserver !== 'undefined';
  const all = useMemo(() => new Set(ids), [ids]);
  useEffect(() => {
    if (!enabled || !observable) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const seen = entries
          .filter((e) => e.isIntersecting || e.boundingClientRect.bottom < 0)
          .map((e) => e.target.id);
        if (seen.length === 0) return;
        for (const e of entries) if (seen.includes(e.target.id)) observer.unobserve(e.target);
        // Building a view is a render React may slice, not an urgent one.
        startTransition(() => setNear((old) => new Set([...old, ...seen])));
      },
      { rootMargin: `0px 0px ${margin}px 0px` },
    );
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [ids, enabled, observable, margin]);
  return observable ? near : all;
}
