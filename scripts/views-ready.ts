/**
 * Waiting for the page's views, shared by the browser tests and the screenshot script.
 */
import type { Page } from '@playwright/test';

/**
 * Waits until every view has drawn its data. On a phone the prerendered page builds the map and the
 * quotes only as they come near the screen, so this scrolls to them as a reader would, then back to
 * the top.
 */
export async function viewsReady(page: Page, timeout?: number): Promise<void> {
  const scrolled = await page.waitForFunction(
    () => {
      if (performance.getEntriesByName('swapwatch:views-ready').length > 0) {
        return { scrolled: document.documentElement.dataset.viewsReadyScrolled === 'yes' };
      }
      // Only the prerendered page waits for the reader; a link's own view builds every view at once
      // and may have scrolled to what it links to.
      const prerendered = document.getElementById('root')?.hasAttribute('data-prerendered');
      const waiting = document.querySelector('#map.view--pending, #quotes.view--pending');
      if (prerendered && waiting && !document.documentElement.classList.contains('booting')) {
        // The quotes come after the map: with them in view, the map is passed too. Scrolled by
        // position, as a reader's wheel moves the page, not with scrollIntoView: after that,
        // Chromium 150's first Tab skipped the skip links.
        const quotes = document.getElementById('quotes');
        if (quotes) window.scrollTo(0, quotes.getBoundingClientRect().top + window.scrollY);
        document.documentElement.dataset.viewsReadyScrolled = 'yes';
      }
      return false;
    },
    null,
    { timeout },
  );
  const answer = await scrolled.jsonValue();
  if (answer && answer.scrolled) await page.evaluate(() => window.scrollTo(0, 0));
}
