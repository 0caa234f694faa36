/**
 * The floor of the 100k load: the page's own loading, checking and preparing code run in a worker
 * with no page to share a thread with (no React, no rendering, no records handed back). What the
 * dataset-in-a-worker design could reach at best; see bench-floor.ts.
 */
import { keepValid } from '../../src/data/keep-valid';
import type { LoadedFiles } from '../../src/data/keep-valid';
import { parseJsonStreamInSlices } from '../../src/data/parse-file';
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

async function* textPieces(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    yield decoder.decode(value, { stream: true });
  }
}

// Nothing else runs on this thread: the checks' pauses for the page need not give way.
const noPause = () => Promise.resolve();

const scope = self as unknown as {
  onmessage: (e: MessageEvent<FloorRequest>) => void;
  postMessage: (marks: FloorMarks) => void;
};

scope.onmessage = ({ data }) => {
  const at = () => performance.timeOrigin + performance.now() - data.pageOrigin;
  const marks: FloorMarks = { started: at() };
  const loaded: Record<string, unknown> = {};
  const load = async (name: DataFileName) => {
    const response = await fetch(new URL(`data/${name}.json`, data.page));
    if (data.checked) {
      const read = await parseJsonStreamInSlices(name, textPieces(response.body!), noPause);
      if (!read.ok) throw new Error(`${name}.json did not read`);
      loaded[name] = { records: read.data, leftOut: read.leftOut, positions: read.positions };
    } else {
      const records = JSON.parse(await response.text()) as unknown[];
      loaded[name] = { records, leftOut: [], positions: records.map((_, i) => i) };
    }
    marks[`${name} read`] = at();
  };
  void Promise.all(data.files.map(load)).then(() => {
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
    scope.postMessage(marks);
  });
};
