import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/event-index';
import { filterEvents } from '../../../src/domain/filter-events';
import { summarise } from '../../../src/domain/summary';
import { buildSummaryDays, summaryForRange } from '../../../src/domain/summary-by-day';
import { makeEvent } from '../../fixtures/make-event';

const day = fc
  .integer({ min: 0, max: 400 })
  .map((n) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10));

const headcount = fc.option(
  fc.integer({ min: 0, max: 5000 }).map((total) => ({ total })),
  { nil: undefined },
);

const event = fc.record({
  date: day,
  length: fc.constantFrom(0, 0, 0, 1, 5, 40),
  type: fc.constantFrom('exchange', 'exchange', 'exchange', 'talks', 'agreement') as fc.Arbitrary<
    'exchange' | 'talks' | 'agreement'
  >,
  returnKind: fc.constantFrom(undefined, 'swap', 'release', 'bodies') as fc.Arbitrary<
    'swap' | 'release' | 'bodies' | undefined
  >,
  status: fc.constantFrom('confirmed', 'expected') as fc.Arbitrary<'confirmed' | 'expected'>,
  toUkraine: headcount,
  toRussia: headcount,
  disputed: fc.boolean(),
});

const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('summaryForRange (running totals per day) gives what summarise gives', () => {
  it('for any events, kinds, statuses, spans and range, inverted ranges included', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        (specs, from, to) => {
          const events = specs.map((s, i) =>
            makeEvent(`e${i}`, {
              date: s.date,
              ...(s.length > 0 ? { endDate: plusDays(s.date, s.length) } : {}),
              type: s.type,
              status: s.status,
              ...(s.returnKind ? { returnKind: s.returnKind } : {}),
              ...(s.toUkraine ? { toUkraine: s.toUkraine } : {}),
              ...(s.toRussia ? { toRussia: s.toRussia } : {}),
              ...(s.disputed
                ? {
                    claims: [
                      {
                        counts: 'toUkraine' as const,
                        statedBy: 'Moscow',
                        party: 'russia' as const,
                        total: 1,
                        moreThan: false,
                        sourceId: 'src',
                        note: 'Moscow gave a lower figure.',
                      },
                    ],
                  }
                : {}),
            }),
          );
          const index = buildEventIndex(events);
          const expected = summarise(filterEvents(index, { from, to, venue: null }));
          expect(summaryForRange(buildSummaryDays(index), from, to)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts an exchange that began before the range and runs into it, once', () => {
    const index = buildEventIndex([
      makeEvent('before', { date: '2026-02-01', toUkraine: { total: 1000 } }),
      makeEvent('long', { date: '2026-03-01', endDate: '2026-03-10', toUkraine: { total: 100 } }),
      makeEvent('in', { date: '2026-03-05', toUkraine: { total: 10 } }),
      makeEvent('after', { date: '2026-03-20', toUkraine: { total: 5000 } }),
    ]);
    const s = summaryForRange(buildSummaryDays(index), '2026-03-05', '2026-03-19');
    expect(s.toUkraine.confirmed).toBe(110);
    expect(s.exchanges.confirmed).toBe(2);
  });
});
