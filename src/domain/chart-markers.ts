/** The talks rounds and agreements drawn on the chart's time axis, numbered for its key. */
import type { EventRecord } from '../data/schemas';
import { timeOf } from './dates';
import type { PreparedEvent } from './event-index';

/** The most talks/agreement markers the time axis shows at once. */
export const maxMarkers = 16;

/** A talks round or agreement drawn on the time axis, numbered for its key. */
export interface ChartMarker {
  id: string;
  t: number;
  code: string;
  event: EventRecord;
}

/**
 * The codes of the talks rounds (T1, T2…) and agreements (A1…) of a whole events file, in date
 * order: an event keeps its code whatever the filter, so "T2" in a shared screenshot or export
 * always means the same round.
 */
export function markerCodes(events: readonly PreparedEvent[]): ReadonlyMap<string, string> {
  const codes = new Map<string, string>();
  let talks = 0;
  let deals = 0;
  for (const { event } of events) {
    if (event.type === 'talks') codes.set(event.id, `T${++talks}`);
    else if (event.type === 'agreement') codes.set(event.id, `A${++deals}`);
  }
  return codes;
}

/**
 * The markers of the visible events, coded from `codes` (by default numbered among the visible
 * ones), or none — and how many there were — when too many to read.
 */
export function chartMarkers(
  visible: readonly PreparedEvent[],
  limit = maxMarkers,
  codes: ReadonlyMap<string, string> = markerCodes(visible),
): { markers: ChartMarker[]; hiddenMarkers: number } {
  const candidates = visible.filter((p) => p.event.type !== 'exchange');
  // Past a dozen or so, labelled markers overlap into noise (and cost a node each): say how many
  // there are instead, until the range is narrow enough to show them.
  if (candidates.length > limit) return { markers: [], hiddenMarkers: candidates.length };
  const markers = candidates.map((p) => ({
    id: p.event.id,
    t: timeOf(p.event.date),
    code: codes.get(p.event.id) ?? '?',
    event: p.event,
  }));
  return { markers, hiddenMarkers: 0 };
}
