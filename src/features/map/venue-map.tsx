/** The Leaflet map itself: offline basemap, optional tiles, the exchange link and the markers. */
import 'leaflet/dist/leaflet.css';
import { useEffect } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { LatLngTuple } from 'leaflet';
import { BasemapLayer } from './basemap-layer';
import { ExchangeLinkLine } from './exchange-link-line';
import { FitToVenues, FollowContainerSize, WheelZoomOnIntent } from './map-sync';
import type { MapModel } from '../../derived/map';
import { useMapLayout } from './map-layout';
import { LeaderLines, PlaceLabels } from './place-labels';
import { VenueMarkers } from './venue-markers';
import './map.css';

interface Tiles {
  url: string;
  attribution: string;
}

/** A tile server only when the build names one; by default the app asks nothing of other origins. */
function configuredTiles(): Tiles | null {
  const url: unknown = import.meta.env.VITE_TILE_URL;
  const attribution: unknown = import.meta.env.VITE_TILE_ATTRIBUTION;
  if (typeof url !== 'string' || url === '') return null;
  return { url, attribution: typeof attribution === 'string' ? attribution : '' };
}

const tiles = configuredTiles();
// Only the first view; FitToVenues then frames the places.
const initialCenter: LatLngTuple = [45, 30];

/** Names the focusable map container, which Leaflet creates without a name. */
function ContainerLabel() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', 'Map of places (arrow keys pan, plus and minus zoom)');
  }, [map]);
  return null;
}

/** Markers, their leader lines and the place names, laid out together at the current view. */
function PlaceLayers({ model }: { model: MapModel }) {
  const layout = useMapLayout(model, model.selected?.venue.id ?? null);
  return (
    <>
      <LeaderLines leaders={layout.leaders} />
      <VenueMarkers
        venues={model.venues}
        radii={model.radii}
        index={model.index}
        layout={layout}
        quiet={model.quiet}
        quietWhy={model.quietWhy}
      />
      <PlaceLabels labels={layout.labels} />
    </>
  );
}

/** The map of the places in the model. */
export function VenueMap({ model }: { model: MapModel }) {
  return (
    <MapContainer
      className="map-view__map"
      center={initialCenter}
      zoom={3}
      minZoom={1}
      maxZoom={12}
      zoomSnap={0.25}
      scrollWheelZoom={false}
      attributionControl={tiles !== null}
    >
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
      <BasemapLayer />
      <ExchangeLinkLine link={model.link} />
      <PlaceLayers model={model} />
      <FollowContainerSize />
      <FitToVenues venues={model.venues} />
      <WheelZoomOnIntent />
      <ContainerLabel />
    </MapContainer>
  );
}
