import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../src/data/schemas';
import { syncLimit, warmQuoteSearch } from '../../../src/search/search-quotes';
import type { SearchRequest } from '../../../src/search/worker-host';
import { makeQuote } from '../../fixtures/make-quote';

/** A worker that only records what it is sent. */
class RecordingWorker {
  static made: RecordingWorker[] = [];
  asked: SearchRequest[] = [];
  onmessage = null;
  onerror = null;
  constructor() {
    RecordingWorker.made.push(this);
  }
  postMessage(request: SearchRequest) {
    this.asked.push(request);
  }
  terminate() {}
}

const people = new Map<string, Person>();

describe('readying the quote search before anyone types', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    RecordingWorker.made = [];
  });

  it('sends a large file’s documents to the worker once the page is idle, once per file', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('Worker', RecordingWorker);
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    const quotes = Array.from({ length: syncLimit + 1 }, (_, i) => makeQuote(`q${i}`));
    warmQuoteSearch(quotes, people);
    warmQuoteSearch(quotes, people);
    expect(RecordingWorker.made).toHaveLength(0);
    expect(idle).toHaveLength(1);
    idle.forEach((task) => task());
    expect(RecordingWorker.made).toHaveLength(1);
    const [build] = RecordingWorker.made[0]!.asked;
    expect(build?.type === 'build' && build.docs).toHaveLength(syncLimit + 1);
  });

  it('leaves a small file alone: its index is built on the first search', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('Worker', RecordingWorker);
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    warmQuoteSearch([makeQuote('q0'), makeQuote('q1')], people);
    expect(idle).toHaveLength(0);
    expect(RecordingWorker.made).toHaveLength(0);
  });
});
