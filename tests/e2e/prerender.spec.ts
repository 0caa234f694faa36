/**
 * The default view is prerendered into index.html: it appears without JavaScript, the app hydrates
 * it without an error and it then behaves as before; a link with its own view never shows it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, regions, test } from './fixtures';

interface Ev {
  type: string;
  status: string;
  date: string;
  title: string;
  toUkraine?: { total: number };
  toRussia?: { total: number };
  returnKind?: string;
}
const events: Ev[] = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
const nf = new Intl.NumberFormat('en-GB');
// Bodies are never people returned: the summary leaves them out.
const people = events.filter((e) => e.type === 'exchange' && e.returnKind !== 'bodies');
const confirmed = (side: 'toUkraine' | 'toRussia') =>
  people.filter((e) => e.status === 'confirmed').reduce((n, e) => n + (e[side]?.total ?? 0), 0);
const latest = [...events].sort((a, b) => b.date.localeCompare(a.date))[0]!;

const figure = (page: Page, label: string) =>
  page.locator('.summary .figure', {
    has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }),
  });
const region = (page: Page, name: keyof typeof regions) =>
  page.getByRole('region', { name: regions[name], exact: true });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default view is there: header, figures, chart and exchanges', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Swapwatch', level: 1 })).toBeVisible();
    await expect(figure(page, 'Returned to Ukraine')).toContainText(
      `${nf.format(confirmed('toUkraine'))} people`,
    );
    await expect(figure(page, 'Returned to Russia')).toContainText(
      `${nf.format(confirmed('toRussia'))} people`,
    );
    // The chart as SVG: its step lines (both sides' confirmed totals) and its axis labels.
    const chart = region(page, 'chart');
    await expect(chart.locator('svg.chart-static')).toBeVisible();
    expect(await chart.locator('path.chart-static__line').count()).toBeGreaterThanOrEqual(2);
    await expect(chart.locator('svg.chart-static text').first()).toBeVisible();
    // The list of exchanges, from the latest.
    const list = region(page, 'events');
    // The list's count splits its exchanges by the headline's rule (announced ones apart).
    await expect(
      list.getByText(new RegExp(`^${events.length} events \\(exchanges: \\d+ of people, `)),
    ).toBeVisible();
    await expect(list.getByText(latest.title, { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Without JavaScript this is the overview')).toBeVisible();
  });

  test('a link with its own view says it needs JavaScript for it', async ({ page }) => {
    // Static HTML cannot read the query: the overview is all there is, and the page says so.
    await page.goto('./?from=2026-01-01&to=2026-12-31');
    await expect(page.getByText("a shared link's own view need JavaScript")).toBeVisible();
  });
});

test('with JavaScript the prerendered page hydrates and stays interactive', async ({ page }) => {
  // Hydrated, not rendered afresh over a mismatch (main.tsx notes that as a warning).
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto('./');
  // Hydrated: the controls take clicks, and the first click brings the live chart.
  await expect(page.locator('html')).not.toHaveClass(/booting/);
  const chart = region(page, 'chart');
  await expect(region(page, 'map')).not.toContainText('Loading');
  await page.getByRole('button', { name: '2026', exact: true }).click();
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
  await expect(chart.locator('svg.chart-static')).toHaveCount(0);
  await expect(page).toHaveURL(/from=2026-01-01&to=2026-12-31/);
  const in2026 = people
    .filter((e) => e.status === 'confirmed' && e.date.startsWith('2026'))
    .reduce((n, e) => n + (e.toUkraine?.total ?? 0), 0);
  await expect(figure(page, 'Returned to Ukraine')).toContainText(`${nf.format(in2026)} people`);
  expect(warnings.filter((w) => w.includes('prerendered'))).toEqual([]);
});

test('while the data is slow the prerendered view is shown, then hydrated', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/events.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  const chart = region(page, 'chart');
  await expect(chart.locator('svg.chart-static')).toBeVisible();
  await expect(figure(page, 'Returned to Ukraine')).toContainText(
    `${nf.format(confirmed('toUkraine'))} people`,
  );
  await page.waitForTimeout(600);
  await expect(page.locator('html')).toHaveClass(/booting/);
  release();
  await expect(page.locator('html')).not.toHaveClass(/booting/);
  await chart.locator('.chart-plot').hover();
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
});

test('a link with its own view never parses the prerendered view', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { sawPrerender: boolean };
    w.sawPrerender = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-prerendered]')) w.sawPrerender = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?from=2026-01-01&to=2026-12-31');
  await expect(region(page, 'chart').locator('.recharts-line-curve').first()).toBeVisible();
  const saw = await page.evaluate(
    () => (window as unknown as { sawPrerender: boolean }).sawPrerender,
  );
  expect(saw).toBe(false);
  await expect(page.locator('noscript.prerender-skipped')).toHaveCount(1);
});

// What the prerendered page's first paint needs is the HTML and the stylesheet: the app's script,
// the chart's code and the data start after it, so on a slow link they never hold that paint back.
test('the prerendered page is painted before its script and data are requested', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('html')).not.toHaveClass(/booting/);
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    requests: performance
      .getEntriesByType('resource')
      .map((r) => ({ url: new URL(r.name).pathname, start: r.startTime }))
      .filter((r) => /\/(assets\/.*\.js|data\/.*\.json)$/.test(r.url)),
  }));
  expect(timing.fcp).not.toBeNull();
  expect(timing.requests.map((r) => r.url)).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/assets\/index-.*\.js$/), '/data/events.json']),
  );
  for (const r of timing.requests) expect(r.start, r.url).toBeGreaterThan(timing.fcp!);
});

test('the scripts the first screen waits for do not carry the code that reads data files', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const entry = await page.locator('script[data-entry]').getAttribute('data-entry');
  const preloads = (await page.locator('script[data-entry]').getAttribute('data-preload')) ?? '';
  expect(entry).toMatch(/^\.\/assets\/index-.*\.js$/);
  // The entry and the chunks it imports, followed through their own static imports.
  const text = async (path: string) => (await request.get(path)).text();
  const seen = new Set<string>();
  const codes: string[] = [];
  for (const queue = [entry!]; queue.length > 0;) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = await text(path);
    codes.push(code);
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      queue.push(`./assets/${m[1]}`);
    }
  }
  expect(seen.size).toBeGreaterThan(1);
  const firstScreen = codes.join('\n');
  // A message of the data files' id schema (src/data/schemas.ts) and the record splitter's class.
  const carries = firstScreen.includes('must be a lowercase slug');
  expect(carries, 'the first-screen scripts carry the data files’ schemas').toBe(false);
  const reader = preloads.split(' ').find((p) => /\/load-file-.*\.js$/.test(p));
  expect(reader, preloads).toBeDefined();
  expect((await text(reader!)).includes('must be a lowercase slug')).toBe(true);
});

test('a link with its own view requests its script and data at once', async ({ page }) => {
  await page.goto('./?from=2026-01-01&to=2026-12-31');
  await expect(region(page, 'chart').locator('.recharts-line-curve').first()).toBeVisible();
  const started = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /\/(assets\/index-.*\.js|data\/events\.json)$/.test(new URL(r.name).pathname))
      .map((r) => r.startTime),
  );
  expect(started).toHaveLength(2);
  // Requested while boot.js ran in the HTML's <body>, before any paint (there is none to wait for).
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
  );
  for (const t of started) expect(t).toBeLessThan(fcp);
});

// recharts' first render is the longest work of a phone's first load: a reader who only reads is
// shown the plain drawing, at the plot's own size; the first pointer or key brings the live chart.
test('the prerendered chart stays plain SVG until the reader acts, then recharts takes over', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('html')).not.toHaveClass(/booting/);
  const chart = region(page, 'chart');
  const plain = chart.locator('svg.chart-static');
  await expect(plain).toBeVisible();
  // Drawn at its measured width once hydrated, not scaled from the prerender's nominal one.
  await expect
    .poll(() =>
      plain.evaluate((svg: SVGSVGElement) =>
        Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width),
      ),
    )
    .toBeLessThanOrEqual(1);
  await page.waitForTimeout(500);
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(0);

  const box = (await chart.locator('.chart-plot').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
  await expect(plain).toHaveCount(0);
  await page.mouse.move(box.x + box.width * 0.92, box.y + box.height / 2, { steps: 3 });
  await expect(chart.locator('.chart-tooltip__date')).toBeVisible();
});
