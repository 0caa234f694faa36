/** Downloads of exactly what is shown: events and quotes as CSV or JSON, the chart as SVG or PNG. */
import { useEffect, useRef, useState } from 'react';
import type { ChartExportRef } from '../../components/chart-export';
import { closeDetailsOnEscape } from '../../components/close-details-on-escape';
import { selectEventRows, selectQuoteRows } from '../../derived/exports';
import { useDerivedReader } from '../../derived/use-derived';
import { viewStatus } from '../../data/use-dataset';
import { eventFiles } from '../../derived/events-list';
import { quoteFiles } from '../../derived/quotes';
import { selectChartTitle } from '../../derived/selection';
import { currentViewUrl, downloadChoices } from './share-urls';
import type { UrlField } from '../../state/url-keys';

// The choices that change what each file holds, named in its file name.
const eventChoices = ['from', 'to', 'venue', 'mediator', 'type'] as const;
const quoteChoices = ['from', 'to', 'venue', 'mediator', 'event', 'q', 'speaker', 'side'] as const;
const chartChoices = ['from', 'to', 'venue', 'mediator', 'split', 'bodies'] as const;

export function DownloadMenu({ chart }: { chart: ChartExportRef }) {
  const [message, setMessage] = useState('');
  const read = useDerivedReader();
  const menu = useRef<HTMLDetailsElement>(null);
  // The message is a toast under the button: said once (role=status), then out of the way.
  useEffect(() => {
    if (message === '') return;
    const timer = setTimeout(() => setMessage(''), 8000);
    return () => clearTimeout(timer);
  }, [message]);
  // Once a file is made the menu closes, so the message is not left under it; focus goes back to
  // the button that opened it.
  const done = (text: string) => {
    setMessage(text);
    const details = menu.current;
    if (!details) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  // Rows are made at the click, from what the views show at that moment.
  const shownEvents = () =>
    read((x) => (viewStatus(x.dataset, eventFiles).status === 'ready' ? selectEventRows(x) : null));
  const shownQuotes = () =>
    read((x) => {
      if (viewStatus(x.dataset, quoteFiles).status !== 'ready') return null;
      // The quotes shown are not the search the link names: a file of them would say they were.
      if (x.search.failed !== undefined)
        throw new Error(`the search could not run (${x.search.failed}), so no quotes match it yet`);
      return selectQuoteRows(x);
    });

  const download = async (what: string) => {
    try {
      // The file makers (CSV, SVG, PNG) are fetched at the first download.
      const { framedChartSvg, saveBlob, svgToPng, toCsv, toJson, viewFileName } =
        await import('./downloads');
      const downloadName = (base: string, extension: string, fields: readonly UrlField[]) =>
        viewFileName(base, downloadChoices(fields), extension);
      // Rows of events or quotes: a CSV, or JSON with the link of the view they came from.
      const saveRows = (
        kind: 'events' | 'quotes',
        rows: readonly object[] | null,
        csv: boolean,
      ) => {
        if (!rows) throw new Error(`the ${kind} are not loaded`);
        const choices = kind === 'events' ? eventChoices : quoteChoices;
        saveBlob(
          csv ? toCsv(rows) : toJson({ view: currentViewUrl(), [kind]: rows }),
          downloadName(`swapwatch-${kind}`, csv ? 'csv' : 'json', choices),
        );
        done(`Downloaded ${rows.length} ${kind}.`);
      };
      if (what === 'events-csv' || what === 'events-json') {
        saveRows('events', shownEvents(), what === 'events-csv');
      } else if (what === 'quotes-csv' || what === 'quotes-json') {
        saveRows('quotes', shownQuotes(), what === 'quotes-csv');
      } else {
        const svg = chart.current?.svg() ?? null;
        if (!svg || !chart.current) throw new Error('the chart has nothing drawn');
        const { title, subtitle } = read(selectChartTitle);
        const framed = framedChartSvg(svg, {
          title,
          subtitle,
          legend: chart.current.legend(),
          link: currentViewUrl(),
        });
        if (what === 'chart-svg')
          saveBlob(
            new Blob([framed.text], { type: 'image/svg+xml' }),
            downloadName('swapwatch-chart', 'svg', chartChoices),
          );
        else
          saveBlob(
            await svgToPng(framed.text, framed.width, framed.height),
            downloadName('swapwatch-chart', 'png', chartChoices),
          );
        done('Downloaded the chart.');
      }
    } catch (err) {
      done(`Download failed: ${err instanceof Error ? err.message : String(err)}.`);
    }
  };

  const item = (id: string, label: string) => (
    <li>
      <button type="button" onClick={() => void download(id)}>
        {label}
      </button>
    </li>
  );
  return (
    <div className="downloads-wrap">
      <details ref={menu} className="downloads" onKeyDown={closeDetailsOnEscape}>
        <summary>Download</summary>
        <ul className="downloads__list">
          {item('events-csv', 'Events shown (CSV)')}
          {item('events-json', 'Events shown (JSON)')}
          {item('quotes-csv', 'Quotes shown (CSV)')}
          {item('quotes-json', 'Quotes shown (JSON)')}
          {item('chart-svg', 'Chart (SVG)')}
          {item('chart-png', 'Chart (PNG)')}
        </ul>
      </details>
      <p role="status" className="downloads__status">
        {message}
      </p>
    </div>
  );
}
