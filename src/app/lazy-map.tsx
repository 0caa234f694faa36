/**
 * The map as a chunk of its own (Leaflet, react-leaflet, the basemap code): the first screen is the
 * headline and the chart, so the map's code is fetched after them, in its own task. The placeholder
 * holds the map's region, name and height, so nothing moves when it arrives.
 */
import { lazy, Suspense } from 'react';
import { Loading } from '../components/loading';
import { ViewRegion } from '../components/view-region';

const MapView = lazy(() =>
  import('../features/map/map-view').then((m) => ({ default: m.MapView })),
);

// The map view's own title: the placeholder must be found by the same name.
const mapTitle = 'Where deals were struck and prisoners handed over';

export function LazyMapView() {
  return (
    <Suspense
      fallback={
        <ViewRegion title={mapTitle} anchor="map" className="view--map view--pending">
          <Loading what="the map" />
        </ViewRegion>
      }
    >
      <MapView />
    </Suspense>
  );
}
