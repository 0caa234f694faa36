/** Which quotes the browser shows, in what order, and the speaker counts for its filter. */
import type { Person, Quote } from '../data/schemas';
import { overlaps, rangeDays, spanOf } from './dates';

/** Everything that narrows the quote list. */
export interface QuoteFilter {
  from: string | null;
  to: string | null;
  /** Quotes must be about one of these events (from a chosen venue or event); null = any. */
  eventScope: Set<string> | null;
  speaker: string | null;
  side: string | null;
  /** Ids matching the search text; null when there is no search. */
  matches: Set<string> | null;
}

// A quote's span never changes, and parsing 100,000 dates on every filter change shows in profiles.
const spans = new WeakMap<Quote, [number, number]>();
function quoteSpan(q: Quote): [number, number] {
  let span = spans.get(q);
  if (!span) spans.set(q, (span = spanOf(q)));
  return span;
}

/** Keeps the quotes that pass every part of the filter except the speaker (for speaker counts). */
export function filterQuotesExceptSpeaker(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  f: QuoteFilter,
): Quote[] {
  const range = rangeDays(f.from, f.to);
  return quotes.filter(
    (q) =>
      overlaps(quoteSpan(q), range) &&
      (f.eventScope === null || (q.eventId !== null && f.eventScope.has(q.eventId))) &&
      (f.side === null || people.get(q.speakerId)?.side === f.side) &&
      (f.matches === null || f.matches.has(q.id)),
  );
}

/** Applies the speaker part of the filter. */
export function filterBySpeaker(quotes: readonly Quote[], speaker: string | null): Quote[] {
  return speaker === null ? [...quotes] : quotes.filter((q) => q.speakerId === speaker);
}

/** Newest or oldest first; ties keep a stable order by id. */
export function sortQuotes(quotes: readonly Quote[], sort: 'newest' | 'oldest'): Quote[] {
  const dir = sort === 'newest' ? -1 : 1;
  return [...quotes].sort((a, b) =>
    a.date < b.date ? -dir : a.date > b.date ? dir : a.id.localeCompare(b.id),
  );
}

/** A speaker with how many of the current quotes are theirs. */
export interface SpeakerCount {
  id: string;
  name: string;
  count: number;
}

/** Speakers of the given quotes, most quoted first. */
export function speakerCounts(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count, name: people.get(id)?.name ?? id }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** A statement with the other wordings of it that are in the list. */
export interface QuoteGroup {
  quote: Quote;
  variants: Quote[];
}

/** Shows variants of one statement together, under the first wording in the list. */
export function groupVariants(quotes: readonly Quote[]): QuoteGroup[] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const groups = new Map<string, QuoteGroup>();
  const order: QuoteGroup[] = [];
  // Follow variantOf to the earliest wording in the list: a third report may point at the second.
  const rootOf = (q: Quote): string => {
    const path = [q.id];
    let current = q;
    for (;;) {
      const parent = current.variantOf === null ? undefined : byId.get(current.variantOf);
      if (!parent) return current.id;
      const seen = path.indexOf(parent.id);
      // A cycle (bad data) still groups together: under its smallest id, the same from any member.
      if (seen >= 0) return path.slice(seen).sort()[0] ?? parent.id;
      path.push(parent.id);
      current = parent;
    }
  };
  for (const q of quotes) {
    const root = rootOf(q);
    const group = groups.get(root);
    if (group) group.variants.push(q);
    else {
      const fresh: QuoteGroup = { quote: q, variants: [] };
      groups.set(root, fresh);
      order.push(fresh);
    }
  }
  return order;
}
