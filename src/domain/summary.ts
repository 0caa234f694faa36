/** The headline figures for whatever the filter shows. */
import type { Headcount } from '../data/schemas';
import type { PreparedEvent } from './event-index';

/** People returned to each side, confirmed and expected apart. */
export interface Summary {
  toUkraine: { confirmed: number; expected: number };
  toRussia: { confirmed: number; expected: number };
  exchanges: { confirmed: number; expected: number };
  /** Exchanges whose size the articles do not give (counted, but adding nothing to the totals). */
  exchangesWithUnknownSize: number;
}

const count = (h: Headcount | undefined) => h?.total ?? 0;

/** Sums the exchanges among the given events. */
export function summarise(events: readonly PreparedEvent[]): Summary {
  const s: Summary = {
    toUkraine: { confirmed: 0, expected: 0 },
    toRussia: { confirmed: 0, expected: 0 },
    exchanges: { confirmed: 0, expected: 0 },
    exchangesWithUnknownSize: 0,
  };
  for (const { event } of events) {
    if (event.type !== 'exchange') continue;
    const status = event.status;
    s.exchanges[status] += 1;
    s.toUkraine[status] += count(event.toUkraine);
    s.toRussia[status] += count(event.toRussia);
    if (!event.toUkraine && !event.toRussia) s.exchangesWithUnknownSize += 1;
  }
  return s;
}
