/**
 * Keeps the URL and the store in step. The URL is the source of truth for a shared link; after
 * load the store leads: a discrete choice pushes a history entry, typing replaces the current one
 * (debounced), hover never touches history. Back/forward re-applies the link.
 */
import { useEffect } from 'react';
import { useAppStore } from './store';
import { parseUrlState, pickUrlState, serializeUrlState } from './url-codec';
import type { UrlState } from './url-codec';

/** How long typing waits before the URL is rewritten. */
export const replaceDebounceMs = 300;

/** The canonical URL of a state: this page's address with the state's query string. */
export function canonicalUrl(search: string, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${search}${location.hash}`;
}

/** Starts syncing; returns the function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSearch = serializeUrlState(pickUrlState(useAppStore.getState()));

  const write = (search: string, mode: 'push' | 'replace') => {
    // The address may already say it (a link opened as is, or the plain page): no new entry.
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  const unsubscribe = useAppStore.subscribe((state) => {
    const search = serializeUrlState(pickUrlState(state));
    if (search === lastSearch) return;
    lastSearch = search;
    if (state.historyMode === 'none') return;
    if (timer !== undefined) clearTimeout(timer);
    if (state.historyMode === 'replace') {
      timer = setTimeout(() => {
        timer = undefined;
        write(search, 'replace');
      }, replaceDebounceMs);
    } else {
      timer = undefined;
      write(search, 'push');
    }
  });

  const onPopState = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const parsed = parseUrlState(win.location.search);
    lastSearch = serializeUrlState(parsed.state);
    useAppStore.getState().applyUrlState(parsed.state);
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** React hook form of startUrlSync, mounted once in the app. */
export function useUrlSync(): void {
  useEffect(() => startUrlSync(), []);
}

/** The canonical URL of the current view with some choices changed (a quote in view, no embed…). */
export function viewUrlWith(changes: Partial<UrlState> = {}): string {
  return canonicalUrl(serializeUrlState({ ...pickUrlState(useAppStore.getState()), ...changes }));
}
