/** `?embed=1&view=…`: one view without the page chrome, sized to its frame, with a link back. */
import type { EmbedView } from '../state/url-codec';
import { ChartView } from '../features/chart/chart-view';
import { MapView } from '../features/map/map-view';
import { QuotesView } from '../features/quotes/quotes-view';
import { EventsView } from '../features/events/events-view';
import { LeftOutNotice } from '../features/left-out/left-out-notice';
import { fullViewUrl } from '../features/share/share-urls';

const views = { chart: ChartView, map: MapView, quotes: QuotesView, events: EventsView } as const;

export function EmbedFrame({ view }: { view: EmbedView }) {
  const View = views[view];
  return (
    <div className="embed">
      <LeftOutNotice />
      <main className="embed__view">
        <View />
      </main>
      <p className="embed__footer">
        <a href={fullViewUrl()} target="_blank" rel="noopener">
          Open in Swapwatch ↗
        </a>
      </p>
    </div>
  );
}
