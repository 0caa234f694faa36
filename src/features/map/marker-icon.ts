/**
 * Marker icons built as DOM nodes (never HTML strings), so a hostile place name can only ever be
 * text: the icon itself holds no text at all, its name goes into aria-label via setAttribute.
 */
import { divIcon } from 'leaflet';
import type { DivIcon } from 'leaflet';
import type { VenueKind } from '../../data/schemas';
import type { Reach } from '../../domain/map-box';
import { shapeOf, targetReach } from './marker-shape';

const svgNs = 'http://www.w3.org/2000/svg';

/** Sizes an SVG made by shapeSvg (and its shape) for a radius. */
function fitShape(svg: SVGSVGElement, shapeNode: Element, kind: VenueKind, radius: number): void {
  const reach = targetReach(kind, radius);
  const width = reach.left + reach.right;
  const height = reach.top + reach.bottom;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  // The shape's centre is the origin, wherever it sits in the (not always symmetric) box.
  svg.setAttribute('viewBox', `${-reach.left} ${-reach.top} ${width} ${height}`);
  const shape = shapeOf(kind, radius, 0);
  if (shape.tag === 'circle') shapeNode.setAttribute('r', String(shape.r));
  else shapeNode.setAttribute('points', shape.points);
}

/** The SVG of a kind's shape at a radius, filling the marker's element (targetReach). */
export function shapeSvg(kind: VenueKind, radius: number): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const node = document.createElementNS(svgNs, shapeOf(kind, radius, 0).tag);
  if (node.tagName === 'circle') {
    node.setAttribute('cx', '0');
    node.setAttribute('cy', '0');
  }
  node.setAttribute('class', 'map-marker__shape');
  svg.appendChild(node);
  fitShape(svg, node, kind, radius);
  return svg;
}

/**
 * A Leaflet icon for one marker, its box exactly the target around the shape's centre. Leaflet
 * appends the `html` element itself, so an icon must not be shared between markers: each marker
 * memoises its own by kind and size.
 */
export function markerIcon(kind: VenueKind, radius: number): DivIcon {
  const reach = targetReach(kind, radius);
  return divIcon({
    html: shapeSvg(kind, radius),
    className: `map-marker map-marker--${kind}`,
    iconSize: [reach.left + reach.right, reach.top + reach.bottom],
    iconAnchor: [reach.left, reach.top],
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
 * Redraws a marker's element in place: the shape at its radius, the box (targetReach), the offsets Leaflet set
 * from iconSize/iconAnchor plus the spread's shift, and the name shown on focus and hover. Cheaper
 * than a new icon (which rebuilds and re-adds the element on every range change, for every place)
 * and the element keeps keyboard focus.
 */
export function drawMarker(element: HTMLElement, drawing: MarkerDrawing): void {
  const { kind, radius, dx, dy, name } = drawing;
  const reach = targetReach(kind, radius);
  if (element.dataset.radius !== String(radius)) {
    // Resized in place: a new SVG per marker on every range change was a third of the redraw.
    const svg = element.querySelector('svg');
    const node = svg?.querySelector('.map-marker__shape');
    if (svg && node?.tagName === shapeOf(kind, radius, 0).tag) fitShape(svg, node, kind, radius);
    else if (svg) svg.replaceWith(shapeSvg(kind, radius));
    else element.prepend(shapeSvg(kind, radius));
    element.dataset.radius = String(radius);
  }
  placeMarker(element, reach, dx, dy, name);
}

/**
 * Sizes a marker's element (a place's or a group's) to its reach, shifts it by the spread's
 * (dx, dy) from the offsets Leaflet set, and writes the name shown on focus and hover.
 */
export function placeMarker(
  element: HTMLElement,
  reach: Reach,
  dx: number,
  dy: number,
  name: string,
): void {
  element.style.width = `${reach.left + reach.right}px`;
  element.style.height = `${reach.top + reach.bottom}px`;
  element.style.marginLeft = `${dx - reach.left}px`;
  element.style.marginTop = `${dy - reach.top}px`;
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

/** Writes an attribute only when it changes. */
export function setAttribute(element: HTMLElement, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** What a marker's element says as a button, and the state its classes show. */
export interface MarkerButton {
  label: string;
  highlighted: boolean;
  moved: boolean;
  /**
   * Why nothing is tied to the place(s) now ("in the selected dates"), or null: drawn faded, and
   * said in the label so a screen reader hears why.
   */
  quiet: string | null;
  /** Where the name tag goes from the element's corner: inside the map, which clips overflow. */
  nameX: number;
  nameY: number;
}

/**
 * Puts the button semantics and state classes on the element Leaflet made for a marker. Only
 * what changed is written: every marker is redrawn on a range change, pan and zoom, and each write
 * of an ARIA attribute, even to its old value, is work for the accessibility tree.
 */
export function markButton(element: HTMLElement, button: MarkerButton): void {
  setAttribute(element, 'role', 'button');
  const label =
    button.quiet === null ? button.label : `${button.label} (no events ${button.quiet})`;
  setAttribute(element, 'aria-label', label);
  // The visible name on hover and focus replaces the native tooltip, which keyboards never see.
  if (element.hasAttribute('title')) element.removeAttribute('title');
  element.classList.toggle('map-marker--highlighted', button.highlighted);
  element.classList.toggle('map-marker--moved', button.moved);
  element.classList.toggle('map-marker--quiet', button.quiet !== null);
  element.style.setProperty('--name-x', `${button.nameX}px`);
  element.style.setProperty('--name-y', `${button.nameY}px`);
}
