import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { dataFileNames } from '../../src/data/file-names';
import { fileSchemas } from '../../src/data/schemas';
import { buildQuoteIndex, searchQuotes } from '../../src/domain/quote-search';
import { syncLimit } from '../../src/search/search-quotes';
import { generateDataset } from '../../scripts/gen-data';
import { expect, regions, test } from './fixtures';

// Expectations come from the data itself, so they stay true while it is curated.
const read = (name: string): unknown =>
  JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8'));
const quotes = fileSchemas.quotes.parse(read('quotes'));
const people = fileSchemas.people.parse(read('people'));
const events = fileSchemas.events.parse(read('events'));
const total = quotes.length;

const spellings = ['Zelenskyy', 'Zelensky', 'Zelenskiy'];
const wordOf = (s: string) => new RegExp(`\\b${s}\\b`);
const zelensky = people.find((p) => [p.name, ...p.aliases].some((n) => wordOf('Zelensky').test(n)));

const quotesRegion = (page: Page) =>
  page.getByRole('region', { name: regions.quotes, exact: true });
const count = (region: Locator) =>
  region.getByRole('status').filter({ hasText: / of \d+ quotes$/ });

/** Clicks "Show more quotes" until the locator is there (long lists render 12, then 50 at a time). */
async function revealed(region: Locator, target: Locator): Promise<Locator> {
  const more = region.getByRole('button', { name: 'Show more quotes' });
  while ((await target.count()) === 0 && (await more.count()) > 0) await more.click();
  return target.first();
}

test('"Zelensky" finds the quotes whatever the spelling, and only those', async ({ page }) => {
  expect(zelensky, 'a person spelled Zelensky').toBeDefined();
  const theirs = quotes.filter((q) => q.speakerId === zelensky?.id);
  await page.goto('./');
  const region = quotesRegion(page);
  await expect(count(region)).toHaveText(`${total} of ${total} quotes`);
  await region.getByLabel('Search quotes').pressSequentially('Zelensky');
  await expect(page).toHaveURL(/[?&]q=Zelensky/);
  await expect(count(region)).not.toHaveText(`${total} of ${total} quotes`);
  const found = Number((await count(region).textContent())?.split(' ')[0]);
  expect(found).toBeGreaterThanOrEqual(theirs.length);

  // Every spelling that the articles use is on screen, each in a quote the search found.
  let checked = 0;
  for (const spelling of spellings) {
    const quote = quotes.find(
      (q) => q.speakerId === zelensky?.id && wordOf(spelling).test(q.context ?? q.text),
    );
    if (!quote) continue;
    checked += 1;
    const card = await revealed(region, region.locator('article', { hasText: quote.text }));
    await expect(card).toBeVisible();
    await expect(
      card.locator('mark', { hasText: new RegExp(`^${spelling}$`) }).first(),
    ).toBeVisible();
  }
  expect(checked, 'spellings found in the data').toBeGreaterThan(0);
  for (const card of await region.locator('article').all()) {
    await expect(card).toContainText(/zelensk/i);
  }
});

test('a link with a search never shows the unsearched quotes, not even for a frame', async ({
  page,
}) => {
  // Every text the quote count takes, from the first one painted.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { countsSeen: string[] }).countsSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.quotes__count')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('./?q=Zelensky');
  const region = quotesRegion(page);
  await expect(count(region)).not.toHaveText(`${total} of ${total} quotes`);
  await expect(count(region)).toHaveText(/^\d+ of \d+ quotes$/);
  const seen = await page.evaluate(
    () => (window as unknown as { countsSeen: string[] }).countsSeen,
  );
  expect(seen.length).toBeGreaterThan(0);
  expect(seen).not.toContain(`${total} of ${total} quotes`);
});

/** How many of the curated quotes a search for `query` matches, by the app's own search. */
const matching = (() => {
  const index = buildQuoteIndex(quotes, new Map(people.map((p) => [p.id, p])));
  return (query: string) =>
    [...(searchQuotes(index, query)?.matched ?? [])].filter((m) => m === 1).length;
})();

/**
 * Records what the list says in the first task after each keystroke: an answer that has to be
 * awaited arrives in a later one, with the list marked busy meanwhile. Returns the reader.
 */
async function recordAfterEachKey(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { afterKey: { busy: string | null; count: string | null }[] };
    w.afterKey = [];
    window.addEventListener('input', () =>
      setTimeout(() =>
        w.afterKey.push({
          busy: document.querySelector('.quotes__results')?.getAttribute('aria-busy') ?? null,
          count: document.querySelector('.quotes__count')?.textContent ?? null,
        }),
      ),
    );
  });
  return () => page.evaluate(() => (window as unknown as { afterKey: unknown[] }).afterKey);
}

/** What the list should say at once for `query`. */
const answered = (query: string) => ({
  busy: 'false',
  count: `${matching(query)} of ${total} quotes`,
});

test('once the search is ready, a keystroke’s answer is on the page before the next task', async ({
  page,
}) => {
  await page.goto('./');
  const region = quotesRegion(page);
  const box = region.getByLabel('Search quotes');
  await expect(count(region)).toHaveText(`${total} of ${total} quotes`);
  // The first letter may wait for the search code; once it is answered the index is on the page.
  await box.pressSequentially('p');
  await expect(count(region)).toHaveText(`${matching('p')} of ${total} quotes`);
  await expect(region.locator('.quotes__results')).toHaveAttribute('aria-busy', 'false');
  const afterKey = await recordAfterEachKey(page);
  // One key at a time: a key typed before the last one's task ran would be read as its answer.
  for (const [i, key] of [...'ris'].entries()) {
    await box.press(key);
    await expect.poll(async () => (await afterKey()).length).toBe(i + 1);
  }
  await expect(count(region)).toHaveText(`${matching('pris')} of ${total} quotes`);
  expect(await afterKey()).toEqual(['pr', 'pri', 'pris'].map(answered));
  expect(new Set(['p', 'pr', 'pri', 'pris'].map(matching)).size, 'each letter narrows').toBe(4);
});

test('once the page has rested, even the first letter is answered before the next task', async ({
  page,
}) => {
  await page.goto('./');
  const region = quotesRegion(page);
  await expect(count(region)).toHaveText(`${total} of ${total} quotes`);
  // The search code arrives while nobody types, and its index is built as it arrives.
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => /quote-search-[^/]*\.js$/.test(e.name)),
  );
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
  const afterKey = await recordAfterEachKey(page);
  await region.getByLabel('Search quotes').press('p');
  await expect.poll(afterKey).toEqual([answered('p')]);
});

test('a nonsense word leaves a clear empty state that can be cleared', async ({ page }) => {
  await page.goto('./');
  const region = quotesRegion(page);
  await region.getByLabel('Search quotes').fill('xqzvbnmwpl');
  await expect(count(region)).toHaveText(`0 of ${total} quotes`);
  await expect(region.getByText('No quotes match “xqzvbnmwpl”.')).toBeVisible();
  await expect(region.locator('article')).toHaveCount(0);
  await region.getByRole('button', { name: 'Clear quote filters' }).click();
  await expect(count(region)).toHaveText(`${total} of ${total} quotes`);
  await expect(region.locator('article').first()).toBeVisible();
});

test('choosing a speaker narrows the list and goes into the URL', async ({ page }) => {
  const tally = new Map<string, number>();
  for (const q of quotes) tally.set(q.speakerId, (tally.get(q.speakerId) ?? 0) + 1);
  const [speakerId, n] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const person = people.find((p) => p.id === speakerId);
  await page.goto('./');
  const region = quotesRegion(page);
  await region.getByLabel('Speaker').selectOption(speakerId);
  await expect(page).toHaveURL(new RegExp(`[?&]speaker=${speakerId}(?:&|$)`));
  await expect(count(region)).toHaveText(`${n} of ${total} quotes`);
  for (const card of await region.locator('article').all()) {
    await expect(card.locator('.quote__speaker').first()).toContainText(person?.name ?? speakerId);
  }
});

test("a quote's event button selects the event across the dashboard", async ({ page }) => {
  const newest = [...quotes]
    .sort((a, b) => b.date.localeCompare(a.date))
    .find((q) => q.eventId !== null);
  const event = events.find((e) => e.id === newest?.eventId);
  if (!event) throw new Error('no quote with an event in the data');
  await page.goto('./');
  const region = quotesRegion(page);
  const button = region.getByRole('button', { name: event.title, exact: true }).first();
  await button.click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(?:&|$)`));
  await expect(
    region.getByRole('button', { name: event.title, exact: true }).first(),
  ).toHaveAttribute('aria-pressed', 'true');
  // The count says the quotes are now those about the event, not the filter above.
  await expect(
    region.getByRole('status').filter({ hasText: /^\d+ of \d+ quotes, about / }),
  ).toHaveText(
    new RegExp(
      `^\\d+ of ${quotes.length} quotes, about “${escapeRegExp(event.title)}”( and what came of it)?$`,
    ),
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a link to a quote shows it, marked, even at the end of the list', async ({ page }) => {
  const oldest = [...quotes].sort(
    (a, b) => a.date.localeCompare(b.date) || b.id.localeCompare(a.id),
  )[0];
  if (!oldest) throw new Error('no quotes');
  await page.goto(`./?quote=${oldest.id}`);
  const marked = quotesRegion(page).locator('[aria-current="true"]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText(oldest.text);
  await expect(marked.getByText('Linked quote')).toBeVisible();
  await expect(marked).toBeInViewport();
  expect(await marked.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('Copy link copies a URL that opens the same quote', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const region = quotesRegion(page);
  const card = region.locator('article').nth(2);
  const text = (await card.locator('blockquote').first().textContent())?.replace(/…/g, '') ?? '';
  await card.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(card.getByText('Link copied')).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(url).searchParams.get('quote')).toMatch(/^[a-z0-9-]+$/);

  const other = await context.newPage();
  await other.goto(url);
  const marked = quotesRegion(other).locator('[aria-current="true"]');
  await expect(marked).toContainText(text);
  await expect(marked).toBeInViewport();
  await other.close();
});

test('hostile text in the data stays inert and wraps inside the view', async ({ page }) => {
  const first = quotes[0];
  if (!first) throw new Error('no quotes');
  const text = `<img src=x onerror=alert(1)><script>alert(2)</script> ${'W'.repeat(400)} \u202Eevil\u200B שלום`;
  const hostile = {
    ...first,
    id: 'q-hostile-test',
    text,
    date: '2099-12-31',
    variantOf: null,
    eventId: null,
  };
  await page.route('**/data/quotes.json', (route) =>
    route.fulfill({ json: [...quotes, hostile], contentType: 'application/json' }),
  );
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto('./');
  const region = quotesRegion(page);
  const card = region.locator('article', { hasText: 'W'.repeat(400) });
  await expect(card).toBeVisible();
  await expect(card.locator('blockquote')).toContainText('<img src=x onerror=alert(1)><script>');
  await expect(region.locator('img, script')).toHaveCount(0);
  const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

/** A count as the page writes it (thousands separated). */
const asCount = (count: number) => count.toLocaleString('en-GB');

/**
 * Serves a generated dataset past the size searched on the page itself (so the worker path is the
 * one under test), and counts a query's matches the way the page's own search would.
 */
async function serveLargeDataset(page: Page) {
  const big = generateDataset({ events: 300, quotes: syncLimit + 1000, seed: 7 });
  for (const name of dataFileNames)
    await page.route(`**/data/${name}.json`, (route) =>
      route.fulfill({ json: big[name], contentType: 'application/json' }),
    );
  const index = buildQuoteIndex(big.quotes, new Map(big.people.map((p) => [p.id, p])));
  const matching = (query: string) =>
    searchQuotes(index, query)?.matched.reduce((n, flag) => n + flag, 0) ?? 0;
  return { big, matching };
}

test('a large quotes file is searched in a worker, with the same answers as on the page', async ({
  page,
}) => {
  const { big, matching } = await serveLargeDataset(page);
  const started = page.waitForEvent('worker');
  await page.goto('./');
  const region = quotesRegion(page);
  const count = region.locator('.quotes__count');
  const totalText = `${asCount(big.quotes.length)} of ${asCount(big.quotes.length)} quotes`;
  await expect(count).toHaveText(totalText);
  const box = page.getByLabel('Search quotes');
  await box.fill('prisoner');
  expect((await started).url()).toMatch(/quote-search\.worker/);
  const prisoner = matching('prisoner');
  expect(prisoner).toBeGreaterThan(0);
  expect(prisoner).toBeLessThan(big.quotes.length);
  await expect(count).toHaveText(`${asCount(prisoner)} of ${asCount(big.quotes.length)} quotes`, {
    timeout: 20_000,
  });
  await expect(region.locator('.quotes__results')).toHaveAttribute('aria-busy', 'false');
  await expect(region.locator('article mark').first()).toBeVisible();
  // Typing on: each answer replaces the last, and clearing the box brings every quote back.
  await box.pressSequentially(' exch');
  await expect(count).toHaveText(
    `${asCount(matching('prisoner exch'))} of ${asCount(big.quotes.length)} quotes`,
  );
  await box.fill('');
  await expect(count).toHaveText(totalText);
});

test('when the search worker cannot start, a large file is searched on the page instead', async ({
  page,
}) => {
  const { big, matching } = await serveLargeDataset(page);
  // As a stricter policy or an old browser would: the constructor exists but refuses.
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new DOMException('workers are not allowed here', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  await page.goto('./');
  const count = quotesRegion(page).locator('.quotes__count');
  await expect(count).toHaveText(
    `${asCount(big.quotes.length)} of ${asCount(big.quotes.length)} quotes`,
  );
  await page.getByLabel('Search quotes').fill('prisoner');
  await expect(count).toHaveText(
    `${asCount(matching('prisoner'))} of ${asCount(big.quotes.length)} quotes`,
    {
      timeout: 30_000,
    },
  );
  await expect(quotesRegion(page).locator('article mark').first()).toBeVisible();
});

test('when neither the worker nor the page can search, the quote browser says so and stays unsearched', async ({
  page,
  guard,
}) => {
  const { big } = await serveLargeDataset(page);
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new DOMException('workers are not allowed here', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  // The page's own search code does not arrive either (the connection dropped after the load).
  await page.route(/\/assets\/quote-search-[^/]*\.js$/, (route) => route.abort());
  guard.allowConsoleErrors.push(/Failed to load resource/);
  await page.goto('./');
  const region = quotesRegion(page);
  const totalText = `${asCount(big.quotes.length)} of ${asCount(big.quotes.length)} quotes`;
  await expect(region.locator('.quotes__count')).toHaveText(totalText);
  const box = page.getByLabel('Search quotes');
  await box.fill('prisoner');
  const alert = region.getByRole('alert');
  await expect(alert).toHaveText(
    'The search could not run: the search code did not load; the connection may be down. The quotes below are not searched; typing tries again, as does reloading the page.',
  );
  // Not a search that never ends, nor an empty result: the quotes, unsearched, not busy.
  await expect(region.locator('.quotes__results')).toHaveAttribute('aria-busy', 'false');
  await expect(region.locator('.quotes__count')).toHaveText(totalText);
  await expect(region.locator('article').first()).toBeVisible();
  // Typing on tries again: meanwhile the message stays (not announced anew) and the list too.
  const alertNode = await alert.elementHandle();
  await box.press('s');
  await expect(alert).toBeVisible();
  expect(await alertNode!.evaluate((el) => el.isConnected)).toBe(true);
  await expect(region.locator('.quotes__count')).toHaveText(totalText);
  // A download would not be the search the link names: it says why instead.
  await page.getByText('Download', { exact: true }).click();
  await page.getByRole('button', { name: 'Quotes shown (JSON)' }).click();
  await expect(page.locator('.downloads__status')).toHaveText(
    'Download failed: the search could not run (the search code did not load; the connection may be down), so no quotes match it yet.',
  );
});
