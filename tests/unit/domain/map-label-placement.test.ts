import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxInside, boxesOverlap } from '../../../src/domain/map-box';
import type { Box } from '../../../src/domain/map-box';
import {
  labelBox,
  labelSides,
  labelText,
  nameTagBox,
  placeLabels,
} from '../../../src/domain/map-label-placement';
import type { LabelRequest, Obstacle } from '../../../src/domain/map-label-placement';

const frame: Box = { left: 0, top: 0, right: 400, bottom: 300 };

const square = (x: number, y: number, r: number): Box => ({
  left: x - r,
  top: y - r,
  right: x + r,
  bottom: y + r,
});

// Markers crowded into the frame, each asking for a label; some obstacles are minor (dots).
const scene = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      r: fc.integer({ min: 3, max: 20 }),
      width: fc.integer({ min: 10, max: 140 }),
      rank: fc.integer({ min: 0, max: 20 }),
    }),
    { maxLength: 25 },
  )
  .map((list) => {
    const requests: LabelRequest[] = list.map((m, i) => ({
      id: `p${i}`,
      anchor: square(m.x, m.y, m.r),
      width: m.width,
      height: 16,
      rank: m.rank,
    }));
    const obstacles: Obstacle[] = requests.map((r) => ({ box: r.anchor, owner: r.id }));
    return { requests, obstacles };
  });

describe('placeLabels', () => {
  it('never overlaps two labels, covers a marker or leaves the frame', () => {
    fc.assert(
      fc.property(scene, fc.integer({ min: 0, max: 5 }), ({ requests, obstacles }, gap) => {
        const placed = placeLabels(requests, obstacles, frame, { gap });
        for (const [i, a] of placed.entries()) {
          expect(boxInside(a.box, frame)).toBe(true);
          for (const o of obstacles) expect(boxesOverlap(a.box, o.box)).toBe(false);
          for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box, gap)).toBe(false);
        }
      }),
    );
  });

  it('keeps clear of other places’ markers, except for the main places when nothing else fits', () => {
    fc.assert(
      fc.property(scene, ({ requests, obstacles }) => {
        const clearance = 5;
        const placed = placeLabels(requests, obstacles, frame, { clearance, mustName: 2 });
        const ranks = new Map(requests.map((r) => [r.id, r.rank]));
        for (const p of placed) {
          if ((ranks.get(p.id) ?? 0) < 2) continue;
          for (const o of obstacles) {
            if (o.owner !== p.id) expect(boxesOverlap(p.box, o.box, clearance)).toBe(false);
          }
        }
      }),
    );
  });

  it('sets each label beside its own marker', () => {
    fc.assert(
      fc.property(scene, ({ requests, obstacles }) => {
        const byId = new Map(requests.map((r) => [r.id, r]));
        for (const p of placeLabels(requests, obstacles, frame, { gap: 3 })) {
          const anchor = byId.get(p.id)!.anchor;
          // Within the gap of the marker's box on one side, and crossing its middle line
          // (or touching a corner).
          const grown = { ...anchor };
          grown.left -= 3;
          grown.top -= 3;
          grown.right += 3;
          grown.bottom += 3;
          expect(boxesOverlap(p.box, grown) || touches(p.box, grown)).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order of the requests', () => {
    fc.assert(
      fc.property(
        scene.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.shuffledSubarray(s.requests, { minLength: s.requests.length }),
          ),
        ),
        ([{ requests, obstacles }, shuffled]) => {
          const sorted = (xs: ReturnType<typeof placeLabels>) =>
            [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(sorted(placeLabels(shuffled, obstacles, frame))).toEqual(
            sorted(placeLabels(requests, obstacles, frame)),
          );
        },
      ),
    );
  });

  it('puts a label on the right when there is room, and drops the lesser of two that collide', () => {
    const a: LabelRequest = {
      id: 'a',
      anchor: square(100, 100, 10),
      width: 60,
      height: 16,
      rank: 0,
    };
    const b: LabelRequest = { ...a, id: 'b', anchor: square(100, 130, 10), rank: 1 };
    // b's own marker is wedged so that every spot of its label would hit a or a's label.
    const wall: Obstacle[] = [
      { box: a.anchor, owner: 'a' },
      { box: b.anchor, owner: 'b' },
      { box: { left: 0, top: 121, right: 89, bottom: 160 } },
      { box: { left: 111, top: 121, right: 400, bottom: 160 } },
      { box: { left: 0, top: 143, right: 400, bottom: 300 } },
    ];
    const placed = placeLabels([b, a], wall, frame, { gap: 2, clearance: 0 });
    expect(placed.map((p) => [p.id, p.side])).toEqual([['a', 'right']]);
    expect(placed[0]!.box).toEqual(labelBox(a, 'right', 2));
  });

  it('tries the sides in order, each only when the ones before it are taken', () => {
    const a: LabelRequest = { id: 'a', anchor: square(50, 50, 5), width: 30, height: 16, rank: 0 };
    const centre = (b: Box): Obstacle => {
      const x = (b.left + b.right) / 2;
      const y = (b.top + b.bottom) / 2;
      return { box: { left: x - 1, top: y - 1, right: x + 1, bottom: y + 1 }, minor: true };
    };
    labelSides.forEach((side, k) => {
      const taken = labelSides.slice(0, k).map((s) => centre(labelBox(a, s, 2)));
      const placed = placeLabels([a], taken, frame, { gap: 2, slide: 100 });
      expect(placed.map((p) => p.side)).toEqual([side]);
    });
    const all = labelSides.map((s) => centre(labelBox(a, s, 2)));
    expect(placeLabels([a], all, frame, { gap: 2, slide: 100 })).toEqual([]);
  });
});

describe('nameTagBox', () => {
  it('keeps a name that fits the map inside it, and off its marker', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 10, max: 396 }),
        (x, y, half, width) => {
          const marker = square(x, y, half);
          const tag = nameTagBox(marker, width, 24, frame);
          expect(tag.right - tag.left).toBe(width);
          expect(boxInside(tag, frame)).toBe(true);
          // Beside, above or below the marker: it never covers the marker itself.
          if (y - half - 28 >= 0 || y + half + 28 <= 300) {
            expect(boxesOverlap(tag, marker)).toBe(false);
          }
        },
      ),
    );
  });

  it('prefers the right, then the left', () => {
    expect(nameTagBox(square(50, 50, 10), 60, 24, frame).left).toBe(64);
    expect(nameTagBox(square(380, 50, 10), 60, 24, frame).right).toBe(366);
  });
});

describe('labelText', () => {
  it('drops a trailing aside but never the whole name', () => {
    expect(labelText('Belarus (handover and transit)')).toBe('Belarus');
    expect(labelText('Kursk region')).toBe('Kursk region');
    expect(labelText('(unknown)')).toBe('(unknown)');
  });
});

function touches(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
