/**
 * The checking worker's function: what the page gets back from it must be exactly what checking the
 * file on the page gives (records with defaults filled in, the left-out list, positions), and a file
 * that cannot be used must come back with its located reasons.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFileBytes } from '../../../src/data/check-off-page';
import { loadedFileOf } from '../../../src/data/loaded-file';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const parsedJson = (json: ArrayBuffer): unknown => JSON.parse(new TextDecoder().decode(json));

describe('checkFileBytes', () => {
  it('gives back the same valid records as checking on the page, as JSON', () => {
    for (const name of ['events', 'quotes', 'venues'] as const) {
      const text = readFileSync(`public/data/${name}.json`, 'utf8');
      const reply = checkFileBytes({ name, bytes: bytesOf(text) });
      const onPage = loadedFileOf(name, text);
      if (!reply.ok) throw new Error(reply.message);
      expect(parsedJson(reply.json)).toEqual(onPage.records);
      expect(reply.leftOut).toEqual([]);
      expect(reply.positions).toEqual(onPage.positions);
    }
  });

  it('leaves out a broken record, located, and keeps the rest', () => {
    const venues = JSON.parse(readFileSync('public/data/venues.json', 'utf8')) as object[];
    const broken = [venues[0], { ...venues[1], lat: 'north' }, venues[2]];
    const reply = checkFileBytes({ name: 'venues', bytes: bytesOf(JSON.stringify(broken)) });
    if (!reply.ok) throw new Error(reply.message);
    expect((parsedJson(reply.json) as unknown[]).length).toBe(2);
    expect(reply.positions).toEqual([0, 2]);
    expect(reply.leftOut).toEqual([
      expect.objectContaining({ file: 'venues.json', index: 1, field: 'lat' }),
    ]);
  });

  it('says where a file that is not JSON breaks', () => {
    const reply = checkFileBytes({ name: 'events', bytes: bytesOf('[\n  {"id": "x",\n  oops\n]') });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problems).toHaveLength(1);
    expect(reply.problems[0]!.file).toBe('events.json');
    expect(reply.message).toMatch(/not valid JSON.*line 3/);
  });
});
