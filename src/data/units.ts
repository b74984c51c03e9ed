/** The admin-1 units of the map, built once per process; no Astro import, so the content loader (src/content/) uses them too. */
import type { Topology } from 'topojson-specification';
import { unitsFromTopology, type UnitFeature } from '../lib/geo.ts';
import { MAP } from '../config.ts';
// Import attributes: plain Node (check:content) and Vite (the build) both read the committed units.
import azeUnits from './geo/aze.topo.json' with { type: 'json' };
import armUnits from './geo/arm.topo.json' with { type: 'json' };

/** Admin-1 units committed with the code (src/data/geo/README.md says where they come from). */
const committedTopology = (code: 'aze' | 'arm') => (code === 'aze' ? azeUnits : armUnits) as unknown as Topology;

let units: UnitFeature[] | undefined;
export function adminUnits(): UnitFeature[] {
  units ??= [
    ...unitsFromTopology(committedTopology('aze'), 'aze', 'azerbaijan', {
      maxLng: MAP.contextMaxLng,
    }),
    ...unitsFromTopology(committedTopology('arm'), 'arm', 'armenia'),
  ];
  return units;
}
