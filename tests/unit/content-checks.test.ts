import { describe, expect, it } from 'vitest';
import { findContentProblems, formatProblem, renderFailures, type ContentSet } from '../../src/lib/content-checks.ts';
import { plainSchemas } from '../../src/lib/schema.ts';

function set(eventOverrides: Record<string, unknown> = {}, body = 'Text.'): ContentSet {
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
    events: [{ id: 'e', file: 'content/events/e.md', data: event, body }],
    places: [
      {
        id: 'shusha',
        file: 'content/places/shusha.yaml',
        data: plainSchemas.place.parse({
          kind: 'town',
          names: { en: 'Shusha' },
          coordinates: [39.7, 46.7],
          coordinatesSource: { source: 'src' },
          country: 'azerbaijan',
        }),
      },
    ],
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
const lines = (s: ContentSet) => findContentProblems(s).map(formatProblem);

describe('findContentProblems', () => {
  it('finds nothing in consistent content', () => {
    expect(lines(set())).toEqual([]);
  });
  it('names file, field and the unknown id for every kind of link', () => {
    expect(lines(set({ places: ['atlantis'] }))).toEqual([
      'content/events/e.md: places[0]: an existing places id, but "atlantis" is not in content/places/',
    ]);
    expect(lines(set({ actors: ['x'] }))[0]).toMatch(/^content\/events\/e\.md: actors\[0\]: .*"x"/);
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
  it('rejects an end before the start, but accepts the same day', () => {
    expect(lines(set({ end: '2020-11-01' }))).toEqual([
      'content/events/e.md: end: a date on or after date "2020-11-08", not "2020-11-01"',
    ]);
    expect(lines(set({ end: '2020-11-08' }))).toEqual([]);
  });
  it('rejects a precision finer than the date and a zone without a time or with the wrong offset', () => {
    expect(lines(set({ date: '1993', precision: 'day' }))[0]).toMatch(/precision: at most "year"/);
    expect(lines(set({ zone: 'Europe/Moscow' }))[0]).toMatch(/zone: a date with a time of day/);
    expect(lines(set({ date: '2020-11-10T00:00+04:00', zone: 'Europe/Moscow' }))[0]).toMatch(/zone: .*UTC\+03:00/);
    expect(lines(set({ date: '2020-11-10T00:00+03:00', zone: 'Europe/Moscow' }))).toEqual([]);
  });
  it('reports raw HTML in a body with its line', () => {
    expect(lines(set({}, 'Para.\n\n<script>alert(1)</script>\n'))).toEqual([
      'content/events/e.md: body (line 3): Markdown only, but found raw HTML "<script>alert(1)</script>"',
    ]);
  });
});

describe('renderFailures', () => {
  it('names an entry whose body did not render', () => {
    expect(
      renderFailures([
        { file: 'content/events/a.md', body: 'Text', html: '' },
        { file: 'content/events/b.md', body: 'Text', html: '<p>Text</p>' },
        { file: 'content/events/c.md', body: '  ', html: undefined },
      ]).map(formatProblem),
    ).toEqual([
      'content/events/a.md: body: Markdown that renders, but a Markdown plugin failed on it (see "Error rendering" above)',
    ]);
  });
});
