/**
 * The cumulative step chart on a true time axis. Recharts only draws finished rows; hover, click
 * and the keyboard cursor go to the store (selection, map highlight).
 */
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { wasPrerendered } from '../../components/use-hydrated';
import type { Ref } from 'react';
import type { ChartExport } from '../../components/chart-export';
import type { KeyboardEvent, RefObject } from 'react';
import { CartesianGrid, ComposedChart, Curve, Line, XAxis, YAxis } from 'recharts';
import type { LineDrawShapeProps, XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { axisTicks, niceAxis, plotScales } from '../../domain/chart-frame';
import type { PlotArea } from '../../domain/chart-frame';
import type { SeriesRow } from '../../domain/cumulative-series';
import { formatDate } from '../../domain/dates';
import { useAppStore } from '../../state/store';
import type { ChartMarker } from '../../domain/chart-markers';
import { formatAxisCount } from '../../domain/format-number';
import { layoutMarkerLabels } from '../../domain/marker-labels';
import { tallyBodies, tallyShape } from '../../domain/tally-bodies';
import type { TallyBody, TallyShape } from '../../domain/tally-bodies';
import { StaticPlot } from './static-plot';
import { PlainPointer } from './plain-pointer';
import { readerActed, whenReaderActs } from './reader-acted';

// The app's own month names, not Intl's: the prerender runs in Node, whose ICU writes "Sept" where
// the browser writes "Sep", and the hydrated text must match.
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const tickFormats = {
  month: { format: (t: number) => formatDate(dayOf(t), 'month') },
  day: { format: (t: number) => formatDate(dayOf(t), 'day').replace(/ \d{4}$/, '') },
};

// Equal swaps make the two sides' lines coincide: Ukraine is a wide pale band, Russia a thin line
// on top, so both stay visible.
const colours = {
  ukraine: 'var(--c-ukraine)',
  russia: 'var(--c-russia)',
};

/** The series the chart can draw: confirmed always, expected when any, the split on request. */
const lineSpecs = [
  {
    show: 'always',
    name: 'Returned to Ukraine (confirmed)',
    dataKey: 'ukraine',
    stroke: colours.ukraine,
    strokeOpacity: 0.45,
    strokeWidth: 7,
  },
  {
    show: 'always',
    name: 'Returned to Russia (confirmed)',
    dataKey: 'russia',
    stroke: colours.russia,
    strokeWidth: 2.5,
  },
  {
    show: 'expected',
    name: 'Ukraine incl. expected',
    dataKey: 'ukraineWithExpected',
    stroke: colours.ukraine,
    strokeDasharray: '6 4',
    strokeWidth: 2,
  },
  {
    show: 'expected',
    name: 'Russia incl. expected',
    dataKey: 'russiaWithExpected',
    stroke: colours.russia,
    strokeDasharray: '6 4',
    strokeWidth: 2,
  },
  {
    show: 'split',
    name: 'Ukraine: soldiers',
    dataKey: 'ukraineSoldiers',
    stroke: colours.ukraine,
    strokeDasharray: '1 3',
    strokeWidth: 2,
  },
  {
    show: 'split',
    name: 'Ukraine: civilians',
    dataKey: 'ukraineCivilians',
    stroke: '#5a8fd0',
    strokeWidth: 1.5,
  },
  {
    show: 'split',
    name: 'Russia: soldiers',
    dataKey: 'russiaSoldiers',
    stroke: colours.russia,
    strokeDasharray: '1 3',
    strokeWidth: 2,
  },
  {
    show: 'split',
    name: 'Russia: civilians',
    dataKey: 'russiaCivilians',
    stroke: '#d07a3a',
    strokeWidth: 1.5,
  },
] as const;

type LineSpec = (typeof lineSpecs)[number];

/** The bodies repatriated, drawn thin and dotted apart from the people returned. */
// One style for the bodies' lines, whoever draws them: recharts, the plain SVG, the keys.
const bodyLines = [
  {
    dataKey: 'ukraine',
    name: 'Bodies repatriated to Ukraine',
    stroke: '#4d4d4d',
    strokeWidth: 1.5,
    strokeDasharray: '2 2',
  },
  {
    dataKey: 'russia',
    name: 'Bodies repatriated to Russia',
    stroke: '#9a6b4f',
    strokeWidth: 1.5,
    strokeDasharray: '2 2',
  },
] as const;

/** The line specs to draw, one stable array per combination so the plot's memo holds. */
const lineSets = new Map<string, readonly LineSpec[]>();
function shownLines(
  split: boolean,
  hasExpected: boolean,
  splitWithData: readonly string[],
): readonly LineSpec[] {
  const key = `${split}-${hasExpected}-${splitWithData.join()}`;
  let lines = lineSets.get(key);
  if (!lines) {
    lines = lineSpecs.filter(
      (l) =>
        l.show === 'always' ||
        (l.show === 'expected' ? hasExpected : split && splitWithData.includes(l.dataKey)),
    );
    lineSets.set(key, lines);
  }
  return lines;
}

/**
 * The lines' drawing without the animation plumbing. Recharts measures every line's length
 * (getTotalLength, a forced layout) on each render to animate it; these lines never animate, so the
 * path is drawn without the ref that measurement reads.
 */
function StillLine(props: LineDrawShapeProps) {
  const {
    pathRef: _pathRef,
    animationElapsedTime: _elapsed,
    isAnimating: _animating,
    isEntrance: _entrance,
    visibleLength: _visible,
    ...curve
  } = props;
  return <Curve {...curve} />;
}

/** An official statement of people returned to Ukraine, drawn as a point beside the line. */
export interface TallyPoint {
  /** The statement's id: two statements can give the same figure on the same day. */
  id: string;
  t: number;
  figure: number;
  /** Who stated it: each body's points have their own shape. */
  body: TallyBody;
}

interface Props {
  rows: SeriesRow[];
  domain: [number, number];
  markers: ChartMarker[];
  tallies: readonly TallyPoint[];
  /** Bodies repatriated, cumulated, when asked for. */
  bodies: SeriesRow[] | null;
  split: boolean;
  hasExpected: boolean;
  /** The soldiers/civilians series with figures; the others get no line or key entry. */
  splitWithData: readonly string[];
  selectedTime: number | null;
  describe: (row: SeriesRow) => string;
  /**
   * Draw the plain SVG for good, never recharts (a large record): recharts draws each new range
   * twice, the second time a frame later when its own store catches up.
   */
  plain?: boolean;
}

/** Rows that carry at least one exchange: the stops of the keyboard cursor. */
function stops(rows: SeriesRow[]): number[] {
  return rows.flatMap((r, i) => (r.day.eventIds.length > 0 ? [i] : []));
}

// The plot's geometry, shared by recharts and the overlay lines drawn over it.
/** Before the first measurement (jsdom has no layout). */
const defaultHeight = 300;
// Two rows of marker codes fit above the plot.
const labelRow = 13;
const margin = { top: 4 + 2 * labelRow, right: 16, bottom: 4, left: 4 };
const yAxisWidth = 56;
const xAxisHeight = 30;
const plotLeft = margin.left + yAxisWidth;
/** The width the chart is drawn at before it is measured (the prerendered page); it scales. */
const staticWidth = 1000;

/**
 * The codes of the talks and agreements over their lines, laid out so that none overlap: codes
 * that would touch share one label, the rest are staggered on two rows.
 */
function MarkerLabels({
  markers,
  domain,
  width,
}: {
  markers: readonly ChartMarker[];
  domain: [number, number];
  width: number;
}) {
  const labels = layoutMarkerLabels(markers, domain, width - plotLeft - margin.right);
  return (
    <g className="chart-marker-labels" aria-hidden="true">
      {labels.map((l) => (
        <text
          key={l.ids.join(' ')}
          x={plotLeft + l.x}
          y={margin.top - 4 - l.row * labelRow}
          textAnchor="middle"
          fill="var(--c-text)"
          fontSize={11}
          data-codes={l.text}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}

/** Where recharts draws the plot inside a chart of this size (the margins and axes it is given). */
function plotArea(width: number, height: number): PlotArea {
  return {
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom - xAxisHeight,
    left: plotLeft,
  };
}

/**
 * The talks/agreement lines and the officials' figures, drawn as plain SVG on the plot's own
 * scales. As recharts Reference components each one re-ran the chart's selectors when it
 * registered: a hundred officials' figures cost most of a phone's first second.
 */
function Overlay({
  markers,
  tallies,
  domain,
  yTop,
  width,
  height,
}: {
  markers: readonly ChartMarker[];
  tallies: readonly TallyPoint[];
  domain: [number, number];
  yTop: number;
  width: number;
  height: number;
}) {
  const area = plotArea(width, height);
  const { top, bottom } = area;
  const { x, y: yOf } = plotScales(domain, yTop, area);
  const inside = (t: number) => t >= domain[0] && t <= domain[1];
  return (
    <g className="chart-overlay">
      {markers
        .filter((m) => inside(m.t))
        .map((m) => (
          <line
            key={m.id}
            className="chart-overlay__marker"
            x1={x(m.t)}
            x2={x(m.t)}
            y1={top}
            y2={bottom}
            stroke={m.event.type === 'talks' ? 'var(--c-kind-talks)' : 'var(--c-muted)'}
            strokeDasharray={m.event.type === 'talks' ? '2 3' : '6 3'}
          />
        ))}
      {tallies
        .filter((p) => inside(p.t))
        .map((p) => (
          <TallyMark
            key={p.id}
            className={`chart-overlay__tally chart-overlay__tally--${p.body}`}
            shape={tallyShape(p.body, x(p.t), yOf(p.figure), 4)}
            stroke="var(--c-ukraine)"
          />
        ))}
    </g>
  );
}

/** One official statement's point, in its body's shape. */
function TallyMark({
  shape,
  stroke,
  className,
}: {
  shape: TallyShape;
  stroke: string;
  className?: string;
}) {
  const paint = { className, fill: '#ffffff', stroke, strokeWidth: 2 };
  return shape.tag === 'circle' ? (
    <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...paint} />
  ) : (
    <polygon points={shape.points} strokeLinejoin="round" {...paint} />
  );
}

/** What recharts gives a custom tick (the same for both axes). */
type TickProps = XAxisTickContentProps | YAxisTickContentProps;

/**
 * An axis label as plain SVG text. recharts' own tick text measures its words in the DOM to wrap
 * them (a forced layout per label per render); these labels are short and never wrap.
 */
function AxisTick({ x, y, textAnchor, verticalAnchor, text }: TickProps & { text: string }) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      dominantBaseline={verticalAnchor === 'start' ? 'hanging' : 'central'}
      fill="var(--c-muted)"
      fontSize={12}
    >
      {text}
    </text>
  );
}

interface PlotProps {
  rows: SeriesRow[];
  domain: [number, number];
  markers: ChartMarker[];
  tallies: readonly TallyPoint[];
  bodies: SeriesRow[] | null;
  lines: readonly LineSpec[];
  onPick: (row: SeriesRow | undefined) => void;
  onHover: (row: SeriesRow | undefined) => void;
  /** recharts draws the plot (else the plain SVG, at the measured size once measured). */
  live: boolean;
}

/**
 * What recharts draws. Memoised on the data and the window: selecting an event or moving the
 * keyboard cursor only moves the overlay lines, without a recharts render.
 */
const ChartPlot = memo(function ChartPlot({
  rows,
  domain,
  markers,
  tallies,
  bodies,
  lines,
  onPick,
  onHover,
  live,
}: PlotProps) {
  const box = useRef<HTMLDivElement>(null);
  // The height is the stylesheet's (lower on a phone, the frame's in an embed), measured.
  const { width, height } = useSize(box);
  // The value scale is fixed here, not found by recharts, so the overlay shares it exactly.
  // At least 5: a window of a few people, or none, still gets whole-number steps, never "0.2".
  let highest = 5;
  for (const r of rows)
    for (const l of lines) highest = Math.max(highest, Number(r[l.dataKey] ?? 0));
  for (const r of bodies ?? []) highest = Math.max(highest, r.ukraine, r.russia);
  for (const p of tallies) highest = Math.max(highest, p.figure);
  const y = niceAxis(highest);
  // Until the box is measured the static plot stands in at a nominal width.
  const drawnWidth = width === 0 ? staticWidth : width;
  // The month labels are spaced by the plot's width, so recharts can show them all (interval 0)
  // without measuring each one in the DOM to drop overlaps.
  const ticks = axisTicks(
    domain,
    Math.max(2, Math.floor((drawnWidth - plotLeft - margin.right) / 84)),
  );
  return (
    <div ref={box} className="chart-plot">
      {width === 0 || !live ? (
        // Not measured yet (the server, the hydrating render, jsdom), or the prerendered page before
        // its reader has done anything: the same chart as plain SVG, at the measured size once
        // known. recharts takes over at the first pointer or key (see useLive).
        <StaticPlot
          rows={rows}
          lines={lines}
          domain={domain}
          frame={{ width: drawnWidth, height, ...plotArea(drawnWidth, height) }}
          yTop={y.top}
          yTicks={y.ticks.map((v) => ({ value: v, text: formatAxisCount(v) }))}
          xTicks={ticks.ticks.map((v) => ({ value: v, text: tickFormats[ticks.unit].format(v) }))}
          extra={bodies && { rows: bodies, lines: bodyLines }}
        >
          <MarkerLabels markers={markers} domain={domain} width={drawnWidth} />
          <Overlay
            markers={markers}
            tallies={tallies}
            domain={domain}
            yTop={y.top}
            width={drawnWidth}
            height={height}
          />
        </StaticPlot>
      ) : null}
      {/* Hover, tap and click, over recharts' drawing or the plain one: one tooltip for both. */}
      {width > 0 && (
        <PlainPointer
          rows={rows}
          domain={domain}
          area={plotArea(width, height)}
          width={width}
          onPick={onPick}
          onHover={onHover}
        />
      )}
      {width === 0 || !live ? null : (
        <ComposedChart
          width={width}
          height={height}
          data={rows}
          margin={margin}
          accessibilityLayer={false}
        >
          {/* No vertical lines, so none to place: recharts would otherwise measure every month
              label in the DOM to find them. */}
          <CartesianGrid
            stroke="#e4e2da"
            vertical={false}
            verticalCoordinatesGenerator={noPoints}
          />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks.ticks}
            interval={0}
            allowDataOverflow
            height={xAxisHeight}
            tick={(props: TickProps) => (
              <AxisTick
                {...props}
                text={tickFormats[ticks.unit].format(Number(props.payload.value))}
              />
            )}
          />
          <YAxis
            type="number"
            domain={[0, y.top]}
            ticks={y.ticks}
            allowDataOverflow
            tick={(props: TickProps) => (
              <AxisTick {...props} text={formatAxisCount(Number(props.payload.value))} />
            )}
            // Every tick shown: a handful of round numbers never overlap, and recharts need not
            // measure each label in the DOM to find out (a forced layout per render).
            interval={0}
            width={yAxisWidth}
            // No unit beside the axis: the title says what is counted (people; bodies apart, in
            // their own key), the plain drawing has none either, and a rotated "people" crossed
            // five-digit ticks on a phone.
          />
          <MarkerLabels markers={markers} domain={domain} width={width} />
          {bodies &&
            bodyLines.map((line) => (
              <Line
                key={line.dataKey}
                data={bodies}
                dataKey={line.dataKey}
                name={line.name}
                stroke={line.stroke}
                strokeWidth={line.strokeWidth}
                strokeDasharray={line.strokeDasharray}
                type="stepAfter"
                shape={StillLine}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          <Overlay
            markers={markers}
            tallies={tallies}
            domain={domain}
            yTop={y.top}
            width={width}
            height={height}
          />
          {lines.map(({ show: _show, ...line }) => (
            <Line
              key={line.dataKey}
              {...line}
              type="stepAfter"
              shape={StillLine}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      )}
    </div>
  );
});

const noPoints = () => [];

// The first chart mounted on a prerendered page is the one hydrating it; a later one (after a
// filter emptied the chart and another filled it) is drawn here and needs its size at once.
let chartMounted = false;

/**
 * Whether recharts draws the plot. On the prerendered page the plain SVG stays until the reader
 * first acts: recharts' first render (its store registering each axis and line, each a synchronous
 * re-render) was the one long task left in a phone's first load, and a reader who only reads never
 * needs it. A page rendered here draws with recharts at once; so does one asked for what only
 * recharts draws (`needed`: the bodies' lines).
 */
function useLive(needed: boolean): boolean {
  // Once the reader has acted, every chart drawn after (a new range, a remount) is live at once.
  const [live, setLive] = useState(() => readerActed() || !wasPrerendered());
  useEffect(() => {
    if (live) return;
    return whenReaderActs(() => startTransition(() => setLive(true)));
  }, [live]);
  return live || needed;
}

/**
 * The element's size: read before the first paint and followed as it resizes. Not recharts'
 * ResponsiveContainer, which draws nothing until its observer reports and then draws the whole
 * chart again for the ticks that suit the width — two full chart renders on every page load.
 */
function useSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: defaultHeight });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () =>
      setSize((old) => {
        const next = { width: element.clientWidth, height: element.clientHeight || defaultHeight };
        return old.width === next.width && old.height === next.height ? old : next;
      });
    // On the prerendered page the plain plot is already drawn (scaled to fit), so the size can wait
    // for the observer's first report, after the browser's own layout of the frame: reading it here
    // forced the layout of the whole page inside hydration's commit, the longest task a phone's
    // load had left (Lighthouse). A page rendered here needs it before the first paint.
    const observed = typeof ResizeObserver !== 'undefined';
    const hydrating = wasPrerendered() && !chartMounted;
    chartMounted = true;
    if (!observed || !hydrating) read();
    // jsdom has no layout and no ResizeObserver.
    if (!observed) return;
    // A resize redraws recharts' whole chart: in a transition, a render React slices.
    const observer = new ResizeObserver(() => startTransition(read));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/**
 * A vertical line at a time over the plot area (the selected exchange, the keyboard cursor),
 * placed with the same margins recharts uses; nothing when the time is outside the window.
 */
function TimeMark({
  t,
  domain,
  kind,
}: {
  t: number | null;
  domain: [number, number];
  kind: string;
}) {
  if (t === null || t < domain[0] || t > domain[1]) return null;
  const at = (t - domain[0]) / (domain[1] - domain[0]);
  return (
    <div
      className={`chart-mark chart-mark--${kind}`}
      aria-hidden="true"
      style={{
        left: `calc(${plotLeft}px + ${at} * (100% - ${plotLeft + margin.right}px))`,
        top: margin.top,
        bottom: margin.bottom + xAxisHeight,
      }}
    />
  );
}

/** One entry of the key per body whose statements are drawn. */
interface TallyKey {
  body: TallyBody;
  name: string;
  short: string;
}

function tallyKeyOf(tallies: readonly TallyPoint[]): TallyKey[] {
  const drawn = new Set(tallies.map((t) => t.body));
  return tallyBodies
    .filter((b) => drawn.has(b.body))
    .map((b) => ({ body: b.body, name: `Stated by ${b.name}`, short: b.short }));
}

/** The key to the lines shown, as text with a swatch drawn like each line. */
function LineKey({
  lines,
  tallies,
  bodies,
}: {
  lines: readonly LineSpec[];
  tallies: readonly TallyKey[];
  bodies: boolean;
}) {
  return (
    <ul className="chart-key" aria-label="Lines">
      {[...lines, ...(bodies ? bodyLines : [])].map((l) => (
        <li key={l.name}>
          <svg className="chart-key__swatch" viewBox="0 0 24 10" aria-hidden="true">
            <line
              x1="0"
              x2="24"
              y1="5"
              y2="5"
              stroke={l.stroke}
              strokeWidth={Math.min(l.strokeWidth, 6)}
              strokeOpacity={'strokeOpacity' in l ? l.strokeOpacity : 1}
              strokeDasharray={'strokeDasharray' in l ? l.strokeDasharray : undefined}
            />
          </svg>
          {l.name}
        </li>
      ))}
      {tallies.length > 0 && (
        // One entry, its shapes side by side: four lines of key would push a phone's chart down.
        <li className="chart-key__tallies">
          Official totals:
          {tallies.map((t) => (
            <span key={t.body} className="chart-key__tally">
              <svg className="chart-key__point" viewBox="0 0 10 10" aria-hidden="true">
                <TallyMark shape={tallyShape(t.body, 5, 5, 3.5)} stroke={colours.ukraine} />
              </svg>
              {t.short}
            </span>
          ))}
        </li>
      )}
    </ul>
  );
}

export function CumulativeChart({
  rows,
  domain,
  markers,
  tallies,
  bodies,
  split,
  hasExpected,
  splitWithData,
  selectedTime,
  describe,
  plain = false,
  exportRef,
}: Props & { exportRef?: Ref<ChartExport> }) {
  const surface = useRef<HTMLDivElement>(null);
  const live = useLive(bodies !== null) && !plain;
  const selectEvent = useAppStore((s) => s.selectEvent);
  const setHoveredEvent = useAppStore((s) => s.setHoveredEvent);
  const [cursor, setCursor] = useState<number | null>(null);
  const exchangeRows = stops(rows);
  const cursorRow = cursor === null ? undefined : rows[cursor];
  const lines = shownLines(split, hasExpected, splitWithData);
  const tallyKey = useMemo(() => tallyKeyOf(tallies), [tallies]);
  useImperativeHandle(exportRef, () => ({
    svg: () =>
      surface.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg, svg.chart-static') ??
      null,
    legend: () => [
      ...[...lines, ...(bodies ? bodyLines : [])].map((l) => ({
        name: l.name,
        stroke: l.stroke,
        dash: 'strokeDasharray' in l ? l.strokeDasharray : undefined,
        width: l.strokeWidth,
        opacity: 'strokeOpacity' in l ? l.strokeOpacity : undefined,
      })),
      ...tallyKey.map((t) => ({ name: t.name, stroke: colours.ukraine, point: t.body })),
    ],
  }));

  const onPick = useCallback(
    (row: SeriesRow | undefined) => {
      const id = row?.day.eventIds[0];
      if (id) selectEvent(id);
    },
    [selectEvent],
  );
  const onHover = useCallback(
    (row: SeriesRow | undefined) => {
      const id = row?.day.eventIds[0] ?? null;
      if (useAppStore.getState().hoveredEvent !== id) setHoveredEvent(id);
    },
    [setHoveredEvent],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (exchangeRows.length === 0) return;
    const at = cursor === null ? -1 : exchangeRows.indexOf(cursor);
    let next: number | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown')
      next = exchangeRows[Math.min(exchangeRows.length - 1, at + 1)];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp')
      next = exchangeRows[Math.max(0, at === -1 ? 0 : at - 1)];
    else if (e.key === 'Home') next = exchangeRows[0];
    else if (e.key === 'End') next = exchangeRows[exchangeRows.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      const id = cursorRow?.day.eventIds[0];
      if (id) selectEvent(id);
      e.preventDefault();
      return;
    } else if (e.key === 'Escape') {
      setCursor(null);
      setHoveredEvent(null);
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    setCursor(next);
    setHoveredEvent(rows[next]?.day.eventIds[0] ?? null);
  };

  return (
    <div className="chart-frame">
      <div
        ref={surface}
        className="chart-surface"
        tabIndex={0}
        role="group"
        aria-label="Cumulative chart. Left and right arrow keys move between exchanges; Enter selects one."
        onKeyDown={onKeyDown}
        onBlur={() => setHoveredEvent(null)}
      >
        <ChartPlot
          rows={rows}
          domain={domain}
          markers={markers}
          tallies={tallies}
          bodies={bodies}
          lines={lines}
          onPick={onPick}
          onHover={onHover}
          live={live}
        />
        <TimeMark t={selectedTime} domain={domain} kind="selected" />
        <TimeMark t={cursorRow?.t ?? null} domain={domain} kind="cursor" />
      </div>
      <LineKey lines={lines} tallies={tallyKey} bodies={bodies !== null} />
      <p className="chart-cursor" aria-live="polite">
        {cursorRow
          ? `${formatDate(cursorRow.date)}: ${describe(cursorRow)}. Press Enter to select.`
          : ''}
      </p>
    </div>
  );
}
