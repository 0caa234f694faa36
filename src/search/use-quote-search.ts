/**
 * The quote search for the store's search text: one shared react-query query, so the quote browser,
 * the summary and the downloads read one answer per text. While a new text is searched the last
 * answer stays on screen, marked busy (keepPreviousData), instead of an empty list; after a cleared
 * box the unsearched list stays instead (toPublish in search-answer.ts). A search the
 * page can answer at once (its index built on the page) skips the query: its answer is in the
 * keystroke's own render.
 */
import { useEffect, useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person, Quote } from '../data/schemas';
import { memoizeLast } from '../domain/memo';
import type { SearchResult } from '../domain/quote-search';
import { noSearch, nothingYet } from './search-answer';
import { searchQuotesFor, searchQuotesNow, warmQuoteSearch } from './search-quotes';

/** The search for the current text: null when there is none; busy while a newer one runs. */
export interface QuoteSearchState {
  result: SearchResult | null;
  busy: boolean;
  /** Why the search for this text could not run, when it could not (result is then null). */
  failed?: string;
}

// Query keys are hashed as JSON: a file is keyed by a number given to its array, not its contents.
const fileNumbers = new WeakMap<object, number>();
let nextNumber = 0;
function numberOf(file: object): number {
  let n = fileNumbers.get(file);
  if (n === undefined) fileNumbers.set(file, (n = ++nextNumber));
  return n;
}

/** Query keys of the quote search, from one factory. */
export const searchKeys = {
  all: ['quote-search'] as const,
  text: (quotes: object, people: object, query: string) =>
    ['quote-search', numberOf(quotes), numberOf(people), query] as const,
};

/**
 * Searches `quotes` for `query` once the files are in (`quotes` null until then); readies the search
 * before the first keystroke (see warmQuoteSearch).
 */
export function useQuoteSearch(
  quotes: readonly Quote[] | null,
  people: ReadonlyMap<string, Person>,
  query: string,
  browserShown: boolean,
): QuoteSearchState {
  useEffect(() => {
    if (quotes !== null) warmQuoteSearch(quotes, people, browserShown);
  }, [quotes, people, browserShown]);
  const wanted = quotes !== null && query.trim() !== '';
  // Whether the index is built is not React state: asked again for each text, which is when it
  // matters (a text first asked before the index was built is answered by the query).
  const now = useMemo(
    () => (wanted ? searchQuotesNow(quotes, people, query) : null),
    [wanted, quotes, people, query],
  );
  const found = useQuery({
    queryKey: searchKeys.text(quotes ?? nothingYet, people, query),
    queryFn: () => searchQuotesFor(quotes ?? [], people, query),
    enabled: wanted && now === null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
  if (!wanted) return noSearch;
  if (now !== null) return stateOf(now, false);
  if (found.isError) return failedOf(found.error);
  return found.data === undefined
    ? stateOf(nothingYet, true)
    : stateOf(found.data, found.isPlaceholderData || found.isFetching);
}

// Neither the worker nor the page could search (the search code did not load): said, not shown
// as a search that never ends; the quotes stay unsearched.
const failedOf = memoizeLast((error: Error): QuoteSearchState => ({
  result: null,
  busy: false,
  failed: error.message,
}));

// The same object for the same answer: QuoteSearchAnswer publishes only a changed answer, and
// what the views derive from it is not computed again.
const stateOf = memoizeLast((result: SearchResult, busy: boolean): QuoteSearchState => ({
  result,
  busy,
}));
