import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, regions, test, viewsReady } from './fixtures';

async function expectNoViolations(page: Page) {
  await viewsReady(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test.describe('axe finds no WCAG 2.1 AA violation', () => {
  test('in the default view', async ({ page }) => {
    await page.goto('./');
    await expectNoViolations(page);
  });

  test('with a venue selected', async ({ page }) => {
    await page.goto('./?venue=geneva');
    await expect(
      page.getByRole('region', { name: regions.map }).getByText('Clear venue'),
    ).toBeVisible();
    await expectNoViolations(page);
  });

  test('with an exchange selected', async ({ page }) => {
    await page.goto('./?event=exchange-2026-03-05-geneva-stage-1');
    await expect(
      page
        .getByRole('region', { name: regions.events })
        .getByRole('button', { name: 'Close', exact: true }),
    ).toBeVisible();
    await expectNoViolations(page);
  });

  test('with a search that finds nothing', async ({ page }) => {
    await page.goto('./?q=qwertyuiopzzz');
    await expect(
      page.getByRole('region', { name: regions.quotes }).getByText(/No quotes match/),
    ).toBeVisible();
    await expectNoViolations(page);
  });

  test('in an error state', async ({ page, guard }) => {
    guard.allowConsoleErrors.push(/Failed to load resource/);
    await page.route('**/data/venues.json', (route) =>
      route.fulfill({ status: 404, body: 'missing' }),
    );
    await page.goto('./');
    await expect(page.getByRole('region', { name: regions.map }).getByRole('alert')).toBeVisible();
    await viewsReady(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('in the phone layout', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto('./');
    await expectNoViolations(page);
    await context.close();
  });
});

/** Presses Tab until the focused element matches, as a keyboard user would (bounded). */
async function tabTo(
  page: Page,
  matches: (el: Element) => boolean,
  max = 120,
  key = 'Tab',
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('never reached the element by Tab');
}

test('a full exploration works with the keyboard alone, with a visible focus', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await viewsReady(page);
  // Set a range: the 2026 preset.
  await tabTo(page, (el) => el.textContent === '2026' && el.tagName === 'BUTTON');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2026-01-01/);
  // Select a venue on the map.
  await tabTo(
    page,
    (el) => el.getAttribute('aria-label') === 'Geneva' && el.getAttribute('role') === 'button',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/venue=geneva/);
  // Find a quote.
  await tabTo(
    page,
    (el) =>
      el.getAttribute('type') === 'search' ||
      (el.tagName === 'INPUT' &&
        (el as HTMLInputElement).labels?.[0]?.textContent === 'Search quotes'),
  );
  await page.keyboard.type('families');
  await expect(page).toHaveURL(/q=families/);
  await expect(
    page.getByRole('region', { name: regions.quotes }).locator('mark').first(),
  ).toBeVisible();
  // Copy the link: back up to the header's Copy link.
  await tabTo(
    page,
    (el) =>
      el.tagName === 'BUTTON' &&
      el.textContent === 'Copy link' &&
      el.closest('.share-bar') !== null,
    200,
    'Shift+Tab',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('venue=geneva');
  expect(copied).toContain('q=families');
});

test('on a phone every view is reachable, nothing scrolls sideways, and taps work', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('./');
  await viewsReady(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  for (const name of Object.values(regions)) {
    const region = page.getByRole('region', { name, exact: true });
    await region.scrollIntoViewIfNeeded();
    await expect(region).toBeInViewport();
  }
  const marker = page
    .getByRole('region', { name: regions.map })
    .getByRole('button', { name: 'Geneva', exact: true });
  await marker.scrollIntoViewIfNeeded();
  await marker.tap();
  await expect(page).toHaveURL(/venue=geneva/);
  // On a phone the presets are one Period list.
  await page.getByRole('combobox', { name: 'Period' }).selectOption('2026');
  await expect(page).toHaveURL(/from=2026-01-01/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await context.close();
});
