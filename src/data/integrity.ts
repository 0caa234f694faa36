/**
 * Cross-record checks over a dataset that already passed its schemas: ids, references, provenance,
 * stage sums, date order and verbatim excerpts. Pure: article text comes in through a callback.
 */
import type { Dataset, DatePrecision, EventRecord, Evidence, Inference, Quote } from './schemas';
import { dataFileNames } from './schemas';
import type { Problem } from './problems';

type Severity = Problem['severity'];
type HeadcountSide = 'toUkraine' | 'toRussia';

const sideLabels: Record<HeadcountSide, string> = {
  toUkraine: 'to Ukraine',
  toRussia: 'to Russia',
};
const sides: HeadcountSide[] = ['toUkraine', 'toRussia'];

type MakeProblem = (severity: Severity, field: string, message: string) => Problem;

/** Builds problems for one record, so every check names file, record and field the same way. */
function at(file: string, record: { id: string }, index: number): MakeProblem {
  return (severity: Severity, field: string, message: string): Problem => ({
    severity,
    file,
    recordId: record.id,
    index,
    field,
    message,
  });
}

/** Each file's ids are unique; a duplicate names both positions. */
export function checkUniqueIds(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const name of dataFileNames) {
    const firstIndex = new Map<string, number>();
    dataset[name].forEach((record, index) => {
      const first = firstIndex.get(record.id);
      if (first === undefined) firstIndex.set(record.id, index);
      else
        problems.push(
          at(`${name}.json`, record, index)(
            'error',
            'id',
            `duplicate id "${record.id}": used by records #${first} and #${index}`,
          ),
        );
    });
  }
  return problems;
}

/**
 * Every id a record mentions points at an existing record of the right kind. Accepts a partly
 * loaded dataset (a view that fetched only some files): references into absent files are skipped.
 */
export function checkReferences(dataset: Partial<Dataset>): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = idsOf(dataset.sources);
  const personIds = idsOf(dataset.people);
  const venueIds = idsOf(dataset.venues);
  const quoteIds = idsOf(dataset.quotes);
  const eventsById = dataset.events ? new Map(dataset.events.map((e) => [e.id, e])) : null;

  const checkEvidence = (make: MakeProblem, evidence: Evidence[]) =>
    evidence.forEach((item, i) => {
      if (dangles(sourceIds, item.sourceId))
        problems.push(
          make(
            'error',
            `evidence[${i}].sourceId`,
            unknown('source', item.sourceId, 'sources.json'),
          ),
        );
    });

  const checkVenueKeys = (
    make: MakeProblem,
    record: { evidence: Evidence[]; inferred: Inference[] },
    listed: string[] | null,
  ) =>
    factKeyPlaces(record).forEach(({ key, field }) => {
      const venueId = venueIdOf(key);
      if (venueId === null) return;
      if (dangles(venueIds, venueId))
        problems.push(make('error', field, unknown('venue', venueId, 'venues.json')));
      else if (listed !== null && !listed.includes(venueId))
        problems.push(
          make('error', field, `"${key}" names a venue this event does not list in venueIds`),
        );
    });

  (dataset.venues ?? []).forEach((venue, index) => {
    const make = at('venues.json', venue, index);
    checkEvidence(make, venue.evidence);
    checkVenueKeys(make, venue, null);
  });

  (dataset.events ?? []).forEach((event, index) => {
    const make = at('events.json', event, index);
    checkEvidence(make, event.evidence);
    checkVenueKeys(make, event, event.venueIds);
    event.venueIds.forEach((id, i) => {
      if (dangles(venueIds, id))
        problems.push(make('error', `venueIds[${i}]`, unknown('venue', id, 'venues.json')));
    });
    for (const [field, wanted] of [
      ['agreementId', 'agreement'],
      ['talksId', 'talks'],
    ] as const) {
      const target = event[field];
      if (target === null || target === undefined || eventsById === null) continue;
      const found = eventsById.get(target);
      if (found === undefined)
        problems.push(make('error', field, unknown('event', target, 'events.json')));
      else if (found.type !== wanted)
        problems.push(
          make('error', field, `event "${target}" is of type ${found.type}, not ${wanted}`),
        );
    }
  });

  (dataset.quotes ?? []).forEach((quote, index) => {
    const make = at('quotes.json', quote, index);
    if (dangles(personIds, quote.speakerId))
      problems.push(make('error', 'speakerId', unknown('person', quote.speakerId, 'people.json')));
    if (dangles(sourceIds, quote.sourceId))
      problems.push(make('error', 'sourceId', unknown('source', quote.sourceId, 'sources.json')));
    if (quote.eventId !== null && eventsById !== null && !eventsById.has(quote.eventId))
      problems.push(make('error', 'eventId', unknown('event', quote.eventId, 'events.json')));
    if (quote.variantOf === quote.id)
      problems.push(make('error', 'variantOf', 'a quote cannot be a variant of itself'));
    else if (quote.variantOf !== null && dangles(quoteIds, quote.variantOf))
      problems.push(make('error', 'variantOf', unknown('quote', quote.variantOf, 'quotes.json')));
  });
  return problems;
}

function idsOf(records: { id: string }[] | undefined): Set<string> | null {
  return records ? new Set(records.map((r) => r.id)) : null;
}

// A file that is not loaded cannot prove an id missing.
function dangles(ids: Set<string> | null, id: string): boolean {
  return ids !== null && !ids.has(id);
}

function unknown(kind: string, id: string, file: string): string {
  return `unknown ${kind} "${id}" (not in ${file})`;
}

/** Every fact an event states is backed by evidence or an explicit inference; no claim backs a fact the record lacks. */
export function checkProvenance(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  dataset.events.forEach((event, index) => {
    const make = at('events.json', event, index);
    const facts = eventFacts(event);
    const places = factKeyPlaces(event);
    const backed = new Set(places.map((p) => p.key));
    for (const fact of facts) {
      if (!backed.has(fact))
        problems.push(
          make(
            'error',
            factField(fact),
            `fact "${fact}" has no evidence: add it to an evidence item's supports or to inferred`,
          ),
        );
    }
    for (const { key, field } of places) {
      if (!eventHasFact(event, key))
        problems.push(
          make('warning', field, `claims support for "${key}", which this event does not have`),
        );
    }
  });
  dataset.venues.forEach((venue, index) => {
    const make = at('venues.json', venue, index);
    for (const { key, field } of factKeyPlaces(venue)) {
      const has =
        key === 'coordinates' || (venueIdOf(key) === null && hasValue(fieldOf(venue, key)));
      if (!has)
        problems.push(
          make('warning', field, `claims support for "${key}", which this venue does not have`),
        );
    }
  });
  dataset.quotes.forEach((quote, index) => {
    const make = at('quotes.json', quote, index);
    quote.inferred.forEach((inference, i) => {
      if (!quoteHasFact(quote, inference.field))
        problems.push(
          make(
            'error',
            `inferred[${i}].field`,
            `infers "${inference.field}", which this quote does not have`,
          ),
        );
    });
  });
  return problems;
}

/** The fact keys an event states and must back, in field order. */
function eventFacts(event: EventRecord): string[] {
  const facts = ['date', 'status'];
  if (event.toUkraine) facts.push('toUkraine');
  if (event.toRussia) facts.push('toRussia');
  if (event.mediators.length > 0) facts.push('mediators');
  for (const key of ['agreementId', 'talksId', 'stage'] as const) {
    if (event[key] !== null && event[key] !== undefined) facts.push(key);
  }
  return [...facts, ...event.venueIds.map((id) => `venue:${id}`)];
}

function eventHasFact(event: EventRecord, key: string): boolean {
  const venueId = venueIdOf(key);
  if (venueId !== null) return event.venueIds.includes(venueId);
  return hasValue(fieldOf(event, key));
}

function quoteHasFact(quote: Quote, key: string): boolean {
  return venueIdOf(key) === null && hasValue(fieldOf(quote, key));
}

// Reads a field by a key that comes from the data, without widening the record's type.
function fieldOf(record: object, key: string): unknown {
  return Object.entries(record).find(([k]) => k === key)?.[1];
}

// An empty list states nothing, so backing it would back nothing.
function hasValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

function factField(fact: string): string {
  return venueIdOf(fact) === null ? fact : 'venueIds';
}

function venueIdOf(key: string): string | null {
  return key.startsWith('venue:') ? key.slice('venue:'.length) : null;
}

/** Every fact key a record claims, with the field path where it is claimed. */
function factKeyPlaces(record: {
  evidence: Evidence[];
  inferred: Inference[];
}): { key: string; field: string }[] {
  return [
    ...record.evidence.flatMap((item, i) =>
      item.supports.map((key, j) => ({ key, field: `evidence[${i}].supports[${j}]` })),
    ),
    ...record.inferred.map((item, i) => ({ key: item.field, field: `inferred[${i}].field` })),
  ];
}

/** An agreement's stages add up to what it promises, and every headcount's parts fit its total. */
export function checkStageSums(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  dataset.events.forEach((event, index) => {
    const make = at('events.json', event, index);
    for (const side of sides) {
      const count = event[side];
      if (!count) continue;
      const { soldiers, civilians, total } = count;
      const parts = (soldiers ?? 0) + (civilians ?? 0);
      if (soldiers !== undefined && civilians !== undefined && parts !== total)
        problems.push(
          make(
            'error',
            `${side}.total`,
            `soldiers ${soldiers} + civilians ${civilians} = ${parts}, but total is ${total}`,
          ),
        );
      else if (parts > total)
        problems.push(
          make(
            'error',
            `${side}.total`,
            `${soldiers === undefined ? 'civilians' : 'soldiers'} ${parts} exceed total ${total}`,
          ),
        );
    }
    if (event.type === 'agreement') problems.push(...agreementSums(dataset.events, event, make));
  });
  return problems;
}

function agreementSums(
  events: EventRecord[],
  agreement: EventRecord,
  make: MakeProblem,
): Problem[] {
  const problems: Problem[] = [];
  const stages = events.filter((e) => e.type === 'exchange' && e.agreementId === agreement.id);
  for (const side of sides) {
    const promised = agreement[side]?.total;
    if (promised === undefined) continue;
    const sum = (status: EventRecord['status']) =>
      stages.filter((s) => s.status === status).reduce((n, s) => n + (s[side]?.total ?? 0), 0);
    const confirmed = sum('confirmed');
    const expected = sum('expected');
    const label = `agreement "${agreement.id}" promises ${promised} ${sideLabels[side]}`;
    if (confirmed > promised) {
      problems.push(
        make(
          'error',
          `${side}.total`,
          `${label}, but its confirmed stages already add up to ${confirmed}`,
        ),
      );
    } else if (confirmed + expected !== promised) {
      const gap = promised - confirmed - expected;
      const note = gap > 0 ? `${gap} unaccounted for` : `${-gap} more than promised`;
      problems.push(
        make(
          'warning',
          `${side}.total`,
          `${label}; confirmed stages add up to ${confirmed}, expected stages to ${expected} (${note})`,
        ),
      );
    }
  }
  return problems;
}

/** Dates run forwards: spans end after they start, and nothing happens before what caused it. */
export function checkDates(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const eventsById = new Map(dataset.events.map((e) => [e.id, e]));
  dataset.events.forEach((event, index) => {
    const make = at('events.json', event, index);
    if (event.endDate !== undefined && event.endDate < event.date)
      problems.push(
        make('error', 'endDate', `ends ${event.endDate}, before it starts (${event.date})`),
      );
    for (const field of ['agreementId', 'talksId'] as const) {
      const cause = eventsById.get(event[field] ?? '');
      if (cause && definitelyBefore(event, cause))
        problems.push(
          make(
            'error',
            'date',
            `${describeDate(event)} is before the ${cause.type} "${cause.id}" it implements (${describeDate(cause)})`,
          ),
        );
    }
    if (event.type !== 'exchange' || event.status !== 'expected' || !event.agreementId) return;
    for (const other of dataset.events) {
      if (
        other.type !== 'exchange' ||
        other.status !== 'confirmed' ||
        other.agreementId !== event.agreementId
      )
        continue;
      if (definitelyBefore(event, other))
        problems.push(
          make(
            'error',
            'date',
            `expected exchange dated ${describeDate(event)} is before confirmed exchange "${other.id}" (${describeDate(other)}) of the same agreement "${event.agreementId}"`,
          ),
        );
    }
  });
  return problems;
}

// True only when every day `a` could mean is before every day `b` could mean, so a month-precision
// date never conflicts with a day inside that month.
function definitelyBefore(a: EventRecord, b: EventRecord): boolean {
  return lastPossibleDay(a.date, a.datePrecision) < b.date;
}

function lastPossibleDay(date: string, precision: DatePrecision): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const end =
    precision === 'day'
      ? new Date(Date.UTC(y, m - 1, d))
      : precision === 'week'
        ? new Date(Date.UTC(y, m - 1, d + 6))
        : precision === 'month'
          ? new Date(Date.UTC(y, m, 0))
          : new Date(Date.UTC(y, 11, 31));
  return end.toISOString().slice(0, 10);
}

function describeDate(event: EventRecord): string {
  return event.datePrecision === 'day' ? event.date : `${event.date} (${event.datePrecision})`;
}

/** Whitespace differences are the only liberty an excerpt may take with its article. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every excerpt, quote and quote context occurs verbatim in the article of its source. */
export function checkVerbatim(
  dataset: Dataset,
  sourceText: (file: string) => string | null,
): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map<string, { file: string; text: string } | null>();
  dataset.sources.forEach((source, index) => {
    const text = sourceText(source.file);
    articles.set(
      source.id,
      text === null ? null : { file: source.file, text: normalizeText(text) },
    );
    if (text === null)
      problems.push(
        at('sources.json', source, index)(
          'error',
          'file',
          `article text "${source.file}" not found, so its excerpts and quotes cannot be checked`,
        ),
      );
  });

  const check = (
    make: MakeProblem,
    field: string,
    sourceId: string,
    passage: string,
    what: string,
  ) => {
    const article = articles.get(sourceId);
    if (!article) return; // unknown sources and missing articles are reported elsewhere
    const wanted = normalizeText(passage);
    if (article.text.includes(wanted)) return;
    problems.push(
      make(
        'error',
        field,
        `${what} not found verbatim in source "${sourceId}" (${article.file}); ${divergence(wanted, article.text)}`,
      ),
    );
  };

  for (const [file, records] of [
    ['events.json', dataset.events],
    ['venues.json', dataset.venues],
  ] as const) {
    records.forEach((record, index) => {
      const make = at(file, record, index);
      record.evidence.forEach((item, i) =>
        check(make, `evidence[${i}].excerpt`, item.sourceId, item.excerpt, 'excerpt'),
      );
    });
  }
  dataset.quotes.forEach((quote, index) => {
    const make = at('quotes.json', quote, index);
    check(make, 'text', quote.sourceId, quote.text, 'quote text');
    if (quote.context !== undefined)
      check(make, 'context', quote.sourceId, quote.context, 'context');
  });
  return problems;
}

// Finds the longest start of the passage the article contains, to show where the two part ways.
function divergence(passage: string, article: string): string {
  let low = 0;
  let high = passage.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (article.includes(passage.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 3) return `no part of its start occurs: "${clip(passage, 60)}"`;
  const matched = passage.slice(0, low);
  return `it matches up to "…${matched.slice(-40)}" and then differs at "${clip(passage.slice(low), 40)}"`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Runs every cross-record check; the verbatim check only when article text is available. */
export function checkDataset(
  dataset: Dataset,
  sourceText?: (file: string) => string | null,
): Problem[] {
  return [
    ...checkUniqueIds(dataset),
    ...checkReferences(dataset),
    ...checkProvenance(dataset),
    ...checkStageSums(dataset),
    ...checkDates(dataset),
    ...(sourceText ? checkVerbatim(dataset, sourceText) : []),
  ];
}
