/**
 * The statements of a filtered quote list (a quote with the other wordings of it in the list counts
 * once), read a page at a time. groupVariants over the whole list made a group object for each of
 * up to 100,000 quotes on every keystroke and range change, for the twelve cards a page shows.
 * Here only the few quotes with other wordings are grouped up front (by their positions in the
 * order, which knows where each one's `variantOf` stands); the rest become statements as a page
 * asks for them, in the same order and with the same groups as groupVariants gives.
 */
import type { Quote } from '../data/schemas';
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
  const { quotes, inFamily, parentAt } = order;
  // 1 for each kept quote that may share a statement. Quotes are followed by position, not id:
  // at 100,000 quotes the maps of ids took ~15 ms of a search's first letter.
  const keptInFamily = new Uint8Array(quotes.length);
  let families = 0;
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j]!;
    if (inFamily[i] === 1) {
      keptInFamily[i] = 1;
      families += 1;
    }
  }
  // The statement a grouped quote belongs to is named by its root: the end of its variantOf chain
  // through the kept quotes (in a cycle, the smallest id), as groupVariants finds it by id.
  const rootOf = (i: number): number => {
    let path: number[] | null = null;
    for (let current = i; ;) {
      const parent = parentAt[current]!;
      if (parent < 0 || keptInFamily[parent] === 0) return current;
      path ??= [i];
      const seen = path.indexOf(parent);
      // A cycle (bad data) still groups together: under its smallest id, from any member.
      if (seen >= 0) return smallestId(quotes, path.slice(seen));
      path.push(parent);
      current = parent;
    }
  };
  // A grouped quote opens its statement where the statement's first wording stands.
  const opens = new Map<number, QuoteGroup>();
  const groups = new Map<number, QuoteGroup>();
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j]!;
    if (inFamily[i] === 0) continue;
    const root = rootOf(i);
    const group = groups.get(root);
    if (group) group.variants.push(quotes[i]!);
    else {
      const fresh: QuoteGroup = { quote: quotes[i]!, variants: [] };
      groups.set(root, fresh);
      opens.set(j, fresh);
    }
  }
  // Which statement holds a grouped quote, by id: only a linked quote asks, so made when asked.
  let groupOf: Map<string, QuoteGroup> | null = null;
  const groupHolding = (id: string): QuoteGroup | undefined => {
    if (groupOf === null) {
      groupOf = new Map();
      for (const group of groups.values()) {
        groupOf.set(group.quote.id, group);
        for (const v of group.variants) groupOf.set(v.id, group);
      }
    }
    return groupOf.get(id);
  };

  const made: QuoteGroup[] = [];
  let next = 0; // the first position in kept not yet read
  const readUpTo = (n: number) => {
    while (made.length < n && next < kept.length) {
      const j = next++;
      if (inFamily[kept[j]!] === 0) made.push({ quote: quotes[kept[j]!]!, variants: [] });
      else {
        const group = opens.get(j);
        if (group) made.push(group);
      }
    }
  };

  return {
    length: kept.length - families + groups.size,
    first(n) {
      readUpTo(n);
      return made.slice(0, n);
    },
    indexOf(id) {
      const group = groupHolding(id);
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

/** Of some quotes (by position), the position of the one with the smallest id. */
function smallestId(quotes: readonly Quote[], at: readonly number[]): number {
  let best = at[0]!;
  for (const i of at) if (quotes[i]!.id < quotes[best]!.id) best = i;
  return best;
}
