/**
 * The chart's data: people returned to each side, cumulated day by day. Confirmed and "including
 * expected" are separate series so the view can draw one solid and one dashed; rows are aggregated
 * per day and thinned to what the pixels can show.
 */
import { figureMissing, returnsBodies, returnsPeople } from './return-kind';
import type { EventRecord } from '../data/schemas';
import { isoFromDay, rangeDays } from './dates';
import { runningInto } from './event-index';
import type { EventIndex, PreparedEvent } from './event-index';
import { lowerBound } from './sorted';

/** One step of the chart. Values are running totals; null where a series is not drawn. */
export interface SeriesRow {
  /** UTC milliseconds of the day: the chart's true time axis. */
  t: number;
  date: string;
  ukraine: number;
  russia: number;
  ukraineWithExpected: number | null;
  russiaWithExpected: number | null;
  ukraineSoldiers: number;
  ukraineCivilians: number;
  russiaSoldiers: number;
  russiaCivilians: number;
  /** What happened that day (for the tooltip). */
  day: {
    eventIds: string[];
    toUkraine: number;
    toRussia: number;
    status: 'confirmed' | 'expected' | 'mixed';
    sources: number;
    /** How many of the day's exchanges give no figure for each side: their 0 is not a count. */
    unreported: SideCounts;
    /** How many of them give one. */
    reported: SideCounts;
  };
}

export interface SideCounts {
  ukraine: number;
  russia: number;
}

interface DayTotals {
  day: number;
  eventIds: string[];
  /** [confirmed, expected] per side. */
  ukraine: [number, number];
  russia: [number, number];
  /** Confirmed soldiers / civilians per side, where the articles give the split. */
  split: { ukS: number; ukC: number; ruS: number; ruC: number };
  statuses: Set<string>;
  sources: Set<string>;
  unreported: SideCounts;
  reported: SideCounts;
}

const msPerDay = 86_400_000;

function addDay(map: Map<number, DayTotals>, p: PreparedEvent): void {
  const e: EventRecord = p.event;
  let d = map.get(p.first);
  if (!d) {
    d = {
      day: p.first,
      eventIds: [],
      ukraine: [0, 0],
      russia: [0, 0],
      split: { ukS: 0, ukC: 0, ruS: 0, ruC: 0 },
      statuses: new Set(),
      sources: new Set(),
      unreported: { ukraine: 0, russia: 0 },
      reported: { ukraine: 0, russia: 0 },
    };
    map.set(p.first, d);
  }
  const slot = e.status === 'confirmed' ? 0 : 1;
  d.eventIds.push(e.id);
  d.ukraine[slot] += e.toUkraine?.total ?? 0;
  d.russia[slot] += e.toRussia?.total ?? 0;
  if (slot === 0) {
    d.split.ukS += e.toUkraine?.soldiers ?? 0;
    d.split.ukC += e.toUkraine?.civilians ?? 0;
    d.split.ruS += e.toRussia?.soldiers ?? 0;
    d.split.ruC += e.toRussia?.civilians ?? 0;
  }
  if (figureMissing(e, 'toUkraine')) d.unreported.ukraine++;
  else d.reported.ukraine++;
  if (figureMissing(e, 'toRussia')) d.unreported.russia++;
  else d.reported.russia++;
  d.statuses.add(e.status);
  e.evidence.forEach((ev) => d.sources.add(ev.sourceId));
}

/**
 * Per-day totals of the exchanges of people among the given events, earliest day first (bodies
 * are never people returned; `bodies` totals those alone, for their own series).
 */
function dayTotalsOf(events: Iterable<PreparedEvent>, bodies = false): DayTotals[] {
  const days = new Map<number, DayTotals>();
  const wanted = bodies ? returnsBodies : returnsPeople;
  for (const p of events) if (wanted(p.event)) addDay(days, p);
  return [...days.values()].sort((a, b) => a.day - b.day);
}

/** Builds the cumulative rows from the exchanges among the given events (any order). */
export function cumulativeSeries(events: readonly PreparedEvent[], maxRows = 800): SeriesRow[] {
  return rowsFromDays(dayTotalsOf(events), maxRows);
}

/** The bodies repatriated to each side, cumulated: drawn on their own, only when asked for. */
export function bodiesSeries(events: readonly PreparedEvent[], maxRows = 800): SeriesRow[] {
  return rowsFromDays(dayTotalsOf(events, true), maxRows);
}

/**
 * Every exchange of a dataset totalled per day, once: what crossfilter's groups hold. A date
 * range then takes a slice of days instead of re-reading every event.
 */
export interface DaySeriesIndex {
  events: EventIndex;
  days: DayTotals[];
  /** The day numbers of `days`, for binary search. */
  dayNumbers: Int32Array;
}

export function buildDaySeriesIndex(events: EventIndex): DaySeriesIndex {
  const days = dayTotalsOf(events.list);
  return { events, days, dayNumbers: Int32Array.from(days, (d) => d.day) };
}

/**
 * The same rows as cumulativeSeries over the events a date range keeps (filterEvents with no
 * venue), from the prepared days: the days inside the range are a slice, and only exchanges that
 * start before the range and run into it are looked at one by one.
 */
export function seriesForRange(
  index: DaySeriesIndex,
  from: string | null,
  to: string | null,
  maxRows = 800,
): SeriesRow[] {
  const [start, end] = rangeDays(from, to);
  // Exchanges starting before the range but still running on its first day (a multi-day handover).
  const straddling = runningInto(index.events, [start, end]);
  const inside = index.days.slice(
    lowerBound(index.dayNumbers, start),
    lowerBound(index.dayNumbers, end + 1),
  );
  const days = straddling.length > 0 ? [...dayTotalsOf(straddling), ...inside] : inside;
  return rowsFromDays(days, maxRows);
}

/** Running totals over days in order, thinned to maxRows. */
function rowsFromDays(sorted: readonly DayTotals[], maxRows: number): SeriesRow[] {
  const rows: SeriesRow[] = [];
  let uk = 0;
  let ru = 0;
  let ukExp = 0;
  let ruExp = 0;
  let ukS = 0;
  let ukC = 0;
  let ruS = 0;
  let ruC = 0;
  for (const d of sorted) {
    uk += d.ukraine[0];
    ru += d.russia[0];
    ukExp += d.ukraine[1];
    ruExp += d.russia[1];
    ukS += d.split.ukS;
    ukC += d.split.ukC;
    ruS += d.split.ruS;
    ruC += d.split.ruC;
    rows.push({
      t: d.day * msPerDay,
      date: isoFromDay(d.day),
      ukraine: uk,
      russia: ru,
      ukraineWithExpected: uk + ukExp,
      russiaWithExpected: ru + ruExp,
      ukraineSoldiers: ukS,
      ukraineCivilians: ukC,
      russiaSoldiers: ruS,
      russiaCivilians: ruC,
      day: {
        eventIds: d.eventIds,
        toUkraine: d.ukraine[0] + d.ukraine[1],
        toRussia: d.russia[0] + d.russia[1],
        status:
          d.statuses.size > 1 ? 'mixed' : d.statuses.has('expected') ? 'expected' : 'confirmed',
        sources: d.sources.size,
        unreported: d.unreported,
        reported: d.reported,
      },
    });
  }
  return hideUnchangedExpected(thin(rows, maxRows));
}

/**
 * The dashed "including expected" line is only drawn where it differs from the confirmed one, plus
 * the row just before, so that it starts from the solid line.
 */
function hideUnchangedExpected(rows: SeriesRow[]): SeriesRow[] {
  const differs = rows.map(
    (r) => r.ukraineWithExpected !== r.ukraine || r.russiaWithExpected !== r.russia,
  );
  return rows.map((r, i) =>
    differs[i] || differs[i + 1]
      ? r
      : { ...r, ukraineWithExpected: null, russiaWithExpected: null },
  );
}

/**
 * Keeps at most maxRows rows by taking the last row of each equal slice of time: running totals
 * only grow, so the last row of a slice is exact for its end and the steps stay honest.
 */
export function thin(rows: SeriesRow[], maxRows: number): SeriesRow[] {
  if (rows.length <= maxRows) return rows;
  const first = rows[0]?.t ?? 0;
  const span = (rows[rows.length - 1]?.t ?? first) - first || 1;
  const kept: SeriesRow[] = [];
  let bucket = -1;
  for (const row of rows) {
    const b = Math.min(maxRows - 1, Math.floor(((row.t - first) / span) * maxRows));
    if (b !== bucket || kept.length === 0) kept.push(row);
    else kept[kept.length - 1] = mergeDay(kept[kept.length - 1]!, row);
    bucket = b;
  }
  return kept;
}

function mergeDay(earlier: SeriesRow, later: SeriesRow): SeriesRow {
  return {
    ...later,
    day: {
      eventIds: [...earlier.day.eventIds, ...later.day.eventIds].slice(0, 50),
      toUkraine: earlier.day.toUkraine + later.day.toUkraine,
      toRussia: earlier.day.toRussia + later.day.toRussia,
      status: earlier.day.status === later.day.status ? later.day.status : 'mixed',
      sources: earlier.day.sources + later.day.sources,
      unreported: addSides(earlier.day.unreported, later.day.unreported),
      reported: addSides(earlier.day.reported, later.day.reported),
    },
  };
}

function addSides(a: SideCounts, b: SideCounts): SideCounts {
  return { ukraine: a.ukraine + b.ukraine, russia: a.russia + b.russia };
}
