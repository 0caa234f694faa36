/**
 * Why a data file could not be used: it names the file and, where known, the records and fields.
 * Apart from the reading code (load-file.ts, a chunk of its own), since the page's views read it.
 */
import { fileProblem } from './problems';
import type { Problem } from './problems';
import type { DataFileName } from './file-names';

/** A file that could not be used, with its located problems and whether a retry may help. */
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

/** A problem with a whole file (no record or field). */
export const problemWith = (name: DataFileName, message: string) =>
  fileProblem(`${name}.json`, message);
