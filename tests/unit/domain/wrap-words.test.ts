import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../src/domain/wrap-words';

describe('wrapWords', () => {
  it('breaks at spaces before a line would pass the limit', () => {
    expect(wrapWords('Since February 2022 · confirmed swaps', 20)).toEqual([
      'Since February 2022',
      '· confirmed swaps',
    ]);
    expect(wrapWords('short', 20)).toEqual(['short']);
    expect(wrapWords('', 20)).toEqual([]);
  });

  it('keeps every word, in order, and no line over the limit unless one word is (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z·]{1,12}$/), { maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (words, max) => {
          const lines = wrapWords(words.join(' '), max);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines)
            if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
