/** Shared set-up for the map's component tests: small known data, a stubbed basemap, a render helper. */
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { renderWithData } from '../render-with-data';
import { fileSchemas } from '../../../src/data/schemas';
import type { EventRecord, Venue } from '../../../src/data/schemas';
import { MapView } from '../../../src/features/map/map-view';
import { makeEvent } from '../../fixtures/make-event';

/** An event with every required field filled in. */
export const ev = (id: string, fields: Partial<EventRecord> = {}) =>
  makeEvent(id, { title: `Title of ${id}`, date: '2026-02-01', ...fields });

/** A venue with every required field filled in. */
export function venue(
  id: string,
  name: string,
  kind: Venue['kind'],
  lat: number,
  lon: number,
): Venue {
  return {
    id,
    name,
    kind,
    lat,
    lon,
    country: `Country of ${name}`,
    coordinatePrecision: 'city',
    description: `About ${name}.`,
    evidence: [],
    inferred: [],
  };
}

/** Talks in Alpha agreed a deal carried out at Bravo (200 confirmed, 100 expected); Charlie has nothing. */
export const fixtureVenues: Venue[] = [
  venue('alpha', 'Alpha City', 'talks', 46, 6),
  venue('bravo', 'Bravo Crossing', 'handover', 53, 28),
  venue('charlie', 'Charlie Hospital', 'reception', 51, 32),
];
export const fixtureEvents: EventRecord[] = [
  ev('talks-alpha', { type: 'talks', venueIds: ['alpha'], date: '2026-01-10' }),
  ev('deal-alpha', { type: 'agreement', talksId: 'talks-alpha', date: '2026-01-11' }),
  ev('stage-1', {
    agreementId: 'deal-alpha',
    venueIds: ['bravo'],
    toUkraine: { total: 100 },
    toRussia: { total: 100 },
  }),
  ev('stage-2', {
    agreementId: 'deal-alpha',
    status: 'expected',
    date: '2026-03-01',
    toUkraine: { total: 50 },
    toRussia: { total: 50 },
  }),
];

/** The real curated files, for checks that must hold whatever is added to them. */
export function publicData(): { venues: Venue[]; events: EventRecord[] } {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8'));
  return {
    venues: fileSchemas.venues.parse(read('venues')),
    events: fileSchemas.events.parse(read('events')),
  };
}

/** A one-country world-atlas topology: enough for Leaflet to draw a path. */
export const tinyTopology = {
  type: 'Topology',
  arcs: [
    [
      [0, 40],
      [10, 0],
      [0, 10],
      [-10, 0],
      [0, -10],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], id: '001' }],
    },
  },
};

/** Answers the basemap request (and only it); any other request fails the way a broken server would. */
export function stubFetch(overrides: Record<string, () => Response> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    for (const [part, respond] of Object.entries(overrides))
      if (url.includes(part)) return respond();
    if (url.includes('countries-110m'))
      return new Response(JSON.stringify(tinyTopology), { status: 200 });
    return new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the map view with the given files already in the query cache (omit one to fetch it). */
export function renderMap(
  files: { venues?: Venue[]; events?: EventRecord[] } = {
    venues: fixtureVenues,
    events: fixtureEvents,
  },
) {
  return renderWithData(<MapView />, files);
}

/** The marker elements Leaflet made, in the marker pane. */
export function markerElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.leaflet-marker-pane [role="button"]')];
}
