/**
 * The overview strip under the chart: every month of the dataset, with two handles over the current
 * range. The handles are native range inputs, so the keyboard, touch and screen readers work as
 * they do anywhere; the range (and the URL with it) is written only when a drag ends or a key
 * step lands, never on every move.
 *
 * Not recharts' Brush: it slices its own chart to the selection, so once a range was set elsewhere
 * the strip showed only that range and a drag from there set the wrong months; it also re-ran a
 * whole second chart on every range change.
 */
import { memo, useCallback, useState } from 'react';
import type { CSSProperties } from 'react';
import { brushIndexes } from '../../domain/chart-frame';
import { formatDate } from '../../domain/dates';
import type { OverviewRow } from '../../domain/chart-frame';
import { useAppStore } from '../../state/store';
import { useHydrated } from '../../components/use-hydrated';

type Pair = readonly [number, number];

const ordered = ([a, b]: Pair): Pair => (a <= b ? [a, b] : [b, a]);

/** The strip's months as bars, scaled to the busiest month; drawn once per dataset. */
const OverviewBars = memo(function OverviewBars({ rows }: { rows: OverviewRow[] }) {
  const max = rows.reduce((m, r) => Math.max(m, r.people), 0) || 1;
  return (
    <svg
      className="range-brush__bars"
      viewBox={`0 0 ${rows.length - 1} 1`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      {rows.map((r, i) =>
        r.people > 0 ? (
          <rect
            key={r.from}
            x={i - 0.4}
            width={0.8}
            y={1 - r.people / max}
            height={r.people / max}
          />
        ) : null,
      )}
    </svg>
  );
});

interface HandleProps {
  which: 'start' | 'end';
  value: number;
  other: number;
  last: number;
  valueText: string;
  releaseRef: (input: HTMLInputElement | null) => (() => void) | undefined;
  onMove: (value: number) => void;
}

/** One end of the range: a native slider over the whole strip, of which only the thumb is grabbed. */
function BrushHandle({ which, value, other, last, valueText, releaseRef, onMove }: HandleProps) {
  return (
    <input
      type="range"
      className="range-brush__handle"
      data-handle={which}
      data-other={other}
      min={0}
      max={last}
      step={1}
      value={value}
      aria-label={which === 'start' ? 'Range start' : 'Range end'}
      aria-valuetext={valueText}
      ref={releaseRef}
      onChange={(e) => onMove(Number(e.currentTarget.value))}
    />
  );
}

/** Brushing the time axis sets the same date range as the From/To inputs. */
export function RangeBrush({ rows }: { rows: OverviewRow[] }) {
  const from = useAppStore((s) => s.from);
  const to = useAppStore((s) => s.to);
  const setRange = useAppStore((s) => s.setRange);
  const hydrated = useHydrated();
  // While a handle moves, the handles' positions are kept here; the store hears of it on release.
  // The handles may pass each other (two handles on one month would otherwise trap the one
  // underneath): the window is whatever lies between them.
  const [draft, setDraft] = useState<Pair | null>(null);
  const last = rows.length - 1;
  const [startAt, endAt] = draft ?? brushIndexes(rows, from, to);
  const [start, end] = ordered([startAt, endAt]);

  // A handle sets only its own end of the range: moving the start keeps the end as it was (an open
  // end stays open, a typed one stays as typed). A handle at the strip's first or last month leaves
  // that end open. Handles that crossed set both ends from where they lie.
  const commit = useCallback(
    (moved: 'start' | 'end', value: number, other: number) => {
      setDraft(null);
      const at = (i: number, end: 'from' | 'to') => {
        if (end === 'from') return i === 0 ? null : (rows[i]?.from ?? null);
        return i === rows.length - 1 ? null : (rows[i]?.to ?? null);
      };
      const { from, to } = useAppStore.getState();
      const crossed = moved === 'start' ? value > other : value < other;
      if (crossed) {
        const [a, b] = ordered([value, other]);
        setRange(at(a, 'from'), at(b, 'to'));
      } else if (moved === 'start') setRange(at(value, 'from'), to);
      else setRange(from, at(value, 'to'));
    },
    [rows, setRange],
  );

  // The native change event is the "released" signal: after a drag, or after each key step.
  const onRelease = useCallback(
    (input: HTMLInputElement | null) => {
      if (!input) return;
      const handler = () => {
        const other = input.dataset.other ? Number(input.dataset.other) : 0;
        commit(input.dataset.handle === 'start' ? 'start' : 'end', Number(input.value), other);
      };
      input.addEventListener('change', handler);
      return () => input.removeEventListener('change', handler);
    },
    [commit],
  );

  if (rows.length < 2) return null;
  const label = (i: number) => formatDate(rows[i]?.from ?? '', 'month');
  const frame = {
    '--brush-start': start / last,
    '--brush-end': end / last,
  } as CSSProperties;

  return (
    <div className="range-brush" data-testid="range-brush">
      <p className="range-brush__hint">
        Drag the handles to choose the date range (people exchanged per month).
      </p>
      {/* The static HTML may carry no style attribute (CSP): the window is placed once hydrated. */}
      <div className="range-brush__track" style={hydrated ? frame : undefined}>
        <OverviewBars rows={rows} />
        <div className="range-brush__window" aria-hidden="true" />
        <BrushHandle
          which="start"
          value={startAt}
          other={endAt}
          last={last}
          valueText={label(startAt)}
          releaseRef={onRelease}
          onMove={(v) => setDraft([v, endAt])}
        />
        <BrushHandle
          which="end"
          value={endAt}
          other={startAt}
          last={last}
          valueText={label(endAt)}
          releaseRef={onRelease}
          onMove={(v) => setDraft([startAt, v])}
        />
      </div>
      <p className="range-brush__ends" aria-hidden="true">
        <span>{label(0)}</span>
        <span className="range-brush__chosen">
          {label(start)} – {label(end)}
        </span>
        <span>{label(last)}</span>
      </p>
    </div>
  );
}
