/**
 * The one URL codec: the shareable part of the UI state <-> the query string, derived from the key
 * table (url-keys.ts). Defaults are left out, and a bad value never throws: it falls back to its
 * default and says why.
 */
import { defaultUrlState, describeRaw, namesOf, orderRange, urlFields, urlKeys } from './url-keys';
import type { UrlField, UrlKey, UrlState } from './url-keys';

export {
  defaultUrlState,
  embedViews,
  eventTypes,
  maxQueryLength,
  parseDate,
  parseId,
  sides,
  sorts,
} from './url-keys';
export type {
  EmbedView,
  EventTypeFilter,
  ParseResult,
  QuoteSort,
  SideFilter,
  UrlState,
} from './url-keys';

/** The result of parsing a whole query string: a usable state plus what was ignored and why. */
export interface ParsedUrl {
  state: UrlState;
  notices: string[];
}

const knownNames = new Set(urlFields.flatMap(namesOf));

/** Parses any query string into a valid state; never throws. */
export function parseUrlState(search: string): ParsedUrl {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...defaultUrlState }, notices: ['The link could not be read.'] };
  }
  const raw = new Map<string, string>();
  for (const [name, value] of params) {
    if (!knownNames.has(name)) notices.push(`Ignored unknown setting ${describeRaw(name)}.`);
    else if (raw.has(name)) notices.push(`Ignored a repeated "${name}" (the first one is used).`);
    else raw.set(name, value);
  }

  const state: Record<string, unknown> = { ...defaultUrlState };
  for (const field of urlFields) {
    const entry = urlKeys[field] as UrlKey<unknown>;
    const result = entry.parse((name) => raw.get(name), field);
    if (result.status === 'valid') {
      state[field] = result.value;
      if (result.notice) notices.push(result.notice);
    } else if (result.status === 'invalid') {
      notices.push(`Ignored ${entry.label}: ${result.reason}.`);
    }
  }

  const parsed = state as UrlState;
  const range = orderRange(parsed.from, parsed.to);
  if (range.swapped) notices.push('"from" was after "to": the two dates were swapped.');
  return { state: { ...parsed, from: range.from, to: range.to }, notices };
}

/** Serialises a state to a query string (with a leading "?", or "" for the default view). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const field of urlFields) {
    const entry = urlKeys[field] as UrlKey<unknown>;
    for (const [name, value] of entry.serialize(state[field], field)) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Picks the shareable part out of a larger object. */
export function pickUrlState(source: UrlState): UrlState {
  return Object.fromEntries(urlFields.map((f) => [f, source[f]])) as UrlState;
}

/** The fields whose values are ids of records in a data file (checked once the file loads). */
export const idFields = urlFields.flatMap((field) => {
  const file = urlKeys[field].idsIn;
  return file ? [{ field: field as UrlField & IdField, file, label: urlKeys[field].label }] : [];
});
type IdField = { [F in UrlField]: UrlState[F] extends string | null ? F : never }[UrlField];
