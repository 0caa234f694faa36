/**
 * The offline basemap: world-atlas country outlines shipped as a same-origin asset (no tile server),
 * fetched once and converted from TopoJSON to GeoJSON.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import countriesUrl from 'world-atlas/countries-110m.json?url';

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks the shape we rely on, instead of trusting the file. */
function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (!isRecord(value) || value.type !== 'Topology' || !Array.isArray(value.arcs)) return false;
  const objects = value.objects;
  return (
    isRecord(objects) &&
    isRecord(objects.countries) &&
    objects.countries.type === 'GeometryCollection'
  );
}

/** Fetches the country outlines; throws when they cannot be used. */
export async function fetchCountries(signal?: AbortSignal): Promise<FeatureCollection> {
  const response = await fetch(countriesUrl, { signal });
  if (!response.ok) throw new Error(`country outlines: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isCountriesTopology(json)) throw new Error('country outlines: not a world-atlas topology');
  return feature(json, json.objects.countries);
}

/** The query key of the basemap (not a data file, so it stays out of the data key factory). */
export const basemapKey = ['basemap', 'countries-110m'] as const;

/** The basemap query: loaded once per page, never stale. */
export const basemapQuery = queryOptions({
  queryKey: basemapKey,
  queryFn: ({ signal }) => fetchCountries(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});

/** The country outlines as GeoJSON. */
export function useBasemap() {
  return useQuery(basemapQuery);
}
