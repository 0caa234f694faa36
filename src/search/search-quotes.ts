/**
 * One quote search, wherever it runs best. Up to a few thousand quotes the search index is built
 * and searched on the page (milliseconds). Beyond that it lives in a worker, so building it (seconds
 * at 100,000 quotes) and each search leave the page free. Without workers, or once the worker has
 * failed for this file, the index is built on the page in chunks that yield.
 */
import type { Person, Quote } from '../data/schemas';
import type { QuoteIndex, SearchResult } from '../domain/quote-search';
import { canUseWorkers, workerSearchFor } from './worker-client';

/** Up to this many quotes the index builds synchronously (tens of milliseconds). */
export const syncLimit = 5000;

/** What a search answers when nothing matches (a flag per quote, all clear). */
const noMatches = (count: number): SearchResult => ({
  matched: new Uint8Array(count),
  terms: [],
});

// One index per quotes file and speakers: made on the first search, reused by every later one.
let onPage: {
  quotes: readonly Quote[];
  people: ReadonlyMap<string, Person>;
  index: Promise<QuoteIndex>;
} | null = null;
const workerFailed = new WeakSet<readonly Quote[]>();

// The search code (with MiniSearch's term tree and tokenizer) is a chunk of its own, fetched on
// the first search: the first screen does not need it.
const searchCode = () => import('../domain/quote-search');

function pageIndex(quotes: readonly Quote[], people: ReadonlyMap<string, Person>) {
  if (onPage?.quotes !== quotes || onPage.people !== people) {
    const index = searchCode().then(({ buildQuoteIndex, buildQuoteIndexAsync }) =>
      quotes.length <= syncLimit
        ? buildQuoteIndex(quotes, people)
        : buildQuoteIndexAsync(quotes, people),
    );
    onPage = { quotes, people, index };
  }
  return onPage.index;
}

function searchesInWorker(quotes: readonly Quote[]): boolean {
  return quotes.length > syncLimit && canUseWorkers() && !workerFailed.has(quotes);
}

// The quotes file the search was last readied for: once per file, however often it is asked.
let warmed: readonly Quote[] | null = null;

/** Runs `task` when the page is idle (or soon, where idle callbacks do not exist). */
function whenIdle(task: () => void): void {
  // No deadline: while a large file is still being prepared the page is never idle, and the search
  // must not lengthen that.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task);
  else setTimeout(task, 1000);
}

/**
 * Readies the search for a large quotes file while nobody types: the worker gets its documents and
 * builds its index (seconds at 100,000 quotes), where the first keystroke paid for all of it. A
 * small file's index takes milliseconds on the first search, and a phone's first load is better
 * off without the search code.
 */
export function warmQuoteSearch(quotes: readonly Quote[], people: ReadonlyMap<string, Person>) {
  if (warmed === quotes || !searchesInWorker(quotes)) return;
  warmed = quotes;
  whenIdle(() => {
    if (warmed === quotes) workerSearchFor(quotes, people);
  });
}

/** Searches the quotes (and their speakers' names) for `query`: one flag per quote by position. */
export async function searchQuotesFor(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  query: string,
): Promise<SearchResult> {
  if (searchesInWorker(quotes)) {
    try {
      return await workerSearchFor(quotes, people).search(query);
    } catch {
      workerFailed.add(quotes);
    }
  }
  const [index, { searchQuotes }] = await Promise.all([pageIndex(quotes, people), searchCode()]);
  return searchQuotes(index, query) ?? noMatches(quotes.length);
}
