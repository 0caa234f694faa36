/** The chart's row nearest a moment: what a pointer over the plot points at. */
import { lowerBound } from './sorted';

/**
 * The index of the row whose time is nearest `t` (the earlier on a tie); null for no rows. Rows are
 * in time order, as the chart's series are.
 */
export function nearestRow(rows: readonly { t: number }[], t: number): number | null {
  if (rows.length === 0) return null;
  const times = rows.map((r) => r.t);
  const after = lowerBound(times, t);
  if (after >= rows.length) return rows.length - 1;
  if (after === 0) return 0;
  return t - times[after - 1]! <= times[after]! - t ? after - 1 : after;
}
