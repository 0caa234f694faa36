/**
 * The data contract for public/data/*.json. These schemas are the single source of truth: the app
 * parses every file with them, `npm run data:check` validates the curated data with them, and the
 * TypeScript types are inferred from them. docs/data.md explains every field.
 */
import { z } from './zod-mini';
import type { DataFileName } from './file-names';

/** Readable, stable ids: they appear in shared links. */
export const idSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single dashes)'),
  );

/** A real calendar day as YYYY-MM-DD (rejects 2026-02-30). */
export const isoDateSchema = z.iso.date();

const nonEmpty = z.string().check(z.minLength(1));
const count = z.number().check(z.int(), z.nonnegative());

export const sideSchema = z.enum(['ukraine', 'russia', 'united-states', 'other']);
export type Side = z.infer<typeof sideSchema>;

/**
 * How precisely a date is known. `date` always holds a full day; with `week`, `month` or `year` it
 * is the first day of that period, and views show only the known part.
 */
export const datePrecisionSchema = z.enum(['day', 'week', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/**
 * A fact key names what a piece of evidence supports: a field of the record (`date`, `toUkraine`,
 * `toRussia`, `mediators`, `status`, `agreementId`, `talksId`, `stage`, `speakerId`, `eventId`,
 * `coordinates`) or one link (`venue:<venueId>`).
 */
export const factKeySchema = z
  .string()
  .check(
    z.regex(
      /^(?:[a-zA-Z]+|(?:venue|sequence):[a-z0-9]+(?:-[a-z0-9]+)*)$/,
      'must be a field name, venue:<venue id> or sequence:<series id>',
    ),
  );

/**
 * What a source says for the listed facts: a verbatim `excerpt` (a sentence or less) of a seed
 * article, checked character by character, or for a web source a `note` in our own words of what
 * it reports ("Kyiv: 189 returned; Moscow: 150"), checked by the reader at the source's URL. We
 * never copy an outlet's sentences into the repository.
 */
export const evidenceSchema = z
  .strictObject({
    sourceId: idSchema,
    excerpt: z.optional(z.string().check(z.minLength(3), z.maxLength(400))),
    note: z.optional(z.string().check(z.minLength(3), z.maxLength(300))),
    supports: z.array(factKeySchema).check(z.minLength(1)),
  })
  .check(
    z.refine((e) => (e.excerpt === undefined) !== (e.note === undefined), {
      message: 'give either a verbatim excerpt (seed article) or a note (web source), not both',
    }),
  );
export type Evidence = z.infer<typeof evidenceSchema>;

/** A fact the articles imply but do not state, with the one-line reasoning behind it. */
export const inferenceSchema = z.strictObject({
  field: factKeySchema,
  basis: z.literal('inferred'),
  reasoning: z.string().check(z.minLength(10), z.maxLength(400)),
});
export type Inference = z.infer<typeof inferenceSchema>;

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    /**
     * The seed file the article was curated from, e.g. `003_a7377d830b10fdd8.txt`; null for a web
     * source, which is cited by its URL instead.
     */
    file: z.nullable(z.string().check(z.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name'))),
    /** The article's first line where it has one; null where it has none. */
    title: z.nullable(nonEmpty),
    /** A short label for lists when there is no title. */
    label: nonEmpty,
    publisher: z.nullable(nonEmpty),
    agencies: z.array(nonEmpty),
    /** Publication date where the article states it, else null. */
    publishedDate: z.nullable(isoDateSchema),
    /** Where a reader can check it; required for a web source (no seed file). */
    url: z.nullable(z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'))),
  })
  .check(
    z.refine((s) => s.file !== null || s.url !== null, {
      message: 'a web source (file: null) needs its url',
      path: ['url'],
    }),
  );
export type Source = z.infer<typeof sourceSchema>;

/** A country, organisation or person that mediated exchanges; events and tallies name it by id. */
export const mediatorSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty,
  kind: z.enum(['state', 'organisation', 'person']),
});
export type Mediator = z.infer<typeof mediatorSchema>;

export const personSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty,
  /** Every other spelling that occurs in the articles. */
  aliases: z.array(nonEmpty),
  role: nonEmpty,
  side: sideSchema,
  /** True for a speaker the articles do not name; `name` then holds their description. */
  unnamed: z.optional(z.boolean()),
});
export type Person = z.infer<typeof personSchema>;

export const venueKindSchema = z.enum(['talks', 'handover', 'reception', 'other']);
export type VenueKind = z.infer<typeof venueKindSchema>;

export const venueSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty,
  kind: venueKindSchema,
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  country: nonEmpty,
  /** How exact the coordinates are: a city, a region, or a whole country's centre. */
  coordinatePrecision: z.enum(['exact', 'city', 'region', 'country']),
  description: nonEmpty,
  evidence: z.array(evidenceSchema),
  inferred: z._default(z.array(inferenceSchema), []),
});
export type Venue = z.infer<typeof venueSchema>;

export const headcountSchema = z.strictObject({
  total: count,
  soldiers: z.optional(count),
  civilians: z.optional(count),
});
export type Headcount = z.infer<typeof headcountSchema>;

/** One party's figure for one side of an exchange, with the source that reports it. */
export const claimSchema = z.strictObject({
  counts: z.enum(['toUkraine', 'toRussia']),
  /** Who stated it, as the source names them ("Ukraine's Coordination Headquarters"). */
  statedBy: nonEmpty,
  party: sideSchema,
  total: count,
  /** The statement says "more than" (or "over") the figure. */
  moreThan: z.boolean(),
  sourceId: idSchema,
  note: z.string().check(z.minLength(3), z.maxLength(300)),
});
export type Claim = z.infer<typeof claimSchema>;

export const eventTypeSchema = z.enum(['talks', 'agreement', 'exchange']);
export type EventType = z.infer<typeof eventTypeSchema>;
export const eventStatusSchema = z.enum(['confirmed', 'expected']);
export type EventStatus = z.infer<typeof eventStatusSchema>;

export const eventSchema = z.strictObject({
  id: idSchema,
  type: eventTypeSchema,
  status: eventStatusSchema,
  title: nonEmpty,
  date: isoDateSchema,
  datePrecision: datePrecisionSchema,
  /** Last day, for events that span several days (a two-day talks round). */
  endDate: z.optional(isoDateSchema),
  venueIds: z.array(idSchema),
  /** Mediator ids (mediators.json) the sources say mediated or brokered it. */
  mediators: z.array(idSchema),
  /**
   * For an exchange: a two-way prisoner `swap` (the default), a one-way `release` (civilians freed
   * through a mediator, wounded returned outside a swap), or a repatriation of `bodies` — never
   * counted as people returned.
   */
  returnKind: z.optional(z.enum(['swap', 'release', 'bodies'])),
  /**
   * What each party stated where figures differ (30 Dec 2024: Kyiv 189 returned, Moscow 150). The
   * headcounts hold the figure used in totals: the receiving side's own count (docs/data.md).
   */
  claims: z.optional(z.array(claimSchema)),
  /** Official sequence numbers a source gives ("the 63rd exchange", "the UAE's 14th mediation"). */
  sequences: z.optional(
    z.array(z.strictObject({ series: idSchema, number: z.number().check(z.int(), z.positive()) })),
  ),
  /** People returned to Ukraine (exchanges) or to be returned (agreements); omitted where unknown. */
  toUkraine: z.optional(headcountSchema),
  toRussia: z.optional(headcountSchema),
  /** For an exchange: the agreement it carries out. */
  agreementId: z.optional(z.nullable(idSchema)),
  /** For an agreement (or an exchange with no recorded agreement): the talks where it was agreed. */
  talksId: z.optional(z.nullable(idSchema)),
  /** For an exchange that is one stage of an agreement: 1, 2, … */
  stage: z.optional(z.number().check(z.int(), z.positive())),
  summary: nonEmpty,
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  inferred: z._default(z.array(inferenceSchema), []),
});
export type EventRecord = z.infer<typeof eventSchema>;

export const quoteSchema = z.strictObject({
  id: idSchema,
  /** Verbatim, without the surrounding quotation marks. */
  text: nonEmpty,
  speakerId: idSchema,
  /** When it was said (or published, where that is all the article gives). */
  date: isoDateSchema,
  datePrecision: datePrecisionSchema,
  sourceId: idSchema,
  eventId: z.nullable(idSchema),
  /** A phrase quoted inside a sentence rather than a whole statement. */
  partial: z.boolean(),
  /** Another quote of the same statement in different wording (the first one recorded). */
  variantOf: z.nullable(idSchema),
  /** The article's own words around the quote (verbatim), for context. */
  context: z.optional(nonEmpty),
  inferred: z._default(z.array(inferenceSchema), []),
});
export type Quote = z.infer<typeof quoteSchema>;

/** What an official tally counts. */
export const tallyMeasureSchema = z.enum([
  'people-returned-to-ukraine',
  'people-returned-to-russia',
  'exchanges',
  'people-exchanged-via-mediator',
  'mediations',
  'bodies-returned-to-ukraine',
]);
export type TallyMeasure = z.infer<typeof tallyMeasureSchema>;

/** A cumulative figure an official stated ("more than 8,000 returned since 2022"), as of a date. */
export const tallySchema = z.strictObject({
  id: idSchema,
  asOf: isoDateSchema,
  datePrecision: datePrecisionSchema,
  /** Who stated it: "Coordination Headquarters for the Treatment of Prisoners of War", … */
  statedBy: nonEmpty,
  side: sideSchema,
  measure: tallyMeasureSchema,
  /** For a mediator's own count: which mediator. */
  mediatorId: z.nullable(idSchema),
  figure: count,
  moreThan: z.boolean(),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  inferred: z._default(z.array(inferenceSchema), []),
});
export type Tally = z.infer<typeof tallySchema>;

/** One schema per data file, keyed by the file's base name. */
export const fileSchemas = {
  sources: z.array(sourceSchema),
  people: z.array(personSchema),
  mediators: z.array(mediatorSchema),
  venues: z.array(venueSchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  tallies: z.array(tallySchema),
} as const satisfies Record<DataFileName, unknown>;

/** The whole validated dataset. */
export interface Dataset {
  sources: Source[];
  people: Person[];
  mediators: Mediator[];
  venues: Venue[];
  events: EventRecord[];
  quotes: Quote[];
  tallies: Tally[];
}
