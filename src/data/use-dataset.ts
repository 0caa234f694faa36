/**
 * The whole dataset as the views see it: each file loading, failed or ready, the valid records of
 * the ready ones (with references checked once, for every view), and what was left out.
 */
import { useDeferredValue } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { memoizeRecent } from '../domain/memo';
import { DataFileError } from './data-file-error';
import { dataFileQuery, dataKeys } from './data-queries';
import type { LoadedFile } from './load-file';
import { keepValid } from './keep-valid';
import type { LoadedFiles, ValidData } from './keep-valid';
import { fileProblem } from './problems';
import type { Problem } from './problems';
import { dataFileNames } from './file-names';
import type { DataFileName } from './file-names';

/** One file's state: still loading, unusable as a whole (with why), or in. */
export type FileState =
  { status: 'loading' } | { status: 'error'; problems: Problem[] } | { status: 'ready' };

/** Every file's state, the valid records of the ready ones, and a retry for failed files. */
export interface DatasetState extends ValidData {
  files: Record<DataFileName, FileState>;
  retry: (files: readonly DataFileName[]) => void;
}

/** What a view gets for the files it needs. */
export type ViewStatus =
  | { status: 'loading' }
  | { status: 'error'; problems: Problem[]; retry: () => void }
  | { status: 'ready' };

/** A view's state with its model once ready. */
export type ViewState<M> =
  | Exclude<ViewStatus, { status: 'ready' }>
  | {
      status: 'ready';
      model: M;
      /** Records left out of the files the view's figures count: they are incomplete. */
      leftOut: number;
    };

function problemsOf(name: DataFileName, error: unknown): Problem[] {
  if (error instanceof DataFileError) return error.problems;
  return [fileProblem(`${name}.json`, error instanceof Error ? error.message : String(error))];
}

interface Results {
  parts: (LoadedFile<DataFileName> | undefined)[];
  errors: unknown[];
}

// Module-level so react-query keeps the combined result stable between renders.
function combine(results: { data: unknown; error: unknown }[]): Results {
  return {
    parts: results.map((r) => r.data as LoadedFile<DataFileName> | undefined),
    errors: results.map((r) => r.error),
  };
}

const queries = dataFileNames.map((name) => dataFileQuery(name));

// Every view reads the dataset: it is assembled (and its references checked) once per change of
// any file, not once per view, so it is remembered here for its recent inputs: the dataset the page
// shows and the one a deferred render is preparing (see memoizeRecent).
const datasetOf = memoizeRecent((client: QueryClient, ...results: unknown[]): DatasetState => {
  const files = {} as Record<DataFileName, FileState>;
  const loaded: Record<string, LoadedFile<DataFileName>> = {};
  dataFileNames.forEach((name, i) => {
    const part = results[i] as LoadedFile<DataFileName> | undefined;
    const error = results[dataFileNames.length + i];
    if (error) files[name] = { status: 'error', problems: problemsOf(name, error) };
    else if (part === undefined) files[name] = { status: 'loading' };
    else {
      files[name] = { status: 'ready' };
      loaded[name] = part;
    }
  });
  const retry = (names: readonly DataFileName[]) => {
    names.forEach((name) => {
      void client.resetQueries({ queryKey: dataKeys.file(name), exact: true });
    });
  };
  return { files, retry, ...keepValid(loaded as LoadedFiles) };
});

/**
 * Loads every data file (each on its own query) and keeps what a reader may be shown. A file that
 * arrives reaches the views in a deferred render: checking its references and preparing it (a
 * second and more at 100,000 records) is work React can split between components and interrupt
 * for the reader's input, where the query's own update is a render that must finish at once.
 */
export function useDataset(): DatasetState {
  const client = useQueryClient();
  const { parts, errors } = useDeferredValue(useQueries({ queries, combine }));
  return datasetOf(client, ...parts, ...errors);
}

/** The state of the files one view needs: the first failure wins, then loading, then ready. */
export function viewStatus(dataset: DatasetState, needs: readonly DataFileName[]): ViewStatus {
  const problems = needs.flatMap((n) => {
    const file = dataset.files[n];
    return file.status === 'error' ? file.problems : [];
  });
  if (problems.length > 0) return { status: 'error', problems, retry: () => dataset.retry(needs) };
  if (needs.some((n) => dataset.files[n].status === 'loading')) return { status: 'loading' };
  return { status: 'ready' };
}
