/** The chart's view-model: cumulative rows in their time window, markers and the overview strip. */
import { chartMarkers, markerCodes, maxMarkers } from '../domain/chart-markers';
import type { ChartMarker } from '../domain/chart-markers';
import { chartDomain, frameRows, overviewMonths } from '../domain/chart-frame';
import type { OverviewRow } from '../domain/chart-frame';
import {
  bodiesSeries,
  buildDaySeriesIndex,
  cumulativeSeries,
  seriesForRange,
} from '../domain/cumulative-series';
import type { Tally } from '../data/schemas';
import { tallyBodyOf } from '../domain/tally-bodies';
import type { TallyBody } from '../domain/tally-bodies';
import { selectReturnedSeries } from './official';
import type { SeriesRow } from '../domain/cumulative-series';
import { timeOf } from '../domain/dates';
import type { EventIndex } from '../domain/event-index';
import { selectEventIndex, selectVisibleEvents } from './events';
import { pick } from './inputs';
import { selector } from './selector';
import { viewOf } from './view-state';

/** Every exchange totalled per day, once per events file. */
export const selectDaySeries = selector([selectEventIndex], buildDaySeriesIndex);

/**
 * The cumulative rows of the visible events. A date range alone reads the prepared days; a place
 * narrows the events to a few deals, which are totalled directly.
 */
export const selectSeries = selector(
  [selectDaySeries, selectVisibleEvents, pick.from, pick.to, pick.venue, pick.mediator],
  (days, visible, from, to, venue, mediator) =>
    venue === null && mediator === null
      ? seriesForRange(days, from, to)
      : cumulativeSeries(visible),
);

/** Each talks round's and agreement's code, once per events file: stable across filters. */
export const selectMarkerCodes = selector([selectEventIndex], (index) => markerCodes(index.list));

/** The talks and agreements on the time axis. */
export const selectChartMarkers = selector(
  [selectVisibleEvents, selectMarkerCodes],
  (visible, codes) => chartMarkers(visible, maxMarkers, codes),
);

/** The months of the whole dataset, for the range brush: the filter does not change it. */
export const selectOverview = selector([selectEventIndex], (index) => overviewMonths(index.list));

const splitKeys = [
  'ukraineSoldiers',
  'ukraineCivilians',
  'russiaSoldiers',
  'russiaCivilians',
] as const;
export type SplitKey = (typeof splitKeys)[number];

/** Everything the chart draws. */
export interface ChartModel {
  index: EventIndex;
  series: SeriesRow[];
  rows: SeriesRow[];
  domain: [number, number];
  markers: ChartMarker[];
  hiddenMarkers: number;
  hasExpected: boolean;
  hasSplit: boolean;
  /** The soldiers/civilians series that hold any figure: only these are worth a line. */
  splitWithData: readonly SplitKey[];
  /** Every exchange shown was one-for-one: the two lines lie on each other. */
  linesCoincide: boolean;
  /** There are exchanges shown, and none states a figure: the lines lie at zero. */
  noFigures: boolean;
  overview: OverviewRow[];
  /** Where the selected event sits on the time axis. */
  selectedTime: number | null;
  /** Official statements of people returned to Ukraine inside the window, as reference points. */
  tallies: { id: string; t: number; figure: number; body: TallyBody; tally: Tally }[];
  /** Bodies repatriated, cumulated: only when asked for. */
  bodies: SeriesRow[] | null;
}

/** The bodies series, when asked for. */
export const selectBodiesSeries = selector([selectVisibleEvents, pick.bodies], (visible, on) =>
  on ? bodiesSeries(visible) : null,
);

/** The officials' statements as points, with who stated them: once per tallies file, not per range. */
const selectTallyPoints = selector([selectReturnedSeries], (series) =>
  series.map((tally) => ({
    id: tally.id,
    t: timeOf(tally.asOf),
    figure: tally.figure,
    body: tallyBodyOf(tally.statedBy),
    tally,
  })),
);

export const selectChartModel = selector(
  [
    selectEventIndex,
    selectSeries,
    selectChartMarkers,
    selectOverview,
    selectTallyPoints,
    selectBodiesSeries,
    pick.from,
    pick.to,
    pick.event,
    pick.venue,
    pick.mediator,
  ],
  (
    index,
    series,
    { markers, hiddenMarkers },
    overview,
    statedPoints,
    bodies,
    from,
    to,
    event,
    venue,
    mediator,
  ): ChartModel => {
    const domain = chartDomain(
      series,
      markers.map((m) => m.t),
      from,
      to,
    );
    // The officials' running totals, drawn as points beside our line so the gap is visible: only
    // beside the whole record counted from the start, since they count every exchange since 2022,
    // not one place's, one mediator's or one period's.
    const national = venue === null && mediator === null && from === null;
    const tallies = (national ? statedPoints : []).filter(
      (p) => p.t >= domain[0] && p.t <= domain[1],
    );
    const selected = event === null ? undefined : index.byId.get(event)?.event;
    return {
      index,
      series,
      rows: frameRows(series, domain),
      domain,
      markers,
      hiddenMarkers,
      hasExpected: series.some(
        (r) => r.ukraineWithExpected !== null || r.russiaWithExpected !== null,
      ),
      splitWithData: splitKeys.filter((k) => series.some((r) => r[k] > 0)),
      hasSplit: series.some(
        (r) => r.ukraineSoldiers + r.ukraineCivilians + r.russiaSoldiers + r.russiaCivilians > 0,
      ),
      noFigures:
        series.length > 0 &&
        series.every(
          (r) => (r.ukraineWithExpected ?? r.ukraine) + (r.russiaWithExpected ?? r.russia) === 0,
        ),
      // Equal running totals say nothing of exchanges with a side's figure missing: both add 0.
      linesCoincide:
        series.length > 0 &&
        series.every(
          (r) => r.ukraine === r.russia && r.day.unreported.ukraine + r.day.unreported.russia === 0,
        ),
      overview,
      selectedTime: selected ? timeOf(selected.date) : null,
      tallies,
      bodies: bodies === null ? null : frameRows(bodies, domain),
    };
  },
);

/** The chart view: it needs the events file only. */
export const selectChartView = viewOf(['events'], selectChartModel);
