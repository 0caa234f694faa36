/** The events of a list by calendar year, with what each year holds: for the exchanges list. */
import type { PreparedEvent } from './event-index';
import { returnKindOf } from './return-kind';

/** What one year of the list holds. */
export interface YearCounts {
  year: string;
  events: number;
  swaps: number;
  releases: number;
  bodies: number;
  /** People returned to Ukraine in its confirmed swaps and releases. */
  toUkraine: number;
}

/**
 * Counts per year of the events given (in date order), keyed by year, in order of appearance. With
 * `only`, just those years are counted: a year's events lie together in date order, so each is
 * found by bisection and the rest of a 100,000-event list is never read.
 */
export function yearGroups(
  events: readonly PreparedEvent[],
  only?: Iterable<string>,
): Map<string, YearCounts> {
  const years = new Map<string, YearCounts>();
  const runs =
    only === undefined
      ? [[0, events.length] as const]
      : [...new Set(only)].sort().map((year) => yearRun(events, year));
  for (const [start, end] of runs) {
    for (let i = start; i < end; i++) {
      const { event } = events[i]!;
      const year = event.date.slice(0, 4);
      let y = years.get(year);
      if (!y) {
        y = { year, events: 0, swaps: 0, releases: 0, bodies: 0, toUkraine: 0 };
        years.set(year, y);
      }
      y.events += 1;
      const kind = returnKindOf(event);
      if (kind === 'swap') y.swaps += 1;
      else if (kind === 'release') y.releases += 1;
      else if (kind === 'bodies') y.bodies += 1;
      if ((kind === 'swap' || kind === 'release') && event.status === 'confirmed')
        y.toUkraine += event.toUkraine?.total ?? 0;
    }
  }
  return years;
}

/** Where a year's events lie in a date-ordered list: [start, end). */
function yearRun(events: readonly PreparedEvent[], year: string): readonly [number, number] {
  // ISO dates compare as text: "2024-…" sorts at or after "2024" and before "2025".
  const next = String(Number(year) + 1).padStart(4, '0');
  return [firstAtOrAfter(events, year), firstAtOrAfter(events, next)];
}

function firstAtOrAfter(events: readonly PreparedEvent[], text: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.event.date < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
