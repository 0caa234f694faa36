import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../../src/data/parse-file';
import { keepValid } from '../../../src/data/keep-valid';
import type { LoadedFiles } from '../../../src/data/keep-valid';
import type { DataFileName } from '../../../src/data/file-names';
import { formatProblem } from '../../../src/data/problems';
import { publicDataset } from '../../component/render-with-data';

/** Loads raw JSON records the way the app does: record by record. */
function load(raw: Partial<Record<DataFileName, unknown[]>>): LoadedFiles {
  const files: Record<string, unknown> = {};
  for (const [name, json] of Object.entries(raw)) {
    const parsed = parseRecords(name as DataFileName, json);
    if (!parsed.ok) throw new Error(`${name} failed whole`);
    files[name] = { records: parsed.data, leftOut: parsed.leftOut, positions: parsed.positions };
  }
  return files as LoadedFiles;
}

const data = publicDataset();

describe('keepValid: what a reader is shown of a partly broken dataset', () => {
  it('keeps a valid dataset whole, with nothing left out', () => {
    const kept = keepValid(load(data));
    expect(kept.data.events).toHaveLength(data.events.length);
    expect(kept.leftOut).toEqual([]);
    expect(Object.values(kept.leftOutCount).every((n) => n === 0)).toBe(true);
  });

  it('leaves out one event with a bad field and keeps every quote, even those about it', () => {
    const target = data.events.findIndex((e) => data.quotes.some((q) => q.eventId === e.id));
    const events = data.events.map((e, i) =>
      i === target ? { ...e, toUkraine: { total: 'lots' } } : e,
    );
    const kept = keepValid(load({ ...data, events }));
    expect(kept.data.events).toHaveLength(data.events.length - 1);
    expect(kept.data.events?.some((e) => e.id === data.events[target]!.id)).toBe(false);
    expect(kept.data.quotes).toHaveLength(data.quotes.length);
    expect(kept.leftOutCount.events).toBe(1);
    expect(kept.leftOut.map(formatProblem)).toEqual([
      `events.json › record "${data.events[target]!.id}" (#${target}) › toUkraine.total: expected number, got "lots"`,
    ]);
  });

  it('leaves out a quote whose speaker does not exist, naming its place in the file', () => {
    const quotes = data.quotes.map((q, i) => (i === 3 ? { ...q, speakerId: 'nobody' } : q));
    const kept = keepValid(load({ ...data, quotes }));
    expect(kept.data.quotes).toHaveLength(data.quotes.length - 1);
    expect(kept.leftOut).toHaveLength(1);
    expect(kept.leftOut[0]).toMatchObject({
      file: 'quotes.json',
      recordId: data.quotes[3]!.id,
      index: 3,
      field: 'speakerId',
    });
  });

  it('names a dangling reference by the record’s place in the file, after earlier broken ones', () => {
    const quotes = data.quotes.map((q, i) =>
      i === 1 ? { ...q, date: 'soon' } : i === 5 ? { ...q, sourceId: 'src-none' } : q,
    );
    const kept = keepValid(load({ ...data, quotes }));
    expect(kept.leftOut.map((p) => [p.index, p.field])).toEqual([
      [1, 'date'],
      [5, 'sourceId'],
    ]);
    expect(kept.leftOutCount.quotes).toBe(2);
  });

  it('leaves out a record whose id an earlier record of its file has, naming both places', () => {
    // A broken record first, so the places in the file differ from those among the valid ones.
    const events = [
      { ...data.events[0]!, date: 'soon' },
      ...data.events.slice(1, 4),
      { ...data.events[2]!, title: 'A second record under the same id' },
      ...data.events.slice(4),
    ];
    const kept = keepValid(load({ ...data, events }));
    const id = data.events[2]!.id;
    expect(kept.data.events?.filter((e) => e.id === id)).toEqual([data.events[2]]);
    expect(kept.data.events).toHaveLength(data.events.length - 1);
    expect(kept.leftOutCount.events).toBe(2);
    expect(kept.leftOut.map(formatProblem)).toContain(
      `events.json › record "${id}" (#4) › id: duplicate id "${id}": used by records #2 and #4`,
    );
    // What pointed at the id (quotes about the event) is kept.
    expect(kept.data.quotes).toHaveLength(data.quotes.length);
  });

  it('keeps the second record under an id when the first one is left out for another reason', () => {
    const first = { ...data.quotes[0]!, speakerId: 'nobody' };
    const second = { ...data.quotes[0]!, text: 'The second record under the id.' };
    const quotes = [first, ...data.quotes.slice(1), second];
    const kept = keepValid(load({ ...data, quotes }));
    const id = first.id;
    expect(kept.data.quotes?.filter((q) => q.id === id)).toEqual([second]);
    expect(kept.data.quotes).toHaveLength(data.quotes.length);
    expect(kept.leftOut.map(formatProblem)).toEqual([
      expect.stringContaining(`quotes.json › record "${id}" (#0) › speakerId`),
    ]);
  });

  it('checks references against the first record of a duplicated id, the one it keeps', () => {
    const talks = data.events.find(
      (e) => e.type === 'talks' && data.events.some((x) => x.talksId === e.id),
    )!;
    const pointing = data.events.filter((e) => e.talksId === talks.id);
    const exchange = data.events.find((e) => e.type === 'exchange')!;
    // A later record under the talks' id, of another type: the events naming the talks stay.
    const events = [...data.events, { ...exchange, id: talks.id }];
    const kept = keepValid(load({ ...data, events }));
    expect(kept.data.events).toHaveLength(data.events.length);
    for (const e of pointing) expect(kept.data.events).toContainEqual(e);
    expect(kept.leftOut.map((p) => p.field)).toEqual(['id']);
  });

  it('skips references into files that are not loaded', () => {
    const kept = keepValid(load({ quotes: data.quotes }));
    expect(kept.data.quotes).toHaveLength(data.quotes.length);
    expect(kept.leftOut).toEqual([]);
  });
});
