/**
 * Leaflet places every marker with a 3D transform (`translate3d`), and a 3D transform makes the
 * browser give the element a compositing layer of its own: 500 places were 514 layers, updated,
 * committed and rastered again on every frame of every interaction (at 100,000 events a
 * keystroke's frames cost the compositor threads ~30 ms more, and the page's thread a few ms).
 * Markers are moved here by the same position in 2D instead: the map is 16 layers.
 *
 * Leaflet's own switch for this (`L_DISABLE_3D`) also turns off fractional zoom, which the fit to
 * the places uses (zoom 2.75, not 2, in the embed), so only the markers' placement is changed:
 * `_setPos` is Leaflet's internal (1.9) for a marker's position, also used by its zoom animation.
 * The panes keep their 3D transforms (one layer each, moved by the compositor when dragged).
 */
import { Marker } from 'leaflet';
import type { Point } from 'leaflet';

interface PlacedMarker {
  _icon?: HTMLElement | null;
  _shadow?: HTMLElement | null;
  _setPos(pos: Point): void;
}

const prototype = Marker.prototype as unknown as PlacedMarker;
const setPos = prototype._setPos;

if (typeof setPos === 'function') {
  prototype._setPos = function (this: PlacedMarker, pos: Point) {
    setPos.call(this, pos);
    const flat = `translate(${pos.x}px, ${pos.y}px)`;
    if (this._icon) this._icon.style.transform = flat;
    if (this._shadow) this._shadow.style.transform = flat;
  };
}
