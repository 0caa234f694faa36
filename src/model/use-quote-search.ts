/**
 * The quote search for the current text. Up to a few thousand quotes the index is built and
 * searched right here (milliseconds). Beyond that it lives in a worker, so building it (seconds at
 * 100,000 quotes) and each search leave the page free; the list keeps its last answer, marked busy,
 * until the worker replies. Without workers, or if the worker fails, the index is built here in
 * chunks that yield to the page.
 */
import { useEffect, useState } from 'react';
import type { Person, Quote } from '../data/schemas';
import { memoizeLast } from '../domain/memo';
import { searchQuotes } from '../domain/quote-search';
import type { SearchResult } from '../domain/quote-search';
import { canUseWorkers, workerSearchFor } from './quote-search-client';
import { syncLimit, useQuoteIndex } from './use-quote-index';

const searchOf = memoizeLast(searchQuotes);
/** While nothing has been found yet, no quote is claimed to match. */
const nothingYet: SearchResult = { matched: new Uint8Array(0), terms: [] };

interface Found {
  quotes: readonly Quote[];
  query: string;
  result: SearchResult;
}

/** The search result for `query` (null: no search) and whether a newer answer is on its way. */
export function useQuoteSearch(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  query: string,
  ready: boolean,
): { search: SearchResult | null; busy: boolean } {
  const wanted = ready && query.trim() !== '';
  const [workerFailed, setWorkerFailed] = useState<readonly Quote[] | null>(null);
  const viaWorker =
    wanted && quotes.length > syncLimit && canUseWorkers() && workerFailed !== quotes;
  const index = useQuoteIndex(quotes, people, wanted && !viaWorker);
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (!viaWorker) return;
    let live = true;
    workerSearchFor(quotes, people)
      .search(query)
      .then(
        (result) => {
          if (live) setFound({ quotes, query, result });
        },
        () => {
          if (live) setWorkerFailed(quotes);
        },
      );
    return () => {
      live = false;
    };
  }, [viaWorker, quotes, people, query]);

  if (!wanted) return { search: null, busy: false };
  if (viaWorker) {
    const mine = found?.quotes === quotes ? found : null;
    return { search: mine?.result ?? nothingYet, busy: mine?.query !== query };
  }
  return index
    ? { search: searchOf(index, query), busy: false }
    : { search: nothingYet, busy: true };
}
