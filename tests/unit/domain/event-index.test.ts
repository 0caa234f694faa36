import { makeEvent } from '../../fixtures/make-event';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/domain/dates';
import { buildEventIndex, eventFamily } from '../../../src/domain/event-index';

const ev = makeEvent;

const talks = ev('talks-geneva', {
  type: 'talks',
  venueIds: ['geneva'],
  date: '2026-02-01',
  datePrecision: 'month',
});
const agreement = ev('agreement-geneva', {
  type: 'agreement',
  talksId: 'talks-geneva',
  date: '2026-02-01',
  datePrecision: 'month',
});
const stage1 = ev('stage-1', {
  agreementId: 'agreement-geneva',
  venueIds: ['belarus'],
  date: '2026-03-05',
  stage: 1,
});
const stage2 = ev('stage-2', {
  agreementId: 'agreement-geneva',
  status: 'expected',
  date: '2026-03-06',
  stage: 2,
});
const direct = ev('direct', { talksId: 'talks-geneva', agreementId: null, date: '2026-03-01' });
const lone = ev('lone', { venueIds: ['uae'], date: '2025-02-05' });

// Indexes are built inside each test, not at collection time, so a mutation tester sees changed code.
const shuffled = () => buildEventIndex([stage2, stage1, lone, direct, agreement, talks]);
const inOrder = () => buildEventIndex([talks, agreement, stage1, stage2, direct, lone]);

describe('buildEventIndex', () => {
  it('sorts by first day, then id', () => {
    const index = shuffled();
    expect(index.list.map((p) => p.event.id)).toEqual([
      'lone',
      'agreement-geneva',
      'talks-geneva',
      'direct',
      'stage-1',
      'stage-2',
    ]);
  });

  it('precomputes spans honest about precision', () => {
    const index = shuffled();
    const p = index.byId.get('talks-geneva');
    expect(p?.first).toBe(dayNumber('2026-02-01'));
    expect(p?.last).toBe(dayNumber('2026-02-28'));
  });

  it('finds the deal venues through agreement → talks', () => {
    const index = shuffled();
    expect(index.byId.get('stage-1')?.agreedAt).toEqual(['geneva']);
    expect(index.byId.get('stage-1')?.dealVenues.sort()).toEqual(['belarus', 'geneva']);
    expect(index.byId.get('stage-2')?.dealVenues).toEqual(['geneva']);
    expect(index.byId.get('agreement-geneva')?.dealVenues).toEqual(['geneva']);
    expect(index.byId.get('direct')?.dealVenues).toEqual(['geneva']);
    expect(index.byId.get('talks-geneva')?.agreedAt).toEqual([]);
    expect(index.byId.get('lone')?.dealVenues).toEqual(['uae']);
  });

  it('links parents to children in date order', () => {
    const index = shuffled();
    expect(index.children.get('agreement-geneva')).toEqual(['stage-1', 'stage-2']);
    expect(index.children.get('talks-geneva')).toEqual(['agreement-geneva', 'direct']);
    expect(index.children.has('lone')).toBe(false);
  });

  it('remembers each first day and the longest span, so range searches know how far to look back', () => {
    const index = shuffled();
    expect(Array.from(index.firstDays)).toEqual(index.list.map((p) => p.first));
    // The month-precise talks and agreement run 1–28 February.
    expect(index.maxSpan).toBe(27);
    expect(buildEventIndex([lone, stage1]).maxSpan).toBe(0);
  });

  it('orders events of the same day by id, whatever order they come in', () => {
    const sameDay = ['c', 'a', 'b'].map((id) => ev(id, { date: '2026-04-01' }));
    expect(buildEventIndex(sameDay).list.map((p) => p.event.id)).toEqual(['a', 'b', 'c']);
    expect(buildEventIndex([...sameDay].reverse()).list.map((p) => p.event.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('gathers the mediators of an event and of the deal and talks behind it, once each', () => {
    const index = buildEventIndex([
      ev('talks', { type: 'talks', mediators: ['turkey'] }),
      ev('deal', { type: 'agreement', talksId: 'talks', mediators: ['uae', 'turkey'] }),
      ev('swap', { agreementId: 'deal', mediators: ['uae'] }),
      ev('plain', {}),
    ]);
    expect(index.byId.get('swap')?.dealMediators).toEqual(['uae', 'turkey']);
    expect(index.byId.get('talks')?.dealMediators).toEqual(['turkey']);
    expect(index.byId.get('plain')?.dealMediators).toEqual([]);
  });

  it('ignores links to events that do not exist', () => {
    const orphan = buildEventIndex([ev('orphan', { agreementId: 'nowhere', venueIds: ['x'] })]);
    expect(orphan.byId.get('orphan')?.dealVenues).toEqual(['x']);
  });

  it('survives cyclic links', () => {
    const a = ev('a', { type: 'agreement', talksId: 'b', venueIds: ['va'] });
    const b = ev('b', { type: 'talks', agreementId: 'a', talksId: 'b', venueIds: ['vb'] });
    const cyclic = buildEventIndex([a, b]);
    expect(cyclic.byId.get('a')?.agreedAt).toEqual(['vb']);
    expect(cyclic.byId.get('b')?.agreedAt).toEqual([]);
    expect(eventFamily(cyclic, 'a')).toEqual(new Set(['a', 'b']));
  });
});

describe('eventFamily', () => {
  it('gathers everything that follows from talks', () => {
    const index = inOrder();
    expect(eventFamily(index, 'talks-geneva')).toEqual(
      new Set(['talks-geneva', 'agreement-geneva', 'stage-1', 'stage-2', 'direct']),
    );
  });

  it('stops at the event itself when nothing follows', () => {
    const index = inOrder();
    expect(eventFamily(index, 'stage-1')).toEqual(new Set(['stage-1']));
    expect(eventFamily(index, 'agreement-geneva')).toEqual(
      new Set(['agreement-geneva', 'stage-1', 'stage-2']),
    );
  });

  it('still names an unknown id', () => {
    const index = inOrder();
    expect(eventFamily(index, 'unknown')).toEqual(new Set(['unknown']));
  });
});
