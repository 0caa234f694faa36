/**
 * The quote search index on the page, built only once someone searches. Small datasets build it at
 * once; large ones (where no worker can take it) in chunks that yield to the page, and the list
 * says it is busy meanwhile.
 */
import { useEffect, useReducer } from 'react';
import type { Person, Quote } from '../data/schemas';
import { buildQuoteIndexAsync } from '../domain/quote-search';
import type { QuoteIndex } from '../domain/quote-search';
import { quoteIndexOf } from './derived';

/** Up to this many quotes the index builds synchronously (tens of milliseconds). */
export const syncLimit = 5000;

interface Built {
  quotes: readonly Quote[];
  people: ReadonlyMap<string, Person>;
  index: QuoteIndex;
}
let built: Built | null = null;
let pending: Promise<void> | null = null;

function readyFor(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): QuoteIndex | null {
  if (quotes.length <= syncLimit) return quoteIndexOf(quotes, people);
  return built && built.quotes === quotes && built.people === people ? built.index : null;
}

/** The index when it is ready for these quotes, else null while it builds (only when wanted). */
export function useQuoteIndex(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  wanted: boolean,
): QuoteIndex | null {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const index = wanted ? readyFor(quotes, people) : null;
  useEffect(() => {
    if (!wanted || index) return;
    let live = true;
    pending ??= buildQuoteIndexAsync(quotes, people).then((fresh) => {
      built = { quotes, people, index: fresh };
      pending = null;
    });
    void pending.then(() => {
      if (live) rerender();
    });
    return () => {
      live = false;
    };
  }, [wanted, index, quotes, people]);
  return index;
}
