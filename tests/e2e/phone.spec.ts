/** A 390 × 844 phone: no scroll box inside the page, targets a finger can hit, an exchange that opens
 * under the finger (and on a desktop, the detail beside the list is no scroll box either). */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, regions, test, viewsReady } from './fixtures';

interface Ev {
  id: string;
  type: string;
  title: string;
  date: string;
  agreementId?: string | null;
}
const events: Ev[] = JSON.parse(readFileSync('public/data/events.json', 'utf8'));

async function phone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  await viewsReady(page);
  return page;
}

/** Elements inside <main> that scroll on their own: a swipe there moves the box, not the page. */
function scrollBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')].flatMap((el) => {
      const style = getComputedStyle(el);
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      const y = scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const x = scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      return y || x ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
    }),
  );
}

test('no element inside the page scrolls on its own', async ({ browser }) => {
  const page = await phone(browser, './');
  expect(await scrollBoxes(page)).toEqual([]);
  // With an exchange open and every quote shown, still none.
  const events = page.getByRole('region', { name: regions.events, exact: true });
  await events.locator('.event-row__title').first().tap();
  await expect(events.getByRole('article')).toBeVisible();
  const quotes = page.getByRole('region', { name: regions.quotes, exact: true });
  const more = quotes.getByRole('button', { name: 'Show more quotes' });
  while ((await more.count()) > 0) await more.tap();
  expect(await scrollBoxes(page)).toEqual([]);
  await page.context().close();
});

test('on a desktop the open exchange beside the list scrolls with the page, not on its own', async ({
  page,
}) => {
  await page.goto('./?event=exchange-2026-03-05-geneva-stage-1');
  await viewsReady(page);
  const detail = page
    .getByRole('region', { name: regions.events, exact: true })
    .getByRole('article');
  await expect(detail).toBeVisible();
  expect(await scrollBoxes(page)).toEqual([]);
  // Sticky only when the whole panel fits the window, so its end is never out of reach.
  const { sticky, height } = await detail.evaluate((el) => ({
    sticky: getComputedStyle(el).position === 'sticky',
    height: el.getBoundingClientRect().height,
  }));
  if (sticky) expect(height).toBeLessThanOrEqual(page.viewportSize()!.height);
});

test('every button and link in the quotes, exchanges and share bar is at least 24 px each way', async ({
  browser,
}) => {
  const page = await phone(browser, './?event=exchange-2026-03-05-geneva-stage-1');
  await expect(
    page.getByRole('region', { name: regions.events, exact: true }).getByRole('article'),
  ).toBeVisible();
  await page.locator('details.downloads > summary').tap();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.view--quotes, .view--events, .share-bar')]
      .flatMap((scope) => [...scope.querySelectorAll<HTMLElement>('a[href], button, summary')])
      .flatMap((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return [];
        return box.width < 24 || box.height < 24
          ? [`${el.textContent?.slice(0, 40)} ${Math.round(box.width)}×${Math.round(box.height)}`]
          : [];
      }),
  );
  expect(small).toEqual([]);
  await page.context().close();
});

/** An exchange on the list's first page (rows in date order), well clear of its ends, with a title
 * no other event shares, so its row is found by name. */
function exchangeToTap(): Ev {
  // The list's order: the latest first.
  const listed = [...events].sort(
    (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
  );
  const unique = (e: Ev) => events.filter((x) => x.title === e.title).length === 1;
  // Among the first page's rows (30), away from the top of the list.
  const pick = listed.slice(8, 30).find((e) => e.type === 'exchange' && unique(e));
  if (!pick) throw new Error('no exchange with a unique title among the first rows of events.json');
  return pick;
}

/** The element's top on screen once it has stopped moving (layout and scrolling settled). */
async function settledTop(page: Page, locator: Locator): Promise<number> {
  let last = Number.NaN;
  let still = 0;
  for (let i = 0; i < 40 && still < 3; i++) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not rendered');
    still = Math.abs(box.y - last) < 0.5 ? still + 1 : 0;
    last = box.y;
    await page.waitForTimeout(100);
  }
  return last;
}

/** How far the page is scrolled, and where the events view starts in the document. */
function scrollState(page: Page) {
  return page.evaluate(() => {
    const view = document.querySelector('.view--events');
    if (!view) throw new Error('no events view');
    return { scrollY: window.scrollY, viewTop: view.getBoundingClientRect().top + window.scrollY };
  });
}

test('tapping an exchange opens it right under its row, which stays under the finger; a second tap closes it', async ({
  browser,
}) => {
  const target = exchangeToTap();
  const page = await phone(browser, './');
  const view = page.getByRole('region', { name: regions.events, exact: true });
  const list = view.getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  const row = list.getByRole('button', { name: target.title, exact: true });
  // The row's list item: the button's nearest li.
  const item = row.locator('xpath=ancestor::li[1]');
  // The row in the middle of the screen, where a reader taps it.
  await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const before = await settledTop(page, row);
  const scrolledBefore = await scrollState(page);

  await row.tap();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${target.id}(?:&|$)`));
  const detail = view.getByRole('article', { name: target.title, exact: true });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  const after = await settledTop(page, row);
  expect(Math.abs(after - before), 'the tapped row moved on screen').toBeLessThanOrEqual(1);

  // Right under the row: inside its list item, below its last line, with no other row between.
  await expect(item.getByRole('article')).toHaveCount(1);
  expect(await page.locator('.event-detail').count(), 'the detail is in the page once').toBe(1);
  const rowBox = await row.boundingBox();
  const itemBox = await item.boundingBox();
  const detailBox = await detail.boundingBox();
  if (!rowBox || !itemBox || !detailBox) throw new Error('not rendered');
  expect(detailBox.y).toBeGreaterThanOrEqual(rowBox.y + rowBox.height);
  expect(detailBox.y - (rowBox.y + rowBox.height)).toBeLessThan(120);
  expect(detailBox.y + detailBox.height).toBeLessThanOrEqual(itemBox.y + itemBox.height + 1);
  // The page itself does not move: selecting an exchange narrows the quotes above it to that
  // exchange, and the page scrolls by exactly what they gave up, no more, so what is on screen stays.
  const scrolledAfter = await scrollState(page);
  expect(
    Math.abs(
      scrolledAfter.scrollY -
        scrolledBefore.scrollY -
        (scrolledAfter.viewTop - scrolledBefore.viewTop),
    ),
    'the page scrolled by more than the content above changed',
  ).toBeLessThanOrEqual(1);

  // A second tap closes it, with the focus on the row, and the row stays put again.
  await row.tap();
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect(row).toBeFocused();
  expect(Math.abs((await settledTop(page, row)) - before)).toBeLessThanOrEqual(1);
  const closed = await scrollState(page);
  expect(
    Math.abs(closed.scrollY - scrolledBefore.scrollY - (closed.viewTop - scrolledBefore.viewTop)),
  ).toBeLessThanOrEqual(1);
  await page.context().close();
});

test('on a phone Escape closes the exchange under its row and gives the focus back to the row', async ({
  browser,
}) => {
  const target = exchangeToTap();
  const page = await phone(browser, './');
  const view = page.getByRole('region', { name: regions.events, exact: true });
  const row = view
    .getByRole('list', { name: /^Events, (latest|earliest) first$/ })
    .getByRole('button', { name: target.title, exact: true });
  await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const before = await settledTop(page, row);
  await row.tap();
  const detail = view.getByRole('article', { name: target.title, exact: true });
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(row).toBeFocused();
  expect(Math.abs((await settledTop(page, row)) - before)).toBeLessThanOrEqual(1);
  // From the row itself too.
  await row.tap();
  await expect(detail).toBeVisible();
  await row.focus();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(row).toBeFocused();
  await page.context().close();
});

test('on a phone a shared link opens the exchange under its row, scrolled into view', async ({
  browser,
}) => {
  const target = exchangeToTap();
  const page = await phone(browser, `./?event=${target.id}`);
  const view = page.getByRole('region', { name: regions.events, exact: true });
  const row = view
    .getByRole('list', { name: /^Events, (latest|earliest) first$/ })
    .getByRole('button', { name: target.title, exact: true });
  const detail = view.getByRole('article', { name: target.title, exact: true });
  await expect(detail).toBeVisible();
  await expect(row).toBeInViewport({ ratio: 1 });
  await expect(detail).toBeInViewport();
  await expect(
    row.locator('xpath=ancestor::li[1]').getByRole('article', { name: target.title }),
  ).toHaveCount(1);
  await page.context().close();
});

test('on a phone a link inside an open detail goes to the other event, in view and focused', async ({
  browser,
}) => {
  // An agreement and the last of its stages: further down the list, past the agreement's detail.
  const stagesOf = (id: string) =>
    events
      .filter((e) => e.type === 'exchange' && e.agreementId === id)
      .sort((a, b) => a.date.localeCompare(b.date));
  const agreement = events.find((e) => e.type === 'agreement' && stagesOf(e.id).length > 0);
  const stage = agreement ? stagesOf(agreement.id).at(-1) : undefined;
  if (!agreement || !stage) throw new Error('no agreement with a recorded stage');
  const page = await phone(browser, `./?event=${agreement.id}`);
  const view = page.getByRole('region', { name: regions.events, exact: true });
  const detail = view.getByRole('article', { name: agreement.title, exact: true });
  await detail
    .getByRole('list', { name: 'Stages' })
    .getByRole('button', { name: stage.title, exact: true })
    .tap();
  const next = view.getByRole('article', { name: stage.title, exact: true });
  await expect(next.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(next.getByRole('heading', { level: 3 })).toBeInViewport();
  await page.context().close();
});

test('on a phone a shared search is named on the first screen, and one tap shows its quotes', async ({
  browser,
}) => {
  const page = await phone(browser, './?q=Zelensky&side=ukraine');
  const line = page.getByText(/^Quotes filtered/);
  await expect(line).toHaveText('Quotes filtered: “Zelensky” · side: Ukraine · show them clear');
  await expect(line).toBeInViewport({ ratio: 1 });
  const quotes = page.getByRole('region', { name: regions.quotes, exact: true });
  await expect(quotes).not.toBeInViewport();
  await line.getByRole('link', { name: 'show them' }).tap();
  await expect(quotes.getByRole('searchbox')).toHaveValue('Zelensky');
  await expect(quotes.getByRole('searchbox')).toBeInViewport();
  // The address is the shared one still: the tap moved the reader, not the view.
  expect(new URL(page.url()).search).toBe('?q=Zelensky&side=ukraine');
  await page.context().close();
});

test('at a phone’s width a download closes its menu and says so under the button, the title unmoved', async ({
  page,
}) => {
  // The phone's width without its touch emulation: a download in an emulated mobile page once
  // crashed the renderer in a full parallel run; the layout under test depends on the width.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await viewsReady(page);
  const brand = page.getByRole('heading', { name: 'Swapwatch', level: 1 });
  const before = (await brand.boundingBox())!;
  await page.getByText('Download', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Events shown (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('swapwatch-events.csv');
  const status = page.getByRole('status').filter({ hasText: /^Downloaded \d+ events\.$/ });
  await expect(status).toBeVisible();
  await expect(page.getByRole('button', { name: 'Events shown (CSV)' })).toBeHidden();
  await expect(page.locator('details.downloads summary')).toBeFocused();
  // The message lies over the page: the header keeps its layout (the title on one line).
  expect((await brand.boundingBox())!.height).toBe(before.height);
  await expect(status).toBeInViewport({ ratio: 1 });
});

test('a tap on the chart shows its day under the plot, never over the lines being read', async ({
  browser,
}) => {
  const page = await phone(browser, './');
  const chart = page.getByRole('region', { name: regions.chart });
  const plot = chart.locator('.chart-plot').first();
  await plot.scrollIntoViewIfNeeded();
  const area = (await plot.locator('.chart-pointer').boundingBox())!;
  // Where the exchanges of 2025 are: a day with an exchange, so its tooltip shows.
  const days = chart.locator('.chart-tooltip__date');
  for (const share of [0.72, 0.7, 0.75, 0.68, 0.8]) {
    await page.touchscreen.tap(area.x + area.width * share, area.y + area.height * 0.5);
    if ((await days.count()) > 0) break;
  }
  await expect(days).toHaveCount(1);
  const tip = (await chart.locator('.chart-pointer__tooltip').boundingBox())!;
  const axis = (await plot.locator('svg').first().boundingBox())!;
  // Below the plot's lines (its bottom axis at most), and as wide as the screen allows.
  expect(tip.y).toBeGreaterThanOrEqual(axis.y + axis.height - 30);
  expect(tip.x).toBeLessThanOrEqual(area.x + 1);
});
