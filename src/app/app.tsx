/** The app: providers, URL sync, and the layout where the features meet. */
import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { Dashboard } from './dashboard';
import { useUrlSync } from '../state/url-sync';

export function App({ client }: { client: QueryClient }) {
  useUrlSync();
  // Once the app has rendered or hydrated, the prerendered controls take clicks (public/boot.js).
  useEffect(() => document.documentElement.classList.remove('booting'), []);
  return (
    <QueryClientProvider client={client}>
      <Dashboard />
    </QueryClientProvider>
  );
}
