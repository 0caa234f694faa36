import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultUrlState,
  embedViews,
  eventTypes,
  maxQueryLength,
  parseUrlState,
  serializeUrlState,
  sides,
  sorts,
} from '../../../src/state/url-codec';
import type { UrlState } from '../../../src/state/url-codec';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const query = fc
  .string({ maxLength: maxQueryLength, unit: 'grapheme' })
  // eslint-disable-next-line no-control-regex
  .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, maxQueryLength));

const validState: fc.Arbitrary<UrlState> = fc
  .record({
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    venue: fc.option(slug, { nil: null }),
    event: fc.option(slug, { nil: null }),
    type: fc.option(fc.constantFrom(...eventTypes), { nil: null }),
    order: fc.constantFrom(...sorts),
    q: query,
    speaker: fc.option(slug, { nil: null }),
    side: fc.option(fc.constantFrom(...sides), { nil: null }),
    sort: fc.constantFrom(...sorts),
    mediator: fc.option(slug, { nil: null }),
    split: fc.boolean(),
    bodies: fc.boolean(),
    quote: fc.option(slug, { nil: null }),
    embed: fc.option(fc.constantFrom(...embedViews), { nil: null }),
  })
  .map((s) => (s.from && s.to && s.from > s.to ? { ...s, from: s.to, to: s.from } : s));

describe('url codec', () => {
  it('round-trips every valid state: parse(serialize(s)) equals s, with no notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrlState(serializeUrlState(state));
        expect(parsed.state).toEqual(state);
        expect(parsed.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and always yields a valid state for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        const { state } = parseUrlState(junk);
        expect(state.q.length).toBeLessThanOrEqual(maxQueryLength);
        expect(sorts).toContain(state.sort);
        if (state.from && state.to) expect(state.from <= state.to).toBe(true);
        expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves defaults out: the default view is the plain URL', () => {
    expect(serializeUrlState(defaultUrlState)).toBe('');
    expect(serializeUrlState({ ...defaultUrlState, venue: 'geneva' })).toBe('?venue=geneva');
  });

  it('drops garbage values with a reason, keeping the valid parts', () => {
    const { state, notices } = parseUrlState('?from=banana&to=2026-13-45&venue=geneva&side=mars');
    expect(state).toEqual({ ...defaultUrlState, venue: 'geneva' });
    expect(notices).toEqual([
      'Ignored "from": "banana" is not a date (YYYY-MM-DD).',
      'Ignored "to": "2026-13-45" is not a date (YYYY-MM-DD).',
      'Ignored the side: "mars" is not one of ukraine, russia, united-states, other.',
    ]);
  });

  it('drops a date whose year no filter can mean (a year typed digit by digit), and says so', () => {
    const { state, notices } = parseUrlState('?from=0202-06-01&to=2101-01-01');
    expect(state).toEqual(defaultUrlState);
    expect(notices).toEqual([
      'Ignored "from": "0202-06-01" is not a date from 1900 to 2100.',
      'Ignored "to": "2101-01-01" is not a date from 1900 to 2100.',
    ]);
    expect(parseUrlState('?from=1900-01-01&to=2100-12-31').notices).toEqual([]);
  });

  it('swaps reversed dates and says so', () => {
    const { state, notices } = parseUrlState('?from=2026-03-01&to=2025-01-01');
    expect(state.from).toBe('2025-01-01');
    expect(state.to).toBe('2026-03-01');
    expect(notices).toEqual(['"from" was after "to": the two dates were swapped.']);
  });

  it('uses the first of repeated keys and reports the rest', () => {
    const { state, notices } = parseUrlState('?venue=geneva&venue=istanbul');
    expect(state.venue).toBe('geneva');
    expect(notices).toEqual(['Ignored a repeated "venue" (the first one is used).']);
  });

  it('cuts a 10,000-character search text and keeps markup as plain text', () => {
    const long = parseUrlState(`?q=${'a'.repeat(10_000)}`);
    expect(long.state.q).toHaveLength(maxQueryLength);
    expect(long.notices).toEqual([
      `The search text was cut to its first ${maxQueryLength} characters.`,
    ]);
    const markup = parseUrlState(
      `?q=${encodeURIComponent('<script>alert(1)</script>')}&venue=%3Cimg%3E`,
    );
    expect(markup.state.q).toBe('<script>alert(1)</script>');
    expect(markup.state.venue).toBeNull();
    expect(markup.notices).toEqual(['Ignored the venue: "<img>" is not a valid id.']);
  });

  it('reads the embed view, defaulting to the chart', () => {
    expect(parseUrlState('?embed=1&view=map').state.embed).toBe('map');
    expect(parseUrlState('?embed=1').state.embed).toBe('chart');
    expect(parseUrlState('?view=map').state.embed).toBeNull();
  });
});
