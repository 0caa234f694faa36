/** The app: providers, URL sync, and the layout where the features meet. */
import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { Dashboard } from './dashboard';
import { PrepareDerived } from '../derived/prepare-derived';
import { QuoteSearchAnswer } from '../derived/quote-search-answer';
import { endHydration, useHydrated } from '../components/use-hydrated';
import { useUrlSync } from '../state/url-sync';

export function App({ client }: { client: QueryClient }) {
  useUrlSync();
  // Effects run children first: this one runs once the whole hydrating render has committed.
  useEffect(endHydration, []);
  // Once the app has hydrated (every control live), the prerendered controls take clicks
  // (public/boot.js).
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) document.documentElement.classList.remove('booting');
  }, [hydrated]);
  return (
    <QueryClientProvider client={client}>
      <QuoteSearchAnswer />
      <PrepareDerived />
      <Dashboard />
    </QueryClientProvider>
  );
}
