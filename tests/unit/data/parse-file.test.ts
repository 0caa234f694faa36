// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { parseDataFile, parseJsonText } from '../../../src/data/parse-file';
import { formatProblem } from '../../../src/data/problems';
import type { Problem } from '../../../src/data/problems';
import { byId, miniDataset } from './mini';

function problemsOf(result: { ok: true } | { ok: false; problems: Problem[] }): string[] {
  if (result.ok) throw new Error('expected the file to fail parsing');
  return result.problems.map(formatProblem);
}

describe('parseDataFile', () => {
  it('accepts the valid mini fixture and fills defaults', () => {
    const { events, venues } = miniDataset();
    const result = parseDataFile('events', events);
    expect(result.ok).toBe(true);
    // The second venue omits `inferred`; the schema's default makes it an empty list.
    expect(byId(venues, 'sample-border-point').inferred).toEqual([]);
  });

  it('reports a wrong type with the record id, position, field and the offending value', () => {
    const [first, ...rest] = miniDataset().events;
    const result = parseDataFile('events', [...rest, { ...first, toUkraine: { total: '100' } }]);
    expect(problemsOf(result)).toEqual([
      'events.json › record "talks-example-city" (#3) › toUkraine.total: expected number, got "100"',
    ]);
  });

  it('reports a missing field as missing, not as a type error', () => {
    const { quotes } = miniDataset();
    const withoutSpeaker = Object.fromEntries(
      Object.entries(byId(quotes, 'q-sample-home')).filter(([key]) => key !== 'speakerId'),
    );
    const result = parseDataFile('quotes', [withoutSpeaker]);
    expect(problemsOf(result)).toEqual([
      'quotes.json › record "q-sample-home" (#0) › speakerId: required field is missing',
    ]);
  });

  it('rejects a date that is not on the calendar', () => {
    const event = byId(miniDataset().events, 'exchange-stage-1');
    const result = parseDataFile('events', [{ ...event, date: '2026-02-30' }]);
    expect(problemsOf(result)).toEqual([
      'events.json › record "exchange-stage-1" (#0) › date: not a real calendar date in YYYY-MM-DD form; got "2026-02-30"',
    ]);
  });

  it('names each extra key as its own field', () => {
    const person = byId(miniDataset().people, 'anna-sample');
    const result = parseDataFile('people', [{ ...person, nickname: 'A', age: 40 }]);
    expect(problemsOf(result)).toEqual([
      'people.json › record "anna-sample" (#0) › nickname: unknown field "nickname" (not in the schema; remove it or add it to schemas.ts)',
      'people.json › record "anna-sample" (#0) › age: unknown field "age" (not in the schema; remove it or add it to schemas.ts)',
    ]);
  });

  it('locates problems inside nested arrays', () => {
    const event = byId(miniDataset().events, 'talks-example-city');
    const evidence = event.evidence.map((item) => ({
      ...item,
      excerpt: 'no',
      supports: ['venue:Bad Id'],
    }));
    const lines = problemsOf(parseDataFile('events', [{ ...event, evidence }]));
    expect(lines).toContain(
      'events.json › record "talks-example-city" (#0) › evidence[0].excerpt: too small: expected at least 3 characters; got "no"',
    );
    expect(lines).toContain(
      'events.json › record "talks-example-city" (#0) › evidence[0].supports[0]: must be a field name, venue:<venue id> or sequence:<series id>; got "venue:Bad Id"',
    );
  });

  it('reports an invalid enum value with the allowed options', () => {
    const venue = byId(miniDataset().venues, 'example-city');
    const lines = problemsOf(parseDataFile('venues', [{ ...venue, kind: 'port' }]));
    expect(lines).toEqual([
      'venues.json › record "example-city" (#0) › kind: expected one of "talks", "handover", "reception", "other"; got "port"',
    ]);
  });

  it('uses the position alone when a record has no usable id', () => {
    const lines = problemsOf(parseDataFile('people', [42]));
    expect(lines).toEqual(['people.json › record #0 › expected object, got number 42']);
  });

  it('gives one clear problem for a file that is not an array', () => {
    const lines = problemsOf(parseDataFile('sources', { sources: [] }));
    expect(lines).toEqual(['sources.json › expected a JSON array of records, got an object']);
  });
});

describe('parseJsonText', () => {
  it('turns a syntax error into a problem instead of throwing', () => {
    const result = parseJsonText('venues', '[{"id": "a",]');
    const lines = problemsOf(result);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^venues\.json › not valid JSON: .+/);
  });

  it('parses valid text through the schema', () => {
    const result = parseJsonText('people', '[]');
    expect(result).toEqual({ ok: true, data: [] });
  });
});
