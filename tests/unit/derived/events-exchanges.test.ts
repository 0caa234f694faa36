import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectEventsModel } from '../../../src/derived/events-list';
import { readyInputs } from '../../../src/derived/inputs';
import { summarise } from '../../../src/domain/summary';
import type { EventRecord } from '../../../src/data/schemas';
import { makeEvent } from '../../fixtures/make-event';

const model = (events: EventRecord[], ui: Parameters<typeof readyInputs>[1] = {}) =>
  selectEventsModel(readyInputs({ events, venues: [], sources: [] }, ui));

describe('the list’s exchanges, split as the headline counts them', () => {
  it('counts confirmed exchanges of people and of bodies apart; announced ones are neither', () => {
    const { exchanges } = model([
      makeEvent('swap'),
      makeEvent('release', { returnKind: 'release', toUkraine: { total: 2 } }),
      makeEvent('bodies', { returnKind: 'bodies', toUkraine: { total: 900 } }),
      makeEvent('announced', { status: 'expected' }),
      makeEvent('talks', { type: 'talks' }),
    ]);
    expect(exchanges).toEqual({ people: 2, bodies: 1 });
  });

  it('agrees with the events the list shows, whatever the date range', () => {
    const kind = fc.constantFrom('swap', 'release', 'bodies', undefined);
    const status = fc.constantFrom('confirmed', 'expected');
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(kind, status, day), { maxLength: 30 }),
        day,
        day,
        (specs, a, b) => {
          const events = specs.map(([returnKind, s, date], i) =>
            makeEvent(`e${i}`, {
              status: s as 'confirmed' | 'expected',
              date,
              ...(returnKind ? { returnKind: returnKind as 'swap' } : {}),
              toUkraine: { total: 10 },
            }),
          );
          const [from, to] = a <= b ? [a, b] : [b, a];
          const m = model(events, { from, to });
          const shown = summarise(m.visible);
          expect(m.exchanges.people).toBe(shown.exchanges.confirmed);
          expect(m.exchanges.bodies).toBe(shown.bodies.handovers);
          const confirmed = m.visible.filter(
            (p) => p.event.type === 'exchange' && p.event.status === 'confirmed',
          );
          expect(m.exchanges.people + m.exchanges.bodies).toBe(confirmed.length);
        },
      ),
    );
  });
});
