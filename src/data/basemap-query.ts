/**
 * The offline basemap: world-atlas country outlines shipped as a same-origin asset (no tile
 * server), fetched once, checked with a zod schema like every other file, and turned from TopoJSON
 * into GeoJSON.
 */
import { queryOptions } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { z } from './zod-mini';
import countriesUrl from 'world-atlas/countries-110m.json?url';

// The parts of a world-atlas topology the map relies on; the rest passes through unchecked.
const countriesSchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    countries: z.looseObject({
      type: z.literal('GeometryCollection'),
      geometries: z.array(z.unknown()),
    }),
  }),
});

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** Fetches the country outlines; throws, saying why, when they cannot be used. */
export async function fetchCountries(signal?: AbortSignal): Promise<FeatureCollection> {
  const response = await fetch(countriesUrl, { signal });
  if (!response.ok) throw new Error(`country outlines: HTTP ${response.status}`);
  const parsed = countriesSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('country outlines: not a world-atlas topology');
  const topology = parsed.data as unknown as CountriesTopology;
  return feature(topology, topology.objects.countries);
}

/** The basemap query: loaded once per page, never stale. */
export const basemapQuery = queryOptions({
  queryKey: ['basemap', 'countries-110m'] as const,
  queryFn: ({ signal }) => fetchCountries(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
