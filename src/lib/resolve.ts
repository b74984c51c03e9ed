/**
 * Turns validated entries into what pages and exports show: every reference
 * replaced by the entry it names, every date also given in words.
 */
import type { ActorData, DocumentData, EventData, PlaceData, Ref, SourceData } from './schema.ts';
import { effectivePrecision, formatDate, formatSpan, localDay } from './dates.ts';
import { placeLabel } from './names.ts';
import { sortEvents } from './order.ts';

export interface Keyed<T> {
  id: string;
  data: T;
}

export interface ResolvedPlace {
  id: string;
  label: string;
  kind: PlaceData['kind'];
  names: PlaceData['names'];
  coordinates: [number, number];
  country: PlaceData['country'];
  district?: string;
  geometryKey?: string;
}
export interface ResolvedActor {
  id: string;
  name: string;
  kind: ActorData['kind'];
}
export interface ResolvedSource {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  published?: string;
  publishedText?: string;
  url?: string;
  kind: SourceData['kind'];
  perspective: string;
  language: string;
}
export interface ResolvedEvent {
  id: string;
  title: string;
  summary: string;
  date: string;
  end?: string;
  precision: EventData['precision'] & string;
  zone?: string;
  dateText: string;
  day: string;
  phase: EventData['phase'];
  category: EventData['category'];
  significance: EventData['significance'];
  certainty: EventData['certainty'];
  places: ResolvedPlace[];
  actors: ResolvedActor[];
  sources: (ResolvedSource & { locator?: string })[];
  claims: {
    actor: ResolvedActor;
    stance: 'claims' | 'denies' | 'confirms';
    date: string;
    dateText: string;
    source: ResolvedSource;
    statement: string;
  }[];
  control: (Omit<EventData['control'][number], 'place' | 'note'> & { place: ResolvedPlace; note?: string })[];
  corrections: { date: string; note: string }[];
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

export function resolvePlace(id: string, data: PlaceData): ResolvedPlace {
  return {
    id,
    label: placeLabel(data.names),
    kind: data.kind,
    names: data.names,
    coordinates: data.coordinates,
    country: data.country,
    ...(data.district ? { district: data.district.id } : {}),
    ...(data.geometryKey ? { geometryKey: data.geometryKey } : {}),
  };
}
export function resolveActor(id: string, data: ActorData): ResolvedActor {
  return { id, name: data.name, kind: data.kind };
}
export function resolveSource(id: string, data: SourceData): ResolvedSource {
  return {
    id,
    title: data.title,
    publisher: data.publisher,
    kind: data.kind,
    perspective: data.perspective,
    language: data.language,
    ...(data.author ? { author: data.author } : {}),
    ...(data.published ? { published: data.published, publishedText: formatDate(data.published) } : {}),
    ...(data.url ? { url: data.url } : {}),
  };
}

export function resolveEvent(id: string, data: EventData, lookup: Lookup): ResolvedEvent {
  const place = (ref: Ref) => resolvePlace(ref.id, need(lookup.places, ref));
  const actor = (ref: Ref) => resolveActor(ref.id, need(lookup.actors, ref));
  const source = (ref: Ref) => resolveSource(ref.id, need(lookup.sources, ref));
  return {
    id,
    title: data.title,
    summary: data.summary,
    date: data.date,
    ...(data.end ? { end: data.end } : {}),
    precision: effectivePrecision(data.date, data.precision),
    ...(data.zone ? { zone: data.zone } : {}),
    dateText: formatSpan(data.date, data.end, data.precision, data.zone),
    day: localDay(data.date),
    phase: data.phase,
    category: data.category,
    significance: data.significance,
    certainty: data.certainty,
    places: data.places.map(place),
    actors: data.actors.map(actor),
    sources: data.sources.map((c) => ({ ...source(c.source), ...(c.locator ? { locator: c.locator } : {}) })),
    claims: data.claims.map((c) => ({
      actor: actor(c.actor),
      stance: c.stance,
      date: c.date,
      dateText: formatDate(c.date),
      source: source(c.source),
      statement: c.statement,
    })),
    control: data.control.map((c) => ({
      place: place(c.place),
      holder: c.holder,
      basis: c.basis,
      ...(c.note ? { note: c.note } : {}),
    })),
    corrections: data.corrections,
  };
}

export function resolveEvents(events: Keyed<EventData>[], lookup: Lookup): ResolvedEvent[] {
  return sortEvents(events).map((e) => resolveEvent(e.id, e.data, lookup));
}

export interface ResolvedDocument {
  id: string;
  title: string;
  date: string;
  dateText: string;
  summary: string;
  signatories: ResolvedActor[];
  sources: (ResolvedSource & { locator?: string })[];
  points: {
    number: number;
    title?: string;
    summary: string;
    deadline?: string;
    deadlineText?: string;
    places: ResolvedPlace[];
    outcome?: string;
    events: { id: string; title: string; dateText: string }[];
    sources: (ResolvedSource & { locator?: string })[];
  }[];
}

export function resolveDocument(
  id: string,
  data: DocumentData,
  lookup: Lookup,
  events: Map<string, ResolvedEvent>,
): ResolvedDocument {
  const place = (ref: Ref) => resolvePlace(ref.id, need(lookup.places, ref));
  const cite = (c: { source: Ref; locator?: string | undefined }) => ({
    ...resolveSource(c.source.id, need(lookup.sources, c.source)),
    ...(c.locator ? { locator: c.locator } : {}),
  });
  return {
    id,
    title: data.title,
    date: data.date,
    dateText: formatDate(data.date),
    summary: data.summary,
    signatories: data.signatories.map((a) => resolveActor(a.id, need(lookup.actors, a))),
    sources: data.sources.map(cite),
    points: [...data.points]
      .sort((a, b) => a.number - b.number)
      .map((p) => ({
        number: p.number,
        ...(p.title ? { title: p.title } : {}),
        summary: p.summary,
        ...(p.deadline ? { deadline: p.deadline, deadlineText: formatDate(p.deadline) } : {}),
        places: p.places.map(place),
        ...(p.outcome ? { outcome: p.outcome } : {}),
        events: p.events.map((r) => {
          const e = events.get(r.id);
          if (!e) throw new Error(`unknown events id "${r.id}"`);
          return { id: e.id, title: e.title, dateText: e.dateText };
        }),
        sources: p.sources.map(cite),
      })),
  };
}
