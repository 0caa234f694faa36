/** The rows the downloads hold: exactly the events and quotes on screen. */
import { eventRows, quoteRows } from '../domain/export-rows';
import { selectVisibleEvents } from './events';
import {
  selectEventsById,
  selectMediatorsById,
  selectPeopleById,
  selectSourcesById,
  selectVenuesById,
} from './lookups';
import { selectShownQuotes } from './quotes';
import { selector } from './selector';

/** The events shown, one row each. */
export const selectEventRows = selector(
  [selectVisibleEvents, selectVenuesById, selectSourcesById, selectMediatorsById],
  (visible, venues, sources, mediators) =>
    eventRows(
      visible.map((p) => p.event),
      venues,
      sources,
      mediators,
    ),
);

/** The quotes shown, one row each. */
export const selectQuoteRows = selector(
  [selectShownQuotes, selectPeopleById, selectSourcesById, selectEventsById],
  (shown, people, sources, events) => quoteRows(shown, people, sources, events),
);
