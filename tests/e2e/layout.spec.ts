/**
 * The publishable layout, measured from the boxes the browser draws: the phone's first screen,
 * the collapsed filters, the sticky view switcher, skip links, taps that never move what is under
 * the finger, and chart labels that never overlap. Expectations are read from the data files.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, regions, test, viewsReady } from './fixtures';

interface Ev {
  id: string;
  type: 'talks' | 'agreement' | 'exchange';
  status: 'confirmed' | 'expected';
  date: string;
  returnKind?: 'swap' | 'release' | 'bodies';
  toUkraine?: { total: number };
  toRussia?: { total: number };
}
const events = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Ev[];

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function ready(page: Page, url = './') {
  await page.goto(url);
  await viewsReady(page);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** "T2–T4·A1" → T2, T3, T4, A1. */
function codesIn(label: string): string[] {
  return label.split(/[·,]/).flatMap((part) => {
    const run = /^([A-Z])(\d+)–[A-Z](\d+)$/.exec(part);
    if (!run) return [part];
    const out: string[] = [];
    for (let n = Number(run[2]); n <= Number(run[3]); n++) out.push(`${run[1]}${n}`);
    return out;
  });
}

/** The talks/agreement codes in a chart's labels: none overlap, and each is named exactly once. */
async function expectMarkerLabelsApart(page: Page) {
  const labels = page.locator('.chart-marker-labels text');
  const listed = await page
    .getByRole('list', { name: 'Talks and agreements on the time axis' })
    .locator('.chart-markers__code')
    .allTextContents();
  expect(listed.length).toBeGreaterThan(1);
  const texts = await labels.allTextContents();
  expect(texts.flatMap(codesIn).sort()).toEqual([...listed].sort());
  const boxes = await Promise.all((await labels.all()).map(box));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlap(boxes[i]!, boxes[j]!), `${texts[i]} and ${texts[j]} overlap`).toBe(false);
}

test('the talks and agreement codes over the chart never overlap, on a desktop', async ({
  page,
}) => {
  await ready(page);
  await expectMarkerLabelsApart(page);
  // Rounds days apart in one year crowd the axis most.
  await page.getByRole('button', { name: '2025', exact: true }).click();
  await expectMarkerLabelsApart(page);
});

test.describe('on a phone', () => {
  test.use(phone);

  test('the headline figures and the whole chart are on the first screen', async ({ page }) => {
    await ready(page);
    const height = page.viewportSize()!.height;
    for (const label of ['Returned to Ukraine', 'Returned to Russia', 'Exchanges of people']) {
      const card = page.locator('.figure', { has: page.getByText(label, { exact: true }) });
      const b = await box(card);
      expect(b.y + b.height, `${label} card`).toBeLessThanOrEqual(height);
    }
    const plot = await box(page.locator('.chart-plot'));
    expect(plot.y + plot.height).toBeLessThanOrEqual(height);
    await expect(page.locator('.chart-title')).toBeInViewport({ ratio: 1 });
    await expectMarkerLabelsApart(page);
  });

  test('the map and the quotes are built as they come near the screen', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).not.toHaveClass(/booting/);
    const map = page.getByRole('region', { name: regions.map, exact: true });
    const quotes = page.getByRole('region', { name: regions.quotes, exact: true });
    // Hydrated, the chart drawn, and still only placeholders two screens down.
    await expect(page.locator('.chart-plot svg.chart-static')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(map.getByRole('status')).toContainText('Loading');
    await expect(map.locator('.leaflet-container')).toHaveCount(0);
    await expect(quotes.locator('article.quote')).toHaveCount(0);
    // A reader scrolls down (here with the view switcher): each view is built before it is reached.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map' }).tap();
    await expect(map.locator('.leaflet-container')).toBeVisible();
    await quotes.scrollIntoViewIfNeeded();
    await expect(quotes.locator('article.quote').first()).toBeVisible();
  });

  test('the presets are one Period list, and the rest wait behind More filters', async ({
    page,
  }) => {
    await ready(page);
    await expect(page.getByRole('group', { name: 'Date presets' })).toBeHidden();
    await expect(page.getByLabel('From')).toBeHidden();
    const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
    const period = page.getByRole('combobox', { name: 'Period' });
    await expect(period.locator('option')).toContainText(['All time', ...years]);
    await period.selectOption(years.at(-1)!);
    await expect(page).toHaveURL(new RegExp(`from=${years.at(-1)}-01-01&to=${years.at(-1)}-12-31`));
    await expect(page.locator('.filter-line')).toContainText(years.at(-1)!);
    const more = page.getByRole('button', { name: 'More filters' });
    await more.click();
    await expect(page.getByLabel('From')).toHaveValue(`${years.at(-1)}-01-01`);
    await expect(page.getByRole('combobox', { name: 'Mediator' })).toBeVisible();
    // Escape folds the panel back and returns to its toggle.
    await page.getByLabel('From').focus();
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('From')).toBeHidden();
    await expect(more).toBeFocused();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  test('the view switcher stays at the top and takes a reader to each view in one tap', async ({
    page,
  }) => {
    await ready(page);
    const nav = page.getByRole('navigation', { name: 'Views' });
    const url = page.url();
    for (const [name, region] of [
      ['Exchanges', regions.events],
      ['Map', regions.map],
      ['Quotes', regions.quotes],
      ['Chart', regions.chart],
    ] as const) {
      await nav.getByRole('link', { name, exact: true }).tap();
      const view = page.getByRole('region', { name: region });
      // The view's top lands just below the switcher, which stays pinned at the top.
      await expect.poll(async () => Math.abs((await box(nav)).y) <= 1).toBe(true);
      const [n, v] = await Promise.all([box(nav), box(view)]);
      expect(v.y - n.height, `${name} lands below the switcher`).toBeGreaterThanOrEqual(-1);
      expect(v.y - n.height, `${name} lands just below the switcher`).toBeLessThan(24);
      await expect(view).toBeFocused();
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute(
        'aria-current',
        'location',
      );
    }
    // The address is still the view's link: going to a view is not a filter.
    expect(page.url()).toBe(url);
  });

  test('the switcher marks the view in the middle of the screen when the views move without a scroll', async ({
    page,
  }) => {
    await ready(page);
    const nav = page.getByRole('navigation', { name: 'Views' });
    const map = page.getByRole('region', { name: regions.map, exact: true });
    const quotes = page.getByRole('region', { name: regions.quotes, exact: true });
    await nav.getByRole('link', { name: 'Quotes', exact: true }).tap();
    await expect(quotes.locator('article.quote').first()).toBeVisible();
    await expect(map.locator('.leaflet-container')).toBeVisible();
    // The top of the quotes a little above the middle of the screen, the map's list of places above.
    await page.evaluate(() => {
      const top = document.getElementById('quotes')!.getBoundingClientRect().top;
      window.scrollBy(0, top - window.innerHeight / 2 + 40);
    });
    await expect(nav.getByRole('link', { name: 'Quotes', exact: true })).toHaveAttribute(
      'aria-current',
      'location',
    );
    // The list of places opens (above the middle) and pushes the quotes down: the map now crosses
    // the middle, with no scroll.
    const y = await page.evaluate(() => window.scrollY);
    await map.locator('details.map-places').evaluate((d: HTMLDetailsElement) => {
      d.open = true;
    });
    await expect(nav.getByRole('link', { name: 'Map', exact: true })).toHaveAttribute(
      'aria-current',
      'location',
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
  });

  test('taps never move what is under the finger', async ({ page }) => {
    await ready(page);
    // Each control is tapped where it is, and is still there afterwards: what changes opens below.
    const still = async (control: Locator, tap: () => Promise<void>) => {
      const before = await box(control);
      await tap();
      await page.waitForTimeout(150);
      const after = await box(control);
      expect(Math.abs(after.y - before.y), 'moved vertically').toBeLessThanOrEqual(1);
      expect(Math.abs(after.x - before.x), 'moved sideways').toBeLessThanOrEqual(1);
    };
    const bodies = page.getByRole('button', { name: 'Bodies', exact: true });
    await bodies.scrollIntoViewIfNeeded();
    await still(bodies, () => bodies.tap());
    await expect(bodies).toHaveAttribute('aria-pressed', 'true');
    const split = page.getByRole('button', { name: 'Soldiers / civilians', exact: true });
    await still(split, () => split.tap());
    await page.evaluate(() => window.scrollTo(0, 0));
    const more = page.getByRole('button', { name: /More filters/ });
    await still(more, () => more.tap());
    const period = page.getByRole('combobox', { name: 'Period' });
    await still(period, () => period.selectOption('2025').then(() => undefined));
    // Choosing a place on the map rewrites the figures above it; the map stays under the finger.
    const venues = JSON.parse(readFileSync('public/data/venues.json', 'utf8')) as { id: string }[];
    const map = page.locator('.map-view__map');
    await map.scrollIntoViewIfNeeded();
    const marker = page.locator(`.leaflet-marker-icon[data-venue-id="${venues[0]!.id}"]`);
    await still(map, () => marker.tap());
    await expect(page).toHaveURL(new RegExp(`venue=${venues[0]!.id}`));
  });

  test('every control is at least 24 × 24 px to tap', async ({ page }) => {
    await ready(page);
    await page.getByRole('button', { name: /More filters/ }).tap();
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const controls = document.querySelectorAll<HTMLElement>(
        'button, select, input, summary, [role="button"], a[href]',
      );
      for (const el of controls) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not displayed
        if (el.closest('.skip-links')) continue; // off screen until focused
        // A link inside a sentence is exempt (WCAG 2.5.8 "inline").
        if (el.tagName === 'A' && el.closest('p, li') && !el.closest('nav')) {
          const text = el.closest('p, li')!.textContent ?? '';
          if (text.trim() !== (el.textContent ?? '').trim()) continue;
        }
        if (r.width < 24 || r.height < 24)
          out.push(
            `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
      }
      return out;
    });
    expect(small).toEqual([]);
  });
});

test('on a desktop the switcher marks both the map and the quotes beside it while they are read', async ({
  page,
}) => {
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Views' });
  const quotes = page.getByRole('region', { name: regions.quotes, exact: true });
  await expect(quotes.locator('article.quote').first()).toBeVisible();
  // The two columns' tops a little above the middle of the screen.
  await page.evaluate(() => {
    const top = document.getElementById('quotes')!.getBoundingClientRect().top;
    window.scrollBy(0, top - window.innerHeight / 2 + 40);
  });
  const mapBox = await box(page.locator('#map'));
  const quotesBox = await box(page.locator('#quotes'));
  expect(Math.abs(mapBox.y - quotesBox.y), 'the map and the quotes side by side').toBeLessThan(50);
  // Both marked on screen; one current location for a screen reader, the first in reading order.
  for (const name of ['Map', 'Quotes'])
    await expect(nav.getByRole('link', { name, exact: true })).toHaveClass('view-nav__in-sight');
  for (const name of ['Chart', 'Exchanges'])
    await expect(nav.getByRole('link', { name, exact: true })).not.toHaveClass(
      'view-nav__in-sight',
    );
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await expect(nav.getByRole('link', { name: 'Map', exact: true })).toHaveAttribute(
    'aria-current',
    'location',
  );
});

test('skip links: the first Tab stops go to each view', async ({ page }) => {
  await ready(page);
  const names = ['the chart', 'the map', 'the quotes', 'the exchanges'];
  for (const name of names) {
    await page.keyboard.press('Tab');
    const link = page.getByRole('link', { name: `Skip to ${name}` });
    await expect(link).toBeFocused();
    await expect(link).toBeInViewport();
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: regions.quotes })).toBeFocused();
  await expect(page.getByRole('region', { name: regions.quotes })).toBeInViewport();
});

test("a talks round's short range labels its days on the time axis", async ({ page }) => {
  await ready(page);
  await page
    .getByRole('group', { name: 'Date presets' })
    .getByRole('button', { name: /talks.*→ exchanges/ })
    .first()
    .click();
  await expect(page).toHaveURL(/from=/);
  const params = new URL(page.url()).searchParams;
  const days = (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 86_400_000 + 1;
  // The preset spans the talks and the exchanges they produced: days or weeks, not months.
  expect(days).toBeLessThan(60);
  const ticks = page.locator('.recharts-xAxis-tick-labels text');
  await expect(ticks.first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2}$/);
  expect(await ticks.count()).toBeGreaterThanOrEqual(3);
  for (const text of await ticks.allTextContents()) expect(text).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
});

test('when every exchange shown was one-for-one, the chart says the lines coincide', async ({
  page,
}) => {
  const people = (from: string, to: string) => {
    const shown = events.filter(
      (e) =>
        e.type === 'exchange' &&
        e.status === 'confirmed' &&
        e.returnKind !== 'bodies' &&
        e.date >= from &&
        e.date <= to,
    );
    const u = shown.reduce((n, e) => n + (e.toUkraine?.total ?? 0), 0);
    const r = shown.reduce((n, e) => n + (e.toRussia?.total ?? 0), 0);
    return {
      shown,
      // Both figures stated and equal: a swap without figures adds 0 to both lines, equal or not.
      equal: shown.every(
        (e) => e.toUkraine !== undefined && e.toUkraine.total === e.toRussia?.total,
      ),
      u,
      r,
    };
  };
  // May 2025 (one-for-one swaps, per the data), and the whole record.
  const istanbul = people('2025-05-01', '2025-05-31');
  expect(istanbul.equal && istanbul.shown.length > 0).toBe(true);
  // June's swaps give no figures: equal lines there say nothing of who got how many.
  expect(people('2025-05-01', '2025-06-30').equal).toBe(false);
  await ready(page, './?from=2025-05-01&to=2025-06-30');
  await expect(page.locator('.chart-title')).toBeVisible();
  await expect(page.getByText('The two lines coincide')).toHaveCount(0);
  await ready(page, './?from=2025-05-01&to=2025-05-31');
  const note = page.getByText('The two lines coincide');
  await expect(note).toContainText(`${new Intl.NumberFormat('en-GB').format(istanbul.u)} each way`);
  expect(people('2022-01-01', '2099-12-31').u).not.toBe(people('2022-01-01', '2099-12-31').r);
  await page.getByRole('button', { name: 'All time' }).click();
  await expect(note).toHaveCount(0);
});

test('the talks and agreements under the chart are one Tab stop, walked with the arrow keys', async ({
  page,
}) => {
  await ready(page);
  const list = page.getByRole('list', { name: 'Talks and agreements on the time axis' });
  const items = list.getByRole('button');
  const count = await items.count();
  expect(count).toBeGreaterThan(2);
  await page.getByRole('group', { name: /^Cumulative chart/ }).focus();
  await page.keyboard.press('Tab');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  // One Tab leaves the whole list.
  await page.keyboard.press('Tab');
  expect(await list.evaluate((l) => l.contains(document.activeElement))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(items.last()).toBeFocused();
});

test('Escape closes the official figure’s note and the chart’s table, back to their summary', async ({
  page,
}) => {
  await ready(page);
  const why = page.locator('.summary-official > summary');
  await why.click();
  await expect(page.getByText(/Officially stated by/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/Officially stated by/)).toBeHidden();
  await expect(why).toBeFocused();
  const table = page.getByText('Show the numbers as a table');
  await table.click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('details.chart-table-toggle')).not.toHaveAttribute('open', '');
  await expect(table).toBeFocused();
});

test('the soldiers/civilians split draws only the series the sources report', async ({ page }) => {
  type Split = { soldiers?: number; civilians?: number };
  const all = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as (Ev & {
    toUkraine?: Split;
    toRussia?: Split;
  })[];
  const series = [
    ['toUkraine', 'soldiers', 'Ukraine: soldiers'],
    ['toUkraine', 'civilians', 'Ukraine: civilians'],
    ['toRussia', 'soldiers', 'Russia: soldiers'],
    ['toRussia', 'civilians', 'Russia: civilians'],
  ] as const;
  const years = [...new Set(all.map((e) => e.date.slice(0, 4)))].sort();
  // A year in which some split is reported and some is not, per the data.
  const year = years.find((y) => {
    const shown = all.filter(
      (e) => e.date.startsWith(y) && e.status === 'confirmed' && e.returnKind !== 'bodies',
    );
    const has = series.map(([side, part]) => shown.some((e) => (e[side]?.[part] ?? 0) > 0));
    return has.some(Boolean) && !has.every(Boolean);
  });
  expect(year, 'a year with a partial split in the data').toBeDefined();
  await ready(page, `./?from=${year}-01-01&to=${year}-12-31&split=1`);
  const key = page.getByRole('list', { name: 'Lines' });
  const shown = all.filter(
    (e) => e.date.startsWith(year!) && e.status === 'confirmed' && e.returnKind !== 'bodies',
  );
  for (const [side, part, name] of series) {
    const reported = shown.some((e) => (e[side]?.[part] ?? 0) > 0);
    await expect(key.getByText(name, { exact: true })).toHaveCount(reported ? 1 : 0);
  }
  await expect(page.getByText('Only the splits the sources report get a line')).toBeVisible();
});

/**
 * Scrolls the page so the map's zoom buttons pass just under the sticky view switcher, and checks
 * that what a tap on each tab hits is the tab, not the map's controls.
 */
async function expectTabsOverTheMap(page: Page) {
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Views' });
  const zoom = page.locator('.leaflet-control-zoom');
  await zoom.waitFor();
  const navHeight = (await box(nav)).height;
  const top = (await box(zoom)).y + (await page.evaluate(() => window.scrollY));
  await page.evaluate((y) => window.scrollTo(0, y), top - navHeight / 2);
  await expect.poll(async () => Math.abs((await box(nav)).y) <= 1).toBe(true);
  const [z, n] = [await box(zoom), await box(nav)];
  expect(overlap(z, n), 'the zoom buttons pass under the switcher').toBe(true);
  for (const name of ['Chart', 'Map', 'Quotes', 'Exchanges']) {
    const tab = nav.getByRole('link', { name, exact: true });
    const b = await box(tab);
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('nav')?.getAttribute('aria-label'),
      [b.x + b.width / 2, b.y + b.height / 2],
    );
    expect(hit, `a tap on ${name} reaches the switcher`).toBe('Views');
  }
}

test('the map’s controls pass under the view switcher, never over its tabs', async ({ page }) => {
  await expectTabsOverTheMap(page);
});

test.describe('on a phone, the switcher over the map', () => {
  test.use(phone);
  test('the map’s controls pass under the view switcher, never over its tabs', async ({ page }) => {
    await expectTabsOverTheMap(page);
  });

  test('keyboard hints are left out on a touch screen', async ({ page }) => {
    await ready(page);
    await expect(page.locator('.keys-hint').first()).toBeHidden();
    expect(await page.locator('.keys-hint').count()).toBeGreaterThan(1);
    for (const hint of await page.locator('.keys-hint').all()) await expect(hint).toBeHidden();
  });

  test('“Link copied” moves nothing: the name, the buttons and the filters stay put', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page);
    const watched = [
      page.getByRole('heading', { level: 1, name: 'Swapwatch' }),
      page.locator('.downloads summary'),
      page.getByRole('button', { name: 'More filters' }),
    ];
    const before = await Promise.all(watched.map(box));
    await page.getByRole('button', { name: 'Copy link' }).first().tap();
    await expect(page.getByText('Link copied')).toBeVisible();
    expect(await Promise.all(watched.map(box))).toEqual(before);
  });
});

test('keyboard hints are shown where a keyboard is likely', async ({ page }) => {
  await ready(page);
  await expect(page.getByText('In the list, ↑ and ↓ move between events.')).toBeVisible();
});
