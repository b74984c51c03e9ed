/** /control.json and /control.csv: every settlement, the corridor and every district with its intervals of control. */
import Papa from 'papaparse';
import { z } from 'zod';
import { CONTROL_BASES, HOLDERS, PLACE_KINDS } from './schema.ts';
import type { CsvField } from './events-csv.ts';

const interval = z.object({
  from: z.string().nullable().describe('First day (YYYY-MM-DD, local); null: since before the record starts'),
  to: z.string().nullable().describe('Last day; null: still so at the end of the record'),
  holder: z
    .enum([...HOLDERS, 'divided'])
    .describe('Who held the place; "divided" for a district whose ground was shared'),
  basis: z.enum(CONTROL_BASES).nullable().describe('How the status is known; null for a divided district'),
  event: z.string().nullable().describe('Id of the event that set the status; null: no event named the place'),
  shares: z
    .object({ azerbaijan: z.number(), 'armenian-forces': z.number(), peacekeepers: z.number() })
    .optional()
    .describe('Districts: percent of the ground each holder had'),
});

export const controlPlaceSchema = z.object({
  id: z.string(),
  names: z.object({
    en: z.string(),
    alt: z.string().optional(),
    az: z.string().optional(),
    hy: z.string().optional(),
    ru: z.string().optional(),
  }),
  kind: z.enum(PLACE_KINDS),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  district: z.string().nullable(),
  intervals: z.array(interval).min(1),
});
export const controlExportSchema = z.object({ version: z.literal(1), places: z.array(controlPlaceSchema) });
export type ControlExport = z.infer<typeof controlExportSchema>;
type Row = ControlExport['places'][number];

const COLUMNS: (CsvField & { value: (p: Row, i: Row['intervals'][number]) => string | number })[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Place id (its page is /places/<id>/)',
    constraints: { required: true },
    value: (p) => p.id,
  },
  {
    name: 'name_en',
    type: 'string',
    description: 'English name (recognised state usage)',
    constraints: { required: true },
    value: (p) => p.names.en,
  },
  {
    name: 'name_alt',
    type: 'string',
    description: "English form of the other side's name, where it differs",
    value: (p) => p.names.alt ?? '',
  },
  { name: 'name_az', type: 'string', description: 'Azerbaijani name', value: (p) => p.names.az ?? '' },
  { name: 'name_hy', type: 'string', description: 'Armenian name', value: (p) => p.names.hy ?? '' },
  {
    name: 'kind',
    type: 'string',
    description: 'Kind of place',
    constraints: { required: true, enum: PLACE_KINDS },
    value: (p) => p.kind,
  },
  { name: 'lat', type: 'string', description: 'Latitude (decimal degrees)', value: (p) => p.lat ?? '' },
  { name: 'lon', type: 'string', description: 'Longitude (decimal degrees)', value: (p) => p.lon ?? '' },
  { name: 'district', type: 'string', description: 'District id', value: (p) => p.district ?? '' },
  {
    name: 'from',
    type: 'string',
    description: 'First day of the interval; empty: since before the record',
    value: (_, i) => i.from ?? '',
  },
  {
    name: 'to',
    type: 'string',
    description: 'Last day of the interval; empty: still so at the end',
    value: (_, i) => i.to ?? '',
  },
  {
    name: 'holder',
    type: 'string',
    description: 'Holder, or "divided" for a shared district',
    constraints: { required: true, enum: [...HOLDERS, 'divided'] },
    value: (_, i) => i.holder,
  },
  {
    name: 'basis',
    type: 'string',
    description: 'claimed, disputed, confirmed or agreed; empty for a divided district',
    value: (_, i) => i.basis ?? '',
  },
  { name: 'event', type: 'string', description: 'Id of the event that set the status', value: (_, i) => i.event ?? '' },
];
export const CONTROL_CSV_FIELDS: CsvField[] = COLUMNS.map(({ value: _value, ...field }) => field);

/** One row per place and interval; cells that a spreadsheet would read as a formula are neutralised. */
export function controlToCsv(data: ControlExport): string {
  return Papa.unparse(
    {
      fields: COLUMNS.map((c) => c.name),
      data: data.places.flatMap((p) => p.intervals.map((i) => COLUMNS.map((c) => c.value(p, i)))),
    },
    { newline: '\r\n', escapeFormulae: true },
  );
}
