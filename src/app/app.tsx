/** The app: providers, URL sync, and the layout where the features meet. */
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { Dashboard } from './dashboard';
import { useUrlSync } from '../state/url-sync';

export function App({ client }: { client: QueryClient }) {
  useUrlSync();
  return (
    <QueryClientProvider client={client}>
      <Dashboard />
    </QueryClientProvider>
  );
}
