import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/data/schemas';
import { evidenceByFact } from '../../../src/domain/evidence-by-fact';

const ev = (...supports: string[]): Evidence => ({ sourceId: 's', note: 'n', supports });

describe('evidenceByFact', () => {
  it('lists a report in full under its first figure and points back to it after', () => {
    const layout = evidenceByFact(
      [ev('date', 'status', 'toUkraine'), ev('date'), ev('status'), ev('toRussia', 'date')],
      [['date', 'endDate'], ['status'], ['toUkraine', 'toRussia']],
    );
    expect(layout).toEqual([
      { shown: [0, 1, 3], again: [] },
      { shown: [2], again: [{ fact: 0, items: [0] }] },
      { shown: [], again: [{ fact: 0, items: [0, 3] }] },
    ]);
  });

  it('shows every report that supports a listed figure exactly once, at its first figure', () => {
    const key = fc.constantFrom<string>('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(key, { minLength: 1 }).map((s) => ev(...s)),
          { maxLength: 12 },
        ),
        fc.array(fc.uniqueArray(key, { minLength: 1 }), { maxLength: 5 }),
        (evidence, facts) => {
          const layout = evidenceByFact(evidence, facts);
          const shown = layout.flatMap((l) => l.shown);
          expect(new Set(shown).size).toBe(shown.length);
          evidence.forEach((e, i) => {
            const first = facts.findIndex((keys) => e.supports.some((k) => keys.includes(k)));
            if (first === -1) expect(shown).not.toContain(i);
            else expect(layout[first]!.shown).toContain(i);
          });
          // Every later figure a report supports points back to where it is shown.
          layout.forEach((l, f) =>
            l.again.forEach(({ fact, items }) => {
              expect(fact).toBeLessThan(f);
              for (const i of items) expect(layout[fact]!.shown).toContain(i);
            }),
          );
        },
      ),
    );
  });
});
