/**
 * The one fixture every browser test uses: it fails the test if the page requests anything outside
 * loopback, throws, or logs a console error. Tests that expect an error (a broken data file) list it
 * in `allowConsoleErrors`.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const loopback = /^(?:https?|wss?):\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?\//;
const benign = /^(?:data|blob|about|chrome-extension):/;

interface Guard {
  /** Console errors matching one of these are expected by the test (e.g. a deliberate HTTP 500). */
  allowConsoleErrors: RegExp[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, page }, use) => {
      const guard: Guard = { allowConsoleErrors: [] };
      const outside: string[] = [];
      const errors: string[] = [];
      await context.route(
        (url) => !loopback.test(url.href) && !benign.test(url.href),
        async (route) => {
          outside.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (guard.allowConsoleErrors.some((re) => re.test(text))) return;
        errors.push(`console error: ${text}`);
      });
      await use(guard);
      expect(outside, 'requests outside loopback').toEqual([]);
      expect(errors, 'page errors and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The four views, found the way a screen reader finds them. */
export const regions = {
  chart: 'Cumulative prisoners returned',
  map: 'Where deals were struck and prisoners handed over',
  quotes: 'Quotes',
  events: 'Exchanges',
} as const;

/**
 * Waits until the app has hydrated the prerendered default view: keys pressed before then reach
 * static HTML (clicks wait on their own, since the prerendered controls take none until then).
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveClass(/booting/);
}

export { viewsReady } from '../../scripts/views-ready';
