/**
 * Loading the data files: one react-query query per file, each fetched and validated at the edge
 * (load-file.ts, the only code that reads them). A file that fails carries its located problems.
 */
import { queryOptions } from '@tanstack/react-query';
import { DataFileError, problemWith } from './data-file-error';
import type { DataFileName } from './file-names';
import type * as LoadFile from './load-file';
import type { LoadedFile } from './load-file';

/** The URL of a data file, relative to the page so dist/ works under any path. */
export function dataFileUrl(name: DataFileName): string {
  return `${import.meta.env.BASE_URL}data/${name}.json`;
}

/**
 * Fetches and validates one data file (load-file.ts, a chunk boot.js fetches with the app's
 * script). A file that cannot be read at all (network, HTTP, not JSON, not an array) throws a
 * DataFileError; a broken record only leaves that record out.
 */
export async function fetchDataFile<N extends DataFileName>(
  name: N,
  signal?: AbortSignal,
): Promise<LoadedFile<N>> {
  let code: typeof LoadFile;
  try {
    code = await import('./load-file');
  } catch {
    // The browser keeps a module that failed to load as failed: asking again fails again, so this
    // is not retried; a reload fetches it anew.
    const message =
      'could not be read: the code that reads data files did not load; reload the page';
    throw new DataFileError(name, [problemWith(name, message)], false);
  }
  return code.loadDataFile(name, dataFileUrl(name), signal);
}

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
