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
    document.getElementById(id)?.focus();
  });
  return useCallback((id: string | null) => {
    pending.current = id;
  }, []);
}
