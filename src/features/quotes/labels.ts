/** Words and sizes the quote browser uses. */

/**
 * How many quote groups are rendered at first: a screenful or two to read, and few enough that the
 * page's first load does not build 50 cards (on a phone they were 20,000 px, the exchanges list
 * beyond them, and the largest part of the work after hydration).
 */
export const quoteFirstPage = 12;
/** How many more each "Show more quotes" adds. */
export const quotePageSize = 50;

/** The DOM id of a quote's element, so a linked quote can be found and scrolled into view. */
export function quoteDomId(quoteId: string): string {
  return `quote-${quoteId}`;
}
