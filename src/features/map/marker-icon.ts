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

/** Where and how big a marker is drawn: its radius and its shift from the true spot. */
export interface MarkerDrawing {
  kind: VenueKind;
  radius: number;
  dx: number;
  dy: number;
  name: string;
}

/**
 * Redraws a marker's element in place: the shape at its radius, the box, the offsets Leaflet set
 * from iconSize/iconAnchor plus the spread's shift, and the name shown on focus and hover. Cheaper
 * than a new icon (which rebuilds and re-adds the element on every range change, for every place)
 * and the element keeps keyboard focus.
 */
export function drawMarker(element: HTMLElement, drawing: MarkerDrawing): void {
  const { kind, radius, dx, dy, name } = drawing;
  const size = boxSize(radius);
  if (element.dataset.radius !== String(radius)) {
    const svg = shapeSvg(kind, radius);
    const old = element.querySelector('svg');
    if (old) old.replaceWith(svg);
    else element.prepend(svg);
    element.dataset.radius = String(radius);
  }
  element.style.width = `${size}px`;
  element.style.height = `${size}px`;
  element.style.marginLeft = `${dx - size / 2}px`;
  element.style.marginTop = `${dy - size / 2}px`;
  // The name as a text node (never HTML), hidden from screen readers: aria-label already names it.
  let label = element.querySelector<HTMLElement>('.map-marker__name');
  if (!label) {
    label = document.createElement('span');
    label.className = 'map-marker__name';
    label.setAttribute('aria-hidden', 'true');
    element.append(label);
  }
  if (label.textContent !== name) label.textContent = name;
}
