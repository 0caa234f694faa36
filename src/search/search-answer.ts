/**
 * The answer of the quote search for the store's text, held in one small store. One component
 * searches and puts the answer here; views read it through their selectors, so a keystroke
 * re-renders only the views whose derived values change (the quote list, the quote count), not
 * every view that derives anything.
 */
import { createStore } from 'zustand/vanilla';
import type { QuoteSearchState } from './use-quote-search';

/** No search text: no answer, nothing pending. */
export const noSearch: QuoteSearchState = { result: null, busy: false };

export const searchAnswer = createStore<QuoteSearchState>(() => noSearch);
