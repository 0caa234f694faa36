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
  const empty = new Int32Array(0);
  const atVenue = venue === null ? null : (positionsOf(index, 'dealVenues').get(venue) ?? empty);
  const byMediator =
    mediator === null ? null : (positionsOf(index, 'dealMediators').get(mediator) ?? empty);
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
const positions = new WeakMap<EventIndex, Partial<Record<KeyList, Map<string, Int32Array>>>>();

/**
 * Each place's (or mediator's) events as ascending positions in the list: built the first time a
 * place or mediator is chosen, not as part of every load (~50 ms at 100,000 events).
 */
function positionsOf(index: EventIndex, keys: KeyList): Map<string, Int32Array> {
  let built = positions.get(index);
  if (!built) positions.set(index, (built = {}));
  const known = built[keys];
  if (known) return known;
  const counts = new Map<string, number>();
  for (const p of index.list) for (const id of p[keys]) counts.set(id, (counts.get(id) ?? 0) + 1);
  const found = new Map<string, Int32Array>();
  for (const [id, n] of counts) found.set(id, new Int32Array(n));
  const filled = new Map<string, number>();
  index.list.forEach((p, at) => {
    for (const id of p[keys]) {
      const i = filled.get(id) ?? 0;
      found.get(id)![i] = at;
      filled.set(id, i + 1);
    }
  });
  return (built[keys] = found);
}

/** The ids of a list of prepared events. */
export function idsOf(events: readonly PreparedEvent[]): Set<string> {
  return new Set(events.map((p) => p.event.id));
}
