/**
 * Fetching, decoding and checking one data file: the only code that reads a data file from the
 * network. With the schemas, zod's parsers and the checks' fast path it is a chunk of its own, which
 * boot.js fetches with the app's script: the first screen does not wait for it, the data does.
 * A file that cannot be read at all throws a DataFileError; a broken record is left out.
 */
import { DataFileError, problemWith } from './data-file-error';
import { parseJsonRecords, parseJsonRecordsInSlices, parseJsonStreamInSlices } from './parse-file';
import type { DataFileRecords, RecordsResult } from './parse-file';
import type { Problem } from './problems';
import type { DataFileName } from './file-names';

/** A loaded file: its valid records, and a problem for each record left out of them. */
export interface LoadedFile<N extends DataFileName> {
  records: DataFileRecords<N>;
  /** Records that failed their schema, located by their place in the file. */
  leftOut: Problem[];
  /** `positions[i]` is the place in the file of `records[i]`. */
  positions: number[];
}

/** Fetches and validates one data file from `url`, pausing for the page between slices. */
export async function loadDataFile<N extends DataFileName>(
  name: N,
  url: string,
  signal?: AbortSignal,
): Promise<LoadedFile<N>> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DataFileError(
      name,
      [problemWith(name, 'could not be reached (network failure)')],
      true,
    );
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new DataFileError(
      name,
      [problemWith(name, `the server answered HTTP ${status}`)],
      response.status >= 500,
    );
  }
  // Read as it arrives where the body is a stream (every current browser), all at once elsewhere.
  if (response.body) {
    const pieces = textPieces(response.body);
    return loadedFrom(name, await parseJsonStreamInSlices(name, pieces, pauseForThePage, signal));
  }
  const text = await response.text();
  return loadedFrom(name, await parseJsonRecordsInSlices(name, text, pauseForThePage, signal));
}

/**
 * A response body's text, piece by piece as the network delivers it: decoded as response.text()
 * would (UTF-8, a byte-order mark dropped, bad bytes replaced), a character split across two
 * pieces kept whole.
 */
export async function* textPieces(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
    finished = true;
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    // Given up before the end (the reader failed): the rest need not download.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * Lets the page paint and take input between slices of work. scheduler.yield() resumes ahead of
 * other queued work; elsewhere a message starts a new task (nested timeouts would be clamped to
 * 4 ms each, a third more time over a thousand slices).
 */
function pauseForThePage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A file's text, validated: its valid records with what was left out. Throws a DataFileError when
 * the file cannot be used at all. The prerender reads the bundled files through it.
 */
export function loadedFileOf<N extends DataFileName>(name: N, text: string): LoadedFile<N> {
  return loadedFrom(name, parseJsonRecords(name, text));
}

function loadedFrom<N extends DataFileName>(
  name: N,
  parsed: RecordsResult<DataFileRecords<N>>,
): LoadedFile<N> {
  if (!parsed.ok) {
    throw new DataFileError(
      name,
      parsed.problems.filter((p) => p.severity === 'error'),
      false,
    );
  }
  return { records: parsed.data, leftOut: parsed.leftOut, positions: parsed.positions };
}
