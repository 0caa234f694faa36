/**
 * Chooses which place names the map prints and where: each label tries the sides of its marker in
 * a fixed order and takes the first spot that stays inside the frame and clears every marker and
 * every label placed before it; a label with no such spot is left out. The most important places
 * go first, so a crowded view drops the minor names, never the main ones.
 */
import { boxInside, boxesOverlap } from './map-box';
import type { Box } from './map-box';

/** A name to print beside its marker. */
export interface LabelRequest {
  id: string;
  /** The marker's box, where it is drawn. */
  anchor: Box;
  width: number;
  height: number;
  /** Lower ranks are placed first (0 = most important). */
  rank: number;
}

/** Which side of its marker a label sits on. */
export type LabelSide =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left';

/** Something a label must not cover: a marker or its true-spot dot (with its place), or a control. */
export interface Obstacle {
  box: Box;
  /** The place it belongs to; a label keeps `clearance` from every marker not its own. */
  owner?: string;
  /** Small marks (a true-spot dot) and controls only need to stay uncovered. */
  minor?: boolean;
}

/** Spacing of the placement, in pixels. */
export interface LabelSpacing {
  /** Between a label and its own marker, and between two labels. */
  gap?: number;
  /** Between a label and anything not its own, so the nearest marker to a name is its place. */
  clearance?: number;
  /** Step of a label's slide along its marker's side. */
  slide?: number;
  /** Ranks below this may stand close to other markers when nothing else fits: never unnamed. */
  mustName?: number;
  /**
   * How many requests, most important first, are tried: a map has room for a few dozen names, and
   * trying hundreds (a generated record) costs every range change.
   */
  limit?: number;
}

/** A label that fits: its box and the side it took. */
export interface PlacedLabel {
  id: string;
  box: Box;
  side: LabelSide;
}

/** Reading order first: beside the marker, then above or below it, then at its corners. */
export const labelSides: readonly LabelSide[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

/** The label's box on one side of its anchor, `gap` pixels away from it. */
export function labelBox(request: LabelRequest, side: LabelSide, gap: number): Box {
  const { anchor: a, width: w, height: h } = request;
  const midX = (a.left + a.right) / 2;
  const midY = (a.top + a.bottom) / 2;
  const x = {
    right: a.right + gap,
    left: a.left - gap - w,
    centre: midX - w / 2,
    cornerRight: midX + gap,
    cornerLeft: midX - gap - w,
  };
  const y = { middle: midY - h / 2, above: a.top - gap - h, below: a.bottom + gap };
  const at = (left: number, top: number): Box => ({
    left,
    top,
    right: left + w,
    bottom: top + h,
  });
  switch (side) {
    case 'right':
      return at(x.right, y.middle);
    case 'left':
      return at(x.left, y.middle);
    case 'above':
      return at(x.centre, y.above);
    case 'below':
      return at(x.centre, y.below);
    case 'above-right':
      return at(x.cornerRight, y.above);
    case 'below-right':
      return at(x.cornerRight, y.below);
    case 'above-left':
      return at(x.cornerLeft, y.above);
    case 'below-left':
      return at(x.cornerLeft, y.below);
  }
}

const byImportance = (a: LabelRequest, b: LabelRequest) =>
  a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A box moved by (dx, dy). */
function shifted(box: Box, dx: number, dy: number): Box {
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
}

/**
 * A side's spot first, then the same side slid along the marker in `slide`-pixel steps (0, +1, −1,
 * +2 …), as far as the label still spans the marker's middle line, so a crowded name can dodge a
 * neighbour without drifting off its marker (a box's corners can be empty: think of a triangle).
 */
function candidates(request: LabelRequest, side: LabelSide, gap: number, slide: number): Box[] {
  const base = labelBox(request, side, gap);
  if (side !== 'right' && side !== 'left' && side !== 'above' && side !== 'below') return [base];
  const { width: w, height: h } = request;
  const vertical = side === 'right' || side === 'left';
  // How far the label can slide each way and still cross the middle line by `keep` pixels.
  const keep = 4;
  const reach = (vertical ? h : w) / 2 - keep;
  const boxes = [base];
  for (let k = 1; k * slide <= reach; k++) {
    for (const d of [k * slide, -k * slide]) {
      boxes.push(vertical ? shifted(base, 0, d) : shifted(base, d, 0));
    }
  }
  return boxes;
}

/**
 * The labels that fit, most important first. `obstacles` are what a label must never cover (every
 * marker, the map's own controls); `frame` is the visible map. Every side is tried at its centre
 * before any is slid.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  frame: Box,
  { gap = 2, clearance = 5, slide = 4, mustName = 3, limit = 80 }: LabelSpacing = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const fits = (box: Box, id: string, room: number) =>
    boxInside(box, frame) &&
    !obstacles.some((o) => boxesOverlap(box, o.box, o.minor || o.owner === id ? 0 : room)) &&
    !placed.some((p) => boxesOverlap(box, p.box, gap));
  for (const request of [...requests].sort(byImportance).slice(0, limit)) {
    const tries = labelSides.map((side) => ({
      side,
      boxes: candidates(request, side, gap, slide),
    }));
    const depth = Math.max(...tries.map((t) => t.boxes.length));
    const rooms = request.rank < mustName ? [clearance, 0] : [clearance];
    search: for (const room of rooms) {
      for (let i = 0; i < depth; i++) {
        for (const { side, boxes } of tries) {
          const box = boxes[i];
          if (box && fits(box, request.id, room)) {
            placed.push({ id: request.id, box, side });
            break search;
          }
        }
      }
    }
  }
  return placed;
}

/** A place's name as the map prints it: without a trailing aside ("Belarus (handover…)" → "Belarus"). */
export function labelText(name: string): string {
  const short = name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return short === '' ? name : short;
}

/**
 * Where a marker's name tag (shown on focus and hover) goes: right of the marker, else left of it,
 * else above (or below) it slid to stay inside the frame, so the map never clips the name.
 */
export function nameTagBox(marker: Box, width: number, height: number, frame: Box, gap = 4): Box {
  const at = (left: number, top: number): Box => ({
    left,
    top,
    right: left + width,
    bottom: top + height,
  });
  const middle = (marker.top + marker.bottom - height) / 2;
  const right = at(marker.right + gap, middle);
  if (boxInside(right, frame)) return right;
  const left = at(marker.left - gap - width, middle);
  if (boxInside(left, frame)) return left;
  const x = Math.max(
    frame.left,
    Math.min((marker.left + marker.right - width) / 2, frame.right - width),
  );
  const above = at(x, marker.top - gap - height);
  return above.top >= frame.top ? above : at(x, marker.bottom + gap);
}
