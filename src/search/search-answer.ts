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

/**
 * The last answer published, and the search text it is the answer for: null until one is (the
 * views mounted first, as on a link with a search in it).
 */
export interface PublishedAnswer {
  q: string | null;
  state: QuoteSearchState;
}

export const searchAnswer = createStore<PublishedAnswer>(() => ({ q: null, state: noSearch }));

/** A search asked but not yet answered: it matches nothing so far. */
export const nothingYet: SearchResult = { matched: new Uint8Array(0), terms: [] };

/** Nothing searched has been shown yet: the search is pending and matches nothing so far. */
const pendingFirst: QuoteSearchState = { result: nothingYet, busy: true };

/**
 * A search typed into the unsearched list (every quote the other filters keep), not answered
 * yet: that list stays, marked busy.
 */
export const searchingAll: QuoteSearchState = { result: null, busy: true };

const pending = memoizeLast((result: SearchResult): QuoteSearchState => ({
  result,
  busy: true,
}));

/**
 * Whether the page showed the quotes unsearched: no text, a search on its way over them, or a
 * search that could not run.
 */
function showedUnsearched(published: PublishedAnswer): boolean {
  const { q, state } = published;
  return q !== null && (q.trim() === '' || state === searchingAll || state.failed !== undefined);
}

/**
 * The search state for the store's text `q`. An answer published for another text (the text has
 * just changed) is not this text's answer: what the reader was shown stays, marked busy, until the
 * answer comes: the previous matches, or the unsearched list when a search is typed into it
 * (emptying the list for the moment a large record's search takes made the first letter show
 * "Searching…" and build the list twice). Before any answer is published, a search is pending and
 * matches nothing: a link with a search never paints the unsearched quotes.
 */
export function answerFor(q: string, published: PublishedAnswer): QuoteSearchState {
  if (published.q === q) return published.state;
  if (q.trim() === '') return noSearch;
  // A search that could not run stays said (not announced again per keystroke) while the next
  // text is tried.
  if (published.state.failed !== undefined) return published.state;
  if (showedUnsearched(published)) return searchingAll;
  const shown = published.state.result;
  return shown === null ? pendingFirst : pending(shown);
}

/**
 * What to publish for a search in state `state`, after `previous`: a search with no answer yet,
 * typed into the unsearched list, keeps showing that list, busy (see answerFor). Its state may
 * hold the answer of an earlier, deleted text (the query keeps its last data meanwhile): that is
 * not what the reader was shown.
 */
export function toPublish(previous: PublishedAnswer, state: QuoteSearchState): QuoteSearchState {
  if (!state.busy) return state;
  if (previous.state.failed !== undefined) return previous.state;
  return showedUnsearched(previous) ? searchingAll : state;
}
