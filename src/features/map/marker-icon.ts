/**
 * Marker icons built as DOM nodes (never HTML strings), so a hostile place name can only ever be
 * text: the icon itself holds no text at all, its name goes into aria-label via setAttribute.
 */
import { divIcon } from 'leaflet';
import type { DivIcon } from 'leaflet';
import type { VenueKind } from '../../data/schemas';
import { boxSize, shapeOf } from './marker-shape';

const svgNs = 'http://www.w3.org/2000/svg';

/** The SVG of a kind's shape at a radius, in a box of boxSize(radius). */
export function shapeSvg(kind: VenueKind, radius: number): SVGSVGElement {
  const size = boxSize(radius);
  const c = size / 2;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = shapeOf(kind, radius, c);
  const node = document.createElementNS(svgNs, shape.tag);
  if (shape.tag === 'circle') {
    node.setAttribute('cx', String(c));
    node.setAttribute('cy', String(c));
    node.setAttribute('r', String(shape.r));
  } else {
    node.setAttribute('points', shape.points);
  }
  node.setAttribute('class', 'map-marker__shape');
  svg.appendChild(node);
  return svg;
}

/**
 * A Leaflet icon for one marker. Leaflet appends the `html` element itself, so an icon must not be
 * shared between markers: each marker memoises its own by kind and size.
 */
export function markerIcon(kind: VenueKind, radius: number): DivIcon {
  const size = boxSize(radius);
  return divIcon({
    html: shapeSvg(kind, radius),
    className: `map-marker map-marker--${kind}`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/**
 * Redraws a marker's element at a new radius in place: the shape, the box and the offsets Leaflet
 * set from iconSize/iconAnchor. Cheaper than a new icon (which rebuilds and re-adds the element on
 * every range change, for every place) and the element keeps keyboard focus.
 */
export function resizeMarker(element: HTMLElement, kind: VenueKind, radius: number): void {
  const size = boxSize(radius);
  if (element.style.width === `${size}px` && element.dataset.radius === String(radius)) return;
  element.replaceChildren(shapeSvg(kind, radius));
  element.dataset.radius = String(radius);
  element.style.width = `${size}px`;
  element.style.height = `${size}px`;
  element.style.marginLeft = `${-size / 2}px`;
  element.style.marginTop = `${-size / 2}px`;
}
