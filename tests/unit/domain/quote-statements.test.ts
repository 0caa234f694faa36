// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupVariants, keepQuotes, orderQuotes, quotesAt } from '../../../src/domain/quote-filter';
import { statementsOf } from '../../../src/domain/quote-statements';
import { makeQuote } from '../../fixtures/make-quote';

// Quotes on a few days, some pointing at another as a wording of the same statement (chains and
// cycles included, as bad data may hold), and a search that keeps some of them.
const listArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 1, max: 4 }),
      variantOf: fc.option(fc.nat({ max: 29 }), { freq: 2, nil: null }),
      matches: fc.boolean(),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) => ({
    quotes: rows.map((r, i) =>
      makeQuote(`q${String(i).padStart(2, '0')}`, {
        date: `2025-01-0${r.day}`,
        // Always a quote of the list (a pointer past its end would make chains and cycles rare).
        variantOf:
          r.variantOf === null || r.variantOf % rows.length === i
            ? null
            : `q${String(r.variantOf % rows.length).padStart(2, '0')}`,
      }),
    ),
    matches: Uint8Array.from(rows, (r) => (r.matches ? 1 : 0)),
  }));

const noFilter = { from: null, to: null, eventScope: null, speaker: null, side: null };

describe('statementsOf', () => {
  it('gives the statements groupVariants gives, page by page, and finds each quote’s', () => {
    fc.assert(
      fc.property(
        listArb,
        fc.constantFrom('newest', 'oldest'),
        fc.nat({ max: 12 }),
        ({ quotes, matches }, sort, page) => {
          const order = orderQuotes(quotes, sort as 'newest' | 'oldest');
          const kept = keepQuotes(order, new Map(), { ...noFilter, matches });
          const shown = quotesAt(order, kept);
          const expected = groupVariants(shown, (_q, at) => order.inFamily[kept[at]!] === 1);
          const statements = statementsOf(order, kept);
          expect(statements.length).toBe(expected.length);
          // A first page, then the whole list, from the same object.
          expect(statements.first(page)).toEqual(expected.slice(0, page));
          expect(statements.first(expected.length + 5)).toEqual(expected);
          for (const q of quotes) {
            const at = expected.findIndex(
              (g) => g.quote.id === q.id || g.variants.some((v) => v.id === q.id),
            );
            expect(statementsOf(order, kept).indexOf(q.id)).toBe(at);
          }
        },
      ),
    );
  });

  it('finds nothing for an id the list lacks', () => {
    const order = orderQuotes([makeQuote('a'), makeQuote('b')], 'newest');
    const kept = keepQuotes(order, new Map(), { ...noFilter, matches: null });
    expect(statementsOf(order, kept).indexOf('zzz')).toBe(-1);
  });
});
