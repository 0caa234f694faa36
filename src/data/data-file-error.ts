/**
 * Why a data file could not be used, as the page and the loader worker both word it: it names the
 * file and, where known, the records and fields.
 */
import { fileProblem } from './problems';
import type { Problem } from './problems';
import type { DataFileName } from './schemas';

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

export const problemWith = (name: DataFileName, message: string) =>
  fileProblem(`${name}.json`, message);
