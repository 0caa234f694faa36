import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxAround, boxesOverlap } from '../../../src/domain/map-box';
import { spreadMarkers } from '../../../src/domain/map-marker-spread';
import type { SpreadItem } from '../../../src/domain/map-marker-spread';

const reach = fc.record({
  left: fc.integer({ min: 1, max: 40 }),
  top: fc.integer({ min: 1, max: 40 }),
  right: fc.integer({ min: 1, max: 40 }),
  bottom: fc.integer({ min: 1, max: 40 }),
});

// Spots packed into a small area, so most inputs collide, with many exact duplicates.
const items: fc.Arbitrary<SpreadItem[]> = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 80 }),
      y: fc.integer({ min: 0, max: 80 }),
      reach,
      rank: fc.integer({ min: 0, max: 30 }),
    }),
    { maxLength: 24 },
  )
  .map((list) => list.map((item, i) => ({ ...item, id: `p${i}` })));

const boxOf = (item: SpreadItem, x: number, y: number) => boxAround(x, y, item.reach);

describe('spreadMarkers', () => {
  it('leaves no two markers overlapping or closer than the gap', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 6 }), (list, gap) => {
        const spread = spreadMarkers(list, { gap });
        expect(spread.map((s) => s.id)).toEqual(list.map((i) => i.id));
        const boxes = spread.map((s, i) => boxOf(list[i]!, s.x, s.y));
        for (let a = 0; a < boxes.length; a++) {
          for (let b = a + 1; b < boxes.length; b++) {
            expect(boxesOverlap(boxes[a]!, boxes[b]!, gap)).toBe(false);
          }
        }
      }),
    );
  });

  it('records each displacement from the true spot', () => {
    fc.assert(
      fc.property(items, (list) => {
        spreadMarkers(list).forEach((s, i) => {
          expect(s.x - s.dx).toBe(list[i]!.x);
          expect(s.y - s.dy).toBe(list[i]!.y);
        });
      }),
    );
  });

  it('keeps the most important marker on its true spot', () => {
    fc.assert(
      fc.property(
        items.filter((l) => l.length > 0),
        (list) => {
          const first = [...list].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))[0]!;
          const spread = spreadMarkers(list).find((s) => s.id === first.id)!;
          expect([spread.dx, spread.dy]).toEqual([0, 0]);
        },
      ),
    );
  });

  it('moves nothing when nothing collides', () => {
    const apart = [0, 1, 2, 3].map((i) => ({
      id: `p${i}`,
      x: i * 100,
      y: 50,
      reach: { left: 10, top: 10, right: 10, bottom: 10 },
      rank: 3 - i,
    }));
    expect(spreadMarkers(apart).every((s) => s.dx === 0 && s.dy === 0)).toBe(true);
  });

  it('gives the same layout whatever the input order', () => {
    fc.assert(
      fc.property(
        items.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          const byId = (xs: ReturnType<typeof spreadMarkers>) =>
            [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(byId(spreadMarkers(shuffled))).toEqual(byId(spreadMarkers(list)));
        },
      ),
    );
  });

  it('fans out markers stacked on one spot around it, the heaviest staying put', () => {
    const stack = ['a', 'b', 'c', 'd', 'e'].map((id, rank) => ({
      id,
      x: 100,
      y: 100,
      reach: { left: 12, top: 12, right: 12, bottom: 12 },
      rank,
    }));
    const spread = spreadMarkers(stack, { gap: 2 });
    expect(spread[0]).toMatchObject({ dx: 0, dy: 0 });
    for (const s of spread.slice(1)) {
      // Right next to the first: not flung away.
      expect(Math.hypot(s.dx, s.dy)).toBeGreaterThanOrEqual(26);
      expect(Math.hypot(s.dx, s.dy)).toBeLessThan(60);
    }
    // Spread around the spot, not lined up on one side.
    const quadrants = new Set(spread.slice(1).map((s) => `${Math.sign(s.dx)},${Math.sign(s.dy)}`));
    expect(quadrants.size).toBeGreaterThan(2);
  });

  it('does not hang on a spot that is not a number', () => {
    const bad = {
      id: 'x',
      x: NaN,
      y: NaN,
      reach: { left: 5, top: 5, right: 5, bottom: 5 },
      rank: 0,
    };
    const good = { ...bad, id: 'y', x: 0, y: 0, rank: 1 };
    expect(spreadMarkers([bad, good])).toHaveLength(2);
  });
});

describe('spreadMarkers at scale', () => {
  it('spreads the most important markers and leaves the rest of a huge crowd in place', () => {
    const crowd = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}`,
      x: 200 + (i % 7),
      y: 150 + (i % 5),
      reach: { left: 12, right: 12, top: 12, bottom: 12 },
      rank: i,
    }));
    const out = spreadMarkers(crowd, { limit: 40 });
    const byId = new Map(out.map((m) => [m.id, m]));
    expect(out).toHaveLength(500);
    // Past the limit, markers keep their true spot.
    expect(byId.get('p499')).toMatchObject({ dx: 0, dy: 0 });
    // The first forty never overlap one another.
    const boxes = crowd.slice(0, 40).map((c) => boxOf(c, byId.get(c.id)!.x, byId.get(c.id)!.y));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(boxesOverlap(boxes[i]!, boxes[j]!, 0)).toBe(false);
  });
});

/**
 * The search as it was before it tried the last blocking box first: every candidate against every
 * placed box. The shortcut only makes the search faster, so both must lay out every input alike.
 */
function spreadByEveryPair(
  list: readonly SpreadItem[],
  gap: number,
): Map<string, [number, number]> {
  const placed: ReturnType<typeof boxAround>[] = [];
  const out = new Map<string, [number, number]>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  [...list]
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach((item, order) => {
      const hits = placed.filter((p) => boxesOverlap(boxOf(item, item.x, item.y), p, gap));
      let spot = { x: item.x, y: item.y };
      if (hits.length > 0) {
        let cx = 0;
        let cy = 0;
        for (const b of hits) {
          cx += (b.left + b.right) / 2;
          cy += (b.top + b.bottom) / 2;
        }
        const dx = item.x - cx / hits.length;
        const dy = item.y - cy / hits.length;
        const direction = Math.hypot(dx, dy) < 0.5 ? order * golden : Math.atan2(dy, dx);
        search: for (let ring = 1; ; ring++) {
          const d = ring * 3;
          const count = Math.max(8, Math.ceil((2 * Math.PI * d) / 3));
          for (let j = 0; j < count; j++) {
            const turn = j % 2 === 1 ? (j + 1) / 2 : -j / 2;
            const angle = direction + (turn * 2 * Math.PI) / count;
            const x = Math.round(item.x + d * Math.cos(angle));
            const y = Math.round(item.y + d * Math.sin(angle));
            if (!placed.some((p) => boxesOverlap(boxOf(item, x, y), p, gap))) {
              spot = { x, y };
              break search;
            }
          }
        }
      }
      placed.push(boxOf(item, spot.x, spot.y));
      out.set(item.id, [spot.x, spot.y]);
    });
  return out;
}

describe('spreadMarkers trying the last blocking box first', () => {
  it('places every marker where checking every pair would', () => {
    // Spots spread wider than the cells and across negative pixels, so boxes straddle cells.
    const wide = fc
      .array(
        fc.record({
          x: fc.integer({ min: -90, max: 90 }),
          y: fc.integer({ min: -90, max: 90 }),
          reach,
          rank: fc.integer({ min: 0, max: 30 }),
        }),
        { maxLength: 30 },
      )
      .map((list) => list.map((item, i) => ({ ...item, id: `p${i}` })));
    fc.assert(
      fc.property(fc.oneof(items, wide), fc.integer({ min: 0, max: 6 }), (list, gap) => {
        const expected = spreadByEveryPair(list, gap);
        for (const s of spreadMarkers(list, { gap }))
          expect([s.x, s.y]).toEqual(expected.get(s.id));
      }),
    );
  });
});

describe('spreadMarkers budget of candidate spots', () => {
  const crowd = Array.from({ length: 60 }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    x: 100,
    y: 100,
    reach: { left: 10, right: 10, top: 10, bottom: 10 },
    rank: i,
  }));

  it('stops searching once the budget is spent, leaving later markers on their true spots', () => {
    const generous = spreadMarkers(crowd, { budget: Infinity });
    const tight = spreadMarkers(crowd, { budget: 500 });
    const moved = (list: typeof tight) => list.filter((m) => m.dx !== 0 || m.dy !== 0).length;
    expect(moved(generous)).toBe(59);
    expect(moved(tight)).toBeGreaterThan(0);
    expect(moved(tight)).toBeLessThan(59);
    // What was placed before the budget ran out is placed as it would be with no budget.
    const first = tight.findIndex((m, i) => i > 0 && m.dx === 0 && m.dy === 0);
    expect(tight.slice(0, first)).toEqual(generous.slice(0, first));
    expect(tight.slice(first).every((m) => m.dx === 0 && m.dy === 0)).toBe(true);
  });
});
