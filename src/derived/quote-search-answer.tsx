/**
 * Runs the quote search for the store's text over the loaded quotes and publishes its answer for
 * the selectors. Rendered once beside the views (the app, and the test harness): the search is
 * asked once per text, and its progress re-renders this component, not every view.
 */
import { useEffect, useLayoutEffect } from 'react';
import { useDataset } from '../data/use-dataset';
import { searchAnswer, toPublish } from '../search/search-answer';
import { useQuoteSearch } from '../search/use-quote-search';
import { useAppStore } from '../state/store';
import { peopleMapOf } from './lookups';

// The prerender runs effects of neither kind. The views read the answer with the text it is for
// (answerFor): until it is published they show what the reader saw before, marked busy, or on a
// link with a search nothing yet, never another text's answer as this one's.
const useBeforePaint = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export function QuoteSearchAnswer(): null {
  const { files, data } = useDataset();
  const q = useAppStore((s) => s.q);
  // Once the quote browser is on the page, the search is readied before anyone types.
  const shown = useAppStore((s) => s.quoteBrowserShown);
  const searchable = files.quotes.status === 'ready' && files.people.status === 'ready';
  const answer = useQuoteSearch(
    searchable ? (data.quotes ?? []) : null,
    peopleMapOf(data.people),
    q,
    shown,
  );
  useBeforePaint(() => {
    searchAnswer.setState({ q, state: toPublish(searchAnswer.getState(), answer) }, true);
  }, [q, answer]);
  // A later harness (or a remount) starts from no answer, not this one's.
  useBeforePaint(() => () => searchAnswer.setState(searchAnswer.getInitialState(), true), []);
  return null;
}
