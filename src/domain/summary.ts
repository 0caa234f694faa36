/** The headline figures for whatever the filter shows. */
import type { Headcount } from '../data/schemas';
import type { PreparedEvent } from './event-index';
import { returnKindOf } from './return-kind';

/** People returned to each side, confirmed and expected apart; bodies on their own. */
export interface Summary {
  toUkraine: { confirmed: number; expected: number };
  toRussia: { confirmed: number; expected: number };
  /** Swaps and one-way releases of people. */
  exchanges: { confirmed: number; expected: number };
  /** Of the confirmed exchanges, the one-way releases. */
  releases: number;
  /** Exchanges whose size the sources do not give (counted, but adding nothing to the totals). */
  exchangesWithUnknownSize: number;
  /** Confirmed repatriations of bodies: never counted as people returned. */
  bodies: { handovers: number; toUkraine: number; toRussia: number };
  /** Confirmed exchanges whose parties' figures disagree (the totals use the rule in docs/data.md). */
  disputed: number;
}

const count = (h: Headcount | undefined) => h?.total ?? 0;

/** Sums the exchanges among the given events. */
export function summarise(events: readonly PreparedEvent[]): Summary {
  const s: Summary = {
    toUkraine: { confirmed: 0, expected: 0 },
    toRussia: { confirmed: 0, expected: 0 },
    exchanges: { confirmed: 0, expected: 0 },
    releases: 0,
    exchangesWithUnknownSize: 0,
    bodies: { handovers: 0, toUkraine: 0, toRussia: 0 },
    disputed: 0,
  };
  for (const { event } of events) {
    const kind = returnKindOf(event);
    if (kind === null) continue;
    const status = event.status;
    if (kind === 'bodies') {
      if (status !== 'confirmed') continue;
      s.bodies.handovers += 1;
      s.bodies.toUkraine += count(event.toUkraine);
      s.bodies.toRussia += count(event.toRussia);
      continue;
    }
    s.exchanges[status] += 1;
    s.toUkraine[status] += count(event.toUkraine);
    s.toRussia[status] += count(event.toRussia);
    if (status === 'confirmed' && kind === 'release') s.releases += 1;
    if (status === 'confirmed' && (event.claims?.length ?? 0) > 0) s.disputed += 1;
    if (!event.toUkraine && !event.toRussia) s.exchangesWithUnknownSize += 1;
  }
  return s;
}
