/** Ids are unique per file and every id a record mentions points at a record of the right kind. */
import type { DataFileName } from './file-names';
import type { Dataset, EventRecord, Evidence, Inference } from './schemas';
import { dataFileNames } from './file-names';
import type { Problem } from './problems';
import { at, venueIdOf } from './integrity-shared';
import type { MakeProblem } from './integrity-shared';

/** Each file's ids are unique; a duplicate names both positions. */
export function checkUniqueIds(dataset: Dataset): Problem[] {
  return dataFileNames.flatMap((name) => duplicateIds(name, dataset[name]));
}

/** Ids of records that exist in a file but were left out of it (they failed their schema). */
export type LeftOutIds = Partial<Record<DataFileName, ReadonlySet<string>>>;

/** Where each record passed to checkReferences stands in its file, by file. */
export type FilePositions = Partial<Record<DataFileName, readonly number[]>>;

/**
 * Every id a record mentions points at an existing record of the right kind. Accepts a partly
 * loaded dataset (a view that fetched only some files): references into absent files are skipped.
 * A reference to a record that was left out of its file is not reported again: the record is
 * there, only broken, and leaving out everything that mentions it would hide valid records too.
 *
 * Given the records' places in their files (`positions`, as the app has them), it also reports a
 * record whose id an earlier record of its file has, named by those places: the app leaves it out
 * (two records under one id would make every lookup by id a guess). The earlier record is the
 * first one under the id that nothing else here leaves out: when the first points nowhere, the
 * next stands in, and what points at the id finds it. The sets of ids are built here anyway, so
 * when the ids are distinct the check is a size comparison per file (and a set of the few
 * tallies), at 100,000 quotes as at 100. `npm run data:check` reports duplicates with
 * checkUniqueIds, in the same words.
 */
export function checkReferences(
  dataset: Partial<Dataset>,
  leftOut: LeftOutIds = {},
  positions?: FilePositions,
): Problem[] {
  const problems: Problem[] = [];
  // The files with a duplicated id, settled once the other problems are known (at the end).
  const duplicated: DataFileName[] = [];
  const ids = <N extends DataFileName>(name: N) => {
    const records = dataset[name];
    if (!records) return null;
    const set = new Set<string>();
    for (const r of records) set.add(r.id);
    if (positions && set.size < records.length) duplicated.push(name);
    for (const id of leftOut[name] ?? []) set.add(id);
    return set;
  };
  const sourceIds = ids('sources');
  const personIds = ids('people');
  const venueIds = ids('venues');
  const quoteIds = ids('quotes');
  const mediatorIds = ids('mediators');
  if (positions) ids('tallies');
  // Events by id: the first record of an id, the one the app keeps.
  const events = dataset.events;
  const eventsById = events ? new Map<string, EventRecord>() : null;
  if (events && eventsById) {
    for (const e of events) if (!eventsById.has(e.id)) eventsById.set(e.id, e);
    if (positions && eventsById.size < events.length) duplicated.push('events');
  }
  const brokenEvents = leftOut.events ?? new Set<string>();

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

  const checkVenueKey = (
    make: MakeProblem,
    key: string,
    field: () => string,
    listed: string[] | null,
  ) => {
    const venueId = venueIdOf(key);
    if (venueId === null) return;
    if (dangles(venueIds, venueId))
      problems.push(make('error', field(), unknown('venue', venueId, 'venues.json')));
    else if (listed !== null && !listed.includes(venueId))
      problems.push(
        make('error', field(), `"${key}" names a venue this event does not list in venueIds`),
      );
  };
  // The keys in factKeyPlaces's order; a field's path is written only for a problem (at 100,000
  // events building every path took a tenth of the check).
  const checkVenueKeys = (
    make: MakeProblem,
    record: { evidence: Evidence[]; inferred: Inference[] },
    listed: string[] | null,
  ) => {
    record.evidence.forEach((item, i) => {
      item.supports.forEach((key, j) => {
        if (key.startsWith('venue:'))
          checkVenueKey(make, key, () => `evidence[${i}].supports[${j}]`, listed);
      });
    });
    record.inferred.forEach((item, i) => {
      if (item.field.startsWith('venue:'))
        checkVenueKey(make, item.field, () => `inferred[${i}].field`, listed);
    });
  };

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
    event.mediators.forEach((id, i) => {
      if (dangles(mediatorIds, id))
        problems.push(make('error', `mediators[${i}]`, unknown('mediator', id, 'mediators.json')));
    });
    (event.claims ?? []).forEach((claim, i) => {
      if (dangles(sourceIds, claim.sourceId))
        problems.push(
          make('error', `claims[${i}].sourceId`, unknown('source', claim.sourceId, 'sources.json')),
        );
    });
    (event.sequences ?? []).forEach((sequence, i) => {
      // A series is Ukraine's own count of exchanges or one mediator's count of its mediations.
      if (sequence.series !== 'ukraine' && dangles(mediatorIds, sequence.series))
        problems.push(
          make(
            'error',
            `sequences[${i}].series`,
            `unknown series "${sequence.series}" (neither "ukraine" nor a mediator in mediators.json)`,
          ),
        );
    });
    for (const [field, wanted] of [
      ['agreementId', 'agreement'],
      ['talksId', 'talks'],
    ] as const) {
      const target = event[field];
      if (target === null || target === undefined || eventsById === null) continue;
      const found = eventsById.get(target);
      if (found === undefined && brokenEvents.has(target)) continue;
      if (found === undefined)
        problems.push(make('error', field, unknown('event', target, 'events.json')));
      else if (found.type !== wanted)
        problems.push(
          make('error', field, `event "${target}" is of type ${found.type}, not ${wanted}`),
        );
    }
  });

  (dataset.tallies ?? []).forEach((tally, index) => {
    const make = at('tallies.json', tally, index);
    checkEvidence(make, tally.evidence);
    if (tally.mediatorId !== null && dangles(mediatorIds, tally.mediatorId))
      problems.push(
        make('error', 'mediatorId', unknown('mediator', tally.mediatorId, 'mediators.json')),
      );
  });

  (dataset.quotes ?? []).forEach((quote, index) => {
    const make = at('quotes.json', quote, index);
    if (dangles(personIds, quote.speakerId))
      problems.push(make('error', 'speakerId', unknown('person', quote.speakerId, 'people.json')));
    if (dangles(sourceIds, quote.sourceId))
      problems.push(make('error', 'sourceId', unknown('source', quote.sourceId, 'sources.json')));
    if (
      quote.eventId !== null &&
      eventsById !== null &&
      !eventsById.has(quote.eventId) &&
      !brokenEvents.has(quote.eventId)
    )
      problems.push(make('error', 'eventId', unknown('event', quote.eventId, 'events.json')));
    if (quote.variantOf === quote.id)
      problems.push(make('error', 'variantOf', 'a quote cannot be a variant of itself'));
    else if (quote.variantOf !== null && dangles(quoteIds, quote.variantOf))
      problems.push(make('error', 'variantOf', unknown('quote', quote.variantOf, 'quotes.json')));
  });

  for (const name of duplicated) {
    const records = dataset[name]!;
    const file = `${name}.json`;
    const otherwise = new Set(problems.flatMap((p) => (p.file === file ? [p.index] : [])));
    const keptAt = records.flatMap((_, i) => (otherwise.has(i) ? [] : [i]));
    const at = positions?.[name];
    const found = duplicateIds(
      name,
      keptAt.map((i) => records[i]!),
      keptAt.map((i) => at?.[i] ?? i),
    );
    for (const p of found) problems.push({ ...p, index: keptAt[p.index!]! });
  }
  return problems;
}

/**
 * A problem for each record whose id an earlier record of the file has, naming both by their
 * places in the file (`positions[i]` for record i; i itself without them).
 */
function duplicateIds(
  name: DataFileName,
  records: readonly { id: string }[],
  positions?: readonly number[],
): Problem[] {
  const place = (i: number) => positions?.[i] ?? i;
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  records.forEach((record, index) => {
    const seen = first.get(record.id);
    if (seen === undefined) first.set(record.id, index);
    else
      problems.push(
        at(`${name}.json`, record, index)(
          'error',
          'id',
          `duplicate id "${record.id}": used by records #${place(seen)} and #${place(index)}`,
        ),
      );
  });
  return problems;
}

// A file that is not loaded cannot prove an id missing.
export function dangles(ids: Set<string> | null, id: string): boolean {
  return ids !== null && !ids.has(id);
}

export function unknown(kind: string, id: string, file: string): string {
  return `unknown ${kind} "${id}" (not in ${file})`;
}
