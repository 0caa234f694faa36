/**
 * The map as a chunk of its own (Leaflet, react-leaflet, the basemap code): the first screen is the
 * headline and the chart, so the map's code is fetched after them, in its own task. The placeholder
 * holds the map's region, name and height, so nothing moves when it arrives.
 */
import { lazy, Suspense } from 'react';
import { PendingView, pendingViews } from './pending-view';

const load = () => import('../features/map/map-view');
const MapView = lazy(() => load().then((m) => ({ default: m.MapView })));

/** Starts fetching the view's code ahead of its first render (the module loader keeps one copy). */
export function preloadMapView(): void {
  void load();
}

export function LazyMapView() {
  return (
    <Suspense fallback={<PendingView view={pendingViews.map} />}>
      <MapView />
    </Suspense>
  );
}
