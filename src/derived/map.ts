/** The map's view-model: places with their totals and sizes, the selected place and exchange link. */
import type { Venue } from '../data/schemas';
import { rangeDays } from '../domain/dates';
import type { EventIndex, PreparedEvent } from '../domain/event-index';
import { exchangeLinkOf } from '../domain/map-links';
import type { ExchangeLink } from '../domain/map-links';
import { markerRadii } from '../domain/map-places';
import { rankPlaces } from '../domain/map-place-rank';
import { sizeLegend } from '../domain/map-size-legend';
import type { SizeStep } from '../domain/map-size-legend';
import { buildVenueIndex, venueTotalsForDays } from '../domain/venue-index';
import { venueTotals } from '../domain/venue-totals';
import type { VenueTotals } from '../domain/venue-totals';
import { filterEvents } from '../domain/filter-events';
import { selectEventIndex, selectVisibleEvents } from './events';
import { pick } from './inputs';
import { selectVenuesById } from './lookups';
import { selector } from './selector';
import { viewOf } from './view-state';

/** Each place's running counts over the events file, once per file. */
export const selectVenueIndex = selector([selectEventIndex], buildVenueIndex);

/**
 * Per-place totals over the date range only, not the chosen place: choosing Geneva must not shrink
 * every other marker to nothing. These size the markers and fill the place list.
 */
export const selectVenueTotalsInRange = selector(
  [pick.venues, selectVenueIndex, pick.from, pick.to, pick.mediator],
  (venues, venueIndex, from, to, mediator) =>
    mediator === null
      ? venueTotalsForDays(venues ?? [], venueIndex, rangeDays(from, to))
      : venueTotals(
          venues ?? [],
          filterEvents(venueIndex.index, { from, to, venue: null, mediator }),
        ),
);

/** Marker radii by place, scaled to the largest total in range. */
export const selectMarkerRadii = selector([selectVenueTotalsInRange], markerRadii);

/** Which places keep their spot and their name when markers or labels collide. */
export const selectPlaceRanks = selector([selectVenueTotalsInRange], rankPlaces);

/** The size key's round numbers of people, at the radii the markers use. */
export const selectSizeLegend = selector([selectVenueTotalsInRange], sizeLegend);

/** The selected exchange's line from where it was agreed to where people were handed over. */
export const selectExchangeLink = selector(
  [selectEventIndex, selectVenuesById, pick.event],
  exchangeLinkOf,
);

/** Everything the map draws and lists. */
export interface MapModel {
  venues: readonly Venue[];
  index: EventIndex;
  totals: VenueTotals[];
  totalsById: ReadonlyMap<string, VenueTotals>;
  radii: ReadonlyMap<string, number>;
  ranks: ReadonlyMap<string, number>;
  sizeLegend: readonly SizeStep[];
  selected: VenueTotals | null;
  /** The events tied to the selected place (in the range, of the chosen mediator), by date. */
  selectedEvents: readonly PreparedEvent[];
  link: ExchangeLink | null;
  /** A date range is set: the sizes and the place's events are the range's. */
  ranged: boolean;
  /**
   * Places with no event in the chosen dates or of the chosen mediator: drawn faded, so a 2025
   * view does not show Geneva (talks in 2026) as if deals were struck there then.
   */
  quiet: ReadonlySet<string>;
  /** Why they are faded, for their labels and the key: "in the selected dates", "with …". */
  quietWhy: string;
}

const noPlaces: ReadonlySet<string> = new Set();

const selectQuietPlaces = selector(
  [selectVenueTotalsInRange, pick.from, pick.to, pick.mediator],
  (totals, from, to, mediator): ReadonlySet<string> =>
    from === null && to === null && mediator === null
      ? noPlaces
      : new Set(totals.filter((t) => t.events === 0).map((t) => t.venue.id)),
);

const selectTotalsById = selector(
  [selectVenueTotalsInRange],
  (totals) => new Map(totals.map((t) => [t.venue.id, t])),
);

export const selectMapModel = selector(
  [
    pick.venues,
    selectEventIndex,
    selectVenueTotalsInRange,
    selectTotalsById,
    selectMarkerRadii,
    selectPlaceRanks,
    selectSizeLegend,
    selectExchangeLink,
    pick.venue,
    selectVisibleEvents,
    pick.from,
    pick.to,
    selectQuietPlaces,
    pick.mediator,
  ],
  (
    venues,
    index,
    totals,
    totalsById,
    radii,
    ranks,
    legend,
    link,
    venue,
    visible,
    from,
    to,
    quiet,
    mediator,
  ): MapModel => ({
    venues: venues ?? [],
    index,
    totals,
    totalsById,
    radii,
    ranks,
    sizeLegend: legend,
    link,
    selected: venue === null ? null : (totalsById.get(venue) ?? null),
    // With a place chosen, the visible events are exactly those tied to it.
    selectedEvents: venue === null ? [] : visible,
    ranged: from !== null || to !== null,
    quiet,
    quietWhy: [
      from !== null || to !== null ? 'in the selected dates' : '',
      mediator !== null ? 'with the chosen mediator' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }),
);

/** The map view: it needs the places and the events. */
export const selectMapView = viewOf(['venues', 'events'], selectMapModel);
