import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compactDataFiles, compactJson } from '../../../scripts/compact-data';
import { generateDataset, writeDataset } from '../../../scripts/gen-data';
import { dataFileNames } from '../../../src/data/file-names';
import { loadedFileOf } from '../../../src/data/load-file';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'swapwatch-compact-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('compactJson', () => {
  it('keeps the value of any JSON document, without its indentation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const compact = compactJson(text);
        expect(compact).not.toBeNull();
        expect(JSON.parse(compact!)).toEqual(JSON.parse(text));
        expect(compact!.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('answers null for a text that is not JSON, which is shipped as it is', () => {
    expect(compactJson('[{"id": "a"},]')).toBeNull();
    expect(compactJson('')).toBeNull();
  });

  it('leaves a file whose numbers JSON cannot write back as the page reads them', () => {
    // -0 would come back as 0, and 1e400 (Infinity when read) as null.
    expect(compactJson('[{"toUkraine": -0}]')).toBeNull();
    expect(compactJson('[ 1e400 ]')).toBeNull();
    expect(compactJson('[ -1e400 ]')).toBeNull();
    expect(compactJson('[ 0, 1e3, -2.50 ]')).toBe('[0,1000,-2.5]');
  });

  it('reads what the page reads: a byte-order mark dropped, the last of a repeated key', () => {
    expect(compactJson('\uFEFF[ 1 ]')).toBe('[1]');
    expect(compactJson('[{ "id": "a", "id": "b" }]')).toBe('[{"id":"b"}]');
    expect(compactJson('[ "\\u00e9\\n" ]')).toBe('["é\\n"]');
  });

  it('gives the page the same records and problems for every curated file', () => {
    for (const name of dataFileNames) {
      const text = readFileSync(join('public/data', `${name}.json`), 'utf8');
      const compact = compactJson(text);
      expect(compact, name).not.toBeNull();
      expect(loadedFileOf(name, compact!), name).toEqual(loadedFileOf(name, text));
      expect(compact!.length, name).toBeLessThan(text.length);
    }
  });
});

describe('compactDataFiles', () => {
  it('rewrites the JSON files compactly and leaves a broken one untouched', () => {
    const dir = tempDir();
    const broken = '[\n  {"id": "x",\n]\n';
    writeFileSync(join(dir, 'events.json'), '[\n  {\n    "id": "a",\n    "n": 1\n  }\n]\n');
    writeFileSync(join(dir, 'quotes.json'), broken);
    writeFileSync(join(dir, 'notes.txt'), '  not data  ');
    expect(compactDataFiles(dir)).toEqual({ compacted: ['events.json'], left: ['quotes.json'] });
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe('[{"id":"a","n":1}]');
    expect(readFileSync(join(dir, 'quotes.json'), 'utf8')).toBe(broken);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('  not data  ');
  });

  it('gives the files writeDataset writes compact for the benchmark', () => {
    const dataset = generateDataset({ events: 300, quotes: 200, seed: 3 });
    const [pretty, compact] = [tempDir(), tempDir()];
    writeDataset(dataset, pretty);
    writeDataset(dataset, compact, { compact: true });
    compactDataFiles(pretty);
    for (const name of dataFileNames) {
      const file = `${name}.json`;
      expect(readFileSync(join(compact, file), 'utf8')).toBe(
        readFileSync(join(pretty, file), 'utf8'),
      );
    }
  });
});
