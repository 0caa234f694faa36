import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRow } from '../../../src/domain/nearest-row';

const rows = (...ts: number[]) => ts.map((t) => ({ t }));

describe('nearestRow', () => {
  it('finds the row nearest in time, the earlier on a tie, and the ends beyond the rows', () => {
    expect(nearestRow([], 5)).toBeNull();
    expect(nearestRow(rows(10, 20, 40), 0)).toBe(0);
    expect(nearestRow(rows(10, 20, 40), 14)).toBe(0);
    expect(nearestRow(rows(10, 20, 40), 15)).toBe(0);
    expect(nearestRow(rows(10, 20, 40), 16)).toBe(1);
    expect(nearestRow(rows(10, 20, 40), 20)).toBe(1);
    expect(nearestRow(rows(10, 20, 40), 31)).toBe(2);
    expect(nearestRow(rows(10, 20, 40), 99)).toBe(2);
  });

  it('is never farther than any other row (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -1200, max: 1200 }),
        (ts, t) => {
          const sorted = rows(...[...ts].sort((a, b) => a - b));
          const i = nearestRow(sorted, t)!;
          const best = Math.min(...sorted.map((r) => Math.abs(r.t - t)));
          expect(Math.abs(sorted[i]!.t - t)).toBe(best);
        },
      ),
    );
  });
});
