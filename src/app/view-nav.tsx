/**
 * The page's views in one row that stays at the top while reading (as Grapher's Chart / Map /
 * Table tabs): each view one tap away on a phone, and the one being read marked.
 */
import { useEffect, useState } from 'react';
import { goToView } from '../components/go-to-view';

export const pageViews = [
  { id: 'chart', label: 'Chart' },
  { id: 'map', label: 'Map' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'events', label: 'Exchanges' },
] as const;

/**
 * The views crossing the middle of the screen (on a wide screen the map and the quotes stand side
 * by side: both are being read), followed as the page scrolls, as ids joined by spaces. Looked up
 * by id at each check rather than observed once: a view whose code arrives later replaces its
 * placeholder.
 */
function useViewsInSight(): string {
  const [current, setCurrent] = useState('');
  useEffect(() => {
    let frame = 0;
    const check = () => {
      frame = 0;
      const middle = window.innerHeight / 2;
      const inSight = pageViews.filter(({ id }) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return box !== undefined && box.top <= middle && box.bottom > middle;
      });
      setCurrent(inSight.map((v) => v.id).join(' '));
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(check);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    // The views also move without a scroll: one built or redrawn as it comes into sight, a list
    // opened above the middle. Their container's size says so.
    const views = document.getElementById('views');
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(onScroll) : null;
    if (views) resized?.observe(views);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return current;
}

export function ViewNav() {
  const current = useViewsInSight().split(' ');
  return (
    <nav className="view-nav" aria-label="Views">
      <ul>
        {pageViews.map((v) => (
          <li key={v.id}>
            <a
              href={`#${v.id}`}
              // One current location for a screen reader (the first in reading order); every
              // view being read is marked on screen.
              aria-current={current[0] === v.id ? 'location' : undefined}
              className={current.includes(v.id) ? 'view-nav__in-sight' : undefined}
              onClick={(e) => goToView(e, v.id)}
            >
              {v.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Links to each view for keyboard users, shown when focused: the first stops on the page. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {pageViews.map((v) => (
        <a key={v.id} className="skip-link" href={`#${v.id}`} onClick={(e) => goToView(e, v.id)}>
          Skip to {v.id === 'events' ? 'the exchanges' : `the ${v.label.toLowerCase()}`}
        </a>
      ))}
    </nav>
  );
}
