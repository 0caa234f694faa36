/**
 * One shape per kind of place (circle, diamond, square, triangle), so kinds differ without colour.
 * The same geometry draws the markers (DOM) and the legend (JSX).
 */
import type { VenueKind } from '../../data/schemas';

/** An SVG shape centred in a square box. */
export type MarkerShape = { tag: 'circle'; r: number } | { tag: 'polygon'; points: string };

/** Room around the shape for the outline and the highlight stroke. */
const strokeRoom = 4;

/** The side of the square box that holds a shape of this radius (any kind). */
export function boxSize(radius: number): number {
  return 2 * Math.ceil(radius * 1.5 + strokeRoom);
}

const round = (n: number) => Math.round(n * 10) / 10;
const pointsOf = (pairs: [number, number][]) =>
  pairs.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');

/** The shape of a kind at a radius, centred at c (areas roughly equal across kinds). */
export function shapeOf(kind: VenueKind, radius: number, c: number): MarkerShape {
  switch (kind) {
    case 'talks':
      return { tag: 'circle', r: radius };
    case 'handover': {
      const d = radius * 1.25;
      return {
        tag: 'polygon',
        points: pointsOf([
          [c, c - d],
          [c + d, c],
          [c, c + d],
          [c - d, c],
        ]),
      };
    }
    case 'reception': {
      const h = radius * 0.9;
      return {
        tag: 'polygon',
        points: pointsOf([
          [c - h, c - h],
          [c + h, c - h],
          [c + h, c + h],
          [c - h, c + h],
        ]),
      };
    }
    case 'other': {
      const R = radius * 1.5;
      const dx = R * Math.cos(Math.PI / 6);
      return {
        tag: 'polygon',
        points: pointsOf([
          [c, c - R],
          [c + dx, c + R / 2],
          [c - dx, c + R / 2],
        ]),
      };
    }
  }
}
