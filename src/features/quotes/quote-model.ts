/** The quote browser's view-model: the shared quote list plus the lookups its cards need. */
import { useMemo } from 'react';
import type { Dataset, Person, Quote, Source } from '../../data/schemas';
import type { EventIndex } from '../../domain/event-index';
import type { QuoteGroup, SpeakerCount } from '../../domain/quote-filter';
import { eventIndexOf, peopleById, sourcesById } from '../../model/derived';

/** Everything the quote browser renders. */
export interface QuoteListModel {
  shown: Quote[];
  groups: QuoteGroup[];
  speakers: SpeakerCount[];
  total: number;
  /** Document terms the search matched, for <mark>. */
  terms: readonly string[];
  /** True while the list still shows the results of older search text. */
  stale: boolean;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  events: EventIndex;
  quotesById: ReadonlyMap<string, Quote>;
}

/** The shared list (src/model/use-quote-list.ts) as it arrives when the files are ready. */
export interface ReadyQuoteList {
  data: Partial<Dataset>;
  list: { shown: Quote[]; groups: QuoteGroup[]; speakers: SpeakerCount[]; total: number };
  terms: readonly string[];
  stale: boolean;
}

const none: readonly never[] = [];

/** Joins the list with lookups by id; each lookup is memoised for its file. */
export function useQuoteModel({ data, list, terms, stale }: ReadyQuoteList): QuoteListModel {
  const quotes = data.quotes ?? none;
  const quotesById = useMemo(() => new Map(quotes.map((q) => [q.id, q])), [quotes]);
  return {
    ...list,
    terms,
    stale,
    people: peopleById(data.people ?? none),
    sources: sourcesById(data.sources ?? none),
    events: eventIndexOf(data.events ?? none),
    quotesById,
  };
}
