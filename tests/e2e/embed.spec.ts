/** The embed in the 640 × 480 frame the README offers: it fits, names what it shows, links back. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, regions, test } from './fixtures';

const venues: { id: string; name: string }[] = JSON.parse(
  readFileSync('public/data/venues.json', 'utf8'),
);
const venue = venues.find((v) => v.id === 'geneva') ?? venues[0];
const frame = { width: 640, height: 480 };
const from = '2025-05-01';
const to = '2026-06-30';

/** "1 May 2025", worked out here rather than with src/domain. */
function day(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

async function openEmbed(page: Page, view: keyof typeof regions, query = '') {
  await page.setViewportSize(frame);
  await page.goto(`./?embed=1&view=${view}${query}`);
  const region = page.getByRole('region', { name: regions[view], exact: true });
  await expect(region).toBeVisible();
  await expect(region.locator('.loading')).toHaveCount(0);
  // The chart draws once it has measured its width.
  if (view === 'chart') await expect(region.locator('.chart-plot svg').first()).toBeVisible();
}

/** The link back lies wholly inside the frame. */
async function expectLinkInFrame(page: Page) {
  const back = page.getByRole('link', { name: /Open in Swapwatch/ });
  const box = await back.boundingBox();
  expect(box, 'the link back is drawn').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(frame.height);
  expect(box!.height).toBeGreaterThanOrEqual(24);
}

for (const view of ['chart', 'map', 'quotes', 'events'] as const) {
  test(`the ${view} embed names its period and place and keeps the link back in the frame`, async ({
    page,
  }) => {
    if (!venue) throw new Error('no venues in the data');
    await openEmbed(page, view, `&from=${from}&to=${to}&venue=${venue.id}`);
    const foot = page.getByRole('contentinfo');
    await expect(foot).toContainText(`${day(from)} – ${day(to)}`);
    await expect(foot).toContainText(venue.name);
    await expectLinkInFrame(page);
    // Scrolled to the end, the link is still there.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectLinkInFrame(page);
  });
}

test('an embed of the whole record says so', async ({ page }) => {
  await openEmbed(page, 'events');
  await expect(page.getByRole('contentinfo')).toContainText('All dates · all places');
});

test('the chart embed fits 640 × 480 without page scrolling, the plot taking what is left', async ({
  page,
}) => {
  await openEmbed(page, 'chart');
  const { scrollHeight, plot, wanted } = await page.evaluate(() => {
    const el = document.querySelector('.chart-plot');
    const embed = document.querySelector('.embed');
    if (!el || !embed) throw new Error('no chart plot in the embed');
    // The height the embed asks of the plot, resolved to pixels.
    const probe = document.createElement('div');
    probe.style.height = 'var(--chart-plot-height)';
    embed.append(probe);
    const asked = probe.getBoundingClientRect().height;
    probe.remove();
    return {
      scrollHeight: document.documentElement.scrollHeight,
      plot: el.getBoundingClientRect().height,
      wanted: asked,
    };
  });
  expect(wanted).toBeGreaterThanOrEqual(140);
  // Everything but the plot fits; the page fits outright once the plot takes the height asked of it
  // (until then it is as much taller as the plot is).
  expect(scrollHeight).toBeLessThanOrEqual(frame.height + Math.max(0, plot - wanted));
  await expectLinkInFrame(page);
});

test('the chart embed keys its talks and agreement codes, whose list stays on the full page', async ({
  page,
}) => {
  await openEmbed(page, 'chart', `&from=${from}&to=${to}`);
  const codes = page.locator('.chart-marker-labels text');
  await expect(codes.first()).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('T talks, A agreements');
});

test('a chart embed of a range with no talks or deals has no codes to key', async ({ page }) => {
  await openEmbed(page, 'chart', '&from=2023-01-01&to=2023-12-31');
  await expect(page.locator('.chart-marker-labels text')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText('all places');
  await expect(page.getByRole('contentinfo')).not.toContainText('T talks');
});

test('the map embed frames every place of the period, and its key sits above the foot', async ({
  page,
}) => {
  await openEmbed(page, 'map', '&from=2025-01-01');
  const map = page.locator('.map-view__map');
  const markers = map.locator('.leaflet-marker-icon');
  await expect(markers.first()).toBeVisible();
  // The fit settles once the key below the map has laid out: every marker's centre in the map.
  await expect.poll(() => markersOutside(map, markers)).toBe(0);
  // Its box changes size with no change of the window's (a host page's layout): framed again.
  await map.evaluate((el: HTMLElement) => {
    el.style.height = '170px';
  });
  await expect.poll(() => markersOutside(map, markers)).toBe(0);
  // Nobody moved the map: it offers no way back to where it already is.
  await expect(page.getByRole('button', { name: 'All places' })).toBeHidden();
  // The size key's line ends above the foot, not under it.
  await map.evaluate((el: HTMLElement) => {
    el.style.height = '';
  });
  const size = (await page.locator('.map-legend__size p').boundingBox())!;
  const foot = (await page.getByRole('contentinfo').boundingBox())!;
  expect(size.y + size.height).toBeLessThanOrEqual(foot.y);
});

/** How many markers' centres lie outside the map's box. */
async function markersOutside(map: Locator, markers: Locator): Promise<number> {
  const area = (await map.boundingBox())!;
  const centres = await markers.evaluateAll((els) =>
    els.map((el) => {
      const b = el.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }),
  );
  return centres.filter(
    (c) => c.x < area.x || c.x > area.x + area.width || c.y < area.y || c.y > area.y + area.height,
  ).length;
}
