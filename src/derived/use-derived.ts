/**
 * The one way views read derived values: `useDerived(selectX)` joins the loaded dataset, the UI
 * store and the quote search's answer, and returns the selector's value. Selectors are memoised on
 * their inputs, so a view re-renders only when its own value changes: a change of the UI store or
 * of the search answer re-renders only the views whose values it changes.
 */
import { useCallback, useDeferredValue, useState, useSyncExternalStore } from 'react';
import { useDataset } from '../data/use-dataset';
import type { DatasetState } from '../data/use-dataset';
import { answerFor, searchAnswer } from '../search/search-answer';
import type { PublishedAnswer } from '../search/search-answer';
import { useAppStore } from '../state/store';
import type { StoreState } from '../state/store';
import type { DerivedInputs } from './inputs';
import type { Selector } from './selector';

// What every selector reads: the dataset, the store's choices, and the search answer for its text.
function inputsOf(
  dataset: DatasetState,
  ui: StoreState,
  published: PublishedAnswer,
): DerivedInputs {
  return { dataset, ui, search: answerFor(ui.q, published) };
}

function subscribe(onChange: () => void): () => void {
  const stopUi = useAppStore.subscribe(onChange);
  const stopSearch = searchAnswer.subscribe(onChange);
  return () => {
    stopUi();
    stopSearch();
  };
}

/** The current value of a derived selector. */
export function useDerived<R>(select: Selector<R>): R {
  return useSelected(useDataset(), select);
}

function useSelected<R>(dataset: DatasetState, select: Selector<R>): R {
  const read = useCallback(
    () => select(inputsOf(dataset, useAppStore.getState(), searchAnswer.getState())),
    [select, dataset],
  );
  // Hydration reads the store's first state, as the prerender did (zustand's own hook does too).
  const readFirst = useCallback(
    () => select(inputsOf(dataset, useAppStore.getInitialState(), searchAnswer.getInitialState())),
    [select, dataset],
  );
  return useSyncExternalStore(subscribe, read, readFirst);
}

/** From this many events a view's redraw is deferred (see useDeferredDerived). */
export const deferFromEvents = 1000;

/**
 * A derived view state for a view that is slow to draw at scale (the chart, the map, the list of
 * exchanges). On a large record:
 * - after a change the view keeps its last value for one more frame, so the control that was used
 *   paints at once, and React draws the view with the new value in a render it can interrupt.
 *   `stale` is true meanwhile: the view says it is busy (aria-busy) until then;
 * - out of sight it keeps what it drew (see useKeptOutOfSight).
 * The curated record's views redraw within a frame or two, where deferring only added a frame to
 * every change (seed: place and event selection p95 50 -> 61 ms).
 */
export function useDeferredDerived<R extends { status: string }>(
  select: Selector<R>,
  inSight: boolean,
): { value: R; stale: boolean } {
  return useViewDerived(select, inSight, true);
}

/** A derived view state kept out of sight, otherwise current (see useKeptOutOfSight). */
export function useSightedDerived<R extends { status: string }>(
  select: Selector<R>,
  inSight: boolean,
): { value: R; stale: boolean } {
  return useViewDerived(select, inSight, false);
}

// `defer` is fixed per call site (a view either defers or not), so the hooks' order never changes.
function useViewDerived<R extends { status: string }>(
  select: Selector<R>,
  inSight: boolean,
  defer: boolean,
): { value: R; stale: boolean } {
  const dataset = useDataset();
  const large = isLarge(dataset);
  const outOfSight = large && !inSight;
  const [drawn, setDrawn] = useState<Drawing<R> | null>(null);
  // Out of sight, a view that has drawn from this dataset keeps that drawing without deriving
  // anything: at 100,000 events a view's selectors cost milliseconds of every click and keystroke
  // (a place chosen on the map: ~10 ms of the click for views below the fold).
  const keeping = outOfSight && drawn !== null && drawn.from === dataset && ready(drawn.value);
  const keepDrawn = useCallback((): R => (drawn ?? never()).value, [drawn]);
  const latest = useSelected(dataset, keeping ? keepDrawn : select);
  // A small record defers nothing: a constant asks React for no second render either.
  const deferred = useDeferredValue(defer && large ? latest : null);
  // Only while deferring: a record that stopped being large may still hand back an older value.
  const current = defer && large && deferred !== null ? deferred : latest;
  const { value, kept } = useKeptOutOfSight(current, outOfSight, drawn?.value ?? null);
  // Remembered during the render (React's pattern for state from earlier renders), not in an
  // effect: the drawing a view leaves sight with is the one it keeps.
  if (!kept && drawn?.value !== current) setDrawn({ value: current, from: dataset });
  // Busy while what it shows is not the latest, but not out of sight: nothing is redrawn there.
  // Back in sight it is busy until it has drawn what changed meanwhile.
  return { value, stale: !(kept && outOfSight) && value !== latest };
}

/** What a view last drew, and from which dataset. */
interface Drawing<R> {
  value: R;
  from: DatasetState;
}

const ready = (value: { status: string }) => value.status === 'ready';

function never(): never {
  throw new Error('a view kept a drawing it never made');
}

const isLarge = (dataset: DatasetState) => (dataset.data.events?.length ?? 0) >= deferFromEvents;

/** A record large enough for its slow views to be deferred and kept out of sight. */
export const selectLargeRecord = (x: DerivedInputs): boolean => isLarge(x.dataset);

/**
 * On a large record a view out of sight (useInSight: beyond a fifth of a screen from the viewport)
 * keeps what it drew, and draws the latest value as it comes into sight. At 100,000 events the map
 * alone was half of every range change, redrawn more than a screen below the fold. Only a drawn view
 * is kept: loading, an error and the first drawing always come through. Not on the curated record,
 * whose views redraw in a few milliseconds: there every region a screen reader may read without
 * scrolling stays current.
 */
function useKeptOutOfSight<R extends { status: string }>(
  current: R,
  outOfSight: boolean,
  drawn: R | null,
): { value: R; kept: boolean } {
  // Brought into sight by an urgent update (focus arriving), the view redraws in a render React may
  // interrupt.
  const wasOutOfSight = useDeferredValue(outOfSight);
  const kept = (outOfSight || wasOutOfSight) && drawn !== null && ready(drawn) && ready(current);
  return { value: kept ? drawn : current, kept };
}

/**
 * Reads a selector when asked rather than on every change: for values only an action needs (the
 * rows of a download), which are not worth computing while nobody downloads.
 */
export function useDerivedReader(): <R>(select: Selector<R>) => R {
  const dataset = useDataset();
  return useCallback(
    <R>(select: Selector<R>): R =>
      select(inputsOf(dataset, useAppStore.getState(), searchAnswer.getState())),
    [dataset],
  );
}
