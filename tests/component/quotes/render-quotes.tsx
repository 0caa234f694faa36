/** Renders the quote browser over a dataset already in the query cache. */
import { screen } from '@testing-library/react';
import type { Dataset } from '../../../src/data/schemas';
import { QuotesView } from '../../../src/features/quotes/quotes-view';
import { renderWithData } from '../render-with-data';

export function renderQuotes(data: Dataset) {
  const { user } = renderWithData(<QuotesView />, data);
  return { user, region: screen.getByRole('region', { name: 'Quotes' }) };
}
