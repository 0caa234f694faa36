import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/data/schemas';
import { spanOf } from '../../../src/domain/dates';
import { buildEventIndex } from '../../../src/domain/event-index';
import { makeEvent } from '../../fixtures/make-event';

// The index built plainly: every event's ancestors walked, one comparison sort by day then id.
function plainIndex(events: readonly EventRecord[]) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const parents = (e: EventRecord) => [e.agreementId, e.talksId].filter((p) => !!p) as string[];
  const ancestors = (e: EventRecord) => {
    const found: EventRecord[] = [];
    const seen = new Set([e.id]);
    const queue = parents(e);
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const parent = byId.get(id);
      if (!parent) continue;
      found.push(parent);
      queue.push(...parents(parent));
    }
    return found;
  };
  return events
    .map((event) => {
      const [first, last] = spanOf(event);
      const up = ancestors(event);
      const agreedAt = [...new Set(up.flatMap((a) => (a.type === 'talks' ? a.venueIds : [])))];
      return {
        id: event.id,
        first,
        last,
        agreedAt,
        dealVenues: [...new Set([...event.venueIds, ...agreedAt])],
        dealMediators: [...new Set([...event.mediators, ...up.flatMap((a) => a.mediators)])],
      };
    })
    .sort((a, b) => a.first - b.first || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const day = fc
  .integer({ min: 0, max: 20 })
  .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const dayAfter = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const names = (pool: string[]) => fc.array(fc.constantFrom(...pool), { maxLength: 3 });

describe('buildEventIndex prepares what the plain construction does', () => {
  it('for any events, deals (with cycles and dangling links), places and mediators', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            date: day,
            precision: fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<
              EventRecord['datePrecision']
            >,
            // A multi-day event ends some days after it starts.
            runs: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
            type: fc.constantFrom('talks', 'agreement', 'exchange') as fc.Arbitrary<
              EventRecord['type']
            >,
            venueIds: names(['geneva', 'istanbul', 'belarus']),
            mediators: names(['uae', 'turkey']),
            agreement: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
            talks: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
            // Where the event sits in the file: ids do not come in order.
            place: fc.integer(),
          }),
          { maxLength: 25 },
        ),
        (specs) => {
          const events = specs.map((s, i) =>
            makeEvent(`e${String(i).padStart(2, '0')}`, {
              date: s.date,
              datePrecision: s.precision,
              ...(s.runs === null ? {} : { endDate: dayAfter(s.date, s.runs) }),
              type: s.type,
              venueIds: s.venueIds,
              mediators: s.mediators,
              agreementId: s.agreement === null ? null : `e${String(s.agreement).padStart(2, '0')}`,
              talksId: s.talks === null ? null : `e${String(s.talks).padStart(2, '0')}`,
            }),
          );
          const places = new Map(events.map((e, i) => [e, specs[i]!.place]));
          events.sort((a, b) => places.get(a)! - places.get(b)!);
          const index = buildEventIndex(events);
          const expected = plainIndex(events);
          expect(
            index.list.map((p) => ({
              id: p.event.id,
              first: p.first,
              last: p.last,
              agreedAt: p.agreedAt,
              dealVenues: p.dealVenues,
              dealMediators: p.dealMediators,
            })),
          ).toEqual(expected);
          expect([...index.firstDays]).toEqual(expected.map((p) => p.first));
          expect(index.maxSpan).toBe(Math.max(0, ...expected.map((p) => p.last - p.first)));
          for (const p of index.list) expect(index.byId.get(p.event.id)).toBe(p);
          // A prepared event's lists are its own, not the record's.
          for (const p of index.list) expect(p.dealVenues).not.toBe(p.event.venueIds);
        },
      ),
      { numRuns: 400 },
    );
  });
});
