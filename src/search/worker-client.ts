/**
 * The page's side of the quote search worker: one worker per quotes file, sent the documents once,
 * then asked one query at a time. While one search runs, only the newest query waits behind it:
 * the ones typed past in between are dropped (their answers would be thrown away), so the latest
 * keystroke never queues behind every earlier one. Three views read the same quote list, so asking
 * for the latest query again returns the same answer instead of searching again.
 */
import type { Person, Quote } from '../data/schemas';
import { quoteDocuments } from '../domain/quote-documents';
import type { SearchResult } from '../domain/quote-search';
import type { SearchReply, SearchRequest } from './worker-host';

/** Searches a large quotes file in a worker; rejects when the worker cannot run. */
export interface WorkerSearch {
  search(query: string): Promise<SearchResult>;
  stop(): void;
}

/** True where workers exist (not in jsdom). */
export function canUseWorkers(): boolean {
  return typeof Worker !== 'undefined';
}

let current: {
  quotes: readonly Quote[];
  people: ReadonlyMap<string, Person>;
  client: WorkerSearch;
} | null = null;

/** The worker search for these quotes and speakers; the one for earlier files is stopped. */
export function workerSearchFor(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): WorkerSearch {
  if (current?.quotes === quotes && current.people === people) return current.client;
  current?.client.stop();
  current = { quotes, people, client: startWorkerSearch(quotes, people) };
  return current.client;
}

interface Job {
  query: string;
  answer: Promise<SearchResult>;
  resolve: (result: SearchResult) => void;
  reject: (error: Error) => void;
}

function startWorkerSearch(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): WorkerSearch {
  // Asked but not answered, by query: a query dropped from the queue and asked again is queued
  // again with the same answer promise, so whoever asked it first still hears back.
  const unanswered = new Map<string, Job>();
  let running: (Job & { seq: number }) | null = null;
  let next: Job | null = null;
  let broken: Error | null = null;
  let seq = 0;
  let answered: { query: string; answer: Promise<SearchResult> } | null = null;

  const fail = (error: Error) => {
    broken ??= error;
    for (const job of unanswered.values()) job.reject(error);
    unanswered.clear();
    running = next = null;
  };
  const send = (job: Job) => {
    seq += 1;
    running = { ...job, seq };
    const request: SearchRequest = { type: 'search', seq, query: job.query };
    worker?.postMessage(request);
  };

  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./quote-search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      const job = running;
      if (!job || job.seq !== reply.seq) return;
      running = null;
      unanswered.delete(job.query);
      answered = { query: job.query, answer: job.answer };
      if (reply.type === 'failed') job.reject(new Error(reply.message));
      else job.resolve({ matched: reply.matched, terms: reply.terms });
      if (next) {
        const waiting = next;
        next = null;
        send(waiting);
      }
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
      if (answered?.query === query) return answered.answer;
      if (broken || !worker) return Promise.reject(broken ?? new Error('no quote search worker'));
      let job = unanswered.get(query);
      if (!job) {
        let resolve: Job['resolve'] = () => undefined;
        let reject: Job['reject'] = () => undefined;
        const answer = new Promise<SearchResult>((yes, no) => {
          resolve = yes;
          reject = no;
        });
        job = { query, answer, resolve, reject };
        unanswered.set(query, job);
      }
      // While a search runs, only the newest query waits; one overtaken here is dropped until asked
      // again (its asker has moved on).
      if (!running) send(job);
      else if (running.query !== query) next = job;
      return job.answer;
    },
    stop() {
      worker?.terminate();
      fail(new Error('the quotes file was replaced'));
    },
  };
}
