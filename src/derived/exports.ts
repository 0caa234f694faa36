/** The rows the downloads hold: exactly the events and quotes on screen. */
import { eventRows, quoteRows } from '../domain/export-rows';
import { selectVisibleEvents } from './events';
import { pick } from './inputs';
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
// The list's tab narrows what is shown, and so what is downloaded as shown.
export const selectEventRows = selector(
  [selectVisibleEvents, pick.type, selectVenuesById, selectSourcesById, selectMediatorsById],
  (visible, type, venues, sources, mediators) =>
    eventRows(
      visible.flatMap((p) => (type === null || p.event.type === type ? [p.event] : [])),
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
