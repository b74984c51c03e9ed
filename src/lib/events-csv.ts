/** Events as CSV: one row per event in the site's order, lists joined by "; ". */
import Papa from 'papaparse';
import { CATEGORIES, CERTAINTIES, PHASES, PRECISIONS } from './schema.ts';
import type { ResolvedEvent } from './resolve.ts';

export const CSV_LIST_SEPARATOR = '; ';

/** A column in Frictionless Table Schema terms, so that the data package describes exactly what is written. */
export interface CsvField {
  name: string;
  type: 'string' | 'integer';
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly (string | number)[] };
}

interface Column extends CsvField {
  value: (e: ResolvedEvent, url: string) => string | number;
}

const list = (items: readonly string[]) => items.join(CSV_LIST_SEPARATOR);

const COLUMNS: Column[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Permanent id of the event (its file name and URL slug)',
    constraints: { required: true, unique: true },
    value: (e) => e.id,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    description: 'Permalink of the event page',
    constraints: { required: true, unique: true },
    value: (_, url) => url,
  },
  {
    name: 'date',
    type: 'string',
    description: 'ISO date as written: YYYY, YYYY-MM, YYYY-MM-DD or a date-time with its UTC offset',
    constraints: { required: true },
    value: (e) => e.date,
  },
  {
    name: 'end',
    type: 'string',
    description: 'ISO end date of a span, empty for a single date',
    value: (e) => e.end ?? '',
  },
  {
    name: 'precision',
    type: 'string',
    description: 'How precisely the date is known',
    constraints: { required: true, enum: PRECISIONS },
    value: (e) => e.precision,
  },
  {
    name: 'dateText',
    type: 'string',
    description: 'The date in words, as the site shows it',
    constraints: { required: true },
    value: (e) => e.dateText,
  },
  {
    name: 'phase',
    type: 'string',
    description: 'Phase of the conflict',
    constraints: { required: true, enum: PHASES },
    value: (e) => e.phase,
  },
  {
    name: 'category',
    type: 'string',
    description: 'Kind of event',
    constraints: { required: true, enum: CATEGORIES },
    value: (e) => e.category,
  },
  {
    name: 'significance',
    type: 'integer',
    description: '1 key event, 2 notable, 3 detail',
    constraints: { required: true, enum: [1, 2, 3] },
    value: (e) => e.significance,
  },
  {
    name: 'certainty',
    type: 'string',
    description: 'confirmed (independently reported), claimed (one party) or disputed (claimed and denied)',
    constraints: { required: true, enum: CERTAINTIES },
    value: (e) => e.certainty,
  },
  {
    name: 'title',
    type: 'string',
    description: 'Title of the event',
    constraints: { required: true },
    value: (e) => e.title,
  },
  {
    name: 'summary',
    type: 'string',
    description: 'One-sentence summary',
    constraints: { required: true },
    value: (e) => e.summary,
  },
  {
    name: 'places',
    type: 'string',
    description: 'Place labels joined by "; " (both names where the two sides use different ones)',
    value: (e) => list(e.places.map((p) => p.label)),
  },
  {
    name: 'actors',
    type: 'string',
    description: 'Actor names joined by "; "',
    value: (e) => list(e.actors.map((a) => a.name)),
  },
  {
    name: 'sources',
    type: 'string',
    description: 'Source ids joined by "; " (see events.json for titles, publishers and URLs)',
    constraints: { required: true },
    value: (e) => list(e.sources.map((s) => s.id)),
  },
];

/** The CSV columns, in order, as Table Schema fields. */
export const CSV_FIELDS: CsvField[] = COLUMNS.map(({ value: _value, ...field }) => field);

export function eventsToCsv(events: readonly ResolvedEvent[], permalink: (id: string) => string): string {
  return Papa.unparse(
    {
      fields: COLUMNS.map((c) => c.name),
      data: events.map((e) => COLUMNS.map((c) => c.value(e, permalink(e.id)))),
    },
    { newline: '\r\n', escapeFormulae: true },
  );
}
