/**
 * The floor of the 100k load: the page's own loading, checking and preparing code run in a worker
 * with no page to share a thread with (no React, no rendering, no records handed back). What the
 * dataset-in-a-worker design could reach at best; see bench-floor.ts.
 */
import { keepValid } from '../../src/data/keep-valid';
import { textPieces } from '../../src/data/load-file';
import type { LoadedFiles } from '../../src/data/keep-valid';
import { parseJsonStreamInSlices } from '../../src/data/parse-file';
import { RecordRuns } from '../../src/data/record-stream';
import type { DataFileName } from '../../src/data/file-names';
import { indexOfPrepared, prepareEvents } from '../../src/domain/event-index';
import { orderQuotes } from '../../src/domain/quote-filter';
import { rangePresets } from '../../src/domain/range-presets';

/** What the page asks: which files, and whether to run the schema checks. */
export interface FloorRequest {
  files: readonly DataFileName[];
  checked: boolean;
  /** The page's address (data/ is beside it) and its time origin. */
  page: string;
  pageOrigin: number;
}

/** Milestones, in ms since the page's navigation started. */
export type FloorMarks = Record<string, number>;

/** The worker's answer: its milestones, or why it could not finish (never silence). */
export type FloorReply = { marks: FloorMarks } | { error: string };

// Nothing else runs on this thread: the checks' pauses for the page need not give way.
const noPause = () => Promise.resolve();

const scope = self as unknown as {
  onmessage: (e: MessageEvent<FloorRequest>) => void;
  postMessage: (reply: FloorReply) => void;
};

scope.onmessage = ({ data }) => {
  const at = () => performance.timeOrigin + performance.now() - data.pageOrigin;
  const marks: FloorMarks = { started: at() };
  const loaded: Record<string, unknown> = {};
  const load = async (name: DataFileName) => {
    const response = await fetch(new URL(`data/${name}.json`, data.page));
    if (!response.ok) throw new Error(`${name}.json: HTTP ${response.status}`);
    if (data.checked) {
      const read = await parseJsonStreamInSlices(name, textPieces(response.body!), noPause);
      if (!read.ok) {
        const first = read.problems[0];
        throw new Error(`${name}.json did not read: ${first ? first.message : 'no reason given'}`);
      }
      loaded[name] = { records: read.data, leftOut: read.leftOut, positions: read.positions };
    } else {
      // Read as the page reads, in runs of records as they arrive, only without the checks.
      const runs = new RecordRuns();
      const records: unknown[] = [];
      for await (const piece of textPieces(response.body!)) {
        const run = runs.push(piece);
        if (run) for (const record of run.records) records.push(record);
      }
      if (runs.leftover() !== null) throw new Error(`${name}.json did not split into records`);
      loaded[name] = { records, leftOut: [], positions: records.map((_, i) => i) };
    }
    marks[`${name} read`] = at();
  };
  void Promise.all(data.files.map(load))
    .then(() => {
      const valid = keepValid(loaded as LoadedFiles);
      marks['references checked'] = at();
      if (valid.data.events) {
        const index = indexOfPrepared(prepareEvents(valid.data.events));
        const venues = new Map((valid.data.venues ?? []).map((v) => [v.id, v]));
        rangePresets(index, venues);
        marks['events prepared'] = at();
      }
      if (valid.data.quotes) {
        orderQuotes(valid.data.quotes, 'newest');
        marks['quotes ordered'] = at();
      }
      scope.postMessage({ marks });
    })
    .catch((e: unknown) => {
      // A rejection in a worker fires no error event on the page: it is sent, or the page waits on.
      scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
    });
};
