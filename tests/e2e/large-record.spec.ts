/**
 * A record far larger than the curated one, as a reader meets it: a place with hundreds of events
 * and hundreds of talks rounds stay readable lists instead of thousands of elements.
 */
import { generateDataset } from '../../scripts/gen-data';
import { dataFileNames } from '../../src/data/file-names';
import { buildEventIndex } from '../../src/domain/event-index';
import { venueTotals } from '../../src/domain/venue-totals';
import { expect, regions, test, viewsReady } from './fixtures';

const big = generateDataset({ events: 2000, quotes: 200, seed: 3 });
const index = buildEventIndex(big.events);
const busiest = venueTotals(big.venues, index.list).sort((a, b) => b.events - a.events)[0]!;
const rounds = big.events.filter((e) => e.type === 'talks').length;

test.beforeEach(async ({ page }) => {
  for (const name of dataFileNames)
    await page.route(`**/data/${name}.json`, (route) =>
      route.fulfill({ json: big[name], contentType: 'application/json' }),
    );
});

test('a place with hundreds of events lists them 25 at a time', async ({ page }) => {
  expect(busiest.events).toBeGreaterThan(125);
  await page.goto(`./?venue=${busiest.venue.id}`);
  const map = page.getByRole('region', { name: regions.map, exact: true });
  const panel = map.getByRole('region', { name: busiest.venue.name, exact: true });
  const listed = panel.locator('.map-panel__events button');
  await expect(listed).toHaveCount(25);
  const more = panel.getByRole('button', { name: /^Show (\d[\d,]* more|the last)/ });
  await expect(more).toHaveText(`Show 100 more (${busiest.events - 25} left)`);
  await more.click();
  await expect(listed).toHaveCount(125);
  // Focus goes to the first event the click added, so a keyboard reader reads on from there.
  await expect(listed.nth(25)).toBeFocused();
  // The events are still buttons that select the event.
  await listed.nth(30).click();
  await expect(listed.nth(30)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]event=/);
});

test('hundreds of talks rounds: the list offers the latest hundred and says how to reach the rest', async ({
  page,
}) => {
  expect(rounds).toBeGreaterThan(100);
  await page.goto('./');
  const select = page.getByRole('combobox', { name: /Talks round → exchanges/ });
  await expect(select.locator('option[value^="talks-"]')).toHaveCount(100);
  const note = select.locator('option', { hasText: 'earlier rounds' });
  await expect(note).toHaveText(
    `${rounds - 100} earlier rounds: set their dates under From and To`,
  );
  await expect(note).toBeDisabled();
  // Choosing the oldest listed round sets the range to it.
  const first = select.locator('option[value^="talks-"]').first();
  const value = await first.getAttribute('value');
  await select.selectOption(value!);
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
  await expect(select).toHaveValue(value!);
});

test('after a range change the views in sight say they are redrawing; those out of sight keep their drawing until they come into sight', async ({
  page,
}) => {
  await page.goto('./');
  await viewsReady(page);
  const views = [regions.chart, regions.map, regions.events];
  // Every aria-busy each view's region takes, in order, from the change on.
  await page.evaluate((names) => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { busySeen: typeof seen }).busySeen = seen;
    for (const name of names) {
      const heading = [...document.querySelectorAll('section h2')].find(
        (h) => h.textContent === name,
      );
      const section = heading?.closest('section');
      if (!section) throw new Error(`no region ${name}`);
      seen[name] = [];
      new MutationObserver(() => {
        seen[name]!.push(section.getAttribute('aria-busy') ?? 'false');
      }).observe(section, { attributes: true, attributeFilter: ['aria-busy'] });
    }
  }, views);
  const region = (name: string) => page.getByRole('region', { name, exact: true });
  const years = region(regions.events).locator('.event-row__year');
  const legend = region(regions.map).locator('.map-legend');
  // The page opens at its top: the map and the exchanges are more than a screen below.
  const firstYear = await years.first().textContent();
  expect(firstYear).toMatch(/^\d{4} \d/);
  await expect(legend).not.toContainText('in the selected dates');

  // An end date: the list, the latest first, then starts from an earlier year.
  await page.getByLabel('To', { exact: true }).fill('2024-12-31');
  await expect(page).toHaveURL(/to=2024-12-31/);
  await expect(region(regions.chart)).not.toHaveAttribute('aria-busy', 'true');
  const busySeen = () =>
    page.evaluate(() => (window as unknown as { busySeen: Record<string, string[]> }).busySeen);
  // The chart said it was busy, and was not once it had drawn the new range.
  expect((await busySeen())[regions.chart]).toEqual(['true', 'false']);
  // Out of sight the others keep what they drew, and are not busy: nothing is being redrawn.
  await page.waitForTimeout(300);
  await expect(years.first()).toHaveText(firstYear!);
  await expect(legend).not.toContainText('in the selected dates');
  expect((await busySeen())[regions.map]).toEqual([]);
  expect((await busySeen())[regions.events]).toEqual([]);

  // Each draws the range as it comes into sight: scrolled to, or gone to from the view switcher,
  // saying it is busy until it has.
  await legend.scrollIntoViewIfNeeded();
  await expect(legend).toContainText('in the selected dates');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Exchanges' })
    .click();
  await expect(region(regions.events)).toBeFocused();
  // The latest first: the list now starts in 2024.
  await expect(years.first()).toHaveText(/^2024 /);
  await expect(years.first()).not.toHaveText(firstYear!);
  await expect(region(regions.events)).not.toHaveAttribute('aria-busy', 'true');
  expect((await busySeen())[regions.events]).toEqual(['true', 'false']);
});

test('a search typed into the unsearched quotes keeps them on screen, marked busy, until its answer comes', async ({
  page,
}) => {
  // More quotes than the page searches itself: the search runs in a worker, so its answer is late.
  const many = generateDataset({ events: 200, quotes: 6000, seed: 5 });
  for (const name of dataFileNames)
    await page.route(`**/data/${name}.json`, (route) =>
      route.fulfill({ json: many[name], contentType: 'application/json' }),
    );
  await page.goto('./');
  const quotes = page.getByRole('region', { name: regions.quotes, exact: true });
  const count = quotes.locator('.quotes__count');
  const results = quotes.locator('.quotes__results');
  const all = '6,000 of 6,000 quotes';
  await expect(count).toHaveText(all);
  await viewsReady(page);
  // Every state the quote browser shows from a keystroke on.
  type Seen = { busy: string | null; cards: number; count: string | null };
  const record = () =>
    page.evaluate(() => {
      const seen: Seen[] = [];
      (window as unknown as { quotesSeen: Seen[] }).quotesSeen = seen;
      const browser = document.querySelector('.quotes')!;
      new MutationObserver(() =>
        seen.push({
          busy: browser.querySelector('.quotes__results')?.getAttribute('aria-busy') ?? null,
          cards: browser.querySelectorAll('article').length,
          count: browser.querySelector('.quotes__count')?.textContent ?? null,
        }),
      ).observe(browser, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const seenSince = () =>
    page.evaluate(() => (window as unknown as { quotesSeen: Seen[] }).quotesSeen);
  const box = quotes.getByLabel('Search quotes');

  await record();
  await box.pressSequentially('p');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await expect(count).not.toHaveText(all);
  const firstAnswer = await count.textContent();
  let seen = await seenSince();
  // The list was never emptied and never said "Searching…" while the answer was on its way…
  expect(seen.filter((s) => s.cards === 0 || s.count === 'Searching…')).toEqual([]);
  // …but it did say the quotes shown were being replaced.
  expect(seen.some((s) => s.busy === 'true' && s.count === all)).toBe(true);

  // Cleared and typed again: the deleted search's matches do not come back meanwhile.
  await box.fill('');
  await expect(count).toHaveText(all);
  await record();
  await box.pressSequentially('r');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await expect(count).not.toHaveText(all);
  seen = await seenSince();
  expect(seen.filter((s) => s.cards === 0 || s.count === firstAnswer)).toEqual([]);
  expect(seen.some((s) => s.busy === 'true' && s.count === all)).toBe(true);
});

test('the chart stays plain SVG on a large record, with the same tooltip and click as recharts', async ({
  page,
}) => {
  // An exchange of people, and a three-day window with its day in the middle.
  const exchange = index.list.find(
    (p) =>
      p.event.type === 'exchange' &&
      p.event.returnKind !== 'bodies' &&
      p.event.toUkraine !== undefined &&
      p.event.endDate === undefined,
  )!.event;
  const shift = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const sameDay = index.list.filter(
    (p) => p.event.type === 'exchange' && p.event.date === exchange.date,
  );
  await page.goto(`./?from=${shift(exchange.date, -1)}&to=${shift(exchange.date, 1)}`);
  await viewsReady(page);
  const chart = page.getByRole('region', { name: regions.chart });
  const plot = chart.locator('.chart-plot');
  const box = (await plot.boundingBox())!;
  const grid = (await chart
    .locator('svg.chart-static .chart-static__grid line')
    .first()
    .boundingBox())!;
  // The day starts at a third of the window.
  const x = grid.x + grid.width / 3 + 2;
  await page.mouse.move(x, box.y + box.height / 2, { steps: 4 });
  const tooltip = chart.locator('.chart-tooltip');
  const [y, m, d] = exchange.date.split('-').map(Number) as [number, number, number];
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  await expect(tooltip.locator('.chart-tooltip__date')).toHaveText(`${d} ${months[m - 1]} ${y}`);
  await expect(tooltip).toContainText('This day:');
  // recharts never took over, though the reader has acted.
  await expect(chart.locator('.recharts-wrapper')).toHaveCount(0);
  await expect(chart.locator('svg.chart-static')).toHaveCount(1);
  // A click selects the day's (first) exchange, as on the live chart.
  await page.mouse.click(x, box.y + box.height / 2);
  await expect(page).toHaveURL(new RegExp(`event=(${sameDay.map((p) => p.event.id).join('|')})`));
  // Leaving the plot hides the tooltip.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
  await expect(tooltip).toHaveCount(0);
});
