/** The shared derivations, each remembered for its last inputs so every view reuses one result. */
import type { Person, Quote, Source, Venue } from '../data/schemas';
import type { EventRecord } from '../data/schemas';
import { buildEventIndex, eventFamily } from '../domain/event-index';
import type { EventIndex } from '../domain/event-index';
import { filterEvents, idsOf } from '../domain/filter-events';
import { memoizeLast } from '../domain/memo';
import { buildQuoteIndex, searchQuotes } from '../domain/quote-search';
import {
  filterBySpeaker,
  filterQuotesExceptSpeaker,
  groupVariants,
  sortQuotes,
  speakerCounts,
} from '../domain/quote-filter';
import { summarise } from '../domain/summary';
import { buildDaySeriesIndex, cumulativeSeries, seriesForRange } from '../domain/cumulative-series';
import { venueTotals } from '../domain/venue-totals';

/** The event index of the events file. */
export const eventIndexOf = memoizeLast((events: readonly EventRecord[]) =>
  buildEventIndex(events),
);

/** Events passing the date range and the chosen venue. */
export const visibleEventsOf = memoizeLast(
  (index: EventIndex, from: string | null, to: string | null, venue: string | null) =>
    filterEvents(index, { from, to, venue }),
);

/** The headline figures of the visible events. */
export const summaryOf = memoizeLast(summarise);

/** Every exchange totalled per day, once per events file. */
export const daySeriesIndexOf = memoizeLast(buildDaySeriesIndex);

/**
 * The chart rows of the visible events. A date range alone reads the prepared days; a venue
 * narrows the events to a few deals, which are totalled directly.
 */
export const seriesOf = memoizeLast(
  (
    index: EventIndex,
    visible: ReturnType<typeof visibleEventsOf>,
    from: string | null,
    to: string | null,
    venue: string | null,
  ) =>
    venue === null ? seriesForRange(daySeriesIndexOf(index), from, to) : cumulativeSeries(visible),
);

/** Per-venue totals over the visible events. */
export const venueTotalsOf = memoizeLast(
  (venues: readonly Venue[], events: ReturnType<typeof visibleEventsOf>) =>
    venueTotals(venues, events),
);

/** A lookup by id. */
export const byIdOf = <T extends { id: string }>() =>
  memoizeLast((items: readonly T[]) => new Map(items.map((i) => [i.id, i])));
export const peopleById = byIdOf<Person>();
export const sourcesById = byIdOf<Source>();
export const venuesById = byIdOf<Venue>();

/** The search index over quotes and speakers' names. */
export const quoteIndexOf = memoizeLast(
  (quotes: readonly Quote[], people: ReadonlyMap<string, Person>) =>
    buildQuoteIndex(quotes, people),
);

/** The events a quote must be about: those tied to the chosen venue, or the chosen event's family. */
export const quoteEventScopeOf = memoizeLast(
  (
    index: EventIndex,
    visible: ReturnType<typeof visibleEventsOf>,
    venue: string | null,
    event: string | null,
  ) => {
    if (event !== null) return eventFamily(index, event);
    if (venue !== null) return idsOf(visible);
    return null;
  },
);

/** The quote browser's list, counts and groups for the whole UI state. */
export const quoteListOf = memoizeLast(
  (
    quotes: readonly Quote[],
    people: ReadonlyMap<string, Person>,
    scope: Set<string> | null,
    matches: Set<string> | null,
    from: string | null,
    to: string | null,
    speaker: string | null,
    side: string | null,
    sort: 'newest' | 'oldest',
  ) => {
    const beforeSpeaker = filterQuotesExceptSpeaker(quotes, people, {
      from,
      to,
      eventScope: scope,
      side,
      matches,
      speaker: null,
    });
    const shown = sortQuotes(filterBySpeaker(beforeSpeaker, speaker), sort);
    return {
      shown,
      groups: groupVariants(shown),
      speakers: speakerCounts(beforeSpeaker, people),
      total: quotes.length,
    };
  },
);

export { searchQuotes };
