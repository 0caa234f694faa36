/** A view's state from the files it needs: loading, failed (with Retry), or ready with its model. */
import { viewStatus } from '../data/use-dataset';
import type { ViewState } from '../data/use-dataset';
import type { DataFileName } from '../data/file-names';
import { pick } from './inputs';
import { selector } from './selector';
import type { Selector } from './selector';

/**
 * The view state of a model that needs `files`; the model is computed only once they are in. It
 * says how many records were left out of `counted` (by default the files it needs), whose absence
 * makes its figures incomplete.
 */
export function viewOf<M>(
  files: readonly DataFileName[],
  model: Selector<M>,
  counted: readonly DataFileName[] = files,
): Selector<ViewState<M>> {
  const status = selector([pick.dataset], (dataset) => viewStatus(dataset, files));
  const ready = selector([model, pick.leftOutCount], (m, leftOut): ViewState<M> => ({
    status: 'ready',
    model: m,
    leftOut: counted.reduce((n, f) => n + leftOut[f], 0),
  }));
  return (x) => {
    const s = status(x);
    return s.status === 'ready' ? ready(x) : s;
  };
}
