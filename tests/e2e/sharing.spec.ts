import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, regions, test } from './fixtures';

interface Ev {
  id: string;
  type: string;
  date: string;
  title: string;
  venueIds: string[];
}
interface Q {
  id: string;
  date: string;
  text: string;
  speakerId: string;
}
const events: Ev[] = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
const quotes: Q[] = JSON.parse(readFileSync('public/data/quotes.json', 'utf8'));
const people: { id: string; side: string }[] = JSON.parse(
  readFileSync('public/data/people.json', 'utf8'),
);

const region = (page: Page, name: keyof typeof regions) =>
  page.getByRole('region', { name: regions[name], exact: true });
const quoteCount = (page: Page) =>
  region(page, 'quotes')
    .getByRole('status')
    .filter({ hasText: /of \d+ quotes/ });

test.describe('a shared link reproduces its view in a fresh page', () => {
  test('date range', async ({ page }) => {
    await page.goto('./?from=2026-01-01&to=2026-12-31');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-01-01');
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('2026-12-31');
    const in2026 = quotes.filter((q) => q.date.startsWith('2026')).length;
    await expect(quoteCount(page)).toContainText(`${in2026} of ${quotes.length} quotes`);
  });

  test('venue', async ({ page }) => {
    await page.goto('./?venue=geneva');
    await expect(region(page, 'map').getByRole('button', { name: 'Clear venue' })).toBeVisible();
    await expect(
      region(page, 'events').getByText('Geneva deal, stage 1: 200 for 200', { exact: true }),
    ).toBeVisible();
    await expect(
      region(page, 'events').getByText('UAE-mediated swap: 150 for 150', { exact: true }),
    ).toHaveCount(0);
  });

  test('event', async ({ page }) => {
    await page.goto('./?event=exchange-2026-03-05-geneva-stage-1');
    await expect(
      region(page, 'events').getByRole('heading', { name: 'Geneva deal, stage 1: 200 for 200' }),
    ).toBeVisible();
    await expect(region(page, 'map').locator('path.map-link')).toHaveCount(1);
  });

  test('search text', async ({ page }) => {
    await page.goto('./?q=families');
    await expect(page.getByLabel('Search quotes')).toHaveValue('families');
    await expect(region(page, 'quotes').locator('mark').first()).toHaveText(/famil/i);
  });

  test('speaker', async ({ page }) => {
    await page.goto('./?speaker=donald-trump');
    await expect(page.getByLabel('Speaker')).toHaveValue('donald-trump');
    const n = quotes.filter((q) => q.speakerId === 'donald-trump').length;
    await expect(quoteCount(page)).toContainText(`${n} of ${quotes.length} quotes`);
  });

  test('side', async ({ page }) => {
    await page.goto('./?side=russia');
    await expect(page.getByLabel('Side')).toHaveValue('russia');
    const russians = new Set(people.filter((p) => p.side === 'russia').map((p) => p.id));
    const n = quotes.filter((q) => russians.has(q.speakerId)).length;
    await expect(quoteCount(page)).toContainText(`${n} of ${quotes.length} quotes`);
  });

  test('sort order', async ({ page }) => {
    await page.goto('./?sort=oldest');
    await expect(page.getByLabel('Sort')).toHaveValue('oldest');
    const oldest = [...quotes].sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    )[0]!;
    await expect(region(page, 'quotes').locator('article').first()).toContainText(
      oldest.text.slice(0, 30),
    );
  });

  test('chart split', async ({ page }) => {
    await page.goto('./?split=1');
    await expect(page.getByRole('button', { name: 'Soldiers / civilians' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(region(page, 'chart').getByText('Ukraine: soldiers')).toBeVisible();
  });

  test('a quote in view', async ({ page }) => {
    const target = [...quotes].sort((a, b) => a.date.localeCompare(b.date))[0]!;
    await page.goto(`./?quote=${target.id}`);
    const card = region(page, 'quotes').locator('article', { hasText: 'Linked quote' });
    await expect(card).toContainText(target.text.slice(0, 30));
    await expect(card).toBeInViewport();
  });

  test('several choices together', async ({ page }) => {
    await page.goto('./?from=2025-01-01&to=2025-12-31&venue=istanbul&side=ukraine&sort=oldest');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-01-01');
    await expect(page.getByLabel('Side')).toHaveValue('ukraine');
    await expect(
      region(page, 'events').getByText('Direct-talks deal, stage 1: 390 for 390', { exact: true }),
    ).toBeVisible();
    await expect(region(page, 'events').getByText('Geneva talks', { exact: true })).toHaveCount(0);
  });

  test('an embedded chart: one view, no chrome, a link back', async ({ page }) => {
    await page.goto('./?embed=1&view=chart&from=2026-01-01');
    await expect(region(page, 'chart')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Swapwatch', level: 1 })).toHaveCount(0);
    await expect(region(page, 'map')).toHaveCount(0);
    const back = page.getByRole('link', { name: /Open in Swapwatch/ });
    await expect(back).toHaveAttribute('href', /from=2026-01-01/);
    await expect(back).not.toHaveAttribute('href', /embed=/);
  });

  test('an embedded quote browser keeps its search', async ({ page }) => {
    await page.goto('./?embed=1&view=quotes&q=Zelensky');
    await expect(page.getByLabel('Search quotes')).toHaveValue('Zelensky');
    await expect(region(page, 'chart')).toHaveCount(0);
  });
});

test('a link applies its state before the first render (no flash of the default view)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { firstFromValues: string[] }).firstFromValues = seen;
    new MutationObserver(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="date"]');
      if (input && seen.length === 0) seen.push(input.value);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?from=2025-05-01');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-05-01');
  expect(
    await page.evaluate(() => (window as unknown as { firstFromValues: string[] }).firstFromValues),
  ).toEqual(['2025-05-01']);
});

async function openDownloads(page: Page) {
  const open = await page
    .locator('details.downloads')
    .evaluate((d) => (d as HTMLDetailsElement).open);
  if (!open) await page.getByText('Download', { exact: true }).click();
}

async function downloadOf(
  page: Page,
  label: string,
): Promise<{ download: Download; text: string }> {
  await openDownloads(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

test('downloads contain exactly what the page shows', async ({ page }) => {
  await page.goto('./?from=2026-01-01&to=2026-12-31');
  const shown2026 = events.filter((e) => e.date >= '2026-01-01' && e.date <= '2026-12-31');

  const csv = await downloadOf(page, 'Events shown (CSV)');
  // Named for its view: a file of 2026 is told apart from one of all time.
  expect(csv.download.suggestedFilename()).toBe(
    'swapwatch-events-from-2026-01-01-to-2026-12-31.csv',
  );
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^id,type,returnKind,status,title,date/);
  expect(
    lines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  ).toEqual(shown2026.map((e) => e.id).sort());
  expect(csv.text).toContain('Geneva deal, stage 1: 200 for 200');
  // Every piece of evidence is written out (a web source's note as our summary), and each source
  // can be found again: a URL (the seed articles' too, where we found where they were published),
  // or the seed article's file.
  expect(csv.text).not.toContain('undefined');
  expect(csv.text).toContain('reports (our summary): ');
  expect(csv.text).toMatch(/,"?https:\/\/[^,]+/);
  expect(csv.text).toContain(
    'https://www.aljazeera.com/news/2026/3/5/ukraine-russia-free-200-pows-each-in-latest-swap-amid-stalled-peace-talks',
  );

  const json = await downloadOf(page, 'Quotes shown (JSON)');
  const parsed = JSON.parse(json.text) as {
    view: string;
    quotes: { id: string; source: string }[];
  };
  const n = quotes.filter((q) => q.date.startsWith('2026')).length;
  await expect(quoteCount(page)).toContainText(`${n} of`);
  expect(parsed.quotes).toHaveLength(n);
  expect(parsed.view).toContain('from=2026-01-01');
  expect(parsed.quotes.every((q) => q.source.length > 0)).toBe(true);

  const svg = await downloadOf(page, 'Chart (SVG)');
  expect(svg.text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg.text).toContain('recharts-line-curve');
  expect(svg.text).not.toContain('var(--');
  // It stands on its own: a title with the period, the key, the source and the view's link.
  expect(svg.text).toContain('People returned to Ukraine and to Russia');
  expect(svg.text).toContain('1 Jan 2026 – 31 Dec 2026');
  expect(svg.text).toContain('Returned to Ukraine (confirmed)');
  // The key's swatch is drawn as the line is: Ukraine's confirmed line is a wide, pale band.
  expect(svg.text).toMatch(
    /<line[^>]*stroke-width="6"[^>]*stroke-opacity="0.45"[^>]*\/><text[^>]*>Returned to Ukraine \(confirmed\)</,
  );
  expect(svg.text).toContain('Source: Swapwatch — news reports cited per event');
  expect(svg.text).toMatch(/from=2026-01-01&amp;to=2026-12-31/);

  await openDownloads(page);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart (PNG)' }).click(),
  ]);
  const bytes = readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(2000);
  // The PNG is the framed chart at twice its size: taller than the plot alone.
  const pngHeight = bytes.readUInt32BE(20);
  const svgHeight = Number(/height="(\d+)"/.exec(svg.text)?.[1]);
  expect(pngHeight).toBe(svgHeight * 2);
});

test('the exchanges list’s tab is part of the link, and the events download follows it', async ({
  page,
}) => {
  await page.goto('./?from=2025-01-01&to=2025-12-31');
  const talks2025 = events.filter(
    (e) => e.type === 'talks' && e.date >= '2025-01-01' && e.date <= '2025-12-31',
  );
  expect(talks2025.length).toBeGreaterThan(0);
  const tabs = region(page, 'events').getByRole('group', { name: 'Event types' });
  await tabs.getByRole('button', { name: /^Talks/ }).click();
  await expect(page).toHaveURL(/[?&]type=talks/);
  const csv = await downloadOf(page, 'Events shown (CSV)');
  const ids = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((l) => l.split(',')[0])
    .sort();
  expect(ids).toEqual(talks2025.map((e) => e.id).sort());
  // The link reproduces the tab.
  await page.reload();
  await expect(tabs.getByRole('button', { name: /^Talks/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Back to all: the key leaves the link.
  await tabs.getByRole('button', { name: /^All/ }).click();
  await expect(page).not.toHaveURL(/type=/);
});
