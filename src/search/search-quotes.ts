/**
 * One quote search, wherever it runs best. Up to a few thousand quotes the search index is built
 * and searched on the page (milliseconds). Beyond that it lives in a worker, so building it (seconds
 * at 100,000 quotes) and each search leave the page free. Without workers, or once the worker has
 * failed for this file, the index is built on the page in chunks that yield.
 *
 * Once a page index is built, a search over it is answered at once (searchQuotesNow): the list then
 * changes in the frame of the keystroke, where an awaited answer always came a frame later.
 */
import type { Person, Quote } from '../data/schemas';
import type { SearchResult } from '../domain/quote-search';
import { canUseWorkers, workerSearchFor } from './worker-client';

/** Up to this many quotes the index builds synchronously (tens of milliseconds). */
export const syncLimit = 5000;

/** What a search answers when nothing matches (a flag per quote, all clear). */
const noMatches = (count: number): SearchResult => ({
  matched: new Uint8Array(count),
  terms: [],
});

/** A search over one quotes file's index on the page, answered at once. */
type PageSearch = (query: string) => SearchResult;

// One index per quotes file and speakers, made when the page is at rest or at the first search and
// reused by every later one; `ready` once it is built, for the answers given at once.
let onPage: {
  quotes: readonly Quote[];
  people: ReadonlyMap<string, Person>;
  search: Promise<PageSearch>;
  ready: PageSearch | null;
} | null = null;
const workerFailed = new WeakSet<readonly Quote[]>();

// The search code (with MiniSearch's term tree and tokenizer) is a chunk of its own, fetched when
// the index is first wanted: the first screen does not need it.
function pageSearch(quotes: readonly Quote[], people: ReadonlyMap<string, Person>) {
  if (onPage?.quotes !== quotes || onPage.people !== people) {
    const entry: NonNullable<typeof onPage> = {
      quotes,
      people,
      search: import('../domain/quote-search')
        .catch(() => {
          throw new Error('the search code did not load; the connection may be down');
        })
        .then(async ({ buildQuoteIndex, buildQuoteIndexAsync, searchQuotes }) => {
          const index =
            quotes.length <= syncLimit
              ? buildQuoteIndex(quotes, people)
              : await buildQuoteIndexAsync(quotes, people);
          return (query: string) => searchQuotes(index, query) ?? noMatches(quotes.length);
        })
        .then(
          (search) => (entry.ready = search),
          (error: unknown) => {
            // Not kept: the next search tries again (the chunk may load then).
            if (onPage === entry) onPage = null;
            throw error;
          },
        ),
      ready: null,
    };
    onPage = entry;
  }
  return onPage.search;
}

function searchesInWorker(quotes: readonly Quote[]): boolean {
  return quotes.length > syncLimit && canUseWorkers() && !workerFailed.has(quotes);
}

// The quotes file the search was last readied for: once per file, however often it is asked.
let warmed: readonly Quote[] | null = null;

/** A pause this long is the page at rest, not a gap between slices of its work. */
const restMs = 40;
/** How long the readying waits for such a pause at most. */
const restlessMs = 5000;

/** Runs `task` when the page is at rest (or soon, where idle callbacks do not exist). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(task, 1000);
    return;
  }
  // A large record is prepared in slices with short pauses between them: readying the search in
  // one of those (a pass over every quote) would lengthen the load it waits for. A page that never
  // rests (an animation, a reader scrolling on and on) gets it after a while all the same.
  const started = Date.now();
  const wait = (deadline: IdleDeadline) => {
    const left = restlessMs - (Date.now() - started);
    if (deadline.timeRemaining() >= restMs || left <= 0) task();
    else requestIdleCallback(wait, { timeout: left });
  };
  requestIdleCallback(wait, { timeout: restlessMs });
}

/**
 * Readies the search while nobody types, once the page is idle. A large file's worker gets its
 * documents and builds its index (seconds at 100,000 quotes), where the first keystroke paid for
 * all of it. A small file's index is built on the page once the quote browser is (`browserShown`):
 * the search code (7 KB gzip) and a few milliseconds, so that even the first keystroke is answered
 * in its own frame, while a phone whose reader never scrolls to the quotes loads none of it. A large
 * file without a worker builds its index at the first search, as ever: seconds of slices nobody
 * asked for yet.
 */
export function warmQuoteSearch(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  browserShown: boolean,
) {
  const inWorker = searchesInWorker(quotes);
  const onThePage = !inWorker && quotes.length <= syncLimit && browserShown;
  if (warmed === quotes || !(inWorker || onThePage)) return;
  warmed = quotes;
  whenIdle(() => {
    if (warmed !== quotes) return;
    if (inWorker) workerSearchFor(quotes, people);
    // A failed load is not kept: the first search tries again, and reports it if it fails again.
    else pageSearch(quotes, people).catch(() => undefined);
  });
}

/**
 * The answer at once, for a file searched on the page whose index is built; null while it is not
 * (or the file is searched in a worker): then ask searchQuotesFor.
 */
export function searchQuotesNow(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  query: string,
): SearchResult | null {
  if (searchesInWorker(quotes) || onPage?.quotes !== quotes || onPage.people !== people)
    return null;
  return onPage.ready?.(query) ?? null;
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
  return (await pageSearch(quotes, people))(query);
}
