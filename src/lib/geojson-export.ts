/** Events as GeoJSON: one feature per event that has places, a Point or a MultiPoint at its places. */
import type { Feature, FeatureCollection, MultiPoint, Point } from 'geojson';
import { swapAxes } from './geo.ts';
import type { ResolvedEvent } from './resolve.ts';

export interface EventFeatureProperties {
  id: string;
  title: string;
  day: string;
  dateText: string;
  url: string;
  /** Site-relative path, for links inside the site. */
  path: string;
  certainty: ResolvedEvent['certainty'];
  significance: ResolvedEvent['significance'];
  category: ResolvedEvent['category'];
  places: string[];
}

export function eventsToGeoJson(
  events: readonly ResolvedEvent[],
  permalink: (id: string) => string,
  path: (id: string) => string,
): FeatureCollection<Point | MultiPoint, EventFeatureProperties> {
  const features: Feature<Point | MultiPoint, EventFeatureProperties>[] = [];
  for (const e of events) {
    if (e.places.length === 0) continue;
    const coordinates = e.places.map((p) => swapAxes(p.coordinates));
    features.push({
      type: 'Feature',
      id: e.id,
      geometry:
        coordinates.length === 1
          ? { type: 'Point', coordinates: coordinates[0]! }
          : { type: 'MultiPoint', coordinates },
      properties: {
        id: e.id,
        title: e.title,
        day: e.day,
        dateText: e.dateText,
        url: permalink(e.id),
        path: path(e.id),
        certainty: e.certainty,
        significance: e.significance,
        category: e.category,
        places: e.places.map((p) => p.label),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
