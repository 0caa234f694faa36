import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/gen-data';
import { checkDataset } from '../../../src/data/integrity';
import { checkReferences, checkUniqueIds } from '../../../src/data/check-references';
import { parseDataFile } from '../../../src/data/parse-file';
import { dataFileNames } from '../../../src/data/file-names';
import type { Dataset } from '../../../src/data/schemas';

const options = { events: 400, quotes: 300, seed: 7 };

/** Parses every file the way the app does (from JSON text), failing with the located problems. */
function parseAll(dataset: Dataset): Dataset {
  const parse = <N extends keyof Dataset>(name: N) => {
    const result = parseDataFile(name, JSON.parse(JSON.stringify(dataset[name])));
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems.slice(0, 3))}`);
    return result.data;
  };
  return {
    sources: parse('sources'),
    people: parse('people'),
    mediators: parse('mediators'),
    venues: parse('venues'),
    events: parse('events'),
    quotes: parse('quotes'),
    tallies: parse('tallies'),
  };
}

describe('generateDataset', () => {
  const dataset = generateDataset(options);

  it('makes the requested numbers of events and quotes, and venues, people and sources to match', () => {
    expect(dataset.events).toHaveLength(400);
    expect(dataset.quotes).toHaveLength(300);
    expect(dataset.venues).toHaveLength(22);
    expect(dataset.people).toHaveLength(65);
    expect(dataset.sources.length).toBeGreaterThanOrEqual(10);
  });

  it('passes the schemas of all five files', () => {
    const parsed = parseAll(dataset);
    for (const name of dataFileNames) expect(parsed[name]).toHaveLength(dataset[name].length);
  });

  it('has unique ids and no dangling references', () => {
    const parsed = parseAll(dataset);
    expect(checkUniqueIds(parsed)).toEqual([]);
    expect(checkReferences(parsed)).toEqual([]);
  });

  it('passes the provenance, stage-sum and date-order checks too (all but the verbatim one)', () => {
    const errors = checkDataset(parseAll(dataset)).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('has the shapes the views need: every event type and status, stages, splits, all venue kinds', () => {
    const { events, venues, people, quotes } = dataset;
    for (const type of ['talks', 'agreement', 'exchange'] as const)
      expect(events.some((e) => e.type === type)).toBe(true);
    expect(events.some((e) => e.status === 'expected')).toBe(true);
    expect(events.some((e) => e.agreementId && e.stage === 2)).toBe(true);
    expect(events.some((e) => e.toUkraine?.civilians !== undefined)).toBe(true);
    expect(new Set(venues.map((v) => v.kind)).size).toBe(4);
    expect(people.some((p) => p.aliases.length > 1)).toBe(true);
    const lengths = quotes.map((q) => q.text.split(' ').length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(81);
    const dates = events.map((e) => e.date);
    expect(dates.every((d) => d >= '2022-03-01' && d <= '2026-11-30')).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it('is identical for the same seed and differs for another', () => {
    expect(JSON.stringify(generateDataset(options))).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(generateDataset({ ...options, seed: 8 }))).not.toBe(
      JSON.stringify(dataset),
    );
  });
});
