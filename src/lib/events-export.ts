/** The public events.json: the resolved event with its permalink, versioned, and checked against its schema as it is written. */
import { z } from 'zod';
import { resolvedEventSchema, type ResolvedEvent } from './resolve.ts';

export const EVENTS_EXPORT_VERSION = 1;

export const exportedEvent = z
  .object({ id: resolvedEventSchema.shape.id, url: z.string().describe('Permalink of the event page') })
  .extend(resolvedEventSchema.shape);

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
