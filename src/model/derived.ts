/** The shared derivations, each remembered for its last inputs so every view reuses one result. */
import type { Person, Quote, Source, Venue } from '../data/schemas';
import type { EventRecord } from '../data/schemas';
import { buildEventIndex, eventFamily } from '../domain/event-index';
import type { EventIndex } from '../domain/event-index';
import { filterEvents, idsOf } from '../domain/filter-events';
import { memoizeLast } from '../domain/memo';
import { buildQuoteIndex } from '../domain/quote-search';
import {
  groupVariants,
  keepQuotes,
  keepSpeaker,
  orderQuotes,
  quotesAt,
  speakerCounts,
} from '../domain/quote-filter';
import type { QuoteOrder } from '../domain/quote-filter';
import { rangePresets } from '../domain/range-presets';
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

/** The range presets (years, talks rounds): they depend on the dataset, not on the filter. */
export const rangePresetsOf = memoizeLast(rangePresets);

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

// Each sort order of a quotes file, made the first time it is asked for.
const quoteOrders = new WeakMap<
  readonly Quote[],
  Partial<Record<'newest' | 'oldest', QuoteOrder>>
>();

/** The quotes file sorted one way, with spans: once per file and order. */
export function quoteOrderOf(quotes: readonly Quote[], sort: 'newest' | 'oldest'): QuoteOrder {
  let orders = quoteOrders.get(quotes);
  if (!orders) quoteOrders.set(quotes, (orders = {}));
  return (orders[sort] ??= orderQuotes(quotes, sort));
}

/** The quote browser's list, counts and groups for the whole UI state. */
export const quoteListOf = memoizeLast(
  (
    quotes: readonly Quote[],
    people: ReadonlyMap<string, Person>,
    scope: Set<string> | null,
    matches: Uint8Array | null,
    from: string | null,
    to: string | null,
    speaker: string | null,
    side: string | null,
    sort: 'newest' | 'oldest',
  ) => {
    const order = quoteOrderOf(quotes, sort);
    const beforeSpeaker = keepQuotes(order, people, {
      from,
      to,
      eventScope: scope,
      side,
      matches,
      speaker: null,
    });
    const kept = keepSpeaker(order, beforeSpeaker, speaker);
    const shown = quotesAt(order, kept);
    return {
      shown,
      groups: groupVariants(shown, (_q, at) => order.inFamily[kept[at]!] === 1),
      speakers: speakerCounts(order, beforeSpeaker, people),
      total: quotes.length,
    };
  },
);
