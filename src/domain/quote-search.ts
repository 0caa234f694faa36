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

/** Builds the index (seconds at 100k quotes: run it off the main thread for big datasets). */
export function buildQuoteIndex(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): MiniSearch<QuoteDoc> {
  const index = new MiniSearch<QuoteDoc>({
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
  index.addAll(
    quotes.map((q) => {
      const p = people.get(q.speakerId);
      return { id: q.id, text: q.text, speaker: p ? [p.name, ...p.aliases].join(' ') : '' };
    }),
  );
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
