/**
 * The chart drawn as plain SVG, without recharts: what the prerendered page shows before any
 * JavaScript runs (recharts draws nothing on the server), and what the first client render
 * hydrates before the plot is measured. It uses the same scales and geometry as the live chart,
 * in a viewBox, so it scales to its box and nothing moves when recharts takes over.
 */
import { plotScales } from '../../domain/chart-frame';
import type { PlotArea } from '../../domain/chart-frame';
import type { ReactNode } from 'react';
import type { SeriesRow } from '../../domain/cumulative-series';

/** One line to draw: the series' key and its stroke. */
export interface StaticLine {
  dataKey: keyof SeriesRow & string;
  stroke: string;
  strokeWidth: number;
  strokeOpacity?: number;
  strokeDasharray?: string;
}

/** The drawing's size, and the edges of the plot area inside it (the live chart's geometry). */
export interface PlotFrame extends PlotArea {
  width: number;
  height: number;
}

/** A step line (value held until the next day), as recharts' stepAfter draws it. */
export function stepPath(points: readonly (readonly [number, number])[]): string {
  return points
    .map(([x, y], i) => {
      if (i === 0) return `M${x.toFixed(1)},${y.toFixed(1)}`;
      return `H${x.toFixed(1)}V${y.toFixed(1)}`;
    })
    .join('');
}

/** The plain-SVG chart: grid, axis labels, `children` (the overlay), then the lines. */
export function StaticPlot({
  rows,
  lines,
  domain,
  frame,
  yTop,
  yTicks,
  xTicks,
  extra,
  children,
}: {
  rows: readonly SeriesRow[];
  lines: readonly StaticLine[];
  domain: readonly [number, number];
  frame: PlotFrame;
  yTop: number;
  yTicks: readonly { value: number; text: string }[];
  xTicks: readonly { value: number; text: string }[];
  /** Lines with rows of their own (the bodies), drawn under the main lines. */
  extra?: { rows: readonly SeriesRow[]; lines: readonly StaticLine[] } | null;
  children?: ReactNode;
}) {
  const { width, height, right, bottom, left } = frame;
  const { x, y } = plotScales(domain, yTop, frame);
  return (
    <svg
      className="chart-static"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Cumulative prisoners returned (chart)"
    >
      <g className="chart-static__grid" stroke="#e4e2da">
        {yTicks.map((t) => (
          <line key={t.value} x1={left} x2={right} y1={y(t.value)} y2={y(t.value)} />
        ))}
      </g>
      <g fill="var(--c-muted)" fontSize={12}>
        {yTicks.map((t) => (
          <text
            key={t.value}
            x={left - 8}
            y={y(t.value)}
            textAnchor="end"
            dominantBaseline="central"
          >
            {t.text}
          </text>
        ))}
        {xTicks.map((t) => (
          <text
            key={t.value}
            x={x(t.value)}
            y={bottom + 8}
            textAnchor="middle"
            dominantBaseline="hanging"
          >
            {t.text}
          </text>
        ))}
      </g>
      {extra && <LinePaths rows={extra.rows} lines={extra.lines} domain={domain} x={x} y={y} />}
      {children}
      <LinePaths rows={rows} lines={lines} domain={domain} x={x} y={y} />
    </svg>
  );
}

/** Each line as one step path, over the rows inside the window. */
function LinePaths({
  rows,
  lines,
  domain,
  x,
  y,
}: {
  rows: readonly SeriesRow[];
  lines: readonly StaticLine[];
  domain: readonly [number, number];
  x: (t: number) => number;
  y: (v: number) => number;
}) {
  return lines.map((l) => {
    const points = rows.flatMap((r) => {
      const v = r[l.dataKey];
      return typeof v === 'number' && r.t >= domain[0] && r.t <= domain[1]
        ? [[x(r.t), y(v)] as const]
        : [];
    });
    if (points.length === 0) return null;
    return (
      <path
        key={l.dataKey}
        className="chart-static__line"
        d={stepPath(points)}
        fill="none"
        stroke={l.stroke}
        strokeWidth={l.strokeWidth}
        strokeOpacity={l.strokeOpacity}
        strokeDasharray={l.strokeDasharray}
      />
    );
  });
}
