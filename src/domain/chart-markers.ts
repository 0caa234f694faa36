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

/** The markers of the visible events, or none (and how many there were) when too many to read. */
export function chartMarkers(
  visible: readonly PreparedEvent[],
  limit = maxMarkers,
): { markers: ChartMarker[]; hiddenMarkers: number } {
  const candidates = visible.filter((p) => p.event.type !== 'exchange');
  // Past a dozen or so, labelled markers overlap into noise (and cost a node each): say how many
  // there are instead, until the range is narrow enough to show them.
  if (candidates.length > limit) return { markers: [], hiddenMarkers: candidates.length };
  let talks = 0;
  let deals = 0;
  const markers = candidates.map((p) => ({
    id: p.event.id,
    t: timeOf(p.event.date),
    code: p.event.type === 'talks' ? `T${++talks}` : `A${++deals}`,
    event: p.event,
  }));
  return { markers, hiddenMarkers: 0 };
}
