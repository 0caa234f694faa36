/** The Exchanges view in the production build, checked against whatever events.json holds today. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, regions, test } from './fixtures';

interface Headcount {
  total: number;
}
interface Ev {
  id: string;
  type: 'talks' | 'agreement' | 'exchange';
  status: 'confirmed' | 'expected';
  returnKind?: 'swap' | 'release' | 'bodies';
  title: string;
  date: string;
  datePrecision: 'day' | 'week' | 'month' | 'year';
  endDate?: string;
  venueIds: string[];
  agreementId?: string | null;
  talksId?: string | null;
  toUkraine?: Headcount;
  toRussia?: Headcount;
  evidence: { excerpt?: string; note?: string }[];
}
const events: Ev[] = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
const nf = new Intl.NumberFormat('en-GB');

/** The last ISO day an event can mean, worked out here independently of src/domain. */
function lastDay(e: Ev): string {
  const d = new Date(`${e.date}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const end = {
    day: d,
    week: new Date(Date.UTC(y, m, d.getUTCDate() + 6)),
    month: new Date(Date.UTC(y, m + 1, 0)),
    year: new Date(Date.UTC(y, 11, 31)),
  }[e.datePrecision];
  const iso = end.toISOString().slice(0, 10);
  return e.endDate && e.endDate > iso ? e.endDate : iso;
}

/** Events held at a venue, plus agreements reached there and exchanges carried out under them. */
function tiedTo(venue: string): Set<string> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const tied = (e: Ev, depth = 0): boolean => {
    if (e.venueIds.includes(venue)) return true;
    if (depth > 5) return false;
    const parents = [e.agreementId, e.talksId].flatMap((id) => (id ? [byId.get(id)] : []));
    return parents.some(
      (p) =>
        p !== undefined && (p.type === 'talks' ? p.venueIds.includes(venue) : tied(p, depth + 1)),
    );
  };
  return new Set(events.filter((e) => tied(e)).map((e) => e.title));
}

function eventsRegion(page: Page) {
  return page.getByRole('region', { name: regions.events, exact: true });
}

async function listedTitles(page: Page): Promise<string[]> {
  const list = eventsRegion(page).getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  await expect(list).toBeVisible();
  await showAll(page);
  return list.locator(':scope > li .event-row__title').allTextContents();
}

/** The list renders a page of rows at a time: show them all (once the rows are there). */
async function showAll(page: Page): Promise<void> {
  await expect(
    eventsRegion(page)
      .getByRole('list', { name: /^Events, (latest|earliest) first$/ })
      .locator(':scope > li')
      .first(),
  ).toBeVisible();
  const more = eventsRegion(page).getByRole('button', { name: /^Show (\d[\d,]* more|the last)/ });
  while ((await more.count()) > 0) await more.click();
}

/** The ids of the listed events, in list order (each row's button id ends with it). */
async function listedIds(page: Page): Promise<string[]> {
  await showAll(page);
  const list = eventsRegion(page).getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  const ids = await list
    .locator(':scope > li .event-row__title')
    .evaluateAll((els) => els.map((el) => el.id));
  return ids.map((id) => events.find((e) => id.endsWith(`-row-${e.id}`))?.id ?? id);
}

test('lists every exchange in events.json, and every event by date, the latest first unless asked', async ({
  page,
}) => {
  await page.goto('./');
  const region = eventsRegion(page);
  // The count says how the tab's exchanges split, by the headline's rule, so the two square.
  const exchanges = events.filter((e) => e.type === 'exchange');
  const confirmedOnes = exchanges.filter((e) => e.status === 'confirmed');
  const bodies = confirmedOnes.filter((e) => e.returnKind === 'bodies').length;
  const people = confirmedOnes.length - bodies;
  const announced = exchanges.length - confirmedOnes.length;
  const status = region.getByRole('status').filter({ hasText: /^\d+ events/ });
  await expect(status).toHaveText(
    `${events.length} events (exchanges: ${people} of people, ${bodies} of bodies${announced > 0 ? `, ${announced} announced` : ''})`,
  );
  await expect(
    page.locator('.figure', { has: page.getByText('Exchanges of people', { exact: true }) }),
  ).toContainText(String(people));
  const titles = await listedTitles(page);
  expect(titles).toHaveLength(events.length);
  for (const e of events.filter((x) => x.type === 'exchange')) expect(titles).toContain(e.title);
  const dates = async () =>
    (await listedIds(page)).map((id) => events.find((e) => e.id === id)?.date ?? '');
  const latestFirst = await dates();
  expect(latestFirst).toEqual([...latestFirst].sort().reverse());
  await expect(region.getByRole('list', { name: 'Events, latest first' })).toBeVisible();
  await region.getByRole('button', { name: 'Earliest first' }).click();
  await expect(page).toHaveURL(/\?order=oldest$/);
  await expect(region.getByRole('list', { name: 'Events, earliest first' })).toBeVisible();
  const earliestFirst = await dates();
  expect(earliestFirst).toEqual([...earliestFirst].sort());
  expect(earliestFirst).toEqual([...latestFirst].reverse());
});

test('clicking an exchange puts it in the URL and shows its figures with evidence', async ({
  page,
}) => {
  const exchange = events.find(
    (e) =>
      e.type === 'exchange' && e.toUkraine && e.toRussia && e.evidence.some((ev) => ev.excerpt),
  );
  test.skip(!exchange, 'no exchange with both headcounts in the data');
  if (!exchange) return;
  await page.goto('./');
  const region = eventsRegion(page);
  const list = region.getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  await showAll(page);
  await list.getByRole('button', { name: exchange.title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${exchange.id}(?:&|$)`));

  const detail = region.getByRole('article', { name: exchange.title, exact: true });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  const returned = detail
    .locator('.event-fact')
    .filter({ has: page.getByRole('term').getByText('Returned', { exact: true }) });
  await expect(returned).toContainText(`${nf.format(exchange.toUkraine?.total ?? 0)}`);
  await expect(returned).toContainText('to Ukraine');
  await expect(returned).toContainText('to Russia');
  // A seed article is quoted verbatim; a web source is summarised in our words, never quoted.
  const excerpt = exchange.evidence.find((ev) => ev.excerpt)?.excerpt ?? '';
  await expect(detail.locator('blockquote', { hasText: excerpt }).first()).toBeVisible();
  const note = exchange.evidence.find((ev) => ev.note)?.note;
  if (note) await expect(detail.getByText(note).first()).toBeVisible();

  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('a link from 2026 on lists only the events of 2026', async ({ page }) => {
  await page.goto('./?from=2026-01-01');
  const expected = events.filter((e) => lastDay(e) >= '2026-01-01').map((e) => e.title);
  const titles = await listedTitles(page);
  expect(titles.sort()).toEqual(expected.sort());
  for (const e of events.filter((x) => lastDay(x) < '2026-01-01'))
    expect(titles).not.toContain(e.title);
});

test('a Geneva link lists only the events tied to Geneva', async ({ page }) => {
  const expected = tiedTo('geneva');
  test.skip(expected.size === 0, 'no Geneva events in the data');
  await page.goto('./?venue=geneva');
  const titles = await listedTitles(page);
  expect(new Set(titles)).toEqual(expected);
  await expect(
    eventsRegion(page)
      .getByRole('status')
      .filter({ hasText: /tied to/ }),
  ).toContainText(`${expected.size} events tied to`);
});

test('an event outside the range still opens from a link, and has no accessibility violations', async ({
  page,
}) => {
  const early = events.find((e) => lastDay(e) < '2026-01-01');
  test.skip(!early, 'no event before 2026 in the data');
  if (!early) return;
  await page.goto(`./?from=2026-01-01&event=${early.id}`);
  const detail = eventsRegion(page).getByRole('article', { name: early.title, exact: true });
  await expect(detail).toContainText('outside the current date range');
  const results = await new AxeBuilder({ page }).include('.view--events').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('on a desktop the open exchange sits beside the list, and moves under its row on a narrow window', async ({
  page,
}) => {
  const exchange = events.find((e) => e.type === 'exchange');
  if (!exchange) throw new Error('no exchange in events.json');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./');
  const region = eventsRegion(page);
  const list = region.getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  await showAll(page);
  const row = list.getByRole('button', { name: exchange.title, exact: true }).first();
  await row.click();
  const detail = region.getByRole('article', { name: exchange.title, exact: true });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  // Beside: right of the whole list, in no row of it.
  const listBox = await list.boundingBox();
  const detailBox = await detail.boundingBox();
  if (!listBox || !detailBox) throw new Error('not rendered');
  expect(detailBox.x).toBeGreaterThanOrEqual(listBox.x + listBox.width);
  await expect(list.getByRole('article')).toHaveCount(0);

  // Narrowed to a phone's width the same detail, once in the page, opens under its row instead.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row.locator('xpath=ancestor::li[1]').getByRole('article')).toHaveCount(1);
  await expect(page.locator('.event-detail')).toHaveCount(1);
});

test('a shared link to an exchange scrolls its detail into view on a desktop too', async ({
  page,
}) => {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const exchange = sorted.filter((e) => e.type === 'exchange')[10] ?? sorted[0];
  if (!exchange) throw new Error('no events');
  await page.goto(`./?event=${exchange.id}`);
  const detail = eventsRegion(page).getByRole('article', { name: exchange.title, exact: true });
  await expect(detail).toBeInViewport();
  await expect(detail.getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
});
