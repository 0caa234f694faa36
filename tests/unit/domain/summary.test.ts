import { makeEvent } from '../../fixtures/make-event';
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/event-index';
import { summarise } from '../../../src/domain/summary';

const ev = makeEvent;

describe('summarise', () => {
  it('is all zeros for nothing', () => {
    expect(summarise([])).toEqual({
      toUkraine: { confirmed: 0, expected: 0 },
      toRussia: { confirmed: 0, expected: 0 },
      exchanges: { confirmed: 0, expected: 0 },
      releases: 0,
      exchangesWithUnknownSize: 0,
      unreported: { toUkraine: 0, toRussia: 0 },
      bodies: { handovers: 0, toUkraine: 0, toRussia: 0 },
      disputed: 0,
    });
  });

  it('adds confirmed and expected apart, per side, over exchanges only', () => {
    const index = buildEventIndex([
      ev('a', { toUkraine: { total: 200 }, toRussia: { total: 190, soldiers: 190 } }),
      ev('b', { status: 'expected', toUkraine: { total: 300 }, toRussia: { total: 300 } }),
      ev('c', { toUkraine: { total: 10, soldiers: 4, civilians: 6 } }),
      ev('deal', { type: 'agreement', toUkraine: { total: 1000 }, toRussia: { total: 1000 } }),
      ev('talks', { type: 'talks' }),
    ]);
    expect(summarise(index.list)).toEqual({
      toUkraine: { confirmed: 210, expected: 300 },
      toRussia: { confirmed: 190, expected: 300 },
      exchanges: { confirmed: 2, expected: 1 },
      releases: 0,
      exchangesWithUnknownSize: 0,
      unreported: { toUkraine: 0, toRussia: 1 },
      bodies: { handovers: 0, toUkraine: 0, toRussia: 0 },
      disputed: 0,
    });
  });

  it('never counts bodies as people returned, and counts releases and disputed figures', () => {
    const index = buildEventIndex([
      ev('swap', {
        toUkraine: { total: 189 },
        toRussia: { total: 150 },
        claims: [
          {
            counts: 'toUkraine',
            statedBy: 'Moscow',
            party: 'russia',
            total: 150,
            moreThan: false,
            sourceId: 'src',
            note: 'Moscow: 150 each way',
          },
        ],
      }),
      ev('release', { returnKind: 'release', toUkraine: { total: 10 } }),
      ev('bodies', { returnKind: 'bodies', toUkraine: { total: 757 }, toRussia: { total: 34 } }),
      ev('bodies-expected', { returnKind: 'bodies', status: 'expected', toUkraine: { total: 1 } }),
    ]);
    expect(summarise(index.list)).toEqual({
      toUkraine: { confirmed: 199, expected: 0 },
      toRussia: { confirmed: 150, expected: 0 },
      exchanges: { confirmed: 2, expected: 0 },
      releases: 1,
      exchangesWithUnknownSize: 0,
      unreported: { toUkraine: 0, toRussia: 0 },
      bodies: { handovers: 1, toUkraine: 757, toRussia: 34 },
      disputed: 1,
    });
  });

  it('counts exchanges of unknown size without adding to the totals', () => {
    const index = buildEventIndex([
      ev('known', { toUkraine: { total: 390 }, toRussia: { total: 390 } }),
      ev('unknown-1', { status: 'expected' }),
      ev('unknown-2'),
      ev('talks', { type: 'talks' }),
    ]);
    const s = summarise(index.list);
    expect(s.exchanges).toEqual({ confirmed: 2, expected: 1 });
    expect(s.exchangesWithUnknownSize).toBe(2);
    expect(s.toUkraine).toEqual({ confirmed: 390, expected: 0 });
  });

  it('counts releases and disputed figures among confirmed exchanges only', () => {
    const index = buildEventIndex([
      ev('planned-release', { status: 'expected', returnKind: 'release', toUkraine: { total: 3 } }),
      ev('planned-disputed', {
        status: 'expected',
        toUkraine: { total: 10 },
        claims: [
          {
            counts: 'toUkraine',
            statedBy: 'A ministry',
            party: 'russia',
            total: 8,
            moreThan: false,
            sourceId: 'src',
            note: 'says eight',
          },
        ],
      }),
    ]);
    const s = summarise(index.list);
    expect(s.exchanges).toEqual({ confirmed: 0, expected: 2 });
    expect([s.releases, s.disputed]).toEqual([0, 0]);
  });

  it('counts, per side, the confirmed exchanges whose sources give no figure for it', () => {
    const index = buildEventIndex([
      ev('both', { toUkraine: { total: 100 }, toRussia: { total: 100 } }),
      ev('ukraine-only', { toUkraine: { total: 50 } }),
      ev('none'),
      // A one-way release returned nobody the other way: 0, not unknown.
      ev('release', { returnKind: 'release', toRussia: { total: 5 } }),
      ev('unknown-release', { returnKind: 'release' }),
      ev('planned', { status: 'expected' }),
      ev('bodies', { returnKind: 'bodies', toUkraine: { total: 9 } }),
    ]);
    expect(summarise(index.list).unreported).toEqual({ toUkraine: 2, toRussia: 3 });
  });

  it('does not count a "more than" claim that the figure bears out as a dispute', () => {
    const claim = (total: number, moreThan: boolean) => ({
      counts: 'toUkraine' as const,
      statedBy: 'A commander',
      party: 'russia' as const,
      total,
      moreThan,
      sourceId: 'src',
      note: 'says so',
    });
    const index = buildEventIndex([
      ev('agrees', { toUkraine: { total: 130 }, claims: [claim(100, true)] }),
      ev('contradicts', { toUkraine: { total: 130 }, claims: [claim(150, true)] }),
    ]);
    expect(summarise(index.list).disputed).toBe(1);
  });
});
