/// <reference lib="webworker" />
/** The checking worker: validates one large data file off the page's thread (see check-off-page.ts). */
import { checkFileBytes } from './check-off-page';
import type { CheckReply, CheckRequest } from './check-off-page';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const reply: CheckReply = checkFileBytes(event.data);
  scope.postMessage(reply, { transfer: reply.ok ? [reply.json] : [] });
};
