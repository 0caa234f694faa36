/**
 * Who stated an official total, grouped as the chart tells them apart. Ukraine's Coordination
 * Headquarters, the Ombudsman and the President's office each count in their own way (the
 * Ombudsman's 6,922 of 6 March 2026 and the headquarters' 8,050 five days later), so one series of
 * points would seem to go back and forth; a shape per body shows whose count is whose.
 */
export type TallyBody = 'hq' | 'ombudsman' | 'president' | 'other';

/** The bodies in the key's order: the name after "Stated by", and a short one for the page's key. */
export const tallyBodies: readonly { body: TallyBody; name: string; short: string }[] = [
  { body: 'hq', name: 'the Coordination HQ for POWs', short: 'Coordination HQ' },
  { body: 'ombudsman', name: 'the Ombudsman', short: 'Ombudsman' },
  { body: 'president', name: 'the President or his Office', short: 'President’s Office' },
  { body: 'other', name: 'other officials', short: 'others' },
];

/** The body a statement's `statedBy` names; anyone else is one of the "other officials". */
export function tallyBodyOf(statedBy: string): TallyBody {
  if (/coordination (head ?quarters|hq)/i.test(statedBy)) return 'hq';
  if (/ombudsman|parliament commissioner for human rights/i.test(statedBy)) return 'ombudsman';
  if (/\bpresident\b/i.test(statedBy)) return 'president';
  return 'other';
}

/** A point's shape, centred on (x, y), about as large as a circle of radius r. */
export type TallyShape =
  { tag: 'circle'; cx: number; cy: number; r: number } | { tag: 'polygon'; points: string };

// Each polygon's corners around the point, in radii: areas about a circle's of the same radius.
const corners: Record<Exclude<TallyBody, 'hq'>, readonly (readonly [number, number])[]> = {
  ombudsman: [
    [-0.9, -0.9],
    [0.9, -0.9],
    [0.9, 0.9],
    [-0.9, 0.9],
  ],
  president: [
    [0, -1.3],
    [1.24, 0.91],
    [-1.24, 0.91],
  ],
  other: [
    [0, -1.25],
    [1.25, 0],
    [0, 1.25],
    [-1.25, 0],
  ],
};

export function tallyShape(body: TallyBody, x: number, y: number, r: number): TallyShape {
  if (body === 'hq') return { tag: 'circle', cx: x, cy: y, r };
  const at = (n: number) => Math.round(n * 10) / 10;
  return {
    tag: 'polygon',
    points: corners[body].map(([dx, dy]) => `${at(x + dx * r)},${at(y + dy * r)}`).join(' '),
  };
}
