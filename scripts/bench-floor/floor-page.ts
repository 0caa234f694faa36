/** Starts the floor's workers as the page's URL asks and publishes when the last is done. */
import type { FloorMarks, FloorReply, FloorRequest } from './floor.worker';
import { dataFileNames as all } from '../../src/data/file-names';

const params = new URLSearchParams(location.search);
const split = params.get('workers') === '2';
const groups = split ? [all.filter((n) => n !== 'quotes'), ['quotes' as const]] : [all];
const checked = params.get('checked') !== 'no';

const done = groups.map(
  (files) =>
    new Promise<FloorMarks>((resolve, reject) => {
      const worker = new Worker(new URL('./floor.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<FloorReply>) => {
        if ('error' in data) reject(new Error(data.error));
        else resolve(data.marks);
      };
      worker.onerror = (e) => reject(new Error(e.message));
      const request: FloorRequest = {
        files,
        checked,
        page: location.href,
        pageOrigin: performance.timeOrigin,
      };
      worker.postMessage(request);
    }),
);
void Promise.all(done).then(
  (marks) => Object.assign(window, { floorDone: { marks, endMs: performance.now() } }),
  (e: unknown) => Object.assign(window, { floorDone: { error: String(e) } }),
);
