import { describe, expect, it, vi } from 'vitest';
import { memoizeLast, memoizeRecent } from '../../../src/domain/memo';

describe('memoizeLast', () => {
  it('recomputes only when an argument changes identity', () => {
    const fn = vi.fn((list: readonly number[], k: number) => list.map((n) => n * k));
    const memo = memoizeLast(fn);
    const list = [1, 2];
    const first = memo(list, 2);
    expect(memo(list, 2)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);

    expect(memo(list, 3)).toEqual([3, 6]);
    expect(fn).toHaveBeenCalledTimes(2);
    // An equal but new array is a change: inputs are compared by identity.
    expect(memo([1, 2], 3)).toEqual([3, 6]);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('remembers only the last arguments', () => {
    const fn = vi.fn((a: string) => a.toUpperCase());
    const memo = memoizeLast(fn);
    memo('a');
    memo('b');
    memo('a');
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('treats NaN as unchanged and a different argument count as a change', () => {
    const fn = vi.fn((...args: number[]) => args.length);
    const memo = memoizeLast(fn);
    memo(Number.NaN);
    memo(Number.NaN);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(memo(Number.NaN, 1)).toBe(2);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('caches falsy results too', () => {
    const fn = vi.fn((_x: object) => undefined);
    const memo = memoizeLast(fn);
    const arg = {};
    memo(arg);
    memo(arg);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('memoizeRecent', () => {
  it('keeps the two argument lists used last, so two renders alternating never recompute', () => {
    const fn = vi.fn((a: object) => ({ of: a }));
    const memo = memoizeRecent(fn);
    const shown = {};
    const preparing = {};
    const first = memo(shown);
    const second = memo(preparing);
    for (let i = 0; i < 3; i++) {
      expect(memo(shown)).toBe(first);
      expect(memo(preparing)).toBe(second);
    }
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('evicts the one used least recently', () => {
    const fn = vi.fn((a: string) => a.toUpperCase());
    const memo = memoizeRecent(fn);
    memo('a');
    memo('b');
    memo('a'); // a is now the more recent
    memo('c'); // evicts b
    memo('a');
    expect(fn).toHaveBeenCalledTimes(3);
    memo('b');
    expect(fn).toHaveBeenCalledTimes(4);
  });
});
