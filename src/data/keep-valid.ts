/**
 * What a reader is shown of the loaded files: every valid record, and one list of the records left
 * out (failed schema, a reference that points nowhere, or an id an earlier record of the file
 * has), each located by file › record › field.
 * Pure, so the rule is tested apart from loading. `npm run data:check` stays strict instead.
 */
import { checkReferences } from './check-references';
import type { FilePositions, LeftOutIds } from './check-references';
import type { LoadedFile } from './load-file';
import type { Problem } from './problems';
import { dataFileNames } from './file-names';
import type { DataFileName } from './file-names';
import type { Dataset } from './schemas';

/** The loaded files, each present once it has arrived. */
export type LoadedFiles = { [N in DataFileName]?: LoadedFile<N> };

/** The records a reader sees, and every problem of the records left out of them. */
export interface ValidData {
  data: Partial<Dataset>;
  leftOut: Problem[];
  /** How many records each file lost (a record may have several problems). */
  leftOutCount: Record<DataFileName, number>;
}

/** Keeps the valid records of the loaded files whose references all resolve. */
export function keepValid(files: LoadedFiles): ValidData {
  const data: Partial<Record<DataFileName, { id: string }[]>> = {};
  const brokenIds: Record<string, ReadonlySet<string>> = {};
  const positions: FilePositions = {};
  for (const name of dataFileNames) {
    const file = files[name];
    if (!file) continue;
    data[name] = file.records;
    positions[name] = file.positions;
    brokenIds[name] = new Set(
      file.leftOut.flatMap((p) => (p.recordId === null ? [] : [p.recordId])),
    );
  }

  const dangling = checkReferences(
    data as Partial<Dataset>,
    brokenIds as LeftOutIds,
    positions,
  ).filter((p) => p.severity === 'error');
  const dropped = new Map<string, Set<number>>();
  for (const p of dangling) {
    if (p.index === null) continue;
    const set = dropped.get(p.file) ?? new Set<number>();
    set.add(p.index);
    dropped.set(p.file, set);
  }

  const leftOut: Problem[] = [];
  const leftOutCount = Object.fromEntries(dataFileNames.map((n) => [n, 0])) as Record<
    DataFileName,
    number
  >;
  for (const name of dataFileNames) {
    const file = files[name];
    if (!file) continue;
    const gone = dropped.get(`${name}.json`);
    // Reference problems name a record by its place among the valid ones; report its file position.
    const located = dangling
      .filter((p) => p.file === `${name}.json` && p.index !== null)
      .map((p) => ({ ...p, index: file.positions[p.index!] ?? p.index }));
    const problems = [...file.leftOut, ...located].sort(
      (a, b) => (a.index ?? -1) - (b.index ?? -1),
    );
    leftOut.push(...problems);
    leftOutCount[name] = new Set(problems.map((p) => p.index)).size;
    if (gone) data[name] = file.records.filter((_, i) => !gone.has(i));
  }
  return { data: data as Partial<Dataset>, leftOut, leftOutCount };
}
