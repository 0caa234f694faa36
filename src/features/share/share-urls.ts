/** The URLs the share tools hand out, all from the one codec (see src/state/url-sync.ts). */
import { useAppStore } from '../../state/store';
import { pickUrlState, serializeUrlState } from '../../state/url-codec';
import { defaultUrlState } from '../../state/url-keys';
import type { UrlField, UrlState } from '../../state/url-keys';
import { viewUrlWith } from '../../state/url-sync';

/** The canonical URL of the current view. */
export function currentViewUrl(): string {
  return viewUrlWith();
}

/** The full dashboard for the current embedded view. */
export function fullViewUrl(): string {
  return viewUrlWith({ embed: null });
}

/**
 * The query string of the view's choices among `fields` (the ones that change what a file holds),
 * for the file's name (the downloads' code words it; the whole record's is empty).
 */
export function downloadChoices(fields: readonly UrlField[]): string {
  const state = pickUrlState(useAppStore.getState());
  const kept: UrlState = { ...defaultUrlState };
  for (const field of fields) Object.assign(kept, { [field]: state[field] });
  return serializeUrlState(kept);
}
