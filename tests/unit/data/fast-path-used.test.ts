import { describe, expect, it, vi } from 'vitest';
import { parseRecords } from '../../../src/data/parse-file';
import { fileSchemas } from '../../../src/data/schemas';
import { publicDataset } from '../../component/render-with-data';

describe('parseRecords and the schemas fast path', () => {
  it('checks valid records without zod’s parse, and hands a broken record to zod', () => {
    const events = publicDataset().events as unknown[];
    const broken = [...events.slice(0, 5), { ...(events[5] as object), date: 42 }];
    const zod = vi.spyOn(fileSchemas.events, 'safeParse');
    const valid = parseRecords('events', events);
    expect(zod).not.toHaveBeenCalled();
    expect(valid).toEqual({
      ok: true,
      data: fileSchemas.events.parse(events),
      leftOut: [],
      positions: events.map((_, i) => i),
    });
    zod.mockClear();
    // A broken record still goes to zod, which words the problem.
    const result = parseRecords('events', broken);
    expect(zod).toHaveBeenCalled();
    expect(result.ok && result.leftOut.map((p) => [p.index, p.field])).toEqual([[5, 'date']]);
  });
});
