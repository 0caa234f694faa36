/**
 * A problem found in the data files, by schema parsing or by the cross-record checks. Problems are
 * values rather than exceptions so that one run can report every broken record at once.
 */

/** One thing wrong with one place in one data file. */
export interface Problem {
  severity: 'error' | 'warning';
  /** The data file's name, e.g. `quotes.json`. */
  file: string;
  /** The record's `id` where it has a readable one. */
  recordId: string | null;
  /** The record's 0-based position in the file's array, matching the `[n]` of field paths. */
  index: number | null;
  /** Dotted path inside the record, like `toUkraine.total` or `evidence[0].excerpt`; '' for the whole record or file. */
  field: string;
  message: string;
}

/** A problem with a whole file (not one of its records). */
export function fileProblem(file: string, message: string): Problem {
  return { severity: 'error', file, recordId: null, index: null, field: '', message };
}

/** Renders a problem as one line: `quotes.json › record "q-1" (#3) › speakerId: unknown person …`. */
export function formatProblem(p: Problem): string {
  const parts = [p.file];
  if (p.recordId !== null) {
    parts.push(
      p.index === null ? `record "${p.recordId}"` : `record "${p.recordId}" (#${p.index})`,
    );
  } else if (p.index !== null) {
    parts.push(`record #${p.index}`);
  }
  parts.push(p.field === '' ? p.message : `${p.field}: ${p.message}`);
  return parts.join(' › ');
}

/** Renders a field path from its segments: ['evidence', 0, 'excerpt'] → `evidence[0].excerpt`. */
export function joinPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Counts problems by severity, for summaries and exit codes. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
