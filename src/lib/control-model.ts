/**
 * The control model every map view reads: settlement cells, what each cell shows on a
 * day, the front line and the shares per unit, computed once from the places, the
 * events and the unit polygons. The Leaflet map, the static SVG maps, the tables,
 * the exports and the tests all take their picture from here.
 */
import * as clip from 'polyclip-ts';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import {
  controlHistory,
  changeDays,
  isSettlement,
  statusOn,
  type ControlEvent,
  type ControlPlace,
  type ControlStatus,
  type ControlStep,
} from './control.ts';
import type { Holder } from './schema.ts';
import {
  cellTopology,
  corridorArea,
  dissolve,
  overlapKm2,
  settlementCells,
  sharesBy,
  unitShares,
  type AreaUnit,
  type Cell,
  type Shares,
} from './control-areas.ts';
import { frontMesh, groupOutline, unitMesh } from './map-layers.ts';
import { daysBetween } from './dates.ts';
import { swapAxes } from './geo.ts';

export interface ModelPlace extends ControlPlace {
  coordinates: [number, number];
  geometryKey?: string | undefined;
}

export interface ModelInput {
  places: readonly ModelPlace[];
  /** In the site's order. */
  events: readonly ControlEvent[];
  /** The units whose ground is shared out among settlements, keyed by geometry key. */
  units: readonly AreaUnit[];
  corridor?: { id: string; line: LineString; widthKm: number };
  start: string;
  end: string;
}

/** What one cell shows on a day: the holder whose colour fills it and the basis of the settlement's status. */
export interface CellView {
  holder: Holder | null;
  basis: ControlStatus['basis'] | null;
  status: ControlStatus | null;
}

export function buildControlModel(input: ModelInput) {
  const byId = new Map(input.places.map((p) => [p.id, p]));
  const unitKeys = new Set(input.units.map((u) => u.key));
  const unitOf = (p: ModelPlace): string | undefined => {
    const key = p.geometryKey ?? (p.district ? byId.get(p.district)?.geometryKey : undefined);
    return key && unitKeys.has(key) ? key : undefined;
  };
  const settlements = input.places.filter((p) => isSettlement(p) && p.country === 'azerbaijan' && unitOf(p));
  const cells = settlementCells(
    input.units,
    settlements.map((p) => ({ id: p.id, unit: unitOf(p)!, lngLat: swapAxes(p.coordinates) })),
  );
  const history = controlHistory(input.events, input.places);
  const days = daysBetween(input.start, input.end);
  const frameDays = [input.start, ...changeDays(history, input.start, input.end)];
  const topology = cellTopology(cells);
  const outer = input.units.flatMap((u) =>
    u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates,
  );
  const outerUnion = clip.union(
    outer[0] as [number, number][][],
    ...(outer.slice(1) as [number, number][][][]),
  ) as Position[][][];
  const corridor = input.corridor
    ? clipToOuter(corridorArea(input.corridor.line, input.corridor.widthKm), outerUnion)
    : undefined;
  const corridorOverlap = corridor ? overlapKm2(cells, corridor) : undefined;

  const statusOf = (id: string, day: string) => statusOn(history.get(id), day) ?? null;
  /** The frame in force on a day: the last day on or before it on which anything changed. */
  const frameOf = (day: string) => frameDays.filter((d) => d <= day).at(-1) ?? input.start;

  const viewCache = new Map<string, Map<string, CellView>>();
  /** Every cell's view on a day. A settlement inside the corridor shows the ground it had before (or its district's); the corridor layer shows the peacekeepers. */
  function viewsOn(day: string): Map<string, CellView> {
    const frame = frameOf(day);
    const cached = viewCache.get(frame);
    if (cached) return cached;
    const views = new Map<string, CellView>();
    const byUnit = new Map<string, Map<Holder, number>>();
    for (const cell of cells) {
      const status = cell.id.startsWith('unit:') ? null : statusOf(cell.id, frame);
      views.set(cell.id, { holder: status?.holder ?? null, basis: status?.basis ?? null, status });
      if (status && status.holder !== 'peacekeepers') {
        const tally = byUnit.get(cell.unit) ?? new Map<Holder, number>();
        tally.set(status.holder, (tally.get(status.holder) ?? 0) + cell.areaKm2);
        byUnit.set(cell.unit, tally);
      }
    }
    for (const cell of cells) {
      const view = views.get(cell.id)!;
      if (view.holder !== 'peacekeepers') continue;
      const tally = [...(byUnit.get(cell.unit) ?? new Map<Holder, number>())].sort((a, b) => b[1] - a[1]);
      views.set(cell.id, { ...view, holder: view.status?.ground ?? tally[0]?.[0] ?? null });
    }
    viewCache.set(frame, views);
    return views;
  }

  const holderById = (day: string) => {
    const views = viewsOn(day);
    return (id: string) => views.get(id)?.holder ?? null;
  };
  const holderOn = (day: string) => {
    const byId = holderById(day);
    return (cell: Cell) => byId(cell.id);
  };
  const corridorOn = (day: string) => (input.corridor ? statusOf(input.corridor.id, day) : null);

  return {
    cells,
    history,
    days,
    /** The days on which the picture changes, starting with the first day of the range. */
    frameDays,
    frameOf,
    viewsOn,
    corridor,
    corridorOn,
    /** The ground on a day merged by what it shows (holder and basis): what static maps fill. */
    viewAreasOn: (day: string) => {
      const views = viewsOn(day);
      return dissolve(topology, (id) => {
        const v = views.get(id)!;
        return v.holder ? `${v.holder}|${v.basis ?? 'confirmed'}` : 'none';
      });
    },
    /** The ground each holder has on a day. */
    areasOn: (day: string) => dissolve(topology, (id) => holderById(day)(id) ?? 'none'),
    /** The front line on a day: every border between ground of different holders. */
    frontOn: (day: string): Position[][] => frontMesh(topology, holderById(day)).coordinates,
    topology,
    unitBorders: () => unitMesh(topology),
    groupOutline: (units: readonly string[]) => groupOutline(topology, units),
    /** Each unit's km² by holder on a day; the corridor counts for the peacekeepers once they hold it. */
    sharesOn: (day: string): Map<string, Shares> =>
      unitShares(cells, holderOn(day), corridorOn(day)?.holder === 'peacekeepers' ? corridorOverlap : undefined),
    /** The ground of a group of units on a day, in km², split as the share chart draws it: each side's confirmed or agreed ground apart from what was only claimed. */
    chartSharesOn: (day: string, units: readonly string[]): Record<ChartKey, number> => {
      const views = viewsOn(day);
      const keyOf = (cell: Cell): ChartKey => {
        const v = views.get(cell.id)!;
        if (!v.holder) return 'none';
        const firm = v.basis === 'confirmed' || v.basis === 'agreed';
        return `${v.holder === 'azerbaijan' ? 'az' : 'arm'}-${firm ? 'firm' : 'claimed'}` as ChartKey;
      };
      const empty = (): Record<ChartKey, number> => ({
        'az-firm': 0,
        'az-claimed': 0,
        'arm-firm': 0,
        'arm-claimed': 0,
        corridor: 0,
        none: 0,
      });
      const byUnit = sharesBy(
        cells.filter((c) => units.includes(c.unit)),
        keyOf,
        'corridor',
        empty,
        corridorOn(day)?.holder === 'peacekeepers' ? corridorOverlap : undefined,
      );
      const total = empty();
      for (const s of byUnit.values()) for (const k of Object.keys(total) as ChartKey[]) total[k] += s[k];
      return total;
    },
    statusOf,
    settlements,
    unitOf,
  };
}

/** The bands of the share chart, bottom to top. */
export const CHART_KEYS = ['az-firm', 'az-claimed', 'corridor', 'arm-claimed', 'arm-firm', 'none'] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

function clipToOuter(area: Polygon | MultiPolygon, outer: Position[][][]): MultiPolygon {
  // The corridor line starts in Armenia; only its part inside the area is the corridor's ground.
  return { type: 'MultiPolygon', coordinates: intersect(area, outer) };
}

function intersect(area: Polygon | MultiPolygon, outer: Position[][][]): Position[][][] {
  const a = (area.type === 'Polygon' ? [area.coordinates] : area.coordinates) as [number, number][][][];
  return clip.intersection(a, outer as [number, number][][][]) as Position[][][];
}

/** Percentages of a unit's ground by holder, rounded to whole numbers. */
export function percentages(shares: Shares): Record<keyof Shares, number> {
  const total = shares.azerbaijan + shares['armenian-forces'] + shares.peacekeepers + shares.none;
  const pct = (v: number) => (total ? Math.round((v / total) * 100) : 0);
  return {
    azerbaijan: pct(shares.azerbaijan),
    'armenian-forces': pct(shares['armenian-forces']),
    peacekeepers: pct(shares.peacekeepers),
    none: pct(shares.none),
  };
}

export type { ControlStep };
