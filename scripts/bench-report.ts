/** The benchmark's figures, their targets, and the printed table (figure | seed | 100k | target). */
import type { CrossfilterComparison } from './bench-node';
import type { Sample, WorstInteraction } from './bench-browser';

/** p50 / p95 (nearest rank) of a list of timings. */
export interface Spread {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles. */
export function spread(samples: readonly Sample[]): Spread | null {
  if (samples.length === 0) return null;
  const xs = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) =>
    xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;
  return { n: xs.length, p50: at(50), p95: at(95), max: xs[xs.length - 1] ?? NaN };
}

/** Everything measured for one dataset. */
export interface SizeResult {
  label: string;
  events: number;
  quotes: number;
  dataBytes: number;
  jsGzipTotal: number;
  cssGzipTotal: number;
  jsGzipInitial: number | null;
  cssGzipInitial: number | null;
  requestedBeforeReady: string[];
  navMs: number[];
  /** 'mark' (swapwatch:views-ready) or the probe's stand-in when the build sets no mark. */
  readySource: string;
  navMedianMs: number | null;
  /** Each cold load's longest task before views-ready (the page answered no input meanwhile). */
  loadLongestTaskMs: number[];
  /** Milestones of the first cold load (ms after navigation start). */
  loadPhases: Record<string, number>;
  range: Spread | null;
  keystroke: Spread | null;
  venueSelection: Spread | null;
  eventSelection: Spread | null;
  /**
   * The longest interaction of the four suites above, as the browser's Event Timing saw it. Only
   * input the browser receives counts: the typed dates are set by script (Playwright fills a date
   * field and fires its events itself), so of the range suite only the presets and drags are in it.
   */
  worstInteraction: WorstInteraction | null;
  samples: Record<string, Sample[]>;
  heapBytes: number | null;
  heapGrowth: { before: number; after: number; cycles: number; growthPct: number } | null;
  workers: number | null;
  crossfilter: CrossfilterComparison | null;
  /** Where a figure rests on fewer samples than asked for, and why. */
  notes: string[];
}

type Scale = 'small' | 'large';

interface Row {
  figure: string;
  value: (r: SizeResult) => number | null | undefined;
  format: (v: number) => string;
  /** Upper bound per scale; none for an informative row. */
  target?: Record<Scale, number>;
  targetText?: string;
  detail?: (r: SizeResult) => string;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const msf = (v: number) => `${Math.round(v)} ms`;
const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const pct = (v: number) => `${v.toFixed(1)} %`;
/** The middle value (the lower of two); null for none. */
export const medianOf = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const p50 = (sp: Spread | null) => (sp ? `p50 ${Math.round(sp.p50)}, n ${sp.n}` : '');
const navDetail = (r: SizeResult) =>
  [
    r.navMs.length < 5 ? `n ${r.navMs.length}` : '',
    r.readySource === 'mark' ? '' : 'no mark: views shown',
  ]
    .filter(Boolean)
    .join(', ');

/** The rows of the table, with the targets of the brief. */
export const rows: Row[] = [
  {
    figure: 'JS shipped, gzip (all assets)',
    value: (r) => r.jsGzipTotal,
    format: kb,
    target: { small: 300 * 1024, large: 300 * 1024 },
    targetText: '≤ 300 KB',
  },
  {
    figure: 'JS on initial load, gzip',
    value: (r) => r.jsGzipInitial,
    format: kb,
    target: { small: 300 * 1024, large: 300 * 1024 },
    targetText: '≤ 300 KB',
  },
  {
    figure: 'CSS shipped / initial, gzip',
    value: (r) => r.cssGzipTotal,
    format: kb,
    detail: (r) => (r.cssGzipInitial === null ? '' : `initial ${kb(r.cssGzipInitial)}`),
  },
  { figure: 'data files (raw bytes)', value: (r) => r.dataBytes, format: mb },
  {
    figure: 'nav → views-ready (median of 5 cold)',
    value: (r) => r.navMedianMs,
    format: s,
    target: { small: 1000, large: 2500 },
    targetText: '≤ 1.0 s / ≤ 2.5 s',
    detail: navDetail,
  },
  {
    figure: 'longest task while loading (median of the cold loads)',
    value: (r) => medianOf(r.loadLongestTaskMs),
    format: msf,
    detail: (r) =>
      r.loadLongestTaskMs.length === 0 ? '' : `loads: ${r.loadLongestTaskMs.join(', ')} ms`,
  },
  {
    figure: 'date-range change → painted, p95',
    value: (r) => r.range?.p95,
    format: msf,
    target: { small: 50, large: 100 },
    targetText: '≤ 50 / 100 ms',
    detail: (r) => p50(r.range),
  },
  {
    figure: 'search keystroke → painted, p95',
    value: (r) => r.keystroke?.p95,
    format: msf,
    target: { small: 30, large: 50 },
    targetText: '≤ 30 / 50 ms',
    detail: (r) => p50(r.keystroke),
  },
  {
    figure: 'venue selection → painted, p95',
    value: (r) => r.venueSelection?.p95,
    format: msf,
    target: { small: 50, large: 100 },
    targetText: '≤ 50 / 100 ms',
    detail: (r) => p50(r.venueSelection),
  },
  {
    figure: 'event selection → painted, p95',
    value: (r) => r.eventSelection?.p95,
    format: msf,
    target: { small: 50, large: 100 },
    targetText: '≤ 50 / 100 ms',
    detail: (r) => p50(r.eventSelection),
  },
  {
    figure: 'worst interaction (Event Timing duration)',
    value: (r) => r.worstInteraction?.ms,
    format: msf,
    target: { small: 200, large: 200 },
    targetText: '≤ 200 ms (INP good)',
    detail: (r) =>
      !r.worstInteraction
        ? ''
        : r.worstInteraction.count === 0
          ? 'none over 16 ms'
          : `${r.worstInteraction.name ?? ''}; ${r.worstInteraction.count} over 16 ms`,
  },
  {
    figure: 'JS heap after GC (main thread)',
    value: (r) => r.heapBytes,
    format: mb,
    target: { small: 30 * 1024 * 1024, large: 250 * 1024 * 1024 },
    targetText: '≤ 30 / 250 MB',
  },
  {
    figure: 'heap growth after 50 filter cycles',
    value: (r) => r.heapGrowth?.growthPct,
    format: pct,
    target: { small: 10, large: 10 },
    targetText: '≤ 10 %',
  },
  {
    figure: 'range filter + per-day series: ours / crossfilter',
    value: (r) => r.crossfilter?.ratio,
    format: (v) => `${v.toFixed(2)}×`,
    target: { small: 1, large: 1 },
    targetText: '≤ 1.0',
    detail: (r) =>
      r.crossfilter
        ? `${r.crossfilter.ours.perRangeMedian.toFixed(1)} vs ${r.crossfilter.crossfilter.perRangeMedian.toFixed(1)} ms/range`
        : '',
  },
  {
    figure: 'index build: ours / crossfilter',
    value: (r) => r.crossfilter?.ours.indexBuild,
    format: msf,
    detail: (r) => (r.crossfilter ? `vs ${msf(r.crossfilter.crossfilter.indexBuild)}` : ''),
  },
];

/** PASS / FAIL per judged figure, as stored in the JSON. */
export function verdicts(
  result: SizeResult,
  scale: Scale,
): Record<string, 'pass' | 'FAIL' | 'n/a'> {
  const out: Record<string, 'pass' | 'FAIL' | 'n/a'> = {};
  for (const row of rows) {
    if (!row.target) continue;
    const v = row.value(result);
    out[row.figure] =
      v === null || v === undefined || Number.isNaN(v)
        ? 'n/a'
        : v <= row.target[scale]
          ? 'pass'
          : 'FAIL';
  }
  return out;
}

/** The printed table: one column per dataset, each judged value marked pass or FAIL. */
export function formatTable(results: SizeResult[], scaleOf: (label: string) => Scale): string {
  const header = ['figure', ...results.map((r) => r.label), 'target'];
  const body = rows.map((row) => [
    row.figure,
    ...results.map((r) => {
      const v = row.value(r);
      if (v === null || v === undefined || Number.isNaN(v)) return '—';
      const verdict = row.target ? (v <= row.target[scaleOf(r.label)] ? ' pass' : ' FAIL') : '';
      const detail = row.detail?.(r);
      return `${row.format(v)}${verdict}${detail ? ` (${detail})` : ''}`;
    }),
    row.targetText ?? '',
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((line) => (line[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
