/**
 * Areas of control from points: each settlement gets the ground nearer to it than to
 * any other settlement of its district (Voronoi cells clipped to the district), so a
 * village claim colours the ground around that village and a handover, which moves every
 * settlement of a district, colours the district. From the cells come the areas held by
 * each side on a date, the front line between them and each district's shares in km².
 * Geometry is GeoJSON order ([lng, lat]) throughout.
 */
import { Delaunay } from 'd3-delaunay';
import * as clip from 'polyclip-ts';
import turfArea from '@turf/area';
import turfBuffer from '@turf/buffer';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Holder } from './control.ts';

type Pair = [number, number];
type Geom = Pair[][][];

export interface AreaUnit { key: string; geometry: Polygon | MultiPolygon }
export interface AreaSettlement { id: string; unit: string; lngLat: Pair }

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

const toGeom = (g: Polygon | MultiPolygon): Geom => (g.type === 'Polygon' ? [g.coordinates as Pair[][]] : (g.coordinates as Pair[][][]));
const multi = (coordinates: Geom): MultiPolygon => ({ type: 'MultiPolygon', coordinates });
export const areaKm2 = (g: Polygon | MultiPolygon): number => turfArea({ type: 'Feature', properties: {}, geometry: g }) / 1e6;

function bbox(g: Geom): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of g) for (const ring of poly) for (const [x, y] of ring) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
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
    const voronoi = Delaunay.from(pts).voronoi([Math.min(...xs) - 0.1, Math.min(...ys) - 0.1, Math.max(...xs) + 0.1, Math.max(...ys) + 0.1]);
    members.forEach((s, i) => {
      const polygon = members.length === 1 ? null : voronoi.cellPolygon(i);
      const clipped = polygon ? clip.intersection([[polygon.map(([x, y]) => [x / LNG_SCALE, y] as Pair)]], shape) : members.length === 1 ? shape : [];
      if (clipped.length === 0) return;
      const geometry = multi(clipped as Geom);
      cells.push({ id: s.id, unit: unit.key, geometry, areaKm2: areaKm2(geometry) });
    });
  }
  return cells;
}

/** Cells merged by a key (a holder, or a holder and basis): one area per key. */
export function dissolve<K extends string>(cells: readonly Cell[], keyOf: (cell: Cell) => K): Map<K, MultiPolygon> {
  const groups = new Map<K, Geom[]>();
  for (const cell of cells) {
    const key = keyOf(cell);
    groups.set(key, [...(groups.get(key) ?? []), cell.geometry.coordinates as Geom]);
  }
  const out = new Map<K, MultiPolygon>();
  for (const [key, geoms] of groups) out.set(key, multi(clip.union(geoms[0]!, ...geoms.slice(1)) as Geom));
  return out;
}

/** The ground each holder has on a date. `holderOf` gives a cell's holder, or null where none is recorded. */
export function holderAreas(cells: readonly Cell[], holderOf: (cell: Cell) => Holder | null): Map<Holder | 'none', MultiPolygon> {
  return dissolve(cells, (cell) => holderOf(cell) ?? 'none');
}

/** The outer edge of the whole area, as segments: the front line is every area edge that is not on it. */
export function outerEdge(units: readonly AreaUnit[]): Geom {
  const shapes = units.map((u) => toGeom(u.geometry));
  return clip.union(shapes[0]!, ...shapes.slice(1)) as Geom;
}

function segmentsOf(g: Geom): [Pair, Pair][] {
  const out: [Pair, Pair][] = [];
  for (const poly of g) for (const ring of poly) for (let i = 0; i + 1 < ring.length; i++) out.push([ring[i]!, ring[i + 1]!]);
  return out;
}

function distanceToSegment(p: Pair, [a, b]: [Pair, Pair]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * The front line: edges of one holder's area that do not lie on the outer edge of the whole
 * area, so each separates it from another holder's ground. Returned as joined polylines.
 */
export function frontLine(area: MultiPolygon | undefined, outer: Geom): Position[][] {
  if (!area) return [];
  const outerSegments = segmentsOf(outer);
  // A grid of the outer segments keeps the test local: about 0.05° cells.
  const grid = new Map<string, [Pair, Pair][]>();
  const cellKey = (x: number, y: number) => `${Math.floor(x / 0.05)},${Math.floor(y / 0.05)}`;
  for (const s of outerSegments) {
    const [x0, x1] = [Math.min(s[0][0], s[1][0]), Math.max(s[0][0], s[1][0])];
    const [y0, y1] = [Math.min(s[0][1], s[1][1]), Math.max(s[0][1], s[1][1])];
    for (let x = Math.floor(x0 / 0.05); x <= Math.floor(x1 / 0.05); x++) for (let y = Math.floor(y0 / 0.05); y <= Math.floor(y1 / 0.05); y++) {
      const k = `${x},${y}`;
      grid.set(k, [...(grid.get(k) ?? []), s]);
    }
  }
  const onOuter = (p: Pair) => (grid.get(cellKey(p[0], p[1])) ?? []).some((s) => distanceToSegment(p, s) < 1e-6);
  const lines: Position[][] = [];
  for (const poly of area.coordinates as Geom) for (const ring of poly) {
    let current: Position[] = [];
    const runs: Position[][] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i]!, ring[i + 1]!];
      const mid: Pair = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      if (onOuter(mid)) {
        if (current.length) runs.push(current);
        current = [];
      } else {
        if (!current.length) current.push(a);
        current.push(b);
      }
    }
    if (current.length) runs.push(current);
    // A run that wraps round the ring's start joins the first run.
    if (runs.length > 1) {
      const first = runs[0]!;
      const last = runs.at(-1)!;
      const [fx, fy] = first[0]!;
      const [lx, ly] = last.at(-1)!;
      if (fx === lx && fy === ly) runs.splice(0, 1, [...runs.pop()!, ...first.slice(1)]);
    }
    lines.push(...runs);
  }
  return lines;
}

/** A corridor's ground: its line buffered by half its width. */
export function corridorArea(line: LineString, widthKm: number): Polygon | MultiPolygon {
  const buffered = turfBuffer({ type: 'Feature', properties: {}, geometry: line }, widthKm / 2, { units: 'kilometers', steps: 4 });
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
export function unitShares(cells: readonly Cell[], holderOf: (cell: Cell) => Holder | null, corridor?: ReadonlyMap<string, number>): Map<string, Shares> {
  const out = new Map<string, Shares>();
  for (const cell of cells) {
    const shares = out.get(cell.unit) ?? emptyShares();
    const inCorridor = Math.min(cell.areaKm2, corridor?.get(cell.id) ?? 0);
    shares[holderOf(cell) ?? 'none'] += cell.areaKm2 - inCorridor;
    shares.peacekeepers += inCorridor;
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
