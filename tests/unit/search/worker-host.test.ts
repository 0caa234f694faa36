// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex, quoteDocuments, searchQuotes } from '../../../src/domain/quote-search';
import { createSearchHost } from '../../../src/search/worker-host';
import { makeQuote } from '../../fixtures/make-quote';
import { peskov } from '../../fixtures/people';

const people = new Map([[peskov.id, peskov]]);
const texts = [
  'The exchange went ahead at the border',
  'Talks in Istanbul were useful',
  'Another exchange is expected next week',
  'Nothing was agreed',
];
const quotes = texts.map((text, i) =>
  makeQuote(`q${i}`, { text, speakerId: i === 1 ? peskov.id : 'someone' }),
);

describe('the search worker host', () => {
  it('answers a query with the same flags and terms as searching on the page', () => {
    const handle = createSearchHost();
    expect(handle({ type: 'build', docs: quoteDocuments(quotes, people) })).toBeNull();
    const local = buildQuoteIndex(quotes, people);
    for (const [seq, query] of ['exchange', 'peskov istanbul', 'xqzv', 'exch'].entries()) {
      const answer = handle({ type: 'search', seq, query });
      expect(answer?.reply).toEqual({ type: 'result', seq, ...searchQuotes(local, query) });
      // The flags go back as a transfer, not a copy.
      if (answer?.reply.type === 'result')
        expect(answer.transfer).toEqual([answer.reply.matched.buffer]);
    }
    const found = handle({ type: 'search', seq: 9, query: 'exchange' })?.reply;
    expect(found?.type === 'result' && [...found.matched]).toEqual([1, 0, 1, 0]);
  });

  it('answers a blank query with no matches, and a search before the build with a failure', () => {
    const handle = createSearchHost();
    expect(handle({ type: 'search', seq: 1, query: 'exchange' })?.reply).toEqual({
      type: 'failed',
      seq: 1,
      message: 'the search index was asked before it was built',
    });
    handle({ type: 'build', docs: quoteDocuments(quotes, people) });
    const blank = handle({ type: 'search', seq: 2, query: '  ' })?.reply;
    expect(blank?.type === 'result' && [...blank.matched]).toEqual([0, 0, 0, 0]);
  });
});
