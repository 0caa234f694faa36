/**
 * The Node half of the benchmark: the project's date-range filter + per-day aggregation against
 * crossfilter2 on the same rows and ranges, and the cost of each step the app takes on first load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import crossfilter from 'crossfilter2';
import { checkReferences } from '../src/data/check-references';
import { parseJsonText } from '../src/data/parse-file';
import type { DataFileName } from '../src/data/file-names';
import type { Dataset, EventRecord } from '../src/data/schemas';
import {
  buildDaySeriesIndex,
  cumulativeSeries,
  seriesForRange,
} from '../src/domain/cumulative-series';
import { dayNumber, spanOf } from '../src/domain/dates';
import { buildEventIndex } from '../src/domain/event-index';
import { filterEvents } from '../src/domain/filter-events';
import { buildQuoteIndex, searchQuotes } from '../src/domain/quote-search';
import { readyInputs } from '../src/derived/inputs';
import { selectQuoteList, selectQuoteOrder } from '../src/derived/quotes';
import { rangePresets } from '../src/domain/range-presets';
import { venueTotals } from '../src/domain/venue-totals';

/** A date range as the UI sets it; null ends are open. */
export type Range = [string | null, string | null];

/** The same 22 ranges for both sides: all time, years, half-years, 2025's quarters, short windows. */
export function benchRanges(): Range[] {
  const ranges: Range[] = [[null, null]];
  for (let y = 2022; y <= 2026; y++) ranges.push([`${y}-01-01`, `${y}-12-31`]);
  for (let y = 2022; y <= 2026; y++)
    ranges.push([`${y}-01-01`, `${y}-06-30`], [`${y}-07-01`, `${y}-12-31`]);
  ranges.push(['2025-01-01', '2025-03-31'], ['2025-04-01', '2025-06-30']);
  ranges.push(['2025-07-01', '2025-09-30'], ['2025-10-01', '2025-12-31']);
  ranges.push(['2023-05-10', '2023-06-09'], ['2026-02-01', '2026-03-02']);
  return ranges;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2;
};
const ms = (t0: number) => performance.now() - t0;

/** What the comparison found; times in milliseconds. */
export interface CrossfilterComparison {
  rows: number;
  ranges: number;
  passes: number;
  ours: { indexBuild: number; perRangeMedian: number; total: number };
  crossfilter: { indexBuild: number; perRangeMedian: number; total: number };
  /** Our summed per-range time over crossfilter's: above 1 means crossfilter is faster. */
  ratio: number;
  /** Ranges where both sides found the same number of people (a check that they do the same work). */
  agreeingRanges: number;
}

/**
 * Times our filter + aggregation and crossfilter's on every range. Each pass walks the whole list so
 * every call changes the filter (crossfilter is incremental: repeating one range would cost it
 * nothing); the figure per range is the median over passes, the total their sum.
 */
export function compareWithCrossfilter(
  events: readonly EventRecord[],
  passes = 7,
): CrossfilterComparison {
  const ranges = benchRanges();
  let t0 = performance.now();
  const index = buildEventIndex(events);
  const days = buildDaySeriesIndex(index);
  const ourBuild = ms(t0);

  t0 = performance.now();
  const rows = events.map((e) => {
    const [first, last] = spanOf(e);
    const exchange = e.type === 'exchange';
    return {
      first,
      last,
      people: exchange ? (e.toUkraine?.total ?? 0) + (e.toRussia?.total ?? 0) : 0,
    };
  });
  const cf = crossfilter(rows);
  // Our filter keeps every span that overlaps the range (first <= to and last >= from): two range
  // filters. A group ignores its own dimension's filter, so days are grouped on a third dimension.
  const byFirst = cf.dimension((r) => r.first);
  const byLast = cf.dimension((r) => r.last);
  const perDay = cf
    .dimension((r) => r.first)
    .group<number, number>()
    .reduceSum((r) => r.people);
  const cfBuild = ms(t0);

  // What the chart does for a date range (src/model/derived.ts seriesOf): the prepared days.
  const ours = (range: Range) => {
    const series = seriesForRange(days, range[0], range[1]);
    const last = series[series.length - 1];
    const people = last
      ? (last.ukraineWithExpected ?? last.ukraine) + (last.russiaWithExpected ?? last.russia)
      : 0;
    return { series, people };
  };
  const theirs = (range: Range) => {
    const [from, to] = range;
    if (to === null) byFirst.filterAll();
    else byFirst.filterRange([-Infinity, dayNumber(to) + 1]);
    if (from === null) byLast.filterAll();
    else byLast.filterRange([dayNumber(from), Infinity]);
    // Running totals per day, the shape of the chart's series.
    const series: { day: number; total: number }[] = [];
    let total = 0;
    for (const g of perDay.all()) {
      if (g.value === 0) continue;
      total += g.value;
      series.push({ day: Number(g.key), total });
    }
    return { series, people: total };
  };

  let agreeing = 0;
  ranges.forEach((r) => {
    if (ours(r).people === theirs(r).people) agreeing += 1;
  });
  const oursTimes = ranges.map(() => [] as number[]);
  const theirTimes = ranges.map(() => [] as number[]);
  for (let pass = 0; pass < passes; pass++) {
    ranges.forEach((r, i) => {
      const t = performance.now();
      ours(r);
      oursTimes[i]?.push(ms(t));
    });
    ranges.forEach((r, i) => {
      const t = performance.now();
      theirs(r);
      theirTimes[i]?.push(ms(t));
    });
  }
  byFirst.filterAll();
  byLast.filterAll();
  const oursPer = oursTimes.map(median);
  const theirPer = theirTimes.map(median);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    rows: events.length,
    ranges: ranges.length,
    passes,
    ours: { indexBuild: ourBuild, perRangeMedian: median(oursPer), total: sum(oursPer) },
    crossfilter: { indexBuild: cfBuild, perRangeMedian: median(theirPer), total: sum(theirPer) },
    ratio: sum(oursPer) / sum(theirPer),
    agreeingRanges: agreeing,
  };
}

/**
 * What the app does before its views can show data, step by step, timed once each in Node (the same
 * V8 as Chromium, so the proportions carry over): decode, validate, check references, prepare.
 */
export function loadStages(dataDir: string): Record<string, number> {
  const times: Record<string, number> = {};
  const data: Partial<Dataset> = {};
  const load = <N extends DataFileName>(name: N) => {
    const text = readFileSync(join(dataDir, `${name}.json`), 'utf8');
    let t0 = performance.now();
    JSON.parse(text);
    times[`JSON.parse ${name}`] = ms(t0);
    t0 = performance.now();
    const parsed = parseJsonText(name, text);
    times[`parseJsonText ${name} (JSON + zod)`] = ms(t0);
    if (!parsed.ok) throw new Error(`${name}.json does not parse: ${parsed.problems[0]?.message}`);
    return parsed.data;
  };
  data.sources = load('sources');
  data.people = load('people');
  data.venues = load('venues');
  data.events = load('events');
  data.quotes = load('quotes');

  const time = <T>(label: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    times[label] = ms(t0);
    return out;
  };
  time('checkReferences (all files)', () => checkReferences(data));
  const index = time('buildEventIndex', () => buildEventIndex(data.events ?? []));
  const people = new Map((data.people ?? []).map((p) => [p.id, p]));
  const venues = new Map((data.venues ?? []).map((v) => [v.id, v]));
  const presets = time('rangePresets', () => rangePresets(index, venues));
  times['range preset buttons'] = presets.length;
  const visible = time('filterEvents (all time)', () =>
    filterEvents(index, { from: null, to: null, venue: null }),
  );
  time('cumulativeSeries (all time)', () => cumulativeSeries(visible));
  const days = time('buildDaySeriesIndex', () => buildDaySeriesIndex(index));
  time('seriesForRange (all time)', () => seriesForRange(days, null, null));
  time('venueTotals (all time)', () => venueTotals(data.venues ?? [], visible));
  const quoteIndex = time('buildQuoteIndex (MiniSearch)', () =>
    buildQuoteIndex(data.quotes ?? [], people),
  );
  time('searchQuotes "pri"', () => searchQuotes(quoteIndex, 'pri'));
  const quotes = data.quotes ?? [];
  const inputs = readyInputs({ ...data, quotes });
  time('selectQuoteOrder (newest; once per file)', () => selectQuoteOrder(inputs));
  // The app's own quote list (src/derived/quotes.ts), with the order above already made.
  time('selectQuoteList (all time: filter + group + speaker counts)', () =>
    selectQuoteList(inputs),
  );
  return times;
}
