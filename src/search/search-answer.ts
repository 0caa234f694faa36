/**
 * The answer of the quote search for the store's text, held in one small store. One component
 * searches and puts the answer here, with the text it answers; views read it through their
 * selectors, so a keystroke re-renders only the views whose derived values change (the quote list,
 * the quote count), not every view that derives anything.
 */
import { createStore } from 'zustand/vanilla';
import { memoizeLast } from '../domain/memo';
import type { SearchResult } from '../domain/quote-search';
import type { QuoteSearchState } from './use-quote-search';

/** No search text: no answer, nothing pending. */
export const noSearch: QuoteSearchState = { result: null, busy: false };

/** The last answer published, and the search text it is the answer for. */
export interface PublishedAnswer {
  q: string;
  state: QuoteSearchState;
}

export const searchAnswer = createStore<PublishedAnswer>(() => ({ q: '', state: noSearch }));

/** A search asked but not yet answered: it matches nothing so far. */
export const nothingYet: SearchResult = { matched: new Uint8Array(0), terms: [] };

const pending = memoizeLast((result: SearchResult | null): QuoteSearchState => ({
  result: result ?? nothingYet,
  busy: true,
}));

/**
 * The search state for the store's text `q`. An answer published for another text (the text has
 * just changed, or the views mounted before the search had published anything) is not this text's
 * answer: the previous matches stay, marked busy, as they do while a search runs.
 */
export function answerFor(q: string, published: PublishedAnswer): QuoteSearchState {
  if (published.q === q) return published.state;
  if (q.trim() === '') return noSearch;
  return pending(published.state.result);
}
