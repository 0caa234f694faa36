/**
 * Full-text quote search: prefix and light fuzzy matching over the text and the speaker's names and
 * aliases, so "Zelensky" finds every spelling of the name.
 *
 * It answers which quotes match, never how well: the quote list keeps its date order while
 * searching. So the index is MiniSearch's own term tree (its radix tree, with its tokenizer and
 * term processing) holding, per term, the quotes that contain it, and a search ORs those lists per
 * query word and ANDs the words. MiniSearch's `search` gives the same quotes (a property test holds
 * this to it) but scores and sorts every hit first: at 100,000 quotes a one-letter query matched
 * 80,000 of them and took 100–400 ms where this takes a few.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Person, Quote } from '../data/schemas';
import { quoteDocuments } from './quote-documents';
import type { QuoteDoc } from './quote-documents';

export { quoteDocuments };
export type { QuoteDoc };

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | null;

/** The index: each term with the positions of the quotes that contain it, in ascending order. */
export interface QuoteIndex {
  terms: SearchableMap<number[]>;
  documentCount: number;
}

/**
 * Every word is a prefix and every word must match (see searchQuotes); words over four letters
 * allow one typo per five letters, as MiniSearch's `fuzzy: 0.2`. Short words are not fuzzed, since
 * a one-letter slip there is another word ("war" would find every "was").
 */
const fuzzyFor = (word: string) => (word.length > 4 ? 0.2 : 0);

// MiniSearch's cap on fuzzy distance, whatever the word's length.
const maxFuzzy = 6;

function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

function addDocument(index: QuoteIndex, doc: QuoteDoc): void {
  for (const term of [...termsOf(doc.text), ...termsOf(doc.speaker)]) {
    const list = index.terms.get(term);
    if (!list) index.terms.set(term, [doc.at]);
    else if (list[list.length - 1] !== doc.at) list.push(doc.at);
  }
}

// Documents arrive in file order; the lists stay ascending only if they are added that way.
function inOrder(docs: readonly QuoteDoc[]): readonly QuoteDoc[] {
  return docs.every((d, i) => i === 0 || (docs[i - 1]?.at ?? 0) < d.at)
    ? docs
    : [...docs].sort((a, b) => a.at - b.at);
}

const emptyIndex = (documentCount: number): QuoteIndex => ({
  terms: new SearchableMap<number[]>(),
  documentCount,
});

const countOf = (docs: readonly QuoteDoc[]) => docs.reduce((n, d) => Math.max(n, d.at + 1), 0);

/** Builds the index in one go (fine for thousands of quotes). */
export function buildQuoteIndex(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): QuoteIndex {
  return indexOfDocuments(quoteDocuments(quotes, people));
}

/** Builds the index over documents already made (in a worker, from what the page sent). */
export function indexOfDocuments(docs: readonly QuoteDoc[]): QuoteIndex {
  const index = emptyIndex(countOf(docs));
  for (const doc of inOrder(docs)) addDocument(index, doc);
  return index;
}

/** Builds the index in chunks that yield to the page, so 100,000 quotes never freeze typing. */
export async function buildQuoteIndexAsync(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  chunkSize = 2000,
): Promise<QuoteIndex> {
  const docs = inOrder(quoteDocuments(quotes, people));
  const index = emptyIndex(countOf(docs));
  for (let from = 0; from < docs.length; from += chunkSize) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const doc of docs.slice(from, from + chunkSize)) addDocument(index, doc);
  }
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

/** The index's terms one query word matches: itself, words it begins, and near misspellings. */
function termsMatching(index: QuoteIndex, word: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const [term, list] of index.terms.atPrefix(word)) found.set(term, list);
  const distance = Math.min(maxFuzzy, Math.round(word.length * fuzzyFor(word)));
  if (distance > 0) {
    for (const [term, [list]] of index.terms.fuzzyGet(word, distance)) found.set(term, list);
  }
  return found;
}

/** Searches; an empty or blank query returns null (no search). */
export function searchQuotes(index: QuoteIndex, query: string): SearchResult | null {
  if (query.trim() === '') return null;
  // A word typed twice asks nothing more of a quote.
  const words = [...new Set(termsOf(query))];
  const matched = new Uint8Array(index.documentCount);
  if (words.length === 0) return { matched, terms: [] };
  const perWord = words.map((word) => termsMatching(index, word));
  // Every word must match: a quote's count reaches the number of words only if each one did.
  const hits = new Uint32Array(index.documentCount);
  perWord.forEach((terms, w) => {
    for (const list of terms.values()) {
      for (const at of list) if (hits[at] === w) hits[at] = w + 1;
    }
  });
  for (let at = 0; at < hits.length; at += 1) if (hits[at] === words.length) matched[at] = 1;
  // A term is reported only if a matching quote holds it (MiniSearch reports a hit's own terms).
  const terms = new Set<string>();
  for (const found of perWord) {
    for (const [term, list] of found) {
      if (!terms.has(term) && list.some((at) => matched[at] === 1)) terms.add(term);
    }
  }
  return { matched, terms: [...terms].sort() };
}
