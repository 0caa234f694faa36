/**
 * Takes the README screenshots of the real app (production build) with Debian's Chromium:
 * desktop 1400×900 and phone 390×844. Run `npm run build` first; `npm run screenshot` does both.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const port = 4199;
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
  const shots = [
    {
      file: 'docs/screenshots/dashboard-desktop.png',
      viewport: { width: 1400, height: 900 },
      isMobile: false,
      full: true,
    },
    {
      file: 'docs/screenshots/dashboard-phone.png',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      full: false,
    },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      isMobile: shot.isMobile,
      hasTouch: shot.isMobile,
      deviceScaleFactor: 1,
    });
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('swapwatch:views-ready').length > 0,
      null,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: shot.file, fullPage: shot.full });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
