/** Axis-aligned boxes in screen pixels, the one geometry the map's layouts reason about. */

/** A box in screen pixels (y grows downwards); right ≥ left and bottom ≥ top. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far a marker reaches from its spot in each direction (all ≥ 0). */
export interface Reach {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box a reach covers around the point (x, y). */
export function boxAround(x: number, y: number, reach: Reach): Box {
  return {
    left: x - reach.left,
    top: y - reach.top,
    right: x + reach.right,
    bottom: y + reach.bottom,
  };
}

/**
 * True when the boxes share area or come closer than `gap`. Touching edges do not overlap, so a
 * layout can pack boxes edge to edge.
 */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}

/** True when `inner` lies wholly inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left &&
    inner.top >= outer.top &&
    inner.right <= outer.right &&
    inner.bottom <= outer.bottom
  );
}
