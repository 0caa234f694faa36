import { makeEvent } from '../../fixtures/make-event';
import { makeVenue } from '../../fixtures/make-venue';
import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../src/data/schemas';
import { buildEventIndex } from '../../../src/domain/event-index';
import { markerRadius, venueTotals } from '../../../src/domain/venue-totals';

const ev = makeEvent;

const venue = (id: string, kind: Venue['kind']) => makeVenue(id, { kind });

const venues = [venue('geneva', 'talks'), venue('belarus', 'handover'), venue('empty', 'other')];
const index = buildEventIndex([
  ev('talks', { type: 'talks', venueIds: ['geneva'] }),
  ev('deal', {
    type: 'agreement',
    talksId: 'talks',
    toUkraine: { total: 500 },
    toRussia: { total: 500 },
  }),
  ev('s1', {
    agreementId: 'deal',
    venueIds: ['belarus'],
    toUkraine: { total: 200 },
    toRussia: { total: 200 },
  }),
  ev('s2', {
    agreementId: 'deal',
    status: 'expected',
    toUkraine: { total: 300 },
    toRussia: { total: 300 },
  }),
  ev('other', { venueIds: ['belarus', 'not-a-venue'], toUkraine: { total: 5 } }),
]);

// Computed inside each test, not at collection time, so that a mutation tester sees changed code.
const totalsById = (events = index.list) =>
  new Map(venueTotals(venues, events).map((t) => [t.venue.id, t]));

describe('venueTotals', () => {
  it('counts the talks, agreements and exchanges tied to a place through its deals', () => {
    const g = totalsById().get('geneva');
    expect(g).toMatchObject({
      talks: 1,
      agreements: 1,
      exchanges: 2,
      peopleConfirmed: 400,
      peopleExpected: 600,
    });
    // Same day everywhere, so the index orders by id.
    expect(g?.events).toBe(4);
  });

  it('counts only the exchanges handed over at a place, both sides, unknown sides as zero', () => {
    expect(totalsById().get('belarus')).toMatchObject({
      talks: 0,
      agreements: 0,
      exchanges: 2,
      peopleConfirmed: 405,
      peopleExpected: 0,
    });
  });

  it('keeps places with nothing, with zeros, and ignores unknown venue ids', () => {
    const totals = totalsById();
    expect(totals.get('empty')).toEqual({
      venue: venues[2],
      talks: 0,
      agreements: 0,
      exchanges: 0,
      peopleConfirmed: 0,
      peopleExpected: 0,
      events: 0,
    });
    expect(totals.has('not-a-venue')).toBe(false);
    expect(totals.get('belarus')?.events).toBe(2);
  });

  it('lists every place once, in the order given', () => {
    expect(venueTotals(venues, index.list).map((t) => t.venue.id)).toEqual([
      'geneva',
      'belarus',
      'empty',
    ]);
    expect(venueTotals([...venues].reverse(), []).map((t) => t.venue.id)).toEqual([
      'empty',
      'belarus',
      'geneva',
    ]);
  });

  it('does not count a repatriation of bodies as an exchange of people at a place', () => {
    const bodies = buildEventIndex([
      ev('remains', { returnKind: 'bodies', venueIds: ['belarus'], toUkraine: { total: 900 } }),
    ]);
    expect(totalsById(bodies.list).get('belarus')).toMatchObject({
      exchanges: 0,
      peopleConfirmed: 0,
      peopleExpected: 0,
      events: 1,
    });
  });

  it('counts an expected exchange at its handover point as expected people', () => {
    const expectedHere = buildEventIndex([
      ev('planned', {
        status: 'expected',
        venueIds: ['belarus'],
        toUkraine: { total: 30 },
        toRussia: { total: 12 },
      }),
    ]);
    expect(totalsById(expectedHere.list).get('belarus')).toMatchObject({
      exchanges: 1,
      peopleConfirmed: 0,
      peopleExpected: 42,
      events: 1,
    });
  });

  it('reflects the filtered events only', () => {
    const onlyTalks = index.list.filter((p) => p.event.type === 'talks');
    expect(venueTotals(venues, onlyTalks).find((t) => t.venue.id === 'belarus')?.events).toBe(0);
  });
});

describe('markerRadius', () => {
  it('has a floor for nothing, and for an empty map', () => {
    expect(markerRadius(0, 1000)).toBe(7);
    expect(markerRadius(50, 0)).toBe(7);
  });

  it('reaches the maximum at the largest place', () => {
    expect(markerRadius(1000, 1000)).toBe(26);
    expect(markerRadius(10, 10, 2, 12)).toBe(12);
  });

  it('grows the area, not the radius, in proportion to people', () => {
    const r = (p: number) => markerRadius(p, 400, 0, 20);
    expect(r(100)).toBeCloseTo(10);
    expect(r(400) / r(100)).toBeCloseTo(2);
    expect(markerRadius(100, 400)).toBeGreaterThan(7);
    expect(markerRadius(100, 400)).toBeLessThan(26);
  });
});
