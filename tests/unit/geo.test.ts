import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { createRequire } from 'node:module';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import booleanValid from '@turf/boolean-valid';
import { geoArea, geoCentroid } from 'd3-geo';
import { FOCUS_UNITS, outlinesFromTopology, swapAxes, unitAt, unitsFromTopology } from '../../src/lib/geo.ts';

const require = createRequire(import.meta.url);
const committedTopology = (code: string) =>
  JSON.parse(readFileSync(new URL(`../../src/data/geo/${code}.topo.json`, import.meta.url), 'utf8')) as Topology;
const read = (s: string) => readFileSync(require.resolve(s), 'utf8');
const az = unitsFromTopology(committedTopology('aze'), 'aze', 'azerbaijan');
const am = unitsFromTopology(committedTopology('arm'), 'arm', 'armenia');
const units = [...az, ...am];
const byKey = (key: string) => units.filter((u) => u.properties.key === key);

describe('admin units from the committed Natural Earth TopoJSON', () => {
  it('gives every unit a unique key although source ids repeat', () => {
    const keys = units.map((u) => u.properties.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(az.filter((u) => u.properties.sourceId === 'AZ.SU')).toHaveLength(2);
    expect(az.filter((u) => u.properties.sourceId === 'AZ.XC')).toHaveLength(2);
  });

  const expected: Record<string, string> = {
    'agdam-district': 'Agdam District',
    'fuzuli-district': 'Fuzuli District',
    'jabrayil-district': 'Jabrayil District',
    'zangilan-district': 'Zangilan District',
    'qubadli-district': 'Qubadli District',
    'lachin-district': 'Lachin District',
    'kalbajar-district': 'Kalbajar District',
    'khojaly-district': 'Khojaly District',
    'khojavend-district': 'Khojavend District',
    'shusha-district': 'Shusha District',
    khankendi: 'Khankendi / Stepanakert',
    'tartar-district': 'Tartar District',
    syunik: 'Syunik Province',
  };
  for (const [key, name] of Object.entries(expected)) {
    it(`has ${name} once, named right, with a valid polygon`, () => {
      const found = byKey(key);
      expect(found).toHaveLength(1);
      const unit = found[0]!;
      expect(unit.properties.name).toBe(name);
      expect(unit.properties.focus).toBe(true);
      expect(booleanValid(unit)).toBe(true);
      expect(() => checkGeoJson(JSON.stringify(unit))).not.toThrow();
      // A ring wound the wrong way would cover the rest of the globe.
      expect(geoArea(unit)).toBeLessThan(0.001);
    });
  }

  it('corrects the unit mislabelled "Lankaran" to Lachin, keeping the real Lankaran on the Caspian', () => {
    const lachin = byKey('lachin-district')[0]!;
    expect(lachin.properties.sourceName).toBe('Lankaran');
    expect(lachin.properties.correction).toMatch(/Lankaran/);
    const [lng, lat] = geoCentroid(lachin);
    expect(lng).toBeGreaterThan(46.1);
    expect(lng).toBeLessThan(46.6);
    expect(lat).toBeGreaterThan(39.4);
    expect(lat).toBeLessThan(40.0);
    const stillLankaran = units.filter((u) => u.properties.name === 'Lankaran');
    expect(stillLankaran.length).toBeGreaterThan(0);
    for (const u of stillLankaran) expect(geoCentroid(u)[0]).toBeGreaterThan(48.5);
  });

  it('finds the unit that contains a gazetteer point given as [lat, lon]', () => {
    // Lachin town itself falls just inside the generalised Shusha polygon, so test a point well inside the district.
    expect(unitAt(units, [39.75, 46.3])?.properties.key).toBe('lachin-district');
    expect(unitAt(units, [39.993, 46.931])?.properties.key).toBe('agdam-district');
    expect(unitAt(units, [39.511, 46.342])?.properties.key).toBe('syunik');
  });

  it('leaves far-away context units out when asked, never a focus unit', () => {
    const trimmed = unitsFromTopology(committedTopology('aze'), 'aze', 'azerbaijan', { maxLng: 46.0 });
    expect(trimmed.length).toBeLessThan(az.length);
    for (const rule of FOCUS_UNITS.filter((r) => r.sourceId.startsWith('AZ')))
      expect(
        trimmed.some((u) => u.properties.key === rule.key),
        rule.key,
      ).toBe(true);
  });

  it('the whole collection is valid GeoJSON', () => {
    expect(() => checkGeoJson(JSON.stringify({ type: 'FeatureCollection', features: units }))).not.toThrow();
  });
});

describe('outlines and axes', () => {
  it('keeps only the requested countries from world-atlas', () => {
    const outlines = outlinesFromTopology(JSON.parse(read('world-atlas/countries-110m.json')), ['031', '051']);
    expect(outlines.map((o) => o.properties.name).sort()).toEqual(['Armenia', 'Azerbaijan']);
  });
  it('swaps [lat, lng] and [lng, lat] both ways', () => {
    expect(swapAxes([39.758, 46.748])).toEqual([46.748, 39.758]);
    expect(swapAxes(swapAxes([1, 2]))).toEqual([1, 2]);
  });
});
