/** Each key's parser on the edge cases a shared link can carry, with the notice it gives. */
import { describe, expect, it } from 'vitest';
import { maxQueryLength, parseUrlState } from '../../../src/state/url-codec';
import { orderRange } from '../../../src/state/url-keys';

const parse = (search: string) => parseUrlState(search);

describe('what a link’s values parse to', () => {
  it('treats an empty value as missing, silently', () => {
    expect(parse('?from=&venue=&q=')).toMatchObject({
      state: { from: null, venue: null, q: '' },
      notices: [],
    });
  });

  it('reads flags as 0 or 1 only', () => {
    expect(parse('?split=1&bodies=0').state).toMatchObject({ split: true, bodies: false });
    expect(parse('?split=0').state.split).toBe(false);
    expect(parse('?split=yes')).toMatchObject({
      state: { split: false },
      notices: ['Ignored the chart split: "yes" is not 0 or 1.'],
    });
  });

  it('quotes a long bad value cut at 40 characters', () => {
    const forty = 'x'.repeat(40);
    expect(parse(`?${forty}=1`).notices).toEqual([`Ignored unknown setting "${forty}".`]);
    expect(parse(`?${forty}y=1`).notices).toEqual([`Ignored unknown setting "${forty}…".`]);
    expect(parse('?venue=Not A Slug').notices).toEqual([
      'Ignored the venue: "Not A Slug" is not a valid id.',
    ]);
  });

  it('cleans control characters out of the search text and cuts it past the limit', () => {
    expect(parse('?q=a%00b%1Fc%7Fd').state.q).toBe('a b c d');
    const exact = 'z'.repeat(maxQueryLength);
    expect(parse(`?q=${exact}`)).toMatchObject({ state: { q: exact }, notices: [] });
    expect(parse(`?q=${exact}z`)).toMatchObject({
      state: { q: exact },
      notices: [`The search text was cut to its first ${maxQueryLength} characters.`],
    });
  });

  it('reads an embed as its view, the chart when none or a bad one is named', () => {
    expect(parse('?embed=0&view=map').state.embed).toBeNull();
    expect(parse('?embed=1&view=map')).toMatchObject({ state: { embed: 'map' }, notices: [] });
    expect(parse('?embed=1')).toMatchObject({ state: { embed: 'chart' }, notices: [] });
    expect(parse('?embed=1&view=table')).toMatchObject({
      state: { embed: 'chart' },
      notices: ['Ignored the embedded view: "table" is not one of chart, map, quotes, events.'],
    });
    expect(parse('?embed=yes&view=map')).toMatchObject({
      state: { embed: null },
      notices: ['Ignored "embed": "yes" is not 0 or 1.'],
    });
  });

  it('swaps a reversed range only when both ends are given', () => {
    expect(orderRange('2026-01-01', null)).toEqual({
      from: '2026-01-01',
      to: null,
      swapped: false,
    });
    expect(orderRange(null, '2025-01-01')).toEqual({
      from: null,
      to: '2025-01-01',
      swapped: false,
    });
    expect(orderRange('2025-01-01', '2025-01-01').swapped).toBe(false);
    expect(parse('?from=2026-01-01&to=2025-01-01').notices).toEqual([
      '"from" was after "to": the two dates were swapped.',
    ]);
  });
});
