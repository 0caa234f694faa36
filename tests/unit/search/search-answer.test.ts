import { describe, expect, it } from 'vitest';
import {
  answerFor,
  noSearch,
  nothingYet,
  searchingAll,
  toPublish,
} from '../../../src/search/search-answer';

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

  it('before any answer is published, shows a search as pending and matching nothing', () => {
    // A link with a search in it: the unsearched quotes are never shown.
    const answer = answerFor('zel', { q: null, state: noSearch });
    expect(answer.busy).toBe(true);
    expect(answer.result?.matched).toEqual(new Uint8Array(0));
  });

  it('keeps every quote, marked busy, while the first letter typed has no answer yet', () => {
    expect(answerFor('z', { q: '', state: noSearch })).toEqual({ result: null, busy: true });
    // …and while the letters after it wait for the same first answer.
    expect(answerFor('ze', { q: 'z', state: searchingAll })).toBe(searchingAll);
  });

  it('shows nothing for a search whose quotes were never shown unsearched', () => {
    // The text was there before the quotes file (a link, or typed while it loaded).
    const answer = answerFor('zel', { q: 'ze', state: noSearch });
    expect(answer.busy).toBe(true);
    expect(answer.result?.matched).toEqual(new Uint8Array(0));
  });

  it('is no search at all for a blank text, whatever was published', () => {
    expect(answerFor('  ', { q: 'zel', state: { result: found, busy: false } })).toBe(noSearch);
  });
});

describe('toPublish', () => {
  const waiting = { result: nothingYet, busy: true };

  it('publishes a search with no answer yet as every quote, busy, after the unsearched list', () => {
    expect(toPublish({ q: '', state: noSearch }, waiting)).toBe(searchingAll);
    expect(toPublish({ q: 'z', state: searchingAll }, waiting)).toBe(searchingAll);
    // The query's kept data is a deleted text's answer, which the reader was not shown.
    expect(toPublish({ q: '', state: noSearch }, { result: found, busy: true })).toBe(searchingAll);
  });

  it('publishes the search as it is otherwise', () => {
    // A link with a search: nothing was published before.
    expect(toPublish({ q: null, state: noSearch }, waiting)).toBe(waiting);
    // The text came before the quotes file: the reader never saw them unsearched.
    expect(toPublish({ q: 'zel', state: noSearch }, waiting)).toBe(waiting);
    // An answer, and the previous matches kept while the next letter is searched.
    const answered = { result: found, busy: false };
    expect(toPublish({ q: '', state: noSearch }, answered)).toBe(answered);
    const previous = { result: found, busy: true };
    expect(toPublish({ q: 'ze', state: answered }, previous)).toBe(previous);
    // A search that could not run says so.
    const failed = { result: null, busy: false, failed: 'the search code did not load' };
    expect(toPublish({ q: '', state: noSearch }, failed)).toBe(failed);
  });
});

describe('after a search that could not run', () => {
  const failed = { result: null, busy: false, failed: 'the search code did not load' };

  it('keeps saying so while the next text is tried', () => {
    expect(answerFor('pr', { q: 'p', state: failed })).toBe(failed);
    expect(toPublish({ q: 'p', state: failed }, { result: nothingYet, busy: true })).toBe(failed);
    // Not a deleted search's matches, kept by the query meanwhile.
    expect(toPublish({ q: 'p', state: failed }, { result: found, busy: true })).toBe(failed);
  });

  it('gives way to the next answer, and to no search at all', () => {
    const answered = { result: found, busy: false };
    expect(toPublish({ q: 'p', state: failed }, answered)).toBe(answered);
    expect(answerFor('', { q: 'p', state: failed })).toBe(noSearch);
  });
});
