import { describe, expect, it } from 'vitest';
import {
  findContentProblems,
  parseFieldPath,
  type ContentSet,
  type UnitGeometry,
} from '../../src/lib/content-checks.ts';
import { formatProblem } from '../../src/lib/content-problems.ts';
import { plainSchemas } from '../../src/lib/schema.ts';
import { unitGeometry } from '../../src/lib/unit-geometry.ts';

const place = (id: string, fields: Record<string, unknown>) => ({
  id,
  file: `content/places/${id}.yaml`,
  data: plainSchemas.place.parse({
    names: { en: id },
    coordinates: [39.7, 46.7],
    country: 'azerbaijan',
    ...(['city', 'town', 'village'].includes(fields.kind as string) ? { coordinatesSource: { source: 'src' } } : {}),
    ...fields,
  }),
});

function set(
  eventOverrides: Record<string, unknown> = {},
  body = 'Text.',
  places = [place('shusha', { kind: 'town' })],
): ContentSet {
  const event = plainSchemas.event.parse({
    title: 'T',
    summary: 'S',
    date: '2020-11-08',
    phase: 'war',
    category: 'military',
    significance: 1,
    certainty: 'confirmed',
    sources: [{ source: 'src' }],
    places: ['shusha'],
    actors: ['aliyev'],
    ...eventOverrides,
  });
  return {
    events: [{ id: 'e', file: 'content/events/e.md', data: event, body, bodyLine: 12 }],
    places,
    actors: [
      {
        id: 'aliyev',
        file: 'content/actors/aliyev.yaml',
        data: plainSchemas.actor.parse({ name: 'Ilham Aliyev', kind: 'person' }),
      },
    ],
    sources: [
      {
        id: 'src',
        file: 'content/sources/src.yaml',
        data: plainSchemas.source.parse({ title: 'T', publisher: 'P', kind: 'news', perspective: 'x', language: 'en' }),
      },
    ],
    documents: [],
    bulletins: [],
  };
}
const lines = (s: ContentSet, options = {}) => findContentProblems(s, options).map(formatProblem);

/** A square unit around [39.7, 46.7], about 22 km a side. */
const square: UnitGeometry = unitGeometry([
  {
    type: 'Feature',
    properties: { key: 'shusha-district' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [46.6, 39.6],
          [46.8, 39.6],
          [46.8, 39.8],
          [46.6, 39.8],
          [46.6, 39.6],
        ],
      ],
    },
  },
]);

describe('findContentProblems', () => {
  it('finds nothing in consistent content', () => {
    expect(lines(set())).toEqual([]);
  });
  it('names file, line, field and the unknown id for every kind of link', () => {
    expect(lines(set({ places: ['atlantis'] }))).toEqual([
      'content/events/e.md:1: places[0]: expected the id of a file in content/places/, got "atlantis"',
    ]);
    expect(lines(set({ actors: ['x'] }))[0]).toMatch(/^content\/events\/e\.md:1: actors\[0\]: .*"x"/);
    expect(lines(set({ sources: [{ source: 'nope' }] }))[0]).toMatch(/sources\[0\]\.source: .*"nope"/);
    expect(
      lines(
        set({ claims: [{ actor: 'ghost', stance: 'claims', date: '2020-11-08', source: 'src', statement: 's' }] }),
      )[0],
    ).toMatch(/claims\[0\]\.actor: .*"ghost"/);
    expect(lines(set({ control: [{ place: 'nowhere', holder: 'azerbaijan', basis: 'claimed' }] }))[0]).toMatch(
      /control\[0\]\.place: .*"nowhere"/,
    );
  });
  it('takes the line from the entry, and the ids of files that failed their schema as known', () => {
    const s = set({ places: ['broken'] });
    s.events[0]!.lineOf = (path) => (path.join('.') === 'places.0' ? 9 : 1);
    expect(lines(s)).toEqual([
      'content/events/e.md:9: places[0]: expected the id of a file in content/places/, got "broken"',
    ]);
    expect(lines(s, { ids: { places: new Set(['shusha', 'broken']) } })).toEqual([]);
    expect(lines(s, { missing: new Set(['places']) })).toEqual([]);
  });
  it('rejects an end before the start, but accepts the same day', () => {
    expect(lines(set({ end: '2020-11-01' }))).toEqual([
      'content/events/e.md:1: end: expected a date on or after date "2020-11-08", got "2020-11-01"',
    ]);
    expect(lines(set({ end: '2020-11-08' }))).toEqual([]);
  });
  it('rejects a precision finer than the date and a zone without a time or with the wrong offset', () => {
    expect(lines(set({ date: '1993', phase: 'background', precision: 'day' }))[0]).toMatch(
      /precision: expected at most "year"/,
    );
    expect(lines(set({ zone: 'Europe/Moscow' }))[0]).toMatch(/zone: expected a date with a time of day/);
    expect(lines(set({ date: '2020-11-08T00:00+04:00', zone: 'Europe/Moscow' }))[0]).toMatch(/zone: .*UTC\+03:00/);
    expect(lines(set({ date: '2020-11-08T00:00+03:00', zone: 'Europe/Moscow' }))).toEqual([]);
    expect(lines(set({ date: '2020-11-08T00:00+04:00', zone: 'Mars/Olympus_Mons' }))[0]).toMatch(
      /zone: expected a known IANA time zone, got "Mars\/Olympus_Mons"/,
    );
  });
  it('reports raw HTML and links in a body with the line in the file', () => {
    expect(lines(set({}, 'Para.\n\n<script>alert(1)</script>\n'))).toEqual([
      'content/events/e.md:14: body: expected Markdown only, got raw HTML "<script>alert(1)</script>"',
    ]);
    expect(lines(set({}, 'See [x](/events/none/).'))).toEqual([
      'content/events/e.md:12: body: expected a link to an existing page, got "/events/none/": there is no events entry "none"',
    ]);
  });
  it('wants a phase whose days hold the date, and a date within the record unless the entry says why', () => {
    expect(lines(set({ date: '2020-11-11', phase: 'background' }))).toEqual([
      'content/events/e.md:1: phase: expected a phase whose days (0001-01-01 to 2020-06-30) include the date "2020-11-11", got "background"',
    ]);
    expect(lines(set({ date: '2020-11', phase: 'war' }))).toEqual([]);
    expect(lines(set({ date: '2020-11-09', phase: 'ceasefire' }))).toEqual([]);
    expect(lines(set({ date: '2020-12-10', phase: 'aftermath' }))[0]).toMatch(
      /:1: date: expected a date within the record \(1988-01-01 to 2020-12-01\) or an outsideRangeReason saying why, got "2020-12-10"$/,
    );
    expect(lines(set({ date: '2020-11-30', end: '2020-12-03', phase: 'ceasefire' }))[0]).toMatch(
      /: end: .*got "2020-12-03"$/,
    );
    expect(
      lines(set({ date: '2020-12-10', phase: 'aftermath', outsideRangeReason: 'The last handover is late.' })),
    ).toEqual([]);
  });
  it('reports a list entry given twice, but not a point whose latitude equals its longitude', () => {
    expect(lines(set({ places: ['shusha', 'shusha'], actors: ['aliyev'] }))).toEqual([
      'content/events/e.md:1: places[1]: expected each entry once, got "shusha" again (as places[0])',
    ]);
    expect(lines(set({ sources: [{ source: 'src' }, { source: 'src', locator: 'p. 2' }] }))).toEqual([]);
    expect(lines(set({}, 'Text.', [place('shusha', { kind: 'town', coordinates: [40, 40] })]))).toEqual([]);
  });
  it('wants control changes to name a place the fold can move', () => {
    const places = [
      place('shusha', { kind: 'town', district: 'shusha-district' }),
      place('shusha-district', { kind: 'district' }),
      place('empty-district', { kind: 'district' }),
      place('bridge', { kind: 'landmark' }),
    ];
    const change = (p: string) => ({ control: [{ place: p, holder: 'azerbaijan', basis: 'claimed' }] });
    expect(lines(set(change('shusha'), 'Text.', places))).toEqual([]);
    expect(lines(set(change('shusha-district'), 'Text.', places))).toEqual([]);
    expect(lines(set(change('empty-district'), 'Text.', places))).toEqual([
      'content/events/e.md:1: control[0].place: expected a settlement, a corridor, or a place with settlements in it, got the district "empty-district", which holds no settlement',
    ]);
    expect(lines(set(change('bridge'), 'Text.', places))[0]).toMatch(/got the landmark "bridge"/);
  });
  it('rejects a place that is its own district, and a loop of districts', () => {
    expect(lines(set({}, 'Text.', [place('shusha', { kind: 'town', district: 'shusha' })]))).toEqual([
      'content/places/shusha.yaml:1: district: expected the district that contains this place, got "shusha" itself',
    ]);
    const loop = lines(
      set({}, 'Text.', [
        place('shusha', { kind: 'town' }),
        place('a', { kind: 'district', district: 'b' }),
        place('b', { kind: 'district', district: 'a' }),
      ]),
    );
    expect(loop).toEqual([
      'content/places/a.yaml:1: district: expected a chain of districts that ends, got a loop: a → b → a',
      'content/places/b.yaml:1: district: expected a chain of districts that ends, got a loop: b → a → b',
    ]);
  });
  it('checks geometry keys and the distance of a place from its district', () => {
    const district = place('shusha-district', { kind: 'district', geometryKey: 'shusha-district' });
    const inside = place('shusha', { kind: 'town', district: 'shusha-district', coordinates: [39.75, 46.75] });
    const near = place('near', { kind: 'town', district: 'shusha-district', coordinates: [39.85, 46.75] });
    const swapped = place('swapped', { kind: 'town', district: 'shusha-district', coordinates: [46.75, 39.75] });
    const typo = place('typo-district', { kind: 'district', geometryKey: 'shusha-distrikt' });
    expect(lines(set({}, 'Text.', [district, inside, near, typo, swapped]), { geometry: square })).toEqual([
      `content/places/typo-district.yaml:1: geometryKey: expected the key of a unit in the map's geometry (src/lib/geo.ts), got "shusha-distrikt"`,
      expect.stringMatching(
        /^content\/places\/swapped\.yaml:1: coordinates: expected a point within 10 km of shusha-district's outline, got \[46\.75, 39\.75\], \d+ km outside it \(latitude and longitude swapped\?\)$/,
      ),
    ]);
    // 5.5 km outside is within the tolerance; 20 km is not.
    const far = place('far', { kind: 'town', district: 'shusha-district', coordinates: [39.98, 46.75] });
    expect(lines(set({}, 'Text.', [district, inside, far]), { geometry: square })).toEqual([
      expect.stringMatching(/far\.yaml:1: coordinates: .*, 20 km outside it$/),
    ]);
  });
});

describe('parseFieldPath', () => {
  it('reads the lint and problem paths back', () => {
    expect(parseFieldPath('claims[0].statement')).toEqual(['claims', 0, 'statement']);
    expect(parseFieldPath('title')).toEqual(['title']);
  });
});
