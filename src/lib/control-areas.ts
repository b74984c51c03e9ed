/**
 * Areas of control from points: each settlement gets the ground nearer to it than to
 * any other settlement of its district (Voronoi cells clipped to the district), so a
 * village claim colours the ground around that village and a handover, which moves every
 * settlement of a district, colours the district. From the cells come the areas held by
 * each side on a date, the front line between them (src/lib/map-layers.ts) and each
 * district's shares in km².
 * Geometry is GeoJSON order ([lng, lat]) throughout.
 */
import { Delaunay } from 'd3-delaunay';
import * as clip from 'polyclip-ts';
import turfArea from '@turf/area';
import turfBuffer from '@turf/buffer';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Holder } from './schema.ts';
import { topology } from 'topojson-server';
import { merge, quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { CellProperties, CellTopology } from './map-layers.ts';

type Pair = [number, number];
type Geom = Pair[][][];

export interface AreaUnit {
  key: string;
  geometry: Polygon | MultiPolygon;
}
export interface AreaSettlement {
  id: string;
  unit: string;
  lngLat: Pair;
}

export interface Cell {
  /** The settlement's id, or `unit:<key>` for a unit with no settlement (its ground has no recorded holder). */
  id: string;
  unit: string;
  geometry: MultiPolygon;
  areaKm2: number;
}

/** Latitude of the region's middle: Voronoi distances are taken with longitude scaled by its cosine, so cells are not stretched east–west. */
const MID_LAT = 39.7;
const LNG_SCALE = Math.cos((MID_LAT * Math.PI) / 180);

const toGeom = (g: Polygon | MultiPolygon): Geom =>
  g.type === 'Polygon' ? [g.coordinates as Pair[][]] : (g.coordinates as Pair[][][]);
const multi = (coordinates: Geom): MultiPolygon => ({ type: 'MultiPolygon', coordinates });
export const areaKm2 = (g: Polygon | MultiPolygon): number =>
  turfArea({ type: 'Feature', properties: {}, geometry: g }) / 1e6;

function bbox(g: Geom): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of g)
    for (const ring of poly)
      for (const [x, y] of ring) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
  return [x0, y0, x1, y1];
}

/** One cell per settlement, clipped to its unit; a unit without settlements is one cell of its own. */
export function settlementCells(units: readonly AreaUnit[], settlements: readonly AreaSettlement[]): Cell[] {
  const cells: Cell[] = [];
  for (const unit of units) {
    const shape = toGeom(unit.geometry);
    const members = settlements.filter((s) => s.unit === unit.key);
    if (members.length === 0) {
      cells.push({ id: `unit:${unit.key}`, unit: unit.key, geometry: multi(shape), areaKm2: areaKm2(unit.geometry) });
      continue;
    }
    const [x0, y0, x1, y1] = bbox(shape);
    const pts = members.map((s) => [s.lngLat[0] * LNG_SCALE, s.lngLat[1]] as Pair);
    // Generators outside the unit (generalised boundaries) still get a cell: the box spans them too.
    const xs = [x0 * LNG_SCALE, x1 * LNG_SCALE, ...pts.map((p) => p[0])];
    const ys = [y0, y1, ...pts.map((p) => p[1])];
    const voronoi = Delaunay.from(pts).voronoi([
      Math.min(...xs) - 0.1,
      Math.min(...ys) - 0.1,
      Math.max(...xs) + 0.1,
      Math.max(...ys) + 0.1,
    ]);
    members.forEach((s, i) => {
      const polygon = members.length === 1 ? null : voronoi.cellPolygon(i);
      const clipped = polygon
        ? clip.intersection([[polygon.map(([x, y]) => [x / LNG_SCALE, y] as Pair)]], shape)
        : members.length === 1
          ? shape
          : [];
      if (clipped.length === 0) return;
      const geometry = multi(clipped as Geom);
      cells.push({ id: s.id, unit: unit.key, geometry, areaKm2: areaKm2(geometry) });
    });
  }
  return cells;
}

function distanceToSegment(p: Pair, [a, b]: [Pair, Pair]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The cells as one topology: each shared border is one arc, so borders, the front and merged areas all come from the same lines. */
export function cellTopology(cells: readonly Cell[]): CellTopology {
  const noded = nodeCells(cells);
  const collection: FeatureCollection<MultiPolygon, CellProperties> = {
    type: 'FeatureCollection',
    features: noded.map((c) => ({ type: 'Feature', properties: { id: c.id, unit: c.unit }, geometry: c.geometry })),
  };
  // Drop the tenth of the points that carry least shape (shared arcs stay shared), then 5,000 steps across the box: about 40 m, finer than the 1:10m boundaries.
  const raw = presimplify(topology({ cells: collection }) as unknown as Parameters<typeof presimplify>[0]);
  const simple = simplify(raw, quantile(raw, 0.1));
  for (const arc of simple.arcs) for (const point of arc) point.length = 2;
  return quantize(simple as unknown as Parameters<typeof quantize>[0], 5e3) as unknown as CellTopology;
}

/** Cells merged by a key (a holder, or a holder and basis): one area per key, from the topology. */
export function dissolve<K extends string>(topo: CellTopology, keyOf: (id: string) => K): Map<K, MultiPolygon> {
  const groups = new Map<K, (typeof topo.objects.cells.geometries)[number][]>();
  for (const g of topo.objects.cells.geometries) {
    const k = keyOf((g.properties as CellProperties).id);
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  return new Map([...groups].map(([k, geoms]) => [k, merge(topo, geoms as Parameters<typeof merge>[1])]));
}

/** A corridor's ground: its line buffered by half its width. */
export function corridorArea(line: LineString, widthKm: number): Polygon | MultiPolygon {
  const buffered = turfBuffer({ type: 'Feature', properties: {}, geometry: line }, widthKm / 2, {
    units: 'kilometers',
    steps: 4,
  });
  if (!buffered) throw new Error('corridor buffer failed');
  return buffered.geometry;
}

/** The part of each cell inside an area (km²): what the corridor takes from each settlement's ground. */
export function overlapKm2(cells: readonly Cell[], area: Polygon | MultiPolygon): Map<string, number> {
  const shape = toGeom(area);
  const out = new Map<string, number>();
  for (const cell of cells) {
    const inter = clip.intersection(cell.geometry.coordinates as Geom, shape) as Geom;
    if (inter.length) out.set(cell.id, areaKm2(multi(inter)));
  }
  return out;
}

export type Shares = Record<Holder | 'none', number>;
const emptyShares = (): Shares => ({ azerbaijan: 0, 'armenian-forces': 0, peacekeepers: 0, none: 0 });

/**
 * Each unit's ground by holder on a date (km²). Where a corridor is under the peacekeepers,
 * its share of every cell counts as theirs.
 */
export function unitShares(
  cells: readonly Cell[],
  holderOf: (cell: Cell) => Holder | null,
  corridor?: ReadonlyMap<string, number>,
): Map<string, Shares> {
  return sharesBy(cells, (cell) => holderOf(cell) ?? 'none', 'peacekeepers', emptyShares, corridor);
}

/** Each unit's km² by any key of a cell (a holder, or a holder and basis); the corridor's part of each cell counts under `corridorKey`. */
export function sharesBy<K extends string>(
  cells: readonly Cell[],
  keyOf: (cell: Cell) => K,
  corridorKey: K,
  empty: () => Record<K, number>,
  corridor?: ReadonlyMap<string, number>,
): Map<string, Record<K, number>> {
  const out = new Map<string, Record<K, number>>();
  for (const cell of cells) {
    const shares = out.get(cell.unit) ?? empty();
    const inCorridor = Math.min(cell.areaKm2, corridor?.get(cell.id) ?? 0);
    shares[keyOf(cell)] += cell.areaKm2 - inCorridor;
    shares[corridorKey] += inCorridor;
    out.set(cell.unit, shares);
  }
  return out;
}

/** Shares summed over several units. */
export function sumShares(shares: Iterable<Shares>): Shares {
  const total = emptyShares();
  for (const s of shares) for (const k of Object.keys(total) as (keyof Shares)[]) total[k] += s[k];
  return total;
}

/**
 * Cells whose shared edges have the same vertices on both sides: every vertex of one cell
 * that lies on another cell's edge is inserted there too, so that a topology finds each
 * shared border once (clipping to each district adds vertices on one side only).
 */
export function nodeCells(cells: readonly Cell[], epsilon = 1e-7): Cell[] {
  const snap = (v: number) => Math.round(v * 1e6) / 1e6;
  const snapped = cells.map((c) => ({
    ...c,
    rings: (c.geometry.coordinates as Geom).map((poly) =>
      poly.map((ring) => ring.map(([x, y]) => [snap(x), snap(y)] as Pair)),
    ),
  }));
  const size = 0.02;
  const grid = new Map<string, Pair[]>();
  const key = (x: number, y: number) => `${Math.floor(x / size)},${Math.floor(y / size)}`;
  for (const c of snapped)
    for (const poly of c.rings)
      for (const ring of poly)
        for (const p of ring) {
          const k = key(p[0], p[1]);
          const list = grid.get(k) ?? [];
          list.push(p);
          grid.set(k, list);
        }
  const near = (a: Pair, b: Pair): Pair[] => {
    const out: Pair[] = [];
    for (let gx = Math.floor(Math.min(a[0], b[0]) / size); gx <= Math.floor(Math.max(a[0], b[0]) / size); gx++) {
      for (let gy = Math.floor(Math.min(a[1], b[1]) / size); gy <= Math.floor(Math.max(a[1], b[1]) / size); gy++)
        out.push(...(grid.get(`${gx},${gy}`) ?? []));
    }
    return out;
  };
  return snapped.map((c) => {
    const rings = c.rings.map((poly) =>
      poly.map((ring) => {
        const out: Pair[] = [];
        for (let i = 0; i + 1 < ring.length; i++) {
          const [a, b] = [ring[i]!, ring[i + 1]!];
          out.push(a);
          const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
          const len2 = dx * dx + dy * dy;
          if (len2 === 0) continue;
          const inserts = new Map<string, { t: number; p: Pair }>();
          for (const p of near(a, b)) {
            const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
            if (t <= 1e-9 || t >= 1 - 1e-9) continue;
            if (distanceToSegment(p, [a, b]) > epsilon) continue;
            inserts.set(`${p[0]},${p[1]}`, { t, p });
          }
          out.push(...[...inserts.values()].sort((u, v) => u.t - v.t).map((x) => x.p));
        }
        out.push(ring.at(-1)!);
        return out;
      }),
    );
    return { id: c.id, unit: c.unit, areaKm2: c.areaKm2, geometry: multi(rings) };
  });
}
