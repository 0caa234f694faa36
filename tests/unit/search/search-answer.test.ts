import { describe, expect, it } from 'vitest';
import { answerFor, noSearch } from '../../../src/search/search-answer';

const found = { matched: Uint8Array.from([1, 0, 1]), terms: ['zel'] };

describe('answerFor', () => {
  it('gives the published answer for the text it answers', () => {
    const state = { result: found, busy: false };
    expect(answerFor('zel', { q: 'zel', state })).toBe(state);
  });

  it('keeps the previous matches, marked busy, while the new text has no answer yet', () => {
    const answer = answerFor('zele', { q: 'zel', state: { result: found, busy: false } });
    expect(answer).toEqual({ result: found, busy: true });
    // The same object each time, so what is derived from it is computed once.
    expect(answerFor('zelen', { q: 'zel', state: { result: found, busy: false } })).toBe(answer);
  });

  it('shows a search with no answer yet as pending and matching nothing, not as every quote', () => {
    const answer = answerFor('zel', { q: '', state: noSearch });
    expect(answer.busy).toBe(true);
    expect(answer.result?.matched).toEqual(new Uint8Array(0));
  });

  it('is no search at all for a blank text, whatever was published', () => {
    expect(answerFor('  ', { q: 'zel', state: { result: found, busy: false } })).toBe(noSearch);
  });
});
