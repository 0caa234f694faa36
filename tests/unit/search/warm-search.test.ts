import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../src/data/schemas';
import {
  searchQuotesFor,
  searchQuotesNow,
  syncLimit,
  warmQuoteSearch,
} from '../../../src/search/search-quotes';
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

type IdleTask = (deadline: { timeRemaining: () => number }) => void;

/** Workers that record, and idle callbacks queued for the test to run with a deadline of its own. */
function stubWorkerAndIdle(): IdleTask[] {
  const idle: IdleTask[] = [];
  vi.stubGlobal('Worker', RecordingWorker);
  vi.stubGlobal('requestIdleCallback', (task: IdleTask) => idle.push(task));
  return idle;
}

/** A pause long enough for the page to be at rest. */
const atRest = { timeRemaining: () => 49 };

describe('readying the quote search before anyone types, and answering at once', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    RecordingWorker.made = [];
  });

  it('sends a large file’s documents to the worker once the page is idle, once per file', () => {
    const idle = stubWorkerAndIdle();
    const quotes = Array.from({ length: syncLimit + 1 }, (_, i) => makeQuote(`q${i}`));
    warmQuoteSearch(quotes, people, false);
    warmQuoteSearch(quotes, people, false);
    expect(RecordingWorker.made).toHaveLength(0);
    expect(idle).toHaveLength(1);
    idle.forEach((task) => task(atRest));
    expect(RecordingWorker.made).toHaveLength(1);
    const [build] = RecordingWorker.made[0]!.asked;
    expect(build?.type === 'build' && build.docs).toHaveLength(syncLimit + 1);
  });

  it('builds a small file’s index on the page once the browser is shown and the page idle; searches then answer at once', async () => {
    const idle = stubWorkerAndIdle();
    const quotes = [
      makeQuote('q0', { text: 'The exchange went ahead in Abu Dhabi.' }),
      makeQuote('q1', { text: 'Talks in Geneva.' }),
    ];
    // Not before the quote browser is on the page (a phone whose reader never scrolls to it).
    warmQuoteSearch(quotes, people, false);
    expect(idle).toHaveLength(0);
    warmQuoteSearch(quotes, people, true);
    warmQuoteSearch(quotes, people, true);
    expect(searchQuotesNow(quotes, people, 'geneva')).toBeNull();
    expect(idle).toHaveLength(1);
    idle.forEach((task) => task(atRest));
    expect(RecordingWorker.made).toHaveLength(0);
    await vi.waitFor(() => expect(searchQuotesNow(quotes, people, 'geneva')).not.toBeNull());
    for (const query of ['geneva', 'abu dha', 'exchnage', 'nothing like it', '  ']) {
      expect(searchQuotesNow(quotes, people, query), query).toEqual(
        await searchQuotesFor(quotes, people, query),
      );
    }
    expect([...(searchQuotesNow(quotes, people, 'geneva')?.matched ?? [])]).toEqual([0, 1]);
    // Another file (or other speakers) is not answered from this index.
    expect(searchQuotesNow([...quotes], people, 'geneva')).toBeNull();
    expect(searchQuotesNow(quotes, new Map(people), 'geneva')).toBeNull();
  });

  it('waits for the page to be at rest, not a short gap between slices of its work', () => {
    const idle = stubWorkerAndIdle();
    const quotes = Array.from({ length: syncLimit + 1 }, (_, i) => makeQuote(`q${i}`));
    warmQuoteSearch(quotes, people, false);
    idle.shift()?.({ timeRemaining: () => 4 });
    expect(RecordingWorker.made).toHaveLength(0);
    expect(idle).toHaveLength(1);
    idle.shift()?.(atRest);
    expect(RecordingWorker.made).toHaveLength(1);
  });

  it('never answers at once for a file searched in the worker', async () => {
    // An index for the file is on the page (built while workers were unavailable)…
    const large = Array.from({ length: syncLimit + 1 }, (_, i) =>
      makeQuote(`q${i}`, { text: 'Talks in Geneva.' }),
    );
    await searchQuotesFor(large, people, 'geneva');
    expect(searchQuotesNow(large, people, 'geneva')).not.toBeNull();
    // …but where a worker can search it, the worker does.
    vi.stubGlobal('Worker', RecordingWorker);
    expect(searchQuotesNow(large, people, 'geneva')).toBeNull();
  });

  it('readies the search after a while on a page that never rests', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const idle = stubWorkerAndIdle();
      const quotes = Array.from({ length: syncLimit + 2 }, (_, i) => makeQuote(`q${i}`));
      warmQuoteSearch(quotes, people, false);
      idle.shift()?.({ timeRemaining: () => 3 });
      expect(RecordingWorker.made).toHaveLength(0);
      vi.setSystemTime(Date.now() + 6000);
      idle.shift()?.({ timeRemaining: () => 3 });
      expect(RecordingWorker.made).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
