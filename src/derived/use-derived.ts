/**
 * The one way views read derived values: `useDerived(selectX)` joins the loaded dataset, the UI
 * store and the shared quote search, and returns the selector's value. Selectors are memoised on
 * their inputs, so a view re-renders only when its own value changes.
 */
import { useCallback } from 'react';
import { useDataset } from '../data/use-dataset';
import type { DatasetState } from '../data/use-dataset';
import { useQuoteSearch } from '../search/use-quote-search';
import type { QuoteSearchState } from '../search/use-quote-search';
import { useAppStore } from '../state/store';
import type { DerivedInputs } from './inputs';
import { peopleMapOf } from './lookups';
import type { Selector } from './selector';

function useInputs(): { dataset: DatasetState; search: QuoteSearchState } {
  const dataset = useDataset();
  const q = useAppStore((s) => s.q);
  const { files, data } = dataset;
  const searchable = files.quotes.status === 'ready' && files.people.status === 'ready';
  const search = useQuoteSearch(
    searchable ? (data.quotes ?? []) : null,
    peopleMapOf(data.people),
    q,
  );
  return { dataset, search };
}

/** The current value of a derived selector. */
export function useDerived<R>(select: Selector<R>): R {
  const { dataset, search } = useInputs();
  return useAppStore((ui) => select({ dataset, ui, search }));
}

/**
 * Reads a selector when asked rather than on every change: for values only an action needs (the
 * rows of a download), which are not worth computing while nobody downloads.
 */
export function useDerivedReader(): <R>(select: Selector<R>) => R {
  const { dataset, search } = useInputs();
  return useCallback(
    <R>(select: Selector<R>): R =>
      select({ dataset, search, ui: useAppStore.getState() } satisfies DerivedInputs),
    [dataset, search],
  );
}
