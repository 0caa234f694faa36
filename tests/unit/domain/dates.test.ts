import fc from 'fast-check';
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  isCalendarDate,
  localDay,
  formatDate,
  formatSpan,
  isoFromDay,
  overlaps,
  periodEndDay,
  rangeDays,
  spanOf,
  timeOf,
} from '../../../src/domain/dates';

describe('dayNumber / isoFromDay / timeOf', () => {
  it('counts days since 1970-01-01 in UTC', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-03-05') - dayNumber('2026-02-05')).toBe(28);
  });

  it('round-trips through isoFromDay', () => {
    for (const iso of ['2024-02-29', '2025-12-31', '2026-01-01', '1999-07-15']) {
      expect(isoFromDay(dayNumber(iso))).toBe(iso);
    }
  });

  it('gives the UTC midnight in milliseconds', () => {
    expect(timeOf('1970-01-02')).toBe(86_400_000);
  });
});

describe('periodEndDay', () => {
  it('is the day itself for day precision', () => {
    expect(periodEndDay('2026-03-05', 'day')).toBe(dayNumber('2026-03-05'));
  });

  it('covers seven days for a week', () => {
    expect(isoFromDay(periodEndDay('2025-05-12', 'week'))).toBe('2025-05-18');
    expect(isoFromDay(periodEndDay('2025-12-29', 'week'))).toBe('2026-01-04');
  });

  it('ends a month on its last day, leap Februaries included', () => {
    expect(isoFromDay(periodEndDay('2026-01-01', 'month'))).toBe('2026-01-31');
    expect(isoFromDay(periodEndDay('2026-02-01', 'month'))).toBe('2026-02-28');
    expect(isoFromDay(periodEndDay('2024-02-01', 'month'))).toBe('2024-02-29');
    expect(isoFromDay(periodEndDay('2000-02-01', 'month'))).toBe('2000-02-29');
    expect(isoFromDay(periodEndDay('1900-02-01', 'month'))).toBe('1900-02-28');
    expect(isoFromDay(periodEndDay('2026-04-01', 'month'))).toBe('2026-04-30');
    expect(isoFromDay(periodEndDay('2026-12-01', 'month'))).toBe('2026-12-31');
  });

  it('ends a year on 31 December', () => {
    expect(isoFromDay(periodEndDay('2025-01-01', 'year'))).toBe('2025-12-31');
  });
});

describe('spanOf', () => {
  it('is one day for a day-precise date', () => {
    const d = dayNumber('2026-03-05');
    expect(spanOf({ date: '2026-03-05', datePrecision: 'day' })).toEqual([d, d]);
  });

  it('runs to endDate for a multi-day event', () => {
    expect(spanOf({ date: '2026-02-04', datePrecision: 'day', endDate: '2026-02-05' })).toEqual([
      dayNumber('2026-02-04'),
      dayNumber('2026-02-05'),
    ]);
  });

  it('covers the whole period, or endDate when that is later', () => {
    expect(spanOf({ date: '2026-02-01', datePrecision: 'month' })).toEqual([
      dayNumber('2026-02-01'),
      dayNumber('2026-02-28'),
    ]);
    expect(spanOf({ date: '2026-02-01', datePrecision: 'month', endDate: '2026-03-03' })[1]).toBe(
      dayNumber('2026-03-03'),
    );
    expect(spanOf({ date: '2026-02-01', datePrecision: 'month', endDate: '2026-02-02' })[1]).toBe(
      dayNumber('2026-02-28'),
    );
  });
});

describe('rangeDays / overlaps', () => {
  it('opens missing ends to infinity', () => {
    expect(rangeDays(null, null)).toEqual([-Infinity, Infinity]);
    expect(rangeDays('2026-01-01', null)).toEqual([dayNumber('2026-01-01'), Infinity]);
  });

  it('counts touching ends as overlapping and disjoint spans as not', () => {
    const feb = spanOf({ date: '2026-02-01', datePrecision: 'month' });
    expect(overlaps(feb, rangeDays('2026-02-28', null))).toBe(true);
    expect(overlaps(feb, rangeDays(null, '2026-02-01'))).toBe(true);
    expect(overlaps(feb, rangeDays('2026-02-10', '2026-02-11'))).toBe(true);
    expect(overlaps(feb, rangeDays('2026-03-01', null))).toBe(false);
    expect(overlaps(feb, rangeDays(null, '2026-01-31'))).toBe(false);
  });
});

describe('formatDate / formatSpan', () => {
  it('shows only the known part of a date', () => {
    expect(formatDate('2026-03-05')).toBe('5 Mar 2026');
    expect(formatDate('2025-05-12', 'week')).toBe('week of 12 May 2025');
    expect(formatDate('2026-02-01', 'month')).toBe('Feb 2026');
    expect(formatDate('2025-01-01', 'year')).toBe('2025');
  });

  it('says a shared month and year once', () => {
    expect(formatSpan({ date: '2026-02-04', datePrecision: 'day', endDate: '2026-02-05' })).toBe(
      '4–5 Feb 2026',
    );
    expect(formatSpan({ date: '2026-02-14', datePrecision: 'day', endDate: '2026-02-16' })).toBe(
      '14–16 Feb 2026',
    );
    expect(formatSpan({ date: '2026-02-28', datePrecision: 'day', endDate: '2026-03-02' })).toBe(
      '28 Feb – 2 Mar 2026',
    );
    expect(formatSpan({ date: '2025-12-31', datePrecision: 'day', endDate: '2026-01-01' })).toBe(
      '31 Dec 2025 – 1 Jan 2026',
    );
  });

  it('falls back to the single date when there is no real span', () => {
    expect(formatSpan({ date: '2026-03-05', datePrecision: 'day' })).toBe('5 Mar 2026');
    expect(formatSpan({ date: '2026-03-05', datePrecision: 'day', endDate: '2026-03-05' })).toBe(
      '5 Mar 2026',
    );
    expect(formatSpan({ date: '2026-02-01', datePrecision: 'month', endDate: '2026-02-03' })).toBe(
      'Feb 2026',
    );
  });
});

describe('dayNumber counting days with arithmetic', () => {
  const viaParse = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('agrees with Date.parse for every date-shaped string, real or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(dayNumber(iso)).toEqual(viaParse(iso));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees on every day from 1900 to 2100, and on strings that are no date', () => {
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++)
      expect(dayNumber(isoFromDay(day))).toBe(day);
    for (const odd of ['2024-2-01', '', 'soon', '2024-02-30', '2023-02-29', '+002024-01-01'])
      expect(dayNumber(odd)).toEqual(viaParse(odd));
  });
});

describe('isCalendarDate', () => {
  // zod's ISO date check, which the link's reader used before, is the oracle.
  const zodDate = z.iso.date();
  const agrees = (text: string): void => {
    expect(isCalendarDate(text), text).toBe(zodDate.safeParse(text).success);
  };

  it('takes real days and refuses the rest, as zod did', () => {
    for (const text of ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2026-13-01'])
      agrees(text);
    for (const text of ['2026-04-31', '2026-00-10', '2026-01-00', '2026-1-01', ' 2026-01-01', ''])
      agrees(text);
  });

  it('agrees with zod on any text and on every day shape', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        agrees(text);
      }),
    );
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          agrees(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
        },
      ),
    );
  });
});

describe('localDay', () => {
  it('dates the access by the reader’s own calendar, not UTC’s', () => {
    // 02:30 on 1 March in Kyiv is 23:30 on 28 February in UTC.
    const kyivNight = {
      getFullYear: () => 2026,
      getMonth: () => 2,
      getDate: () => 1,
      toISOString: () => '2026-02-28T23:30:00.000Z',
    } as Date;
    expect(localDay(kyivNight)).toBe('2026-03-01');
  });
});
