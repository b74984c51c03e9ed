/** schema.org descriptions of pages, as JSON-LD objects. */
import type { ResolvedEvent } from './resolve.ts';

export function eventJsonLd(event: ResolvedEvent, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url,
    startDate: event.date,
    ...(event.end ? { endDate: event.end } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    location: event.places.length
      ? event.places.map((p) => ({
          '@type': 'Place',
          name: p.label,
          geo: { '@type': 'GeoCoordinates', latitude: p.coordinates[0], longitude: p.coordinates[1] },
        }))
      : { '@type': 'Place', name: 'Nagorno-Karabakh conflict zone' },
    ...(event.actors.length
      ? { actor: event.actors.map((a) => ({ '@type': a.kind === 'person' ? 'Person' : 'Organization', name: a.name })) }
      : {}),
    subjectOf: event.sources
      .filter((s) => s.url)
      .map((s) => ({ '@type': 'CreativeWork', name: s.title, publisher: s.publisher, url: s.url })),
  };
}
