/** The pure export builders (iCalendar, CSV, data package) on a small inline content set. */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import Ajv2020 from 'ajv/dist/2020.js';
import { plainSchemas } from '../../src/lib/schema.ts';
import { makeLookup, resolveEvents } from '../../src/lib/resolve.ts';
import { buildEventsExport } from '../../src/lib/events-export.ts';
import { calendarSpan, eventStart, eventsToIcs, icsTimes, latestContentInstant } from '../../src/lib/ics-export.ts';
import { CSV_FIELDS, eventsToCsv } from '../../src/lib/events-csv.ts';
import { buildDataPackage, DATA_PACKAGE_VERSION } from '../../src/lib/datapackage.ts';

const places = [
  {
    id: 'shusha',
    data: plainSchemas.place.parse({
      kind: 'town',
      names: { en: 'Shusha', alt: 'Shushi' },
      coordinates: [39.758, 46.748],
      coordinatesSource: { source: 'geonames', locator: 'GeoNames 147105' },
      country: 'azerbaijan',
    }),
  },
  {
    id: 'lachin',
    data: plainSchemas.place.parse({
      kind: 'town',
      names: { en: 'Lachin', alt: 'Berdzor' },
      coordinates: [39.64, 46.55],
      coordinatesSource: { source: 'geonames' },
      country: 'azerbaijan',
    }),
  },
];
const actors = [
  { id: 'aliyev', data: plainSchemas.actor.parse({ name: 'Ilham Aliyev', kind: 'person' }) },
  { id: 'pashinyan', data: plainSchemas.actor.parse({ name: 'Nikol Pashinyan', kind: 'person' }) },
];
const sources = [
  {
    id: 'src-a',
    data: plainSchemas.source.parse({
      title: 'Report',
      publisher: 'Agency',
      kind: 'news',
      perspective: 'independent',
      language: 'en',
    }),
  },
  {
    id: 'src-b',
    data: plainSchemas.source.parse({
      title: 'Statement',
      publisher: 'Ministry',
      kind: 'government',
      perspective: 'official',
      language: 'en',
    }),
  },
];
const event = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: plainSchemas.event.parse({
    title: `Event ${id}`,
    summary: `Summary of ${id}, with "quotes", commas\nand a line break.`,
    phase: 'war',
    category: 'military',
    significance: 2,
    certainty: 'confirmed',
    sources: [{ source: 'src-a' }],
    ...fields,
  }),
});
const events = resolveEvents(
  [
    event('ceasefire', {
      date: '2020-11-10T00:00+03:00',
      zone: 'Europe/Moscow',
      significance: 1,
      places: ['shusha', 'lachin'],
      actors: ['aliyev', 'pashinyan'],
      sources: [{ source: 'src-a' }, { source: 'src-b' }],
    }),
    event('talks', { date: '2020-10-09', end: '2020-10-10', category: 'diplomatic', certainty: 'disputed' }),
    event('process', { date: '2004-04', phase: 'background' }),
    event('year', { date: '1994', phase: 'background', corrections: [{ date: '2020-12-05', note: 'Date fixed.' }] }),
    event('shelling', { date: '2020-12-31', phase: 'aftermath', places: ['shusha'] }),
  ],
  makeLookup(places, actors, sources),
);
const permalink = (id: string) => `https://x.org/events/${id}/`;
const byId = (id: string) => events.find((e) => e.id === id)!;

describe('eventStart', () => {
  it('is the instant of a date-time and local (UTC+4) midnight of the first day of a calendar date', () => {
    expect(new Date(eventStart(byId('ceasefire'))).toISOString()).toBe('2020-11-09T21:00:00.000Z');
    expect(new Date(eventStart(byId('talks'))).toISOString()).toBe('2020-10-08T20:00:00.000Z');
    expect(new Date(eventStart(byId('year'))).toISOString()).toBe('1993-12-31T20:00:00.000Z');
  });
  it('starts a coarser precision than its date at the first day of the month or year', () => {
    expect(eventStart({ date: '2020-11-10', precision: 'month' })).toBe(
      eventStart({ date: '2020-11-01', precision: 'day' }),
    );
    expect(eventStart({ date: '2020-11-10', precision: 'year' })).toBe(
      eventStart({ date: '2020-01-01', precision: 'day' }),
    );
  });
});

describe('calendarSpan', () => {
  it('covers a day, a month (also across the new year) or a year, with an exclusive end', () => {
    expect(calendarSpan('2020-02-29', 'day')).toEqual({ first: [2020, 2, 29], after: [2020, 3, 1] });
    expect(calendarSpan('2020-12', 'month')).toEqual({ first: [2020, 12, 1], after: [2021, 1, 1] });
    expect(calendarSpan('2020-11-10', 'month')).toEqual({ first: [2020, 11, 1], after: [2020, 12, 1] });
    expect(calendarSpan('1994', 'year')).toEqual({ first: [1994, 1, 1], after: [1995, 1, 1] });
  });
  it('puts a date-time on its local day in Baku and Yerevan', () => {
    expect(calendarSpan('2020-11-09T22:30+03:00', 'day').first).toEqual([2020, 11, 9]);
    expect(calendarSpan('2020-11-09T23:30+03:00', 'day').first).toEqual([2020, 11, 10]);
  });
});

describe('icsTimes', () => {
  it('ends a timed event at its own end instant, or at local midnight after a calendar end date', () => {
    expect(icsTimes({ date: '2020-11-10T00:00+03:00', end: '2020-11-10T12:00+03:00', precision: 'day' })).toEqual({
      start: Date.parse('2020-11-09T21:00Z'),
      end: Date.parse('2020-11-10T09:00Z'),
    });
    expect(icsTimes({ date: '2020-11-10T00:00+03:00', end: '2020-11-11', precision: 'day' }).end).toBe(
      Date.parse('2020-11-11T20:00Z'),
    );
    expect(icsTimes({ date: '2020-11-10T00:00+03:00', precision: 'day' })).toEqual({
      start: Date.parse('2020-11-09T21:00Z'),
    });
  });
  it('spans a month-precision span from the first of its first month to the first after its last', () => {
    expect(icsTimes({ date: '1993-04', end: '1993-06', precision: 'month' })).toEqual({
      start: [1993, 4, 1],
      end: [1993, 7, 1],
    });
  });
});

describe('eventsToIcs', () => {
  const ics = eventsToIcs(events, { calName: 'Timeline', host: 'x.org', permalink });
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const vevent = (id: string) => new ICAL.Event(vevents.find((v) => v.getFirstPropertyValue('uid') === `${id}@x.org`)!);

  it('has one VEVENT per event with a stable UID, the permalink and the title', () => {
    expect(vevents).toHaveLength(events.length);
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(events.map((e) => `${e.id}@x.org`));
    expect(vevent('talks').summary).toBe('Event talks');
    expect(vevents[0]!.getFirstPropertyValue('url')).toBe(permalink(events[0]!.id));
  });
  it('writes a date-time as a timed event in UTC', () => {
    const e = vevent('ceasefire');
    expect(e.startDate.isDate).toBe(false);
    expect(e.startDate.toJSDate().toISOString()).toBe('2020-11-09T21:00:00.000Z');
    expect(ics).toContain('DTSTART:20201109T210000Z');
  });
  it('writes calendar dates as all-day events spanning their day, span, month or year', () => {
    const span = (id: string) => [vevent(id).startDate.toString(), vevent(id).endDate.toString()];
    expect(vevent('talks').startDate.isDate).toBe(true);
    expect(span('talks')).toEqual(['2020-10-09', '2020-10-11']);
    expect(span('shelling')).toEqual(['2020-12-31', '2021-01-01']);
    expect(span('process')).toEqual(['2004-04-01', '2004-05-01']);
    expect(span('year')).toEqual(['1994-01-01', '1995-01-01']);
    expect(ics).toContain('DTSTART;VALUE=DATE:20201009');
  });
  it('describes each event by its summary and certainty, and escapes text', () => {
    const description = vevent('talks').description;
    expect(description).toContain('Summary of talks, with "quotes", commas\nand a line break.');
    expect(description).toContain('Certainty: Disputed');
  });
  it('is reproducible: DTSTAMP is the latest content date, not the build time', () => {
    expect(eventsToIcs(events, { calName: 'Timeline', host: 'x.org', permalink })).toBe(ics);
    expect(new Date(latestContentInstant(events)).toISOString()).toBe('2020-12-30T20:00:00.000Z');
    expect(vevents[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2020-12-30T20:00:00Z');
  });
});

describe('eventsToCsv', () => {
  const csv = eventsToCsv(events, permalink);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('has the specified header and one row per event, in order', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'id',
      'url',
      'date',
      'end',
      'precision',
      'dateText',
      'phase',
      'category',
      'significance',
      'certainty',
      'title',
      'summary',
      'places',
      'actors',
      'sources',
    ]);
    expect(CSV_FIELDS.map((f) => f.name)).toEqual(parsed.meta.fields);
    expect(parsed.data.map((r) => r.id)).toEqual(events.map((e) => e.id));
  });
  it('joins lists by "; " and round-trips quotes, commas and line breaks', () => {
    const row = parsed.data.find((r) => r.id === 'ceasefire')!;
    expect(row).toMatchObject({
      url: permalink('ceasefire'),
      date: '2020-11-10T00:00+03:00',
      end: '',
      precision: 'day',
      significance: '1',
      places: 'Shusha / Shushi; Lachin / Berdzor',
      actors: 'Ilham Aliyev; Nikol Pashinyan',
      sources: 'src-a; src-b',
      summary: byId('ceasefire').summary,
    });
    expect(parsed.data.find((r) => r.id === 'talks')).toMatchObject({
      end: '2020-10-10',
      places: '',
      actors: '',
      dateText: '9–10 October 2020',
    });
  });
});

describe('buildDataPackage', () => {
  const pkg = buildDataPackage({
    name: 'pkg',
    title: 'T',
    description: 'D',
    homepage: 'https://x.org/',
    license: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' },
  });
  const resource = (name: string) => pkg.resources.find((r) => r.name === name)!;

  it('describes every export by a relative path', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual([
      'control.csv',
      'control.json',
      'events.csv',
      'events.geojson',
      'events.ics',
      'events.json',
      'feed.xml',
      'places.geojson',
    ]);
    for (const r of pkg.resources) expect(r.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(pkg.version).toBe(DATA_PACKAGE_VERSION);
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
  });
  it('gives the CSV a Table Schema listing its columns', () => {
    const csv = resource('events-csv');
    expect(csv.profile).toBe('tabular-data-resource');
    const fields = (csv.schema as { fields: { name: string; type: string }[] }).fields;
    expect(fields.map((f) => f.name)).toEqual(CSV_FIELDS.map((f) => f.name));
    expect(fields.find((f) => f.name === 'significance')!.type).toBe('integer');
  });
  it('gives events.json a JSON Schema generated from zod that accepts a real export and rejects a broken one', () => {
    const schema = resource('events-json').schema as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const doc = JSON.parse(JSON.stringify(buildEventsExport(events, { title: 'T', licence: 'L', permalink })));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...doc, version: 2 })).toBe(false);
    expect(validate({ ...doc, events: [{ ...doc.events[0], significance: 4 }] })).toBe(false);
    expect(validate({ ...doc, events: [{ ...doc.events[0], sources: [] }] })).toBe(false);
    expect(validate({ ...doc, events: [{ ...doc.events[0], unexpected: true }] })).toBe(false);
    // A source address may hold non-ASCII characters, as real ones do; the export must still validate.
    const iri = { ...doc.events[0].sources[0], url: 'https://example.org/Новрузлу_(Füzuli)' };
    expect(validate({ ...doc, events: [{ ...doc.events[0], sources: [iri] }] }), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });
});
