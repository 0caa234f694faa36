/**
 * The headline figures of a date range without re-reading its events: running totals per day, kept
 * once per events file, so a range's figures are the difference of two rows (plus the few
 * exchanges that began before the range and run into it).
 */
import { rangeDays } from './dates';
import { runningInto } from './event-index';
import type { EventIndex } from './event-index';
import { lowerBound } from './sorted';
import { addToSummaryRow, summaryFromRow, summaryWidth } from './summary';
import type { Summary } from './summary';

export interface SummaryDays {
  events: EventIndex;
  /** Each day on which an event starts, ascending. */
  dayNumbers: Int32Array;
  /** Row k: the figures of every event starting before dayNumbers[k] (row 0 is all zeros). */
  totalsBefore: Float64Array;
}

export function buildSummaryDays(events: EventIndex): SummaryDays {
  const list = events.list;
  let days = 0;
  for (let i = 0; i < list.length; i++)
    if (i === 0 || list[i]!.first !== list[i - 1]!.first) days++;
  const dayNumbers = new Int32Array(days);
  const totalsBefore = new Float64Array((days + 1) * summaryWidth);
  let day = -1;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (i === 0 || p.first !== list[i - 1]!.first) {
      day++;
      dayNumbers[day] = p.first;
      totalsBefore.copyWithin(
        (day + 1) * summaryWidth,
        day * summaryWidth,
        (day + 1) * summaryWidth,
      );
    }
    addToSummaryRow(totalsBefore, (day + 1) * summaryWidth, p.event);
  }
  return { events, dayNumbers, totalsBefore };
}

/** What summarise gives for the events a date range keeps (filterEvents with no place). */
export function summaryForRange(
  index: SummaryDays,
  from: string | null,
  to: string | null,
): Summary {
  const range = rangeDays(from, to);
  const [start, end] = range;
  // Every event starting inside the range overlaps it.
  const first = lowerBound(index.dayNumbers, start);
  const last = Math.max(first, lowerBound(index.dayNumbers, end + 1));
  const row = new Float64Array(summaryWidth);
  for (let k = 0; k < summaryWidth; k++)
    row[k] =
      index.totalsBefore[last * summaryWidth + k]! - index.totalsBefore[first * summaryWidth + k]!;
  // Those starting before it count when they run into it (a multi-day handover).
  for (const p of runningInto(index.events, range)) addToSummaryRow(row, 0, p.event);
  return summaryFromRow(row);
}
