/** "Cumulative prisoners returned": the chart, its markers' key, the brush and the table alternative. */
import { useState } from 'react';
import { ViewRegion } from '../../components/view-region';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { EmptyState } from '../../components/empty-state';
import type { EventRecord } from '../../data/schemas';
import { formatSpan, timeOf } from '../../domain/dates';
import { useViewData } from '../../model/use-view-data';
import { useReportRendered } from '../../model/render-marks';
import { useAppStore } from '../../state/store';
import { ChartTable } from './chart-table';
import { CumulativeChart } from './cumulative-chart';
import { RangeBrush } from './range-brush';
import { useChartModel } from './use-chart-model';
import './chart.css';

const files = ['events'] as const;
const title = 'Cumulative prisoners returned';

export function ChartView() {
  const data = useViewData(files);
  const split = useAppStore((s) => s.split);
  const setSplit = useAppStore((s) => s.setSplit);
  useReportRendered('chart', data.status !== 'loading');
  return (
    <ViewRegion
      title={title}
      className="view--chart"
      actions={
        <button type="button" aria-pressed={split} onClick={() => setSplit(!split)}>
          Soldiers / civilians
        </button>
      }
    >
      {data.status === 'loading' && <Loading what="exchanges" />}
      {data.status === 'error' && (
        <ErrorPanel title={title} problems={data.problems} onRetry={data.retry} />
      )}
      {data.status === 'ready' && <ChartBody events={data.data.events ?? []} split={split} />}
    </ViewRegion>
  );
}

const nf = new Intl.NumberFormat('en-GB');

function ChartBody({ events, split }: { events: EventRecord[]; split: boolean }) {
  const model = useChartModel(events);
  const selected = useAppStore((s) => s.event);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectedEvent = selected ? model.index.byId.get(selected)?.event : undefined;
  const [tableOpen, setTableOpen] = useState(false);
  const describe = (row: (typeof model.rows)[number]) =>
    row.day.eventIds.map((id) => model.index.byId.get(id)?.event.title ?? id).join('; ') +
    ` — ${nf.format(row.day.toUkraine)} to Ukraine, ${nf.format(row.day.toRussia)} to Russia (${row.day.status})`;

  return (
    <>
      {model.series.length === 0 ? (
        <EmptyState>No exchanges in this range or place.</EmptyState>
      ) : (
        <CumulativeChart
          rows={model.rows}
          domain={model.domain}
          markers={model.markers}
          split={split}
          hasExpected={model.hasExpected}
          selectedTime={selectedEvent ? timeOf(selectedEvent.date) : null}
          describe={describe}
        />
      )}
      {split && !model.hasSplit && (
        <p className="chart-note">
          No soldiers / civilians split is reported for the exchanges shown.
        </p>
      )}
      {model.hasExpected && (
        <p className="chart-note">
          Dashed lines include exchanges announced but not yet confirmed.
        </p>
      )}
      {model.hiddenMarkers > 0 && (
        <p className="chart-note">
          {nf.format(model.hiddenMarkers)} talks rounds and agreements fall in this range: narrow
          the range to see them marked on the time axis.
        </p>
      )}
      {model.markers.length > 0 && (
        <ol className="chart-markers" aria-label="Talks and agreements on the time axis">
          {model.markers.map((m) => (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => selectEvent(m.id)}>
                <span className="chart-markers__code">{m.code}</span> {m.event.title} (
                {formatSpan(m.event)})
              </button>
            </li>
          ))}
        </ol>
      )}
      <RangeBrush rows={model.overview} />
      <details className="chart-table-toggle" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>Show the numbers as a table</summary>
        {tableOpen && <ChartTable rows={model.series} eventsById={model.index.byId} />}
      </details>
    </>
  );
}
