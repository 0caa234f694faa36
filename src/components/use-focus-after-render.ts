/** Focus for content that a click is about to render ("Show more"): moved once it is there. */
import { useCallback, useEffect, useRef } from 'react';

/**
 * Returns `focusLater(id)`: the element with that DOM id gets focus after the next render commits
 * (it does not exist yet when the click that adds it is handled).
 */
export function useFocusAfterRender(): (id: string | null) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    pending.current = null;
    const el = document.getElementById(id);
    if (!el) return;
    // A card is no control: it takes focus by script only with a tabindex (a roving list sets its
    // own a moment later, after this render's DOM changes are observed).
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus();
  });
  return useCallback((id: string | null) => {
    pending.current = id;
  }, []);
}
