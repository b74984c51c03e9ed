/**
 * Turns validated entries into what pages and exports show: every reference
 * replaced by the entry it names, every date also given in words. The resolved
 * shapes are zod schemas derived from the input schemas, so a field added in
 * schema.ts reaches the pages and events.json without being declared again.
 */
import { z } from 'zod';
import { plainSchemas } from './schema.ts';
import type { ActorData, DocumentData, EventData, PlaceData, Ref, SourceData } from './schema.ts';
import { effectivePrecision, formatDate, formatSpan, localDay } from './dates.ts';
import { placeLabel } from './names.ts';
import { sortEvents } from './order.ts';

const { event, place, actor, source, document, sourceCitation, claim, controlChange, documentPoint } = plainSchemas;

/** The input fields each resolved entry carries unchanged; the others stay in the content. */
const PLACE_FIELDS = { kind: true, names: true, coordinates: true, country: true, geometryKey: true } as const;
const ACTOR_FIELDS = { name: true, kind: true } as const;
const SOURCE_FIELDS = {
  title: true,
  publisher: true,
  author: true,
  published: true,
  url: true,
  kind: true,
  perspective: true,
  language: true,
} as const;

const id = z.string();

export const resolvedPlaceSchema = z
  .object({ id, label: z.string().describe('Both names where the two sides use different ones') })
  // z.object(shape) leaves out the input's settlement refinement, which `.pick` refuses to copy.
  .extend(z.object(place.shape).pick(PLACE_FIELDS).shape)
  .extend({
    coordinates: place.shape.coordinates.describe('[latitude, longitude]'),
    district: z.string().optional().describe('Id of the district or region the place lies in'),
  });
export const resolvedActorSchema = z.object({ id }).extend(actor.pick(ACTOR_FIELDS).shape);
export const resolvedSourceSchema = z
  .object({ id })
  .extend(source.pick(SOURCE_FIELDS).shape)
  .extend({ publishedText: z.string().optional() });
export const resolvedCitationSchema = resolvedSourceSchema.extend({ locator: sourceCitation.shape.locator });
export const resolvedClaimSchema = claim.extend({
  actor: resolvedActorSchema,
  source: resolvedSourceSchema,
  dateText: z.string(),
});
export const resolvedControlSchema = controlChange.extend({ place: resolvedPlaceSchema });

export const resolvedEventSchema = z
  .object({ id })
  .extend(event.shape)
  .extend({
    date: event.shape.date.describe('ISO date as written: YYYY, YYYY-MM, YYYY-MM-DD or a date-time with offset'),
    /** The written precision or, where none is written, the finest the date supports. */
    precision: event.shape.precision.unwrap(),
    dateText: z.string(),
    day: z.string().describe('Local calendar day in Baku and Yerevan (UTC+4)'),
    places: z.array(resolvedPlaceSchema),
    actors: z.array(resolvedActorSchema),
    sources: z.array(resolvedCitationSchema).min(1),
    claims: z.array(resolvedClaimSchema),
    control: z.array(resolvedControlSchema),
    corrections: event.shape.corrections.unwrap(),
  });

export const resolvedDocumentSchema = z
  .object({ id })
  .extend(document.shape)
  .extend({
    dateText: z.string(),
    signatories: z.array(resolvedActorSchema),
    sources: z.array(resolvedCitationSchema),
    points: z.array(
      documentPoint.extend({
        deadlineText: z.string().optional(),
        places: z.array(resolvedPlaceSchema),
        events: z.array(resolvedEventSchema.pick({ id: true, title: true, dateText: true })),
        sources: z.array(resolvedCitationSchema),
      }),
    ),
  });

export type ResolvedPlace = z.output<typeof resolvedPlaceSchema>;
export type ResolvedActor = z.output<typeof resolvedActorSchema>;
export type ResolvedSource = z.output<typeof resolvedSourceSchema>;
export type ResolvedCitation = z.output<typeof resolvedCitationSchema>;
export type ResolvedEvent = z.output<typeof resolvedEventSchema>;
export type ResolvedDocument = z.output<typeof resolvedDocumentSchema>;

export interface Keyed<T> {
  id: string;
  data: T;
}

export interface Lookup {
  places: Map<string, PlaceData>;
  actors: Map<string, ActorData>;
  sources: Map<string, SourceData>;
}

export function makeLookup(
  places: Keyed<PlaceData>[],
  actors: Keyed<ActorData>[],
  sources: Keyed<SourceData>[],
): Lookup {
  return {
    places: new Map(places.map((p) => [p.id, p.data])),
    actors: new Map(actors.map((a) => [a.id, a.data])),
    sources: new Map(sources.map((s) => [s.id, s.data])),
  };
}

function need<T>(map: Map<string, T>, ref: Ref): T {
  const found = map.get(ref.id);
  // Unknown ids are reported with file and field by content-checks before anything resolves.
  if (!found) throw new Error(`unknown ${ref.collection} id "${ref.id}"`);
  return found;
}

/** The fields of `data` that `mask` names and that are set. */
function pick<T extends object, K extends keyof T>(data: T, mask: Readonly<Record<K, true>>): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of Object.keys(mask) as K[]) if (data[key] !== undefined) out[key] = data[key];
  return out as Pick<T, K>;
}

export function resolvePlace(id: string, data: PlaceData): ResolvedPlace {
  return {
    id,
    label: placeLabel(data.names),
    ...pick(data, PLACE_FIELDS),
    ...(data.district ? { district: data.district.id } : {}),
  };
}
export function resolveActor(id: string, data: ActorData): ResolvedActor {
  return { id, ...pick(data, ACTOR_FIELDS) };
}
export function resolveSource(id: string, data: SourceData): ResolvedSource {
  return {
    id,
    ...pick(data, SOURCE_FIELDS),
    ...(data.published ? { publishedText: formatDate(data.published) } : {}),
  };
}
/** A citation: the source it names, with the place in it. */
export function resolveCitation(c: { source: Ref; locator?: string | undefined }, lookup: Lookup): ResolvedCitation {
  return { ...resolveSource(c.source.id, need(lookup.sources, c.source)), ...pick(c, { locator: true }) };
}

export function resolveEvent(id: string, data: EventData, lookup: Lookup): ResolvedEvent {
  const place = (ref: Ref) => resolvePlace(ref.id, need(lookup.places, ref));
  const actor = (ref: Ref) => resolveActor(ref.id, need(lookup.actors, ref));
  const source = (ref: Ref) => resolveSource(ref.id, need(lookup.sources, ref));
  return {
    id,
    ...data,
    precision: effectivePrecision(data.date, data.precision),
    dateText: formatSpan(data.date, data.end, data.precision, data.zone),
    day: localDay(data.date),
    places: data.places.map(place),
    actors: data.actors.map(actor),
    sources: data.sources.map((c) => resolveCitation(c, lookup)),
    claims: data.claims.map((c) => ({
      ...c,
      actor: actor(c.actor),
      source: source(c.source),
      dateText: formatDate(c.date),
    })),
    control: data.control.map((c) => ({ ...c, place: place(c.place) })),
  };
}

export function resolveEvents(events: Keyed<EventData>[], lookup: Lookup): ResolvedEvent[] {
  return sortEvents(events).map((e) => resolveEvent(e.id, e.data, lookup));
}

export function resolveDocument(
  id: string,
  data: DocumentData,
  lookup: Lookup,
  events: Map<string, ResolvedEvent>,
): ResolvedDocument {
  const place = (ref: Ref) => resolvePlace(ref.id, need(lookup.places, ref));
  const cite = (c: { source: Ref; locator?: string | undefined }) => resolveCitation(c, lookup);
  return {
    id,
    ...data,
    dateText: formatDate(data.date),
    signatories: data.signatories.map((a) => resolveActor(a.id, need(lookup.actors, a))),
    sources: data.sources.map(cite),
    points: [...data.points]
      .sort((a, b) => a.number - b.number)
      .map((p) => ({
        ...p,
        ...(p.deadline ? { deadlineText: formatDate(p.deadline) } : {}),
        places: p.places.map(place),
        events: p.events.map((r) => {
          const e = events.get(r.id);
          if (!e) throw new Error(`unknown events id "${r.id}"`);
          return { id: e.id, title: e.title, dateText: e.dateText };
        }),
        sources: p.sources.map(cite),
      })),
  };
}
