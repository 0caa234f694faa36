import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelText, layoutMarkerLabels } from '../../../src/domain/marker-labels';

const day = 86_400_000;
const domain: [number, number] = [Date.UTC(2022, 1, 24), Date.UTC(2026, 5, 1)];

/** The left and right edges of a label, as the layout estimates them. */
function edges(l: { x: number; width: number }) {
  return [l.x - l.width / 2, l.x + l.width / 2] as const;
}

describe('layoutMarkerLabels', () => {
  it('gives talks and a deal on the same day one label', () => {
    const t = Date.UTC(2025, 4, 16);
    const labels = layoutMarkerLabels(
      [
        { id: 'deal', t, code: 'A1' },
        { id: 'talks', t, code: 'T1' },
      ],
      domain,
      1200,
    );
    expect(labels).toEqual([expect.objectContaining({ text: 'T1·A1', row: 0 })]);
    expect(labels[0]?.ids.sort()).toEqual(['deal', 'talks']);
  });

  it('staggers labels a few days apart onto the second row before merging them', () => {
    const t = Date.UTC(2025, 4, 16);
    const labels = layoutMarkerLabels(
      [
        { id: 'a', t, code: 'T1' },
        { id: 'b', t: t + 10 * day, code: 'T2' },
      ],
      domain,
      1200,
    );
    expect(labels.map((l) => [l.text, l.row])).toEqual([
      ['T1', 0],
      ['T2', 1],
    ]);
  });

  it('merges what two rows cannot hold into one label that names every marker', () => {
    const t = Date.UTC(2025, 4, 16);
    const labels = layoutMarkerLabels(
      [0, 1, 2, 3].map((i) => ({ id: `t${i}`, t: t + i * day, code: `T${i + 1}` })),
      domain,
      600,
    );
    expect(labels.length).toBeLessThan(4);
    expect(labels.flatMap((l) => l.ids).sort()).toEqual(['t0', 't1', 't2', 't3']);
  });

  it('never overlaps two labels on a row, and names each marker exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            t: fc.integer({ min: domain[0], max: domain[1] }),
            kind: fc.constantFrom('T', 'A'),
          }),
          { maxLength: 20 },
        ),
        fc.integer({ min: 120, max: 1400 }),
        (raw, width) => {
          const markers = raw.map((m, i) => ({ id: `m${i}`, t: m.t, code: `${m.kind}${i + 1}` }));
          const labels = layoutMarkerLabels(markers, domain, width);
          expect(labels.flatMap((l) => l.ids).sort()).toEqual(markers.map((m) => m.id).sort());
          for (const row of [0, 1]) {
            const onRow = labels.filter((l) => l.row === row).map(edges);
            onRow.sort((a, b) => a[0] - b[0]);
            for (let i = 1; i < onRow.length; i++) {
              expect(onRow[i]![0]).toBeGreaterThanOrEqual(onRow[i - 1]![1]);
            }
          }
          expect(labels.every((l) => l.row === 0 || l.row === 1)).toBe(true);
        },
      ),
    );
  });
});

describe('labelText', () => {
  it('lists talks before agreements and shortens runs', () => {
    expect(labelText(['A4', 'T5', 'T6', 'A5'])).toBe('T5–T6·A4–A5');
    expect(labelText(['T1', 'T3', 'T4'])).toBe('T1,T3–T4');
    expect(labelText(['A2'])).toBe('A2');
  });
});
