import { makeEvent } from '../../fixtures/make-event';
import { makeVenue } from '../../fixtures/make-venue';
import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../src/data/schemas';
import { buildEventIndex } from '../../../src/domain/event-index';
import {
  dealVenueIds,
  formatPeople,
  kindLabels,
  markerRadii,
  peopleOf,
  precisionNotes,
  venueKinds,
} from '../../../src/domain/map-places';
import { venueTotals } from '../../../src/domain/venue-totals';

const ev = makeEvent;

const venue = (id: string, kind: Venue['kind']) => makeVenue(id, { kind });

const venues = [
  venue('geneva', 'talks'),
  venue('belarus', 'handover'),
  venue('hospital', 'reception'),
  venue('empty', 'other'),
];
const index = buildEventIndex([
  ev('talks', { type: 'talks', venueIds: ['geneva'] }),
  ev('deal', { type: 'agreement', talksId: 'talks' }),
  ev('stage-1', {
    agreementId: 'deal',
    venueIds: ['belarus'],
    toUkraine: { total: 200 },
    toRussia: { total: 200 },
  }),
  ev('stage-2', {
    agreementId: 'deal',
    status: 'expected',
    toUkraine: { total: 300 },
    toRussia: { total: 300 },
  }),
  ev('small', { venueIds: ['hospital'], toUkraine: { total: 4 }, toRussia: { total: 0 } }),
]);

// Computed inside each test, not at collection time, so a mutation tester sees changed code.
const radiiOf = () => markerRadii(venueTotals(venues, index.list));

describe('markerRadii', () => {
  it('gives the place with most people the largest marker and places with none the smallest', () => {
    const radii = radiiOf();
    expect(radii.get('geneva')).toBe(26);
    expect(radii.get('belarus')).toBe(19); // 400 of 1,000 people: area, not radius, is proportional
    expect(radii.get('empty')).toBe(7);
    expect(radii.get('hospital')).toBeGreaterThan(7);
    expect(radii.get('hospital')).toBeLessThan(radii.get('belarus') ?? 0);
  });

  it('rounds to whole pixels so equal places share equal icons', () => {
    for (const r of radiiOf().values()) expect(Number.isInteger(r)).toBe(true);
  });

  it('keeps every marker at the floor when nobody was exchanged', () => {
    const none = markerRadii(venueTotals(venues, []));
    expect([...none.values()]).toEqual([7, 7, 7, 7]);
  });
});

describe('dealVenueIds', () => {
  it('is the hovered exchange’s places plus where its deal was agreed', () => {
    expect([...dealVenueIds(index, 'stage-1')].sort()).toEqual(['belarus', 'geneva']);
    expect([...dealVenueIds(index, 'stage-2')]).toEqual(['geneva']);
  });

  it('is empty when nothing is hovered or the id is unknown', () => {
    expect(dealVenueIds(index, null).size).toBe(0);
    expect(dealVenueIds(index, 'missing').size).toBe(0);
  });
});

describe('words', () => {
  it('counts people with units and thousands separators', () => {
    expect(formatPeople(0)).toBe('0 people');
    expect(formatPeople(1)).toBe('1 person');
    expect(formatPeople(1000)).toBe('1,000 people');
  });

  it('adds confirmed and expected people', () => {
    expect(peopleOf({ peopleConfirmed: 400, peopleExpected: 600 })).toBe(1000);
  });

  it('labels every kind and precision', () => {
    expect(venueKinds.map((k) => kindLabels[k])).toEqual([
      'Talks venue',
      'Handover point',
      'Reception',
      'Other place',
    ]);
    expect(precisionNotes.country).toMatch(/country's centre/);
    expect(precisionNotes.exact).toMatch(/exact place/);
  });
});
