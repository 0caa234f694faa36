/** Downloads of exactly what is shown: events and quotes as CSV or JSON, the chart as SVG or PNG. */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { eventRows, quoteRows } from '../../domain/export-rows';
import {
  eventIndexOf,
  peopleById,
  sourcesById,
  venuesById,
  visibleEventsOf,
} from '../../model/derived';
import { useQuoteList } from '../../model/use-quote-list';
import { useViewData } from '../../model/use-view-data';
import { useAppStore } from '../../state/store';
import { chartSvg, saveBlob, svgToPng, toCsv, toJson } from './downloads';
import { currentViewUrl } from './share-urls';

const eventFiles = ['events', 'venues', 'sources'] as const;

/** The chart's drawing, found by the marker the chart view puts on its surface. */
function chartElement(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>('[data-export="chart"] .recharts-wrapper > svg');
}

export function DownloadMenu() {
  const [message, setMessage] = useState('');
  const { from, to, venue } = useAppStore(
    useShallow((s) => ({ from: s.from, to: s.to, venue: s.venue })),
  );
  const events = useViewData(eventFiles);
  const quotes = useQuoteList();

  const shownEvents = () => {
    if (events.status !== 'ready') return null;
    const visible = visibleEventsOf(eventIndexOf(events.data.events ?? []), from, to, venue).map(
      (p) => p.event,
    );
    return eventRows(
      visible,
      venuesById(events.data.venues ?? []),
      sourcesById(events.data.sources ?? []),
    );
  };
  const shownQuotes = () => {
    if (quotes.data.status !== 'ready' || !quotes.list) return null;
    const d = quotes.data.data;
    const eventsById = new Map((d.events ?? []).map((e) => [e.id, e]));
    return quoteRows(
      quotes.list.shown,
      peopleById(d.people ?? []),
      sourcesById(d.sources ?? []),
      eventsById,
    );
  };

  const download = async (what: string) => {
    try {
      if (what === 'events-csv' || what === 'events-json') {
        const rows = shownEvents();
        if (!rows) throw new Error('the events are not loaded');
        if (what === 'events-csv') saveBlob(toCsv(rows), 'swapwatch-events.csv');
        else saveBlob(toJson({ view: currentViewUrl(), events: rows }), 'swapwatch-events.json');
        setMessage(`Downloaded ${rows.length} events.`);
      } else if (what === 'quotes-csv' || what === 'quotes-json') {
        const rows = shownQuotes();
        if (!rows) throw new Error('the quotes are not loaded');
        if (what === 'quotes-csv') saveBlob(toCsv(rows), 'swapwatch-quotes.csv');
        else saveBlob(toJson({ view: currentViewUrl(), quotes: rows }), 'swapwatch-quotes.json');
        setMessage(`Downloaded ${rows.length} quotes.`);
      } else {
        const svg = chartElement();
        if (!svg) throw new Error('the chart has nothing drawn');
        const text = chartSvg(svg);
        if (what === 'chart-svg')
          saveBlob(new Blob([text], { type: 'image/svg+xml' }), 'swapwatch-chart.svg');
        else {
          const { width, height } = svg.getBoundingClientRect();
          saveBlob(
            await svgToPng(text, Math.round(width), Math.round(height)),
            'swapwatch-chart.png',
          );
        }
        setMessage('Downloaded the chart.');
      }
    } catch (err) {
      setMessage(`Download failed: ${err instanceof Error ? err.message : String(err)}.`);
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
    <details className="downloads">
      <summary>Download</summary>
      <ul className="downloads__list">
        {item('events-csv', 'Events shown (CSV)')}
        {item('events-json', 'Events shown (JSON)')}
        {item('quotes-csv', 'Quotes shown (CSV)')}
        {item('quotes-json', 'Quotes shown (JSON)')}
        {item('chart-svg', 'Chart (SVG)')}
        {item('chart-png', 'Chart (PNG)')}
      </ul>
      <p role="status" className="downloads__status">
        {message}
      </p>
    </details>
  );
}
