import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/data/schemas';
import { sourceByline, sourceName } from '../../../src/domain/source-byline';

const web = (fields: Partial<Source>): Source => ({
  id: 'src-x',
  file: null,
  title: null,
  label: 'GB News: 205 for 205, US-brokered (8 May 2026)',
  publisher: 'GB News',
  agencies: [],
  publishedDate: '2026-05-08',
  url: 'https://example.org/a',
  ...fields,
});

describe('sourceName', () => {
  it('gives the headline where we recorded one', () => {
    expect(sourceName(web({ title: 'Ukraine and Russia swap 205' }))).toEqual({
      text: 'Ukraine and Russia swap 205',
      ours: false,
    });
  });

  it('gives our description without the outlet and date the byline beside it names', () => {
    const source = web({});
    expect(sourceName(source)).toEqual({ text: '205 for 205, US-brokered', ours: true });
    expect(sourceByline(source)).toBe('GB News · 8 May 2026');
  });

  it('keeps what the byline does not say: another outlet, another date, or no date', () => {
    expect(sourceName(web({ publisher: 'Reuters' })).text).toBe(
      'GB News: 205 for 205, US-brokered',
    );
    expect(sourceName(web({ publishedDate: '2026-05-09' })).text).toBe(
      '205 for 205, US-brokered (8 May 2026)',
    );
    expect(
      sourceName(
        web({
          label: 'UAE-mediated swap (undated, Feb 2025)',
          publisher: null,
          publishedDate: null,
        }),
      ).text,
    ).toBe('UAE-mediated swap (undated, Feb 2025)');
  });
});
