/**
 * The statements of a filtered quote list (a quote with the other wordings of it in the list counts
 * once), read a page at a time. groupVariants over the whole list made a group object for each of
 * up to 100,000 quotes on every keystroke and range change, for the twelve cards a page shows.
 * Here only the few quotes with other wordings are grouped up front; the rest become statements
 * as a page asks for them, in the same order and with the same groups as groupVariants gives.
 */
import type { Quote } from '../data/schemas';
import { groupVariants } from './quote-filter';
import type { Kept, QuoteGroup, QuoteOrder } from './quote-filter';

/** A list's statements in list order. */
export interface Statements {
  /** How many statements the list holds. */
  readonly length: number;
  /** The first `n` statements (the same objects on every call). */
  first(n: number): readonly QuoteGroup[];
  /** Which statement holds the quote with this id; -1 when the list lacks it. */
  indexOf(id: string): number;
}

/** The statements of the quotes kept from an order. */
export function statementsOf(order: QuoteOrder, kept: Kept): Statements {
  // The quotes that may share a statement with another, and their groups (few in any record).
  const inFamily: number[] = [];
  for (let j = 0; j < kept.length; j++) if (order.inFamily[kept[j]!] === 1) inFamily.push(j);
  const familyGroups = groupVariants(
    inFamily.map((j) => order.quotes[kept[j]!]!),
    () => true,
  );
  // A grouped quote opens its statement where the statement's first wording stands.
  const opens = new Map<number, QuoteGroup>();
  const groupOf = new Map<string, QuoteGroup>();
  const quoteAt = new Map(inFamily.map((j) => [order.quotes[kept[j]!]!.id, j]));
  for (const group of familyGroups) {
    opens.set(quoteAt.get(group.quote.id)!, group);
    groupOf.set(group.quote.id, group);
    for (const v of group.variants) groupOf.set(v.id, group);
  }
  const inAGroup = new Set(inFamily);

  const made: QuoteGroup[] = [];
  let next = 0; // the first position in kept not yet read
  const readUpTo = (n: number) => {
    while (made.length < n && next < kept.length) {
      const j = next++;
      if (!inAGroup.has(j)) made.push({ quote: order.quotes[kept[j]!]!, variants: [] });
      else {
        const group = opens.get(j);
        if (group) made.push(group);
      }
    }
  };

  return {
    length: kept.length - inFamily.length + familyGroups.length,
    first(n) {
      readUpTo(n);
      return made.slice(0, n);
    },
    indexOf(id) {
      const group = groupOf.get(id);
      const quote: Quote | undefined = group?.quote ?? findQuote(order, kept, id);
      if (!quote) return -1;
      // Statements open in list order: read until this one has opened.
      for (let i = 0; ; i++) {
        readUpTo(i + 1);
        const s = made[i];
        if (!s) return -1;
        if (s.quote === quote) return i;
      }
    },
  };
}

/** The kept quote with this id, if the list holds it. */
function findQuote(order: QuoteOrder, kept: Kept, id: string): Quote | undefined {
  for (const i of kept) if (order.quotes[i]!.id === id) return order.quotes[i];
  return undefined;
}
