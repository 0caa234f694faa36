import { describe, expect, it } from 'vitest';
import { idFields, parseUrlState, serializeUrlState } from '../../../src/state/url-codec';
import {
  defaultUrlState,
  namesOf,
  orderRange,
  urlFields,
  urlKeys,
} from '../../../src/state/url-keys';
import { useAppStore, resetStore } from '../../../src/state/store';

describe('the URL key table', () => {
  it('gives the store its defaults: a fresh store is the plain URL', () => {
    resetStore();
    const state = useAppStore.getState();
    for (const field of urlFields) expect(state[field]).toEqual(defaultUrlState[field]);
    expect(serializeUrlState(defaultUrlState)).toBe('');
  });

  it('reads and writes every key under the names it declares', () => {
    expect(urlFields.flatMap(namesOf)).toEqual([
      'from',
      'to',
      'venue',
      'event',
      'type',
      'order',
      'q',
      'speaker',
      'side',
      'sort',
      'mediator',
      'split',
      'bodies',
      'quote',
      'embed',
      'view',
    ]);
  });

  it('checks ids against the file each id key names', () => {
    expect(idFields.map(({ field, file }) => [field, file])).toEqual([
      ['venue', 'venues'],
      ['event', 'events'],
      ['speaker', 'people'],
      ['mediator', 'mediators'],
      ['quote', 'quotes'],
    ]);
  });

  it('writes a value only when it differs from the default', () => {
    for (const field of urlFields) {
      const entry = urlKeys[field] as (typeof urlKeys)[typeof field] & {
        serialize: (v: unknown, f: string) => [string, string][];
      };
      expect(entry.serialize(entry.default, field)).toEqual([]);
    }
  });

  it('keeps every existing link meaning what it meant', () => {
    const link =
      '?from=2025-01-01&to=2025-12-31&venue=geneva&event=e-1&q=families&speaker=p-1&side=ukraine&sort=oldest&split=1&quote=q-1&embed=1&view=map';
    // A link written before the mediator, bodies, type and order keys reads the same, with them
    // at defaults (its list now starts from the latest exchange, as every list does).
    const { state, notices } = parseUrlState(link);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      venue: 'geneva',
      event: 'e-1',
      type: null,
      order: 'newest',
      q: 'families',
      speaker: 'p-1',
      side: 'ukraine',
      sort: 'oldest',
      mediator: null,
      split: true,
      bodies: false,
      quote: 'q-1',
      embed: 'map',
    });
    expect(serializeUrlState(state)).toBe(link);
    expect(parseUrlState('?mediator=united-arab-emirates&bodies=1').state).toMatchObject({
      mediator: 'united-arab-emirates',
      bodies: true,
    });
  });

  it('has one rule for a reversed range, used by the link and the store alike', () => {
    expect(orderRange('2026-02-01', '2025-01-01')).toEqual({
      from: '2025-01-01',
      to: '2026-02-01',
      swapped: true,
    });
    expect(orderRange('2025-01-01', null)).toEqual({
      from: '2025-01-01',
      to: null,
      swapped: false,
    });
    expect(parseUrlState('?from=2026-02-01&to=2025-01-01').state).toMatchObject({
      from: '2025-01-01',
      to: '2026-02-01',
    });
    resetStore();
    useAppStore.getState().setRange('2026-02-01', '2025-01-01');
    expect(useAppStore.getState()).toMatchObject({ from: '2025-01-01', to: '2026-02-01' });
  });
});
