import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../fixtures/make-event';
import { chartMarkers, maxMarkers } from '../../../src/domain/chart-markers';
import { buildEventIndex } from '../../../src/domain/event-index';

const visible = () =>
  buildEventIndex([
    makeEvent('talks-1', { type: 'talks', date: '2026-01-10' }),
    makeEvent('swap', { date: '2026-01-20' }),
    makeEvent('deal-1', { type: 'agreement', date: '2026-01-15' }),
    makeEvent('talks-2', { type: 'talks', date: '2026-02-03' }),
  ]).list;

describe('chartMarkers', () => {
  it('marks talks rounds T1, T2… and agreements A1… in date order, not exchanges', () => {
    const { markers, hiddenMarkers } = chartMarkers(visible());
    expect(markers.map((m) => [m.id, m.code, m.t])).toEqual([
      ['talks-1', 'T1', Date.UTC(2026, 0, 10)],
      ['deal-1', 'A1', Date.UTC(2026, 0, 15)],
      ['talks-2', 'T2', Date.UTC(2026, 1, 3)],
    ]);
    expect(markers[1]!.event.type).toBe('agreement');
    expect(hiddenMarkers).toBe(0);
  });

  it('shows the markers up to the limit, and past it none but their number', () => {
    expect(chartMarkers(visible(), 3).markers).toHaveLength(3);
    expect(chartMarkers(visible(), 2)).toEqual({ markers: [], hiddenMarkers: 3 });
  });

  it('allows a dozen or so markers by default', () => {
    const many = (n: number) =>
      buildEventIndex(
        Array.from({ length: n }, (_, i) =>
          makeEvent(`t${i}`, { type: 'talks', date: `2026-01-${String(i + 1).padStart(2, '0')}` }),
        ),
      ).list;
    expect(chartMarkers(many(maxMarkers)).markers).toHaveLength(maxMarkers);
    expect(chartMarkers(many(maxMarkers + 1))).toEqual({
      markers: [],
      hiddenMarkers: maxMarkers + 1,
    });
  });
});
