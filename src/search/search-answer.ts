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
 * What stays on screen while a new text waits for its answer, after `published`, when a rule says
 * (null otherwise): a search that could not run stays said (not announced again per keystroke);
 * the unsearched list (no text, or a search on its way over it) stays, marked busy.
 */
function keptWhileWaiting(published: PublishedAnswer): QuoteSearchState | null {
  const { q, state } = published;
  if (q === null) return null;
  if (state.failed !== undefined) return state;
  return q.trim() === '' || state === searchingAll ? searchingAll : null;
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
  const shown = published.state.result;
  return keptWhileWaiting(published) ?? (shown === null ? pendingFirst : pending(shown));
}

/**
 * What to publish for a search in state `state`, after `previous`: the same rule as answerFor's
 * while it waits. Its own waiting state may hold the answer of an earlier, deleted text (the query
 * keeps its last data meanwhile), which is not what the reader was shown.
 */
export function toPublish(previous: PublishedAnswer, state: QuoteSearchState): QuoteSearchState {
  return state.busy ? (keptWhileWaiting(previous) ?? state) : state;
}
