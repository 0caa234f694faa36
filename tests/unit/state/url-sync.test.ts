import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useAppStore } from '../../../src/state/store';
import { replaceDebounceMs, startUrlSync } from '../../../src/state/url-sync';

describe('url sync', () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    resetStore('');
    stop = startUrlSync(window);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('pushes a history entry for a discrete choice', () => {
    const before = window.history.length;
    useAppStore.getState().selectVenue('geneva');
    expect(window.location.search).toBe('?venue=geneva');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces the entry while typing, once the typing pauses', () => {
    const before = window.history.length;
    useAppStore.getState().setQuery('Zel');
    useAppStore.getState().setQuery('Zelensky');
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('?q=Zelensky');
    expect(window.history.length).toBe(before);
  });

  it('never writes history for hover', () => {
    useAppStore.getState().setHoveredEvent('x');
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('');
  });

  it('applies the URL on back/forward', () => {
    window.history.pushState(null, '', '/?venue=istanbul&from=2025-01-01');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAppStore.getState().venue).toBe('istanbul');
    expect(useAppStore.getState().from).toBe('2025-01-01');
  });
});
