/**
 * The data files a view needs, with the view's state: loading, ready, or failed with the located
 * problems of every file that failed (including references that point nowhere), and a retry.
 */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { dataFileQuery, dataKeys, DataFileError } from '../data/data-queries';
import { checkReferences } from '../data/check-references';
import type { Problem } from '../data/problems';
import { dataFileNames } from '../data/schemas';
import type { DataFileName, Dataset } from '../data/schemas';

/** What a view gets: either all its files, or why not. */
export type ViewData =
  | { status: 'loading' }
  | { status: 'error'; problems: Problem[]; retry: () => void }
  | { status: 'ready'; data: Partial<Dataset> };

function problemsOf(name: DataFileName, error: unknown): Problem[] {
  if (error instanceof DataFileError) return error.problems;
  const message = error instanceof Error ? error.message : String(error);
  return [
    { severity: 'error', file: `${name}.json`, recordId: null, index: null, field: '', message },
  ];
}

interface Combined {
  parts: unknown[];
  errors: unknown[];
  loading: boolean;
}

// Module-level so react-query can keep the combined result stable between renders.
function combine(
  results: { data: unknown; error: unknown; isPending: boolean; isError: boolean }[],
): Combined {
  return {
    parts: results.map((r) => r.data),
    errors: results.map((r) => r.error),
    loading: results.some((r) => r.isPending && !r.isError),
  };
}

/** Loads the given files (each on its own query) and checks the references among them. */
export function useViewData(files: readonly DataFileName[]): ViewData {
  const client = useQueryClient();
  const { parts, errors, loading } = useQueries({
    queries: files.map((name) => dataFileQuery(name)),
    combine,
  });
  const retry = useCallback(() => {
    files.forEach((name) => {
      void client.resetQueries({ queryKey: dataKeys.file(name), exact: true });
    });
  }, [client, files]);
  const loaded = useMemo(() => assemble(files, parts), [files, parts]);
  const failed = useMemo(() => failures(files, errors), [files, errors]);

  return useMemo((): ViewData => {
    if (failed.length > 0) return { status: 'error', problems: failed, retry };
    if (loading || !loaded) return { status: 'loading' };
    const dangling = referenceProblems(loaded, files);
    if (dangling.length > 0) return { status: 'error', problems: dangling, retry };
    return { status: 'ready', data: loaded };
  }, [failed, loading, loaded, files, retry]);
}

function assemble(
  files: readonly DataFileName[],
  parts: readonly unknown[],
): Partial<Dataset> | null {
  if (parts.some((p) => p === undefined)) return null;
  const out: Record<string, unknown> = {};
  files.forEach((name, i) => {
    out[name] = parts[i];
  });
  return out as Partial<Dataset>;
}

function failures(files: readonly DataFileName[], errors: readonly unknown[]): Problem[] {
  return files.flatMap((name, i) => (errors[i] ? problemsOf(name, errors[i]) : []));
}

// One remembered result per set of files, valid while the file arrays are the same objects: the
// views that load the same files share one check instead of each running it on 100,000 records.
const referenceCache = new Map<string, { inputs: unknown[]; problems: Problem[] }>();

function cached(loaded: Partial<Dataset>, compute: () => Problem[]): Problem[] {
  const present = dataFileNames.filter((n) => loaded[n] !== undefined);
  const key = present.join('+');
  const inputs = present.map((n) => loaded[n]);
  const hit = referenceCache.get(key);
  if (hit && hit.inputs.every((x, i) => x === inputs[i])) return hit.problems;
  const problems = compute();
  referenceCache.set(key, { inputs, problems });
  return problems;
}

/** Dangling references among the loaded files that would break this view. */
function referenceProblems(loaded: Partial<Dataset>, files: readonly DataFileName[]): Problem[] {
  const own = new Set(files.map((f) => `${f}.json`));
  return cached(loaded, () => checkReferences(loaded)).filter(
    (p) => p.severity === 'error' && own.has(p.file),
  );
}
