/** What the map page and its script need, computed once from the content and the geometry. */
import { siteData, href, paths } from './index.ts';
import { adminUnits } from './geo.ts';
import { controlTimeline, daysBetween, statusOn } from '../lib/control.ts';
import { statusClass, statusText } from '../lib/map-view.ts';
import { formatDate } from '../lib/dates.ts';
import { MAP } from '../config.ts';

export interface MapClientData {
  start: string;
  end: string;
  /** Days from start to end inclusive: the slider's positions. */
  days: string[];
  /** Unit key → the days on which its status changed, with the status's class and text. */
  units: Record<string, { day: string; className: string; text: string; since: string | null }[]>;
  /** Unit key → the place page it stands for. */
  placeUrls: Record<string, string>;
}

async function build() {
  const { events, places, controlByPlace, eventById } = await siteData();
  const unitKeys = new Set(adminUnits().filter((u) => u.properties.focus).map((u) => u.properties.key));
  // Places stand for map units through their geometryKey.
  const mapped = places.filter((p) => p.data.geometryKey && unitKeys.has(p.data.geometryKey));
  const timeline = controlTimeline(events, mapped.map((p) => p.id), MAP.start, MAP.end);
  const units: MapClientData['units'] = {};
  const placeUrls: MapClientData['placeUrls'] = {};
  for (const place of mapped) {
    const key = place.data.geometryKey!;
    placeUrls[key] = href(paths.place(place.id));
    units[key] = timeline[place.id]!.map(({ day, status }) => ({ day, className: statusClass(status), text: statusText(status), since: status?.since ?? null }));
  }
  const table = {
    dates: MAP.keyDates.map((d) => ({ day: d, text: formatDate(d) })),
    rows: mapped
      .map((place) => ({
        place,
        cells: MAP.keyDates.map((day) => {
          const status = statusOn(controlByPlace.get(place.id), day);
          return { day, className: statusClass(status), text: statusText(status), since: status ? { id: status.since, title: eventById.get(status.since)?.title ?? status.since } : null };
        }),
      }))
      .sort((a, b) => a.place.label.localeCompare(b.place.label)),
  };
  const client: MapClientData = { start: MAP.start, end: MAP.end, days: daysBetween(MAP.start, MAP.end), units, placeUrls };
  return { client, table };
}

let cache: ReturnType<typeof build> | undefined;
export function mapData() {
  cache ??= build();
  return cache;
}
