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

const round = (n: number) => Math.round(n * 10) / 10;
const polygon = (corners: [number, number][]): TallyShape => ({
  tag: 'polygon',
  points: corners.map(([x, y]) => `${round(x)},${round(y)}`).join(' '),
});

export function tallyShape(body: TallyBody, x: number, y: number, r: number): TallyShape {
  switch (body) {
    case 'hq':
      return { tag: 'circle', cx: x, cy: y, r };
    case 'ombudsman': {
      const s = r * 0.9;
      return polygon([
        [x - s, y - s],
        [x + s, y - s],
        [x + s, y + s],
        [x - s, y + s],
      ]);
    }
    case 'president': {
      const s = r * 1.3;
      return polygon([
        [x, y - s],
        [x + s * 0.95, y + s * 0.7],
        [x - s * 0.95, y + s * 0.7],
      ]);
    }
    case 'other': {
      const s = r * 1.25;
      return polygon([
        [x, y - s],
        [x + s, y],
        [x, y + s],
        [x - s, y],
      ]);
    }
  }
}
