/** The chart's view-model: rows, window, markers and overview for the current filter. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EventRecord } from '../../data/schemas';
import { chartDomain, frameRows, overviewMonths } from '../../domain/chart-frame';
import { memoizeLast } from '../../domain/memo';
import { timeOf } from '../../domain/dates';
import { eventIndexOf, seriesOf, visibleEventsOf } from '../../model/derived';
import { useAppStore } from '../../state/store';

/** The overview strip depends on the dataset only, not on the filter. */
const overviewOf = memoizeLast(overviewMonths);

/** The most talks/agreement markers the time axis shows at once. */
const maxMarkers = 16;

/** A talks round or agreement drawn on the time axis, numbered for its key. */
export interface ChartMarker {
  id: string;
  t: number;
  code: string;
  event: EventRecord;
}

/** Everything the chart draws, derived from the events file and the filter. */
export function useChartModel(events: readonly EventRecord[]) {
  const { from, to, venue } = useAppStore(
    useShallow((s) => ({ from: s.from, to: s.to, venue: s.venue })),
  );
  const index = eventIndexOf(events);
  const visible = visibleEventsOf(index, from, to, venue);
  const series = seriesOf(index, visible, from, to, venue);
  return useMemo(() => {
    let talks = 0;
    let deals = 0;
    const candidates = visible.filter((p) => p.event.type !== 'exchange');
    // Past a dozen or so, labelled markers overlap into noise (and cost a node each): say how many
    // there are instead, until the range is narrow enough to show them.
    const hiddenMarkers = candidates.length > maxMarkers ? candidates.length : 0;
    const markers: ChartMarker[] = (hiddenMarkers > 0 ? [] : candidates).map((p) => ({
      id: p.event.id,
      t: timeOf(p.event.date),
      code: p.event.type === 'talks' ? `T${++talks}` : `A${++deals}`,
      event: p.event,
    }));
    const domain = chartDomain(
      series,
      markers.map((m) => m.t),
      from,
      to,
    );
    const rows = frameRows(series, domain);
    const hasExpected = series.some(
      (r) => r.ukraineWithExpected !== null || r.russiaWithExpected !== null,
    );
    const hasSplit = series.some(
      (r) => r.ukraineSoldiers + r.ukraineCivilians + r.russiaSoldiers + r.russiaCivilians > 0,
    );
    return {
      index,
      rows,
      series,
      markers,
      hiddenMarkers,
      domain,
      hasExpected,
      hasSplit,
      overview: overviewOf(index.list),
    };
  }, [index, visible, series, from, to]);
}
