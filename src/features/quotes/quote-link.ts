/** The shareable link of one quote. */
import { viewUrlWith } from '../../state/url-sync';

/**
 * The dashboard's URL with the current filters and this quote in view. The link always opens the
 * full dashboard (not an embed), since that is where a reader can follow the quote's context.
 */
export function quoteLinkUrl(quoteId: string): string {
  return viewUrlWith({ quote: quoteId, embed: null });
}
