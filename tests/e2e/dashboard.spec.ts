import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { formatDate } from '../../src/domain/dates';
import { expect, hydrated, regions, test } from './fixtures';

interface Ev {
  id: string;
  type: string;
  status: string;
  date: string;
  datePrecision: 'day' | 'week' | 'month' | 'year';
  title: string;
  toUkraine?: { total: number };
  toRussia?: { total: number };
  returnKind?: 'swap' | 'release' | 'bodies';
}
const events: Ev[] = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
const nf = new Intl.NumberFormat('en-GB');

function totals(filter: (e: Ev) => boolean) {
  // Bodies are never people returned: the summary leaves them out.
  const ex = events.filter((e) => e.type === 'exchange' && e.returnKind !== 'bodies' && filter(e));
  const sum = (status: string, side: 'toUkraine' | 'toRussia') =>
    ex.filter((e) => e.status === status).reduce((n, e) => n + (e[side]?.total ?? 0), 0);
  return {
    ukraine: sum('confirmed', 'toUkraine'),
    russia: sum('confirmed', 'toRussia'),
    ukraineExpected: sum('expected', 'toUkraine'),
    exchanges: ex.filter((e) => e.status === 'confirmed').length,
  };
}

// Month labels as the page writes them (Chromium's en-GB short months; Node's ICU says "Sept").
const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const monthLabel = (iso: string) => `${monthNames[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** The first of the month `n` months after (or before) the month of `iso`. */
function monthStart(iso: string, n = 0): string {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 10);
}
/** The last day of the month of `iso`. */
function monthEnd(iso: string): string {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}
/** The month of the latest event: where the brush's end sits in the default view. */
const lastDate = events
  .map((e) => e.date)
  .sort()
  .at(-1)!;

function figure(page: Page, label: string) {
  return page
    .getByRole('group', { name: 'Summary for the current filter' })
    .or(page.locator('.summary'))
    .locator('.figure', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
}

test('the default view shows the four views and the confirmed totals per side from the data', async ({
  page,
}) => {
  await page.goto('./');
  for (const name of Object.values(regions)) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  const all = totals(() => true);
  await expect(figure(page, 'Returned to Ukraine')).toContainText(
    `${nf.format(all.ukraine)} people`,
  );
  await expect(figure(page, 'Returned to Russia')).toContainText(`${nf.format(all.russia)} people`);
  if (all.ukraineExpected > 0)
    await expect(figure(page, 'Returned to Ukraine')).toContainText(
      `+ ${nf.format(all.ukraineExpected)} announced, unconfirmed`,
    );
  else await expect(figure(page, 'Returned to Ukraine')).not.toContainText('announced');
  await expect(figure(page, 'Exchanges of people')).toContainText(String(all.exchanges));
  // The footer dates the record by its latest confirmed event, for citing a figure "as of".
  const latest = events
    .filter((e) => e.status === 'confirmed')
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1)!;
  await expect(page.locator('.page__footer')).toContainText(
    `The record runs to ${formatDate(latest.date, latest.datePrecision)}, its latest confirmed event.`,
  );
  // A citation gives the day it was read (the reader's today, not the build's).
  // The reader's own calendar day (Sweden's locale writes it YYYY-MM-DD).
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await expect(page.locator('.page__footer')).toContainText(`, accessed ${formatDate(today)}, `);
  // The chart drew its step lines: the plain drawing until the reader acts, then recharts'.
  const chart = page.getByRole('region', { name: regions.chart });
  await expect(chart.locator('.chart-static__line').first()).toBeVisible();
  await hydrated(page);
  await chart.locator('.chart-plot').hover();
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
});

test('the 2026 preset narrows every view and the summary to 2026', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '2026', exact: true }).click();
  await expect(page).toHaveURL(/from=2026-01-01&to=2026-12-31/);
  const y2026 = totals((e) => e.date.startsWith('2026'));
  await expect(figure(page, 'Returned to Ukraine')).toContainText(
    `${nf.format(y2026.ukraine)} people`,
  );
  const list = page.getByRole('region', { name: regions.events });
  for (const e of events) {
    const row = list.getByText(e.title, { exact: true });
    if (e.date.startsWith('2026')) await expect(row.first()).toBeVisible();
    else await expect(row).toHaveCount(0);
  }
  const quotes = page.getByRole('region', { name: regions.quotes });
  await expect(quotes.getByText(/2025/)).toHaveCount(0);
});

test('a date typed digit by digit is one step of history, and its unfinished years reach neither the views nor the link', async ({
  page,
}) => {
  // Every address the page writes, in order, with how.
  await page.addInitScript(() => {
    const writes: string[] = [];
    Object.assign(window, { historyWrites: writes });
    for (const how of ['pushState', 'replaceState'] as const) {
      const original = history[how].bind(history);
      history[how] = (data: unknown, unused: string, url?: string | URL | null) => {
        writes.push(`${how} ${String(url)}`);
        original(data, unused, url);
      };
    }
  });
  await page.goto('./?from=2025-01-01');
  await hydrated(page);
  const from = page.getByLabel('From', { exact: true });
  await from.focus();
  // Month, day, then the year's four digits (the field's segments, as a reader types them).
  await page.keyboard.type('06032024');
  await expect(page).toHaveURL(/from=2024-06-03/);
  await expect(from).toHaveValue('2024-06-03');
  const writes = await page.evaluate(
    () => (window as unknown as { historyWrites: string[] }).historyWrites,
  );
  expect(writes.filter((w) => /from=0/.test(w))).toEqual([]);
  expect(writes.filter((w) => w.startsWith('pushState'))).toHaveLength(1);
  await expect(page.getByText(/ 0\d{3}\b/)).toHaveCount(0);
  // Clearing the year to retype it is not a choice of no date: the views keep 3 Jun 2024.
  await page.keyboard.press('Backspace');
  await expect(from).toHaveValue('');
  await page.waitForTimeout(400);
  await expect(page).toHaveURL(/from=2024-06-03/);
  await expect(page.locator('.filter-line').first()).toContainText('Figures from 3 Jun 2024');
  // Left unfinished, the field shows the dates the views show again.
  await from.blur();
  await expect(from).toHaveValue('2024-06-03');
  // One Back leaves the typing: the link as it was opened.
  await page.goBack();
  await expect(page).toHaveURL(/\?from=2025-01-01$/);
  await expect(from).toHaveValue('2025-01-01');
});

test('typed From / To dates drive the views and the URL, and Reset clears them', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('From', { exact: true }).fill('2026-03-01');
  await expect(page).toHaveURL(/from=2026-03-01/);
  const march = totals((e) => e.date >= '2026-03-01');
  await expect(figure(page, 'Returned to Ukraine')).toContainText(
    `${nf.format(march.ukraine)} people`,
  );
  await page.getByLabel('To', { exact: true }).fill('2026-03-05');
  await expect(page).toHaveURL(/to=2026-03-05/);
  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
});

test('a talks-round preset covers the talks and the exchanges they produced', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Geneva talks → exchanges' }).click();
  await expect(page).toHaveURL(/from=2026-02-01&to=2026-03-06/);
  const list = page.getByRole('region', { name: regions.events });
  await expect(list.getByText('Geneva deal, stage 1: 200 for 200', { exact: true })).toBeVisible();
  await expect(list.getByText('UAE-mediated swap: 150 for 150', { exact: true })).toHaveCount(0);
});

test('the chart works from the keyboard: arrows move between exchanges, Enter selects', async ({
  page,
}) => {
  await page.goto('./');
  // The prerendered chart is on screen before the app runs; keys reach it once it has hydrated.
  await hydrated(page);
  const surface = page.getByRole('group', { name: /Cumulative chart/ });
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  const first = events
    .filter((e) => e.type === 'exchange')
    .sort((a, b) => a.date.localeCompare(b.date))[0]!;
  await expect(page.locator('.chart-cursor')).toContainText(first.title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
});

/** Opens eight days and moves the mouse onto the plot at `fraction` of its width. */
async function hoverWeek(page: Page, fraction: number, from = '2026-03-01', to = '2026-03-08') {
  // A window the data fills to its end (it stops a margin past the last data otherwise).
  await page.goto(`./?from=${from}&to=${to}`);
  const chart = page.getByRole('region', { name: regions.chart });
  const box = await chart.locator('.recharts-cartesian-grid').boundingBox();
  if (!box) throw new Error('chart grid not drawn');
  const x = box.x + box.width * fraction;
  await page.mouse.move(x - 20, box.y + box.height / 2);
  await page.mouse.move(x, box.y + box.height / 2, { steps: 5 });
  return { chart, box, x };
}

test('the tooltip says a day whose exchange gives no figure is not reported, not 0', async ({
  page,
}) => {
  // 11 April 2026 (a swap whose size no source gives) sits at 3/8 of 8–15 April.
  const { chart } = await hoverWeek(page, 3 / 8, '2026-04-08', '2026-04-15');
  const tooltip = chart.locator('.chart-tooltip');
  await expect(tooltip.locator('.chart-tooltip__date')).toHaveText('11 Apr 2026');
  await expect(tooltip).toContainText('to Ukraine: not reported, to Russia: not reported');
  await expect(tooltip).not.toContainText('This day: 0');
});

test('clicking the chart at an exchange selects it', async ({ page }) => {
  // The 5 March exchange sits at 4/8 of the window (6 March, the next one, at 5/8).
  const { chart, box, x } = await hoverWeek(page, 4 / 8);
  await expect(chart.locator('.chart-tooltip__date')).toHaveText('5 Mar 2026');
  await page.mouse.click(x, box.y + box.height / 2);
  await expect(page).toHaveURL(/event=exchange-2026-03-05-geneva-stage-1/);
  // The selection is marked by a line over the plot, at the exchange's day, spanning the grid.
  const mark = chart.locator('.chart-mark--selected');
  await expect(mark).toBeVisible();
  const line = await mark.boundingBox();
  if (!line) throw new Error('selection line not drawn');
  expect(Math.abs(line.x - x)).toBeLessThan(3);
  expect(Math.abs(line.y - box.y)).toBeLessThan(3);
  expect(Math.abs(line.y + line.height - (box.y + box.height))).toBeLessThan(3);
  // Outside the window it is not drawn at all.
  await page.getByRole('button', { name: '2025', exact: true }).click();
  await expect(mark).toHaveCount(0);
});

test("the reader's first move draws the live chart even before the chart's code has arrived", async ({
  page,
}) => {
  // The chart's own chunk is held back until the reader has moved the mouse over the plot.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/cumulative-chart-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const chart = page.getByRole('region', { name: regions.chart });
  await hydrated(page);
  await chart.locator('.chart-plot').hover();
  release();
  await expect(chart.locator('.recharts-wrapper > svg')).toBeVisible();
});

test('the chart follows its box when the window is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./');
  const chart = page.getByRole('region', { name: regions.chart });
  const svg = chart.locator('.recharts-wrapper > svg');
  const plot = chart.locator('.chart-plot');
  // The live chart (recharts) comes with the reader's first move on the hydrated page.
  await hydrated(page);
  await plot.hover();
  const widthOf = async (l: Locator) => (await l.boundingBox())?.width ?? 0;
  await expect(svg).toBeVisible();
  expect(Math.abs((await widthOf(svg)) - (await widthOf(plot)))).toBeLessThan(2);
  const before = await widthOf(svg);
  // Narrower, but one column instead of two: the chart's box grows from ~420 to ~660 px.
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(async () => Math.abs((await widthOf(plot)) - before)).toBeGreaterThan(50);
  await expect
    .poll(async () => Math.abs((await widthOf(svg)) - (await widthOf(plot))))
    .toBeLessThan(2);
  // The month labels are respaced for the new width, none of them overlapping.
  const labels = await chart.locator('.recharts-xAxis-tick-labels text').evaluateAll((ts) =>
    ts.map((t) => {
      const { left, right } = t.getBoundingClientRect();
      return { left, right };
    }),
  );
  expect(labels.length).toBeGreaterThan(1);
  labels.slice(1).forEach((label, i) => expect(label.left).toBeGreaterThan(labels[i]!.right));
});

test('slow data: a link says it is loading, then every view fills in', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/events.json', async (route) => {
    await held;
    await route.continue();
  });
  // A link with its own view (here only the quotes' order) is rendered by the app, not prerendered.
  await page.goto('./?sort=oldest');
  // Past the app's short wait for the data: its own loading states, not a blank page.
  const chart = page.getByRole('region', { name: regions.chart });
  await expect(chart).toContainText('Loading', { timeout: 5_000 });
  await expect(page.getByRole('heading', { name: 'Swapwatch', level: 1 })).toBeVisible();
  release();
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
  await expect(chart).not.toContainText('Loading');
  await expect(figure(page, 'Returned to Ukraine')).toContainText(
    `${nf.format(totals(() => true).ukraine)} people`,
  );
});

/** Where a brush handle's thumb is drawn: native range inputs, the thumb 14 px wide. */
async function thumbCentre(handle: Locator) {
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) throw new Error('brush not drawn');
  const { value, max } = await handle.evaluate((el: HTMLInputElement) => ({
    value: Number(el.value),
    max: Number(el.max),
  }));
  return { x: box.x + 7 + (value / max) * (box.width - 14), y: box.y + box.height / 2, box };
}

async function drag(page: Page, handle: Locator, dx: number) {
  const at = await thumbCentre(handle);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + dx, at.y, { steps: 12 });
  await page.mouse.up();
}

test('dragging the brush sets the date range once, on release', async ({ page }) => {
  await page.goto('./');
  const before = await page.evaluate(() => history.length);
  const start = page.getByRole('slider', { name: 'Range start' });
  await drag(page, start, 120);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-01/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // The handle says which month it is on, and the From box shows that month's first day.
  const month = await start.getAttribute('aria-valuetext');
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  expect(monthLabel(from)).toBe(month);
});

test('the brush follows a range set elsewhere, and can be dragged from there', async ({ page }) => {
  await page.goto('./');
  const start = page.getByRole('slider', { name: 'Range start' });
  const end = page.getByRole('slider', { name: 'Range end' });
  const before = await thumbCentre(start);
  await page.getByRole('button', { name: '2026', exact: true }).click();
  await expect(start).toHaveAttribute('aria-valuetext', 'Jan 2026');
  await expect(end).toHaveAttribute('aria-valuetext', monthLabel(lastDate));
  expect((await thumbCentre(start)).x).toBeGreaterThan(before.x + 40);
  // The strip still shows every month: dragging the start back reaches before 2026.
  await drag(page, start, -((await thumbCentre(start)).box.width / 4));
  await expect(page).toHaveURL(/from=20(?:1\d|2[0-5])-\d{2}-01/);
  expect((await page.getByLabel('From', { exact: true }).inputValue()) < '2026-01-01').toBe(true);
  // Moving the start leaves the end the preset set.
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2026-12-31');
});

test('a handle moves only its own end: an open end stays open', async ({ page }) => {
  await page.goto('./?from=2026-01-01');
  await hydrated(page);
  const start = page.getByRole('slider', { name: 'Range start' });
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/from=2026-02-01/);
  expect(new URL(page.url()).searchParams.has('to')).toBe(false);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('');
  // Dragged to the strip's last month, the end is left open too.
  await page.goto('./?from=2025-01-01&to=2025-06-30');
  await hydrated(page);
  const end = page.getByRole('slider', { name: 'Range end' });
  await end.focus();
  await page.keyboard.press('End');
  await expect(end).toHaveAttribute('aria-valuetext', monthLabel(lastDate));
  await expect(page).toHaveURL(/from=2025-01-01/);
  expect(new URL(page.url()).searchParams.has('to')).toBe(false);
});

test('from a one-month range, the brush can be dragged out either way', async ({ page }) => {
  await page.goto('./?from=2025-06-01&to=2025-06-30');
  const start = page.getByRole('slider', { name: 'Range start' });
  const end = page.getByRole('slider', { name: 'Range end' });
  await expect(start).toHaveAttribute('aria-valuetext', 'Jun 2025');
  await expect(end).toHaveAttribute('aria-valuetext', 'Jun 2025');
  // Both thumbs sit on one spot; whichever is grabbed, dragging left moves the range's start.
  const width = (await thumbCentre(start)).box.width;
  await drag(page, start, -width / 4);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(/^\d{4}-\d{2}-01$/);
  expect((await page.getByLabel('From', { exact: true }).inputValue()) < '2025-06-01').toBe(true);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2025-06-30');
  await expect(start).not.toHaveAttribute('aria-valuetext', 'Jun 2025');
  // And back to one month, then out to the right.
  await page.goto('./?from=2025-06-01&to=2025-06-30');
  await drag(page, end, width / 4);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-06-01');
  await expect(page.getByLabel('To', { exact: true })).not.toHaveValue('2025-06-30');
  await expect(end).not.toHaveAttribute('aria-valuetext', 'Jun 2025');
});

test('the brush handles work from the keyboard', async ({ page }) => {
  await page.goto('./');
  await hydrated(page);
  const end = page.getByRole('slider', { name: 'Range end' });
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  const previous = monthStart(lastDate, -1);
  await expect(end).toHaveAttribute('aria-valuetext', monthLabel(previous));
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(monthEnd(previous));
  await expect(page).toHaveURL(new RegExp(`to=${monthEnd(previous)}`));
});

test('the chart numbers are available as a table', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Show the numbers as a table').click();
  const table = page.getByRole('table', { name: /People returned per exchange/ });
  // One row per exchange of people (bodies are not on the people chart).
  const exchanges = events.filter((e) => e.type === 'exchange' && e.returnKind !== 'bodies');
  await expect(table.locator('tbody tr')).toHaveCount(exchanges.length);
});

test('back and forward walk through a sequence of choices', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '2025', exact: true }).click();
  await expect(page).toHaveURL(/from=2025-01-01/);
  await page.getByRole('button', { name: '2026', exact: true }).click();
  await expect(page).toHaveURL(/from=2026-01-01/);
  await page.goBack();
  await expect(page).toHaveURL(/from=2025-01-01/);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-01-01');
  await page.goBack();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await page.goForward();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-01-01');
});

test('a bad link still renders, ignoring the bad parts with a dismissible notice', async ({
  page,
}) => {
  const bad = `./?from=banana&to=2026-13-45&venue=atlantis&event=%3Cscript%3Ealert(1)%3C/script%3E&q=${'x'.repeat(10_000)}&side=mars&side=russia`;
  await page.goto(bad);
  await expect(page.getByRole('region', { name: regions.chart })).toBeVisible();
  const notice = page.locator('.notice');
  await expect(notice).toContainText('"banana" is not a date');
  await expect(notice).toContainText('"2026-13-45" is not a date');
  await expect(notice).toContainText('the venue "atlantis": it is not in this dataset');
  await expect(notice).toContainText('the event: "<script>alert(1)</script>" is not a valid id');
  await expect(notice).toContainText('search text was cut');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('reversed dates are swapped, with a notice', async ({ page }) => {
  await page.goto('./?from=2026-12-31&to=2026-01-01');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-01-01');
  await expect(page.locator('.notice')).toContainText('the two dates were swapped');
});

test('Copy link copies the canonical URL, which reproduces the view in a new page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('button', { name: '2026', exact: true }).click();
  await page.getByRole('button', { name: 'Soldiers / civilians' }).click();
  await page.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('from=2026-01-01');
  expect(copied).toContain('split=1');
  const fresh = await context.newPage();
  await fresh.goto(copied);
  await expect(fresh.getByLabel('From', { exact: true })).toHaveValue('2026-01-01');
  await expect(fresh.getByRole('button', { name: 'Soldiers / civilians' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('without a clipboard, Copy link shows the link to select', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto('./?venue=geneva');
  await page.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(page.getByLabel('Copy this link')).toHaveValue(/venue=geneva/);
});
