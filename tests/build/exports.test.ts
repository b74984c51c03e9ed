/** Every machine-readable export of the real content, built once into a temporary folder and read back with independent parsers. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import Ajv2020 from 'ajv/dist/2020.js';
import { contentIds } from '../helpers/build.ts';
import { CSV_FIELDS } from '../../src/lib/events-csv.ts';
import { TEST_SITE } from '../helpers/global-build.ts';
import { eventsExport, type EventsExport } from '../../src/lib/events-export.ts';
import { startInstant } from '../../src/lib/dates.ts';
import type { DataPackage } from '../../src/lib/datapackage.ts';

const SITE = TEST_SITE;
const eventIds = contentIds('events');
const placeIds = contentIds('places');

const build = { outDir: inject('siteDist') };
let json: EventsExport;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(() => {
  json = eventsExport.parse(JSON.parse(read('events.json')));
});

describe('the exports of the built site', () => {
  it('have every event in events.json, in the site order', () => {
    expect(eventIds.length).toBeGreaterThanOrEqual(3);
    expect(json.count).toBe(eventIds.length);
    expect(json.events.map((e) => e.id).sort()).toEqual([...eventIds].sort());
    for (const e of json.events) expect(e.url).toBe(`${SITE}/events/${e.id}/`);
  });

  it('feed.xml: RSS 2.0 with one item per event, newest first, GUIDs equal to permalinks', () => {
    const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(read('feed.xml'));
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.link).toBe(`${SITE}/`);
    const items: {
      title: string;
      link: string;
      guid: { '#text': string; '@_isPermaLink': string };
      pubDate: string;
      description: string;
    }[] = rss.rss.channel.item;
    expect(items).toHaveLength(json.count);
    expect(items.map((i) => i.link)).toEqual([...json.events].reverse().map((e) => e.url));
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    for (const i of items) {
      expect(i.guid['#text']).toBe(i.link);
      expect(i.guid['@_isPermaLink']).toBe('true');
      expect(i.title.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(i.pubDate))).toBe(false);
    }
    const item = (id: string) => items.find((i) => i.link === `${SITE}/events/${id}/`)!;
    expect(new Date(item('2020-11-10-ceasefire-in-force').pubDate).toISOString()).toBe('2020-11-09T21:00:00.000Z');
    // A month-precision event is dated by the first day of its month (local midnight in Baku).
    expect(Date.parse(item('2004-04-prague-process').pubDate)).toBe(startInstant('2004-04-01'));
    expect(item('2004-04-prague-process').description).toBe(
      json.events.find((e) => e.id === '2004-04-prague-process')!.summary,
    );
  });

  it('events.geojson: valid GeoJSON with one feature per event that has places', () => {
    const geo = check(read('events.geojson')) as FeatureCollection;
    const withPlaces = json.events.filter((e) => e.places.length > 0);
    expect(withPlaces.length).toBeGreaterThan(0);
    expect(geo.features.map((f) => f.id)).toEqual(withPlaces.map((e) => e.id));
    for (const f of geo.features) expect(f.properties!.url).toBe(`${SITE}/events/${f.id}/`);
  });

  it('places.geojson: valid GeoJSON with one point per place with coordinates', () => {
    const geo = check(read('places.geojson')) as FeatureCollection;
    expect(geo.features.map((f) => f.id).sort()).toEqual([...placeIds].sort());
    for (const f of geo.features) expect(f.geometry.type).toBe('Point');
  });

  it('events.ics: one VEVENT per event with stable UIDs, permalinks and the right dates', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('events.ics')));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(json.count);
    const uids = vevents.map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toEqual(json.events.map((e) => `${e.id}@${new URL(SITE).hostname}`));
    const vevent = (id: string) =>
      new ICAL.Event(vevents.find((v) => v.getFirstPropertyValue('uid') === `${id}@${new URL(SITE).hostname}`)!);
    for (const e of json.events) expect(vevent(e.id).component.getFirstPropertyValue('url')).toBe(e.url);

    const ceasefire = vevent('2020-11-10-ceasefire-in-force');
    expect(ceasefire.startDate.isDate).toBe(false);
    expect(ceasefire.startDate.toJSDate().toISOString()).toBe('2020-11-09T21:00:00.000Z');
    expect(ceasefire.summary).toBe(json.events.find((e) => e.id === '2020-11-10-ceasefire-in-force')!.title);
    expect(ceasefire.description).toContain('Certainty: Confirmed');

    const sumgait = vevent('1988-02-27-sumgait-pogrom');
    expect([sumgait.startDate.isDate, sumgait.startDate.toString(), sumgait.endDate.toString()]).toEqual([
      true,
      '1988-02-27',
      '1988-03-01',
    ]);
    const prague = vevent('2004-04-prague-process');
    expect([prague.startDate.isDate, prague.startDate.toString(), prague.endDate.toString()]).toEqual([
      true,
      '2004-04-01',
      '2004-05-01',
    ]);
  });

  it('events.csv: the specified header and one row per event, in order', () => {
    const csv = Papa.parse<Record<string, string>>(read('events.csv'), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    // The header as specified (tests/unit/exports.test.ts holds the list) reaches the built file.
    expect(csv.meta.fields).toEqual(CSV_FIELDS.map((f) => f.name));
    expect(csv.data).toHaveLength(json.count);
    expect(csv.data.map((r) => r.id)).toEqual(json.events.map((e) => e.id));
    for (const [i, row] of csv.data.entries()) {
      const e = json.events[i]!;
      expect(row).toMatchObject({
        url: e.url,
        date: e.date,
        end: e.end ?? '',
        title: e.title,
        summary: e.summary,
        significance: String(e.significance),
      });
      expect(row.places).toBe(e.places.map((p) => p.label).join('; '));
      expect(row.sources).toBe(e.sources.map((s) => s.id).join('; '));
    }
  });

  it('datapackage.json: every resource exists, the CSV schema matches its header and events.json validates against the generated JSON Schema', () => {
    const pkg = JSON.parse(read('datapackage.json')) as DataPackage;
    expect(pkg.licenses.map((l) => l.name)).toContain('CC-BY-4.0');
    expect(pkg.version).toBe(`${json.version}.0.0`);
    // Every data file the build writes at the top is described (the unit test holds the list), and every described file exists.
    const dataFiles = globSync('*.{csv,json,geojson,ics,xml}', { cwd: build.outDir }).filter(
      (f) => f !== 'datapackage.json' && !f.startsWith('sitemap'),
    );
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(dataFiles.sort());
    for (const r of pkg.resources) expect(existsSync(join(build.outDir, r.path)), r.path).toBe(true);

    const csv = pkg.resources.find((r) => r.path === 'events.csv')!;
    const header = Papa.parse<string[]>(read('events.csv'), { preview: 1 }).data[0];
    expect((csv.schema as { fields: { name: string }[] }).fields.map((f) => f.name)).toEqual(header);

    const validate = new Ajv2020({ allErrors: true }).compile(
      pkg.resources.find((r) => r.path === 'events.json')!.schema!,
    );
    const doc = JSON.parse(read('events.json'));
    expect(validate(doc), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(validate({ ...doc, events: [{ ...doc.events[0], certainty: 'probable' }] })).toBe(false);
  });

  it('control.json and control.csv validate against their schemas in datapackage.json, one CSV row per interval', () => {
    const pkg = JSON.parse(read('datapackage.json')) as DataPackage;
    const doc = JSON.parse(read('control.json')) as { version: number; places: { id: string; intervals: unknown[] }[] };
    const validate = new Ajv2020({ allErrors: true }).compile(
      pkg.resources.find((r) => r.path === 'control.json')!.schema!,
    );
    expect(validate(doc), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(
      validate({
        ...doc,
        places: [
          { ...doc.places[0], intervals: [{ from: null, to: null, holder: 'nobody', basis: null, event: null }] },
        ],
      }),
    ).toBe(false);
    const fields = (
      pkg.resources.find((r) => r.path === 'control.csv')!.schema as {
        fields: { name: string; constraints?: { required?: boolean; enum?: string[] } }[];
      }
    ).fields;
    const csv = Papa.parse<Record<string, string>>(read('control.csv'), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual(fields.map((f) => f.name));
    const bad = csv.data.flatMap((row, i) =>
      fields.flatMap((f) => {
        const v = row[f.name] ?? '';
        if (f.constraints?.required && v === '') return [`row ${i + 2}: ${f.name} is required`];
        if (f.constraints?.enum && v !== '' && !f.constraints.enum.includes(v))
          return [`row ${i + 2}: ${f.name} "${v}" not in ${f.constraints.enum.join('|')}`];
        return [];
      }),
    );
    expect(bad).toEqual([]);
    expect(csv.data).toHaveLength(doc.places.reduce((n, p) => n + p.intervals.length, 0));
    expect(doc.places.length).toBeGreaterThanOrEqual(150);
  });

  it('robots.txt: allows all and points to the sitemap index', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
  });
});
