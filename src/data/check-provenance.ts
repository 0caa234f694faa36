/** Every fact of an event is backed by a verbatim excerpt or marked as inferred with its reasoning. */
import type { Dataset, EventRecord, Quote } from './schemas';
import type { Problem } from './problems';
import { at, factKeyPlaces, venueIdOf } from './integrity-shared';

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
  dataset.tallies.forEach((tally, index) => {
    if (!factKeyPlaces(tally).some((p) => p.key === 'figure'))
      problems.push(
        at('tallies.json', tally, index)(
          'error',
          'figure',
          'the figure has no evidence: add "figure" to an evidence item\'s supports',
        ),
      );
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
  return [
    ...facts,
    ...event.venueIds.map((id) => `venue:${id}`),
    ...(event.sequences ?? []).map((s) => `sequence:${s.series}`),
  ];
}

function eventHasFact(event: EventRecord, key: string): boolean {
  const venueId = venueIdOf(key);
  if (venueId !== null) return event.venueIds.includes(venueId);
  if (key.startsWith('sequence:'))
    return (event.sequences ?? []).some((s) => `sequence:${s.series}` === key);
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

/**
 * How many facts rest on what: verbatim excerpts of seed articles (checked character by character),
 * notes on cited web sources (checked by a reader at the URL), and inferences with their reasoning.
 */
export function provenanceCounts(dataset: Dataset): {
  excerpt: number;
  web: number;
  inferred: number;
} {
  const counts = { excerpt: 0, web: 0, inferred: 0 };
  for (const record of [...dataset.events, ...dataset.venues, ...dataset.tallies]) {
    for (const item of record.evidence)
      counts[item.excerpt === undefined ? 'web' : 'excerpt'] += item.supports.length;
    counts.inferred += record.inferred.length;
  }
  for (const event of dataset.events) counts.web += event.claims?.length ?? 0;
  return counts;
}
