import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerRadii, peopleOf } from '../../../src/domain/map-places';
import { rankPlaces } from '../../../src/domain/map-place-rank';
import { markerRadiusPx, niceFloor, sizeLegend } from '../../../src/domain/map-size-legend';
import type { VenueTotals } from '../../../src/domain/venue-totals';
import { makeVenue } from '../../fixtures/make-venue';

function totals(id: string, people: number, events = 1, name = id): VenueTotals {
  return {
    venue: makeVenue(id, { name }),
    talks: 0,
    agreements: 0,
    exchanges: events,
    peopleConfirmed: people,
    peopleExpected: 0,
    events,
  };
}

describe('niceFloor', () => {
  it('is the largest 1, 2 or 5 × 10ⁿ not above n', () => {
    expect([1, 7, 19, 20, 999, 1000, 6342, 0.5, 0].map(niceFloor)).toEqual([
      1, 5, 10, 20, 500, 1000, 5000, 0, 0,
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), (n) => {
        const nice = niceFloor(n);
        expect(nice).toBeLessThanOrEqual(n);
        expect(nice * 2.5).toBeGreaterThan(n);
        expect(String(nice)).toMatch(/^[125]0*$/);
      }),
    );
  });
});

describe('sizeLegend', () => {
  it('gives round numbers at the very radii the markers get', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20000 }), { maxLength: 12 }), (people) => {
        const list = people.map((p, i) => totals(`v${i}`, p));
        const steps = sizeLegend(list);
        const max = Math.max(0, ...people);
        for (const step of steps) {
          expect(step.people).toBeLessThanOrEqual(max);
          // A marker of exactly this many people, among the same places, gets this radius.
          const probe = markerRadii([...list, totals('probe', step.people)]).get('probe');
          expect(step.radius).toBe(probe);
        }
        // Largest first, each visibly smaller than the one before.
        for (let i = 1; i < steps.length; i++) {
          expect(steps[i - 1]!.radius - steps[i]!.radius).toBeGreaterThanOrEqual(3);
        }
        expect(steps.length).toBeLessThanOrEqual(3);
        if (max === 0) expect(steps).toEqual([]);
      }),
    );
  });

  it('reads 5,000 / 1,000 / 100 for the curated data’s largest place (6,342 people)', () => {
    const steps = sizeLegend([totals('belarus', 6342), totals('kyiv', 10)]);
    expect(steps.map((s) => s.people)).toEqual([5000, 1000, 100]);
    expect(steps.map((s) => s.radius)).toEqual(
      [5000, 1000, 100].map((p) => markerRadiusPx(p, 6342)),
    );
  });
});

describe('rankPlaces', () => {
  it('puts the most people first, then the most events, then the name', () => {
    const ranks = rankPlaces([
      totals('c', 10, 5, 'Charlie'),
      totals('a', 500, 1, 'Alpha'),
      totals('b', 10, 5, 'Bravo'),
      totals('d', 10, 9, 'Delta'),
    ]);
    expect([...ranks.entries()].sort((x, y) => x[1] - y[1]).map(([id]) => id)).toEqual([
      'a',
      'd',
      'b',
      'c',
    ]);
  });

  it('is a ranking 0…n−1 that never puts fewer people ahead of more', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 4 })), {
          maxLength: 15,
        }),
        (rows) => {
          const list = rows.map(([p, e], i) => totals(`v${i}`, p, e));
          const ranks = rankPlaces(list);
          expect([...ranks.values()].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
          for (const a of list) {
            for (const b of list) {
              if (peopleOf(a) > peopleOf(b)) {
                expect(ranks.get(a.venue.id)!).toBeLessThan(ranks.get(b.venue.id)!);
              }
            }
          }
        },
      ),
    );
  });
});
