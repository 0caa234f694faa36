/** The map's link line: from where an exchange's deal was agreed to where its people were handed over. */
import type { Venue } from '../data/schemas';
import type { EventIndex } from './event-index';

/** A straight segment between two places, as [lat, lon] pairs. */
export type LinkSegment = [[number, number], [number, number]];

/** What the map draws and says for a selected exchange. */
export interface ExchangeLink {
  eventId: string;
  title: string;
  /** Where the deal behind the exchange was agreed (the talks venues). */
  agreedAt: Venue[];
  /** Where the people were handed over (handover points first, else its other places). */
  handedOverAt: Venue[];
  segments: LinkSegment[];
  /** One sentence for people who cannot see the line. */
  description: string;
}

/** Names as prose: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function describe(agreedAt: readonly Venue[], handedOverAt: readonly Venue[]): string {
  const from = joinNames(agreedAt.map((v) => v.name));
  const to = joinNames(handedOverAt.map((v) => v.name));
  if (from && to) return `Agreed in ${from} → handed over in ${to}`;
  if (from) return `Agreed in ${from}; where the people were handed over is not recorded`;
  if (to) return `Handed over in ${to}; where the deal was agreed is not recorded`;
  return 'Neither where the deal was agreed nor where the people were handed over is recorded';
}

/**
 * The link of the selected event when it is an exchange, else null. Handover points are preferred
 * as the line's end because reception hospitals and front sections say less about the route.
 */
export function exchangeLinkOf(
  index: EventIndex,
  venues: ReadonlyMap<string, Venue>,
  eventId: string | null,
): ExchangeLink | null {
  if (eventId === null) return null;
  const prepared = index.byId.get(eventId);
  if (!prepared || prepared.event.type !== 'exchange') return null;
  const lookup = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const venue = venues.get(id);
      return venue ? [venue] : [];
    });
  const agreedAt = lookup(prepared.agreedAt);
  const own = lookup(prepared.event.venueIds).filter((v) => !prepared.agreedAt.includes(v.id));
  const handovers = own.filter((v) => v.kind === 'handover');
  const handedOverAt = handovers.length > 0 ? handovers : own;
  const segments = agreedAt.flatMap((a) =>
    handedOverAt.map((h): LinkSegment => [
      [a.lat, a.lon],
      [h.lat, h.lon],
    ]),
  );
  return {
    eventId,
    title: prepared.event.title,
    agreedAt,
    handedOverAt,
    segments,
    description: describe(agreedAt, handedOverAt),
  };
}
