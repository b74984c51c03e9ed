/**
 * The lines every control map draws from one topology of the settlement cells: the front
 * (a border between cells whose ground has different holders), the unit borders and the
 * former oblast's outline. Shared by the build (static maps, exports) and the browser.
 */
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiLineString } from 'geojson';

export interface CellProperties {
  id: string;
  unit: string;
}
export type CellTopology = Topology<{ cells: GeometryCollection<CellProperties> }>;

import type { GeometryObject } from 'topojson-specification';
const prop = (g: GeometryObject) => (g as { properties?: unknown }).properties as CellProperties;

/** Borders between cells whose fill holders differ; `holderOf` gives a cell's fill holder by id (null: none recorded). */
export function frontMesh(topology: CellTopology, holderOf: (id: string) => string | null): MultiLineString {
  return mesh(
    topology,
    topology.objects.cells,
    (a: GeometryObject, b: GeometryObject) =>
      a !== b &&
      holderOf(prop(a).id) !== holderOf(prop(b).id) &&
      holderOf(prop(a).id) !== null &&
      holderOf(prop(b).id) !== null,
  );
}

/** Unit (district) borders and the outer edge. */
export function unitMesh(topology: CellTopology): MultiLineString {
  return mesh(
    topology,
    topology.objects.cells,
    (a: GeometryObject, b: GeometryObject) => a === b || prop(a).unit !== prop(b).unit,
  );
}

/** The outline of a group of units (the former oblast). */
export function groupOutline(topology: CellTopology, units: readonly string[]): MultiLineString {
  const inGroup = (g: GeometryObject) => units.includes(prop(g).unit);
  return mesh(topology, topology.objects.cells, (a: GeometryObject, b: GeometryObject) =>
    a === b ? inGroup(a) : inGroup(a) !== inGroup(b),
  );
}
