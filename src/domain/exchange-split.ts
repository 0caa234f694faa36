/**
 * How a list's exchanges split, counted as the headline counts them: confirmed exchanges of people
 * (the "Exchanges of people" figure), confirmed repatriations of bodies, and announced ones apart.
 */
import type { EventRecord } from '../data/schemas';
import { returnsBodies } from './return-kind';

export interface ExchangeSplit {
  people: number;
  bodies: number;
  /** Exchanges announced but not confirmed, of either kind. */
  announced: number;
}

export function exchangeSplit(events: Iterable<{ event: EventRecord }>): ExchangeSplit {
  const split: ExchangeSplit = { people: 0, bodies: 0, announced: 0 };
  for (const { event } of events) {
    if (event.type !== 'exchange') continue;
    if (event.status !== 'confirmed') split.announced += 1;
    else if (returnsBodies(event)) split.bodies += 1;
    else split.people += 1;
  }
  return split;
}
