/** The one render helper of the component tests: a view with data files already in the cache. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { dataKeys } from '../../src/data/data-queries';
import type { LoadedFile } from '../../src/data/load-file';
import { parseDataFile, parseRecords } from '../../src/data/parse-file';
import { QuoteSearchAnswer } from '../../src/derived/quote-search-answer';
import { dataFileNames } from '../../src/data/file-names';
import type { DataFileName } from '../../src/data/file-names';
import type { Dataset } from '../../src/data/schemas';

/** Every public/data file, parsed with the app's schemas. */
export function publicDataset(): Dataset {
  const out: Record<string, unknown> = {};
  for (const name of dataFileNames) {
    const parsed = parseDataFile(
      name,
      JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8')),
    );
    if (!parsed.ok) throw new Error(`public/data/${name}.json does not parse`);
    out[name] = parsed.data;
  }
  return out as unknown as Dataset;
}

/** A file as the loader hands it over when every record is valid. */
export function loadedFile<N extends DataFileName>(records: Dataset[N]): LoadedFile<N> {
  const positions = records.map((_: unknown, i: number) => i);
  return { records, leftOut: [], positions } as unknown as LoadedFile<N>;
}

/** Puts the given files in a client's cache, as if loaded; files not given are fetched. */
export function preload(client: QueryClient, files: Partial<Dataset>): void {
  for (const name of dataFileNames) {
    const records = files[name];
    if (records) client.setQueryData(dataKeys.file(name), loadedFile<typeof name>(records));
  }
}

/** Puts raw JSON records in the cache as the loader would read them: broken records left out. */
export function preloadRaw(client: QueryClient, name: DataFileName, json: unknown[]): void {
  const parsed = parseRecords(name, json);
  if (!parsed.ok) throw new Error(`${name}: the file fails whole`);
  client.setQueryData(dataKeys.file(name), {
    records: parsed.data,
    leftOut: parsed.leftOut,
    positions: parsed.positions,
  });
}

/**
 * Renders `ui` with `files` (default: the whole public dataset) already loaded, and `raw` files
 * read record by record (to show what a broken record does).
 */
export function renderWithData(
  ui: ReactElement,
  files: Partial<Dataset> = publicDataset(),
  raw: Partial<Record<DataFileName, unknown[]>> = {},
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  preload(client, files);
  for (const [name, json] of Object.entries(raw)) preloadRaw(client, name as DataFileName, json);
  const user = userEvent.setup();
  return {
    client,
    user,
    ...render(
      <QueryClientProvider client={client}>
        <QuoteSearchAnswer />
        {ui}
      </QueryClientProvider>,
    ),
  };
}
