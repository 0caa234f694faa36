import type { MouseEvent } from 'react';

/**
 * Goes to a view without touching the address: the link stays the view's shareable URL, and focus
 * moves with the reader so the next Tab continues inside the view.
 */
export function goToView(e: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}
