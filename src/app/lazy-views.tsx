/**
 * The views below the chart as chunks of their own: the map (Leaflet, react-leaflet, the basemap
 * code) and the quote browser (the list, the cards, the controls). The first screen is the headline
 * and the chart, and neither is part of the prerendered page, so their code is fetched after the
 * first screen's. The placeholder holds each view's region, name and height, so nothing moves when
 * it arrives.
 */
import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { PendingView, pendingViews } from './pending-view';

const loadMap = () => import('../features/map/map-view');
const loadQuotes = () => import('../features/quotes/quotes-view');

function lazyView(load: () => Promise<ComponentType>, placeholder: keyof typeof pendingViews) {
  const View = lazy(() => load().then((component) => ({ default: component })));
  return function LazyView() {
    return (
      <Suspense fallback={<PendingView view={pendingViews[placeholder]} />}>
        <View />
      </Suspense>
    );
  };
}

export const LazyMapView = lazyView(() => loadMap().then((m) => m.MapView), 'map');
export const LazyQuotesView = lazyView(() => loadQuotes().then((m) => m.QuotesView), 'quotes');

/** Starts fetching the views' code ahead of their first render (the module loader keeps one copy). */
export function preloadLazyViews(): void {
  // A failed fetch is left to the view's own load, which shows it in its region.
  loadMap().catch(() => undefined);
  loadQuotes().catch(() => undefined);
}
