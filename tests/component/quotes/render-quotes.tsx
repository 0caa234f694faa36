/** Renders the quote browser over a dataset already in the query cache. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataKeys } from '../../../src/data/data-queries';
import type { Dataset } from '../../../src/data/schemas';
import { QuotesView } from '../../../src/features/quotes/quotes-view';

export function renderQuotes(data: Dataset) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const name of ['quotes', 'people', 'sources', 'events'] as const) {
    client.setQueryData(dataKeys.file(name), data[name]);
  }
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <QuotesView />
    </QueryClientProvider>,
  );
  return { user, region: screen.getByRole('region', { name: 'Quotes' }) };
}
