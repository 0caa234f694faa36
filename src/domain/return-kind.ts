/** What kind of return an exchange was, and what the parties claimed where they disagree. */
import type { EventRecord } from '../data/schemas';

/** A two-way swap, a one-way release, or a repatriation of bodies; null for talks and deals. */
export type ReturnKind = 'swap' | 'release' | 'bodies';

export function returnKindOf(event: EventRecord): ReturnKind | null {
  return event.type === 'exchange' ? (event.returnKind ?? 'swap') : null;
}

/** True for an exchange of living people (bodies are never counted as people returned). */
export function returnsPeople(event: EventRecord): boolean {
  const kind = returnKindOf(event);
  return kind === 'swap' || kind === 'release';
}

/** True for a repatriation of bodies. */
export function returnsBodies(event: EventRecord): boolean {
  return returnKindOf(event) === 'bodies';
}

/**
 * The lowest and highest figure stated for one side, when the parties' claims differ (30 Dec 2024:
 * Kyiv 189, Moscow 150 → [150, 189]); null when they agree or nobody disagreed.
 */
export function claimRange(
  event: EventRecord,
  side: 'toUkraine' | 'toRussia',
): [number, number] | null {
  const figures = (event.claims ?? []).filter((c) => c.counts === side).map((c) => c.total);
  const used = event[side]?.total;
  if (used !== undefined) figures.push(used);
  if (figures.length < 2) return null;
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  return low === high ? null : [low, high];
}
