/**
 * The one UI store (zustand, built from slices). It holds what the user chose, and the little the
 * page's parts tell each other (what is hovered, the notices, whether the quote browser is built);
 * everything else is derived in src/domain. The shareable part mirrors the URL (see url-sync.ts).
 */
import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { parseUrlState } from './url-codec';
import { defaultUrlState, orderRange } from './url-keys';
import type { EventTypeFilter, QuoteSort, SideFilter, UrlState } from './url-keys';

/** How the next URL write should touch history: typing replaces, a discrete choice pushes. */
export type HistoryMode = 'push' | 'replace' | 'none';

interface RangeSlice extends Pick<UrlState, 'from' | 'to'> {
  /**
   * Sets the date range (either end may be open): a new history entry, or (`replace`) a rewrite of
   * the current one, for the digits after the first of a date being typed.
   */
  setRange: (from: string | null, to: string | null, history?: 'push' | 'replace') => void;
  resetRange: () => void;
}

interface SelectionSlice extends Pick<UrlState, 'venue' | 'event' | 'mediator' | 'type' | 'order'> {
  /** The exchange under the pointer in the chart; highlights its places on the map. */
  hoveredEvent: string | null;
  selectVenue: (id: string | null) => void;
  /** Selects a place, or clears it when it is the selected one already (markers and list agree). */
  toggleVenue: (id: string) => void;
  selectEvent: (id: string | null) => void;
  selectMediator: (id: string | null) => void;
  /** The exchanges list's tab: one kind of event, or all. The downloads follow it. */
  setEventType: (type: EventTypeFilter | null) => void;
  /** The exchanges list's order: the latest first (as readers come for the latest), or the first. */
  setListOrder: (order: QuoteSort) => void;
  setHoveredEvent: (id: string | null) => void;
}

interface QuoteSlice extends Pick<UrlState, 'q' | 'speaker' | 'side' | 'sort' | 'quote'> {
  setQuery: (q: string) => void;
  setSpeaker: (id: string | null) => void;
  setSide: (side: SideFilter | null) => void;
  setSort: (sort: QuoteSort) => void;
  /** Clears the search, speaker and side at once: one step back in history restores them. */
  clearQuoteFilters: () => void;
  focusQuote: (id: string | null) => void;
}

interface ViewSlice extends Pick<UrlState, 'split' | 'bodies' | 'embed'> {
  /** Polite messages about what a link or the data made us ignore. */
  notices: string[];
  historyMode: HistoryMode;
  setSplit: (split: boolean) => void;
  /** Show the repatriations of bodies as their own series in the chart. */
  setBodies: (bodies: boolean) => void;
  addNotices: (notices: string[]) => void;
  dismissNotices: () => void;
  /** Applies a whole URL state (on load and on back/forward) without writing history. */
  applyUrlState: (state: UrlState) => void;
  /** Clears every filter and selection (keeps embed). */
  resetAll: () => void;
  /** The quote browser is on the page (a phone builds it as the reader comes near it). */
  quoteBrowserShown: boolean;
  showQuoteBrowser: () => void;
}

function pick<K extends keyof UrlState>(state: UrlState, ...keys: K[]): Pick<UrlState, K> {
  return Object.fromEntries(keys.map((k) => [k, state[k]])) as Pick<UrlState, K>;
}

export type StoreState = RangeSlice & SelectionSlice & QuoteSlice & ViewSlice;
type Slice<T> = StateCreator<StoreState, [], [], T>;

// The slices hold actions; every shareable field starts at its default from the URL key table.
const rangeSlice: Slice<RangeSlice> = (set) => ({
  ...pick(defaultUrlState, 'from', 'to'),
  setRange: (from, to, history = 'push') => {
    const range = orderRange(from, to);
    set({ from: range.from, to: range.to, historyMode: history });
  },
  resetRange: () => set({ from: null, to: null, historyMode: 'push' }),
});

const selectionSlice: Slice<SelectionSlice> = (set, get) => ({
  ...pick(defaultUrlState, 'venue', 'event', 'mediator', 'type', 'order'),
  hoveredEvent: null,
  selectVenue: (venue) => set({ venue, historyMode: 'push' }),
  toggleVenue: (id) => set({ venue: get().venue === id ? null : id, historyMode: 'push' }),
  selectEvent: (event) => set({ event, historyMode: 'push' }),
  selectMediator: (mediator) => set({ mediator, historyMode: 'push' }),
  setEventType: (type) => set({ type, historyMode: 'push' }),
  setListOrder: (order) => set({ order, historyMode: 'push' }),
  setHoveredEvent: (hoveredEvent) => set({ hoveredEvent, historyMode: 'none' }),
});

const quoteSlice: Slice<QuoteSlice> = (set) => ({
  ...pick(defaultUrlState, 'q', 'speaker', 'side', 'sort', 'quote'),
  setQuery: (q) => set({ q, historyMode: 'replace' }),
  setSpeaker: (speaker) => set({ speaker, historyMode: 'push' }),
  setSide: (side) => set({ side, historyMode: 'push' }),
  setSort: (sort) => set({ sort, historyMode: 'push' }),
  clearQuoteFilters: () => set({ q: '', speaker: null, side: null, historyMode: 'push' }),
  focusQuote: (quote) => set({ quote, historyMode: 'push' }),
});

const viewSlice: Slice<ViewSlice> = (set) => ({
  ...pick(defaultUrlState, 'split', 'bodies', 'embed'),
  notices: [],
  historyMode: 'none',
  setSplit: (split) => set({ split, historyMode: 'push' }),
  setBodies: (bodies) => set({ bodies, historyMode: 'push' }),
  addNotices: (more) =>
    set((s) => ({ notices: [...s.notices, ...more.filter((n) => !s.notices.includes(n))] })),
  dismissNotices: () => set({ notices: [], historyMode: 'none' }),
  applyUrlState: (state) => set({ ...state, historyMode: 'none' }),
  resetAll: () =>
    set((s) => ({ ...defaultUrlState, embed: s.embed, hoveredEvent: null, historyMode: 'push' })),
  quoteBrowserShown: false,
  showQuoteBrowser: () => set({ quoteBrowserShown: true }),
});

/** Builds a store whose initial state comes from a query string (the page's, in the app). */
export function createAppStore(search: string) {
  const parsed = parseUrlState(search);
  return create<StoreState>()((...a) => ({
    ...rangeSlice(...a),
    ...selectionSlice(...a),
    ...quoteSlice(...a),
    ...viewSlice(...a),
    ...parsed.state,
    notices: parsed.notices,
  }));
}

/** The app's store; the link's state is applied before the first render (no flash of defaults). */
export const useAppStore = createAppStore(
  typeof window === 'undefined' ? '' : window.location.search,
);

/** Puts the store back to a given link (tests use it to reset between cases). */
export function resetStore(search = ''): void {
  const parsed = parseUrlState(search);
  useAppStore.setState({
    ...parsed.state,
    hoveredEvent: null,
    notices: parsed.notices,
    historyMode: 'none',
    quoteBrowserShown: false,
  });
}
