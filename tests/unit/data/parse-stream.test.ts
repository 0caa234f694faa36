import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseJsonRecords, parseJsonStreamInSlices } from '../../../src/data/parse-file';
import { RecordSplitter } from '../../../src/data/record-stream';
import { publicDataset } from '../../component/render-with-data';

const events = (publicDataset().events as unknown[]).slice(0, 30);

async function* piecesOf(text: string, cuts: number[]): AsyncGenerator<string> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    yield text.slice(from, cut);
    from = cut;
  }
  yield text.slice(from);
}

const pause = () => Promise.resolve();

// Text made of the characters that mean something to the splitter outside a string.
const tricky = fc
  .array(fc.constantFrom('"', '\\', '}', ']', '{', '[', ',', 'a', ' ', '\n', 'é'), {
    maxLength: 12,
  })
  .map((cs) => cs.join(''));

// Records as a file may hold them: valid, broken in their fields, or not records at all, with
// strings that hold the characters the splitter must not be fooled by.
const record = fc.oneof(
  fc.constantFrom(...events),
  fc.constantFrom(...events).map((e) => ({ ...(e as object), date: 42 })),
  fc.tuple(fc.constantFrom(...events), tricky).map(([e, title]) => ({ ...(e as object), title })),
  fc.constantFrom('not a record', 7, null, [], ['[', ']'], { nested: [{ deep: ',' }] }),
);

// The same records written in different ways, or a file that is not a usable array.
const fileText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(record, { maxLength: 12 })
      .chain((rs) =>
        fc.constantFrom(
          JSON.stringify(rs),
          JSON.stringify(rs, null, 2),
          ` \n${JSON.stringify(rs, null, '\t')}\n`,
        ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '[',
      '[]',
      ' [ ] ',
      '[1,]',
      '[,1]',
      '[1,,2]',
      '[1 2]',
      '[{"a":1}',
      '[{"a":1}]]',
      '[{"a":1}] x',
      '{"events": []}',
      '"text"',
      '[{"a":"unterminated]',
      '[{"a":1]}',
      '[}]',
      '\uFEFF[]',
    ),
  },
);

describe('parseJsonStreamInSlices', () => {
  it('answers exactly as parsing the whole text does, however the text arrives', async () => {
    await fc.assert(
      fc.asyncProperty(fileText, fc.array(fc.nat(), { maxLength: 12 }), async (text, cuts) => {
        const streamed = await parseJsonStreamInSlices('events', piecesOf(text, cuts), pause);
        expect(streamed).toEqual(parseJsonRecords('events', text));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes records while the file is still arriving', async () => {
    const text = JSON.stringify(events);
    const half = text.length >> 1;
    const decode = vi.spyOn(JSON, 'parse');
    let decodedBeforeTheEnd = 0;
    async function* arriving() {
      yield text.slice(0, half);
      decodedBeforeTheEnd = decode.mock.calls.length;
      yield text.slice(half);
    }
    const result = await parseJsonStreamInSlices('events', arriving(), pause);
    decode.mockRestore();
    expect(decodedBeforeTheEnd).toBeGreaterThan(0);
    expect(result).toEqual(parseJsonRecords('events', text));
  });
});

describe('RecordSplitter', () => {
  it('gives back every record of a well-formed array, whatever the pieces, and never gives up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 12 }),
        fc.constantFrom(0, 2, '\t'),
        fc.array(fc.nat(), { maxLength: 20 }),
        async (records, indent, cuts) => {
          const splitter = new RecordSplitter();
          const batches: string[] = [];
          for await (const piece of piecesOf(JSON.stringify(records, null, indent), cuts)) {
            const batch = splitter.push(piece);
            if (batch !== '') batches.push(batch);
          }
          expect(splitter.failed).toBe(false);
          expect(splitter.complete).toBe(true);
          expect(JSON.parse(`[${batches.join(',')}]`)).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives up on what is not one JSON array', () => {
    for (const text of ['{"a": 1}', '"text"', '[1] 2', '[1]]', '[1,,2]', '[1,]']) {
      const splitter = new RecordSplitter();
      splitter.push(text);
      expect(splitter.complete, text).toBe(false);
    }
  });
});
