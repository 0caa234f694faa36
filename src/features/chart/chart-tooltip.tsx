/** The chart's tooltip: the day's exchanges, their size per side, running totals, status and sources. */
import type { SeriesRow } from '../../domain/cumulative-series';
import { formatDate } from '../../domain/dates';
import { formatCount } from '../../domain/format-number';
import { daySideText } from './day-text';

/** Tooltip body for one row of the chart. */
export function ChartTooltip({ row }: { row: SeriesRow | undefined }) {
  if (!row || row.day.eventIds.length === 0) return null;
  const status = row.day.status === 'mixed' ? 'confirmed and expected' : row.day.status;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__date">{formatDate(row.date)}</p>
      <p>
        This day: {daySideText(row.day, 'ukraine')}, {daySideText(row.day, 'russia')}
        {row.day.eventIds.length > 1 ? ` (${row.day.eventIds.length} exchanges)` : ''}
      </p>
      <p>
        Running total (confirmed): {formatCount(row.ukraine)} to Ukraine, {formatCount(row.russia)}{' '}
        to Russia
      </p>
      <p>
        Status: {status} · {row.day.sources} {row.day.sources === 1 ? 'source' : 'sources'}
      </p>
    </div>
  );
}
