// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeQuote } from '../../fixtures/make-quote';
import { peskov, zelensky } from '../../fixtures/people';
import type { Quote } from '../../../src/data/schemas';
import {
  groupVariants,
  keepQuotes,
  prepareQuotes,
  quotesAt,
  speakerCounts,
} from '../../../src/domain/quote-filter';
import type { QuoteFilter } from '../../../src/domain/quote-filter';

const people = new Map([zelensky, peskov].map((p) => [p.id, p]));

const none: QuoteFilter = {
  from: null,
  to: null,
  eventScope: null,
  speaker: null,
  side: null,
  matches: null,
};

const ids = (quotes: readonly Quote[]) => quotes.map((q) => q.id);

const quotes = [
  makeQuote('z1', { speakerId: zelensky.id, eventId: 'swap-2' }),
  makeQuote('p1', { speakerId: peskov.id, eventId: 'swap-1' }),
  makeQuote('ghost1', { speakerId: 'unknown-speaker', eventId: 'swap-2' }),
  makeQuote('z2', { speakerId: zelensky.id, eventId: 'swap-1' }),
];

describe('keepQuotes: scope and side', () => {
  it('keeps the list order whatever order the events in scope come in', () => {
    const order = prepareQuotes(quotes);
    const kept = keepQuotes(order, people, { ...none, eventScope: new Set(['swap-2', 'swap-1']) });
    expect(ids(quotesAt(order, kept))).toEqual(['z1', 'p1', 'ghost1', 'z2']);
    const one = keepQuotes(order, people, { ...none, eventScope: new Set(['swap-1', 'none']) });
    expect(ids(quotesAt(order, one))).toEqual(['p1', 'z2']);
  });

  it('drops quotes by speakers not in the people file when a side is chosen', () => {
    const order = prepareQuotes(quotes);
    const ukraine = keepQuotes(order, people, { ...none, side: 'ukraine' });
    expect(ids(quotesAt(order, ukraine))).toEqual(['z1', 'z2']);
    expect(ids(quotesAt(order, keepQuotes(order, people, none)))).toContain('ghost1');
  });
});

describe('speakerCounts under a filter', () => {
  it('lists only the speakers of the quotes still shown', () => {
    const order = prepareQuotes(quotes);
    const kept = keepQuotes(order, people, { ...none, side: 'russia' });
    expect(speakerCounts(order, kept, people)).toEqual([
      { id: peskov.id, name: 'Dmitry Peskov', count: 1 },
    ]);
  });
});

describe('groupVariants: bad data', () => {
  it('puts a report that points into a cycle of variants in the same group as the cycle', () => {
    const looped = [
      makeQuote('a', { variantOf: 'b' }),
      makeQuote('b', { variantOf: 'c' }),
      makeQuote('c', { variantOf: 'b' }),
    ];
    const shape = groupVariants(looped).map((g) => [g.quote.id, ...ids(g.variants)]);
    expect(shape).toEqual([['a', 'b', 'c']]);
  });
});
