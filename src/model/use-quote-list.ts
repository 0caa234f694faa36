/**
 * The quote list for the whole UI state, shared by the quote browser and the summary so both count
 * the same quotes. Search runs on a deferred copy of the text so typing stays responsive.
 */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  eventIndexOf,
  peopleById,
  quoteEventScopeOf,
  quoteListOf,
  visibleEventsOf,
} from './derived';
import { useViewData } from './use-view-data';
import { useQuoteSearch } from './use-quote-search';
import type { Person, Quote } from '../data/schemas';
import { useAppStore } from '../state/store';

const quoteFiles = ['quotes', 'people', 'sources', 'events'] as const;

/** The files the quote list needs. */
export { quoteFiles };

const noQuotes: Quote[] = [];
const noPeople: Person[] = [];

/** The quote list, or the view-data state when the files are not ready. */
export function useQuoteList() {
  const data = useViewData(quoteFiles);
  const s = useAppStore(
    useShallow((st) => ({
      from: st.from,
      to: st.to,
      venue: st.venue,
      event: st.event,
      q: st.q,
      speaker: st.speaker,
      side: st.side,
      sort: st.sort,
    })),
  );
  const q = useDeferredValue(s.q);
  const ready = data.status === 'ready';
  // The index is built on the first real search, not on load: at 100k quotes it takes seconds.
  const { search, busy } = useQuoteSearch(
    ready ? (data.data.quotes ?? noQuotes) : noQuotes,
    peopleById(ready ? (data.data.people ?? noPeople) : noPeople),
    q,
    ready,
  );
  if (data.status !== 'ready') return { data, list: null, terms: [] as string[], stale: false };
  const quotes = data.data.quotes ?? [];
  const people = peopleById(data.data.people ?? []);
  const index = eventIndexOf(data.data.events ?? []);
  const visible = visibleEventsOf(index, s.from, s.to, s.venue);
  const scope = quoteEventScopeOf(index, visible, s.venue, s.event);
  const list = quoteListOf(
    quotes,
    people,
    scope,
    search?.matched ?? null,
    s.from,
    s.to,
    s.speaker,
    s.side,
    s.sort,
  );
  return { data, list, terms: search?.terms ?? [], stale: q !== s.q || busy };
}

/** How many quotes the browser shows right now (null while loading or failed). */
export function useShownQuoteCount(): number | null {
  return useQuoteList().list?.shown.length ?? null;
}
