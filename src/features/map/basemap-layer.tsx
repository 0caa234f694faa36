/** Country outlines under everything else, in their own low pane so later layers never hide them. */
import { GeoJSON, Pane } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import { useQuery } from '@tanstack/react-query';
import { basemapQuery } from '../../data/basemap-query';

const countryStyle: PathOptions = {
  color: '#a9a698',
  weight: 0.6,
  fillColor: '#f3f1ea',
  fillOpacity: 1,
};

// Between tiles (200) and overlays (400): drawn over a configured tile layer, under the link line.
const paneStyle = { zIndex: 250 };

/** The offline basemap; if it cannot load, the markers still work on a plain background. */
export function BasemapLayer() {
  const countries = useQuery(basemapQuery);
  if (!countries.data) return null;
  return (
    <Pane name="basemap" style={paneStyle}>
      <GeoJSON data={countries.data} style={countryStyle} interactive={false} />
    </Pane>
  );
}

/** A quiet note when the outlines failed (the map still shows the places). */
export function BasemapNote() {
  const countries = useQuery(basemapQuery);
  if (!countries.isError) return null;
  return (
    <p className="map-view__note">
      Country outlines could not be loaded; the places are still shown.
    </p>
  );
}
