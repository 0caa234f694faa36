/**
 * Full-text quote search with MiniSearch: prefix and light fuzzy matching over the text and the
 * speaker's names and aliases, so "Zelensky" finds every spelling of the name.
 */
import MiniSearch from 'minisearch';
import type { Person, Quote } from '../data/schemas';

/** The document MiniSearch indexes for each quote. */
interface QuoteDoc {
  id: string;
  text: string;
  speaker: string;
}

/** The search index type the views hold. */
export type QuoteIndex = MiniSearch<QuoteDoc>;

function emptyIndex(): QuoteIndex {
  return new MiniSearch<QuoteDoc>({
    fields: ['text', 'speaker'],
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

function documents(quotes: readonly Quote[], people: ReadonlyMap<string, Person>): QuoteDoc[] {
  return quotes.map((q) => {
    const p = people.get(q.speakerId);
    return { id: q.id, text: q.text, speaker: p ? [p.name, ...p.aliases].join(' ') : '' };
  });
}

/** Builds the index in one go (fine for thousands of quotes). */
export function buildQuoteIndex(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): MiniSearch<QuoteDoc> {
  const index = emptyIndex();
  index.addAll(documents(quotes, people));
  return index;
}

/** Builds the index in chunks that yield to the page, so 100,000 quotes never freeze typing. */
export async function buildQuoteIndexAsync(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  chunkSize = 2000,
): Promise<MiniSearch<QuoteDoc>> {
  const index = emptyIndex();
  await index.addAllAsync(documents(quotes, people), { chunkSize });
  return index;
}

/** What a search found: matching ids and the document terms that matched (for highlighting). */
export interface SearchResult {
  ids: Set<string>;
  terms: string[];
}

/** Searches; an empty or blank query returns null (no search). */
export function searchQuotes(index: MiniSearch<QuoteDoc>, query: string): SearchResult | null {
  if (query.trim() === '') return null;
  const hits = index.search(query);
  const terms = new Set<string>();
  for (const hit of hits) hit.terms.forEach((t) => terms.add(t));
  return { ids: new Set(hits.map((h) => String(h.id))), terms: [...terms] };
}
