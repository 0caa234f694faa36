/**
 * The one UI store (zustand, built from slices). It holds only what the user chose; everything else
 * is derived in src/domain. The shareable part mirrors the URL (see url-sync.ts).
 */
import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import {
  defaultUrlState,
  parseUrlState,
  type EmbedView,
  type QuoteSort,
  type SideFilter,
  type UrlState,
} from './url-codec';

/** How the next URL write should touch history: typing replaces, a discrete choice pushes. */
export type HistoryMode = 'push' | 'replace' | 'none';

interface RangeSlice {
  from: string | null;
  to: string | null;
  /** Sets the date range (either end may be open). */
  setRange: (from: string | null, to: string | null) => void;
  resetRange: () => void;
}

interface SelectionSlice {
  venue: string | null;
  event: string | null;
  /** The exchange under the pointer in the chart; highlights its places on the map. */
  hoveredEvent: string | null;
  selectVenue: (id: string | null) => void;
  selectEvent: (id: string | null) => void;
  setHoveredEvent: (id: string | null) => void;
}

interface QuoteSlice {
  q: string;
  speaker: string | null;
  side: SideFilter | null;
  sort: QuoteSort;
  quote: string | null;
  setQuery: (q: string) => void;
  setSpeaker: (id: string | null) => void;
  setSide: (side: SideFilter | null) => void;
  setSort: (sort: QuoteSort) => void;
  focusQuote: (id: string | null) => void;
}

interface ViewSlice {
  split: boolean;
  embed: EmbedView | null;
  /** Polite messages about what a link or the data made us ignore. */
  notices: string[];
  historyMode: HistoryMode;
  setSplit: (split: boolean) => void;
  addNotices: (notices: string[]) => void;
  dismissNotices: () => void;
  /** Applies a whole URL state (on load and on back/forward) without writing history. */
  applyUrlState: (state: UrlState) => void;
  /** Clears every filter and selection (keeps embed). */
  resetAll: () => void;
}

export type StoreState = RangeSlice & SelectionSlice & QuoteSlice & ViewSlice;
type Slice<T> = StateCreator<StoreState, [], [], T>;

const rangeSlice: Slice<RangeSlice> = (set) => ({
  from: null,
  to: null,
  setRange: (from, to) => {
    const [a, b] = from && to && from > to ? [to, from] : [from, to];
    set({ from: a, to: b, historyMode: 'push' });
  },
  resetRange: () => set({ from: null, to: null, historyMode: 'push' }),
});

const selectionSlice: Slice<SelectionSlice> = (set) => ({
  venue: null,
  event: null,
  hoveredEvent: null,
  selectVenue: (venue) => set({ venue, historyMode: 'push' }),
  selectEvent: (event) => set({ event, historyMode: 'push' }),
  setHoveredEvent: (hoveredEvent) => set({ hoveredEvent, historyMode: 'none' }),
});

const quoteSlice: Slice<QuoteSlice> = (set) => ({
  q: '',
  speaker: null,
  side: null,
  sort: 'newest',
  quote: null,
  setQuery: (q) => set({ q, historyMode: 'replace' }),
  setSpeaker: (speaker) => set({ speaker, historyMode: 'push' }),
  setSide: (side) => set({ side, historyMode: 'push' }),
  setSort: (sort) => set({ sort, historyMode: 'push' }),
  focusQuote: (quote) => set({ quote, historyMode: 'push' }),
});

const viewSlice: Slice<ViewSlice> = (set) => ({
  split: false,
  embed: null,
  notices: [],
  historyMode: 'none',
  setSplit: (split) => set({ split, historyMode: 'push' }),
  addNotices: (more) =>
    set((s) => ({ notices: [...s.notices, ...more.filter((n) => !s.notices.includes(n))] })),
  dismissNotices: () => set({ notices: [], historyMode: 'none' }),
  applyUrlState: (state) => set({ ...state, historyMode: 'none' }),
  resetAll: () =>
    set((s) => ({ ...defaultUrlState, embed: s.embed, hoveredEvent: null, historyMode: 'push' })),
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
  });
}
