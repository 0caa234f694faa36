/**
 * The schema checks of one data file, as a plain function of its bytes: what the checking worker
 * runs (check-file.worker.ts), testable without a worker. The valid records go back as UTF-8 JSON
 * in a transferable buffer: the page parses that once and runs no schema code, where sending the
 * records as objects would cost the page more to receive than parsing the text (structured clone
 * is slower than JSON.parse for 100,000 records).
 */
import { DataFileError, loadedFileOf } from './loaded-file';
import type { Problem } from './problems';
import type { DataFileName } from './schemas';

/** What the page sends: the file's name and its bytes (transferred). */
export interface CheckRequest {
  name: DataFileName;
  bytes: ArrayBuffer;
}

/** What comes back: the valid records as JSON bytes with what was left out, or why the file failed. */
export type CheckReply =
  | { ok: true; json: ArrayBuffer; leftOut: Problem[]; positions: number[] }
  | { ok: false; problems: Problem[]; message: string };

/** Checks one file; the reply's buffer is to be transferred. */
export function checkFileBytes({ name, bytes }: CheckRequest): CheckReply {
  try {
    const loaded = loadedFileOf(name, new TextDecoder().decode(bytes));
    const json = new TextEncoder().encode(JSON.stringify(loaded.records)).buffer as ArrayBuffer;
    return { ok: true, json, leftOut: loaded.leftOut, positions: loaded.positions };
  } catch (e) {
    if (e instanceof DataFileError) return { ok: false, problems: e.problems, message: e.message };
    throw e;
  }
}
