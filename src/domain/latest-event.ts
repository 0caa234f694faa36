/** How far the record reaches: its latest confirmed event, for "as of" when a figure is cited. */
import type { EventIndex, PreparedEvent } from './event-index';

/**
 * The confirmed event that starts last (the list is in date order); null when none is confirmed.
 * Expected events are left out: an announced swap does not make the record newer than it is.
 */
export function latestConfirmed(index: EventIndex): PreparedEvent | null {
  for (let i = index.list.length - 1; i >= 0; i--) {
    const prepared = index.list[i]!;
    if (prepared.event.status === 'confirmed') return prepared;
  }
  return null;
}
