/** Fits the cumulative rows to the chart's time window, and builds the overview the brush moves over. */
import { returnsPeople } from './return-kind';
import type { SeriesRow } from './cumulative-series';
import { isoFromDay, timeOf } from './dates';
import type { PreparedEvent } from './event-index';

const msPerDay = 86_400_000;

/**
 * The time window (UTC ms) the chart shows: the range when set, else the data with a margin; the
 * end never lies more than the margin past the last data.
 */
export function chartDomain(
  rows: readonly SeriesRow[],
  markers: readonly number[],
  from: string | null,
  to: string | null,
): [number, number] {
  const times = [...rows.map((r) => r.t), ...markers];
  const min = times.length ? Math.min(...times) : Date.UTC(2025, 0, 1);
  const max = times.length ? Math.max(...times) : Date.UTC(2026, 0, 1);
  const margin = Math.max(7 * msPerDay, (max - min) * 0.03);
  // The window ends at the range's end, but never runs past the last data by more than the
  // margin: the "2026" view stops at the latest exchange instead of a flat line to December.
  const dataEnd = max + margin;
  const end = to ? timeOf(to) + msPerDay - 1 : dataEnd;
  return [from ? timeOf(from) : min - margin, times.length ? Math.min(end, dataEnd) : end];
}

const emptyDay: SeriesRow['day'] = {
  eventIds: [],
  toUkraine: 0,
  toRussia: 0,
  status: 'confirmed',
  sources: 0,
  unreported: { ukraine: 0, russia: 0 },
  reported: { ukraine: 0, russia: 0 },
};

/**
 * Adds a zero row at the window's start and a closing row at its end, so each step line starts from
 * nothing and runs to the edge instead of stopping at the last exchange.
 */
export function frameRows(rows: readonly SeriesRow[], domain: [number, number]): SeriesRow[] {
  const first: SeriesRow = {
    t: domain[0],
    date: isoFromDay(Math.floor(domain[0] / msPerDay)),
    ukraine: 0,
    russia: 0,
    ukraineWithExpected: null,
    russiaWithExpected: null,
    ukraineSoldiers: 0,
    ukraineCivilians: 0,
    russiaSoldiers: 0,
    russiaCivilians: 0,
    day: emptyDay,
  };
  const last = rows[rows.length - 1];
  const framed = rows[0] && rows[0].t <= domain[0] ? [...rows] : [first, ...rows];
  if (last && last.t < domain[1]) {
    framed.push({
      ...last,
      t: domain[1],
      date: isoFromDay(Math.floor(domain[1] / msPerDay)),
      day: emptyDay,
    });
  }
  return framed;
}

/** A month of the overview strip under the chart. */
export interface OverviewRow {
  /** First day of the month. */
  from: string;
  /** Last day of the month. */
  to: string;
  t: number;
  people: number;
}

/** One row per month from the first to the last event: what the brush selects, in real time steps. */
export function overviewMonths(events: readonly PreparedEvent[]): OverviewRow[] {
  if (events.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const p of events) {
    min = Math.min(min, p.first);
    max = Math.max(max, p.first);
  }
  const perMonth = new Map<string, number>();
  for (const { event } of events) {
    if (!returnsPeople(event)) continue;
    const key = event.date.slice(0, 7);
    perMonth.set(
      key,
      (perMonth.get(key) ?? 0) + (event.toUkraine?.total ?? 0) + (event.toRussia?.total ?? 0),
    );
  }
  const rows: OverviewRow[] = [];
  const start = new Date(min * msPerDay);
  const end = new Date(max * msPerDay);
  for (
    let y = start.getUTCFullYear(), m = start.getUTCMonth();
    y < end.getUTCFullYear() || (y === end.getUTCFullYear() && m <= end.getUTCMonth());
    m === 11 ? ((m = 0), (y += 1)) : (m += 1)
  ) {
    const from = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
    rows.push({ from, to, t: timeOf(from), people: perMonth.get(from.slice(0, 7)) ?? 0 });
  }
  return rows;
}

/** The overview rows a date range covers, as brush indexes (the whole strip when open). */
export function brushIndexes(
  rows: readonly OverviewRow[],
  from: string | null,
  to: string | null,
): [number, number] {
  const last = Math.max(0, rows.length - 1);
  const start = from ? rows.findIndex((r) => r.to >= from) : 0;
  let end = last;
  if (to) {
    const after = rows.findIndex((r) => r.from > to);
    end = after === -1 ? last : Math.max(0, after - 1);
  }
  return [start === -1 ? last : start, Math.max(start === -1 ? last : start, end)];
}

/** Month steps a time axis may use, smallest first. */
const monthSteps = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * Ticks on the first day of a month, spaced so that at most maxTicks fall inside the window.
 * Giving the axis these (rather than letting the chart find and measure its own every render) keeps
 * the labels on whole months, and the same label texts from one range to the next.
 * A window that holds a first of the month always gets at least one tick.
 */
export function monthTicks(domain: readonly [number, number], maxTicks = 10): number[] {
  const [start, end] = domain;
  if (!(end > start)) return [];
  const first = new Date(start);
  // The first month whose first day lies inside the window, and the last.
  let firstMonth = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (monthStart(firstMonth) < start) firstMonth += 1;
  const last = new Date(end);
  const lastMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  const inside = lastMonth - firstMonth + 1;
  if (inside <= 0) return [];
  const limit = Math.max(1, maxTicks);
  // Steps of a quarter or more start on a multiple of the step (Jan, Apr…; whole years). Counting
  // the ticks a step really gives, not estimating them from the span, matters: aligned steps can
  // miss a short window altogether (5-year steps over 1970-01-02…1974-01-01 give none).
  for (const step of monthSteps) {
    const ticks = stepTicks(Math.ceil(firstMonth / step) * step, lastMonth, step);
    if (ticks.length > 0 && ticks.length <= limit) return ticks;
  }
  return stepTicks(firstMonth, lastMonth, Math.ceil(inside / limit));
}

function monthStart(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1);
}

function stepTicks(from: number, lastMonth: number, step: number): number[] {
  const ticks: number[] = [];
  for (let m = from; m <= lastMonth; m += step) ticks.push(monthStart(m));
  return ticks;
}

/** Day steps a short window's axis may use, smallest first. */
const daySteps = [1, 2, 7, 14];

/**
 * The axis ticks for a window: whole months when at least two fall inside, else days (a week's
 * talks get "12 May", "13 May"… rather than one lonely month label or none).
 */
export function axisTicks(
  domain: readonly [number, number],
  maxTicks = 10,
): { ticks: number[]; unit: 'month' | 'day' } {
  const months = monthTicks(domain, maxTicks);
  if (months.length >= 2 || !(domain[1] > domain[0])) return { ticks: months, unit: 'month' };
  const firstDay = Math.ceil(domain[0] / msPerDay);
  const lastDay = Math.floor(domain[1] / msPerDay);
  const limit = Math.max(1, maxTicks);
  for (const step of daySteps) {
    // Weeks start on Mondays (1970-01-05 was one); other steps count from the window's first day.
    const start = step === 7 || step === 14 ? firstDay + mod(4 - firstDay, 7) : firstDay;
    const ticks: number[] = [];
    for (let d = start; d <= lastDay; d += step) ticks.push(d * msPerDay);
    if (ticks.length <= limit) return { ticks, unit: 'day' };
  }
  return { ticks: months, unit: 'month' };
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/**
 * A value axis from zero: round ticks (1, 2, 2.5 or 5 × a power of ten) up to the first one at or
 * above `max`, at most `maxTicks` steps. The chart fixes its scale with these, so what it draws
 * itself (markers, officials' figures) sits on the same scale as the lines.
 */
export function niceAxis(max: number, maxTicks = 5): { top: number; ticks: number[] } {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, ticks: [0, 1] };
  const rough = max / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return { top, ticks };
}

/** The plot area in pixels: where the axes' ends are drawn. */
export interface PlotArea {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The plot's two scales: a time to x and a value (from zero to `yTop`) to y. One definition for
 * everything drawn on the plot outside recharts (the static first view, markers, officials'
 * figures), so none can drift from another.
 */
export function plotScales(domain: readonly [number, number], yTop: number, area: PlotArea) {
  const span = domain[1] - domain[0] || 1;
  return {
    x: (t: number) => area.left + ((t - domain[0]) / span) * (area.right - area.left),
    y: (v: number) => area.bottom - (v / (yTop || 1)) * (area.bottom - area.top),
  };
}
