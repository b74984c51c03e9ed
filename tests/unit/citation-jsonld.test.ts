import { describe, expect, it } from 'vitest';
import { bibtexCitation, plainCitation } from '../../src/lib/citation.ts';
import { eventJsonLd } from '../../src/lib/jsonld.ts';
import type { ResolvedEvent } from '../../src/lib/resolve.ts';

const event = {
  id: '2020-11-08-shusha',
  title: 'Capture of Shusha / Shushi announced; 100% {disputed}',
  summary: 'S',
  date: '2020-11-08',
  dateText: '8 November 2020',
  places: [
    { id: 'shusha', label: 'Shusha / Shushi', kind: 'town', names: { en: 'Shusha' }, coordinates: [39.758, 46.748] },
  ],
  actors: [{ id: 'aliyev', name: 'Ilham Aliyev', kind: 'person' }],
  sources: [
    {
      id: 's',
      title: 'Report',
      publisher: 'Agency',
      kind: 'news',
      perspective: 'p',
      language: 'en',
      url: 'https://example.org/r',
    },
  ],
} as unknown as ResolvedEvent;

describe('citations', () => {
  it('gives a plain-text citation with title, date and permalink', () => {
    expect(plainCitation(event, 'https://x.org/events/a/', 'Site')).toBe(
      '“Capture of Shusha / Shushi announced; 100% {disputed}” (8 November 2020). Site. https://x.org/events/a/',
    );
  });
  it('gives BibTeX with special characters escaped and the URL intact', () => {
    const bib = bibtexCitation(event, 'https://x.org/events/a_b/', 'Site');
    expect(bib).toContain('@misc{karabakh2020:2020-11-08-shusha,');
    expect(bib).toContain('title = {Capture of Shusha / Shushi announced; 100\\% \\{disputed\\}},');
    expect(bib).toContain('url = {https://x.org/events/a_b/}');
  });
});

describe('eventJsonLd', () => {
  it('describes the event with schema.org Event, its places with coordinates', () => {
    const ld = eventJsonLd(event, 'https://x.org/events/a/');
    expect(ld['@type']).toBe('Event');
    expect(ld.startDate).toBe('2020-11-08');
    expect(ld.location).toEqual([
      {
        '@type': 'Place',
        name: 'Shusha / Shushi',
        geo: { '@type': 'GeoCoordinates', latitude: 39.758, longitude: 46.748 },
      },
    ]);
    expect(ld.actor).toEqual([{ '@type': 'Person', name: 'Ilham Aliyev' }]);
  });
});
