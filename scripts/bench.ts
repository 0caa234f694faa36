/**
 * Swapwatch's performance benchmark. Builds the app once, serves it with each dataset (the curated
 * seed data; 100k events + 100k quotes generated; optionally 1M events), drives Debian's Chromium
 * with Playwright, compares the range filter with crossfilter2 in Node, measures at 100k the floor
 * a load in workers could reach (bench-floor.ts), prints a table against the targets and writes the
 * figures as JSON. Exits non-zero only when the benchmark itself broke.
 *
 *   npx tsx scripts/bench.ts [--sizes seed,100k[,1m]] [--out FILE] [--events N --quotes M]
 *                            [--skip-build] [--dist DIR] [--profile] [--no-lighthouse]
 *
 * --dist DIR benchmarks an existing build (another branch, a patched copy) instead of building.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import type { EventRecord } from '../src/data/schemas';
import {
  Budget,
  coldLoad,
  eventSelections,
  heapAfterGc,
  heapGrowth,
  keystrokes,
  openPage,
  resetInteractions,
  worstInteraction,
  rangeChanges,
  stuckReason,
  venueSelections,
  withTimeout,
} from './bench-browser';
import type { ColdLoad, RunError, Sample } from './bench-browser';
import { buildFloor, formatFloor, measureFloor } from './bench-floor';
import type { FloorResult } from './bench-floor';
import { compareWithCrossfilter, loadStages } from './bench-node';
import { formatLighthouse, lighthouseSummary } from './bench-lighthouse';
import type { LighthouseSummary } from './bench-lighthouse';
import { profileSize } from './bench-profile';
import { formatTable, medianOf, spread, verdicts } from './bench-report';
import type { SizeResult } from './bench-report';
import { chromiumLaunchOptions } from './chromium';
import { serveStatic } from './bench-server';
import type { StaticServer } from './bench-server';
import { generateDataset, writeDataset } from './gen-data';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(os.tmpdir(), 'swapwatch-bench');
const coldLoads = 5;

interface SizeSpec {
  label: string;
  /** null: the seed data shipped in the build. */
  generate: { events: number; quotes: number; seed: number } | null;
  scale: 'small' | 'large';
}

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const events = value('events');
  const quotes = value('quotes');
  const custom = events !== undefined || quotes !== undefined;
  const sizes = (value('sizes') ?? 'seed,100k').split(',').map((x) => x.trim());
  const specs: SizeSpec[] = sizes.map((label) => {
    if (label === 'seed') return { label, generate: null, scale: 'small' };
    if (label === '100k' && custom) {
      const n = Number(events ?? 100_000);
      const m = Number(quotes ?? 100_000);
      return {
        label: `${n} ev / ${m} q`,
        generate: { events: n, quotes: m, seed: 1 },
        scale: 'large',
      };
    }
    if (label === '100k')
      return { label, generate: { events: 100_000, quotes: 100_000, seed: 1 }, scale: 'large' };
    if (label === '1m')
      return { label, generate: { events: 1_000_000, quotes: 100_000, seed: 1 }, scale: 'large' };
    throw new Error(`unknown size "${label}" (seed, 100k or 1m)`);
  });
  return {
    specs,
    out: resolve(root, value('out') ?? 'bench-results/latest.json'),
    skipBuild: argv.includes('--skip-build'),
    dist: value('dist') === undefined ? null : resolve(String(value('dist'))),
    profile: argv.includes('--profile'),
    lighthouse: !argv.includes('--no-lighthouse'),
  };
}

function build(outDir: string, extra: string[] = []): void {
  const started = performance.now();
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', ...extra], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (run.status !== 0)
    throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`.slice(-4000));
  console.log(`built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Gzip bytes of every JS and CSS file in dist/assets. */
function assetSizes(dist: string): Map<string, { type: 'js' | 'css'; gzip: number }> {
  const sizes = new Map<string, { type: 'js' | 'css'; gzip: number }>();
  for (const file of readdirSync(join(dist, 'assets'))) {
    const type = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (type)
      sizes.set(file, { type, gzip: gzipSync(readFileSync(join(dist, 'assets', file))).length });
  }
  return sizes;
}

/** The data folder for a size, generated (once per parameters) into a copy of the build's data/. */
function prepareData(dist: string, spec: SizeSpec): { dir: string; events: EventRecord[] | null } {
  if (spec.generate === null) return { dir: join(dist, 'data'), events: null };
  const dir = join(
    work,
    `data-${spec.generate.events}-${spec.generate.quotes}-${spec.generate.seed}`,
  );
  const marker = join(dir, 'generated.json');
  const started = performance.now();
  const dataset = generateDataset(spec.generate);
  // Written compact, as the build ships data files (scripts/compact-data.ts).
  const made = JSON.stringify({ ...spec.generate, compact: true });
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== made) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(dist, 'data'), dir, { recursive: true });
    writeDataset(dataset, dir, { compact: true });
    writeFileSync(marker, made);
  }
  console.log(
    `${spec.label}: data ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`,
  );
  return { dir, events: dataset.events };
}

function dataBytes(dir: string): number {
  return ['sources', 'people', 'venues', 'events', 'quotes'].reduce(
    (n, f) => n + statSync(join(dir, `${f}.json`)).size,
    0,
  );
}

/** Time limits: a slow app must not make the run unbounded (each is generous for a fast one). */
const limits = {
  small: { firstLoad: 60_000, allLoads: 60_000, suite: 60_000 },
  large: { firstLoad: 240_000, allLoads: 60_000, suite: 30_000 },
};

async function runSize(
  browser: Browser,
  url: string,
  spec: SizeSpec,
  dataDir: string,
  assets: ReturnType<typeof assetSizes>,
  errors: RunError[],
): Promise<SizeResult> {
  const step = (name: string) => `${spec.label}: ${name}`;
  const limit = limits[spec.scale];
  const notes: string[] = [];
  const navMs: number[] = [];
  const longestTasks: number[] = [];
  let first: ColdLoad | null = null;
  let kept: Awaited<ReturnType<typeof openPage>> | null = null;
  const loadsStarted = performance.now();
  // Up to five cold loads; after the first, only while the loads' budget lasts.
  for (let i = 0; i < coldLoads; i++) {
    if (i > 0 && performance.now() - loadsStarted > limit.allLoads) {
      notes.push(
        `nav: ${i} cold load(s) instead of ${coldLoads}: each took too long for the run's budget`,
      );
      break;
    }
    const opened = await openPage(browser);
    const last = i === coldLoads - 1 || performance.now() - loadsStarted > limit.allLoads;
    try {
      const load = await coldLoad(opened.page, url, i === 0 ? limit.firstLoad : limit.allLoads);
      navMs.push(load.navToReadyMs);
      if (load.longestTaskMs !== null) longestTasks.push(load.longestTaskMs);
      first ??= load;
      console.log(
        `${spec.label}: cold load ${i + 1}: ${Math.round(load.navToReadyMs)} ms (${load.readySource})`,
      );
      if (last || performance.now() - loadsStarted > limit.allLoads) kept = opened;
    } catch (e) {
      errors.push({ step: step(`cold load ${i + 1}`), message: String(e) });
    } finally {
      if (kept !== opened) await opened.context.close();
    }
    if (kept) break;
  }
  const requested = first?.requested ?? [];
  const initial = (type: 'js' | 'css') =>
    first === null
      ? null
      : [...new Set(requested.map((p) => p.split('/').pop() ?? ''))].reduce((n, f) => {
          const a = assets.get(f);
          return a && a.type === type ? n + a.gzip : n;
        }, 0);
  const total = (type: 'js' | 'css') =>
    [...assets.values()].filter((a) => a.type === type).reduce((n, a) => n + a.gzip, 0);
  const result: SizeResult = {
    label: spec.label,
    events: spec.generate?.events ?? countRecords(dataDir, 'events'),
    quotes: spec.generate?.quotes ?? countRecords(dataDir, 'quotes'),
    dataBytes: dataBytes(dataDir),
    jsGzipTotal: total('js'),
    cssGzipTotal: total('css'),
    jsGzipInitial: initial('js'),
    cssGzipInitial: initial('css'),
    requestedBeforeReady: requested,
    navMs,
    readySource: first?.readySource ?? '',
    navMedianMs: medianOf(navMs),
    loadLongestTaskMs: longestTasks,
    loadPhases: first?.phases ?? {},
    range: null,
    keystroke: null,
    venueSelection: null,
    eventSelection: null,
    worstInteraction: null,
    samples: {},
    heapBytes: null,
    heapGrowth: null,
    workers: null,
    crossfilter: null,
    notes,
  };
  if (!kept) return result;

  const { context, page } = kept;
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  try {
    const cdp = await context.newCDPSession(page);
    result.workers = page.workers().length;
    result.heapBytes = await heapAfterGc(cdp);
    const measure = async (name: string, fn: (budget: Budget) => Promise<Sample[]>) => {
      const started = performance.now();
      const budget = new Budget(limit.suite);
      const stuck = stuckReason(page);
      if (crashed || stuck) {
        notes.push(`${name}: not measured (${crashed ? 'the page crashed' : stuck})`);
        return null;
      }
      try {
        result.samples[name] = await fn(budget);
      } catch (e) {
        errors.push({
          step: step(name),
          message: crashed ? 'the page crashed (out of memory?)' : String(e),
        });
        result.samples[name] = [];
      }
      if (budget.note) notes.push(`${name}: ${budget.note}`);
      const n = result.samples[name]?.length ?? 0;
      console.log(
        `${spec.label}: ${name}: ${n} samples in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      return spread(result.samples[name] ?? []);
    };
    await resetInteractions(page);
    result.range = await measure('range change', (b) => rangeChanges(page, b));
    result.keystroke = await measure('keystroke', (b) => keystrokes(page, b));
    result.venueSelection = await measure('venue selection', (b) => venueSelections(page, b));
    result.eventSelection = await measure('event selection', (b) => eventSelections(page, b));
    if (!crashed && !stuckReason(page)) result.worstInteraction = await worstInteraction(page);
    const budget = new Budget(limit.suite);
    try {
      const stuck = stuckReason(page);
      if (crashed || stuck)
        notes.push(`heap growth: not measured (${crashed ? 'the page crashed' : stuck})`);
      else result.heapGrowth = await heapGrowth(page, cdp, budget);
    } catch (e) {
      errors.push({
        step: step('heap growth'),
        message: crashed ? 'the page crashed (out of memory?)' : String(e),
      });
    }
    if (budget.note) notes.push(`heap growth: ${budget.note}`);
  } finally {
    // A page still busy with a long render can hold up closing; the browser closes at the end anyway.
    await withTimeout(context.close(), 15_000, 'closing the page').catch(() => undefined);
  }
  if (crashed) notes.push('the page crashed during the interactions');
  return result;
}

function countRecords(dir: string, name: string): number {
  const parsed: unknown = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  return Array.isArray(parsed) ? parsed.length : 0;
}

/** What the run has so far: the watchdog writes it too, so a stuck run still leaves its figures. */
const run = {
  out: resolve(root, 'bench-results/latest.json'),
  specs: [] as SizeSpec[],
  results: [] as SizeResult[],
  errors: [] as RunError[],
  profiles: {} as Record<string, unknown>,
  lighthouse: [] as LighthouseSummary[],
  floor: {} as Record<string, FloorResult[]>,
  chromium: '',
  loadBefore: os.loadavg(),
};

/** Prints the table, notes and errors, and writes the JSON report. */
function finish(): void {
  const scaleOf = (label: string) => run.specs.find((s) => s.label === label)?.scale ?? 'large';
  const table = formatTable(run.results, scaleOf);
  console.log(`\n${table}\n`);
  if (run.lighthouse.length > 0) console.log(`${formatLighthouse(run.lighthouse)}\n`);
  for (const floor of Object.values(run.floor)) console.log(`${formatFloor(floor)}\n`);
  for (const r of run.results) for (const n of r.notes) console.log(`note ${r.label}: ${n}`);
  for (const r of run.results)
    if (Object.keys(r.loadPhases).length > 0)
      console.log(
        `load phases ${r.label} (ms after navigation): ${Object.entries(r.loadPhases)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}, views ready ${Math.round(r.navMs[0] ?? NaN)}`,
      );
  for (const e of run.errors) console.error(`ERROR ${e.step}: ${e.message}`);
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    totalMemoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    // Other work on the machine slows every figure: the load average says how busy it was.
    loadAverage: { before: run.loadBefore, after: os.loadavg() },
    os: `${os.platform()} ${os.release()}`,
    chromium: run.chromium,
    node: process.version,
    date: new Date().toISOString(),
  };
  const report = {
    machine,
    results: run.results.map((r) => ({ ...r, verdicts: verdicts(r, scaleOf(r.label)) })),
    profiles: run.profiles,
    lighthouse: run.lighthouse,
    floor: run.floor,
    table,
    errors: run.errors,
  };
  mkdirSync(dirname(run.out), { recursive: true });
  writeFileSync(run.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${run.out}`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  run.out = args.out;
  run.specs = args.specs;
  mkdirSync(work, { recursive: true });
  const dist = args.dist ?? join(work, 'dist-bench');
  let browser: Browser | null = null;
  let server: StaticServer | null = null;
  try {
    if (args.dist === null && (!args.skipBuild || !existsSync(join(dist, 'index.html'))))
      build(dist);
    const assets = assetSizes(dist);
    browser = await chromium.launch({ ...chromiumLaunchOptions(), timeout: 60_000 });
    run.chromium = browser.version();
    if (args.lighthouse) {
      // The shipped build and data, served as a host would (gzip), before the heavy sizes.
      server = await serveStatic(dist, null, { gzip: true });
      for (const preset of ['mobile', 'desktop'] as const) {
        console.log(`Lighthouse ${preset}: 3 runs…`);
        run.lighthouse.push(await lighthouseSummary(server.url, preset));
      }
      await server.close();
      server = null;
    }
    for (const spec of args.specs) {
      const { dir, events } = prepareData(dist, spec);
      server = await serveStatic(dist, dir);
      const result = await runSize(browser, server.url, spec, dir, assets, run.errors);
      run.results.push(result);
      // crossfilter runs on the generated rows only: the seed's 15 events measure nothing.
      if (events && spec.generate && spec.generate.events <= 100_000) {
        console.log(`${spec.label}: comparing with crossfilter2…`);
        result.crossfilter = compareWithCrossfilter(events);
      }
      if (args.profile) run.profiles[spec.label] = await runProfile(browser, spec, dir);
      await server.close();
      server = null;
      // What the load could reach with the dataset in workers: only where the target is missed.
      if (spec.scale === 'large' && spec.generate && spec.generate.events <= 100_000) {
        console.log(`${spec.label}: measuring the load's floor in workers…`);
        try {
          const floorDir = join(work, 'floor');
          await buildFloor(floorDir);
          run.floor[spec.label] = await measureFloor(browser, floorDir, dir);
        } catch (e) {
          run.errors.push({ step: `${spec.label}: load floor`, message: String(e) });
        }
      }
    }
  } catch (e) {
    run.errors.push({
      step: 'harness',
      message: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  } finally {
    await server?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }
  finish();
  return run.errors.length > 0 ? 1 : 0;
}

/** --profile: an unminified build, a CPU profile of a load and of interactions, and load stages in Node. */
async function runProfile(browser: Browser, spec: SizeSpec, dataDir: string) {
  const dist = join(work, 'dist-profile');
  if (!existsSync(join(dist, 'index.html'))) build(dist, ['--minify', 'false']);
  const server = await serveStatic(dist, dataDir);
  try {
    const outBase = resolve(root, 'bench-results', `profile-${spec.label.replace(/\W+/g, '-')}`);
    mkdirSync(dirname(outBase), { recursive: true });
    const summary = await profileSize(browser, server.url, outBase, 180_000);
    console.log(`\n${spec.label}: CPU profile of a cold load (ms; self | total)`);
    for (const f of summary.load.self.slice(0, 12))
      console.log(`  self  ${String(f.ms).padStart(6)}  ${f.name}`);
    for (const f of summary.load.total.slice(0, 12))
      console.log(`  total ${String(f.ms).padStart(6)}  ${f.name}`);
    console.log(`${spec.label}: CPU profile of 6 preset clicks + 6 keystrokes`);
    for (const f of summary.interact.self.slice(0, 10))
      console.log(`  self  ${String(f.ms).padStart(6)}  ${f.name}`);
    for (const f of summary.interact.total.slice(0, 10))
      console.log(`  total ${String(f.ms).padStart(6)}  ${f.name}`);
    const stages = spec.generate ? loadStages(dataDir) : null;
    if (stages) {
      console.log(`${spec.label}: first-load steps in Node (ms)`);
      for (const [k, v] of Object.entries(stages))
        console.log(`  ${String(Math.round(v)).padStart(6)}  ${k}`);
    }
    return { ...summary, stages };
  } finally {
    await server.close();
  }
}

// A stuck browser must not hang CI: give up (non-zero) well after a normal run's ~5 minutes.
const watchdog = setTimeout(() => {
  run.errors.push({ step: 'watchdog', message: 'gave up after 15 minutes' });
  finish();
  process.exit(2);
}, 15 * 60_000);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
