import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecords, parseRecordsInSlices } from '../../../src/data/parse-file';
import { publicDataset } from '../../component/render-with-data';

const events = publicDataset().events as unknown[];

// Ways a record can be broken: a wrong type, a missing field, an unknown field, not an object.
const breakages = [
  (r: Record<string, unknown>) => ({ ...r, date: 42 }),
  (r: Record<string, unknown>) => {
    const { title: _title, ...rest } = r;
    return rest;
  },
  (r: Record<string, unknown>) => ({ ...r, surprise: true }),
  () => 'not a record',
];

describe('parseRecordsInSlices', () => {
  it('answers exactly as parseRecords does, broken records and their places included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: fc.nat({ max: events.length - 1 }),
            how: fc.nat({ max: breakages.length - 1 }),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 40 }),
        async (broken, records) => {
          const json = [...events];
          for (const { at, how } of broken)
            json[at] = breakages[how]!(json[at] as Record<string, unknown>);
          let pauses = 0;
          const pause = () => {
            pauses += 1;
            return Promise.resolve();
          };
          const sliced = await parseRecordsInSlices('events', json, pause, { records, sliceMs: 0 });
          expect(sliced).toEqual(parseRecords('events', json));
          // Slices are paused between whenever their time is up (here, always).
          expect(pauses).toBe(Math.ceil(json.length / records));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('fails a file that is not an array as parseRecords does', async () => {
    const pause = () => Promise.resolve();
    expect(await parseRecordsInSlices('events', { not: 'an array' }, pause)).toEqual(
      parseRecords('events', { not: 'an array' }),
    );
  });
});

describe('parseRecordsInSlices given up on', () => {
  it('stops at the next pause once its query is aborted', async () => {
    const controller = new AbortController();
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      if (pauses === 2) controller.abort(new DOMException('left the page', 'AbortError'));
      return Promise.resolve();
    };
    await expect(
      parseRecordsInSlices('events', events, pause, {
        records: 5,
        sliceMs: 0,
        signal: controller.signal,
      }),
    ).rejects.toThrow('left the page');
    expect(pauses).toBe(2);
  });

  it('refuses a slice size that would never end', async () => {
    const pause = () => Promise.resolve();
    await expect(parseRecordsInSlices('events', events, pause, { records: 0 })).rejects.toThrow(
      RangeError,
    );
  });
});
