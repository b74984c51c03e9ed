/** Which events mention a place, an actor or a source, in the site's order. */
import type { ResolvedEvent } from './resolve.ts';

/** Every actor an event involves: its actors and whoever made a claim about it. */
export function actorIdsOf(e: Pick<ResolvedEvent, 'actors' | 'claims'>): string[] {
  return [...new Set([...e.actors.map((a) => a.id), ...e.claims.map((c) => c.actor.id)])];
}

/** Every place an event concerns: its places, their districts, and the places whose control it changed. */
export function placeIdsOf(e: Pick<ResolvedEvent, 'places' | 'control'>): string[] {
  return [
    ...new Set([
      ...e.places.flatMap((p) => [p.id, ...(p.district ? [p.district] : [])]),
      ...e.control.map((c) => c.place.id),
    ]),
  ];
}

export function sourceIdsOf(e: Pick<ResolvedEvent, 'sources' | 'claims'>): string[] {
  return [...new Set([...e.sources.map((s) => s.id), ...e.claims.map((c) => c.source.id)])];
}

export interface EventIndexes {
  byPlace: Map<string, ResolvedEvent[]>;
  byActor: Map<string, ResolvedEvent[]>;
  bySource: Map<string, ResolvedEvent[]>;
}

/** `sorted` must already be in the site's order; each list keeps it. */
export function indexEvents(sorted: readonly ResolvedEvent[]): EventIndexes {
  const idx: EventIndexes = { byPlace: new Map(), byActor: new Map(), bySource: new Map() };
  const add = (map: Map<string, ResolvedEvent[]>, key: string, event: ResolvedEvent) => {
    const list = map.get(key);
    if (list) list.push(event);
    else map.set(key, [event]);
  };
  for (const e of sorted) {
    for (const id of placeIdsOf(e)) add(idx.byPlace, id, e);
    for (const id of actorIdsOf(e)) add(idx.byActor, id, e);
    for (const id of sourceIdsOf(e)) add(idx.bySource, id, e);
  }
  return idx;
}

/** Event id → the documents whose points name it. */
export function documentIndex(
  documents: { id: string; title: string; events: string[] }[],
): Map<string, { id: string; title: string }[]> {
  const out = new Map<string, { id: string; title: string }[]>();
  for (const d of documents) {
    for (const e of new Set(d.events)) {
      const list = out.get(e);
      if (list) list.push({ id: d.id, title: d.title });
      else out.set(e, [{ id: d.id, title: d.title }]);
    }
  }
  return out;
}
