import { makeEvent } from '../../fixtures/make-event';
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/event-index';
import { filterEvents, idsOf } from '../../../src/domain/filter-events';

const ev = makeEvent;

const index = buildEventIndex([
  ev('talks-geneva', {
    type: 'talks',
    venueIds: ['geneva'],
    date: '2026-02-01',
    datePrecision: 'month',
  }),
  ev('agreement-geneva', {
    type: 'agreement',
    talksId: 'talks-geneva',
    date: '2026-02-01',
    datePrecision: 'month',
  }),
  ev('stage-1', { agreementId: 'agreement-geneva', venueIds: ['belarus'], date: '2026-03-05' }),
  ev('stage-2', { agreementId: 'agreement-geneva', status: 'expected', date: '2026-03-06' }),
  ev('talks-abu-dhabi', {
    type: 'talks',
    venueIds: ['abu-dhabi'],
    date: '2026-02-04',
    endDate: '2026-02-05',
  }),
  ev('abu-dhabi-swap', { talksId: 'talks-abu-dhabi', venueIds: ['belarus'], date: '2026-02-05' }),
  ev('uae-2025', { venueIds: ['belarus'], date: '2025-02-05' }),
]);
const ids = (from: string | null, to: string | null, venue: string | null = null) =>
  filterEvents(index, { from, to, venue }).map((p) => p.event.id);

describe('filterEvents: date range', () => {
  it('keeps everything without a range, in date order', () => {
    expect(ids(null, null)).toEqual(index.list.map((p) => p.event.id));
    expect(ids(null, null)[0]).toBe('uae-2025');
  });

  it('keeps a month-precise event when the range touches any day of the month', () => {
    expect(ids('2026-02-27', '2026-02-27')).toEqual(['agreement-geneva', 'talks-geneva']);
    expect(ids(null, '2026-02-01')).toContain('talks-geneva');
    expect(ids('2026-03-01', null)).toEqual(['stage-1', 'stage-2']);
  });

  it('keeps a multi-day event when the range touches its last day', () => {
    expect(ids('2026-02-05', '2026-02-05')).toEqual([
      'agreement-geneva',
      'talks-geneva',
      'talks-abu-dhabi',
      'abu-dhabi-swap',
    ]);
    expect(ids('2026-02-06', '2026-02-10')).not.toContain('talks-abu-dhabi');
  });

  it('drops events outside the range', () => {
    expect(ids('2026-01-01', null)).not.toContain('uae-2025');
    expect(ids(null, '2025-12-31')).toEqual(['uae-2025']);
  });
});

describe('filterEvents: venue scope', () => {
  it('keeps what was held there and what was carried out under deals agreed there', () => {
    expect(ids(null, null, 'geneva')).toEqual([
      'agreement-geneva',
      'talks-geneva',
      'stage-1',
      'stage-2',
    ]);
    expect(ids(null, null, 'abu-dhabi')).toEqual(['talks-abu-dhabi', 'abu-dhabi-swap']);
  });

  it('keeps a handover place with every exchange routed through it', () => {
    expect(ids(null, null, 'belarus')).toEqual(['uae-2025', 'abu-dhabi-swap', 'stage-1']);
  });

  it('combines venue and range', () => {
    expect(ids('2026-03-06', null, 'geneva')).toEqual(['stage-2']);
    expect(ids(null, null, 'nowhere')).toEqual([]);
  });
});

describe('idsOf', () => {
  it('collects the ids', () => {
    expect(idsOf(filterEvents(index, { from: '2026-03-01', to: null, venue: null }))).toEqual(
      new Set(['stage-1', 'stage-2']),
    );
  });
});

describe('filterEvents: mediator', () => {
  it('keeps the events a mediator took part in, or whose deal it mediated', () => {
    const mediated = buildEventIndex([
      ev('talks', { type: 'talks', mediators: ['uae'] }),
      ev('deal', { type: 'agreement', talksId: 'talks' }),
      ev('swap', { agreementId: 'deal' }),
      ev('other', { mediators: ['turkey'] }),
      ev('none', {}),
    ]);
    const kept = (mediator: string | null) =>
      filterEvents(mediated, { from: null, to: null, venue: null, mediator }).map(
        (p) => p.event.id,
      );
    expect(kept('uae')).toEqual(['deal', 'swap', 'talks']);
    expect(kept('turkey')).toEqual(['other']);
    expect(kept(null)).toHaveLength(5);
  });
});
