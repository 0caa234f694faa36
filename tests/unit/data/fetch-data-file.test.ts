import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileError } from '../../../src/data/data-file-error';

afterEach(() => {
  vi.doUnmock('../../../src/data/load-file');
  vi.resetModules();
  vi.unstubAllGlobals();
});

describe('fetchDataFile', () => {
  it('reads a file with the reading code once its chunk has arrived', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('[]', { status: 200 }))),
    );
    const { fetchDataFile } = await import('../../../src/data/data-queries');
    await expect(fetchDataFile('tallies')).resolves.toEqual({
      records: [],
      leftOut: [],
      positions: [],
    });
  });

  it('names the file, and asks for a reload, when the reading code fails to arrive', async () => {
    vi.doMock('../../../src/data/load-file', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { fetchDataFile } = await import('../../../src/data/data-queries');
    const failure = await fetchDataFile('events').catch((e: unknown) => e);
    // A class of the freshly imported modules: same name and fields as the one above.
    expect(failure).toMatchObject({
      name: DataFileError.name,
      file: 'events.json',
      transient: false,
      problems: [{ file: 'events.json', message: expect.stringMatching(/reload the page/) }],
    });
  });
});
