/** Ready-made date ranges: all time, each calendar year, and each talks round through its exchanges. */
import type { Venue } from '../data/schemas';
import { formatDate, isoFromDay } from './dates';
import type { EventIndex } from './event-index';
import { eventFamily } from './event-index';

/** A named range; null ends are open. */
export interface RangePreset {
  id: string;
  /** All time, a calendar year, or a talks round through its exchanges. */
  kind: 'all' | 'year' | 'talks';
  label: string;
  /** A talks round's name without what its range reaches ("Geneva talks (Jun 2025)"). */
  round?: { name: string; hasExchanges: boolean };
  from: string | null;
  to: string | null;
}

/**
 * Finds the first preset of a list spanning a range (as `find` would), without walking the list:
 * the filters ask on every range change, and a large record has thousands of talks rounds.
 */
export function presetsByRange(
  presets: readonly RangePreset[],
): (from: string | null, to: string | null) => RangePreset | undefined {
  const byRange = new Map<string, RangePreset>();
  const keyOf = (from: string | null, to: string | null) => `${from ?? ''}/${to ?? ''}`;
  for (const p of presets) {
    const key = keyOf(p.from, p.to);
    if (!byRange.has(key)) byRange.set(key, p);
  }
  return (from, to) => byRange.get(keyOf(from, to));
}

/** Presets for a dataset: "All time", one per year, and one per talks round ("Geneva talks → exchanges"). */
export function rangePresets(index: EventIndex, venues: ReadonlyMap<string, Venue>): RangePreset[] {
  const presets: RangePreset[] = [
    { id: 'all', kind: 'all', label: 'All time', from: null, to: null },
  ];
  const years = [...new Set(index.list.map((p) => p.event.date.slice(0, 4)))].sort();
  for (const year of years)
    presets.push({
      id: year,
      kind: 'year',
      label: year,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });

  const talks = index.list.filter((p) => p.event.type === 'talks');
  const placeOf = (venueIds: string[]) =>
    venueIds.map((id) => venues.get(id)?.name ?? id).join(' & ') || 'Unknown place';
  const labelCount = new Map<string, number>();
  talks.forEach((p) =>
    labelCount.set(placeOf(p.event.venueIds), (labelCount.get(placeOf(p.event.venueIds)) ?? 0) + 1),
  );
  for (const p of talks) {
    const family = [...eventFamily(index, p.event.id)]
      .map((id) => index.byId.get(id))
      .filter((x) => x !== undefined);
    const hasExchanges = family.some((f) => f.event.type === 'exchange');
    const last = Math.max(p.last, ...family.map((f) => f.last));
    const place = placeOf(p.event.venueIds);
    const when =
      (labelCount.get(place) ?? 0) > 1
        ? ` (${formatDate(p.event.date, p.event.datePrecision)})`
        : '';
    const name = `${place} talks${when}`;
    presets.push({
      id: `talks-${p.event.id}`,
      kind: 'talks',
      // A round no exchange followed spans its own days: said, so its empty figures read as
      // meant, not as a broken preset.
      label: `${name}${hasExchanges ? ' → exchanges' : ' · talks only'}`,
      round: { name, hasExchanges },
      from: p.event.date,
      to: isoFromDay(last),
    });
  }
  return presets;
}

/** How many talks rounds a list offers: the curated record has a few; a huge one, thousands. */
export const roundsListed = 100;

/**
 * The talks rounds a list offers: the latest `limit`, and the current round if it is older (so the
 * list can show what the range is). 15,000 rounds as options made every page load lay out 30,000
 * elements. `earlier` counts the rounds left out, which the dates still reach.
 */
export function roundsToList(
  talks: readonly RangePreset[],
  current: RangePreset | undefined,
  limit = roundsListed,
): { listed: readonly RangePreset[]; earlier: number } {
  if (talks.length <= limit) return { listed: talks, earlier: 0 };
  const latest = talks.slice(-limit);
  const older = current?.kind === 'talks' && !latest.includes(current) ? [current] : [];
  return { listed: [...older, ...latest], earlier: talks.length - limit - older.length };
}
