/**
 * Prepared events: sorted by date with their spans and the venues of the deal behind them, computed
 * once per dataset so that every filter afterwards is a cheap pass.
 */
import type { EventRecord } from '../data/schemas';
import { spanOf } from './dates';
import { lowerBound, sortedByGroups } from './sorted';

/** An event with what every view needs precomputed. */
export interface PreparedEvent {
  event: EventRecord;
  first: number;
  last: number;
  /** Where it was held, handed over or received, plus where its deal was agreed. */
  dealVenues: string[];
  /** Where its deal was agreed (the talks behind its agreement). */
  agreedAt: string[];
  /** Who mediated it or the deal behind it (a stage inherits its agreement's mediators). */
  dealMediators: string[];
}

/** The whole events file, prepared. */
export interface EventIndex {
  list: PreparedEvent[];
  /** Each listed event's first day, in list order: what range searches bisect. */
  firstDays: Int32Array;
  /** The longest span in days: how far before a range an overlapping event can start. */
  maxSpan: number;
  byId: Map<string, PreparedEvent>;
  /** Events that carry out or follow from an event (agreement → stages, talks → agreements…). */
  children: Map<string, string[]>;
}

function parentIds(event: EventRecord): string[] {
  const ids: string[] = [];
  if (event.agreementId) ids.push(event.agreementId);
  if (event.talksId) ids.push(event.talksId);
  return ids;
}

/** The parents of an event, following agreement → talks links (cycle-safe). */
function ancestorsOf(event: EventRecord, byId: Map<string, EventRecord>): EventRecord[] {
  const found: EventRecord[] = [];
  const seen = new Set<string>([event.id]);
  const queue = parentIds(event);
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const parent = byId.get(id);
    if (!parent) continue;
    found.push(parent);
    queue.push(...parentIds(parent));
  }
  return found;
}

const idOrder = (a: PreparedEvent, b: PreparedEvent) =>
  a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;

// Each value once, in first-seen order; a new array either way.
const distinct = (values: readonly string[]) =>
  values.length < 2 ? values.slice() : [...new Set(values)];

function prepare(event: EventRecord, raw: Map<string, EventRecord>): PreparedEvent {
  const [first, last] = spanOf(event);
  // Most events stand alone or are the talks others follow from: no walk up a deal.
  const ancestors = event.agreementId || event.talksId ? ancestorsOf(event, raw) : [];
  const agreedAt = distinct(ancestors.flatMap((a) => (a.type === 'talks' ? a.venueIds : [])));
  return {
    event,
    first,
    last,
    agreedAt,
    dealVenues: distinct([...event.venueIds, ...agreedAt]),
    dealMediators: distinct([...event.mediators, ...ancestors.flatMap((a) => a.mediators)]),
  };
}

/** Prepares the events once: sort, spans, deal venues and the parent → children links. */
export function buildEventIndex(events: readonly EventRecord[]): EventIndex {
  return indexOfPrepared(prepareEvents(events));
}

/**
 * Each event's span, deal venues and mediators, in file order: the first half of buildEventIndex,
 * apart so that the page can do the halves in two slices (each a few hundred ms at 100,000 events).
 */
export function prepareEvents(events: readonly EventRecord[]): PreparedEvent[] {
  const raw = new Map<string, EventRecord>();
  for (const event of events) raw.set(event.id, event);
  return events.map((event) => prepare(event, raw));
}

/** The second half of buildEventIndex: prepared events sorted, with their lookups. */
export function indexOfPrepared(prepared: readonly PreparedEvent[]): EventIndex {
  // By first day, ties by id (see sortedByGroups).
  const list = sortedByGroups(
    prepared,
    (p) => p.first,
    (a, b) => a - b,
    idOrder,
  );
  const children = new Map<string, string[]>();
  const byId = new Map<string, PreparedEvent>();
  let maxSpan = 0;
  for (const p of list) {
    byId.set(p.event.id, p);
    if (p.last - p.first > maxSpan) maxSpan = p.last - p.first;
    for (const parent of parentIds(p.event)) {
      const siblings = children.get(parent);
      if (siblings) siblings.push(p.event.id);
      else children.set(parent, [p.event.id]);
    }
  }
  return {
    list,
    firstDays: Int32Array.from(list, (p) => p.first),
    maxSpan,
    byId,
    children,
  };
}

/** An event and everything that follows from it (its agreements and their stages). */
export function eventFamily(index: EventIndex, id: string): Set<string> {
  const family = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.pop();
    if (next === undefined || family.has(next)) continue;
    family.add(next);
    queue.push(...(index.children.get(next) ?? []));
  }
  return family;
}

/**
 * The events that start before days [start, end] and still run into it (a multi-day handover): the
 * few a range's running totals cannot hold, since those count events by the day they start. Only
 * events starting within the longest span before the range are looked at.
 */
export function runningInto(index: EventIndex, [start, end]: [number, number]): PreparedEvent[] {
  const found: PreparedEvent[] = [];
  const { list } = index;
  for (let i = lowerBound(index.firstDays, start - index.maxSpan); i < list.length; i++) {
    const p = list[i]!;
    if (p.first >= start) break;
    if (p.last >= start && p.first <= end) found.push(p);
  }
  return found;
}
