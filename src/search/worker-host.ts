/**
 * The search side of the quote search worker, as a plain function so it can be tested without a
 * worker: it builds the index from the documents the page sends, then answers queries with a flag
 * per quote (a transferable array, not 100,000 cloned id strings).
 */
import { indexOfDocuments, searchQuotes } from '../domain/quote-search';
import type { QuoteDoc, QuoteIndex } from '../domain/quote-search';

/** What the page sends the worker. */
export type SearchRequest =
  { type: 'build'; docs: QuoteDoc[] } | { type: 'search'; seq: number; query: string };

/** What the worker answers: one reply per search, in the order asked. */
export type SearchReply =
  | { type: 'result'; seq: number; matched: Uint8Array; terms: string[] }
  | { type: 'failed'; seq: number; message: string };

/** Handles one request; a build has no reply (the searches after it wait for it). */
export function createSearchHost() {
  let index: QuoteIndex | null = null;
  return (request: SearchRequest): { reply: SearchReply; transfer: Transferable[] } | null => {
    if (request.type === 'build') {
      index = indexOfDocuments(request.docs);
      return null;
    }
    if (!index) {
      const message = 'the search index was asked before it was built';
      return { reply: { type: 'failed', seq: request.seq, message }, transfer: [] };
    }
    const found = searchQuotes(index, request.query) ?? {
      matched: new Uint8Array(index.documentCount),
      terms: [],
    };
    return {
      reply: { type: 'result', seq: request.seq, ...found },
      transfer: [found.matched.buffer],
    };
  };
}
