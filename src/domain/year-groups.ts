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

/** Counts per year of the events given (in date order), keyed by year, in order of appearance. */
export function yearGroups(events: readonly PreparedEvent[]): Map<string, YearCounts> {
  const years = new Map<string, YearCounts>();
  for (const { event } of events) {
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
  return years;
}
