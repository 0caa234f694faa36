import { QueryClient } from '@tanstack/react-query';

/** One client for the app; data files never go stale within a visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: Infinity } },
  });
}
