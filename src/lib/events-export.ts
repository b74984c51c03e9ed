/** The public events.json: the resolved event with its permalink, versioned, and checked against its schema as it is written. */
import { z } from 'zod';
import {
  resolvedActorSchema,
  resolvedCitationSchema,
  resolvedClaimSchema,
  resolvedControlSchema,
  resolvedEventSchema,
  resolvedPlaceSchema,
  resolvedSourceSchema,
  type ResolvedEvent,
} from './resolve.ts';

export const EVENTS_EXPORT_VERSION = 1;

// Kinds and countries are open lists (docs/DATA.md): a new value is new data, not a new format version, so the export leaves them open.
const open = z.string();
const place = resolvedPlaceSchema.extend({ kind: open, country: open });
const actor = resolvedActorSchema.extend({ kind: open });
// Addresses are checked as URLs on input; some hold non-ASCII characters (IRIs), which JSON Schema's "uri" format refuses.
const source = resolvedSourceSchema.extend({ kind: open, url: open.optional() });

export const exportedEvent = z
  .object({ id: resolvedEventSchema.shape.id, url: z.string().describe('Permalink of the event page') })
  .extend(resolvedEventSchema.shape)
  .extend({
    places: z.array(place),
    actors: z.array(actor),
    sources: z.array(source.extend({ locator: resolvedCitationSchema.shape.locator })).min(1),
    claims: z.array(resolvedClaimSchema.extend({ actor, source })),
    control: z.array(resolvedControlSchema.extend({ place })),
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
  // Parsing gives every event its keys in the schema's order and fails the build on an event that does not fit the published schema.
  return eventsExport.parse({
    version: EVENTS_EXPORT_VERSION,
    title: options.title,
    licence: options.licence,
    count: events.length,
    events: events.map((e) => ({ ...e, url: options.permalink(e.id) })),
  });
}
