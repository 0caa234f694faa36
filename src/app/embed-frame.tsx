/** `?embed=1&view=…`: one view without the page chrome, sized to its frame, with a link back. */
import type { EmbedView } from '../state/url-codec';
import { ChartView } from '../features/chart/chart-view';
import { LazyMapView as MapView, LazyQuotesView as QuotesView } from './lazy-views';
import { EventsView } from '../features/events/events-view';
import { LeftOutNotice } from '../features/left-out/left-out-notice';
import { fullViewUrl } from '../features/share/share-urls';
import { selectChartMarkers } from '../derived/chart';
import { selectFilterWords } from '../derived/selection';
import type { FilterWords } from '../derived/selection';
import { useDerived } from '../derived/use-derived';
import './embed.css';

const views = { chart: ChartView, map: MapView, quotes: QuotesView, events: EventsView } as const;

/** "1 May 2025 – 30 Jun 2025 · Geneva": an embed cut out of a page must say what it is cut to. */
export function embedContext(words: FilterWords): string {
  return [
    words.period ? words.period.charAt(0).toUpperCase() + words.period.slice(1) : 'All dates',
    words.place ?? 'all places',
    words.mediator ? `mediated by ${words.mediator}` : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

export function EmbedFrame({ view }: { view: EmbedView }) {
  const View = views[view];
  const words = useDerived(selectFilterWords);
  // Keyed only where the chart draws codes (a range with no talks or deals has none).
  const coded = useDerived(selectChartMarkers).markers.length > 0;
  return (
    <div className={`embed embed--${view}`}>
      <LeftOutNotice />
      <main className="embed__view">
        <View />
      </main>
      {/* Stuck to the frame's foot: the way back and what is shown stay in view however it scrolls. */}
      <footer className="embed__footer">
        <p className="embed__context">
          <span className="visually-hidden">Showing: </span>
          {embedContext(words)}
          {/* The chart's codes are listed on the full page only: their key, in a few words. */}
          {view === 'chart' && coded && (
            <span className="embed__codes"> · T talks, A agreements</span>
          )}
        </p>
        <a href={fullViewUrl()} target="_blank" rel="noopener">
          Open in Swapwatch ↗
        </a>
      </footer>
    </div>
  );
}
