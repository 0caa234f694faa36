/**
 * The one URL codec: the shareable part of the UI state <-> the query string. Short keys, defaults
 * left out, and a bad value never throws: it falls back to its default and says why.
 */
import * as z from 'zod/mini';

export const sides = ['ukraine', 'russia', 'united-states', 'other'] as const;
export type SideFilter = (typeof sides)[number];
export const sorts = ['newest', 'oldest'] as const;
export type QuoteSort = (typeof sorts)[number];
export const embedViews = ['chart', 'map', 'quotes', 'events'] as const;
export type EmbedView = (typeof embedViews)[number];

/** Everything a shared link reproduces. */
export interface UrlState {
  from: string | null;
  to: string | null;
  venue: string | null;
  event: string | null;
  q: string;
  speaker: string | null;
  side: SideFilter | null;
  sort: QuoteSort;
  /** Show the soldiers / civilians split in the chart. */
  split: boolean;
  /** A quote to scroll into view (its own "Copy link"). */
  quote: string | null;
  /** Show one view without the page chrome (for an iframe). */
  embed: EmbedView | null;
}

export const defaultUrlState: UrlState = {
  from: null,
  to: null,
  venue: null,
  event: null,
  q: '',
  speaker: null,
  side: null,
  sort: 'newest',
  split: false,
  quote: null,
  embed: null,
};

/** The longest search text a link may carry; longer text is cut, with a notice. */
export const maxQueryLength = 200;

/** What parsing one value gave. */
export type ParseResult<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; reason: string } | { status: 'missing' };

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const isoDate = z.iso.date();

function describe(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(shown);
}

function parseWith<T>(
  raw: string | undefined,
  schema: z.ZodMiniType<T>,
  what: string,
): ParseResult<T> {
  if (raw === undefined || raw === '') return { status: 'missing' };
  const result = schema.safeParse(raw);
  return result.success
    ? { status: 'valid', value: result.data }
    : { status: 'invalid', reason: `${describe(raw)} is not ${what}` };
}

/** Parses a date value: a real calendar day as YYYY-MM-DD. */
export function parseDate(raw: string | undefined): ParseResult<string> {
  return parseWith(raw, isoDate, 'a date (YYYY-MM-DD)');
}

/** Parses an id value (venue, event, speaker, quote): a lowercase slug. */
export function parseId(raw: string | undefined): ParseResult<string> {
  return parseWith(raw, slug, 'a valid id');
}

function parseEnum<T extends string>(
  raw: string | undefined,
  values: readonly T[],
): ParseResult<T> {
  return parseWith(raw, z.enum(values as unknown as [T, ...T[]]), `one of ${values.join(', ')}`);
}

function parseFlag(raw: string | undefined): ParseResult<boolean> {
  return parseWith(
    raw,
    z.pipe(
      z.enum(['0', '1']),
      z.transform((v) => v === '1'),
    ),
    '0 or 1',
  );
}

/** The result of parsing a whole query string: a usable state plus what was ignored and why. */
export interface ParsedUrl {
  state: UrlState;
  notices: string[];
}

const knownKeys = [
  'from',
  'to',
  'venue',
  'event',
  'q',
  'speaker',
  'side',
  'sort',
  'split',
  'quote',
  'embed',
  'view',
] as const;
type Key = (typeof knownKeys)[number];

/** Parses any query string into a valid state; never throws. */
export function parseUrlState(search: string): ParsedUrl {
  const notices: string[] = [];
  const raw: Partial<Record<Key, string>> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...defaultUrlState }, notices: ['The link could not be read.'] };
  }
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!(knownKeys as readonly string[]).includes(key)) {
      notices.push(`Ignored unknown setting ${describe(key)}.`);
      continue;
    }
    if (seen.has(key)) {
      notices.push(`Ignored a repeated "${key}" (the first one is used).`);
      continue;
    }
    seen.add(key);
    raw[key as Key] = value;
  }

  const state: UrlState = { ...defaultUrlState };
  const take = <K extends keyof UrlState>(
    key: K,
    label: string,
    result: ParseResult<UrlState[K]>,
  ) => {
    if (result.status === 'valid') state[key] = result.value;
    else if (result.status === 'invalid') notices.push(`Ignored ${label}: ${result.reason}.`);
  };

  take('from', '"from"', parseDate(raw.from));
  take('to', '"to"', parseDate(raw.to));
  take('venue', 'the venue', parseId(raw.venue));
  take('event', 'the event', parseId(raw.event));
  take('speaker', 'the speaker', parseId(raw.speaker));
  take('quote', 'the quote', parseId(raw.quote));
  take('side', 'the side', parseEnum(raw.side, sides));
  take('sort', 'the sort order', parseEnum(raw.sort, sorts));
  take('split', 'the chart split', parseFlag(raw.split));

  if (raw.q !== undefined) {
    // Control characters in a shared search are noise at best and terminal tricks at worst.
    // eslint-disable-next-line no-control-regex
    const cleaned = raw.q.replace(/[\u0000-\u001f\u007f]/g, ' ');
    if (cleaned.length > maxQueryLength) {
      notices.push(`The search text was cut to its first ${maxQueryLength} characters.`);
    }
    state.q = cleaned.slice(0, maxQueryLength);
  }

  const embed = parseFlag(raw.embed);
  if (embed.status === 'invalid') notices.push(`Ignored "embed": ${embed.reason}.`);
  if (embed.status === 'valid' && embed.value) {
    const view = parseEnum(raw.view, embedViews);
    if (view.status === 'valid') state.embed = view.value;
    else {
      state.embed = 'chart';
      if (view.status === 'invalid') notices.push(`Ignored the embedded view: ${view.reason}.`);
    }
  }

  if (state.from && state.to && state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
    notices.push('"from" was after "to": the two dates were swapped.');
  }
  return { state, notices };
}

/** Serialises a state to a query string (with a leading "?", or "" for the default view). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.venue) params.set('venue', state.venue);
  if (state.event) params.set('event', state.event);
  if (state.q) params.set('q', state.q);
  if (state.speaker) params.set('speaker', state.speaker);
  if (state.side) params.set('side', state.side);
  if (state.sort !== defaultUrlState.sort) params.set('sort', state.sort);
  if (state.split) params.set('split', '1');
  if (state.quote) params.set('quote', state.quote);
  if (state.embed) {
    params.set('embed', '1');
    params.set('view', state.embed);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Picks the shareable part out of a larger object. */
export function pickUrlState(source: UrlState): UrlState {
  return {
    from: source.from,
    to: source.to,
    venue: source.venue,
    event: source.event,
    q: source.q,
    speaker: source.speaker,
    side: source.side,
    sort: source.sort,
    split: source.split,
    quote: source.quote,
    embed: source.embed,
  };
}
