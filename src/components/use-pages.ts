/**
 * A long list shown a page at a time: the first `first` items, `step` more per "Show more", with
 * focus moved to the first item the click added (nothing moves under the finger, and a keyboard
 * reader reads on from where the list ended). The chosen item stays listed wherever it falls: it
 * comes later in the list's order, so appending it keeps the order.
 */
import { useState } from 'react';
import { useFocusAfterRender } from './use-focus-after-render';

export function usePages<T>(
  items: readonly T[],
  {
    first,
    step,
    chosenAt,
    domId,
  }: {
    first: number;
    step: number;
    /** Where the chosen item is in `items`; -1 for none. */
    chosenAt: number;
    /** The DOM id of an item's focusable element. */
    domId: (item: T) => string;
  },
): { rows: readonly T[]; hidden: number; showMore: () => void } {
  const [limit, setLimit] = useState(first);
  const focusLater = useFocusAfterRender();
  const extra = chosenAt >= limit ? items[chosenAt] : undefined;
  const rows = extra === undefined ? items.slice(0, limit) : [...items.slice(0, limit), extra];
  return {
    rows,
    hidden: items.length - rows.length,
    showMore: () => {
      const next = items[limit];
      focusLater(next === undefined ? null : domId(next));
      setLimit(limit + step);
    },
  };
}
