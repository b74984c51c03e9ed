/**
 * A Frictionless Data Package (v1) describing every export. Paths are relative
 * to datapackage.json, which sits beside them, so the package works under any base.
 */
import { z } from 'zod';
import { EVENTS_EXPORT_VERSION, eventsExport } from './events-export.ts';
import { CSV_FIELDS, type CsvField } from './events-csv.ts';
import { CONTROL_CSV_FIELDS, controlExportSchema } from './control-export.ts';

/** The JSON Schema of events.json, generated from its zod schema (the count refinement is not expressible and is left out). */
export function eventsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(eventsExport) as Record<string, unknown>;
}

export interface DataResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: 'utf-8';
  profile?: 'tabular-data-resource';
  dialect?: { delimiter: string; header: boolean; lineTerminator: string };
  schema?: Record<string, unknown> | { fields: CsvField[]; primaryKey: string; missingValues: string[] };
}

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  version: string;
  licenses: { name: string; path: string; title: string }[];
  resources: DataResource[];
}

export interface DataPackageOptions {
  name: string;
  title: string;
  description: string;
  homepage: string;
  license: { name: string; path: string; title: string };
}

/** The package version follows the events.json format: its major number is EVENTS_EXPORT_VERSION. */
export const DATA_PACKAGE_VERSION = `${EVENTS_EXPORT_VERSION}.0.0`;

export function buildDataPackage(options: DataPackageOptions): DataPackage {
  const utf8 = 'utf-8' as const;
  return {
    profile: 'data-package',
    name: options.name,
    title: options.title,
    description: options.description,
    homepage: options.homepage,
    version: DATA_PACKAGE_VERSION,
    licenses: [{ ...options.license }],
    resources: [
      {
        name: 'events-json',
        path: 'events.json',
        title: 'Events (JSON)',
        description: `Every event in the site's order with its resolved places, actors, sources and claims; format version ${EVENTS_EXPORT_VERSION}.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: utf8,
        schema: eventsJsonSchema(),
      },
      {
        name: 'events-csv',
        path: 'events.csv',
        title: 'Events (CSV)',
        description: 'One row per event in the site\'s order; places, actors and sources joined by "; ".',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: utf8,
        profile: 'tabular-data-resource',
        dialect: { delimiter: ',', header: true, lineTerminator: '\r\n' },
        schema: { fields: CSV_FIELDS, primaryKey: 'id', missingValues: [''] },
      },
      {
        name: 'control-json',
        path: 'control.json',
        title: 'Control by place (JSON)',
        description:
          'Every settlement, the Lachin corridor and every district with its intervals of control (holder, basis, the event that set it); districts give the share of their ground each side held. Format version 1.',
        format: 'json',
        mediatype: 'application/json',
        encoding: utf8,
        schema: z.toJSONSchema(controlExportSchema) as Record<string, unknown>,
      },
      {
        name: 'control-csv',
        path: 'control.csv',
        title: 'Control by place (CSV)',
        description: 'One row per place and interval of control.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: utf8,
        profile: 'tabular-data-resource',
        dialect: { delimiter: ',', header: true, lineTerminator: '\r\n' },
        schema: { fields: CONTROL_CSV_FIELDS, missingValues: [''] },
      },
      {
        name: 'events-geojson',
        path: 'events.geojson',
        title: 'Events with places (GeoJSON)',
        description:
          'One feature per event that names places: a Point or MultiPoint at its places, [longitude, latitude] (WGS 84).',
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: utf8,
      },
      {
        name: 'places-geojson',
        path: 'places.geojson',
        title: 'Places (GeoJSON)',
        description: 'One Point feature per place of the gazetteer with its names, [longitude, latitude] (WGS 84).',
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: utf8,
      },
      {
        name: 'events-ics',
        path: 'events.ics',
        title: 'Events (iCalendar)',
        description:
          'One VEVENT per event: all-day for calendar dates (spanning the month or year where only that is known), timed in UTC for date-times.',
        format: 'ics',
        mediatype: 'text/calendar',
        encoding: utf8,
      },
      {
        name: 'feed-xml',
        path: 'feed.xml',
        title: 'Events (RSS 2.0)',
        description: 'One item per event, newest first, dated by the start of the event.',
        format: 'rss',
        mediatype: 'application/rss+xml',
        encoding: utf8,
      },
    ],
  };
}
