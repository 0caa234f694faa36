/**
 * Loading the data files: one react-query query per file, each fetched and validated at the edge
 * (the only code that touches the network). A file that fails carries its located problems.
 */
import { queryOptions } from '@tanstack/react-query';
import type { DataFileName } from './schemas';
import { DataFileError, loadedFileOf } from './loaded-file';
import type { LoadedFile } from './loaded-file';
import type { DataFileRecords } from './parse-file';
import { canCheckInWorker, checkInWorker, offPageBytes } from './check-in-worker';
import type { CheckReply } from './check-off-page';
import { fileProblem } from './problems';

const problemWith = (name: DataFileName, message: string) => fileProblem(`${name}.json`, message);

/** The URL of a data file, relative to the page so dist/ works under any path. */
export function dataFileUrl(name: DataFileName): string {
  return `${import.meta.env.BASE_URL}data/${name}.json`;
}

/**
 * Fetches and validates one data file. A file that cannot be read at all (network, HTTP, not JSON,
 * not an array) throws a DataFileError; a broken record only leaves that record out.
 */
export async function fetchDataFile<N extends DataFileName>(
  name: N,
  signal?: AbortSignal,
): Promise<LoadedFile<N>> {
  let response: Response;
  try {
    response = await fetch(dataFileUrl(name), { signal });
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
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength >= offPageBytes && canCheckInWorker()) {
    let reply: CheckReply | null = null;
    try {
      reply = await checkInWorker(name, bytes);
    } catch {
      // No worker here after all (blocked, or failed to start): the page checks the file itself.
    }
    if (reply) return loadedFileOfReply(name, reply);
  }
  return loadedFileOf(name, new TextDecoder().decode(bytes));
}

/** A file checked in a worker: its valid records parsed from the worker's JSON, or why it failed. */
function loadedFileOfReply<N extends DataFileName>(name: N, reply: CheckReply): LoadedFile<N> {
  if (!reply.ok) throw new DataFileError(name, reply.problems, false);
  return {
    records: JSON.parse(new TextDecoder().decode(reply.json)) as DataFileRecords<N>,
    leftOut: reply.leftOut,
    positions: reply.positions,
  };
}

export { DataFileError, loadedFileOf };
export type { LoadedFile };

/** Query keys for the data files, from one factory. */
export const dataKeys = {
  all: ['data'] as const,
  file: (name: DataFileName) => ['data', name] as const,
};

/** The query options of one data file (also used to prefetch and to retry). */
export function dataFileQuery<N extends DataFileName>(name: N) {
  return queryOptions({
    queryKey: dataKeys.file(name),
    queryFn: ({ signal }) => fetchDataFile(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failures, error) => error instanceof DataFileError && error.transient && failures < 2,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 3000),
  });
}
