/** Export documents built from the checked site data. */
import { siteData, href, absoluteUrl, paths } from './index.ts';
import { eventsToGeoJson } from '../lib/geojson-export.ts';

export async function eventsGeoJson() {
  const { events } = await siteData();
  return eventsToGeoJson(
    events,
    (id) => absoluteUrl(paths.event(id)),
    (id) => href(paths.event(id)),
  );
}
