/**
 * Hover, tap and click on the plot, whichever draws it: recharts (the curated record, once the
 * reader acts) or the plain SVG (the prerendered page, and a large record for good, where recharts
 * drew every change of range or place twice). One layer over both finds the day under the pointer
 * on the plot's own scale and shows the tooltip: recharts' Tooltip was 9 KB gzip of the JS shipped.
 */
import { useRef, useState } from 'react';
import { plotScales } from '../../domain/chart-frame';
import type { PlotArea } from '../../domain/chart-frame';
import type { SeriesRow } from '../../domain/cumulative-series';
import { nearestRow } from '../../domain/nearest-row';
import { ChartTooltip } from './chart-tooltip';

/** Room kept between the pointer and the tooltip, and the tooltip's width for flipping sides. */
const offset = 12;
const tooltipWidth = 280;
/** Plots narrower than this (a phone's) show the tooltip under the plot, not over its lines. */
const dockBelowWidth = 2 * tooltipWidth;
/** Below the plot area: past the time axis's labels. */
const dockGap = 26;

export function PlainPointer({
  rows,
  domain,
  area,
  width,
  onPick,
  onHover,
}: {
  rows: readonly SeriesRow[];
  domain: readonly [number, number];
  area: PlotArea;
  width: number;
  onPick: (row: SeriesRow | undefined) => void;
  onHover: (row: SeriesRow | undefined) => void;
}) {
  const [active, setActive] = useState<{ index: number; x: number; y: number } | null>(null);
  const hovered = useRef<number | null>(null);
  const { x } = plotScales(domain, 1, area);
  const span = domain[1] - domain[0] || 1;

  /** The row nearest the pointer in time, and where the pointer is in the layer. */
  const under = (e: { clientX: number; clientY: number; currentTarget: HTMLElement }) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    if (px < area.left || px > area.right || py < area.top || py > area.bottom) return null;
    const t = domain[0] + ((px - area.left) / (area.right - area.left)) * span;
    const index = nearestRow(rows, t);
    return index === null ? null : { index, x: px, y: py };
  };
  const show = (at: { index: number; x: number; y: number } | null) => {
    setActive(at);
    const index = at?.index ?? null;
    if (hovered.current === index) return;
    hovered.current = index;
    onHover(index === null ? undefined : rows[index]);
  };

  const row = active === null ? undefined : rows[active.index];
  // Beside the pointer, on whichever side has room, and never past the plot's edges.
  const boxWidth = Math.min(tooltipWidth, width);
  const wanted =
    active === null || active.x + offset + boxWidth <= width
      ? (active?.x ?? 0) + offset
      : active.x - offset - boxWidth;
  const left = Math.max(0, Math.min(wanted, width - boxWidth));
  // On the pointer's left the box's content keeps to its right edge, next to the pointer.
  const onLeft = active !== null && left < active.x;
  // A phone's plot is narrower than the box: beside the finger it covered most of the lines the
  // reader was reading. It goes under the plot instead, over the key, for as long as it shows.
  const docked = width < dockBelowWidth;
  const place = docked
    ? { top: area.bottom + dockGap, left: 0, width }
    : { top: Math.max(0, (active?.y ?? 0) - 40), left, width: boxWidth };
  return (
    <div
      className="chart-pointer"
      onPointerMove={(e) => show(under(e))}
      onPointerLeave={() => show(null)}
      onClick={(e) => {
        const at = under(e);
        show(at);
        onPick(at === null ? undefined : rows[at.index]);
      }}
    >
      {row && (
        <>
          <div
            className="chart-pointer__line"
            aria-hidden="true"
            style={{ left: x(row.t), top: area.top, height: area.bottom - area.top }}
          />
          {row.day.eventIds.length > 0 && (
            <div
              className={`chart-pointer__tooltip${onLeft && !docked ? ' chart-pointer__tooltip--left' : ''}`}
              style={place}
            >
              <ChartTooltip row={row} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
