import { describe, expect, it } from 'vitest';
import {
  cellTopology,
  corridorArea,
  dissolve,
  overlapKm2,
  settlementCells,
  unitShares,
  type AreaUnit,
  type Cell,
} from '../../src/lib/control-areas.ts';
import { frontMesh, groupOutline, unitMesh } from '../../src/lib/map-layers.ts';
import type { Holder } from '../../src/lib/schema.ts';

const square = (x0: number, y0: number, size: number): AreaUnit['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ],
});
// Two units side by side, 0.2° wide: west with three settlements, east with one.
const units: AreaUnit[] = [
  { key: 'west', geometry: square(46.0, 39.6, 0.2) },
  { key: 'east', geometry: square(46.2, 39.6, 0.2) },
];
const settlements = [
  { id: 'w1', unit: 'west', lngLat: [46.05, 39.65] as [number, number] },
  { id: 'w2', unit: 'west', lngLat: [46.15, 39.65] as [number, number] },
  { id: 'w3', unit: 'west', lngLat: [46.1, 39.75] as [number, number] },
  { id: 'e1', unit: 'east', lngLat: [46.3, 39.7] as [number, number] },
];
const cells = settlementCells(units, settlements);
const byId = new Map(cells.map((c) => [c.id, c]));
const total = (u: string) => cells.filter((c) => c.unit === u).reduce((s, c) => s + c.areaKm2, 0);

describe('settlementCells', () => {
  it('partitions each unit among its settlements', () => {
    expect(cells.map((c) => c.id).sort()).toEqual(['e1', 'w1', 'w2', 'w3']);
    // 0.2° × 0.2° at 39.7° N is about 17.1 km × 22.2 km.
    expect(total('west')).toBeGreaterThan(370);
    expect(total('west')).toBeLessThan(385);
    expect(byId.get('e1')!.areaKm2).toBeCloseTo(total('east'), 6);
  });
  it('gives a unit without settlements one cell of its own', () => {
    const lone = settlementCells([{ key: 'empty', geometry: square(47, 39, 0.1) }], []);
    expect(lone.map((c) => c.id)).toEqual(['unit:empty']);
  });
});

describe('a village claim changes only the ground around that village', () => {
  const before = (c: Cell): Holder => (c.unit === 'west' ? 'armenian-forces' : 'azerbaijan');
  const after = (c: Cell): Holder => (c.id === 'w2' ? 'azerbaijan' : before(c));
  it("moves exactly the village cell's area in the shares", () => {
    const s0 = unitShares(cells, before).get('west')!;
    const s1 = unitShares(cells, after).get('west')!;
    expect(s1.azerbaijan - s0.azerbaijan).toBeCloseTo(byId.get('w2')!.areaKm2, 6);
    expect(s0['armenian-forces'] - s1['armenian-forces']).toBeCloseTo(byId.get('w2')!.areaKm2, 6);
    expect(unitShares(cells, after).get('east')).toEqual(unitShares(cells, before).get('east'));
  });
  const topo = cellTopology(cells);
  const byIdHolder = (f: (c: Cell) => Holder) => (id: string) => f(byId.get(id)!);
  it('moves the front line off the unit border', () => {
    const line0 = frontMesh(topo, byIdHolder(before)).coordinates;
    // Before: the front is the border between the units, at 46.2° E, and all of it.
    expect(line0.length).toBeGreaterThan(0);
    expect(line0.flat().every((p) => Math.abs(p[0]! - 46.2) < 1e-4)).toBe(true);
    const ys = line0.flat().map((p) => p[1]!);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(0.2, 3);
    const line1 = frontMesh(topo, byIdHolder(after)).coordinates;
    expect(line1.flat().some((p) => p[0]! < 46.2 - 1e-3)).toBe(true);
  });
  it('merges the cells of one holder into one area, and draws unit borders and group outlines from the same arcs', () => {
    const areas = dissolve(topo, byIdHolder(after));
    expect([...areas.keys()].sort()).toEqual(['armenian-forces', 'azerbaijan']);
    expect(
      unitMesh(topo)
        .coordinates.flat()
        .some((p) => Math.abs(p[0]! - 46.2) < 1e-4),
    ).toBe(true);
    const west = groupOutline(topo, ['west']).coordinates.flat();
    expect(west.every((p) => p[0]! <= 46.2 + 1e-4)).toBe(true);
  });
});

describe('a handover changes the whole district', () => {
  it("gives the district's whole area to the new holder", () => {
    const handed = unitShares(cells, () => 'azerbaijan').get('west')!;
    expect(handed.azerbaijan).toBeCloseTo(total('west'), 6);
    expect(handed['armenian-forces']).toBe(0);
    expect(frontMesh(cellTopology(cells), () => 'azerbaijan').coordinates).toEqual([]);
  });
});

describe('corridor', () => {
  it('is a buffer of its width whose ground counts for the peacekeepers', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [46.02, 39.7],
        [46.38, 39.7],
      ],
    };
    const area = corridorArea(line, 5);
    const overlap = overlapKm2(cells, area);
    const inCorridor = [...overlap.values()].reduce((a, b) => a + b, 0);
    // About 31 km long and 5 km wide, plus rounded ends.
    expect(inCorridor).toBeGreaterThan(150);
    expect(inCorridor).toBeLessThan(175);
    const shares = unitShares(cells, () => 'azerbaijan', overlap);
    expect(shares.get('west')!.peacekeepers + shares.get('east')!.peacekeepers).toBeCloseTo(inCorridor, 6);
  });
});

describe('static map paths', () => {
  it('draw a counter-clockwise (GeoJSON) area as itself, not as the globe outside it', async () => {
    const { svgProjection } = await import('../../src/lib/map-svg.ts');
    const frame = svgProjection({
      width: 200,
      height: 200,
      bounds: [
        [39, 46],
        [40, 47],
      ],
    });
    const ccw = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [46.4, 39.4],
          [46.6, 39.4],
          [46.6, 39.6],
          [46.4, 39.6],
          [46.4, 39.4],
        ],
      ],
    };
    const xs = frame
      .d(ccw)
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    // The square's path stays well inside the 200 px frame; the complement would run along the frame's edges.
    expect(Math.min(...xs)).toBeGreaterThan(20);
    expect(Math.max(...xs)).toBeLessThan(180);
  });
});
