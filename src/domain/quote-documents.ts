/**
 * What the quote search indexes: the page makes these and sends them to the search worker without
 * loading the search code.
 */
import type { Person, Quote } from '../data/schemas';

/** The document the search indexes for each quote. */
export interface QuoteDoc {
  id: string;
  /** The quote's position in its file: what a search answers with. */
  at: number;
  text: string;
  speaker: string;
}

/** What the index holds for each quote, in the quotes' order (what a search worker is sent). */
export function quoteDocuments(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): QuoteDoc[] {
  return quotes.map((q, at) => {
    const p = people.get(q.speakerId);
    return { id: q.id, at, text: q.text, speaker: p ? [p.name, ...p.aliases].join(' ') : '' };
  });
}
