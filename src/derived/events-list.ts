/** The exchanges view-model: the filtered, date-ordered events and the selected one. */
import type { Mediator, Source, Venue } from '../data/schemas';
import type { EventIndex, PreparedEvent } from '../domain/event-index';
import { selectEventIndex, selectVisibleEvents } from './events';
import { pick } from './inputs';
import { selectMediatorsById, selectSourcesById, selectVenuesById } from './lookups';
import { selector } from './selector';
import { selectSummary } from './summary';
import { viewOf } from './view-state';

/** The selected event as the detail needs it; `missing` when the id is not in the data. */
export type Selection =
  | { status: 'none' }
  | { status: 'missing'; id: string }
  | { status: 'found'; prepared: PreparedEvent; inFilter: boolean };

/** Everything the exchanges view renders. */
export interface EventsModel {
  index: EventIndex;
  visible: PreparedEvent[];
  venues: ReadonlyMap<string, Venue>;
  sources: ReadonlyMap<string, Source>;
  mediators: ReadonlyMap<string, Mediator>;
  selection: Selection;
  /** The chosen place's name, for saying why the list is short. */
  venueName: string | null;
  /**
   * The list's confirmed exchanges of people and of bodies, read from the headline's own figures
   * (same filter, same rule), so the list's count can say how it squares with the headline.
   */
  exchanges: { people: number; bodies: number };
}

/** The chosen event, found or not, and whether the filter shows it. */
export const selectEventSelection = selector(
  [selectEventIndex, selectVisibleEvents, pick.event],
  (index, visible, event): Selection => {
    if (event === null) return { status: 'none' };
    const prepared = index.byId.get(event);
    return prepared
      ? { status: 'found', prepared, inFilter: visible.includes(prepared) }
      : { status: 'missing', id: event };
  },
);

export const selectEventsModel = selector(
  [
    selectEventIndex,
    selectVisibleEvents,
    selectVenuesById,
    selectSourcesById,
    selectMediatorsById,
    selectEventSelection,
    pick.venue,
    selectSummary,
  ],
  (index, visible, venues, sources, mediators, selection, venue, summary): EventsModel => ({
    index,
    visible,
    venues,
    sources,
    mediators,
    selection,
    venueName: venue === null ? null : (venues.get(venue)?.name ?? venue),
    exchanges: {
      people: summary.exchanges.confirmed,
      bodies: summary.bodies.handovers,
    },
  }),
);

/** The files the exchanges view (and its download) needs: events, with places and sources. */
export const eventFiles = ['events', 'venues', 'sources'] as const;

/** The exchanges view. */
export const selectEventsView = viewOf(eventFiles, selectEventsModel, ['events']);
