/**
 * The page's side of the quote search worker: one worker per quotes file, sent the documents once,
 * then asked one query at a time. Three views read the same quote list, so asking for the latest
 * query again returns the same answer instead of searching again.
 */
import type { Person, Quote } from '../data/schemas';
import { quoteDocuments } from '../domain/quote-search';
import type { SearchResult } from '../domain/quote-search';
import type { SearchReply, SearchRequest } from './quote-search-host';

/** Searches a large quotes file in a worker; rejects when the worker cannot run. */
export interface WorkerSearch {
  search(query: string): Promise<SearchResult>;
  stop(): void;
}

/** True where workers exist (not in jsdom). */
export function canUseWorkers(): boolean {
  return typeof Worker !== 'undefined';
}

let current: { quotes: readonly Quote[]; client: WorkerSearch } | null = null;

/** The worker search for these quotes; the one for an earlier file is stopped. */
export function workerSearchFor(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): WorkerSearch {
  if (current?.quotes === quotes) return current.client;
  current?.client.stop();
  current = { quotes, client: startWorkerSearch(quotes, people) };
  return current.client;
}

interface Waiting {
  resolve: (result: SearchResult) => void;
  reject: (error: Error) => void;
}

function startWorkerSearch(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): WorkerSearch {
  const waiting = new Map<number, Waiting>();
  let broken: Error | null = null;
  let seq = 0;
  let last: { query: string; answer: Promise<SearchResult> } | null = null;

  const fail = (error: Error) => {
    broken ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };

  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./quote-search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      if (!pending) return;
      if (reply.type === 'failed') pending.reject(new Error(reply.message));
      else pending.resolve({ matched: reply.matched, terms: reply.terms });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new Error(`the quote search worker failed: ${event.message || 'it could not start'}`));
    };
    const build: SearchRequest = { type: 'build', docs: quoteDocuments(quotes, people) };
    worker.postMessage(build);
  } catch (e) {
    fail(e instanceof Error ? e : new Error(String(e)));
  }

  return {
    search(query) {
      if (last?.query === query) return last.answer;
      const answer = new Promise<SearchResult>((resolve, reject) => {
        if (broken || !worker) {
          reject(broken ?? new Error('no quote search worker'));
          return;
        }
        seq += 1;
        waiting.set(seq, { resolve, reject });
        const request: SearchRequest = { type: 'search', seq, query };
        worker.postMessage(request);
      });
      last = { query, answer };
      return answer;
    },
    stop() {
      worker?.terminate();
      fail(new Error('the quotes file was replaced'));
    },
  };
}
