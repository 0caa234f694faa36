import { describe, expect, it, vi } from 'vitest';
import { loadFastChecks, parseRecords } from '../../../src/data/parse-file';
import { fileSchemas } from '../../../src/data/schemas';
import { publicDataset } from '../../component/render-with-data';

describe('loadFastChecks', () => {
  it('hands the checks to the fast path once it has arrived, with the same results', async () => {
    const events = publicDataset().events as unknown[];
    const broken = [...events.slice(0, 5), { ...(events[5] as object), date: 42 }];
    const byZod = { valid: parseRecords('events', events), broken: parseRecords('events', broken) };
    const zod = vi.spyOn(fileSchemas.events, 'safeParse');
    loadFastChecks();
    await vi.waitFor(() => {
      zod.mockClear();
      parseRecords('events', events);
      expect(zod).not.toHaveBeenCalled();
    });
    expect(parseRecords('events', events)).toEqual(byZod.valid);
    // A broken record still goes to zod, which words the problem.
    expect(parseRecords('events', broken)).toEqual(byZod.broken);
    expect(zod).toHaveBeenCalled();
  });
});
