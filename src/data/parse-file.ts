/**
 * Parses one data file against its schema and turns zod issues into located, readable problems.
 * Pure: the browser app and the `data:check` CLI both use it.
 */
import type * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { fileSchemas } from './schemas';
import type { DataFileName } from './file-names';
import { fileProblem, joinPath } from './problems';
import { RecordRuns } from './record-stream';
import { notSure, validInOnePass } from './schema-fast-path';
import type { Problem } from './problems';

/** The parsed records of a file, or every problem that kept it from parsing. */
export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** The parsed records of the data file `N`. */
export type DataFileRecords<N extends DataFileName> = z.infer<(typeof fileSchemas)[N]>;

type Issue = $ZodIssue;

/** Validates a file's already-decoded JSON against its schema: any bad record fails the file. */
export function parseDataFile<N extends DataFileName>(
  name: N,
  json: unknown,
): ParseResult<DataFileRecords<N>> {
  const parsed = parseRecords(name, json);
  if (!parsed.ok) return parsed;
  return parsed.leftOut.length > 0
    ? { ok: false, problems: parsed.leftOut }
    : { ok: true, data: parsed.data };
}

/**
 * The records of a file that pass the schema, and a problem for every one that does not. What the
 * app shows a reader: everything valid, with the rest listed. `positions[i]` is the place in the
 * file of `data[i]`, so later checks can name records by where they are in the file.
 */
export type RecordsResult<T> =
  | { ok: true; data: T; leftOut: Problem[]; positions: number[] }
  | { ok: false; problems: Problem[] };

/** Validates record by record; only a file that is not an array of records fails whole. */
export function parseRecords<N extends DataFileName>(
  name: N,
  json: unknown,
): RecordsResult<DataFileRecords<N>> {
  const file = `${name}.json`;
  if (!Array.isArray(json)) {
    return {
      ok: false,
      problems: [fileProblem(file, `expected a JSON array of records, got ${describeValue(json)}`)],
    };
  }
  const whole = parsers[name](json, file);
  if (whole.ok) return { ...whole, leftOut: [], positions: json.map((_, i) => i) };
  const bad = new Set(whole.problems.map((p) => p.index));
  if (bad.has(null)) return whole;
  // The valid records are parsed again without the broken ones, so defaults are filled in.
  const positions = json.flatMap((_, i) => (bad.has(i) ? [] : [i]));
  const rest = parsers[name](
    positions.map((i) => json[i]),
    file,
  );
  if (!rest.ok) return whole;
  return { ok: true, data: rest.data, leftOut: whole.problems, positions };
}

/** The valid records of part of a file, with the problems of the rest and their places. */
interface RecordsPart {
  data: unknown[];
  leftOut: Problem[];
  positions: number[];
}

// A problem located in part of a file that starts at record `by`, located in the whole file.
const shifted = (p: Problem, by: number): Problem =>
  p.index === null ? p : { ...p, index: p.index + by };

/** Appends a part of a file that starts at record `first` to what was read before it. */
function appendShifted(into: RecordsPart, part: RecordsPart, first: number): void {
  for (const record of part.data) into.data.push(record);
  for (const p of part.leftOut) into.leftOut.push(shifted(p, first));
  for (const at of part.positions) into.positions.push(at + first);
}

/**
 * parseRecords in slices, pausing whenever `sliceMs` of validating have passed: a phone's main
 * thread is not held for the whole file (hundreds of ms for the curated events at a phone's speed,
 * seconds at 100,000 records), so taps and paints get in between. The result is parseRecords's.
 */
export async function parseRecordsInSlices<N extends DataFileName>(
  name: N,
  json: unknown,
  pause: () => Promise<void>,
  {
    records = 100,
    sliceMs = 8,
    signal,
  }: { records?: number; sliceMs?: number; signal?: AbortSignal | undefined } = {},
): Promise<RecordsResult<DataFileRecords<N>>> {
  if (!Number.isInteger(records) || records < 1)
    throw new RangeError(`records per slice must be a whole number ≥ 1, got ${records}`);
  if (!Array.isArray(json) || json.length <= records) return parseRecords(name, json);
  const got: RecordsPart = { data: [], leftOut: [], positions: [] };
  let since = performance.now();
  for (let start = 0; start < json.length; start += records) {
    const part = parseRecords(name, json.slice(start, start + records));
    if (!part.ok) return { ok: false, problems: part.problems.map((p) => shifted(p, start)) };
    appendShifted(got, part, start);
    if (performance.now() - since >= sliceMs) {
      await pause();
      // A query given up on (the page left, a retry) stops checking its file.
      signal?.throwIfAborted();
      since = performance.now();
    }
  }
  return { ok: true, ...got, data: got.data as DataFileRecords<N> };
}

/** Decodes a file's text and validates it; a syntax error becomes a problem, not an exception. */
export function parseJsonText<N extends DataFileName>(
  name: N,
  text: string,
): ParseResult<DataFileRecords<N>> {
  const json = decodeJson(name, text);
  return json.ok ? parseDataFile(name, json.data) : json;
}

function decodeJson(name: DataFileName, text: string): ParseResult<unknown> {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (err) {
    const reason = withLineAndColumn(err instanceof Error ? err.message : String(err), text);
    return { ok: false, problems: [fileProblem(`${name}.json`, `not valid JSON: ${reason}`)] };
  }
}

/** Decodes a file's text and keeps every valid record, validating in slices (see above). */
export async function parseJsonRecordsInSlices<N extends DataFileName>(
  name: N,
  text: string,
  pause: () => Promise<void>,
  signal?: AbortSignal,
): Promise<RecordsResult<DataFileRecords<N>>> {
  const json = decodeJson(name, text);
  return json.ok ? parseRecordsInSlices(name, json.data, pause, { signal }) : json;
}

/**
 * parseJsonRecordsInSlices over a file's text as it arrives, piece by piece: each run of complete
 * records is decoded and validated while the rest downloads. Whatever the splitter cannot follow
 * (not an array, a syntax error, an unfinished file) is left to parseJsonRecordsInSlices on the
 * whole text, so the answer, and every problem's wording, is the same as parsing the text whole.
 */
export async function parseJsonStreamInSlices<N extends DataFileName>(
  name: N,
  pieces: AsyncIterable<string>,
  pause: () => Promise<void>,
  signal?: AbortSignal,
): Promise<RecordsResult<DataFileRecords<N>>> {
  const runs = new RecordRuns();
  const got: RecordsPart = { data: [], leftOut: [], positions: [] };
  for await (const piece of pieces) {
    const run = runs.push(piece);
    if (run === null) continue;
    const part = await parseRecordsInSlices(name, run.records, pause, { signal });
    if (!part.ok) runs.giveUp();
    else appendShifted(got, part, run.first);
  }
  const whole = runs.leftover();
  if (whole !== null) return parseJsonRecordsInSlices(name, whole, pause, signal);
  return { ok: true, ...got, data: got.data as DataFileRecords<N> };
}

/** Decodes a file's text and keeps every valid record (see parseRecords). */
export function parseJsonRecords<N extends DataFileName>(
  name: N,
  text: string,
): RecordsResult<DataFileRecords<N>> {
  const json = decodeJson(name, text);
  return json.ok ? parseRecords(name, json.data) : json;
}

// Engines report a character offset; editors want a line and column.
function withLineAndColumn(reason: string, text: string): string {
  const match = /at position (\d+)/.exec(reason);
  if (!match || /line \d+/.test(reason)) return reason;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${reason} (line ${line}, column ${column})`;
}

// A mapped type indexed by N keeps each file's own record type, which indexing fileSchemas by a
// generic key would widen to a union.
type Parsers = {
  [K in DataFileName]: (json: unknown[], file: string) => ParseResult<DataFileRecords<K>>;
};
const parsers: Parsers = {
  sources: (json, file) => runSchema(fileSchemas.sources, json, file),
  people: (json, file) => runSchema(fileSchemas.people, json, file),
  mediators: (json, file) => runSchema(fileSchemas.mediators, json, file),
  venues: (json, file) => runSchema(fileSchemas.venues, json, file),
  events: (json, file) => runSchema(fileSchemas.events, json, file),
  quotes: (json, file) => runSchema(fileSchemas.quotes, json, file),
  tallies: (json, file) => runSchema(fileSchemas.tallies, json, file),
};

function runSchema<T>(schema: z.ZodMiniType<T>, json: unknown[], file: string): ParseResult<T> {
  // Most records are valid: the fast path says so (with zod's output) far quicker than zod's parse,
  // which still decides, and words, anything else.
  const valid = validInOnePass(schema, json);
  if (valid !== notSure) return { ok: true, data: valid as T };
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => toProblems(issue, json, file)),
  };
}

function toProblems(issue: Issue, records: unknown[], file: string): Problem[] {
  const [head, ...rest] = issue.path;
  const index = typeof head === 'number' ? head : null;
  const record = index === null ? undefined : records[index];
  const recordId = isObject(record) && typeof record.id === 'string' ? record.id : null;
  const segments = rest.filter((s): s is string | number => typeof s !== 'symbol');
  const base: Omit<Problem, 'field' | 'message'> = { severity: 'error', file, recordId, index };

  if (issue.code === 'unrecognized_keys') {
    // One problem per key, so each points at the exact field to remove.
    return issue.keys.map((key) => ({
      ...base,
      field: joinPath([...segments, key]),
      message: `unknown field "${key}" (not in the schema; remove it or add it to schemas.ts)`,
    }));
  }
  const lookup = lookUp(record, segments);
  const message = lookup.found ? describeIssue(issue, lookup.value) : 'required field is missing';
  return [{ ...base, field: joinPath(segments), message }];
}

function describeIssue(issue: Issue, value: unknown): string {
  const got = `got ${describeValue(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; ${got}`;
    case 'invalid_format':
      if (issue.format === 'date') return `not a real calendar date in YYYY-MM-DD form; ${got}`;
      return `${issue.message}; ${got}`;
    case 'too_small':
      return `too small: expected ${bound('at least', issue.minimum, issue.origin)}; ${got}`;
    case 'too_big':
      return `too big: expected ${bound('at most', issue.maximum, issue.origin)}; ${got}`;
    default:
      return `${issue.message}; ${got}`;
  }
}

// zod/mini ships no message text, so sizes are worded here from the issue's own numbers.
function bound(relation: string, limit: number | bigint, origin: string): string {
  if (origin === 'string') return `${relation} ${limit} characters`;
  if (origin === 'array') return `${relation} ${limit} items`;
  return `${relation === 'at least' ? '≥' : '≤'} ${limit}`;
}

// Walks the raw record so messages can tell a missing field from a wrong one and quote the value.
function lookUp(
  record: unknown,
  segments: (string | number)[],
): { found: boolean; value: unknown } {
  let current: unknown = record;
  for (const segment of segments) {
    if (Array.isArray(current) && typeof segment === 'number' && segment < current.length) {
      current = current[segment];
    } else if (
      isObject(current) &&
      typeof segment === 'string' &&
      Object.hasOwn(current, segment)
    ) {
      current = current[segment];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: record !== undefined, value: current };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  return `${typeof value} ${String(value)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
