/** The officially stated figures beside our own sum: tallies, and coverage of the official count. */
import type { EventRecord, Tally, TallyMeasure } from '../data/schemas';
import type { Side } from '../data/schemas';
import type { PreparedEvent } from './event-index';
import { returnsPeople } from './return-kind';
import { tallyBodies, tallyBodyOf } from './tally-bodies';
import type { TallyBody } from './tally-bodies';

/**
 * The latest tally of one measure stated by one side up to a day (inclusive; null: any day). When
 * two are stated the same day, the higher figure wins (a later, fuller count).
 */
export function latestTally(
  tallies: readonly Tally[],
  measure: TallyMeasure,
  side: Side,
  upTo: string | null,
): Tally | null {
  let best: Tally | null = null;
  for (const t of tallies) {
    if (t.measure !== measure || t.side !== side || t.mediatorId !== null) continue;
    if (upTo !== null && t.asOf > upTo) continue;
    if (!best || t.asOf > best.asOf || (t.asOf === best.asOf && t.figure > best.figure)) best = t;
  }
  return best;
}

/** One body's latest statement of a total. */
export interface BodyTally {
  body: TallyBody;
  /** Its short name ("Coordination HQ"). */
  short: string;
  tally: Tally;
}

/**
 * Each body's latest statement of one measure and side up to a day (latestTally's rule within each
 * body), in the chart key's order of bodies. The bodies count in their own ways, so "the latest
 * statement" jumps between them from one period to the next; side by side, the figures explain it.
 */
export function latestByBody(
  tallies: readonly Tally[],
  measure: TallyMeasure,
  side: Side,
  upTo: string | null,
): BodyTally[] {
  const grouped = new Map<TallyBody, Tally[]>();
  for (const t of tallies) {
    const body = tallyBodyOf(t.statedBy);
    const group = grouped.get(body);
    if (group) group.push(t);
    else grouped.set(body, [t]);
  }
  return tallyBodies.flatMap(({ body, short }) => {
    const tally = latestTally(grouped.get(body) ?? [], measure, side, upTo);
    return tally ? [{ body, short, tally }] : [];
  });
}

/** How much of an official numbering of exchanges the record holds. */
export interface Coverage {
  /** Distinct official numbers the recorded events carry. */
  recorded: number;
  /** The highest official number known (from an event or a tally of exchanges held). */
  highest: number;
  /** The numbers from 1 to `highest` no recorded event carries. */
  missing: number[];
}

/** Coverage of a sequence series ("ukraine": Kyiv's count of exchanges) by the given events. */
export function sequenceCoverage(
  events: readonly EventRecord[],
  series: string,
  tallies: readonly Tally[] = [],
): Coverage {
  const numbers = new Set<number>();
  for (const e of events)
    for (const s of e.sequences ?? []) if (s.series === series) numbers.add(s.number);
  let highest = numbers.size > 0 ? Math.max(...numbers) : 0;
  if (series === 'ukraine')
    for (const t of tallies)
      if (t.measure === 'exchanges' && t.side === 'ukraine' && t.mediatorId === null)
        highest = Math.max(highest, t.figure);
  const missing: number[] = [];
  for (let n = 1; n <= highest; n++) if (!numbers.has(n)) missing.push(n);
  return { recorded: numbers.size, highest, missing };
}

/** People the record returns to Ukraine in confirmed swaps and releases up to a day (inclusive). */
export function returnedToUkraineBy(events: readonly PreparedEvent[], day: string): number {
  let total = 0;
  for (const { event } of events)
    if (event.status === 'confirmed' && returnsPeople(event) && event.date <= day)
      total += event.toUkraine?.total ?? 0;
  return total;
}
