/// <reference lib="webworker" />
/** The quote search worker: the index for a large dataset lives here, off the page's thread. */
import { createSearchHost } from './worker-host';
import type { SearchRequest } from './worker-host';

const handle = createSearchHost();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  const answer = handle(event.data);
  if (answer) scope.postMessage(answer.reply, { transfer: answer.transfer });
};
