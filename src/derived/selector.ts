/**
 * A named, memoised selector over the derived inputs (reselect's shape, without the dependency):
 * it reads its inputs, and recomputes only when one of them is a different value. Every view asks
 * the same selector objects, so each derived value is computed once per change, not once per view.
 */
import { memoizeRecent } from '../domain/memo';
import type { DerivedInputs } from './inputs';

/** A function of the derived inputs. */
export type Selector<R> = (inputs: DerivedInputs) => R;

type Results<S extends readonly Selector<unknown>[]> = {
  [K in keyof S]: S[K] extends Selector<infer R> ? R : never;
};

/** A selector that combines the results of `inputs`, recomputed only when one of them changes. */
export function selector<const S extends readonly Selector<unknown>[], R>(
  inputs: S,
  combine: (...args: Results<S>) => R,
): Selector<R> {
  // The committed inputs and a deferred render's new ones (see memoizeRecent).
  const remembered = memoizeRecent(combine);
  return (x) => remembered(...(inputs.map((input) => input(x)) as Results<S>));
}
