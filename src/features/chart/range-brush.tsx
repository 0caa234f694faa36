/**
 * The overview strip under the chart: every month of the dataset, with a brush over the current
 * range. The range is written (and the URL with it) only when a drag ends, never on every move.
 */
import { useRef } from 'react';
import { Bar, BarChart, Brush, ResponsiveContainer, XAxis } from 'recharts';
import { brushIndexes } from '../../domain/chart-frame';
import type { OverviewRow } from '../../domain/chart-frame';
import { useAppStore } from '../../state/store';

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Brushing the time axis sets the same date range as the From/To inputs. */
export function RangeBrush({ rows }: { rows: OverviewRow[] }) {
  const from = useAppStore((s) => s.from);
  const to = useAppStore((s) => s.to);
  const setRange = useAppStore((s) => s.setRange);
  // Moves are kept here and written once on release: the URL is never rewritten mid-drag.
  const pending = useRef<{ startIndex?: number; endIndex?: number } | null>(null);
  if (rows.length < 2) return null;
  const [startIndex, endIndex] = brushIndexes(rows, from, to);

  const commit = () => {
    const range = pending.current;
    pending.current = null;
    if (!range) return;
    const start = rows[range.startIndex ?? 0];
    const end = rows[range.endIndex ?? rows.length - 1];
    if (!start || !end) return;
    const whole = range.startIndex === 0 && range.endIndex === rows.length - 1;
    if (whole) setRange(null, null);
    else setRange(start.from, end.to);
  };

  return (
    <div className="range-brush" data-testid="range-brush">
      <p className="range-brush__hint" id="range-brush-hint">
        Drag the handles to choose the date range (people exchanged per month).
      </p>
      <ResponsiveContainer width="100%" height={70}>
        <BarChart
          data={rows}
          margin={{ top: 0, right: 16, bottom: 0, left: 60 }}
          accessibilityLayer={false}
        >
          <XAxis dataKey="t" hide />
          <Bar dataKey="people" fill="var(--c-muted)" isAnimationActive={false} />
          <Brush
            key={`${startIndex}-${endIndex}-${rows.length}`}
            dataKey="t"
            height={28}
            stroke="var(--c-text)"
            startIndex={startIndex}
            endIndex={endIndex}
            tickFormatter={(t: number) => monthFormat.format(t)}
            onChange={(range) => {
              pending.current = range;
            }}
            onDragEnd={commit}
            ariaLabel="Date range brush"
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
