/**
 * Spreads map markers that would cover one another: the most important keeps its true spot, and
 * each other marker that collides moves to the nearest free spot around it (the view draws a thin
 * leader line back to the true spot). Pure and deterministic, so the same zoom always gives the
 * same picture, and the input order never matters. Only the `limit` most important are spread, and
 * the search for free spots is bounded (`budget`), so a crowd of places cannot stall a filter change.
 */
import { boxAround, boxesOverlap } from './map-box';
import type { Box, Reach } from './map-box';

/** A marker to lay out: its true spot in screen pixels, the box it covers, and its importance. */
export interface SpreadItem {
  id: string;
  x: number;
  y: number;
  reach: Reach;
  /** Lower ranks are placed first and so keep their true spot (0 = most important). */
  rank: number;
}

/** Where a marker is drawn: its centre and its displacement from the true spot. */
export interface SpreadMarker {
  id: string;
  x: number;
  y: number;
  dx: number;
  dy: number;
}

/** Pixels between rings of candidate spots, and the least space kept between two markers. */
export interface SpreadOptions {
  step?: number;
  gap?: number;
  /**
   * How many markers, most important first, are spread. Finding free spots grows with the square
   * of the markers crowded together: 500 generated places took seconds on every range change.
   * Past this many, the rest stay on their true spots (a record that large needs clustering).
   */
  limit?: number;
  /**
   * How many candidate spots one layout may test in all. 500 generated places crowded over Europe
   * tested 800,000 spots on every range change (130 ms); the curated record needs up to 30,000.
   * Once spent, markers that still collide stay on their true spots.
   */
  budget?: number;
}

/** The curated record has a few dozen places; this keeps every one of them spread. */
export const spreadLimit = 80;

/** Candidate spots one layout may test: several times what the curated record uses. */
export const spreadBudget = 100_000;

// Coincident spots fan out by the golden angle, so a stack of them never lines up on one side.
const goldenAngle = Math.PI * (3 - Math.sqrt(5));

const byImportance = (a: SpreadItem, b: SpreadItem) =>
  a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The direction to push a marker: away from the middle of what it hits, else along a fan. */
function awayFrom(item: SpreadItem, hits: readonly Box[], order: number): number {
  let cx = 0;
  let cy = 0;
  for (const b of hits) {
    cx += (b.left + b.right) / 2;
    cy += (b.top + b.bottom) / 2;
  }
  const dx = item.x - cx / hits.length;
  const dy = item.y - cy / hits.length;
  return Math.hypot(dx, dy) < 0.5 ? order * goldenAngle : Math.atan2(dy, dx);
}

/**
 * The nearest free centre on rings around the true spot, trying the push direction first; null
 * once the layout's budget of candidate spots is spent.
 */
function freeSpot(
  item: SpreadItem,
  placed: readonly Box[],
  direction: number,
  step: number,
  gap: number,
  budget: { left: number },
): { x: number; y: number } | null {
  // Neighbouring candidates are mostly blocked by the same box: trying the last blocker first
  // answers most of them in one test instead of a pass over every placed box.
  let blocker: Box | undefined;
  const blocked = (box: Box) => {
    if (blocker !== undefined && boxesOverlap(box, blocker, gap)) return true;
    blocker = placed.find((p) => boxesOverlap(box, p, gap));
    return blocker !== undefined;
  };
  for (let ring = 1; ; ring++) {
    const d = ring * step;
    const count = Math.max(8, Math.ceil((2 * Math.PI * d) / step));
    for (let j = 0; j < count; j++) {
      if (budget.left-- <= 0) return null;
      // 0, +1, −1, +2, −2 … steps around the ring from the push direction.
      const turn = j % 2 === 1 ? (j + 1) / 2 : -j / 2;
      const angle = direction + (turn * 2 * Math.PI) / count;
      const x = Math.round(item.x + d * Math.cos(angle));
      const y = Math.round(item.y + d * Math.sin(angle));
      if (!blocked(boxAround(x, y, item.reach))) return { x, y };
    }
  }
}

/**
 * Lays markers out so that no two boxes overlap or come closer than `gap`; a marker that collides
 * with nothing already placed stays on its true spot. The loop always ends: far enough out, a ring
 * clears every placed box.
 */
export function spreadMarkers(
  items: readonly SpreadItem[],
  { step = 3, gap = 2, limit = spreadLimit, budget = spreadBudget }: SpreadOptions = {},
): SpreadMarker[] {
  const placed: Box[] = [];
  const searching = { left: budget };
  const result = new Map<string, SpreadMarker>();
  [...items].sort(byImportance).forEach((item, order) => {
    if (order >= limit) {
      result.set(item.id, { id: item.id, x: item.x, y: item.y, dx: 0, dy: 0 });
      return;
    }
    const home = boxAround(item.x, item.y, item.reach);
    // A spot that is not a number (an unprojected map) stays as it is rather than search forever.
    const finite = Number.isFinite(item.x) && Number.isFinite(item.y);
    const hits = finite ? placed.filter((p) => boxesOverlap(home, p, gap)) : [];
    const spot =
      (hits.length === 0
        ? null
        : freeSpot(item, placed, awayFrom(item, hits, order), step, gap, searching)) ?? item;
    placed.push(boxAround(spot.x, spot.y, item.reach));
    result.set(item.id, {
      id: item.id,
      x: spot.x,
      y: spot.y,
      dx: spot.x - item.x,
      dy: spot.y - item.y,
    });
  });
  return items.flatMap((item) => {
    const spread = result.get(item.id);
    return spread ? [spread] : [];
  });
}
