/** The quote browser's view-model: the quotes the whole filter keeps, their groups and counts. */
import type { Person, Quote, Source } from '../data/schemas';
import { eventFamily } from '../domain/event-index';
import type { EventIndex } from '../domain/event-index';
import { idsOf } from '../domain/filter-events';
import {
  keepQuotes,
  keepSpeaker,
  orderQuotes,
  quotesAt,
  speakerCounts,
} from '../domain/quote-filter';
import type { SpeakerCount } from '../domain/quote-filter';
import { statementsOf } from '../domain/quote-statements';
import type { Statements } from '../domain/quote-statements';
import { selectEventIndex, selectVisibleEvents } from './events';
import { pick } from './inputs';
import type { DerivedInputs } from './inputs';
import { selectPeopleById, selectQuotesById, selectSourcesById } from './lookups';
import { selectFilterWords } from './selection';
import { selector } from './selector';
import { viewOf } from './view-state';

/** The files the quote browser needs. */
export const quoteFiles = ['quotes', 'people', 'sources', 'events'] as const;

/**
 * The events a quote must be about: the chosen event's family, or the events of the chosen place
 * or mediator.
 */
export const selectQuoteScope = selector(
  [selectEventIndex, selectVisibleEvents, pick.venue, pick.mediator, pick.event],
  (index, visible, venue, mediator, event) => {
    if (event !== null) return eventFamily(index, event);
    if (venue !== null || mediator !== null) return idsOf(visible);
    return null;
  },
);

/**
 * The events the quotes are limited to, in words for the count ("about “…” and what came of it",
 * "about events tied to Geneva"): the list shrinks to them, which the count alone did not say.
 */
export const selectQuoteScopeWords = selector(
  [selectQuoteScope, selectEventIndex, pick.event, selectFilterWords],
  (scope, index, event, words): string | null => {
    if (scope === null) return null;
    if (event !== null) {
      const title = index.byId.get(event)?.event.title ?? event;
      // The family reaches what followed from it (a round's deals, a deal's stages); a lone swap
      // has none.
      return scope.size > 1 ? `about “${title}” and what came of it` : `about “${title}”`;
    }
    const ties = [
      words.place && `tied to ${words.place}`,
      words.mediator && `mediated by ${words.mediator}`,
    ].filter((part) => !!part);
    return `about events ${ties.join(' and ')}`;
  },
);

/** The quotes file in the chosen order, with date spans. */
export const selectQuoteOrder = selector([pick.quotes, pick.sort], (quotes, sort) =>
  orderQuotes(quotes ?? [], sort),
);

const selectMatches = (x: DerivedInputs) => x.search.result?.matched ?? null;

/**
 * The positions of the quotes the whole filter keeps, and of those it keeps before the speaker
 * (what the speaker menu counts), in the chosen order.
 */
const selectKept = selector(
  [
    selectQuoteOrder,
    selectPeopleById,
    selectQuoteScope,
    selectMatches,
    pick.from,
    pick.to,
    pick.speaker,
    pick.side,
  ],
  (order, people, eventScope, matches, from, to, speaker, side) => {
    const beforeSpeaker = keepQuotes(order, people, {
      from,
      to,
      eventScope,
      side,
      matches,
      speaker: null,
    });
    return { order, beforeSpeaker, kept: keepSpeaker(order, beforeSpeaker, speaker) };
  },
);

/** How many quotes the filter keeps. */
export const selectShownCount = (x: DerivedInputs): number => selectKept(x).kept.length;

/**
 * The quotes the filter keeps, as records: only a download needs them all (a list of 80,000
 * quotes per keystroke was most of the garbage a search made).
 */
export const selectShownQuotes = selector([selectKept], ({ order, kept }) => quotesAt(order, kept));

/** The quotes the filter keeps, grouped with their other wordings, and counts per speaker. */
export const selectQuoteList = selector(
  [selectKept, selectPeopleById],
  ({ order, beforeSpeaker, kept }, people) => ({
    shownCount: kept.length,
    groups: statementsOf(order, kept),
    speakers: speakerCounts(order, beforeSpeaker, people),
    total: order.quotes.length,
  }),
);

/** Everything the quote browser renders. */
export interface QuoteListModel {
  /** How many quotes the filter keeps. */
  shownCount: number;
  /** The statements, read a page at a time. */
  groups: Statements;
  speakers: SpeakerCount[];
  total: number;
  /** Document terms the search matched, for <mark>. */
  terms: readonly string[];
  /** True while the list still shows the results of older search text. */
  stale: boolean;
  /** Why the search text could not be searched (the list is then unsearched); null when it was. */
  searchFailed: string | null;
  /** The events the quotes are limited to, in words; null when they are not. */
  scopeWords: string | null;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  events: EventIndex;
  quotesById: ReadonlyMap<string, Quote>;
}

export const selectQuoteBrowserModel = selector(
  [
    selectQuoteList,
    pick.search,
    selectPeopleById,
    selectSourcesById,
    selectEventIndex,
    selectQuotesById,
    selectQuoteScopeWords,
  ],
  (list, search, people, sources, events, quotesById, scopeWords): QuoteListModel => ({
    ...list,
    terms: search.result?.terms ?? [],
    stale: search.busy,
    searchFailed: search.failed ?? null,
    scopeWords,
    people,
    sources,
    events,
    quotesById,
  }),
);

/** The quote browser view. */
// Its counts are of quotes: a left-out speaker, source or event leaves the quotes themselves whole.
export const selectQuotesView = viewOf(quoteFiles, selectQuoteBrowserModel, ['quotes']);
