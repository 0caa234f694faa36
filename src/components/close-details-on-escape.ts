/** Escape for disclosures: a menu or a note opened from a <summary> closes the way it opened. */
import type { KeyboardEvent } from 'react';

/**
 * An onKeyDown handler: Escape closes the innermost open <details> around the focus and gives focus
 * back to its <summary>, the control that opened it. The key is then spent (defaultPrevented), so a
 * list or panel around it does not also act on it.
 */
export function closeDetailsOnEscape(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Escape' || e.defaultPrevented || !(e.target instanceof Element)) return;
  const details = e.target.closest('details[open]');
  if (!(details instanceof HTMLDetailsElement) || !e.currentTarget.contains(details)) return;
  e.preventDefault();
  details.open = false;
  details.querySelector<HTMLElement>(':scope > summary')?.focus();
}
