/** The URLs the share tools hand out, all from the one codec. */
import { currentUrlState } from '../../state/store';
import { serializeUrlState } from '../../state/url-codec';
import type { UrlState } from '../../state/url-codec';
import { canonicalUrl } from '../../state/url-sync';

/** The canonical URL of the current view. */
export function currentViewUrl(): string {
  return canonicalUrl(serializeUrlState(currentUrlState()));
}

/** The URL of a variant of the current view (e.g. with a quote in view, or embedded). */
export function viewUrlWith(changes: Partial<UrlState>): string {
  return canonicalUrl(serializeUrlState({ ...currentUrlState(), ...changes }));
}

/** The full dashboard for the current embedded view. */
export function fullViewUrl(): string {
  return viewUrlWith({ embed: null });
}
