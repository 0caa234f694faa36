/** The app: providers, URL sync, and the layout where the features meet. */
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './query-client';
import { Dashboard } from './dashboard';
import { useUrlSync } from '../state/url-sync';

export function App() {
  const [client] = useState(createQueryClient);
  useUrlSync();
  return (
    <QueryClientProvider client={client}>
      <Dashboard />
    </QueryClientProvider>
  );
}
