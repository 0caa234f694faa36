/**
 * The shareable keys, each declared once: its query-string name(s), default, parser, serialiser,
 * the store field it sets and, for ids, the data file that must hold them. The codec, the store's
 * defaults, `viewUrlWith` and the check of ids in a link are all derived from this table, so adding
 * a key is one entry here plus its tests.
 */
import { filterYears, isCalendarDate, isFilterYear } from '../domain/dates';
import type { DataFileName } from '../data/file-names';

export const sides = ['ukraine', 'russia', 'united-states', 'other'] as const;
export type SideFilter = (typeof sides)[number];
export const sorts = ['newest', 'oldest'] as const;
export type QuoteSort = (typeof sorts)[number];
export const embedViews = ['chart', 'map', 'quotes', 'events'] as const;
/** The exchanges list's tabs: one kind of event, or all (no key). */
export const eventTypes = ['exchange', 'talks', 'agreement'] as const;
export type EventTypeFilter = (typeof eventTypes)[number];
export type EmbedView = (typeof embedViews)[number];

/** The longest search text a link may carry; longer text is cut, with a notice. */
export const maxQueryLength = 200;

/** What parsing one value gave; a valid value may still carry a notice (text that was cut). */
export type ParseResult<T> =
  | { status: 'valid'; value: T; notice?: string }
  | { status: 'invalid'; reason: string }
  | { status: 'missing' };

/** Reads one raw query-string value by name (the first one given). */
export type RawParams = (name: string) => string | undefined;

/** One shareable key. */
export interface UrlKey<T> {
  /** The query-string names it reads and writes (the store field's name unless said otherwise). */
  names?: readonly string[];
  /** How a notice names it: `Ignored ${label}: …`. */
  label: string;
  default: T;
  parse: (raw: RawParams, field: string) => ParseResult<T>;
  /** The query-string pairs of a value; none for the default. */
  serialize: (value: T, field: string) => [string, string][];
  /** The data file whose records' ids the value must be one of. */
  idsIn?: DataFileName;
}

// Plain readers, not zod: a link is read before the first paint, and zod's core was the 7.7 KB of
// the first screen's script this file alone asked for (the data files' checks load it later).
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A value read from a link's raw text; undefined when the text is not one. */
type Reader<T> = (raw: string) => T | undefined;

/** A raw value as a notice shows it: quoted, and cut short. */
export function describeRaw(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(shown);
}

function parseWith<T>(raw: string | undefined, read: Reader<T>, what: string): ParseResult<T> {
  if (raw === undefined || raw === '') return { status: 'missing' };
  const value = read(raw);
  return value === undefined
    ? { status: 'invalid', reason: `${describeRaw(raw)} is not ${what}` }
    : { status: 'valid', value };
}

/** Parses a date value: a real calendar day as YYYY-MM-DD, in a year a filter can mean. */
export function parseDate(raw: string | undefined): ParseResult<string> {
  const parsed = parseWith(
    raw,
    (text) => (isCalendarDate(text) ? text : undefined),
    'a date (YYYY-MM-DD)',
  );
  if (parsed.status !== 'valid' || isFilterYear(parsed.value)) return parsed;
  const { first, last } = filterYears;
  return {
    status: 'invalid',
    reason: `${describeRaw(parsed.value)} is not a date from ${first} to ${last}`,
  };
}

/** Parses an id value (venue, event, speaker, quote): a lowercase slug. */
export function parseId(raw: string | undefined): ParseResult<string> {
  return parseWith(raw, (text) => (slugPattern.test(text) ? text : undefined), 'a valid id');
}

function parseEnum<T extends string>(
  raw: string | undefined,
  values: readonly T[],
): ParseResult<T> {
  return parseWith(raw, (text) => values.find((v) => v === text), `one of ${values.join(', ')}`);
}

function parseFlag(raw: string | undefined): ParseResult<boolean> {
  return parseWith(
    raw,
    (text) => (text === '1' ? true : text === '0' ? false : undefined),
    '0 or 1',
  );
}

const whenSet = (field: string, value: string | null): [string, string][] =>
  value ? [[field, value]] : [];

function dateKey(label: string): UrlKey<string | null> {
  return {
    label,
    default: null,
    parse: (raw, field) => parseDate(raw(field)),
    serialize: (value, field) => whenSet(field, value),
  };
}

function idKey(label: string, idsIn: DataFileName): UrlKey<string | null> {
  return {
    label,
    default: null,
    idsIn,
    parse: (raw, field) => parseId(raw(field)),
    serialize: (value, field) => whenSet(field, value),
  };
}

function enumKey<T extends string, D extends T | null>(
  label: string,
  values: readonly T[],
  fallback: D,
): UrlKey<T | D> {
  return {
    label,
    default: fallback,
    parse: (raw, field) => parseEnum(raw(field), values),
    serialize: (value, field) => (value === fallback ? [] : whenSet(field, value)),
  };
}

const searchKey: UrlKey<string> = {
  label: 'the search text',
  default: '',
  parse: (raw, field) => {
    const text = raw(field);
    if (text === undefined) return { status: 'missing' };
    // Control characters in a shared search are noise at best and terminal tricks at worst.
    // eslint-disable-next-line no-control-regex
    const cleaned = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
    const value = cleaned.slice(0, maxQueryLength);
    return cleaned.length > maxQueryLength
      ? {
          status: 'valid',
          value,
          notice: `The search text was cut to its first ${maxQueryLength} characters.`,
        }
      : { status: 'valid', value };
  },
  serialize: (value, field) => whenSet(field, value),
};

const flagKey = (label: string): UrlKey<boolean> => ({
  label,
  default: false,
  parse: (raw, field) => parseFlag(raw(field)),
  serialize: (value, field) => (value ? [[field, '1']] : []),
});

// `embed=1&view=…`: one setting written as two keys, so an embed link reads as what it is.
const embedKey: UrlKey<EmbedView | null> = {
  names: ['embed', 'view'],
  label: '"embed"',
  default: null,
  parse: (raw) => {
    const embed = parseFlag(raw('embed'));
    if (embed.status !== 'valid') return embed;
    if (!embed.value) return { status: 'valid', value: null };
    const view = parseEnum(raw('view'), embedViews);
    if (view.status === 'valid') return view;
    return view.status === 'invalid'
      ? { status: 'valid', value: 'chart', notice: `Ignored the embedded view: ${view.reason}.` }
      : { status: 'valid', value: 'chart' };
  },
  serialize: (value) =>
    value
      ? [
          ['embed', '1'],
          ['view', value],
        ]
      : [],
};

/** Every shareable key, in the order a link writes them. */
export const urlKeys = {
  from: dateKey('"from"'),
  to: dateKey('"to"'),
  venue: idKey('the venue', 'venues'),
  event: idKey('the event', 'events'),
  type: enumKey('the kind of event', eventTypes, null),
  order: enumKey('the order of the list', sorts, 'newest'),
  q: searchKey,
  speaker: idKey('the speaker', 'people'),
  side: enumKey('the side', sides, null),
  sort: enumKey('the sort order', sorts, 'newest'),
  mediator: idKey('the mediator', 'mediators'),
  split: flagKey('the chart split'),
  bodies: flagKey('the bodies series'),
  quote: idKey('the quote', 'quotes'),
  embed: embedKey,
};

type Keys = typeof urlKeys;
export type UrlField = keyof Keys;

/** Everything a shared link reproduces, one field per entry of the table. */
export type UrlState = { [F in UrlField]: Keys[F]['default'] };

export const urlFields = Object.keys(urlKeys) as UrlField[];

/** The query-string names an entry reads and writes. */
export function namesOf(field: UrlField): readonly string[] {
  return urlKeys[field].names ?? [field];
}

/** The state of the plain URL: every key at its default. */
export const defaultUrlState = Object.fromEntries(
  urlFields.map((f) => [f, urlKeys[f].default]),
) as UrlState;

/**
 * The one rule for a reversed range: the two ends are swapped, so "from 2026 to 2025" shows the
 * same events as "from 2025 to 2026" instead of none. Returns whether it swapped.
 */
export function orderRange(
  from: string | null,
  to: string | null,
): { from: string | null; to: string | null; swapped: boolean } {
  return from && to && from > to
    ? { from: to, to: from, swapped: true }
    : { from, to, swapped: false };
}
