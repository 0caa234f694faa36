/**
 * Keeps keyboard focus when a marker's element goes away: a group that splits as the map zooms in,
 * a place that joins a group once it is no longer the chosen one. The marker leaving notes which
 * places it stood for while it still has focus; the marker that next appears for any of them
 * takes the focus.
 */

interface Pending {
  ids: readonly string[];
  at: number;
}

let pending: Pending | null = null;

// Markers are replaced in one commit; a hand-off nobody took soon after is stale.
const staleAfterMs = 1000;

/** Called as a marker's element is about to be removed. */
export function handOffFocus(element: HTMLElement | undefined, ids: readonly string[]): void {
  if (element && element === document.activeElement) pending = { ids, at: performance.now() };
}

/** Called when a marker's element appears: takes the focus if it stands for a place that had it. */
export function takeFocus(element: HTMLElement | undefined, ids: readonly string[]): void {
  if (!element || !pending) return;
  if (performance.now() - pending.at > staleAfterMs) {
    pending = null;
    return;
  }
  if (!ids.some((id) => pending?.ids.includes(id))) return;
  pending = null;
  // Only if the focus was indeed lost with the old element (the page may have moved on).
  if (document.activeElement === document.body || document.activeElement === null) element.focus();
}
