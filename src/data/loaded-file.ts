/**
 * A data file's text made into what the views read: its valid records and a located problem for
 * each one left out, or a DataFileError when the file cannot be used at all. Pure: the page, the
 * checking worker and the prerender all load files through it.
 */
import { parseJsonRecords } from './parse-file';
import type { DataFileRecords } from './parse-file';
import type { Problem } from './problems';
import type { DataFileName } from './schemas';

/** Why a file could not be used: it names the file and, where known, the records and fields. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: Problem[];
  /** Network and server failures are worth retrying; a broken file is not. */
  readonly transient: boolean;
  constructor(name: DataFileName, problems: Problem[], transient: boolean) {
    super(problems[0]?.message ?? `${name}.json could not be loaded`);
    this.name = 'DataFileError';
    this.file = `${name}.json`;
    this.problems = problems;
    this.transient = transient;
  }
}

/** A loaded file: its valid records, and a problem for each record left out of them. */
export interface LoadedFile<N extends DataFileName> {
  records: DataFileRecords<N>;
  /** Records that failed their schema, located by their place in the file. */
  leftOut: Problem[];
  /** `positions[i]` is the place in the file of `records[i]`. */
  positions: number[];
}

/**
 * A file's text, validated: its valid records with what was left out. Throws a DataFileError when
 * the file cannot be used at all. The prerender reads the bundled files through it too.
 */
export function loadedFileOf<N extends DataFileName>(name: N, text: string): LoadedFile<N> {
  const parsed = parseJsonRecords(name, text);
  if (!parsed.ok) {
    throw new DataFileError(
      name,
      parsed.problems.filter((p) => p.severity === 'error'),
      false,
    );
  }
  return { records: parsed.data, leftOut: parsed.leftOut, positions: parsed.positions };
}
