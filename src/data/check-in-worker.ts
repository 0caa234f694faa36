/**
 * A large data file is checked in a worker of its own (one per file, so the events and the quotes
 * are checked side by side, on other cores), while the page stays free to draw and to answer
 * input. The page then parses the worker's JSON of the valid records: no schema code on its thread.
 */
import type { DataFileName } from './schemas';
import type { CheckReply } from './check-off-page';

/** From this size a file is worth a worker (tens of milliseconds of checks on the page below it). */
export const offPageBytes = 2_000_000;

/** True where workers exist (not in jsdom, not in Node). */
export function canCheckInWorker(): boolean {
  return typeof Worker !== 'undefined';
}

/**
 * Checks `bytes` in a worker (a copy goes: the page keeps its own to check itself should the worker
 * fail). Rejects when the worker cannot run; a file that fails its checks resolves with the reasons.
 */
export function checkInWorker(name: DataFileName, bytes: ArrayBuffer): Promise<CheckReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-file.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      done();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      reject(new Error(`the checking worker failed: ${event.message || 'it could not start'}`));
    };
    worker.postMessage({ name, bytes });
  });
}
