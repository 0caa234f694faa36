import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, regions, test, viewsReady } from './fixtures';

const read = (name: string): unknown[] =>
  JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8'));

/** Serves one data file with the given response instead of the real one. */
async function serve(page: Page, name: string, response: { status?: number; body: string }) {
  await page.route(`**/data/${name}.json`, (route) =>
    route.fulfill({
      status: response.status ?? 200,
      contentType: 'application/json',
      body: response.body,
    }),
  );
}

const failedLoad = /Failed to load resource/;

/** The quote browser's count when all `n` quotes it holds are shown. */
const allQuotesCount = (page: Page, n: number) =>
  page
    .getByRole('region', { name: regions.quotes })
    .getByRole('status')
    .filter({ hasText: `${n} of ${n} quotes` });

test.describe('a broken data file breaks only the views that need it', () => {
  test('HTTP 500 on quotes.json: the quotes view says so and retries; the others work', async ({
    page,
    guard,
  }) => {
    guard.allowConsoleErrors.push(failedLoad);
    let healthy = false;
    await page.route('**/data/quotes.json', async (route) => {
      if (healthy) return route.continue();
      return route.fulfill({ status: 500, body: 'boom' });
    });
    await page.goto('./');
    const quotes = page.getByRole('region', { name: regions.quotes });
    await expect(quotes.getByRole('alert')).toContainText('quotes.json', { timeout: 15_000 });
    await expect(quotes.getByRole('alert')).toContainText('HTTP 500');
    await expect(
      page.getByRole('region', { name: regions.chart }).locator('.recharts-line-curve').first(),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: regions.events }).getByRole('alert')).toHaveCount(
      0,
    );
    healthy = true;
    await quotes.getByRole('button', { name: 'Retry' }).click();
    await expect(quotes.getByRole('alert')).toHaveCount(0);
    await expect(quotes.getByRole('status').filter({ hasText: /of \d+ quotes/ })).toBeVisible();
  });

  test('404 on venues.json: the map names the file; chart, quotes and events keep working', async ({
    page,
    guard,
  }) => {
    guard.allowConsoleErrors.push(failedLoad);
    await serve(page, 'venues', { status: 404, body: 'missing' });
    await page.goto('./');
    const map = page.getByRole('region', { name: regions.map });
    await expect(map.getByRole('alert')).toContainText('venues.json');
    await expect(map.getByRole('alert')).toContainText('HTTP 404');
    await expect(page.getByRole('region', { name: regions.quotes }).getByRole('alert')).toHaveCount(
      0,
    );
    await expect(page.getByRole('region', { name: regions.chart }).getByRole('alert')).toHaveCount(
      0,
    );
  });

  test('a file that is not JSON is named, with the reason', async ({ page }) => {
    await serve(page, 'people', { body: '{ this is not json' });
    await page.goto('./');
    const quotes = page.getByRole('region', { name: regions.quotes });
    await expect(quotes.getByRole('alert')).toContainText('people.json');
    await expect(quotes.getByRole('alert')).toContainText('not valid JSON');
    await expect(page.getByRole('region', { name: regions.chart }).getByRole('alert')).toHaveCount(
      0,
    );
  });

  test('one broken event is left out: every view stays up, the figures say they are incomplete', async ({
    page,
  }) => {
    const events = read('events') as {
      id: string;
      type: string;
      status: string;
      returnKind?: string;
      toUkraine?: { total: unknown };
    }[];
    const quotes = read('quotes');
    const at = events.findIndex((e) => e.id === 'exchange-2026-03-05-geneva-stage-1');
    const broken = events[at]!;
    // What the summary must show: every confirmed exchange's count but the broken one's.
    const expected = events
      .filter(
        (e, i) =>
          i !== at &&
          e.type === 'exchange' &&
          e.status === 'confirmed' &&
          e.returnKind !== 'bodies',
      )
      .reduce((sum, e) => sum + Number(e.toUkraine?.total ?? 0), 0);
    events[at] = { ...broken, toUkraine: { total: 'lots' } };
    await serve(page, 'events', { body: JSON.stringify(events) });
    await page.goto('./');

    const notice = page.locator('#left-out');
    await expect(notice).toContainText('1 record was left out of the views');
    await expect(notice).toContainText(
      `events.json › record "${broken.id}" (#${at}) › toUkraine.total`,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);

    const summary = page.getByRole('definition').filter({ hasText: 'people' }).first();
    await expect(summary).toContainText(`${expected.toLocaleString('en-GB')} people`);
    for (const name of [regions.chart, regions.map, regions.events]) {
      await expect(
        page.getByRole('region', { name }).getByText(/Incomplete: 1 record left out/),
      ).toBeVisible();
    }
    // The quotes do not depend on the broken figure: all of them are there, none marked incomplete.
    const quotesView = page.getByRole('region', { name: regions.quotes });
    await expect(allQuotesCount(page, quotes.length)).toBeVisible();
    await expect(quotesView.getByText(/Incomplete/)).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: regions.events }).getByRole('button', { name: broken.id }),
    ).toHaveCount(0);

    await page
      .getByRole('region', { name: regions.chart })
      .getByRole('link', { name: 'see the list' })
      .click();
    await expect(page).toHaveURL(/#left-out$/);
    await expect(notice).toBeInViewport();
  });

  test('a quote whose speaker is not in people.json is left out and listed', async ({ page }) => {
    const quotes = read('quotes') as { id: string; speakerId: string }[];
    quotes[0] = { ...quotes[0]!, speakerId: 'nobody-at-all' };
    await serve(page, 'quotes', { body: JSON.stringify(quotes) });
    await page.goto('./');
    const notice = page.locator('#left-out');
    await expect(notice).toContainText(`quotes.json › record "${quotes[0]!.id}" (#0) › speakerId`);
    await expect(notice).toContainText('nobody-at-all');
    const quotesView = page.getByRole('region', { name: regions.quotes });
    await expect(allQuotesCount(page, quotes.length - 1)).toBeVisible();
    await expect(quotesView.getByText(/Incomplete: 1 record left out/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a second quote under an id already used is left out and listed; the first stays', async ({
    page,
  }) => {
    const quotes = read('quotes') as { id: string; text: string }[];
    const twin = { ...quotes[2]!, text: 'A second record under the same id.' };
    await serve(page, 'quotes', { body: JSON.stringify([...quotes, twin]) });
    await page.goto(`./?quote=${twin.id}`);
    const notice = page.locator('#left-out');
    await expect(notice).toContainText(
      `quotes.json › record "${twin.id}" (#${quotes.length}) › id: duplicate id "${twin.id}": used by records #2 and #${quotes.length}`,
    );
    await expect(allQuotesCount(page, quotes.length)).toBeVisible();
    // The link to the id marks the first record's quote; the second is nowhere.
    const linked = page
      .getByRole('region', { name: regions.quotes })
      .locator('[aria-current="true"]');
    await expect(linked).toHaveCount(1);
    await expect(linked).toContainText(quotes[2]!.text.slice(0, 40));
    await expect(page.getByText('A second record under the same id.')).toHaveCount(0);
  });
});

const hostile = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(2)</script>',
  js: 'javascript:alert(3)',
  long: 'A'.repeat(3000),
  rtl: '\u202Eevil\u202C zero\u200Bwidth',
};

test('hostile text renders as inert, readable text in every view', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const quotes = read('quotes') as Record<string, unknown>[];
  const people = read('people') as Record<string, unknown>[];
  const venues = read('venues') as Record<string, unknown>[];
  const events = read('events') as Record<string, unknown>[];
  const sources = read('sources') as Record<string, unknown>[];
  quotes[0] = { ...quotes[0], text: `${hostile.img} ${hostile.script} ${hostile.long}` };
  people[0] = { ...people[0], name: hostile.img, role: hostile.rtl };
  venues[0] = { ...venues[0], name: hostile.script, description: hostile.long };
  // The file's last event is the latest, on the list's first page.
  const latest = events.length - 1;
  events[latest] = { ...events[latest], title: hostile.img, summary: hostile.script };
  sources[0] = { ...sources[0], title: hostile.script, url: hostile.js };
  for (const [name, body] of Object.entries({ quotes, people, venues, events, sources })) {
    await serve(page, name, { body: JSON.stringify(body) });
  }
  await page.goto('./');
  await expect(
    page.getByRole('region', { name: regions.events }).getByText(hostile.img).first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: regions.quotes })
      .locator('article')
      .getByText(hostile.img)
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: regions.map })
      .getByRole('button', { name: hostile.script })
      .first(),
  ).toBeAttached();
  // Nothing from the data became an element or a link.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  // Open the hostile event's detail (evidence, source) too.
  await page
    .getByRole('region', { name: regions.events })
    .getByRole('button', { name: hostile.img })
    .first()
    .click();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  // A 3,000-character word wraps instead of widening the page.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(dialogs).toEqual([]);
});

test('the production build ships a strict Content-Security-Policy and runs under it', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toMatch(/img-src 'self' data: blob:(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  await expect(
    page.getByRole('region', { name: regions.map }).locator('.leaflet-container'),
  ).toBeVisible();
  // recharts too (it comes with the reader's first move) draws under the policy.
  const chart = page.getByRole('region', { name: regions.chart });
  await chart.locator('.chart-plot').hover();
  await expect(chart.locator('.recharts-line-curve').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('with the network cut off except for its own origin, the whole app works', async ({
  page,
  context,
}) => {
  const blocked: string[] = [];
  let origin = '';
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (origin === '' || url.origin === origin) return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
  await page.goto('./');
  for (const name of Object.values(regions)) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(
    page.getByRole('region', { name: regions.map }).locator('.leaflet-container path').first(),
  ).toBeAttached();
  await expect(
    page
      .getByRole('region', { name: regions.quotes })
      .getByRole('status')
      .filter({ hasText: /of \d+ quotes/ }),
  ).toBeVisible();
  await viewsReady(page);
  expect(blocked).toEqual([]);
});
