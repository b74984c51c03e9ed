/** The public events.json: a versioned shape, defined once here and validated in the tests. */
import { z } from 'zod';
import { CATEGORIES, CERTAINTIES, CONTROL_BASES, HOLDERS, PHASES, PRECISIONS, STANCES } from './schema.ts';
import type { ResolvedEvent } from './resolve.ts';

export const EVENTS_EXPORT_VERSION = 1;

const place = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  names: z.object({
    en: z.string(),
    alt: z.string().optional(),
    az: z.string().optional(),
    hy: z.string().optional(),
    ru: z.string().optional(),
  }),
  coordinates: z.tuple([z.number(), z.number()]).describe('[latitude, longitude]'),
  district: z.string().optional(),
  country: z.string(),
  geometryKey: z.string().optional(),
});
const actor = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const source = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  author: z.string().optional(),
  published: z.string().optional(),
  publishedText: z.string().optional(),
  url: z.string().optional(),
  kind: z.string(),
  perspective: z.string(),
  language: z.string(),
});

export const exportedEvent = z.object({
  id: z.string(),
  url: z.string().describe('Permalink of the event page'),
  title: z.string(),
  summary: z.string(),
  date: z.string().describe('ISO date as written: YYYY, YYYY-MM, YYYY-MM-DD or a date-time with offset'),
  end: z.string().optional(),
  precision: z.enum(PRECISIONS),
  zone: z.string().optional(),
  dateText: z.string(),
  day: z.string().describe('Local calendar day in Baku and Yerevan (UTC+4)'),
  phase: z.enum(PHASES),
  category: z.enum(CATEGORIES),
  significance: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  certainty: z.enum(CERTAINTIES),
  places: z.array(place),
  actors: z.array(actor),
  sources: z.array(source.extend({ locator: z.string().optional() })).min(1),
  claims: z.array(
    z.object({ actor, stance: z.enum(STANCES), date: z.string(), dateText: z.string(), source, statement: z.string() }),
  ),
  control: z.array(
    z.object({ place, holder: z.enum(HOLDERS), basis: z.enum(CONTROL_BASES), note: z.string().optional() }),
  ),
  corrections: z.array(z.object({ date: z.string(), note: z.string() })),
});

export const eventsExport = z
  .object({
    version: z.literal(EVENTS_EXPORT_VERSION),
    title: z.string(),
    licence: z.string(),
    count: z.number().int().nonnegative(),
    events: z.array(exportedEvent),
  })
  .refine((v) => v.count === v.events.length, { message: 'count must equal the number of events' });

export type EventsExport = z.infer<typeof eventsExport>;

export function buildEventsExport(
  events: ResolvedEvent[],
  options: { title: string; licence: string; permalink: (id: string) => string },
): EventsExport {
  return {
    version: EVENTS_EXPORT_VERSION,
    title: options.title,
    licence: options.licence,
    count: events.length,
    events: events.map((e) => ({ ...e, url: options.permalink(e.id) })),
  };
}
