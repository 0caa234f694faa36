/** The shareable link of one quote, built from the one URL codec. */
import { currentUrlState } from '../../state/store';
import { serializeUrlState } from '../../state/url-codec';
import { canonicalUrl } from '../../state/url-sync';

/**
 * The dashboard's URL with the current filters and this quote in view. The link always opens the
 * full dashboard (not an embed), since that is where a reader can follow the quote's context.
 */
export function quoteLinkUrl(quoteId: string): string {
  return canonicalUrl(serializeUrlState({ ...currentUrlState(), quote: quoteId, embed: null }));
}
