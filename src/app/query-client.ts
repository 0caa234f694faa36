import { QueryClient } from '@tanstack/react-query';
import { dataFileQuery } from '../data/data-queries';
import { dataFileNames } from '../data/file-names';

/** One client for the app; data files never go stale within a visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: Infinity } },
  });
}

/**
 * Starts loading every data file and resolves once they have all settled (loaded or failed) or
 * after `waitMs`, whichever comes first. Rendering after this means that when the data is quick to
 * arrive the first render already has it: the page is built once, not as loading placeholders that
 * are laid out, painted and then thrown away. When it is slow the views show their loading states.
 */
export function dataSettledOrTimeout(client: QueryClient, waitMs: number): Promise<unknown> {
  // prefetchQuery never rejects: a failed file settles too, and its view shows the error.
  return Promise.race([
    Promise.all(dataFileNames.map((name) => client.prefetchQuery(dataFileQuery(name)))),
    ...(Number.isFinite(waitMs) ? [new Promise((resolve) => setTimeout(resolve, waitMs))] : []),
  ]);
}

/** Whether every data file is in (none loading, none failed). */
export function allDataLoaded(client: QueryClient): boolean {
  return dataFileNames.every(
    (name) => client.getQueryState(dataFileQuery(name).queryKey)?.status === 'success',
  );
}
