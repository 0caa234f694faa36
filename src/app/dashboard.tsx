/** The page: header with range and figures, then the four linked views. The only place features meet. */
import { startTransition, useEffect, useRef, useState } from 'react';
import { useHydrated } from '../components/use-hydrated';
import { useNearScreen } from '../components/use-near-screen';
import { PendingView, pendingViews } from './pending-view';
import { viewStatus } from '../data/use-dataset';
import { useDerived } from '../derived/use-derived';
import type { ChartExport } from '../components/chart-export';
import { useAppStore } from '../state/store';
import { ChartView } from '../features/chart/chart-view';
import {
  LazyMapView as MapView,
  LazyQuotesView as QuotesView,
  preloadLazyViews,
} from './lazy-views';
import { EventsView } from '../features/events/events-view';
import { DateRangeControl } from '../features/filters/date-range-control';
import { RecordAsOf } from '../features/summary/record-as-of';
import { SummaryFigures } from '../features/summary/summary-figures';
import { NoticeBar } from '../features/share/notice-bar';
import { ShareBar } from '../features/share/share-bar';
import { EmbedFrame } from './embed-frame';
import { LeftOutNotice } from '../features/left-out/left-out-notice';
import { useLinkIdsCheck } from '../state/use-link-ids-check';
import { SkipLinks, ViewNav } from './view-nav';
import { closeDetailsOnEscape } from '../components/close-details-on-escape';

const belowTheChart = ['map', 'quotes'] as const;
/** Where the stylesheets switch to the phone layout. */
const phoneQuery = '(max-width: 700px)';

export function Dashboard() {
  const embed = useAppStore((s) => s.embed);
  // The chart hands its drawing to the downloads through this handle, not through its DOM.
  const chart = useRef<ChartExport>(null);
  useLinkIdsCheck();
  // The headline and the chart render as soon as the events are in; the views below them follow in
  // a render of their own that React splits into short slices, so a phone's main thread is never
  // held for the whole page at once. A transition started once the chart has committed, not a
  // deferred value: the dataset itself arrives in a deferred render, in which a deferred value
  // would not wait, and Leaflet's commit would join the chart's.
  const eventsIn = useDerived((x) => viewStatus(x.dataset, ['events']).status !== 'loading');
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (eventsIn) startTransition(() => setLater(true));
  }, [eventsIn]);
  // The prerendered page (and the render that hydrates it) shows the list of exchanges at once; the
  // map and the quotes are left as placeholders there (Leaflet and the search need a browser) and
  // arrive once hydrated. A page rendered on the client keeps the later pass above.
  const hydrated = useHydrated();
  const [fromHtml] = useState(!hydrated);
  const rest = hydrated && later;
  // On a phone the prerendered page builds the map and the quotes as they come near the screen
  // (they start two screens down): building both straight after hydration was the longest task of
  // a phone's first load (Leaflet's layers and the marker layout, in commits React cannot slice).
  // A wide screen, or a link with its own view (rendered here), builds every view at once.
  const [onPhone] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.(phoneQuery).matches === true,
  );
  const lazily = fromHtml && onPhone;
  const near = useNearScreen(belowTheChart, rest && lazily);
  // Where every view is built at once, their code is fetched while the data downloads rather than
  // once it is in (on a phone it waits for the views to come near the screen, as above).
  useEffect(() => {
    if (hydrated && !lazily && !embed) {
      preloadLazyViews();
    }
  }, [hydrated, lazily, embed]);
  const build = (id: (typeof belowTheChart)[number]) => rest && (!lazily || near.has(id));
  if (embed) return <EmbedFrame view={embed} />;
  return (
    // Escape closes whichever disclosure holds the focus (the official figure's note, the chart's
    // table…), giving focus back to its summary.
    <div className="page" onKeyDown={closeDetailsOnEscape}>
      <SkipLinks />
      <header className="page__header">
        <h1 className="brand">Swapwatch</h1>
        <ShareBar chart={chart} />
        <p className="brand__tagline">
          Russia–Ukraine prisoner-of-war exchanges
          <span className="brand__more">
            : who came home, where the deals were struck, and what was said
          </span>{' '}
          — every figure traced to its source article.
        </p>
        <DateRangeControl />
        <SummaryFigures />
      </header>
      <ViewNav />
      <NoticeBar />
      <LeftOutNotice />
      <main id="views" className="views" tabIndex={-1}>
        <ChartView exportRef={chart} />
        {build('map') ? <MapView /> : <PendingView view={pendingViews.map} />}
        {build('quotes') ? <QuotesView /> : <PendingView view={pendingViews.quotes} />}
        {rest || fromHtml ? <EventsView /> : <PendingView view={pendingViews.events} />}
      </main>
      <footer className="page__footer">
        <p>
          Figures come from the news articles listed with each event; expected exchanges are
          announced but not yet confirmed. Inferred dates and places are marked as such, with their
          reasoning.
        </p>
        <RecordAsOf />
      </footer>
    </div>
  );
}
