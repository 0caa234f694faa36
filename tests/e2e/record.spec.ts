/**
 * The whole record on screen: official tallies beside our sum, bodies apart, disputed figures,
 * one-way releases, the mediator filter, exchanges by year and web sources cited by outlet and URL.
 * Expectations are read from the data files the page loads.
 */
import { readFileSync } from 'node:fs';
import { expect, regions, test } from './fixtures';

interface Ev {
  id: string;
  type: 'talks' | 'agreement' | 'exchange';
  status: 'confirmed' | 'expected';
  title: string;
  date: string;
  returnKind?: 'swap' | 'release' | 'bodies';
  mediators: string[];
  toUkraine?: { total: number };
  toRussia?: { total: number };
  claims?: { counts: 'toUkraine' | 'toRussia'; total: number }[];
  evidence: { sourceId: string; note?: string; excerpt?: string }[];
}
interface Tally {
  asOf: string;
  measure: string;
  side: string;
  mediatorId: string | null;
  figure: number;
  statedBy: string;
}
const read = <T>(name: string): T[] =>
  JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8')) as T[];
const events = read<Ev>('events');
const tallies = read<Tally>('tallies');
const sources = read<{
  id: string;
  publisher: string | null;
  url: string | null;
  file: string | null;
}>('sources');
const mediators = read<{ id: string; name: string }>('mediators');
const nf = new Intl.NumberFormat('en-GB');

const confirmed = (e: Ev) => e.type === 'exchange' && e.status === 'confirmed';

test('the summary sets our sum beside the latest official figure', async ({ page }) => {
  const returned = tallies
    .filter(
      (t) =>
        t.measure === 'people-returned-to-ukraine' && t.side === 'ukraine' && t.mediatorId === null,
    )
    .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.figure - b.figure))
    .at(-1)!;
  const people = (upTo: string) =>
    events
      .filter((e) => confirmed(e) && e.returnKind !== 'bodies' && e.date <= upTo)
      .reduce((n, e) => n + (e.toUkraine?.total ?? 0), 0);
  const recorded = people('9999-12-31');
  const byStatement = people(returned.asOf);
  await page.goto('./');
  // The official figure sits on the Ukraine card; who stated it and the gap open from it.
  const why = page.getByText(`officially ${nf.format(returned.figure)} by`);
  await expect(why).toBeVisible();
  await why.click();
  const official = page.getByText(/Officially stated by/);
  await expect(official).toContainText(nf.format(returned.figure));
  await expect(official).toContainText(returned.statedBy);
  await expect(official).toContainText(
    `The record holds ${nf.format(byStatement)} of them by that day`,
  );
  await expect(page.getByText(`${nf.format(recorded)} people`).first()).toBeVisible();
  // The chart draws the officials' statements as points, one shape per body, and keys them.
  const chart = page.getByRole('region', { name: regions.chart });
  const stated = tallies.filter(
    (t) =>
      t.measure === 'people-returned-to-ukraine' && t.side === 'ukraine' && t.mediatorId === null,
  );
  const bodies = [
    { key: 'hq', name: 'Coordination HQ', is: /Coordination Headquarters/ },
    { key: 'ombudsman', name: 'Ombudsman', is: /Parliament Commissioner for Human Rights/ },
    { key: 'president', name: 'President’s Office', is: /President/ },
  ];
  const key = chart
    .getByRole('list', { name: 'Lines' })
    .getByRole('listitem')
    .filter({ hasText: 'Official totals:' });
  for (const body of bodies) {
    await expect(key.getByText(body.name, { exact: true })).toBeVisible();
    const points = chart.locator(`.chart-overlay__tally--${body.key}`);
    await expect(points).toHaveCount(stated.filter((t) => body.is.test(t.statedBy)).length);
  }
  // The Ombudsman's points are squares, not the headquarters' circles.
  expect(
    await chart
      .locator('.chart-overlay__tally--ombudsman')
      .first()
      .evaluate((e) => e.tagName),
  ).toBe('polygon');
  await expect(chart.locator('.chart-overlay__tally')).toHaveCount(stated.length);
});

test('bodies are never counted as people, and are shown on their own when asked for', async ({
  page,
}) => {
  const bodies = events.filter((e) => confirmed(e) && e.returnKind === 'bodies');
  const toUkraine = bodies.reduce((n, e) => n + (e.toUkraine?.total ?? 0), 0);
  await page.goto('./');
  await expect(page.getByText('Bodies repatriated', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Bodies', exact: true }).click();
  await expect(page).toHaveURL(/bodies=1/);
  const figure = page.locator('.figure').filter({ hasText: 'Bodies repatriated' });
  await expect(figure).toContainText(`${nf.format(toUkraine)} to Ukraine`);
  await expect(figure).toContainText('not counted above');
  const chart = page.getByRole('region', { name: regions.chart });
  await expect(chart.getByText('Bodies repatriated to Ukraine', { exact: true })).toBeVisible();
  // The scale is now the bodies': the title says they are drawn.
  await expect(chart.locator('.chart-title')).toHaveText(
    'People returned and bodies repatriated to Ukraine and to Russia',
  );
});

test('a disputed exchange shows the range of the claims, and its web sources by outlet', async ({
  page,
}) => {
  const disputed = events.find((e) => confirmed(e) && (e.claims?.length ?? 0) > 0)!;
  const claims = disputed.claims!.filter((c) => c.counts === 'toUkraine');
  const figures = [...claims.map((c) => c.total), disputed.toUkraine!.total];
  await page.goto(`./?event=${disputed.id}`);
  const region = page.getByRole('region', { name: regions.events });
  const row = region.getByRole('listitem').filter({ hasText: disputed.title });
  if (Math.min(...figures) !== Math.max(...figures))
    await expect(row).toContainText(
      `to Ukraine: claims ${Math.min(...figures)}–${Math.max(...figures)}`,
    );
  const detail = region.getByRole('article');
  // Each party's figure, with who stated it, is in the detail.
  const claimed = detail.locator('.event-fact').filter({ hasText: 'Figure in dispute' });
  for (const claim of disputed.claims!)
    await expect(claimed.filter({ hasText: nf.format(claim.total) }).first()).toBeVisible();
  const web = disputed.evidence.find((ev) => ev.note !== undefined)!;
  const source = sources.find((s) => s.id === web.sourceId)!;
  await expect(detail.getByText(web.note!).first()).toBeVisible();
  const link = detail.getByRole('link').filter({ hasText: /./ }).first();
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
  await expect(detail).toContainText(source.publisher!);
});

test('the mediator filter narrows every view, and the link keeps it', async ({ page }) => {
  const uae = mediators.find((m) => m.id === 'united-arab-emirates')!;
  await page.goto('./');
  const select = page.getByLabel('Mediator');
  await select.selectOption(uae.id);
  await expect(page).toHaveURL(/mediator=united-arab-emirates/);
  const region = page.getByRole('region', { name: regions.events });
  const uaeExchange = events.find((e) => confirmed(e) && e.mediators.includes(uae.id))!;
  const notUae = events.find(
    (e) =>
      confirmed(e) &&
      e.mediators.length > 0 &&
      !e.mediators.includes(uae.id) &&
      !e.title.includes(uaeExchange.title),
  )!;
  await expect(region.getByRole('button', { name: uaeExchange.title, exact: true })).toBeVisible();
  await expect(region.getByRole('button', { name: notUae.title, exact: true })).toHaveCount(0);
  // A fresh page from the link shows the same.
  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(fresh.getByLabel('Mediator')).toHaveValue(uae.id);
  await fresh.close();
});

test('the exchanges list is grouped by year with what each year holds', async ({ page }) => {
  // The list starts from the latest year.
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort().reverse();
  await page.goto('./');
  const region = page.getByRole('region', { name: regions.events });
  const first = years[0]!;
  const inFirst = events.filter((e) => e.date.startsWith(first));
  const heading = region.getByRole('heading', { name: new RegExp(`^${first} `) });
  await expect(heading).toBeVisible();
  await expect(heading).toContainText(`${inFirst.length} events`);
  const releases = events.filter((e) => e.returnKind === 'release');
  if (releases.length > 0) {
    await page.goto(`./?event=${releases[0]!.id}`);
    await expect(
      region
        .getByRole('listitem')
        .filter({ hasText: releases[0]!.title })
        .getByText('One-way release'),
    ).toBeVisible();
  }
});

test('a release to a third country counts on neither side, and is not an unreported size', async ({
  page,
}) => {
  // 4 March 2026: Russia released two Ukrainian POWs with Hungarian citizenship to Hungary.
  const hungary = events.find((e) => e.id === 'exchange-2026-03-04-release')!;
  await page.goto('./?from=2026-03-04&to=2026-03-04');
  for (const side of ['Returned to Ukraine', 'Returned to Russia']) {
    const card = page.locator('.figure').filter({ hasText: side });
    await expect(card.locator('.figure__value')).toHaveText('0 people');
    await expect(card).not.toContainText('unreported');
  }
  const list = page.getByRole('region', { name: regions.events });
  const row = list.getByRole('listitem').filter({ hasText: hungary.title });
  await expect(row).toContainText('0 to Ukraine · 0 to Russia');
  await expect(row).not.toContainText('not reported');
});

test('a period whose swaps give no figures says so, never 0 people', async ({ page }) => {
  // June 2025: seven swaps of the Istanbul deal whose sizes were not disclosed (bodies apart).
  const from = '2025-06-05';
  const to = '2025-06-30';
  const swaps = events.filter(
    (e) => confirmed(e) && e.returnKind !== 'bodies' && e.date >= from && e.date <= to,
  );
  expect(swaps.length).toBeGreaterThan(0);
  expect(swaps.every((e) => !e.toUkraine && !e.toRussia)).toBe(true);
  await page.goto(`./?from=${from}&to=${to}`);
  for (const side of ['Returned to Ukraine', 'Returned to Russia']) {
    const card = page.locator('.figure').filter({ hasText: side });
    await expect(card.locator('.figure__value')).toHaveText('not reported');
    await expect(card).toContainText(`${swaps.length} sizes unreported`);
    await expect(card).not.toContainText('0 people');
  }
  // The chart says why its lines lie at zero, counts people in whole steps, and does not claim
  // the two sides got as many each way.
  const chart = page.getByRole('region', { name: regions.chart });
  await expect(chart.getByText(/^None of the exchanges shown states how many/)).toBeVisible();
  await expect(chart).not.toContainText('0.2');
  await expect(chart).not.toContainText('each way');
});
