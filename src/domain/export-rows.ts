/**
 * Flat, self-explaining rows of exactly what the views show, for CSV and JSON downloads: each event
 * with its figures, places, status and the evidence behind it (a seed article's excerpt, or what a
 * web source reports in our words) with where to read each source; each quote with its speaker,
 * event and source.
 */
import type {
  EventRecord,
  Evidence,
  Mediator,
  Person,
  Quote,
  Source,
  Venue,
} from '../data/schemas';
import { oursNote, sourceName } from './source-byline';
import { returnKindOf } from './return-kind';

/** One exported event. */
export interface EventExportRow {
  id: string;
  type: string;
  /**
   * For an exchange, what it returned: `swap`, `release` (one-way) or `bodies`. Bodies are never
   * people returned: a sum of toUkraine over rows must leave them out.
   */
  returnKind: string;
  status: string;
  title: string;
  date: string;
  datePrecision: string;
  endDate: string;
  toUkraine: number | '';
  toUkraineSoldiers: number | '';
  toUkraineCivilians: number | '';
  toRussia: number | '';
  toRussiaSoldiers: number | '';
  toRussiaCivilians: number | '';
  places: string;
  mediators: string;
  agreementId: string;
  stage: number | '';
  inferred: string;
  /** Where the parties' figures differ or add to the figure used: who stated what, and where. */
  claims: string;
  /** Each piece of evidence with the facts it supports and the source it comes from. */
  evidence: string;
  sources: string;
  /** Where to read each source: its URL, or the seed article's file where it has none. */
  sourceLinks: string;
}

/** One exported quote. */
export interface QuoteExportRow {
  id: string;
  date: string;
  speaker: string;
  role: string;
  side: string;
  text: string;
  partial: boolean;
  variantOf: string;
  eventId: string;
  event: string;
  source: string;
  sourcePublisher: string;
  sourceDate: string;
  sourceUrl: string;
  sourceFile: string;
}

const nameOf = (s: Source | undefined, id: string) => {
  if (!s) return id;
  const { text, ours } = sourceName(s);
  return ours ? `${text} (${oursNote})` : text;
};

const sourceLink = (s: Source | undefined) => s?.url ?? (s?.file ? `seed article ${s.file}` : '');

// A seed article's excerpt is quoted; a web source's note is our summary and is never shown as a
// quotation of it.
const evidenceText = (ev: Evidence) =>
  ev.excerpt !== undefined ? `“${ev.excerpt}”` : `reports (our summary): ${ev.note ?? ''}`;

/** Events as export rows, in the order given. */
export function eventRows(
  events: readonly EventRecord[],
  venues: ReadonlyMap<string, Venue>,
  sources: ReadonlyMap<string, Source>,
  mediators: ReadonlyMap<string, Mediator> = new Map(),
): EventExportRow[] {
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    returnKind: returnKindOf(e) ?? '',
    status: e.status,
    title: e.title,
    date: e.date,
    datePrecision: e.datePrecision,
    endDate: e.endDate ?? '',
    toUkraine: e.toUkraine?.total ?? '',
    toUkraineSoldiers: e.toUkraine?.soldiers ?? '',
    toUkraineCivilians: e.toUkraine?.civilians ?? '',
    toRussia: e.toRussia?.total ?? '',
    toRussiaSoldiers: e.toRussia?.soldiers ?? '',
    toRussiaCivilians: e.toRussia?.civilians ?? '',
    places: e.venueIds.map((id) => venues.get(id)?.name ?? id).join('; '),
    mediators: e.mediators.map((id) => mediators.get(id)?.name ?? id).join('; '),
    agreementId: e.agreementId ?? '',
    stage: e.stage ?? '',
    inferred: e.inferred.map((i) => `${i.field}: ${i.reasoning}`).join(' | '),
    claims: (e.claims ?? [])
      .map(
        (c) =>
          `${c.statedBy}: ${c.moreThan ? 'more than ' : ''}${c.total} ${c.counts} (${nameOf(sources.get(c.sourceId), c.sourceId)})`,
      )
      .join(' | '),
    evidence: e.evidence
      .map(
        (ev) =>
          `[${ev.supports.join(', ')}] ${evidenceText(ev)} (${nameOf(sources.get(ev.sourceId), ev.sourceId)})`,
      )
      .join(' | '),
    sources: [
      ...new Set(e.evidence.map((ev) => nameOf(sources.get(ev.sourceId), ev.sourceId))),
    ].join(' | '),
    sourceLinks: [...new Set(e.evidence.map((ev) => sourceLink(sources.get(ev.sourceId))))]
      .filter((link) => link !== '')
      .join(' | '),
  }));
}

/** Quotes as export rows, in the order given. */
export function quoteRows(
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  sources: ReadonlyMap<string, Source>,
  events: ReadonlyMap<string, EventRecord>,
): QuoteExportRow[] {
  return quotes.map((q) => {
    const p = people.get(q.speakerId);
    const s = sources.get(q.sourceId);
    return {
      id: q.id,
      date: q.date,
      speaker: p?.name ?? q.speakerId,
      role: p?.role ?? '',
      side: p?.side ?? '',
      text: q.text,
      partial: q.partial,
      variantOf: q.variantOf ?? '',
      eventId: q.eventId ?? '',
      event: q.eventId ? (events.get(q.eventId)?.title ?? q.eventId) : '',
      source: nameOf(s, q.sourceId),
      sourcePublisher: s?.publisher ?? '',
      sourceDate: s?.publishedDate ?? '',
      sourceUrl: s?.url ?? '',
      sourceFile: s?.file ?? '',
    };
  });
}

/**
 * Spreadsheet apps run cells that start with = + - @ as formulas; a leading apostrophe keeps such
 * text inert (OWASP's CSV-injection advice). Numbers are left alone.
 */
export function neutraliseFormula<T extends object>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  }
  return out as T;
}
