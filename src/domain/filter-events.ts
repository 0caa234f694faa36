/** Which events a filter keeps: the date range and, when a venue is chosen, the deals tied to it. */
import { overlaps, rangeDays } from './dates';
import type { EventIndex, PreparedEvent } from './event-index';
import { lowerBound } from './sorted';

/** The part of the UI state that selects events. */
export interface EventFilter {
  from: string | null;
  to: string | null;
  venue: string | null;
  /** Only events this mediator took part in (or whose deal it mediated); null or absent: any. */
  mediator?: string | null;
}

/**
 * Events in the range; with a venue, only those held there and those carried out under deals agreed
 * there (Geneva → the Geneva talks, the agreement, and every stage of the exchange).
 */
export function filterEvents(index: EventIndex, filter: EventFilter): PreparedEvent[] {
  const range = rangeDays(filter.from, filter.to);
  const venue = filter.venue;
  const mediator = filter.mediator ?? null;
  // The list is sorted by first day: only events starting in [from − longest span, to] can overlap.
  const start = lowerBound(index.firstDays, range[0] - index.maxSpan);
  const end = lowerBound(index.firstDays, range[1] + 1);
  const keep = (p: PreparedEvent) =>
    overlaps([p.first, p.last], range) &&
    (venue === null || p.dealVenues.includes(venue)) &&
    (mediator === null || p.dealMediators.includes(mediator));
  if (venue === null && mediator === null) return index.list.slice(start, end).filter(keep);
  // A place or a mediator: walk its own events in that stretch of the list, not every event.
  const atVenue = venue === null ? null : positionsOf(index, 'dealVenues', venue);
  const byMediator = mediator === null ? null : positionsOf(index, 'dealMediators', mediator);
  const positions =
    atVenue === null || (byMediator !== null && byMediator.length < atVenue.length)
      ? byMediator!
      : atVenue;
  const kept: PreparedEvent[] = [];
  for (let k = lowerBound(positions, start); k < positions.length; k++) {
    const at = positions[k]!;
    if (at >= end) break;
    const p = index.list[at]!;
    if (keep(p)) kept.push(p);
  }
  return kept;
}

type KeyList = 'dealVenues' | 'dealMediators';
const positions = new WeakMap<EventIndex, Record<KeyList, Map<string, Int32Array>>>();

/**
 * One place's (or mediator's) events as ascending positions in the list, found by one pass the
 * first time it is chosen and kept: choosing it again walks only its own events. Not built for every
 * place at load, nor for all at the first choice (~50 ms at 100,000 events, one click's budget).
 */
function positionsOf(index: EventIndex, keys: KeyList, id: string): Int32Array {
  let built = positions.get(index);
  if (!built) positions.set(index, (built = { dealVenues: new Map(), dealMediators: new Map() }));
  let found = built[keys].get(id);
  if (!found) {
    const at: number[] = [];
    index.list.forEach((p, i) => {
      if (p[keys].includes(id)) at.push(i);
    });
    built[keys].set(id, (found = Int32Array.from(at)));
  }
  return found;
}

/** The ids of a list of prepared events. */
export function idsOf(events: readonly PreparedEvent[]): Set<string> {
  return new Set(events.map((p) => p.event.id));
}
