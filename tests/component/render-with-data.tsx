/** Renders a view with the real curated data already in the query cache (no network). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { dataKeys } from '../../src/data/data-queries';
import { parseDataFile } from '../../src/data/parse-file';
import { dataFileNames } from '../../src/data/schemas';
import type { Dataset } from '../../src/data/schemas';

/** Renders `ui` with every public/data file parsed and preloaded, some files replaced if given. */
export function renderWithData(ui: ReactElement, replace: Partial<Dataset> = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  for (const name of dataFileNames) {
    const parsed = parseDataFile(
      name,
      JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8')),
    );
    if (!parsed.ok) throw new Error(`public/data/${name}.json does not parse`);
    client.setQueryData(dataKeys.file(name), replace[name] ?? parsed.data);
  }
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
