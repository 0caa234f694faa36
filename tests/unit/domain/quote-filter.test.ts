import fc from 'fast-check';
import { dayNumber, overlaps, spanOf } from '../../../src/domain/dates';
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeQuote } from '../../fixtures/make-quote';
import type { Person, Quote } from '../../../src/data/schemas';
import {
  groupVariants,
  keepQuotes,
  keepSpeaker,
  orderQuotes,
  quotesAt,
  prepareQuotes,
  sortedPositions,
  speakerCounts,
} from '../../../src/domain/quote-filter';
import type { QuoteFilter, QuoteOrder } from '../../../src/domain/quote-filter';

const quote = makeQuote;

// An ISO date up to `days` days after `from` (a UTC timestamp).
const isoDayWithin = (from: number, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((d) => new Date(from + d * 86_400_000).toISOString().slice(0, 10));

function person(id: string, name: string, side: Person['side']): Person {
  return { id, name, aliases: [], role: 'Official', side };
}

const people = new Map(
  [
    person('anna', 'Anna Sample', 'ukraine'),
    person('boris', 'Boris Example', 'russia'),
    person('carl', 'Carl Envoy', 'united-states'),
  ].map((p) => [p.id, p]),
);

const none: QuoteFilter = {
  from: null,
  to: null,
  eventScope: null,
  speaker: null,
  side: null,
  matches: null,
};

const ids = (quotes: readonly Quote[]) => quotes.map((q) => q.id);

/** Search flags for a quotes file: 1 at the position of each quote with one of these ids. */
const flags = (quotes: readonly Quote[], matching: readonly string[]) =>
  Uint8Array.from(quotes, (q) => (matching.includes(q.id) ? 1 : 0));

/** The quotes a filter keeps (every part but the speaker), in the order's order. */
const keptQuotes = (order: QuoteOrder, f: QuoteFilter) =>
  quotesAt(order, keepQuotes(order, people, f));

describe('keepQuotes', () => {
  const quotes = [
    quote('a-feb', { date: '2026-02-10', eventId: 'talks-1' }),
    quote('b-mar', { speakerId: 'boris', date: '2026-03-05', eventId: 'swap-1' }),
    quote('c-month', { speakerId: 'carl', date: '2026-01-01', datePrecision: 'month' }),
    quote('a-mar', { date: '2026-03-20', eventId: 'swap-2' }),
  ];
  // Prepared inside each test, not at collection time, so a mutation tester sees changed code.
  const prepared = () => prepareQuotes(quotes);

  it('keeps everything with no filter', () => {
    expect(ids(keptQuotes(prepared(), none))).toEqual(ids(quotes));
  });

  it('keeps quotes inside the date range, counting a month-precise date as the whole month', () => {
    const kept = keptQuotes(prepared(), {
      ...none,
      from: '2026-01-31',
      to: '2026-03-05',
    });
    expect(ids(kept)).toEqual(['a-feb', 'b-mar', 'c-month']);
    const after = keptQuotes(prepared(), { ...none, from: '2026-02-01' });
    expect(ids(after)).toEqual(['a-feb', 'b-mar', 'a-mar']);
  });

  it('keeps only quotes about an event in scope (quotes with no event drop out)', () => {
    const kept = keptQuotes(prepared(), {
      ...none,
      eventScope: new Set(['swap-1', 'swap-2']),
    });
    expect(ids(kept)).toEqual(['b-mar', 'a-mar']);
  });

  it("filters by the speaker's side", () => {
    expect(ids(keptQuotes(prepared(), { ...none, side: 'russia' }))).toEqual(['b-mar']);
    expect(ids(keptQuotes(prepared(), { ...none, side: 'other' }))).toEqual([]);
  });

  it('keeps only search matches when there is a search', () => {
    const kept = keptQuotes(prepared(), {
      ...none,
      matches: flags(quotes, ['a-mar', 'zzz']),
    });
    expect(ids(kept)).toEqual(['a-mar']);
    expect(keptQuotes(prepared(), { ...none, matches: flags(quotes, []) })).toEqual([]);
  });

  it('ignores the speaker (the speaker menu counts every speaker under the other filters)', () => {
    const kept = keptQuotes(prepared(), { ...none, speaker: 'boris' });
    expect(kept).toHaveLength(quotes.length);
  });
});

describe('orderQuotes', () => {
  it('sorts once and keeps that order through any filter', () => {
    const quotes = [
      quote('b', { date: '2026-01-05' }),
      quote('c', { date: '2026-03-01', datePrecision: 'month' }),
      quote('a', { date: '2026-01-05' }),
    ];
    const newest = orderQuotes(quotes, 'newest');
    expect(ids(newest.quotes)).toEqual(['c', 'a', 'b']);
    expect(ids(orderQuotes(quotes, 'oldest').quotes)).toEqual(['a', 'b', 'c']);
    // The month-precise quote spans all of March.
    const march = keptQuotes(newest, { ...none, from: '2026-03-31' });
    expect(ids(march)).toEqual(['c']);
  });
});

describe('keepSpeaker', () => {
  const quotes = [quote('a1'), quote('b1', { speakerId: 'boris' }), quote('a2')];
  it('keeps one speaker, or everyone for null', () => {
    const order = prepareQuotes(quotes);
    const all = keepQuotes(order, people, none);
    expect(ids(quotesAt(order, keepSpeaker(order, all, 'anna')))).toEqual(['a1', 'a2']);
    expect(ids(quotesAt(order, keepSpeaker(order, all, null)))).toEqual(['a1', 'b1', 'a2']);
    expect(quotesAt(order, keepSpeaker(order, all, 'nobody'))).toEqual([]);
  });
});

describe('orderQuotes: the sort', () => {
  const quotes = [
    quote('m', { date: '2026-02-01' }),
    quote('z', { date: '2026-03-01' }),
    quote('a', { date: '2026-03-01' }),
    quote('e', { date: '2025-12-31' }),
  ];

  it('puts the newest first, ties in id order', () => {
    expect(ids(orderQuotes(quotes, 'newest').quotes)).toEqual(['a', 'z', 'm', 'e']);
  });

  it('puts the oldest first, ties in id order', () => {
    expect(ids(orderQuotes(quotes, 'oldest').quotes)).toEqual(['e', 'm', 'a', 'z']);
  });

  it('does not reorder its input', () => {
    orderQuotes(quotes, 'oldest');
    expect(ids(quotes)).toEqual(['m', 'z', 'a', 'e']);
  });
});

describe('speakerCounts', () => {
  it('counts quotes per speaker, most quoted first, ties by name', () => {
    const quotes = [
      quote('1', { speakerId: 'carl' }),
      quote('2', { speakerId: 'boris' }),
      quote('3'),
      quote('4', { speakerId: 'carl' }),
      quote('5', { speakerId: 'ghost' }),
    ];
    const order = prepareQuotes(quotes);
    expect(speakerCounts(order, keepQuotes(order, people, none), people)).toEqual([
      { id: 'carl', name: 'Carl Envoy', count: 2 },
      { id: 'anna', name: 'Anna Sample', count: 1 },
      { id: 'boris', name: 'Boris Example', count: 1 },
      { id: 'ghost', name: 'ghost', count: 1 },
    ]);
  });

  it('is empty for no quotes', () => {
    const order = prepareQuotes([]);
    expect(speakerCounts(order, keepQuotes(order, people, none), people)).toEqual([]);
  });

  it('gives the plain count-then-name sort for any speakers, names and filter', () => {
    const byName = new Intl.Collator().compare;
    const names = ['Anna', 'anna', 'Ånna', 'Boris', 'Zoë', 'zoe', 'Émile', 'émile', 'Carl'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(11), fc.boolean()), { maxLength: 40 }),
        fc.array(fc.nat(names.length - 1), { minLength: 12, maxLength: 12 }),
        (picks, nameOf) => {
          // Speakers s0..s11; the last three have no person, so their id stands for the name.
          const cast = new Map<string, Person>(
            nameOf
              .slice(0, 9)
              .map((n, i) => [`s${i}`, person(`s${i}`, names[n]!, 'ukraine')] as const),
          );
          const quotes = picks.map(([s], i) => quote(`q${i}`, { speakerId: `s${s}` }));
          const order = prepareQuotes(quotes);
          const kept = Int32Array.from(picks.flatMap(([, keep], i) => (keep ? [i] : [])));
          const counts = new Map<string, number>();
          for (const i of kept) {
            const id = quotes[i]!.speakerId;
            counts.set(id, (counts.get(id) ?? 0) + 1);
          }
          const plain = [...counts]
            .sort(([a], [b]) => order.speakerIds.indexOf(a) - order.speakerIds.indexOf(b))
            .map(([id, count]) => ({ id, count, name: cast.get(id)?.name ?? id }))
            .sort((a, b) => b.count - a.count || byName(a.name, b.name));
          expect(speakerCounts(order, kept, cast)).toEqual(plain);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('groupVariants', () => {
  const shape = (quotes: readonly Quote[]) =>
    groupVariants(quotes).map((g) => [g.quote.id, ...ids(g.variants)]);

  it('puts a variant under the statement it rewords', () => {
    const quotes = [quote('first'), quote('other'), quote('second', { variantOf: 'first' })];
    expect(shape(quotes)).toEqual([['first', 'second'], ['other']]);
  });

  it('leads with whichever wording comes first in the list (newest first puts the variant first)', () => {
    const quotes = [quote('second', { variantOf: 'first' }), quote('other'), quote('first')];
    expect(shape(quotes)).toEqual([['second', 'first'], ['other']]);
  });

  it('shows a variant alone when its original is filtered out', () => {
    expect(shape([quote('second', { variantOf: 'first' })])).toEqual([['second']]);
  });

  it('keeps a chain of reports of one statement together (third → second → first)', () => {
    const quotes = [
      quote('third', { variantOf: 'second' }),
      quote('second', { variantOf: 'first' }),
      quote('first'),
    ];
    expect(shape(quotes)).toEqual([['third', 'second', 'first']]);
    expect(shape([...quotes].reverse())).toEqual([['first', 'second', 'third']]);
  });

  it('survives a cycle of variants', () => {
    const quotes = [quote('x', { variantOf: 'y' }), quote('y', { variantOf: 'x' })];
    expect(shape(quotes)).toEqual([['x', 'y']]);
  });

  it('keeps every quote exactly once', () => {
    const quotes = [
      quote('a'),
      quote('b', { variantOf: 'a' }),
      quote('c', { variantOf: 'b' }),
      quote('d', { variantOf: 'missing' }),
      quote('e'),
    ];
    const all = groupVariants(quotes).flatMap((g) => [g.quote, ...g.variants]);
    expect(ids(all).sort()).toEqual(ids(quotes).sort());
  });

  it('groups a filtered list the same with the dataset-wide family marks as without them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(19), { nil: null }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (pointers, keep) => {
          const quotes = pointers.map((p, i) =>
            quote(`q${i}`, { variantOf: p === null ? null : `q${p}` }),
          );
          const order = prepareQuotes(quotes);
          const kept = Int32Array.from(quotes.keys()).filter((i) => keep[i]);
          const list = quotesAt(order, kept);
          const marked = groupVariants(list, (_q, at) => order.inFamily[kept[at]!] === 1);
          expect(marked).toEqual(groupVariants(list));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('keepQuotes keeps exactly what a plain scan keeps', () => {
  const day = isoDayWithin(Date.UTC(2025, 0, 1), 400);
  it('for any quotes and any filter', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            day,
            fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
            fc.constantFrom('anna', 'boris', 'carl'),
            fc.option(fc.constantFrom('e1', 'e2', 'e3'), { nil: null }),
          ),
          { maxLength: 40 },
        ),
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        fc.option(fc.subarray(['e1', 'e2', 'e3']), { nil: null }),
        fc.option(fc.constantFrom('ukraine', 'russia'), { nil: null }),
        fc.option(fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), { nil: null }),
        fc.constantFrom('newest', 'oldest') as fc.Arbitrary<'newest' | 'oldest'>,
        (specs, a, b, scope, side, hits, sort) => {
          const [from, to] = a && b && a > b ? [b, a] : [a, b];
          const quotes = specs.map(([date, datePrecision, speakerId, eventId], i) =>
            quote(`q${i}`, { date, datePrecision, speakerId, eventId }),
          );
          const filter = {
            ...none,
            from,
            to,
            side,
            eventScope: scope === null ? null : new Set(scope),
            // Search flags are by position in the file, whatever order the list is sorted in.
            matches: hits === null ? null : Uint8Array.from(quotes, (_, i) => (hits[i] ? 1 : 0)),
          };
          const range: [number, number] = [
            from ? dayNumber(from) : -Infinity,
            to ? dayNumber(to) : Infinity,
          ];
          const expected = orderQuotes(
            quotes.filter(
              (q, i) =>
                overlaps(spanOf(q), range) &&
                (scope === null || (q.eventId !== null && scope.includes(q.eventId))) &&
                (side === null || people.get(q.speakerId)?.side === side) &&
                (hits === null || hits[i] === true),
            ),
            sort,
          ).quotes;
          const order = orderQuotes(quotes, sort);
          expect(ids(quotesAt(order, keepQuotes(order, people, filter)))).toEqual(ids(expected));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the order of quotes on the same day', () => {
  it('breaks ties by id as the collator does, for every id the schema allows', () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(fc.uniqueArray(slug, { minLength: 2, maxLength: 12 }), (ids) => {
        const quotes = ids.map((id) => makeQuote(id, { date: '2025-05-05' }));
        const collated = [...ids].sort(new Intl.Collator().compare);
        expect(orderQuotes(quotes, 'oldest').quotes.map((q) => q.id)).toEqual(collated);
      }),
    );
  });
});

describe('sortedPositions', () => {
  // The order as one (stable) comparison sort gives it: by date, then by id, then file order.
  const plainSort = (quotes: readonly Quote[], sort: 'newest' | 'oldest') => {
    const dir = sort === 'newest' ? -1 : 1;
    return [...quotes.keys()].sort((i, j) => {
      const a = quotes[i]!;
      const b = quotes[j]!;
      if (a.date !== b.date) return a.date < b.date ? -dir : dir;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  };
  const day = isoDayWithin(Date.UTC(2025, 11, 20), 40);

  it('orders as a sort by date then id, newest or oldest first (a repeated id in file order)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 2 }), day), { maxLength: 60 }),
        fc.constantFrom('newest' as const, 'oldest' as const),
        (rows, sort) => {
          const quotes = rows.map(([id, date]) => quote(id, { date }));
          expect(sortedPositions(quotes, sort)).toEqual(plainSort(quotes, sort));
          expect(sortedPositions(quotes, sort).sort((a, b) => a - b)).toEqual([...quotes.keys()]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
