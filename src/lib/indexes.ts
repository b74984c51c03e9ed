/** Which events mention a place, an actor or a source, in the site's order. */
import type { ResolvedEvent } from './resolve.ts';

export interface EventIndexes {
  byPlace: Map<string, ResolvedEvent[]>;
  byActor: Map<string, ResolvedEvent[]>;
  bySource: Map<string, ResolvedEvent[]>;
}

function add(map: Map<string, ResolvedEvent[]>, key: string, event: ResolvedEvent) {
  const list = map.get(key) ?? [];
  if (list.at(-1) !== event) list.push(event);
  map.set(key, list);
}

/** `sorted` must already be in the site's order; each list keeps it. */
export function indexEvents(sorted: readonly ResolvedEvent[]): EventIndexes {
  const idx: EventIndexes = { byPlace: new Map(), byActor: new Map(), bySource: new Map() };
  for (const e of sorted) {
    for (const p of e.places) add(idx.byPlace, p.id, e);
    for (const c of e.control) add(idx.byPlace, c.place.id, e);
    for (const a of e.actors) add(idx.byActor, a.id, e);
    for (const c of e.claims) add(idx.byActor, c.actor.id, e);
    for (const s of e.sources) add(idx.bySource, s.id, e);
    for (const c of e.claims) add(idx.bySource, c.source.id, e);
  }
  return idx;
}

/** Event id → the documents whose points name it. */
export function documentIndex(documents: { id: string; title: string; events: string[] }[]): Map<string, { id: string; title: string }[]> {
  const out = new Map<string, { id: string; title: string }[]>();
  for (const d of documents) {
    for (const e of new Set(d.events)) out.set(e, [...(out.get(e) ?? []), { id: d.id, title: d.title }]);
  }
  return out;
}
