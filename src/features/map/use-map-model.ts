/** The map's view-model: places with their totals and sizes, the selected place and exchange link. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EventRecord, Venue } from '../../data/schemas';
import type { EventIndex } from '../../domain/event-index';
import { filterEvents } from '../../domain/filter-events';
import { exchangeLinkOf } from '../../domain/map-links';
import type { ExchangeLink } from '../../domain/map-links';
import { markerRadii } from '../../domain/map-places';
import { venueTotals } from '../../domain/venue-totals';
import type { VenueTotals } from '../../domain/venue-totals';
import { eventIndexOf, venuesById } from '../../model/derived';
import { useAppStore } from '../../state/store';

/** Everything the map draws and lists. */
export interface MapModel {
  venues: readonly Venue[];
  index: EventIndex;
  totals: VenueTotals[];
  totalsById: ReadonlyMap<string, VenueTotals>;
  radii: ReadonlyMap<string, number>;
  selected: VenueTotals | null;
  link: ExchangeLink | null;
}

/**
 * Derives the map from the files and the store. Totals cover the date range only, not the chosen
 * place: choosing Geneva must not shrink every other marker to nothing.
 */
export function useMapModel(venues: readonly Venue[], events: readonly EventRecord[]): MapModel {
  const { from, to, venue, event } = useAppStore(
    useShallow((s) => ({ from: s.from, to: s.to, venue: s.venue, event: s.event })),
  );
  const index = eventIndexOf(events);
  const byId = venuesById(venues);
  const inRange = useMemo(() => filterEvents(index, { from, to, venue: null }), [index, from, to]);
  const totals = useMemo(() => venueTotals(venues, inRange), [venues, inRange]);
  const totalsById = useMemo(() => new Map(totals.map((t) => [t.venue.id, t])), [totals]);
  const radii = useMemo(() => markerRadii(totals), [totals]);
  const link = useMemo(() => exchangeLinkOf(index, byId, event), [index, byId, event]);
  const selected = venue === null ? null : (totalsById.get(venue) ?? null);
  return { venues, index, totals, totalsById, radii, selected, link };
}

/** Selects a place, or clears it when it is the selected one already (markers and list agree). */
export function toggleVenue(id: string): void {
  const { venue, selectVenue } = useAppStore.getState();
  selectVenue(venue === id ? null : id);
}
