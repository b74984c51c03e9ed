import { describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/lib/schema.ts';
import { makeLookup, resolveEvents } from '../../src/lib/resolve.ts';
import { buildEventsExport, eventsExport } from '../../src/lib/events-export.ts';
import { indexEvents } from '../../src/lib/indexes.ts';
import { placeLabel } from '../../src/lib/names.ts';

const places = [
  {
    id: 'shusha',
    data: plainSchemas.place.parse({
      kind: 'town',
      names: { en: 'Shusha', alt: 'Shushi', hy: 'Շուշի' },
      coordinates: [39.758, 46.748],
      coordinatesSource: { source: 'geonames', locator: 'GeoNames 147105' },
      country: 'azerbaijan',
    }),
  },
];
const actors = [{ id: 'aliyev', data: plainSchemas.actor.parse({ name: 'Ilham Aliyev', kind: 'person' }) }];
const sources = [
  {
    id: 'src',
    data: plainSchemas.source.parse({
      title: 'Report',
      publisher: 'Agency',
      published: '2020-11-08',
      kind: 'news',
      perspective: 'independent',
      language: 'en',
    }),
  },
];
const event = (id: string, date: string) => ({
  id,
  data: plainSchemas.event.parse({
    title: `Event ${id}`,
    summary: 'S',
    date,
    phase: 'war',
    category: 'military',
    significance: 2,
    certainty: 'disputed',
    places: ['shusha'],
    actors: ['aliyev'],
    sources: [{ source: 'src', locator: 'p. 2' }],
    claims: [{ actor: 'aliyev', stance: 'claims', date: '2020-11-08', source: 'src', statement: 'Said so.' }],
  }),
});

describe('resolveEvents', () => {
  const resolved = resolveEvents(
    [event('b', '2020-11-08'), event('a', '2020-10-26')],
    makeLookup(places, actors, sources),
  );
  it('sorts and replaces every reference by what it names', () => {
    expect(resolved.map((e) => e.id)).toEqual(['a', 'b']);
    expect(resolved[1]!.places[0]).toMatchObject({
      id: 'shusha',
      label: 'Shusha / Shushi',
      coordinates: [39.758, 46.748],
    });
    expect(resolved[1]!.sources[0]).toMatchObject({
      title: 'Report',
      publisher: 'Agency',
      locator: 'p. 2',
      publishedText: '8 November 2020',
    });
    expect(resolved[1]!.claims[0]).toMatchObject({ actor: { name: 'Ilham Aliyev' }, dateText: '8 November 2020' });
    expect(resolved[1]!.dateText).toBe('8 November 2020');
  });
  it('indexes events by place, actor and source in order', () => {
    const idx = indexEvents(resolved);
    expect(idx.byPlace.get('shusha')!.map((e) => e.id)).toEqual(['a', 'b']);
    expect(idx.byActor.get('aliyev')!.map((e) => e.id)).toEqual(['a', 'b']);
    expect(idx.bySource.get('src')!.map((e) => e.id)).toEqual(['a', 'b']);
  });
  it('exports a versioned document that its own schema accepts, and rejects a wrong count', () => {
    const out = buildEventsExport(resolved, {
      title: 'T',
      licence: 'L',
      permalink: (id) => `https://x.org/events/${id}/`,
    });
    expect(eventsExport.parse(out).count).toBe(2);
    expect(out.events[0]!.url).toBe('https://x.org/events/a/');
    expect(eventsExport.safeParse({ ...out, count: 3 }).success).toBe(false);
  });
});

describe('placeLabel', () => {
  it('shows both names where they differ, once where they do not', () => {
    expect(placeLabel({ en: 'Khankendi', alt: 'Stepanakert' })).toBe('Khankendi / Stepanakert');
    expect(placeLabel({ en: 'Hadrut', alt: 'Hadrut' })).toBe('Hadrut');
    expect(placeLabel({ en: 'Ganja' })).toBe('Ganja');
  });
});
