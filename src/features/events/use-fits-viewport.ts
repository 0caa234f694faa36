/** Whether a panel fits the window's height: only then may it stick beside the list. */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * True while the element, placed at its CSS `top`, fits in the window. A sticky panel taller than
 * the window would hide its end until the list beside it ran out; one that scrolls inside itself
 * would trap the wheel and the finger. A panel that does not fit scrolls with the page instead.
 */
export function useFitsViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [fits, setFits] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const top = Number.parseFloat(getComputedStyle(el).top) || 0;
      setFits(el.offsetHeight + top + 8 <= window.innerHeight);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return fits;
}
