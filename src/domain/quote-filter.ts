/** Which quotes the browser shows, in what order, and the speaker counts for its filter. */
import type { Person, Quote } from '../data/schemas';
import { rangeDays, spanOf } from './dates';
import { memoizeLast } from './memo';
import { sortedByGroups } from './sorted';

/** Everything that narrows the quote list. */
export interface QuoteFilter {
  from: string | null;
  to: string | null;
  /** Quotes must be about one of these events (from a chosen venue or event); null = any. */
  eventScope: Set<string> | null;
  speaker: string | null;
  side: string | null;
  /** 1 for each quote, by its position in the quotes file, that matches the search; null: none. */
  matches: Uint8Array | null;
}

/**
 * Quotes in a fixed order with what every filter reads, prepared once per dataset and sort order:
 * date spans as day numbers and speakers as numbers, so a filter change reads typed arrays instead
 * of parsing dates, hashing ids or re-sorting.
 */
export interface QuoteOrder {
  quotes: readonly Quote[];
  /** Each quote's position in the quotes file (what search results are indexed by). */
  fileAt: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Each quote's speaker, as a position in speakerIds. */
  speakerOf: Int32Array;
  speakerIds: string[];
  /** 1 for quotes that are, or have, another wording of a statement (see groupVariants). */
  inFamily: Uint8Array;
  /**
   * The position of the quote each one is another wording of (`variantOf`): -1 when it names
   * none, or a quote the file does not hold. Ids are unique (the loader leaves out duplicates).
   */
  parentAt: Int32Array;
  /** The positions of each event's quotes, ascending: a chosen event or venue reads only these. */
  byEvent: Map<string, number[]>;
}

/** The quotes in the order given, prepared. */
export function prepareQuotes(
  quotes: readonly Quote[],
  fileAt: Int32Array = Int32Array.from(quotes.keys()),
): QuoteOrder {
  const n = quotes.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const speakerOf = new Int32Array(n);
  const speakerIds: string[] = [];
  const speakerAt = new Map<string, number>();
  const pointedAt = new Set<string>();
  const byEvent = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    if (q.eventId !== null) {
      const list = byEvent.get(q.eventId);
      if (list) list.push(i);
      else byEvent.set(q.eventId, [i]);
    }
    const [a, b] = spanOf(q);
    first[i] = a;
    last[i] = b;
    let at = speakerAt.get(q.speakerId);
    if (at === undefined) {
      at = speakerIds.push(q.speakerId) - 1;
      speakerAt.set(q.speakerId, at);
    }
    speakerOf[i] = at;
    if (q.variantOf !== null) pointedAt.add(q.variantOf);
  });
  const inFamily = Uint8Array.from(quotes, (q) =>
    q.variantOf !== null || pointedAt.has(q.id) ? 1 : 0,
  );
  const pointedAtAt = new Map<string, number>();
  quotes.forEach((q, i) => {
    if (pointedAt.has(q.id)) pointedAtAt.set(q.id, i);
  });
  const parentAt = Int32Array.from(quotes, (q) =>
    q.variantOf === null ? -1 : (pointedAtAt.get(q.variantOf) ?? -1),
  );
  return { quotes, fileAt, first, last, speakerOf, speakerIds, inFamily, parentAt, byEvent };
}

/** The quotes sorted newest or oldest first, prepared, remembering where each sat in the file. */
export function orderQuotes(quotes: readonly Quote[], sort: 'newest' | 'oldest'): QuoteOrder {
  const positions = sortedPositions(quotes, sort);
  return prepareQuotes(
    positions.map((i) => quotes[i]!),
    Int32Array.from(positions),
  );
}

/** Positions in a quote order: which quotes a filter kept, in that order. */
export type Kept = Int32Array;

/**
 * The positions of the quotes that pass every part of the filter except the speaker (the speaker
 * menu counts every speaker under the other filters), in the order prepared.
 */
export function keepQuotes(
  order: QuoteOrder,
  people: ReadonlyMap<string, Person>,
  f: QuoteFilter,
): Kept {
  const [from, to] = rangeDays(f.from, f.to);
  const { first, last, speakerOf, speakerIds, fileAt } = order;
  const quotes = order.quotes;
  const side = f.side;
  const sideOk =
    side === null
      ? null
      : Uint8Array.from(speakerIds, (id) => (people.get(id)?.side === side ? 1 : 0));
  const candidates = f.eventScope === null ? null : scopePositions(order, f.eventScope);
  const count = candidates === null ? quotes.length : candidates.length;
  const kept = new Int32Array(count);
  let n = 0;
  for (let c = 0; c < count; c++) {
    const i = candidates === null ? c : candidates[c]!;
    if (last[i]! < from || first[i]! > to) continue;
    if (sideOk !== null && sideOk[speakerOf[i]!] === 0) continue;
    if (f.matches !== null && f.matches[fileAt[i]!] !== 1) continue;
    kept[n++] = i;
  }
  return kept.subarray(0, n);
}

/** The positions of the quotes about any of some events, in the order's order. */
function scopePositions(order: QuoteOrder, scope: ReadonlySet<string>): Int32Array {
  const lists: number[][] = [];
  let total = 0;
  for (const id of scope) {
    const list = order.byEvent.get(id);
    if (list) {
      lists.push(list);
      total += list.length;
    }
  }
  const positions = new Int32Array(total);
  let at = 0;
  for (const list of lists) for (const i of list) positions[at++] = i;
  return positions.sort();
}

/** The quotes at some positions of an order. */
export function quotesAt(order: QuoteOrder, kept: Kept): Quote[] {
  return Array.from(kept, (i) => order.quotes[i]!);
}

/** Applies the speaker part of the filter to kept positions. */
export function keepSpeaker(order: QuoteOrder, kept: Kept, speaker: string | null): Kept {
  if (speaker === null) return kept;
  const at = order.speakerIds.indexOf(speaker);
  return kept.filter((i) => order.speakerOf[i] === at);
}

// The same ordering as String#localeCompare with no arguments, without its per-call set-up.
const byName = new Intl.Collator().compare;

// Ids are slugs of a–z, 0–9 and single dashes (the schema's rule). Compared directly ("-" < digits
// < letters), as the collator orders them in English: 100,000 quotes sort in half the time, and
// same-day ties come in one order for every reader (a Danish collator put "aa" after "z"). ISO
// dates compare the same way.
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The quotes' positions, newest or oldest first; ties in id order (see sortedByGroups). */
export function sortedPositions(quotes: readonly Quote[], sort: 'newest' | 'oldest'): number[] {
  return sortedByGroups(
    [...quotes.keys()],
    (i) => quotes[i]!.date,
    sort === 'newest' ? (a, b) => textOrder(b, a) : textOrder,
    (i, j) => textOrder(quotes[i]!.id, quotes[j]!.id),
  );
}

/** A speaker with how many of the current quotes are theirs. */
export interface SpeakerCount {
  id: string;
  name: string;
  count: number;
}

/** Each speaker's name, and its place among the names in alphabetical order. */
interface SpeakerNames {
  names: string[];
  rank: Int32Array;
}

// Per order and people, not per filter: a keystroke re-counts the speakers but need not compare
// thousands of names with the collator again.
const speakerNames = memoizeLast(
  (order: QuoteOrder, people: ReadonlyMap<string, Person>): SpeakerNames => {
    const names = order.speakerIds.map((id) => people.get(id)?.name ?? id);
    const rank = new Int32Array(names.length);
    [...names.keys()]
      .sort((a, b) => byName(names[a]!, names[b]!))
      .forEach((at, place) => {
        rank[at] = place;
      });
    return { names, rank };
  },
);

/** Speakers of the kept quotes, most quoted first, ties by name. */
export function speakerCounts(
  order: QuoteOrder,
  kept: Kept,
  people: ReadonlyMap<string, Person>,
): SpeakerCount[] {
  const counts = new Int32Array(order.speakerIds.length);
  for (const i of kept) counts[order.speakerOf[i]!]! += 1;
  const { names, rank } = speakerNames(order, people);
  const present: number[] = [];
  counts.forEach((count, at) => {
    if (count > 0) present.push(at);
  });
  present.sort((a, b) => counts[b]! - counts[a]! || rank[a]! - rank[b]!);
  return present.map((at) => ({ id: order.speakerIds[at]!, count: counts[at]!, name: names[at]! }));
}

/** A statement with the other wordings of it that are in the list. */
export interface QuoteGroup {
  quote: Quote;
  variants: Quote[];
}

/**
 * Shows variants of one statement together, under the first wording in the list. `inFamily` says
 * which quotes may be part of a statement with several wordings (from a QuoteOrder); without it,
 * it is worked out from the list.
 */
export function groupVariants(
  quotes: readonly Quote[],
  inFamily: (q: Quote, at: number) => boolean = familyIn(quotes),
): QuoteGroup[] {
  // Most quotes have no variants: only those pointing at another, or pointed at, need the lookups.
  const marked = new Uint8Array(quotes.length);
  const involved = new Map<string, Quote>();
  quotes.forEach((q, at) => {
    if (!inFamily(q, at)) return;
    marked[at] = 1;
    involved.set(q.id, q);
  });
  const groups = new Map<string, QuoteGroup>();
  const order: QuoteGroup[] = [];
  // Follow variantOf to the end of its chain in the list (a third report may point at the second):
  // the statement's root, the same for every wording of it.
  const rootOf = (q: Quote): string => {
    const path = [q.id];
    let current = q;
    for (;;) {
      const parent = current.variantOf === null ? undefined : involved.get(current.variantOf);
      if (!parent) return current.id;
      const seen = path.indexOf(parent.id);
      // A cycle (bad data) still groups together: under its smallest id, the same from any member.
      if (seen >= 0) return path.slice(seen).sort()[0] ?? parent.id;
      path.push(parent.id);
      current = parent;
    }
  };
  quotes.forEach((q, at) => {
    if (marked[at] === 0) {
      order.push({ quote: q, variants: [] });
      return;
    }
    const root = rootOf(q);
    const group = groups.get(root);
    if (group) group.variants.push(q);
    else {
      const fresh: QuoteGroup = { quote: q, variants: [] };
      groups.set(root, fresh);
      order.push(fresh);
    }
  });
  return order;
}

/** Which of a list's quotes point at another wording, or are pointed at. */
function familyIn(quotes: readonly Quote[]): (q: Quote) => boolean {
  const pointedAt = new Set<string>();
  for (const q of quotes) if (q.variantOf !== null) pointedAt.add(q.variantOf);
  return (q) => q.variantOf !== null || pointedAt.has(q.id);
}
