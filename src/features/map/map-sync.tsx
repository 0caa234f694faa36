/** Headless map children: they drive the Leaflet map through useMap(), never through MapContainer props. */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds } from 'leaflet';
import type { Venue } from '../../data/schemas';

/** Fits the view to every place whenever the list of places changes. */
export function FitToVenues({ venues }: { venues: readonly Venue[] }) {
  const map = useMap();
  useEffect(() => {
    if (venues.length === 0) return;
    const bounds = latLngBounds(venues.map((v) => [v.lat, v.lon]));
    const fit = () => map.fitBounds(bounds, { padding: [44, 44], maxZoom: 6, animate: false });
    // A hidden (zero-size) map cannot be fitted yet; fit when it first gets a size.
    const size = map.getSize();
    if (size.x > 0 && size.y > 0) fit();
    else map.once('resize', fit);
    return () => {
      map.off('resize', fit);
    };
  }, [map, venues]);
  return null;
}

/** Wheel zoom only after the map is clicked or focused, so scrolling the page never zooms by accident. */
export function WheelZoomOnIntent() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const enable = () => map.scrollWheelZoom.enable();
    const disable = () => map.scrollWheelZoom.disable();
    map.on('click focus', enable);
    container.addEventListener('mouseleave', disable);
    map.on('blur', disable);
    return () => {
      map.off('click focus', enable);
      map.off('blur', disable);
      container.removeEventListener('mouseleave', disable);
    };
  }, [map]);
  return null;
}
