/**
 * The only module that reads the content collections. The content loader
 * (src/content/) has checked them as a whole before any page is built; this
 * module hands pages resolved, sorted data: pages never sort or look up.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  makeLookup,
  resolveDocument,
  resolveEvents,
  resolvePlace,
  resolveActor,
  resolveSource,
  resolveCitation,
  type ResolvedEvent,
} from '../lib/resolve.ts';
import { groupTimeline, neighbourIndex } from '../lib/order.ts';
import { joinBase, paths } from '../lib/urls.ts';
import { indexEvents, documentIndex, actorIdsOf, placeIdsOf } from '../lib/indexes.ts';
import { countBy, optionsFrom } from '../lib/filters.ts';
import {
  PHASE_LABELS,
  CATEGORY_LABELS,
  CERTAINTY_LABELS,
  TIMELINE_PAGE_MAX,
  LIST_PAGE_SIZE,
  SOURCES_PAGE_SIZE,
  MAP,
  DAYS,
} from '../config.ts';
import { packGroups, packRuns, phaseYearPages } from '../lib/list-pages.ts';
import { byPublisher } from '../lib/source-index.ts';
import { timelinePages, pageOfEvent } from '../lib/timeline-pages.ts';
import { controlHistory } from '../lib/control.ts';
import { dayPages } from '../lib/days.ts';
import { PHASES } from '../lib/schema.ts';

export type EventEntry = CollectionEntry<'events'>;

export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
export { paths };

/** The map on a day, or the map's default day when the timeline's day lies outside the slider's range. */
export function mapHref(day: string, at?: [number, number]): string {
  const params = new URLSearchParams();
  if (day >= MAP.start && day <= MAP.end) params.set('date', day);
  if (at) params.set('at', at.join(','));
  const query = params.toString();
  return href(`${paths.map()}${query ? `?${query}` : ''}`);
}

/** Full URL of a site path, for exports and feeds read outside the site. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

async function loadAll() {
  const [events, places, actors, sources, documents, bulletins] = await Promise.all([
    getCollection('events'),
    getCollection('places'),
    getCollection('actors'),
    getCollection('sources'),
    getCollection('documents'),
    getCollection('bulletins'),
  ]);
  // Every entry has passed the content loader's rules (src/content/): a build with a problem stops before this.
  const lookup = makeLookup(places, actors, sources);
  const resolved = resolveEvents(events, lookup);
  const entryById = new Map(events.map((e) => [e.id, e]));
  const eventById = new Map(resolved.map((e) => [e.id, e]));
  const resolvedPlaces = places.map((p) => ({ ...resolvePlace(p.id, p.data), data: p.data }));
  const actorName = new Map(actors.map((a) => [a.id, a.data.name]));
  const placeName = new Map(resolvedPlaces.map((p) => [p.id, p.label]));
  /** The filter choices a list of events offers, with their counts in that list. */
  const filterOptionsOf = (list: readonly ResolvedEvent[]) => ({
    phase: optionsFrom(
      countBy(list, (e) => [e.phase]),
      (k) => PHASE_LABELS[k as keyof typeof PHASE_LABELS],
      PHASES,
    ),
    category: optionsFrom(
      countBy(list, (e) => [e.category]),
      (k) => CATEGORY_LABELS[k as keyof typeof CATEGORY_LABELS],
    ),
    certainty: optionsFrom(
      countBy(list, (e) => [e.certainty]),
      (k) => CERTAINTY_LABELS[k as keyof typeof CERTAINTY_LABELS],
    ),
    actor: optionsFrom(countBy(list, actorIdsOf), (k) => actorName.get(k) ?? k),
    place: optionsFrom(countBy(list, placeIdsOf), (k) => placeName.get(k) ?? k),
  });
  const filterOptions = filterOptionsOf(resolved);
  const placeById = new Map(resolvedPlaces.map((p) => [p.id, p]));
  const placeOf = (id: string) => placeById.get(id)!;
  const resolvedBulletins = bulletins
    .map((b) => ({
      id: b.id,
      date: b.data.date,
      actor: { id: b.data.actor.id, name: actorName.get(b.data.actor.id) ?? b.data.actor.id },
      items: b.data.items.map((item) => ({
        topic: item.topic,
        statement: item.statement,
        places: item.places.map((r) => placeOf(r.id)),
        sources: item.sources.map((c) => resolveCitation(c, lookup)),
      })),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.actor.id.localeCompare(b.actor.id));
  const pages = timelinePages(resolved, TIMELINE_PAGE_MAX);
  const pageOf = pageOfEvent(pages);
  const indexes = indexEvents(resolved);
  const sourceList = sources
    .map((s) => resolveSource(s.id, s.data))
    .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
  const sourceIndexPages = packGroups(
    byPublisher(sourceList).map((g) => ({ key: g.publisher, items: g.sources })),
    SOURCES_PAGE_SIZE,
  );
  const sourceIndexPage = new Map(
    sourceIndexPages.flatMap((page, i) => page.flatMap((g) => g.items.map((s) => [s.id, i + 1] as const))),
  );
  /** Each key's events (an actor's, a place's, a source's), paged and grouped by phase and year. */
  const listsOf = (byKey: Map<string, ResolvedEvent[]>) => {
    const lists = new Map([...byKey].map(([id, list]) => [id, phaseYearPages(list, LIST_PAGE_SIZE)]));
    return (id: string) => lists.get(id) ?? { pages: [], summary: [] };
  };
  return {
    events: resolved,
    neighbours: neighbourIndex(resolved),
    /** Each place's control statuses over time, folded from the events. */
    controlByPlace: controlHistory(
      resolved.map((e) => ({
        id: e.id,
        day: e.day,
        control: e.control.map((c) => ({ place: c.place.id, holder: c.holder, basis: c.basis })),
      })),
      resolvedPlaces,
    ),
    /** null: the whole timeline fits on one page (/timeline/). */
    timelinePages:
      pages?.map((p) => ({ ...p, groups: groupTimeline(p.events), filterOptions: filterOptionsOf(p.events) })) ?? null,
    /** Where an event sits in the timeline: the home page, or its year or month page. */
    timelineHref: (id: string) =>
      href(`${pageOf.has(id) ? paths.timelinePage(pageOf.get(id)!) : paths.timeline()}#${id}`),
    filterOptions,
    /** One page per war day: its events and both sides' bulletins. */
    days: dayPages(DAYS, resolved, resolvedBulletins, (id) => actorName.get(id) ?? id).map((d) => ({
      ...d,
      /** A crowded day's events on pages of at most LIST_PAGE_SIZE (the bulletins stay on the first). */
      eventPages: packRuns(d.events, () => 1, LIST_PAGE_SIZE),
    })),
    indexes,
    /** The event lists of actor, place and source pages: at most LIST_PAGE_SIZE events a page. */
    eventLists: {
      actor: listsOf(indexes.byActor),
      place: listsOf(indexes.byPlace),
      source: listsOf(indexes.bySource),
    },
    /** The sources index by publisher, at most SOURCES_PAGE_SIZE sources a page, and the page each source is on. */
    sourceIndex: { pages: sourceIndexPages, pageOf: (id: string) => sourceIndexPage.get(id) ?? 1 },
    eventById,
    entryById,
    timeline: groupTimeline(resolved),
    places: resolvedPlaces,
    placeById,
    actors: actors.map((a) => ({ ...resolveActor(a.id, a.data), data: a.data })),
    sources: sourceList,
    documents: documents
      .map((d) => resolveDocument(d.id, d.data, lookup, eventById))
      .sort((a, b) => a.date.localeCompare(b.date)),
    /** Documents that cite each event in one of their points. */
    documentsByEvent: documentIndex(
      documents.map((d) => ({
        id: d.id,
        title: d.data.title,
        events: d.data.points.flatMap((p) => p.events.map((e) => e.id)),
      })),
    ),
  };
}

let cache: ReturnType<typeof loadAll> | undefined;
/** All site data, loaded and checked once per build. */
export function siteData() {
  cache ??= loadAll();
  return cache;
}

export async function eventNeighbours(id: string): Promise<{ previous?: ResolvedEvent; next?: ResolvedEvent }> {
  return (await siteData()).neighbours.get(id) ?? {};
}
