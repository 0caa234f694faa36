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
 * Kyiv 189, Moscow 150 → [150, 189]); null when they agree or nobody disagreed. "More than 100"
 * agrees with 130: a lower bound disagrees only with a figure at or below it.
 */
export function claimRange(
  event: EventRecord,
  side: 'toUkraine' | 'toRussia',
): [number, number] | null {
  const claims = (event.claims ?? []).filter((c) => c.counts === side);
  const exact = claims.filter((c) => !c.moreThan).map((c) => c.total);
  const used = event[side]?.total;
  if (used !== undefined) exact.push(used);
  const lowest = exact.length > 0 ? Math.min(...exact) : Infinity;
  // Bounds nothing exact contradicts say the same as the exact figures, or add nothing to them.
  const bounds = claims.filter((c) => c.moreThan && c.total >= lowest).map((c) => c.total);
  const figures = [...exact, ...bounds];
  if (figures.length < 2) return null;
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  return low === high ? null : [low, high];
}

/** True when the parties' figures for either side disagree. */
export function isDisputed(event: EventRecord): boolean {
  return claimRange(event, 'toUkraine') !== null || claimRange(event, 'toRussia') !== null;
}

/**
 * True when the sources give no figure for what a confirmed or expected exchange of people returned
 * to one side. A one-way release with the other side's figure returned nobody this way: 0, not
 * unknown.
 */
export function figureMissing(event: EventRecord, side: 'toUkraine' | 'toRussia'): boolean {
  if (event[side]) return false;
  const other = side === 'toUkraine' ? 'toRussia' : 'toUkraine';
  return !(returnKindOf(event) === 'release' && event[other]);
}
