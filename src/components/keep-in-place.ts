/**
 * Runs a change that adds or removes content above the control that asked for it, then scrolls by
 * as much as the control moved: a tap never moves what is under the finger.
 */
import { flushSync } from 'react-dom';

export function keepInPlace(control: Element | null, change: () => void): void {
  const before = control?.getBoundingClientRect().top;
  flushSync(change);
  if (!control || before === undefined) return;
  const moved = control.getBoundingClientRect().top - before;
  if (moved !== 0) window.scrollBy(0, moved);
}
