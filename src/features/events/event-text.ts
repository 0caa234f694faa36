/** Words for events: types, statuses, headcounts and years, kept apart from the markup. */
import type { YearCounts } from '../../domain/year-groups';
import type { DatePrecision, EventRecord, EventType, Headcount } from '../../data/schemas';
import { countOf, formatCount } from '../../domain/format-number';

/** A type as a list label. */
export const typeLabels: Record<EventType, string> = {
  exchange: 'Exchange',
  talks: 'Talks',
  agreement: 'Agreement',
};

/** What each precision leaves unknown, said next to the date in the detail. */
export const precisionNotes: Record<DatePrecision, string | null> = {
  day: null,
  week: 'only the week is known',
  month: 'only the month is known',
  year: 'only the year is known',
};

/** True when the record marks one of these facts as inferred rather than stated. */
export function isInferred(event: EventRecord, ...fields: string[]): boolean {
  return event.inferred.some((i) => fields.includes(i.field));
}

/** "390 (270 soldiers, 120 civilians)": the total with whatever split the articles give. */
export function headcountText(h: Headcount): string {
  // "150 soldiers" rather than "150 (150 soldiers)" when one group is everyone.
  if (h.total > 0 && h.soldiers === h.total && !h.civilians) return countOf(h.total, 'soldier');
  if (h.total > 0 && h.civilians === h.total && !h.soldiers) return countOf(h.total, 'civilian');
  const parts: string[] = [];
  if (h.soldiers !== undefined) parts.push(countOf(h.soldiers, 'soldier'));
  if (h.civilians !== undefined) parts.push(countOf(h.civilians, 'civilian'));
  const total = formatCount(h.total);
  return parts.length > 0 ? `${total} (${parts.join(', ')})` : total;
}

/** One side's figure with its unit, or an honest "not reported". */
export function sideText(h: Headcount | undefined, side: 'Ukraine' | 'Russia'): string {
  return h ? `${headcountText(h)} to ${side}` : `to ${side}: not reported`;
}

/** Per-side counts for a row: "200 to Ukraine · 200 to Russia", or "size not reported". */
export function countsText(event: EventRecord): string | null {
  if (event.type === 'talks') return null;
  if (!event.toUkraine && !event.toRussia) return 'size not reported';
  const text = `${sideText(event.toUkraine, 'Ukraine')} · ${sideText(event.toRussia, 'Russia')}`;
  return event.type === 'agreement' ? `agreed: ${text}` : text;
}

/** The size of a deal in a phrase: "500 each", "100 to Ukraine and 90 to Russia". */
export function dealSizeText(event: EventRecord): string {
  const u = event.toUkraine?.total;
  const r = event.toRussia?.total;
  if (u === undefined && r === undefined) return 'of unreported size';
  if (u === r && u !== undefined) return `${formatCount(u)} each`;
  const part = (n: number | undefined, side: string) =>
    n === undefined ? `an unreported number to ${side}` : `${formatCount(n)} to ${side}`;
  return `${part(u, 'Ukraine')} and ${part(r, 'Russia')}`;
}

/** What a year of the list holds: "2024 · 26 events: 11 swaps, 2 releases, 13 body repatriations". */
export function yearText(y: YearCounts): string {
  const parts = [
    y.swaps > 0 ? countOf(y.swaps, 'swap') : '',
    y.releases > 0 ? countOf(y.releases, 'release') : '',
    y.bodies > 0 ? countOf(y.bodies, 'body repatriation') : '',
  ].filter(Boolean);
  const people = y.toUkraine > 0 ? `; ${formatCount(y.toUkraine)} returned to Ukraine` : '';
  return `${countOf(y.events, 'event')}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}${people}`;
}
