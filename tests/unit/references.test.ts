/** The reference table is read off the schemas: every ref() field once, and referencesIn walks each row. */
import { describe, expect, it } from 'vitest';
import { REFERENCE_FIELDS, formatReferencePath, referencesIn } from '../../src/lib/references.ts';
import { plainSchemas } from '../../src/lib/schema.ts';

describe('REFERENCE_FIELDS', () => {
  it('lists every reference field of every collection, with its target', () => {
    expect(REFERENCE_FIELDS.map((r) => `${r.collection}: ${formatReferencePath(r.path)} → ${r.target}`))
      .toMatchInlineSnapshot(`
      [
        "events: places[] → places",
        "events: actors[] → actors",
        "events: sources[].source → sources",
        "events: claims[].actor → actors",
        "events: claims[].source → sources",
        "events: control[].place → places",
        "places: coordinatesSource.source → sources",
        "places: district → places",
        "places: sources[] → sources",
        "documents: signatories[] → actors",
        "documents: sources[].source → sources",
        "documents: points[].places[] → places",
        "documents: points[].events[] → events",
        "documents: points[].sources[].source → sources",
        "bulletins: actor → actors",
        "bulletins: items[].places[] → places",
        "bulletins: items[].sources[].source → sources",
      ]
    `);
  });

  it('finds each reference in parsed data, with its concrete path', () => {
    const document = plainSchemas.document.parse({
      title: 'T',
      date: '2020-11-09',
      summary: 'S',
      signatories: ['aliyev', 'putin'],
      sources: [{ source: 'kremlin' }],
      points: [
        { number: 1, summary: 'S' },
        { number: 2, summary: 'S', places: ['agdam-district'], events: ['e1'], sources: [{ source: 'tass' }] },
      ],
    });
    expect(referencesIn('documents', document).map((r) => `${r.path.join('.')}=${r.target}/${r.id}`)).toEqual([
      'signatories.0=actors/aliyev',
      'signatories.1=actors/putin',
      'sources.0.source=sources/kremlin',
      'points.1.places.0=places/agdam-district',
      'points.1.events.0=events/e1',
      'points.1.sources.0.source=sources/tass',
    ]);
    expect(referencesIn('actors', { name: 'x', kind: 'person' })).toEqual([]);
  });
});
