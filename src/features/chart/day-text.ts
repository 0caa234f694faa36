/**
 * What a day of the chart brought each side, in words. An exchange whose sources give no figure
 * for a side adds 0 to the line but must not read as "0 people": it is said to be not reported.
 */
import type { SeriesRow } from '../../domain/cumulative-series';
import { formatCount } from '../../domain/format-number';

type Side = 'ukraine' | 'russia';
const names: Record<Side, string> = { ukraine: 'Ukraine', russia: 'Russia' };

/** "200 to Ukraine", "to Ukraine: not reported", or "at least 200 to Ukraine (1 exchange without a figure)". */
export function daySideText(day: SeriesRow['day'], side: Side): string {
  const total = side === 'ukraine' ? day.toUkraine : day.toRussia;
  const missing = day.unreported[side];
  const name = names[side];
  if (missing === 0) return `${formatCount(total)} to ${name}`;
  if (day.reported[side] === 0) return `to ${name}: not reported`;
  const exchanges = missing === 1 ? '1 exchange' : `${formatCount(missing)} exchanges`;
  return `at least ${formatCount(total)} to ${name} (${exchanges} without a figure)`;
}
