import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/domain/csv';

const value = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', '\ufeff', "'", '=', 'é', '\t'),
  }),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
);
const keys = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n') }), {
  maxLength: 5,
});

describe('csvText writes what Papa Parse’s unparse writes', () => {
  it('for any rows with the first row’s keys, missing or extra fields, and any values', () => {
    fc.assert(
      fc.property(
        keys.chain((columns) =>
          fc.array(
            fc.oneof(
              fc
                .tuple(...columns.map(() => value))
                .map((values) => Object.fromEntries(columns.map((c, i) => [c, values[i]]))),
              fc.dictionary(fc.constantFrom(...columns, 'extra'), value),
            ),
            { maxLength: 6 },
          ),
        ),
        (rows) => {
          expect(csvText(rows)).toBe(Papa.unparse(rows, { quotes: false, newline: '\r\n' }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('quotes a field with a comma, quote, line break or edge space, and doubles its quotes', () => {
    const rows = [{ a: 'x,y', b: 'say "hi"', c: ' lead', d: 'line\nbreak', e: 7 }];
    expect(csvText(rows)).toBe('a,b,c,d,e\r\n"x,y","say ""hi"""," lead","line\nbreak",7');
  });
});
