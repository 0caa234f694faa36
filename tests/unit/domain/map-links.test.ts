import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../fixtures/make-event';
import { makeVenue } from '../../fixtures/make-venue';
import type { EventRecord, Venue } from '../../../src/data/schemas';
import { buildEventIndex } from '../../../src/domain/event-index';
import { exchangeLinkOf, joinNames } from '../../../src/domain/map-links';

const ev = (id: string, fields: Partial<EventRecord> = {}) =>
  makeEvent(id, { title: `Title of ${id}`, ...fields });

const venue = (id: string, name: string, kind: Venue['kind'], lat: number, lon: number) =>
  makeVenue(id, { name, kind, lat, lon });

const venues = new Map(
  [
    venue('geneva', 'Geneva', 'talks', 46, 6),
    venue('istanbul', 'Istanbul', 'talks', 41, 29),
    venue('belarus', 'Belarus', 'handover', 53, 28),
    venue('hospital', 'Hospital', 'reception', 51, 32),
  ].map((v) => [v.id, v]),
);

const index = buildEventIndex([
  ev('talks-geneva', { type: 'talks', venueIds: ['geneva'] }),
  ev('talks-istanbul', { type: 'talks', venueIds: ['istanbul'] }),
  ev('deal', { type: 'agreement', talksId: 'talks-geneva' }),
  ev('stage-1', { agreementId: 'deal', venueIds: ['belarus', 'hospital'] }),
  ev('stage-2', { agreementId: 'deal', status: 'expected' }),
  ev('received-only', { agreementId: 'deal', venueIds: ['hospital'] }),
  ev('no-deal', { venueIds: ['belarus'] }),
  ev('bare', {}),
  ev('two-talks', {
    talksId: 'talks-istanbul',
    agreementId: 'deal',
    venueIds: ['belarus', 'geneva'],
  }),
]);

describe('exchangeLinkOf', () => {
  it('links where the deal was agreed to the handover point, preferring handovers over receptions', () => {
    const link = exchangeLinkOf(index, venues, 'stage-1');
    expect(link?.agreedAt.map((v) => v.id)).toEqual(['geneva']);
    expect(link?.handedOverAt.map((v) => v.id)).toEqual(['belarus']);
    expect(link?.segments).toEqual([
      [
        [46, 6],
        [53, 28],
      ],
    ]);
    expect(link?.description).toBe('Agreed in Geneva → handed over in Belarus');
    expect(link?.title).toBe('Title of stage-1');
  });

  it('falls back to the exchange’s other places when none is a handover point', () => {
    expect(exchangeLinkOf(index, venues, 'received-only')?.handedOverAt.map((v) => v.id)).toEqual([
      'hospital',
    ]);
  });

  it('says which end is missing and draws nothing then', () => {
    const expected = exchangeLinkOf(index, venues, 'stage-2');
    expect(expected?.segments).toEqual([]);
    expect(expected?.description).toBe(
      'Agreed in Geneva; where the people were handed over is not recorded',
    );
    expect(exchangeLinkOf(index, venues, 'no-deal')?.description).toBe(
      'Handed over in Belarus; where the deal was agreed is not recorded',
    );
    expect(exchangeLinkOf(index, venues, 'bare')?.description).toMatch(/^Neither/);
  });

  it('draws one segment per agreed place and never from a talks venue to itself', () => {
    const link = exchangeLinkOf(index, venues, 'two-talks');
    expect(link?.agreedAt.map((v) => v.name).sort()).toEqual(['Geneva', 'Istanbul']);
    expect(link?.handedOverAt.map((v) => v.id)).toEqual(['belarus']);
    expect(link?.segments).toHaveLength(2);
    expect(link?.description).toMatch(
      /^Agreed in (Geneva and Istanbul|Istanbul and Geneva) → handed over in Belarus$/,
    );
  });

  it('never ends the line at the talks venue itself when no handover point is recorded', () => {
    const heldAtTalks = buildEventIndex([
      ev('talks-geneva', { type: 'talks', venueIds: ['geneva'] }),
      ev('swap', { talksId: 'talks-geneva', venueIds: ['geneva', 'hospital'] }),
    ]);
    const link = exchangeLinkOf(heldAtTalks, venues, 'swap');
    expect(link?.handedOverAt.map((v) => v.id)).toEqual(['hospital']);
    expect(link?.description).toBe('Agreed in Geneva → handed over in Hospital');
  });

  it('has no link for nothing selected, an unknown id, or an event that is not an exchange', () => {
    expect(exchangeLinkOf(index, venues, null)).toBeNull();
    expect(exchangeLinkOf(index, venues, 'missing')).toBeNull();
    expect(exchangeLinkOf(index, venues, 'deal')).toBeNull();
    expect(exchangeLinkOf(index, venues, 'talks-geneva')).toBeNull();
  });

  it('skips venue ids that are not in the venues file', () => {
    const onlyBelarus = new Map([...venues].filter(([id]) => id === 'belarus'));
    const link = exchangeLinkOf(index, onlyBelarus, 'stage-1');
    expect(link?.agreedAt).toEqual([]);
    expect(link?.handedOverAt.map((v) => v.id)).toEqual(['belarus']);
  });
});

describe('joinNames', () => {
  it('reads as prose', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
