/** Remembers the last result of a pure function, so views that share a derivation compute it once. */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  return memoizeRecent(fn, 1);
}

/**
 * Remembers the results for the `size` argument lists used most recently. Two, where a deferred
 * render works on new inputs while an urgent one still reads the committed ones: with one, each
 * pass would evict the other's result and compute it again (at 100,000 records, a reference check
 * or an event index each time).
 */
export function memoizeRecent<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  size = 2,
): (...args: A) => R {
  // Most recently used first.
  const entries: { args: A; result: R }[] = [];
  const same = (a: A, b: A) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return (...args: A): R => {
    const at = entries.findIndex((e) => same(e.args, args));
    // Every render asks every selector: the usual hit, the latest entry, moves nothing.
    if (at === 0) return entries[0]!.result;
    if (at > 0) {
      const [hit] = entries.splice(at, 1);
      entries.unshift(hit!);
      return hit!.result;
    }
    const result = fn(...args);
    entries.unshift({ args, result });
    if (entries.length > size) entries.length = size;
    return result;
  };
}
