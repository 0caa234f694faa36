/** The lists and disclosures with the keyboard alone: one Tab stop per list, arrows inside, Escape. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, regions, test, viewsReady } from './fixtures';

interface Ev {
  id: string;
  title: string;
  date: string;
}
interface Q {
  id: string;
  variantOf: string | null;
  inferred: { field: string }[];
}
const events: Ev[] = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
const quotes: Q[] = JSON.parse(readFileSync('public/data/quotes.json', 'utf8'));
/** Rows and cards rendered before "Show more" (src/features/events/event-list.tsx, quotes/labels.ts). */
const eventPage = 30;
const quotePage = 12;

const region = (page: Page, name: keyof typeof regions) =>
  page.getByRole('region', { name: regions[name], exact: true });

async function ready(page: Page, url: string) {
  await page.goto(url);
  await viewsReady(page);
}

/** True while the focus is inside the element. */
const holdsFocus = (list: Locator) => list.evaluate((el) => el.contains(document.activeElement));

/**
 * Presses Tab from `before` until the focus has passed through `list` and out of it; returns how
 * many presses stopped inside the list.
 */
async function tabStopsIn(page: Page, before: Locator, list: Locator): Promise<number> {
  await before.focus();
  let inside = 0;
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await holdsFocus(list)) inside += 1;
    else if (inside > 0) return inside;
  }
  throw new Error('Tab never left the list');
}

test('the events list is one Tab stop; arrows, Home and End move inside it', async ({ page }) => {
  test.skip(events.length < 3, 'too few events to move between');
  await ready(page, './');
  const view = region(page, 'events');
  const list = view.getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  const rows = list.locator('.event-row__title');
  const lastFilter = view.getByRole('group', { name: 'Event types' }).getByRole('button').last();

  expect(await tabStopsIn(page, lastFilter, list)).toBe(1);
  // Tab went past the list to what follows it.
  if (events.length > eventPage)
    await expect(
      view.getByRole('button', { name: /^Show (\d[\d,]* more|the last)/ }),
    ).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(Math.min(events.length, eventPage) - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Back in after leaving: at the row last focused, still the only stop.
  await page.keyboard.press('Tab');
  expect(await holdsFocus(list)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(rows.nth(2)).toBeFocused();
  expect(await tabStopsIn(page, lastFilter, list)).toBe(1);
});

test('Tab enters the events list at the selected event; Escape closes its detail and returns there', async ({
  page,
}) => {
  // On the list's first page, which starts from the latest.
  const sorted = [...events].sort((a, b) => b.date.localeCompare(a.date));
  const target = sorted[Math.min(5, sorted.length - 1)];
  if (!target) throw new Error('no events');
  await ready(page, `./?event=${target.id}`);
  const view = region(page, 'events');
  const list = view.getByRole('list', { name: /^Events, (latest|earliest) first$/ });
  const lastControl = view
    .getByRole('group', { name: 'Order of the list' })
    .getByRole('button')
    .last();
  await lastControl.focus();
  await page.keyboard.press('Tab');
  const row = list.getByRole('button', { name: target.title, exact: true });
  await expect(row).toBeFocused();
  await expect(row).toHaveAttribute('aria-pressed', 'true');

  // Enter on the row it came from again: unselected; Enter once more: selected, focus in the detail.
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/event=/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]event=${target.id}(?:&|$)`));
  const detail = view.getByRole('article', { name: target.title, exact: true });
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect(row).toBeFocused();
});

test('Show more moves focus to the first new row and leaves the rows above where they were', async ({
  browser,
}) => {
  test.skip(events.length <= eventPage, 'every event fits on the first page');
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await ready(page, './');
  const view = region(page, 'events');
  const rows = view
    .getByRole('list', { name: /^Events, (latest|earliest) first$/ })
    .locator('.event-row__title');
  const more = view.getByRole('button', { name: /^Show (\d[\d,]* more|the last)/ });
  await more.scrollIntoViewIfNeeded();
  const lastOld = rows.nth(eventPage - 1);
  const before = await lastOld.boundingBox();
  await more.tap();
  await expect(rows.nth(eventPage)).toBeFocused();
  await expect(rows.nth(eventPage)).toBeInViewport();
  const after = await lastOld.boundingBox();
  expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThanOrEqual(1);
  await context.close();
});

test('the quote list is one Tab stop; Enter goes into a card, Escape back out', async ({
  page,
}) => {
  await ready(page, './');
  const view = region(page, 'quotes');
  const list = view.locator('.quote-list__items');
  const cards = list.locator('article');
  const sort = view.getByLabel('Sort');

  expect(await tabStopsIn(page, sort, list)).toBe(1);
  const groups = quotes.filter((q) => q.variantOf === null).length;
  if (groups > quotePage)
    await expect(view.getByRole('button', { name: 'Show more quotes' })).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(cards.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = cards.nth(1);
  await expect(second).toBeFocused();

  // Into the card: its first control, then Tab through its own controls only.
  await page.keyboard.press('Enter');
  const inner = second.locator('a[href], button, summary');
  await expect(inner.first()).toBeFocused();
  const controls = await inner.count();
  for (let i = 1; i < controls; i++) {
    await page.keyboard.press('Tab');
    await expect(inner.nth(i)).toBeFocused();
  }
  await page.keyboard.press('Escape');
  await expect(second).toBeFocused();
  // Out of the card, its controls leave the Tab order again.
  expect(await tabStopsIn(page, sort, list)).toBe(1);
});

test('Show more quotes moves focus to the first new card', async ({ page }) => {
  const groups = quotes.filter((q) => q.variantOf === null).length;
  test.skip(groups <= quotePage, 'every quote fits on the first page');
  await ready(page, './');
  const view = region(page, 'quotes');
  const cards = view.locator('.quote-list > li > article');
  await view.getByRole('button', { name: 'Show more quotes' }).click();
  await expect(cards.nth(quotePage)).toBeFocused();
  await expect(cards.nth(quotePage)).toBeInViewport();
});

test("Escape closes a quote's date note and gives focus back to its summary", async ({ page }) => {
  test.skip(
    !quotes.some((q) => q.inferred.some((i) => i.field === 'date')),
    'no quote with an inferred date',
  );
  await ready(page, './');
  const view = region(page, 'quotes');
  const more = view.getByRole('button', { name: 'Show more quotes' });
  const notes = view.locator('details.quote__inferred');
  while ((await notes.count()) === 0 && (await more.count()) > 0) await more.click();
  const note = notes.first();
  const summary = note.locator('summary');
  await summary.click();
  await expect(note).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(note).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
  // A second Escape leaves the card's controls for the card.
  await page.keyboard.press('Escape');
  await expect(note.locator('xpath=ancestor::article[1]')).toBeFocused();
});

test('Escape closes the download menu and gives focus back to its button', async ({ page }) => {
  await ready(page, './');
  const menu = page.locator('details.downloads');
  const summary = menu.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Events shown (CSV)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
  await expect(page.getByRole('button', { name: 'Events shown (CSV)' })).toBeHidden();
});
