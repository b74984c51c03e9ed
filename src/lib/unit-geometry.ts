/** The map's units as the content rules see them: known keys, and how far a point lies outside a unit. */
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { UnitGeometry } from './content-checks.ts';
import { swapAxes } from './geo.ts';

export function unitGeometry(
  units: readonly Feature<Polygon | MultiPolygon, { key: string }>[],
  /** Units drawn as part of another (MAP.mergedUnits): their ground counts as that unit's. */
  merged: Readonly<Record<string, string>> = {},
): UnitGeometry {
  const parts = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  for (const unit of units) {
    for (const key of new Set([unit.properties.key, merged[unit.properties.key]])) {
      if (key) parts.set(key, [...(parts.get(key) ?? []), unit]);
    }
  }
  return {
    has: (key) => parts.has(key),
    kmOutside: (key, point) => {
      const features = parts.get(key);
      if (!features) return undefined;
      const lngLat = swapAxes([point[0], point[1]]);
      return Math.max(0, Math.min(...features.map((f) => pointToPolygonDistance(lngLat, f, { units: 'kilometers' }))));
    },
  };
}
