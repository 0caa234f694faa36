/**
 * The map's layout at the current view: where each marker is drawn (spread so none covers
 * another) and which place names fit beside them. Projection is Leaflet's; the decisions are the
 * pure functions in src/domain, so this file only converts between the two.
 */
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLng, LatLngTuple, Map as LeafletMap, Point } from 'leaflet';
import type { Venue } from '../../data/schemas';
import { boxAround } from '../../domain/map-box';
import type { Box, Reach } from '../../domain/map-box';
import { labelText, nameTagBox, placeLabels } from '../../domain/map-label-placement';
import type { LabelRequest, Obstacle } from '../../domain/map-label-placement';
import { groupCrowds } from '../../domain/map-groups';
import type { PlaceGroup } from '../../domain/map-groups';
import { spreadMarkers } from '../../domain/map-marker-spread';
import type { SpreadMarker } from '../../domain/map-marker-spread';
import type { VenueTotals } from '../../domain/venue-totals';
import { drawnReach, targetReach } from './marker-shape';

/** A place name the map prints: its text, its box, and where that box sits from the true spot. */
export interface MapLabel {
  id: string;
  name: string;
  position: LatLngTuple;
  width: number;
  height: number;
  /** The true spot's position inside the label's box (Leaflet's iconAnchor). */
  anchorX: number;
  anchorY: number;
}

/** A thin line from a moved marker back to its true spot. */
export interface Leader {
  id: string;
  from: LatLngTuple;
  to: LatLngTuple;
}

/** Where a marker is drawn and where its name tag (focus, hover) goes. */
export interface MarkerPlace {
  dx: number;
  dy: number;
  nameX: number;
  nameY: number;
}

/** Places too close to tell apart at this zoom, drawn as one marker that zooms in on them. */
export interface MapGroup extends MarkerPlace {
  /** `group:` and the lead place's id. */
  id: string;
  /** The members, most important first: the first names the group. */
  members: readonly Venue[];
  /** Its printed name and name tag: "Kyiv and 7 more". */
  name: string;
  /** The middle of the members' true spots. */
  position: LatLngTuple;
}

/** Everything the layout decided for the current view. */
export interface MapLayout {
  /** Each marker's shift, and where its name tag goes, from the marker element's top-left corner. */
  shifts: ReadonlyMap<string, MarkerPlace>;
  labels: readonly MapLabel[];
  leaders: readonly Leader[];
  groups: readonly MapGroup[];
  /** The places inside a group, which have no marker of their own at this zoom. */
  grouped: ReadonlySet<string>;
}

const emptyLayout: MapLayout = {
  shifts: new Map(),
  labels: [],
  leaders: [],
  groups: [],
  grouped: new Set(),
};

/**
 * Spots nearer than this (pixels, either axis) at the current zoom are gathered into a group. A
 * marker's target is at least 24 px: two places closer than that cannot both sit on their spots,
 * and a crowd of them spread around pushes the last ones far from where they are.
 */
export const groupWithin = 24;

/** A group's marker: a 30 px disc holding the number of places (see group-marker.tsx). */
export const groupReach: Reach = { left: 15, top: 15, right: 15, bottom: 15 };

/** A group's printed name: its lead place and how many more it holds. */
function groupName(members: readonly Venue[]): string {
  const lead = members[0] ? labelText(members[0].name) : '';
  return `${lead} and ${members.length - 1} more`;
}

/** What the layout needs from the view-model. */
export interface LayoutInput {
  venues: readonly Venue[];
  radii: ReadonlyMap<string, number>;
  ranks: ReadonlyMap<string, number>;
  totalsById: ReadonlyMap<string, VenueTotals>;
}

/** The label font; map.css draws `.map-label` with the same size and line height. */
const labelFontSize = 12;
const labelHeight = 16;
const labelPadX = 3;

/** The drawn shape with its outline. */
function shapeBox(kind: Venue['kind'], radius: number, x: number, y: number): Box {
  return boxAround(x, y, drawnReach(kind, radius));
}

const latLngTuple = (p: LatLng): LatLngTuple => [p.lat, p.lng];

/** The main places keep room for their name beside them, towards the middle of the map. */
const reservedNames = 2;
const labelGap = 3;

/** A target's reach grown by a label on the side facing the map's middle. */
function withNameRoom(reach: Reach, width: number, towardsLeft: boolean): Reach {
  const room = labelGap + width;
  return towardsLeft
    ? { ...reach, left: reach.left + room }
    : { ...reach, right: reach.right + room };
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** The name tag of map.css (`.map-marker__name`): 13px bold, 6px padding, 1px border. */
const nameTagHeight = 24;
function nameTagWidth(name: string, fontFamily: string): number {
  return Math.ceil(textWidth(name, fontFamily, 13)) + 2 * 6 + 2 + 2;
}

const measured = new Map<string, number>();
const maxMeasured = 20_000;

/** A text's width in the map's font; a fair estimate where there is no canvas (tests in jsdom). */
function textWidth(text: string, fontFamily: string, fontSize = labelFontSize): number {
  if (canvas === undefined) {
    try {
      canvas = document.createElement('canvas').getContext('2d');
    } catch {
      canvas = null;
    }
  }
  if (!canvas) return text.length * fontSize * 0.6;
  const font = `600 ${fontSize}px ${fontFamily}`;
  const key = `${font}\n${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    canvas.font = font;
    width = canvas.measureText(text).width;
    // Names repeat on every range change and zoom; a bound keeps a hostile file's names in check.
    if (measured.size >= maxMeasured) measured.clear();
    measured.set(key, width);
  }
  return width;
}

/** The map's controls (zoom buttons…) as boxes in container pixels: labels never cover them. */
function controlBoxes(map: LeafletMap): Obstacle[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll('.leaflet-control')].map((el) => {
    const r = el.getBoundingClientRect();
    const box = {
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
    return { box, minor: true };
  });
}

/** The places' spots at the current zoom, and which of them are gathered into groups. */
export interface Crowds {
  spots: readonly { venue: Venue; spot: Point }[];
  groups: readonly PlaceGroup[];
  grouped: ReadonlySet<string>;
}

/**
 * Projects the places and groups the crowded ones. `alone` keeps its own marker: the chosen place,
 * which the view draws apart only when it would otherwise be in a group (see useMapLayout).
 */
export function crowdsAt(
  map: LeafletMap,
  venues: readonly Venue[],
  ranks: ReadonlyMap<string, number>,
  alone: string | null = null,
): Crowds {
  // Layer pixels do not change when the map pans, so markers only move when the zoom changes.
  const spots = venues.map((v) => ({ venue: v, spot: map.latLngToLayerPoint([v.lat, v.lon]) }));
  // At the closest zoom there is nothing nearer to show: coincident places are spread instead.
  const groups =
    map.getZoom() >= map.getMaxZoom()
      ? []
      : groupCrowds(
          spots.map(({ venue, spot }) => ({
            id: venue.id,
            x: spot.x,
            y: spot.y,
            rank: ranks.get(venue.id) ?? venues.length,
          })),
          {
            within: groupWithin,
            // The leading places keep their own marker and name, as the spread keeps their spots.
            keep: new Set(
              venues
                .filter((v) => (ranks.get(v.id) ?? venues.length) < reservedNames || v.id === alone)
                .map((v) => v.id),
            ),
          },
        );
  return { spots, groups, grouped: new Set(groups.flatMap((g) => g.members)) };
}

/** The layout of the places at the map's current zoom, size and position, given their crowds. */
export function computeMapLayout(map: LeafletMap, input: LayoutInput, crowds: Crowds): MapLayout {
  const { venues, radii, ranks, totalsById } = input;
  // A hidden map has no pixels to lay out; it is laid out when it gets a size (resize).
  if (map.getSize().x <= 0 || map.getSize().y <= 0) return emptyLayout;
  const radius = (v: Venue) => radii.get(v.id) ?? 0;
  const rank = (v: Venue) => ranks.get(v.id) ?? venues.length;
  const named = (v: Venue) => (totalsById.get(v.id)?.events ?? 0) > 0;
  const fontFamily = getComputedStyle(map.getContainer()).fontFamily;
  const widthOf = (v: Venue) => Math.ceil(textWidth(labelText(v.name), fontFamily)) + 2 * labelPadX;
  const middle = map.getSize().x / 2;
  const { spots, groups: found, grouped } = crowds;
  const byId = new Map(venues.map((v) => [v.id, v]));
  const alone = spots.filter(({ venue }) => !grouped.has(venue.id));
  const groupItems = found.map((g) => {
    const members = g.members.flatMap((id) => byId.get(id) ?? []);
    return {
      id: `group:${g.lead}`,
      members,
      name: groupName(members),
      x: g.x,
      y: g.y,
      reach: groupReach,
      rank: ranks.get(g.lead) ?? venues.length,
    };
  });
  const spread = spreadMarkers([
    ...alone.map(({ venue, spot }) => {
      // The marker's whole element: boxes kept apart are the targets a finger or axe sees.
      const reach = targetReach(venue.kind, radius(venue));
      const towardsLeft = map.layerPointToContainerPoint(spot).x > middle;
      return {
        id: venue.id,
        x: spot.x,
        y: spot.y,
        reach:
          rank(venue) < reservedNames && named(venue)
            ? withNameRoom(reach, widthOf(venue), towardsLeft)
            : reach,
        rank: rank(venue),
      };
    }),
    ...groupItems,
  ]);
  const drawnAt = new Map(spread.map((s) => [s.id, s]));
  const size = map.getSize();
  const frame: Box = { left: 2, top: 2, right: size.x - 2, bottom: size.y - 2 };
  const placeOf = (id: string, name: string, reach: Reach): MarkerPlace | null => {
    const at = drawnAt.get(id);
    if (!at) return null;
    const centre = map.layerPointToContainerPoint([at.x, at.y]);
    const element = boxAround(centre.x, centre.y, reach);
    const tag = nameTagBox(element, nameTagWidth(name, fontFamily), nameTagHeight, frame);
    return { dx: at.dx, dy: at.dy, nameX: tag.left - element.left, nameY: tag.top - element.top };
  };
  const shifts = new Map<string, MarkerPlace>();
  for (const { venue } of alone) {
    const place = placeOf(venue.id, venue.name, targetReach(venue.kind, radius(venue)));
    if (place) shifts.set(venue.id, place);
  }
  const groups = groupItems.flatMap(({ id, members, name, x, y }): MapGroup[] => {
    const place = placeOf(id, name, groupReach);
    if (!place) return [];
    const middle = map.layerPointToLatLng([x, y]);
    return [{ id, members, name, position: [middle.lat, middle.lng], ...place }];
  });

  const leaders: Leader[] = [];
  const obstacles = controlBoxes(map);
  const requests: LabelRequest[] = [];
  const anchors = new Map<string, { x: number; y: number }>();
  /** A marker moved off `home` (its true spot, or its places' middle) gets a line back to it. */
  const leadBack = (id: string, home: LatLngTuple, at: SpreadMarker) => {
    if (at.dx === 0 && at.dy === 0) return;
    leaders.push({ id, from: home, to: latLngTuple(map.layerPointToLatLng([at.x, at.y])) });
    // The small dot at the true spot.
    const dot = map.latLngToContainerPoint(home);
    obstacles.push({
      box: boxAround(dot.x, dot.y, { left: 3, top: 3, right: 3, bottom: 3 }),
      owner: id,
      minor: true,
    });
  };
  for (const { venue, spot } of alone) {
    const at = drawnAt.get(venue.id);
    if (!at) continue;
    const home = map.layerPointToContainerPoint(spot);
    const drawn = map.layerPointToContainerPoint([at.x, at.y]);
    const box = shapeBox(venue.kind, radius(venue), drawn.x, drawn.y);
    obstacles.push({ box, owner: venue.id });
    leadBack(venue.id, [venue.lat, venue.lon], at);
    // Only places with something in the range are named; the list names the rest.
    if (!named(venue)) continue;
    anchors.set(venue.id, home);
    requests.push({
      id: venue.id,
      anchor: box,
      width: widthOf(venue),
      height: labelHeight,
      rank: rank(venue),
    });
  }
  const groupRank = new Map(groupItems.map((g) => [g.id, g.rank]));
  for (const group of groups) {
    const at = drawnAt.get(group.id);
    if (!at) continue;
    const drawn = map.layerPointToContainerPoint([at.x, at.y]);
    const box = boxAround(drawn.x, drawn.y, groupReach);
    obstacles.push({ box, owner: group.id });
    leadBack(group.id, group.position, at);
    anchors.set(group.id, drawn);
    requests.push({
      id: group.id,
      anchor: box,
      width: Math.ceil(textWidth(group.name, fontFamily)) + 2 * labelPadX,
      height: labelHeight,
      rank: groupRank.get(group.id) ?? venues.length,
    });
  }
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const labels = placeLabels(requests, obstacles, frame, {
    gap: labelGap,
    mustName: reservedNames,
  }).flatMap((placed): MapLabel[] => {
    const home = anchors.get(placed.id);
    if (!home) return [];
    const group = groupById.get(placed.id);
    const venue = byId.get(placed.id);
    // A place's label hangs from its true spot; a group's from its disc, wherever that was drawn.
    const named = group
      ? { name: group.name, at: map.containerPointToLatLng([home.x, home.y]) }
      : venue && { name: labelText(venue.name), at: { lat: venue.lat, lng: venue.lon } };
    if (!named) return [];
    return [
      {
        id: placed.id,
        name: named.name,
        position: [named.at.lat, named.at.lng],
        width: placed.box.right - placed.box.left,
        height: placed.box.bottom - placed.box.top,
        anchorX: home.x - placed.box.left,
        anchorY: home.y - placed.box.top,
      },
    ];
  });
  return { shifts, labels, leaders, groups, grouped };
}

/** A key that changes whenever the view's zoom, size or position does. */
function viewKey(map: LeafletMap): string {
  const bounds = map.getPixelBounds();
  const size = map.getSize();
  return `${map.getZoom()}|${bounds.min?.x},${bounds.min?.y}|${size.x}x${size.y}`;
}

/**
 * The layout, recomputed after every zoom, pan and resize and whenever the places change. The chosen
 * place (`alone`) is drawn on its own: a shared link to Kyiv shows Kyiv, not a disc of eight places.
 * Only a chosen place that would be in a group changes the layout: choosing a marker costs none.
 */
export function useMapLayout(input: LayoutInput, alone: string | null): MapLayout {
  const map = useMap();
  const [view, setView] = useState(() => viewKey(map));
  useEffect(() => {
    const update = () => setView(viewKey(map));
    map.on('zoomend moveend resize', update);
    update();
    return () => {
      map.off('zoomend moveend resize', update);
    };
  }, [map]);
  const { venues, radii, ranks, totalsById } = input;
  const crowds = useMemo(
    () => crowdsAt(map, venues, ranks),
    // `view` is a dependency on purpose: the map's projection changes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, view, venues, ranks],
  );
  const apart = alone !== null && crowds.grouped.has(alone) ? alone : null;
  return useMemo(
    () =>
      computeMapLayout(
        map,
        { venues, radii, ranks, totalsById },
        apart === null ? crowds : crowdsAt(map, venues, ranks, apart),
      ),
    [map, crowds, apart, venues, radii, ranks, totalsById],
  );
}
