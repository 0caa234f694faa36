/**
 * The floor of the 100k load: how soon the page's own code could read, check and prepare the
 * files in workers with nothing else to do (no page thread, no rendering, no records handed back).
 * The dataset-resident-in-a-worker design can only be slower than this, so the figure says what
 * that design could reach before it is built: with two workers (events | quotes) and with the
 * schema checks skipped (a file the build checked and the page trusted).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { serveStatic } from './bench-server';
import type { FloorMarks } from './bench-floor/floor.worker';

const here = dirname(fileURLToPath(import.meta.url));

/** One way of loading: its runs' times to the last worker done, and the median run's marks. */
export interface FloorResult {
  label: string;
  runsMs: number[];
  medianMs: number | null;
  /** Milestones of the median run, per worker, in ms after navigation. */
  marks: FloorMarks[];
}

const modes = [
  { label: 'one worker, checked', query: 'workers=1' },
  { label: 'two workers (events | quotes), checked', query: 'workers=2' },
  { label: 'two workers, schema checks skipped', query: 'workers=2&checked=no' },
];

/** Builds the floor page into `outDir` with Vite (its worker bundles the page's own modules). */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(here, 'bench-floor'),
    logLevel: 'warn',
    base: './',
    build: { outDir, emptyOutDir: true },
    worker: { format: 'es' },
  });
}

/** Runs each way of loading `runs` times against the data in `dataDir`. */
export async function measureFloor(
  browser: Browser,
  floorDir: string,
  dataDir: string,
  runs = 3,
): Promise<FloorResult[]> {
  const server = await serveStatic(floorDir, dataDir);
  const results: FloorResult[] = [];
  try {
    for (const mode of modes) {
      const all: { ms: number; marks: FloorMarks[] }[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}?${mode.query}`);
          const handle = await page.waitForFunction(
            () => (window as { floorDone?: unknown }).floorDone,
            null,
            { timeout: 120_000 },
          );
          const done = (await handle.jsonValue()) as
            { marks: FloorMarks[]; endMs: number } | { error: string };
          if ('error' in done) throw new Error(`floor (${mode.label}): ${done.error}`);
          all.push({ ms: done.endMs, marks: done.marks });
        } finally {
          await context.close();
        }
      }
      // The median run, whose milestones are reported with its time (three runs: the middle one).
      const median = [...all].sort((a, b) => a.ms - b.ms)[Math.floor((all.length - 1) / 2)];
      results.push({
        label: mode.label,
        runsMs: all.map((r) => Math.round(r.ms)),
        medianMs: median?.ms ?? null,
        marks: (median?.marks ?? []).map((m) =>
          Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v)])),
        ),
      });
    }
  } finally {
    await server.close();
  }
  return results;
}

/** The floor as lines for the report. */
export function formatFloor(results: FloorResult[]): string {
  const s = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);
  return [
    "Load floor at 100k (the page's reading, checks and preparing in workers, no page work):",
    ...results.map((r) => `  ${r.label}: ${s(r.medianMs)} (runs ${r.runsMs.join(', ')} ms)`),
  ].join('\n');
}
