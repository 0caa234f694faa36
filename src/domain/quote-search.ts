/**
 * Full-text quote search with MiniSearch: prefix and light fuzzy matching over the text and the
 * speaker's names and aliases, so "Zelensky" finds every spelling of the name.
 */
import MiniSearch from 'minisearch';
import type { Person, Quote } from '../data/schemas';
import { quoteDocuments } from './quote-documents';
import type { QuoteDoc } from './quote-documents';

export { quoteDocuments };
export type { QuoteDoc };

/** The search index type the views hold. */
export type QuoteIndex = MiniSearch<QuoteDoc>;

function emptyIndex(): QuoteIndex {
  return new MiniSearch<QuoteDoc>({
    fields: ['text', 'speaker'],
    storeFields: ['at'],
    idField: 'id',
    searchOptions: {
      prefix: true,
      // Light fuzzy: one typo from five letters, two from eight. Short words are not fuzzed, since
      // a one-letter slip there is another word ("war" would find every "was").
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      boost: { speaker: 1.5 },
    },
  });
}

/** Builds the index in one go (fine for thousands of quotes). */
export function buildQuoteIndex(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): MiniSearch<QuoteDoc> {
  return indexOfDocuments(quoteDocuments(quotes, people));
}

/** Builds the index over documents already made (in a worker, from what the page sent). */
export function indexOfDocuments(docs: readonly QuoteDoc[]): QuoteIndex {
  const index = emptyIndex();
  index.addAll(docs);
  return index;
}

/** Builds the index in chunks that yield to the page, so 100,000 quotes never freeze typing. */
export async function buildQuoteIndexAsync(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  chunkSize = 2000,
): Promise<MiniSearch<QuoteDoc>> {
  const index = emptyIndex();
  await index.addAllAsync(quoteDocuments(quotes, people), { chunkSize });
  return index;
}

/**
 * What a search found: a flag per quote, by its position in the quotes file (1 = matches), and the
 * document terms that matched (for highlighting). Flags, not a set of ids: a search can match most
 * of 100,000 quotes, and a typed array is cheap to send from a worker and to test against.
 */
export interface SearchResult {
  matched: Uint8Array;
  terms: string[];
}

/** Searches; an empty or blank query returns null (no search). */
export function searchQuotes(index: QuoteIndex, query: string): SearchResult | null {
  if (query.trim() === '') return null;
  const hits = index.search(query);
  const matched = new Uint8Array(index.documentCount);
  const terms = new Set<string>();
  for (const hit of hits) {
    matched[Number(hit.at)] = 1;
    hit.terms.forEach((t) => terms.add(t));
  }
  return { matched, terms: [...terms] };
}
