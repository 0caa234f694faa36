/** Headless map children: they drive the Leaflet map through useMap(), never through MapContainer props. */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { Control, DomEvent, DomUtil, latLngBounds } from 'leaflet';
import type { Point } from 'leaflet';
import type { Venue } from '../../data/schemas';

/**
 * Tells Leaflet when its box changes size without the window doing so (Leaflet itself listens to
 * the window only): the layout settling below it, a phone's toolbar, an embed's frame.
 */
export function FollowContainerSize() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver !== 'function') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // Keeping the centre (Leaflet's default): kept at the top left instead, the centre moved
        // by half the change, which read as the reader having panned away ("All places" shown,
        // the refit skipped).
        map.invalidateSize();
      });
    });
    observer.observe(map.getContainer());
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [map]);
  return null;
}

/** How far (zoom levels, pixels) the view may drift from the fitted one before it is "zoomed in". */
const drift = { zoom: 0.1, pixels: 8 };

/**
 * Fits the view to every place whenever the list of places changes, and offers "All places" to
 * return there once the reader has zoomed or panned away (a group's disc zooms in on its places;
 * a phone has no other quick way back than pinching).
 */
export function FitToVenues({ venues }: { venues: readonly Venue[] }) {
  const map = useMap();
  useEffect(() => {
    if (venues.length === 0) return;
    const bounds = latLngBounds(venues.map((v) => [v.lat, v.lon]));
    let fitted: { zoom: number; centre: Point } | null = null;
    const button = DomUtil.create('button', 'map-reset');
    button.type = 'button';
    button.textContent = 'All places';
    button.hidden = true;
    // A click or drag on the button is not one on the map beneath it.
    DomEvent.disableClickPropagation(button);
    const control = new Control({ position: 'topleft' });
    control.onAdd = () => button;
    control.addTo(map);
    const fit = () => {
      map.fitBounds(bounds, { padding: [44, 44], maxZoom: 6, animate: false });
      fitted = { zoom: map.getZoom(), centre: map.project(map.getCenter()) };
      button.hidden = true;
    };
    const away = () => {
      if (!fitted) return;
      const moved = map.project(map.getCenter(), fitted.zoom).distanceTo(fitted.centre);
      button.hidden = Math.abs(map.getZoom() - fitted.zoom) < drift.zoom && moved < drift.pixels;
    };
    // A box that changes size after the fit (the key below the map laid out, an embed's frame) is
    // fitted again, unless the reader has moved away: an embed cut off Abu Dhabi and Riyadh.
    const refit = () => {
      if (fitted === null || button.hidden) fit();
    };
    const reset = () => {
      const hadFocus = document.activeElement === button;
      fit();
      // The button hides: focus goes to the map rather than to the page's top.
      if (hadFocus) map.getContainer().focus();
    };
    button.addEventListener('click', reset);
    map.on('zoomend moveend', away);
    // A hidden (zero-size) map cannot be fitted yet; it is fitted when it first gets a size.
    const size = map.getSize();
    if (size.x > 0 && size.y > 0) fit();
    map.on('resize', refit);
    return () => {
      map.off('resize', refit);
      map.off('zoomend moveend', away);
      button.removeEventListener('click', reset);
      control.remove();
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
