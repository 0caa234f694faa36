/** A 390 × 844 phone: no scroll box inside the page, and targets a finger can hit (and on a desktop,
 * the detail beside the list is no scroll box either). */
import type { Browser, Page } from '@playwright/test';
import { expect, regions, test } from './fixtures';

async function phone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('swapwatch:views-ready').length > 0,
  );
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
  await page.waitForFunction(
    () => performance.getEntriesByName('swapwatch:views-ready').length > 0,
  );
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
