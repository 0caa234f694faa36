import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../fixtures/make-event';
import { buildEventIndex } from '../../../src/domain/event-index';
import { yearGroups } from '../../../src/domain/year-groups';

describe('yearGroups', () => {
  it('counts each year’s events by kind, and the people confirmed returned to Ukraine', () => {
    const events = buildEventIndex([
      makeEvent('t', { type: 'talks', date: '2024-03-01' }),
      makeEvent('s1', { date: '2024-05-01', toUkraine: { total: 100 } }),
      makeEvent('r1', { date: '2024-06-01', returnKind: 'release', toUkraine: { total: 7 } }),
      makeEvent('b1', { date: '2024-07-01', returnKind: 'bodies', toUkraine: { total: 500 } }),
      makeEvent('e1', { date: '2025-01-10', status: 'expected', toUkraine: { total: 300 } }),
      makeEvent('s2', { date: '2025-02-10', toRussia: { total: 50 } }),
      makeEvent('deal', { type: 'agreement', date: '2025-03-01' }),
    ]).list;
    expect([...yearGroups(events).values()]).toEqual([
      { year: '2024', events: 4, swaps: 1, releases: 1, bodies: 1, toUkraine: 107 },
      { year: '2025', events: 3, swaps: 2, releases: 0, bodies: 0, toUkraine: 0 },
    ]);
    expect([...yearGroups(events).keys()]).toEqual(['2024', '2025']);
    expect(yearGroups([]).size).toBe(0);
  });
});

describe('yearGroups for some years only', () => {
  const list = buildEventIndex(
    ['2022-03-01', '2023-01-01', '2023-12-31', '2024-01-01', '2024-06-01', '2025-02-02'].map(
      (date, i) => makeEvent(`e${i}`, { date, toUkraine: { total: i + 1 } }),
    ),
  ).list;

  it('counts just the years asked for, as the whole count would', () => {
    const all = yearGroups(list);
    const some = yearGroups(list, ['2024', '2023', '2024']);
    expect([...some.keys()]).toEqual(['2023', '2024']);
    expect(some.get('2023')).toEqual(all.get('2023'));
    expect(some.get('2024')).toEqual(all.get('2024'));
  });

  it('has nothing for a year with no events, or for no years', () => {
    expect(yearGroups(list, ['2030']).size).toBe(0);
    expect(yearGroups(list, []).size).toBe(0);
  });
});
