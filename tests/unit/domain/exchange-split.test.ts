import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchangeSplit } from '../../../src/domain/exchange-split';
import { summarise } from '../../../src/domain/summary';
import { buildEventIndex } from '../../../src/domain/event-index';
import { makeEvent } from '../../fixtures/make-event';

const of = (events: ReturnType<typeof makeEvent>[]) => buildEventIndex(events).list;

describe('exchangeSplit', () => {
  it('counts confirmed exchanges of people and of bodies apart, and announced ones on their own', () => {
    const split = exchangeSplit(
      of([
        makeEvent('swap'),
        makeEvent('release', { returnKind: 'release', toUkraine: { total: 2 } }),
        makeEvent('bodies', { returnKind: 'bodies', toUkraine: { total: 900 } }),
        makeEvent('announced', { status: 'expected' }),
        makeEvent('talks', { type: 'talks' }),
      ]),
    );
    expect(split).toEqual({ people: 2, bodies: 1, announced: 1 });
  });

  it('agrees with the headline: its people are the confirmed exchanges the summary counts', () => {
    const kind = fc.constantFrom('swap', 'release', 'bodies', undefined);
    const status = fc.constantFrom('confirmed', 'expected');
    fc.assert(
      fc.property(fc.array(fc.tuple(kind, status), { maxLength: 30 }), (specs) => {
        const list = of(
          specs.map(([returnKind, s], i) =>
            makeEvent(`e${i}`, {
              status: s as 'confirmed' | 'expected',
              ...(returnKind ? { returnKind: returnKind as 'swap' } : {}),
              toUkraine: { total: 10 },
            }),
          ),
        );
        const split = exchangeSplit(list);
        const summary = summarise(list);
        expect(split.people).toBe(summary.exchanges.confirmed);
        expect(split.bodies).toBe(summary.bodies.handovers);
        expect(split.people + split.bodies + split.announced).toBe(list.length);
      }),
    );
  });
});
