/**
 * The browser half of the benchmark: cold loads to `swapwatch:views-ready`, then date-range changes,
 * quote-search keystrokes, venue and event selections, the JS heap and its growth, all in one page.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { probeScript } from './bench-probe';

const viewport = { width: 1400, height: 900 };
const readyMark = 'swapwatch:views-ready';

/** One timed interaction. */
export interface Sample {
  kind: string;
  ms: number;
}

/** What went wrong in a part of the run; the rest still runs. */
export interface RunError {
  step: string;
  message: string;
}

/** Resolves with the promise, or rejects after `ms` with a message naming the step. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step}: timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface ProbeResult {
  ms?: number;
  error?: string;
}

function isProbeResult(value: unknown): value is ProbeResult {
  return typeof value === 'object' && value !== null;
}

/** A time limit for one part of the run, so a slow app cannot make the benchmark unbounded. */
export class Budget {
  private readonly end: number;
  /** Set when a loop stopped early because the budget ran out or an input never settled. */
  note: string | null = null;
  constructor(ms: number) {
    this.end = performance.now() + ms;
  }
  /** True (and noted) once the time is up. */
  over(done: number, wanted: number): boolean {
    if (performance.now() <= this.end) return false;
    this.note = `budget ran out after ${done} of ${wanted}`;
    return true;
  }
}

/** An input that had not painted when the probe gave up: the sample is a lower bound. */
class NotSettled extends Error {
  constructor(readonly ms: number) {
    super(`did not settle within ${Math.round(ms)} ms`);
  }
}

// A page whose main thread stayed busy past a limit: every later step would only queue behind it.
const stuckPages = new WeakMap<Page, string>();

/** Why the page stopped answering, or null while it still does. */
export function stuckReason(page: Page): string | null {
  return stuckPages.get(page) ?? null;
}

/** page.evaluate with a time limit; a page that misses it is marked stuck. */
async function evaluate(page: Page, expression: string, ms = 30_000): Promise<unknown> {
  const reason = stuckPages.get(page);
  if (reason) throw new Error(`skipped: ${reason}`);
  try {
    return await withTimeout(page.evaluate(expression), ms, 'page.evaluate');
  } catch (e) {
    if (e instanceof Error && e.message.includes('timed out'))
      stuckPages.set(page, `the page did not answer within ${ms} ms`);
    throw e;
  }
}

/** Arms the probe for an event type, runs the action, and returns input → painted in ms. */
async function timed(page: Page, trigger: string, action: () => Promise<unknown>): Promise<number> {
  await evaluate(page, `window.__bench.arm(${JSON.stringify(trigger)})`);
  const started = performance.now();
  try {
    await withTimeout(action(), 30_000, `${trigger} action`);
    const result = await evaluate(page, 'window.__bench.result()', 40_000);
    if (!isProbeResult(result) || typeof result.ms !== 'number')
      throw new Error(`${trigger}: ${isProbeResult(result) ? result.error : 'no result'}`);
    if (result.error) throw new NotSettled(result.ms);
    return result.ms;
  } catch (e) {
    const timedOut = e instanceof Error && e.message.includes('timed out');
    if (!(e instanceof NotSettled) && !timedOut) throw e;
    const ms = e instanceof NotSettled ? e.ms : performance.now() - started;
    stuckPages.set(page, `an input (${trigger}) had not painted after ${Math.round(ms / 1000)} s`);
    throw new NotSettled(ms);
  }
}

/**
 * Runs timed steps until done, the budget runs out, or a step never settles (that step is kept as
 * a lower bound and the loop stops: the next input would only queue behind it).
 */
async function loop(
  budget: Budget,
  count: number,
  step: (i: number) => Promise<Sample>,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    if (samples.length > 0 && budget.over(samples.length, count)) break;
    try {
      samples.push(await step(i));
    } catch (e) {
      if (!(e instanceof NotSettled)) throw e;
      samples.push({ kind: 'did not settle (lower bound)', ms: e.ms });
      budget.note = `stopped after an input that did not paint within ${Math.round(e.ms)} ms`;
      break;
    }
  }
  return samples;
}

/** One cold load: a fresh context, so nothing is cached. */
export interface ColdLoad {
  navToReadyMs: number;
  /** The app's swapwatch:views-ready mark, or the probe's stand-in when the build sets no mark. */
  readySource: 'mark' | 'views shown (no mark)';
  /** Paths of the files the page requested before views-ready. */
  requested: string[];
  /** Milestones of the load in ms after navigation start: HTML, JS, data requested and received. */
  phases: Record<string, number>;
  /** The longest task before views-ready (null where the browser reports no long tasks). */
  longestTaskMs: number | null;
}

/** Opens a new context and page with the probe installed. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  return { context, page };
}

/** Navigates and waits for the views-ready mark; fails if a view shows an error panel. */
export async function coldLoad(page: Page, url: string, timeoutMs: number): Promise<ColdLoad> {
  const requested: string[] = [];
  let ready = false;
  page.on('response', (response) => {
    if (!ready) requested.push(new URL(response.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  // A function, not a string: the app's CSP forbids eval, which string predicates need. It stays an
  // anonymous arrow so that nothing tsx adds to named functions is sent along.
  await page.waitForFunction(
    (mark) =>
      performance.getEntriesByName(mark).length > 0 ||
      document.querySelector('.error-panel') !== null ||
      '__benchViewsShown' in window,
    readyMark,
    { timeout: timeoutMs, polling: 50 },
  );
  ready = true;
  // The mark comes a frame after the views' effects; give it a moment before using the stand-in.
  await page
    .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, readyMark, {
      timeout: 1500,
    })
    .catch(() => undefined);
  const info: unknown = await evaluate(
    page,
    `(() => {
    const mark = performance.getEntriesByName('${readyMark}')[0];
    const panel = document.querySelector('.error-panel');
    const resources = performance.getEntriesByType('resource');
    const nav = performance.getEntriesByType('navigation')[0];
    const of = (test) => resources.filter((e) => test(e.name));
    const max = (xs) => (xs.length ? Math.round(Math.max(...xs)) : null);
    const min = (xs) => (xs.length ? Math.round(Math.min(...xs)) : null);
    const data = of((n) => n.includes('/data/'));
    const phases = {
      'HTML received': nav ? Math.round(nav.responseEnd) : null,
      'JS received': max(of((n) => n.endsWith('.js')).map((e) => e.responseEnd)),
      'DOMContentLoaded': nav ? Math.round(nav.domContentLoadedEventEnd) : null,
      'first data request': min(data.map((e) => e.startTime)),
      'last data file received': max(data.map((e) => e.responseEnd)),
    };
    const end = mark ? mark.startTime : (window.__benchViewsShown ?? Infinity);
    const tasks = window.__benchLongTasks;
    const longest = tasks ? tasks.filter((t) => t.start < end).reduce((m, t) => Math.max(m, t.ms), 0) : null;
    return { mark: mark ? mark.startTime : null, shown: window.__benchViewsShown ?? null, error: panel ? panel.textContent : null, phases, longest };
  })()`,
  );
  const field = (key: string): unknown =>
    typeof info === 'object' && info !== null
      ? Object.entries(info).find(([k]) => k === key)?.[1]
      : undefined;
  const error = field('error');
  const mark = field('mark');
  const shown = field('shown');
  if (typeof error === 'string') throw new Error(`the app showed an error: ${error.slice(0, 300)}`);
  const at = typeof mark === 'number' ? mark : typeof shown === 'number' ? shown : null;
  if (at === null) throw new Error('neither the views-ready mark nor the views showing data');
  const reported = field('phases');
  const phases: Record<string, number> = {};
  if (typeof reported === 'object' && reported !== null)
    for (const [k, v] of Object.entries(reported)) if (typeof v === 'number') phases[k] = v;
  const longest = field('longest');
  return {
    navToReadyMs: at,
    readySource: typeof mark === 'number' ? 'mark' : 'views shown (no mark)',
    requested,
    phases,
    longestTaskMs: typeof longest === 'number' ? Math.round(longest) : null,
  };
}

/** The longest interaction the browser timed (Event Timing), with how many there were. */
export interface WorstInteraction {
  count: number;
  /** 0 when none took 16 ms (the shortest the browser reports). */
  ms: number;
  /** The event type of the longest one ("click", "keydown", "pointerup"...). */
  name: string | null;
}

/** Forgets the interactions timed so far (the load's, say). */
export async function resetInteractions(page: Page): Promise<void> {
  await evaluate(page, 'window.__bench.resetInteractions()');
}

/** The longest Event Timing duration per interaction since the last reset; null where unsupported. */
export async function worstInteraction(page: Page): Promise<WorstInteraction | null> {
  const got = await evaluate(page, 'window.__bench.interactions()');
  if (typeof got !== 'object' || got === null) return null;
  const { count, worst, supported } = got as {
    count: number;
    worst: { ms: number; name: string } | null;
    supported: boolean;
  };
  if (!supported) return null;
  // None over the 16 ms the browser reports from: every interaction was shorter.
  return { count, ms: worst?.ms ?? 0, name: worst?.name ?? null };
}

/** JS heap in use after a full GC (main thread; the app starts no workers). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  const send = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    return cdp.send('Performance.getMetrics');
  };
  const { metrics } = await withTimeout(send(), 60_000, 'heap after GC');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Clears every filter; its own paint is waited for but not recorded. */
async function resetAll(page: Page): Promise<void> {
  const reset = page.getByRole('button', { name: 'Reset all filters' });
  await timed(page, 'click', () => reset.click()).catch(() => undefined);
}

const presetButtons = (page: Page) =>
  page.locator('[aria-label="Date presets"] button:not(.range-control__reset)');

/** Preset buttons worth clicking: indexes of "All time", the years and some talks rounds. */
async function presetPlan(page: Page): Promise<number[]> {
  const labels: unknown = await evaluate(
    page,
    `[...document.querySelectorAll('[aria-label="Date presets"] button:not(.range-control__reset)')].map((b) => b.textContent)`,
  );
  if (!Array.isArray(labels) || labels.length < 3) throw new Error('fewer than 3 date presets');
  const years = labels.flatMap((l, i) => (/^\d{4}$/.test(String(l)) ? [i] : []));
  const talks = labels.flatMap((l, i) => (i > 0 && !/^\d{4}$/.test(String(l)) ? [i] : []));
  const plan = [years[0], years[1], 0, talks[0], years[2], talks[1], 0, years[years.length - 1]];
  return plan
    .filter((i): i is number => i !== undefined)
    .filter((i, k, all) => k === 0 || all[k - 1] !== i);
}

/** Date-range changes: 8 typed dates, up to 8 preset buttons, 6 brush drags. */
export async function rangeChanges(page: Page, budget: Budget): Promise<Sample[]> {
  // Starts from the state the page loaded in (or the previous suite's reset).
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  const range = async () => `${await from.inputValue()}..${await to.inputValue()}`;
  const typed = (input: typeof from, value: string) => async (): Promise<Sample> => ({
    kind: 'typed',
    ms: await timed(page, 'input', () => input.fill(value)),
  });
  const preset = (i: number) => async (): Promise<Sample> => ({
    kind: 'preset',
    ms: await timed(page, 'click', () => presetButtons(page).nth(i).click()),
  });
  const handles = [
    page.getByRole('slider', { name: 'Range start' }),
    page.getByRole('slider', { name: 'Range end' }),
  ];
  // Each drag moves one brush handle (a native range input, thumb 14 px wide) by a share of the
  // strip's width; the release sets the range.
  const drag = (which: number, fraction: number) => async (): Promise<Sample> => {
    const handle = handles[which];
    if (!handle) throw new Error(`no brush handle ${which}`);
    await handle.scrollIntoViewIfNeeded({ timeout: 10_000 });
    const box = await handle.boundingBox();
    const at = await handle.evaluate((el: HTMLInputElement) => Number(el.value) / Number(el.max));
    if (!box) throw new Error('brush not drawn');
    const x = box.x + 7 + at * (box.width - 14);
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + box.width * fraction, y, { steps: 8 });
    const before = await range();
    const ms = await timed(page, 'mouseup', () => page.mouse.up());
    return { kind: (await range()) === before ? 'brush (range unchanged)' : 'brush', ms };
  };
  const steps = [
    typed(from, '2024-01-01'),
    typed(to, '2024-06-30'),
    typed(from, '2023-03-01'),
    typed(to, '2025-12-31'),
    typed(from, '2025-01-01'),
    typed(to, '2025-03-31'),
    typed(from, '2022-06-01'),
    typed(to, '2026-06-30'),
    ...(await presetPlan(page)).map(preset),
    drag(0, 0.15),
    drag(1, -0.15),
    drag(0, -0.1),
    drag(1, 0.1),
    drag(0, 0.2),
    drag(1, -0.1),
  ];
  const samples = await loop(budget, steps.length, (i) => {
    const step = steps[i];
    if (!step) throw new Error(`no range step ${i}`);
    return step();
  });
  await resetAll(page);
  return samples;
}

/** Keystrokes into the quote search: typing, deleting, typing again (50 in all). */
export async function keystrokes(page: Page, budget: Budget): Promise<Sample[]> {
  const box = page.getByLabel('Search quotes');
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await box.fill('');
  const keys = [
    ...'prisoners exchange',
    ...Array<string>(18).fill('Backspace'),
    ...'zelensky talks',
  ];
  const samples = await loop(budget, keys.length, async (i) => {
    const key = keys[i] ?? 'a';
    const press = () => (key.length === 1 ? page.keyboard.type(key) : page.keyboard.press(key));
    return {
      kind: key === 'Backspace' ? 'delete' : 'type',
      ms: await timed(page, 'keydown', press),
    };
  });
  await box.fill('');
  await resetAll(page);
  return samples;
}

/** Marker centres where the marker itself is what a click would hit. */
async function clickableMarkers(page: Page): Promise<{ x: number; y: number }[]> {
  const found: unknown = await evaluate(
    page,
    `(() => {
    const map = document.querySelector('.leaflet-container');
    if (!map) return [];
    const m = map.getBoundingClientRect();
    const out = [];
    for (const el of map.querySelectorAll('.leaflet-marker-icon[data-venue-id]')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (x < m.left + 4 || x > m.right - 4 || y < Math.max(0, m.top + 4) || y > Math.min(innerHeight, m.bottom) - 4) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit))) out.push({ x, y });
      if (out.length >= 12) break;
    }
    return out;
  })()`,
  );
  return Array.isArray(found) ? found : [];
}

/**
 * Venue selections: clicks on places' own markers, moving from one place to the next (a group's
 * disc zooms the map instead of choosing a place).
 */
export async function venueSelections(page: Page, budget: Budget, count = 20): Promise<Sample[]> {
  await region(page, 'Where deals were struck and prisoners handed over')
    .locator('.leaflet-container')
    .scrollIntoViewIfNeeded();
  const samples = await loop(budget, count, async (i) => {
    const markers = await clickableMarkers(page);
    const target = markers[i % Math.max(1, markers.length)];
    if (!target) throw new Error('no marker can be clicked on the map');
    return {
      kind: 'marker',
      ms: await timed(page, 'click', () => page.mouse.click(target.x, target.y)),
    };
  });
  await resetAll(page);
  return samples;
}

/** Event selections: clicks on the title buttons of the rows in the Exchanges list. */
export async function eventSelections(page: Page, budget: Budget, count = 20): Promise<Sample[]> {
  const rows = region(page, 'Exchanges').locator('.event-row__title');
  const available = Math.min(await rows.count(), 40);
  if (available === 0) throw new Error('no event rows');
  const samples = await loop(budget, count, async (i) => {
    const row = rows.nth(i % available);
    await row.scrollIntoViewIfNeeded();
    return { kind: 'row', ms: await timed(page, 'click', () => row.click()) };
  });
  await resetAll(page);
  return samples;
}

/** Heap growth over filter cycles: two presets clicked back and forth, GC before and after. */
export async function heapGrowth(page: Page, cdp: CDPSession, budget: Budget, cycles = 50) {
  const [a = 1, b = 2] = await presetPlan(page);
  const cycle = async () => {
    await timed(page, 'click', () => presetButtons(page).nth(a).click());
    await timed(page, 'click', () => presetButtons(page).nth(b).click());
  };
  for (let i = 0; i < 2; i++) await cycle();
  const before = await heapAfterGc(cdp);
  let done = 0;
  while (done < cycles && !budget.over(done, cycles)) {
    try {
      await cycle();
    } catch (e) {
      if (!(e instanceof NotSettled)) throw e;
      budget.note = `stopped after a click that did not paint within ${Math.round(e.ms)} ms`;
      break;
    }
    done += 1;
  }
  const after = await heapAfterGc(cdp);
  await resetAll(page);
  return { before, after, cycles: done, growthPct: ((after - before) / before) * 100 };
}
