import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, resetStore, useAppStore } from '../../../src/state/store';

describe('store', () => {
  beforeEach(() => resetStore(''));

  it('starts from the link, before any render', () => {
    const store = createAppStore('?venue=geneva&from=banana');
    expect(store.getState().venue).toBe('geneva');
    expect(store.getState().from).toBeNull();
    expect(store.getState().notices).toEqual([
      'Ignored "from": "banana" is not a date (YYYY-MM-DD).',
    ]);
  });

  it('orders a reversed range and resets everything but the embed', () => {
    const s = useAppStore.getState();
    s.setRange('2026-03-01', '2025-01-01');
    expect(useAppStore.getState()).toMatchObject({ from: '2025-01-01', to: '2026-03-01' });
    s.selectVenue('geneva');
    s.setQuery('deal');
    useAppStore.setState({ embed: 'map' });
    useAppStore.getState().resetAll();
    expect(useAppStore.getState()).toMatchObject({
      from: null,
      to: null,
      venue: null,
      q: '',
      embed: 'map',
    });
  });
});
