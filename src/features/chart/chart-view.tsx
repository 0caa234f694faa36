/** "Cumulative prisoners returned": the chart, its markers' key, the brush and the table alternative. */
import { lazy, memo, Suspense, useState } from 'react';
import type { Ref } from 'react';
import type { ChartExport } from '../../components/chart-export';
import { useRovingFocus } from '../../components/use-roving-focus';
// Listens for the reader's first act from the page's first script (see the module).
import './reader-acted';
import { keepInPlace } from '../../components/keep-in-place';
import { EmptyState } from '../../components/empty-state';
import { ViewShell } from '../../components/view-shell';
import { selectChartView } from '../../derived/chart';
import type { ChartModel, SplitKey } from '../../derived/chart';
import { useInSight } from '../../components/use-in-sight';
import { selectLargeRecord, useDeferredDerived, useDerived } from '../../derived/use-derived';
import { selectChartTitle } from '../../derived/selection';
import { formatSpan } from '../../domain/dates';
import { formatCount } from '../../domain/format-number';
import { useReportRendered } from '../../instrumentation/render-marks';
import { useAppStore } from '../../state/store';
import { ChartTable } from './chart-table';
import { daySideText } from './day-text';
import { RangeBrush } from './range-brush';
import './chart.css';

const title = 'Cumulative prisoners returned';

const splitNames: Record<SplitKey, string> = {
  ukraineSoldiers: 'soldiers returned to Ukraine',
  ukraineCivilians: 'civilians returned to Ukraine',
  russiaSoldiers: 'soldiers returned to Russia',
  russiaCivilians: 'civilians returned to Russia',
};

// recharts is most of the page's code: a chunk of its own, asked for as this module loads so it
// downloads beside the data rather than after it, while the page's own code starts at once.
const chartCode = import('./cumulative-chart');
const CumulativeChart = lazy(() => chartCode.then((m) => ({ default: m.CumulativeChart })));

/** Holds the plot's and key's room while recharts arrives, so nothing below moves. */
function PlotPlaceholder() {
  return (
    <div className="chart-frame chart-frame--pending" role="status">
      <div className="chart-plot">
        <span className="visually-hidden">Drawing the chart…</span>
      </div>
    </div>
  );
}

/** The chart view; `exportRef` receives the handle the downloads draw the chart from. */
export function ChartView({ exportRef }: { exportRef?: Ref<ChartExport> }) {
  const large = useDerived(selectLargeRecord);
  const { value: state, stale } = useDeferredDerived(selectChartView, useInSight('chart', large));
  const split = useAppStore((s) => s.split);
  const setSplit = useAppStore((s) => s.setSplit);
  const bodies = useAppStore((s) => s.bodies);
  const setBodies = useAppStore((s) => s.setBodies);
  useReportRendered('chart', state.status !== 'loading');
  return (
    <ViewShell
      title={title}
      anchor="chart"
      className="view--chart"
      loading="exchanges"
      state={state}
      busy={stale}
      actions={
        <>
          <button
            type="button"
            aria-pressed={split}
            onClick={(e) => keepInPlace(e.currentTarget, () => setSplit(!split))}
          >
            Soldiers / civilians
          </button>
          <button
            type="button"
            aria-pressed={bodies}
            onClick={(e) => keepInPlace(e.currentTarget, () => setBodies(!bodies))}
          >
            Bodies
          </button>
        </>
      }
    >
      {(model) => <ChartBody model={model} split={split} large={large} exportRef={exportRef} />}
    </ViewShell>
  );
}

// Memoised on its props: a view kept out of sight re-renders its region, not its body.
const ChartBody = memo(function ChartBody({
  model,
  split,
  large,
  exportRef,
}: {
  model: ChartModel;
  split: boolean;
  large: boolean;
  exportRef?: Ref<ChartExport>;
}) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const { title: heading, subtitle } = useDerived(selectChartTitle);
  const [tableOpen, setTableOpen] = useState(false);
  // The talks and agreements are one Tab stop; arrow keys move between them.
  const markerList = useRovingFocus<HTMLOListElement>({ items: '.chart-markers__item' });
  const describe = (row: (typeof model.rows)[number]) =>
    row.day.eventIds.map((id) => model.index.byId.get(id)?.event.title ?? id).join('; ') +
    ` — ${daySideText(row.day, 'ukraine')}, ${daySideText(row.day, 'russia')} (${row.day.status})`;

  return (
    <>
      <p className="chart-title">{heading}</p>
      <p className="chart-subtitle">{subtitle}</p>
      {model.series.length === 0 ? (
        // The brush below stays, so the range can be widened from here.
        <EmptyState>No exchanges in this range or place.</EmptyState>
      ) : (
        <Suspense fallback={<PlotPlaceholder />}>
          <CumulativeChart
            rows={model.rows}
            domain={model.domain}
            markers={model.markers}
            tallies={model.tallies}
            bodies={model.bodies}
            split={split}
            hasExpected={model.hasExpected}
            splitWithData={model.splitWithData}
            selectedTime={model.selectedTime}
            describe={describe}
            plain={large}
            exportRef={exportRef}
          />
        </Suspense>
      )}
      {model.noFigures && (
        <p className="chart-note chart-note--no-figures">
          None of the exchanges shown states how many people each side got back, so the lines stay
          at zero. The exchanges list says what the sources do report.
        </p>
      )}
      {model.linesCoincide && (
        <p className="chart-note chart-note--coincide">
          The two lines coincide: every exchange shown returned as many people to Ukraine as to
          Russia ({formatCount(model.series[model.series.length - 1]?.ukraine ?? 0)} each way).
        </p>
      )}
      {split && model.hasSplit && model.splitWithData.length < 4 && (
        <p className="chart-note">
          Only the splits the sources report get a line:{' '}
          {model.splitWithData.map((k) => splitNames[k]).join(', ')}.
        </p>
      )}
      {split && !model.hasSplit && (
        <p className="chart-note">
          No soldiers / civilians split is reported for the exchanges shown.
        </p>
      )}
      {model.tallies.length > 0 && (
        <p className="chart-note">
          Points are totals Ukrainian officials stated at the time; each body counts its own way.
          The line counts only exchanges recorded here with a figure, so it runs below them.
        </p>
      )}
      {model.bodies !== null && (
        <p className="chart-note">
          The lines keyed “Bodies repatriated” count bodies, never people returned.
        </p>
      )}
      {model.hasExpected && (
        <p className="chart-note">
          Dashed lines include exchanges announced but not yet confirmed.
        </p>
      )}
      {model.hiddenMarkers > 0 && (
        <p className="chart-note">
          {formatCount(model.hiddenMarkers)} talks rounds and agreements fall in this range: narrow
          the range to see them marked on the time axis.
        </p>
      )}
      {model.markers.length > 0 && (
        <ol
          className="chart-markers"
          aria-label="Talks and agreements on the time axis"
          {...markerList}
        >
          {model.markers.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link-button chart-markers__item"
                onClick={() => selectEvent(m.id)}
              >
                {/* A comma, not brackets: a title may end in its own ("round 1 (Abu Dhabi)"). */}
                <span className="chart-markers__code">{m.code}</span>{' '}
                <span className="chart-markers__title">
                  {m.event.title}, {formatSpan(m.event)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <RangeBrush rows={model.overview} />
      <details
        className="chart-table-toggle"
        // Opened on the prerendered page before it was hydrated: the toggle event went unheard.
        ref={(d) => {
          if (d?.open) setTableOpen(true);
        }}
        onToggle={(e) => setTableOpen(e.currentTarget.open)}
      >
        <summary>Show the numbers as a table</summary>
        {tableOpen && <ChartTable rows={model.series} eventsById={model.index.byId} />}
      </details>
    </>
  );
});
