/** Reads the geometry packages once per build and hands pages keyed GeoJSON (conversion rules live in src/lib/geo.ts). */
import { readFileSync } from 'node:fs';
import * as clip from 'polyclip-ts';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { locatorSvg } from '../lib/locator.ts';
import type { ResolvedEvent } from '../lib/resolve.ts';
import { outlinesFromTopology, swapAxes } from '../lib/geo.ts';
import { adminUnits } from './units.ts';
import { MAP } from '../config.ts';
import { siteData } from './index.ts';

export { adminUnits };

const require = createRequire(import.meta.url);
const read = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8');
/** The units the map draws: the focus units and the Shusha town unit (context units only added bytes nobody saw). */
export function unitsCollection(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: adminUnits().filter((u) => u.properties.focus || u.properties.key in MAP.mergedUnits),
  };
}

let outlines: FeatureCollection<Polygon | MultiPolygon> | undefined;
/** Country outlines cut to a box around the map's frame: the map never shows the rest. */
export function outlinesCollection(): FeatureCollection<Polygon | MultiPolygon> {
  const [[s, w], [n, e]] = MAP.bounds;
  const box: [number, number][][][] = [
    [
      [
        [w - 4, s - 3],
        [e + 4, s - 3],
        [e + 4, n + 3],
        [w - 4, n + 3],
        [w - 4, s - 3],
      ],
    ],
  ];
  outlines ??= {
    type: 'FeatureCollection',
    features: outlinesFromTopology(
      JSON.parse(read('world-atlas/countries-110m.json')) as Topology,
      MAP.outlineCountries,
    ).flatMap((f) => {
      const g = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const cut = clip.intersection(g as [number, number][][][], box);
      return cut.length ? [{ ...f, geometry: { type: 'MultiPolygon', coordinates: cut } as MultiPolygon }] : [];
    }),
  };
  return outlines;
}

/** Corridors authored as places of kind `corridor`, as GeoJSON lines. */
export async function corridorsCollection(): Promise<FeatureCollection<LineString>> {
  const { places } = await siteData();
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.kind === 'corridor' && p.data.line)
      .map((p) => ({
        type: 'Feature',
        id: p.id,
        geometry: { type: 'LineString', coordinates: p.data.line!.map((pt) => swapAxes(pt)) },
        properties: {
          id: p.id,
          label: p.label,
          schematic: p.data.schematic,
          widthKm: p.data.widthKm ?? null,
          note: p.data.note ?? null,
        },
      })),
  };
}

/** Places with their coordinates as GeoJSON points. */
export async function placesCollection(): Promise<FeatureCollection<Point>> {
  const { places } = await siteData();
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: swapAxes(p.coordinates) },
      properties: { id: p.id, label: p.label, kind: p.kind, names: p.names },
    })),
  };
}

/** Many events share a list of places: each list's map is drawn once per build. */
const locatorCache = new Map<string, string>();

/** The locator map of an event's places, or nothing for an event without places. */
export function locatorMap(event: ResolvedEvent): string | undefined {
  const places = event.places.filter((p) => p.kind !== 'country' && p.kind !== 'corridor');
  if (places.length === 0) return undefined;
  const marked = places.map((p) => ({
    label: p.label,
    coordinates: p.coordinates,
    ...(p.kind === 'district' || p.kind === 'region' ? { unitKey: p.geometryKey ?? p.id } : {}),
  }));
  const key = JSON.stringify(marked);
  let svg = locatorCache.get(key);
  if (svg === undefined) {
    const outlines = outlinesCollection().features as Feature<Polygon | MultiPolygon>[];
    svg = locatorSvg(adminUnits(), outlines, marked, {
      title: `Locator map: ${places.map((p) => p.label).join(', ')}`,
    });
    locatorCache.set(key, svg);
  }
  return svg;
}
