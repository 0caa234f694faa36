import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewFileName } from '../../../src/domain/view-file-name';

describe('viewFileName', () => {
  it('keeps the plain name for the whole record and names a filtered view in words', () => {
    expect(viewFileName('swapwatch-events', '', 'csv')).toBe('swapwatch-events.csv');
    expect(
      viewFileName('swapwatch-events', '?from=2025-01-01&to=2025-12-31&venue=geneva', 'csv'),
    ).toBe('swapwatch-events-from-2025-01-01-to-2025-12-31-venue-geneva.csv');
    // A search in any script stays readable; what a file system may not hold becomes a dash.
    expect(
      viewFileName('swapwatch-quotes', '?q=%D0%BE%D0%B1%D0%BC%D1%96%D0%BD%20/..%5C', 'json'),
    ).toBe('swapwatch-quotes-q-обмін.json');
  });

  it('gives a name a file system takes, whatever the search holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const name = viewFileName(
          'swapwatch-quotes',
          `?${new URLSearchParams({ q: text })}`,
          'csv',
        );
        expect(name).toMatch(/^swapwatch-quotes(-q(-[\p{L}\p{N}]+)*)?\.csv$/u);
        // Within the 255 bytes a file system allows a name.
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(
          'swapwatch-quotes-.csv'.length + 150,
        );
      }),
    );
  });
});
