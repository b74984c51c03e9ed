/**
 * fast-check arbitraries for content folders: valid events, places, actors and sources
 * drawn from the schema's own enums and rules, and one mutation of one file (a field
 * dropped, retyped or renamed, or bytes changed). Shared by the unit and build properties.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { ACTOR_KINDS, CATEGORIES, PLACE_KINDS, SETTLEMENT_KINDS, SOURCE_KINDS } from '../../src/lib/schema.ts';

/** Neutral words only, and no digits: generated text must not trip the editorial lint. */
const WORDS = ['river', 'road', 'meeting', 'statement', 'town', 'report', 'bridge', 'talks', 'valley', 'office'];
const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((w) => `${w.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));

export interface ContentFile {
  collection: 'events' | 'places' | 'actors' | 'sources';
  id: string;
  name: string;
  format: 'md' | 'yaml' | 'json';
  data: Record<string, unknown>;
  body?: string;
}

const dataFormat = fc.constantFrom<'yaml' | 'json'>('yaml', 'yaml', 'json');

const source = (i: number) =>
  fc
    .record({
      title: text,
      publisher: text,
      kind: fc.constantFrom(...SOURCE_KINDS),
      perspective: text,
      language: fc.constantFrom('en', 'ru', 'az', 'hy'),
      url: fc.option(fc.constant(`https://example.org/source-${i}`), { nil: undefined }),
      format: dataFormat,
    })
    .map(({ format, url, ...data }): ContentFile => {
      const id = `source-${i}`;
      return { collection: 'sources', id, name: `${id}.${format}`, format, data: { ...data, ...(url ? { url } : {}) } };
    });

const actor = (i: number) =>
  fc
    .record({ name: text, kind: fc.constantFrom(...ACTOR_KINDS), format: dataFormat })
    .map(({ format, ...data }): ContentFile => ({
      collection: 'actors',
      id: `actor-${i}`,
      name: `actor-${i}.${format}`,
      format,
      data,
    }));

const NON_CORRIDOR = PLACE_KINDS.filter((k) => k !== 'corridor');
const place = (i: number, sourceIds: string[]) =>
  fc
    .record({
      kind: fc.constantFrom(...NON_CORRIDOR),
      en: text,
      lat: fc.double({ min: 38.8, max: 40.4, noNaN: true }),
      lng: fc.double({ min: 45.6, max: 47.4, noNaN: true }),
      source: fc.constantFrom(...sourceIds),
      format: dataFormat,
    })
    .map(({ kind, en, lat, lng, source: s, format }): ContentFile => {
      const settlement = (SETTLEMENT_KINDS as readonly string[]).includes(kind);
      return {
        collection: 'places',
        id: `place-${i}`,
        name: `place-${i}.${format}`,
        format,
        data: {
          kind,
          names: { en },
          coordinates: [Math.round(lat * 1000) / 1000, Math.round(lng * 1000) / 1000],
          ...(settlement ? { coordinatesSource: { source: s } } : {}),
          country: 'azerbaijan',
        },
      };
    });

const subset = (ids: string[], min = 0) => fc.subarray(ids, { minLength: Math.min(min, ids.length) });

const event = (i: number, ids: { places: ContentFile[]; actors: string[]; sources: string[] }) => {
  const settlements = ids.places
    .filter((p) => (SETTLEMENT_KINDS as readonly string[]).includes(p.data.kind as string))
    .map((p) => p.id);
  return fc
    .record({
      title: text,
      summary: text,
      day: fc.integer({ min: 27, max: 30 }),
      category: fc.constantFrom(...CATEGORIES),
      significance: fc.constantFrom(1, 2, 3),
      places: subset(ids.places.map((p) => p.id)),
      actors: subset(ids.actors),
      sources: subset(ids.sources, 1),
      control: subset(settlements),
      disputed: fc.boolean(),
      body: fc.array(text, { maxLength: 3 }),
    })
    .map((e): ContentFile => {
      const date = `2020-09-${e.day}`;
      const claims =
        e.disputed && ids.actors.length > 0
          ? (['claims', 'denies'] as const).map((stance) => ({
              actor: ids.actors[0],
              stance,
              date,
              source: ids.sources[0],
              statement: 'A statement.',
            }))
          : [];
      const id = `${date}-event-${i}`;
      return {
        collection: 'events',
        id,
        name: `${id}.md`,
        format: 'md',
        data: {
          title: e.title,
          summary: e.summary,
          date,
          phase: 'war',
          category: e.category,
          significance: e.significance,
          certainty: claims.length ? 'disputed' : 'confirmed',
          ...(e.places.length ? { places: e.places } : {}),
          ...(e.actors.length ? { actors: e.actors } : {}),
          sources: e.sources.map((s) => ({ source: s })),
          ...(claims.length ? { claims } : {}),
          ...(e.control.length
            ? { control: e.control.map((p) => ({ place: p, holder: 'armenian-forces', basis: 'claimed' })) }
            : {}),
        },
        body: e.body.join('\n\n'),
      };
    });
};

/** A valid content folder: 1–3 sources, actors and places, 1–4 events that refer to them. */
export const validContent: fc.Arbitrary<ContentFile[]> = fc
  .record({
    sources: fc.integer({ min: 1, max: 3 }),
    actors: fc.integer({ min: 1, max: 3 }),
    places: fc.integer({ min: 1, max: 3 }),
    events: fc.integer({ min: 1, max: 4 }),
  })
  .chain((n) => {
    const sourceIds = Array.from({ length: n.sources }, (_, i) => `source-${i}`);
    return fc
      .tuple(
        fc.tuple(...Array.from({ length: n.sources }, (_, i) => source(i))),
        fc.tuple(...Array.from({ length: n.actors }, (_, i) => actor(i))),
        fc.tuple(...Array.from({ length: n.places }, (_, i) => place(i, sourceIds))),
      )
      .chain(([sources, actors, places]) =>
        fc
          .tuple(
            ...Array.from({ length: n.events }, (_, i) =>
              event(i, { places, actors: actors.map((a) => a.id), sources: sourceIds }),
            ),
          )
          .map((events) => [...sources, ...actors, ...places, ...events]),
      );
  });

/** Strings quoted as the content guide asks (an unquoted date would be read as a timestamp). */
const yaml = (data: unknown) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

export function serialise(file: ContentFile): string {
  if (file.format === 'json') return `${JSON.stringify(file.data, null, 2)}\n`;
  if (file.format === 'yaml') return yaml(file.data);
  return `---\n${yaml(file.data)}---\n\n${file.body ?? ''}\n`;
}

/** Every path to a value in the data, for a mutation to pick from. */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...path, i], ...pathsIn(v, [...path, i])]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...pathsIn(v, [...path, k])]);
  return [];
}

function parentOf(data: unknown, path: (string | number)[]): Record<string | number, unknown> {
  let at = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  return at;
}

export type Mutation =
  | { kind: 'none' }
  | { kind: 'drop' | 'rename'; file: number; path: number }
  | { kind: 'retype'; file: number; path: number; value: unknown }
  | { kind: 'bytes'; file: number; offset: number; op: 'insert' | 'delete' | 'replace'; byte: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constantFrom('drop' as const, 'rename' as const), file: fc.nat(), path: fc.nat() }),
  fc.record({
    kind: fc.constant('retype' as const),
    file: fc.nat(),
    path: fc.nat(),
    value: fc.oneof(
      fc.integer(),
      fc.string({ maxLength: 5 }),
      fc.boolean(),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
      fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
    ),
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    file: fc.nat(),
    offset: fc.nat(),
    op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
    // Bytes that matter to YAML, Markdown and UTF-8, and any other byte.
    byte: fc.oneof(
      fc.constantFrom(0x0a, 0x3a, 0x2d, 0x22, 0x27, 0x23, 0x5b, 0x7b, 0x09, 0x20, 0x80, 0xc3, 0xff),
      fc.nat(255),
    ),
  }),
);

/** Writes the files with one mutation applied; returns the file that was changed, if any. */
export function writeContent(dir: string, files: ContentFile[], m: Mutation): string | undefined {
  let changed: string | undefined;
  files.forEach((f, index) => {
    let bytes = Buffer.from(serialise(f), 'utf8');
    if (m.kind !== 'none' && m.file % files.length === index) {
      changed = `${f.collection}/${f.name}`;
      if (m.kind === 'bytes') {
        const at = m.offset % (bytes.length + 1);
        const b = Buffer.from([m.byte]);
        bytes =
          m.op === 'insert'
            ? Buffer.concat([bytes.subarray(0, at), b, bytes.subarray(at)])
            : m.op === 'delete'
              ? Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)])
              : Buffer.concat([bytes.subarray(0, at), b, bytes.subarray(at + 1)]);
      } else {
        const data = structuredClone(f.data);
        const paths = pathsIn(data);
        const path = paths[m.path % paths.length]!;
        const parent = parentOf(data, path);
        const key = path.at(-1)!;
        if (m.kind === 'drop') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key];
        } else if (m.kind === 'rename') {
          if (!Array.isArray(parent)) {
            parent[`${String(key)}x`] = parent[key];
            delete parent[key];
          }
        } else if (m.kind === 'retype') parent[key] = m.value;
        bytes = Buffer.from(serialise({ ...f, data }), 'utf8');
      }
    }
    mkdirSync(join(dir, f.collection), { recursive: true });
    writeFileSync(join(dir, f.collection, f.name), bytes);
  });
  return changed;
}
