import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../src/data/schemas';
import { workerSearchFor } from '../../../src/search/worker-client';
import type { SearchReply, SearchRequest } from '../../../src/search/worker-host';
import { makeQuote } from '../../fixtures/make-quote';

/** A worker that records what it is asked and answers only when the test says so. */
class ScriptedWorker {
  static last: ScriptedWorker | null = null;
  asked: SearchRequest[] = [];
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    ScriptedWorker.last = this;
  }
  postMessage(request: SearchRequest) {
    this.asked.push(request);
  }
  terminate() {}
  queries() {
    return this.asked.flatMap((r) => (r.type === 'search' ? [r.query] : []));
  }
  /** Answers the latest search: quote 0 matches. */
  answer() {
    const request = this.asked[this.asked.length - 1];
    if (request?.type !== 'search') throw new Error('no search to answer');
    const reply: SearchReply = {
      type: 'result',
      seq: request.seq,
      matched: Uint8Array.of(1, 0),
      terms: [request.query],
    };
    this.onmessage?.({ data: reply } as MessageEvent<SearchReply>);
  }
}

const quotes = [makeQuote('q0'), makeQuote('q1')];
const people = new Map<string, Person>();

describe('the worker search client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends only the newest waiting query, and still answers a dropped one asked again', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const search = workerSearchFor([...quotes], people);
    const worker = ScriptedWorker.last!;
    expect(worker.asked[0]?.type).toBe('build');

    const p = search.search('p');
    const pr = search.search('pr');
    const pri = search.search('pri');
    // 'pr' was overtaken while 'p' ran: only 'p' has been sent.
    expect(worker.queries()).toEqual(['p']);
    worker.answer();
    await expect(p).resolves.toMatchObject({ terms: ['p'] });
    expect(worker.queries()).toEqual(['p', 'pri']);
    // A view whose deferred text still says 'pr' asks for it again: it waits behind 'pri'.
    expect(search.search('pr')).toBe(pr);
    worker.answer();
    await expect(pri).resolves.toMatchObject({ terms: ['pri'] });
    expect(worker.queries()).toEqual(['p', 'pri', 'pr']);
    worker.answer();
    await expect(pr).resolves.toMatchObject({ terms: ['pr'] });
    // The latest answer is shared, not searched again.
    expect(search.search('pr')).toBe(pr);
    expect(worker.queries()).toEqual(['p', 'pri', 'pr']);
  });

  it('rejects what is waiting when the worker fails, and every later search', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const search = workerSearchFor([...quotes], people);
    const worker = ScriptedWorker.last!;
    const a = search.search('a');
    const b = search.search('b');
    worker.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    await expect(a).rejects.toThrow('the quote search worker failed: boom');
    await expect(b).rejects.toThrow('boom');
    await expect(search.search('c')).rejects.toThrow('boom');
  });
});
