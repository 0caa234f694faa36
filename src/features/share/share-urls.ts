/** The URLs the share tools hand out, all from the one codec (see src/state/url-sync.ts). */
import { viewUrlWith } from '../../state/url-sync';

/** The canonical URL of the current view. */
export function currentViewUrl(): string {
  return viewUrlWith();
}

/** The full dashboard for the current embedded view. */
export function fullViewUrl(): string {
  return viewUrlWith({ embed: null });
}
