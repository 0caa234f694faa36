/**
 * The size key of the map: a few round numbers of people with the radius a marker of that many
 * people gets, so the key's circles are the markers' own sizes.
 */
import { peopleOf } from './map-places';
import { markerRadius } from './venue-totals';
import type { VenueTotals } from './venue-totals';

/** One circle of the key: a number of people and its marker radius in pixels. */
export interface SizeStep {
  people: number;
  radius: number;
}

/** The largest 1, 2 or 5 × 10ⁿ that is at most `n` (0 below 1). */
export function niceFloor(n: number): number {
  if (!(n >= 1)) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const lead = n / power;
  // A hair of tolerance, so 1000 is not read as 999.999… by floating point.
  const nice = lead >= 5 - 1e-9 ? 5 : lead >= 2 - 1e-9 ? 2 : 1;
  return nice * power;
}

/** The radius a marker of `people` gets when the largest place has `maxPeople`: markerRadii's rounding. */
export function markerRadiusPx(people: number, maxPeople: number): number {
  return Math.round(markerRadius(people, maxPeople));
}

/**
 * Up to three round numbers at about the largest place, a fifth of it and a fiftieth of it, each
 * with the marker radius of that many people; steps whose circles would look alike are left out.
 * None when no place has people.
 */
export function sizeLegend(totals: readonly VenueTotals[], minGap = 3): SizeStep[] {
  const max = totals.reduce((m, t) => Math.max(m, peopleOf(t)), 0);
  const top = niceFloor(max);
  const steps: SizeStep[] = [];
  for (const people of [top, niceFloor(top / 5), niceFloor(top / 50)]) {
    if (people < 1) continue;
    const radius = markerRadiusPx(people, max);
    const last = steps.at(-1);
    if (last && last.radius - radius < minGap) continue;
    steps.push({ people, radius });
  }
  return steps;
}
