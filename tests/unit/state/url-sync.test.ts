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

describe('url sync, in detail', () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/#views');
    resetStore('');
    stop = startUrlSync(window);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('writes nothing when a change leaves the link as it is, and keeps the page’s hash', () => {
    const before = window.history.length;
    useAppStore.getState().selectVenue('geneva');
    useAppStore.getState().selectVenue('geneva');
    useAppStore.getState().setHoveredEvent('x');
    expect(window.history.length).toBe(before + 1);
    expect(`${window.location.search}${window.location.hash}`).toBe('?venue=geneva#views');
  });

  it('never writes a state applied from the link itself (back/forward)', () => {
    const before = window.history.length;
    useAppStore.getState().applyUrlState({ ...useAppStore.getState(), venue: 'istanbul' });
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(before);
  });

  it('lets a discrete choice overtake typing that has not been written yet', () => {
    const before = window.history.length;
    useAppStore.getState().setQuery('Zel');
    useAppStore.getState().selectVenue('geneva');
    expect(window.location.search).toBe('?venue=geneva&q=Zel');
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('?venue=geneva&q=Zel');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces the link with the plain one when typing clears the search', () => {
    useAppStore.getState().setQuery('Zel');
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('?q=Zel');
    useAppStore.getState().setQuery('');
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('');
  });

  it('drops typing not yet written when the reader goes back', () => {
    useAppStore.getState().setQuery('Ze');
    window.history.pushState(null, '', '/?venue=istanbul');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('?venue=istanbul');
    expect(useAppStore.getState()).toMatchObject({ venue: 'istanbul', q: '' });
  });

  it('stops writing and listening once stopped', () => {
    useAppStore.getState().setQuery('Ze');
    stop();
    vi.advanceTimersByTime(replaceDebounceMs + 1);
    expect(window.location.search).toBe('');
    useAppStore.getState().selectVenue('geneva');
    expect(window.location.search).toBe('');
    window.history.pushState(null, '', '/?venue=istanbul');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAppStore.getState().venue).toBe('geneva');
    stop = () => undefined;
  });
});

describe('url sync when the address already says it', () => {
  let stop: () => void;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    resetStore('');
    stop = startUrlSync(window);
  });
  afterEach(() => stop());

  it('adds no history entry when the address already holds the new link', () => {
    window.history.pushState(null, '', '/?venue=geneva');
    const before = window.history.length;
    useAppStore.getState().selectVenue('geneva');
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?venue=geneva');
  });

  it('adds no history entry when both the link and the address are plain', () => {
    useAppStore.getState().selectVenue('geneva');
    window.history.pushState(null, '', '/');
    const before = window.history.length;
    useAppStore.getState().resetAll();
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('');
  });
});
