/** Date arithmetic on ISO days, honest about precision (a month-precise date covers the month). */
import type { DatePrecision } from '../data/schemas';

const msPerDay = 86_400_000;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a date filter can name: wide of the record, and four digits a reader has finished. */
export const filterYears = { first: 1900, last: 2100 } as const;

/**
 * Whether an ISO date's year is one a date filter can mean. A date field being typed in reports a
 * date at every digit of its year (0002, 0020, 0202, then 2024): those are drafts, not choices.
 */
export function isFilterYear(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= filterYears.first && year <= filterYears.last;
}

/** Whether text is a real calendar day written YYYY-MM-DD (no 30 February, no month 13). */
export function isCalendarDate(text: string): boolean {
  return calendarParts(text) !== null;
}

/** The reader's own calendar day as YYYY-MM-DD: in Kyiv before 3 am, UTC's is still yesterday. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Year, month and day of a real calendar day written YYYY-MM-DD; null for anything else. */
function calendarParts(text: string): [number, number, number] | null {
  const m = isoDay.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? [year, month, day]
    : null;
}

/**
 * Days since 1970-01-01 for an ISO date (UTC, no time zone surprises). A real calendar date is
 * counted with arithmetic (Hinnant's days-from-civil): parsing a date string for each of the
 * 600,000 dates of a 100,000-event record took 100 ms of its load. Anything else goes to
 * Date.parse, whose answer (NaN for nonsense) it always was.
 */
export function dayNumber(iso: string): number {
  let day = knownDays.get(iso);
  if (day === undefined) {
    day = countDays(iso);
    // A record holds a few thousand distinct dates for hundreds of thousands of uses.
    if (knownDays.size >= 50_000) knownDays.clear();
    knownDays.set(iso, day);
  }
  return day;
}

const knownDays = new Map<string, number>();

function countDays(iso: string): number {
  const parts = calendarParts(iso);
  if (parts) return daysFromCivil(...parts);
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / msPerDay);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** UTC milliseconds at the start of an ISO date (the chart's time axis unit). */
export function timeOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The last day a date of this precision can mean. */
export function periodEndDay(iso: string, precision: DatePrecision): number {
  const start = dayNumber(iso);
  switch (precision) {
    case 'day':
      return start;
    case 'week':
      return start + 6;
    case 'month': {
      const d = new Date(`${iso}T00:00:00Z`);
      return dayNumber(
        new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10),
      );
    }
    case 'year':
      return dayNumber(`${iso.slice(0, 4)}-12-31`);
  }
}

/** The span a dated record covers, as day numbers (first, last). */
export function spanOf(record: {
  date: string;
  datePrecision: DatePrecision;
  endDate?: string | undefined;
}): [number, number] {
  const first = dayNumber(record.date);
  const last = Math.max(
    periodEndDay(record.date, record.datePrecision),
    record.endDate ? dayNumber(record.endDate) : first,
  );
  return [first, last];
}

/** A date range as day numbers; open ends become ±Infinity. */
export function rangeDays(from: string | null, to: string | null): [number, number] {
  return [from ? dayNumber(from) : -Infinity, to ? dayNumber(to) : Infinity];
}

/** True when a span overlaps a range. */
export function overlaps(span: [number, number], range: [number, number]): boolean {
  return span[1] >= range[0] && span[0] <= range[1];
}

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A date for people, showing only the part that is known: "5 Mar 2026", "Feb 2026", "2025". */
export function formatDate(iso: string, precision: DatePrecision = 'day'): string {
  const year = iso.slice(0, 4);
  const month = monthNames[Number(iso.slice(5, 7)) - 1] ?? '';
  const day = String(Number(iso.slice(8, 10)));
  switch (precision) {
    case 'day':
      return `${day} ${month} ${year}`;
    case 'week':
      return `week of ${day} ${month} ${year}`;
    case 'month':
      return `${month} ${year}`;
    case 'year':
      return year;
  }
}

/** A span for people: "4–5 Feb 2026" style when an event lasts several days. */
export function formatSpan(record: {
  date: string;
  datePrecision: DatePrecision;
  endDate?: string | undefined;
}): string {
  const { date, endDate } = record;
  if (!endDate || endDate === date || record.datePrecision !== 'day') {
    return formatDate(date, record.datePrecision);
  }
  const [first, last] = [formatDate(date), formatDate(endDate)];
  // Say the shared month and year once: "4–5 Feb 2026", "28 Feb – 2 Mar 2026".
  if (date.slice(0, 7) === endDate.slice(0, 7)) return `${first.split(' ')[0] ?? ''}–${last}`;
  if (date.slice(0, 4) === endDate.slice(0, 4)) return `${first.slice(0, -5)} – ${last}`;
  return `${first} – ${last}`;
}
