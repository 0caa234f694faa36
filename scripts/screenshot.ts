/**
 * Takes the README screenshots of the real app (production build) with Debian's Chromium:
 * desktop 1400×900 and phone 390×844. Run `npm run build` first; `npm run screenshot` does both.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { viewsReady } from './views-ready';

const port = Number(process.env.SHOT_PORT ?? 4199);
// vite itself, not through npx: killing npx would leave the server running.
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  {
    stdio: 'ignore',
  },
);

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

try {
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url);
  mkdirSync('docs/screenshots', { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  // The README's robustness promise, shown: one event with a bad figure is left out and listed,
  // and every view (the quote browser included) stays up.
  const events = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
    id: string;
    toUkraine?: unknown;
  }[];
  const broken = events.map((e) =>
    e.id === 'exchange-2026-03-05-geneva-stage-1' ? { ...e, toUkraine: { total: 'lots' } } : e,
  );
  const desktop = { viewport: { width: 1400, height: 900 }, isMobile: false };
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true };
  // The views the publishable-layout issue asks to see, each on a desktop and a phone.
  const views = [
    { name: 'default', query: '' },
    { name: '2026', query: '?from=2026-01-01&to=2026-12-31' },
    { name: 'place-geneva', query: '?venue=geneva' },
    { name: 'exchange', query: '?event=exchange-2026-03-05-geneva-stage-1' },
  ];
  const shots: {
    file: string;
    viewport: { width: number; height: number };
    isMobile: boolean;
    full: boolean;
    query?: string;
    events?: unknown[];
  }[] = [
    { file: 'docs/screenshots/one-bad-event.png', ...desktop, full: true, events: broken },
    { file: 'docs/screenshots/dashboard-desktop.png', ...desktop, full: true },
    { file: 'docs/screenshots/dashboard-phone.png', ...phone, full: false },
    ...views.flatMap((v) => [
      {
        file: `docs/screenshots/view-${v.name}-desktop.png`,
        ...desktop,
        full: false,
        query: v.query,
      },
      { file: `docs/screenshots/view-${v.name}-phone.png`, ...phone, full: false, query: v.query },
    ]),
    {
      file: 'docs/screenshots/embed-chart-640x480.png',
      viewport: { width: 640, height: 480 },
      isMobile: false,
      full: false,
      query: '?embed=1&view=chart&from=2025-05-01&to=2025-07-31',
    },
    {
      file: 'docs/screenshots/embed-map-640x480.png',
      viewport: { width: 640, height: 480 },
      isMobile: false,
      full: false,
      query: '?embed=1&view=map',
    },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      isMobile: shot.isMobile,
      hasTouch: shot.isMobile,
      deviceScaleFactor: 1,
    });
    if (shot.events) {
      const body = JSON.stringify(shot.events);
      await page.route('**/data/events.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    }
    await page.goto(url + (shot.query ?? ''));
    if (shot.query?.includes('embed=1')) {
      // One view, no page-wide ready mark: its drawing is what to wait for.
      await page
        .locator('.embed .recharts-line-curve, .embed .leaflet-marker-icon')
        .first()
        .waitFor({ timeout: 20_000 });
    } else {
      await viewsReady(page, 20_000);
    }
    await page.waitForTimeout(800);
    await page.screenshot({ path: shot.file, fullPage: shot.full });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  // The chart as a reader downloads it: the framed PNG the Download menu saves.
  const page = await browser.newPage({ viewport: desktop.viewport, acceptDownloads: true });
  await page.goto(`${url}?from=2026-01-01&to=2026-12-31`);
  await page.waitForFunction(() => performance.getEntriesByName('swapwatch:views-ready').length);
  await page.locator('details.downloads > summary').click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart (PNG)' }).click(),
  ]);
  await png.saveAs('docs/screenshots/download-chart-2026.png');
  console.log('wrote docs/screenshots/download-chart-2026.png');
  await page.close();
  await browser.close();
} finally {
  server.kill();
}
