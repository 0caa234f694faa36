/**
 * One shape per kind of place (circle, diamond, square, triangle), so kinds differ without colour.
 * The same geometry draws the markers (DOM) and the legend (JSX), and tells the layout how far
 * each marker reaches.
 */
import type { VenueKind } from '../../data/schemas';
import type { Reach } from '../../domain/map-box';

/** An SVG shape centred in a square box. */
export type MarkerShape = { tag: 'circle'; r: number } | { tag: 'polygon'; points: string };

/** Room around the shape for the outline and the highlight stroke. */
const strokeRoom = 4;

/** Room around the shape for its outline and the selected marker's 4 px stroke. */
const strokePad = 2;
/** Half of the smallest target (24 px, WCAG 2.5.8). */
const minHalfTarget = 12;

/** How far the shape reaches with its outline (the selected marker's stroke included). */
export function drawnReach(kind: VenueKind, radius: number): Reach {
  const r = shapeReach(kind, radius);
  return {
    left: r.left + strokePad,
    top: r.top + strokePad,
    right: r.right + strokePad,
    bottom: r.bottom + strokePad,
  };
}

/**
 * A marker's element around its centre, in whole pixels: the drawn shape, and never less than a
 * 24 px target. It is the box a tap lands on and the one axe measures, so the spread keeps exactly
 * these boxes apart and the icon is exactly this size (no transparent margin reaching over a
 * neighbour).
 */
export function targetReach(kind: VenueKind, radius: number): Reach {
  const r = drawnReach(kind, radius);
  const side = (n: number) => Math.max(Math.ceil(n), minHalfTarget);
  return { left: side(r.left), top: side(r.top), right: side(r.right), bottom: side(r.bottom) };
}

/** The side of the square box that holds a shape of this radius (any kind), for the legend. */
export function boxSize(radius: number): number {
  return 2 * Math.ceil(radius * 1.5 + strokeRoom);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A polygon kind's corners around the origin at a radius (areas roughly equal across kinds). */
function corners(kind: Exclude<VenueKind, 'talks'>, radius: number): [number, number][] {
  switch (kind) {
    case 'handover': {
      const d = radius * 1.25;
      return [
        [0, -d],
        [d, 0],
        [0, d],
        [-d, 0],
      ];
    }
    case 'reception': {
      const h = radius * 0.9;
      return [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ];
    }
    case 'other': {
      const R = radius * 1.5;
      const dx = R * Math.cos(Math.PI / 6);
      return [
        [0, -R],
        [dx, R / 2],
        [-dx, R / 2],
      ];
    }
  }
}

/** The shape of a kind at a radius, centred at c. */
export function shapeOf(kind: VenueKind, radius: number, c: number): MarkerShape {
  if (kind === 'talks') return { tag: 'circle', r: radius };
  const points = corners(kind, radius)
    .map(([x, y]) => `${round(c + x)},${round(c + y)}`)
    .join(' ');
  return { tag: 'polygon', points };
}

/** How far the drawn shape reaches from its centre each way (before its outline). */
export function shapeReach(kind: VenueKind, radius: number): Reach {
  if (kind === 'talks') return { left: radius, top: radius, right: radius, bottom: radius };
  const pts = corners(kind, radius);
  const xs = pts.map(([x]) => x);
  const ys = pts.map(([, y]) => y);
  return {
    left: -Math.min(...xs),
    top: -Math.min(...ys),
    right: Math.max(...xs),
    bottom: Math.max(...ys),
  };
}
