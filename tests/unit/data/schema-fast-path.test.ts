import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dataFileNames } from '../../../src/data/file-names';
import { fileSchemas } from '../../../src/data/schemas';
import type { DataFileName } from '../../../src/data/file-names';
import { notSure, validInOnePass } from '../../../src/data/schema-fast-path';

const curated = (name: DataFileName): unknown[] =>
  JSON.parse(
    readFileSync(join(__dirname, '../../../public/data', `${name}.json`), 'utf8'),
  ) as unknown[];

/** What zod gives, as JSON text: equal texts mean equal values with keys in the same order. */
const zodSays = (name: DataFileName, value: unknown) => {
  const result = fileSchemas[name].safeParse(value);
  return result.success ? JSON.stringify(result.data) : null;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place inside a value: the path of keys and indices to it. */
function pathsIn(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsIn(v, [...path, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...path, k]))];
  return here;
}

type Change =
  | { kind: 'set'; value: Json }
  | { kind: 'delete' }
  | { kind: 'add'; key: string }
  | { kind: 'reverse' };

/** A copy of the record with one change at a path. */
function changed(record: Json, path: (string | number)[], change: Change): Json {
  const copy = structuredClone(record);
  if (path.length === 0) return change.kind === 'set' ? change.value : copy;
  const reversed = (value: Json): Json =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).reverse())
      : value;
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string, Json>)[step]!;
  const last = path[path.length - 1]!;
  const holder = parent as Record<string | number, Json>;
  if (change.kind === 'set') holder[last] = change.value;
  else if (change.kind === 'reverse') holder[last] = reversed(holder[last]!);
  else if (change.kind === 'delete') {
    if (Array.isArray(holder)) holder.splice(Number(last), 1);
    else delete holder[last];
  } else {
    const target = holder[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      target[change.key] = 'extra';
  }
  return copy;
}

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.constantFrom<Json>(
      '',
      'x',
      'not-a-date',
      '2026-02-30',
      -1,
      0,
      1.5,
      1e21,
      null,
      [],
      {},
      true,
    ),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'reverse' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom('extra', 'id', 'toString') }),
);

describe('the schemas fast path', () => {
  it.each(dataFileNames)(
    'gives zod’s result for the curated %s file, keys in the same order',
    (name) => {
      const json = curated(name);
      const fast = validInOnePass(fileSchemas[name], json);
      expect(fast).not.toBe(notSure);
      expect(JSON.stringify(fast)).toBe(zodSays(name, json));
    },
  );

  it('never calls a record valid that zod refuses, and takes every record zod takes', () => {
    const files = dataFileNames.map((name) => ({ name, records: curated(name) as Json[] }));
    const pick = fc
      .constantFrom(...files.filter((f) => f.records.length > 0))
      .chain(({ name, records }) =>
        fc.nat({ max: records.length - 1 }).chain((at) => {
          const record = records[at]!;
          const paths = pathsIn(record);
          return fc.record({
            name: fc.constant(name),
            record: fc.constant(record),
            path: fc.constantFrom(...paths),
            change,
          });
        }),
      );
    fc.assert(
      fc.property(pick, ({ name, record, path, change }) => {
        const file = [changed(record, path, change)];
        const fast = validInOnePass(fileSchemas[name], file);
        const zod = zodSays(name, file);
        if (fast === notSure) expect(zod).toBeNull();
        else expect(JSON.stringify(fast)).toBe(zod);
      }),
      { numRuns: 3000 },
    );
  });

  it('sends numbers JSON cannot hold (a record built in code) to zod', () => {
    const [tally] = curated('tallies') as Record<string, unknown>[];
    for (const figure of [Infinity, NaN])
      expect(validInOnePass(fileSchemas.tallies, [{ ...tally, figure }])).toBe(notSure);
    expect(validInOnePass(fileSchemas.tallies, [tally])).not.toBe(notSure);
  });

  it('fills a default and puts keys in the shape’s order, as zod does', () => {
    const [event] = curated('events') as Record<string, unknown>[];
    const { inferred: _, ...rest } = event!;
    const shuffled = Object.fromEntries(Object.entries(rest).reverse());
    const [out] = validInOnePass(fileSchemas.events, [shuffled]) as Record<string, unknown>[];
    expect(out!.inferred).toEqual([]);
    expect(JSON.stringify(out)).toBe(JSON.stringify(fileSchemas.events.parse([shuffled])[0]));
    expect(Object.keys(out!)[0]).toBe('id');
  });

  it('gives zod’s answer for schema kinds the data files do not use', () => {
    const cases: [z.ZodMiniType, unknown][] = [
      [z.strictObject({ a: z.exactOptional(z.string()) }), { a: undefined }],
      [z.strictObject({ a: z.exactOptional(z.string()) }), {}],
      [
        z.strictObject({ a: z._default(z.optional(z.string()), undefined as unknown as string) }),
        {},
      ],
      [z.object({ a: z.string() }), { a: 'x', extra: 1 }],
      [z.strictObject({ a: z.nullable(z.optional(z.number())) }), { a: null }],
    ];
    for (const [schema, value] of cases) {
      const fast = validInOnePass(schema, value);
      const zod = schema.safeParse(value);
      if (fast === notSure) continue;
      expect(zod.success).toBe(true);
      expect(Object.keys(fast as object)).toEqual(Object.keys(zod.data as object));
      expect(fast).toEqual(zod.data);
    }
  });

  it('leaves the records it was given as they were', () => {
    const json = curated('events');
    const before = JSON.stringify(json);
    validInOnePass(fileSchemas.events, json);
    expect(JSON.stringify(json)).toBe(before);
  });
});
