/** The events view-model: the filtered, date-ordered events and the selected one, from data + store. */
import { useMemo } from 'react';
import type { DataFileName, EventRecord, Source, Venue } from '../../data/schemas';
import type { Problem } from '../../data/problems';
import type { EventIndex, PreparedEvent } from '../../domain/event-index';
import { eventIndexOf, sourcesById, venuesById, visibleEventsOf } from '../../model/derived';
import { useViewData } from '../../model/use-view-data';
import { useAppStore } from '../../state/store';

// Module-level so useViewData sees the same array every render.
const files: readonly DataFileName[] = ['events', 'venues', 'sources'];
const noEvents: EventRecord[] = [];
const noVenues: Venue[] = [];
const noSources: Source[] = [];

/** The selected event as the detail needs it; `missing` when the id is not in the data. */
export type Selection =
  | { status: 'none' }
  | { status: 'missing'; id: string }
  | { status: 'found'; prepared: PreparedEvent; inFilter: boolean };

/** Everything the view renders once the data is ready. */
export interface EventsModel {
  index: EventIndex;
  visible: PreparedEvent[];
  venues: ReadonlyMap<string, Venue>;
  sources: ReadonlyMap<string, Source>;
  selection: Selection;
  /** The chosen venue's name, for saying why the list is short. */
  venueName: string | null;
}

/** What the view gets: loading, failed, or the model. */
export type EventsViewState =
  | { status: 'loading' }
  | { status: 'error'; problems: Problem[]; retry: () => void }
  | { status: 'ready'; model: EventsModel };

/** Reads the data and the store and derives the events view-model. */
export function useEventsModel(): EventsViewState {
  const view = useViewData(files);
  const from = useAppStore((s) => s.from);
  const to = useAppStore((s) => s.to);
  const venue = useAppStore((s) => s.venue);
  const event = useAppStore((s) => s.event);

  const data = view.status === 'ready' ? view.data : null;
  const events = data?.events ?? noEvents;
  const venueList = data?.venues ?? noVenues;
  const sourceList = data?.sources ?? noSources;

  const model = useMemo((): EventsModel => {
    const index = eventIndexOf(events);
    const visible = visibleEventsOf(index, from, to, venue);
    const venues = venuesById(venueList);
    let selection: Selection = { status: 'none' };
    if (event !== null) {
      const prepared = index.byId.get(event);
      selection = prepared
        ? { status: 'found', prepared, inFilter: visible.includes(prepared) }
        : { status: 'missing', id: event };
    }
    const venueName = venue === null ? null : (venues.get(venue)?.name ?? venue);
    return { index, visible, venues, sources: sourcesById(sourceList), selection, venueName };
  }, [events, venueList, sourceList, from, to, venue, event]);

  if (view.status === 'loading') return { status: 'loading' };
  if (view.status === 'error') return view;
  return { status: 'ready', model };
}
