/**
 * Synthetic, schema-valid content for the benchmark (tools/bench.ts) and its
 * unit test: N events spread over 1988–2020 with the real gazetteer's districts
 * and towns, a few dozen actors and sources, claims on disputed events, control
 * changes on some military events and, optionally, one document.
 *
 * Deterministic: the same (n, seed) writes byte-identical files. The only
 * randomness is a seeded PRNG (mulberry32); nothing reads the clock or Math.random.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { slug } from 'github-slugger';
import { FEATURED_DOCUMENT, RECORD_RANGE } from '../src/config.ts';
import { daysApart, shiftDay } from '../src/lib/dates.ts';
import { SOURCE_KINDS } from '../src/lib/schema.ts';
import type { ActorData, EventData, Holder, Phase, PlaceData, Precision } from '../src/lib/schema.ts';

// ---------------------------------------------------------------- PRNG

/** mulberry32: a small, fast, seeded 32-bit PRNG. */
export function makeRng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number): boolean => next() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** `count` distinct items, in a random order. */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries.at(-1)![0];
  };
  return { next, int, chance, pick, sample, weighted };
}
export type Rng = ReturnType<typeof makeRng>;

// ---------------------------------------------------------------- fixed tables

interface PlaceSpec {
  id: string;
  kind: PlaceData['kind'];
  en: string;
  alt?: string;
  coordinates: [number, number];
  country: PlaceData['country'];
  district?: string;
  geometryKey?: string;
  line?: [number, number][];
}

/** The real gazetteer's ids and coordinates, so that the map and the locator maps draw what they draw for the real content. */
export const PLACES: PlaceSpec[] = [
  {
    id: 'agdam-district',
    kind: 'district',
    en: 'Agdam District',
    coordinates: [40.0, 46.85],
    country: 'azerbaijan',
    geometryKey: 'agdam-district',
  },
  {
    id: 'fuzuli-district',
    kind: 'district',
    en: 'Fuzuli District',
    coordinates: [39.58, 47.1],
    country: 'azerbaijan',
    geometryKey: 'fuzuli-district',
  },
  {
    id: 'jabrayil-district',
    kind: 'district',
    en: 'Jabrayil District',
    coordinates: [39.4, 46.98],
    country: 'azerbaijan',
    geometryKey: 'jabrayil-district',
  },
  {
    id: 'kalbajar-district',
    kind: 'district',
    en: 'Kalbajar District',
    alt: 'Shahumyan (Karvachar)',
    coordinates: [40.1, 46.1],
    country: 'azerbaijan',
    geometryKey: 'kalbajar-district',
  },
  {
    id: 'khojaly-district',
    kind: 'district',
    en: 'Khojaly District',
    alt: 'Askeran',
    coordinates: [39.92, 46.8],
    country: 'azerbaijan',
    geometryKey: 'khojaly-district',
  },
  {
    id: 'khojavend-district',
    kind: 'district',
    en: 'Khojavend District',
    alt: 'Martuni / Hadrut',
    coordinates: [39.65, 47.0],
    country: 'azerbaijan',
    geometryKey: 'khojavend-district',
  },
  {
    id: 'lachin-district',
    kind: 'district',
    en: 'Lachin District',
    alt: 'Kashatagh',
    coordinates: [39.66, 46.41],
    country: 'azerbaijan',
    geometryKey: 'lachin-district',
  },
  {
    id: 'qubadli-district',
    kind: 'district',
    en: 'Qubadli District',
    coordinates: [39.35, 46.6],
    country: 'azerbaijan',
    geometryKey: 'qubadli-district',
  },
  {
    id: 'shusha-district',
    kind: 'district',
    en: 'Shusha District',
    alt: 'Shushi',
    coordinates: [39.73, 46.7],
    country: 'azerbaijan',
    geometryKey: 'shusha-district',
  },
  {
    id: 'tartar-district',
    kind: 'district',
    en: 'Tartar District',
    alt: 'Martakert',
    coordinates: [40.3, 46.7],
    country: 'azerbaijan',
    geometryKey: 'tartar-district',
  },
  {
    id: 'zangilan-district',
    kind: 'district',
    en: 'Zangilan District',
    coordinates: [39.1, 46.65],
    country: 'azerbaijan',
    geometryKey: 'zangilan-district',
  },
  {
    id: 'syunik',
    kind: 'region',
    en: 'Syunik Province',
    coordinates: [39.4, 46.2],
    country: 'armenia',
    geometryKey: 'syunik',
  },
  {
    id: 'nagorno-karabakh',
    kind: 'region',
    en: 'Nagorno-Karabakh',
    alt: 'Artsakh',
    coordinates: [39.82, 46.75],
    country: 'azerbaijan',
  },
  {
    id: 'khankendi',
    kind: 'city',
    en: 'Khankendi',
    alt: 'Stepanakert',
    coordinates: [39.815, 46.752],
    country: 'azerbaijan',
    geometryKey: 'khankendi',
  },
  {
    id: 'agdam',
    kind: 'town',
    en: 'Agdam',
    alt: 'Akna',
    coordinates: [39.993, 46.931],
    country: 'azerbaijan',
    district: 'agdam-district',
  },
  {
    id: 'agdara',
    kind: 'town',
    en: 'Agdara',
    alt: 'Martakert',
    coordinates: [40.215, 46.813],
    country: 'azerbaijan',
    district: 'tartar-district',
  },
  {
    id: 'fuzuli',
    kind: 'town',
    en: 'Fuzuli',
    alt: 'Varanda',
    coordinates: [39.6, 47.143],
    country: 'azerbaijan',
    district: 'fuzuli-district',
  },
  {
    id: 'hadrut',
    kind: 'town',
    en: 'Hadrut',
    coordinates: [39.52, 47.032],
    country: 'azerbaijan',
    district: 'khojavend-district',
  },
  {
    id: 'jabrayil',
    kind: 'town',
    en: 'Jabrayil',
    alt: 'Jrakan',
    coordinates: [39.399, 47.028],
    country: 'azerbaijan',
    district: 'jabrayil-district',
  },
  {
    id: 'kalbajar',
    kind: 'town',
    en: 'Kalbajar',
    alt: 'Karvachar',
    coordinates: [40.107, 46.038],
    country: 'azerbaijan',
    district: 'kalbajar-district',
  },
  {
    id: 'khojaly',
    kind: 'town',
    en: 'Khojaly',
    coordinates: [39.9111, 46.7892],
    country: 'azerbaijan',
    district: 'khojaly-district',
  },
  {
    id: 'khojavend',
    kind: 'town',
    en: 'Khojavend',
    alt: 'Martuni',
    coordinates: [39.795, 47.113],
    country: 'azerbaijan',
    district: 'khojavend-district',
  },
  {
    id: 'lachin',
    kind: 'town',
    en: 'Lachin',
    alt: 'Berdzor',
    coordinates: [39.641, 46.547],
    country: 'azerbaijan',
    district: 'lachin-district',
  },
  {
    id: 'qubadli',
    kind: 'town',
    en: 'Qubadli',
    alt: 'Kashunik',
    coordinates: [39.344, 46.582],
    country: 'azerbaijan',
    district: 'qubadli-district',
  },
  {
    id: 'shusha',
    kind: 'city',
    en: 'Shusha',
    alt: 'Shushi',
    coordinates: [39.758, 46.748],
    country: 'azerbaijan',
    district: 'shusha-district',
  },
  {
    id: 'tartar',
    kind: 'city',
    en: 'Tartar',
    coordinates: [40.342, 46.932],
    country: 'azerbaijan',
    district: 'tartar-district',
  },
  {
    id: 'zangilan',
    kind: 'town',
    en: 'Zangilan',
    alt: 'Kovsakan',
    coordinates: [39.084, 46.66],
    country: 'azerbaijan',
    district: 'zangilan-district',
  },
  { id: 'barda', kind: 'city', en: 'Barda', coordinates: [40.376, 47.126], country: 'azerbaijan' },
  { id: 'ganja', kind: 'city', en: 'Ganja', coordinates: [40.683, 46.361], country: 'azerbaijan' },
  { id: 'baku', kind: 'city', en: 'Baku', coordinates: [40.395, 49.882], country: 'azerbaijan' },
  { id: 'sumgayit', kind: 'city', en: 'Sumgayit', alt: 'Sumgait', coordinates: [40.59, 49.67], country: 'azerbaijan' },
  { id: 'tovuz', kind: 'town', en: 'Tovuz', coordinates: [40.992, 45.628], country: 'azerbaijan' },
  { id: 'goris', kind: 'town', en: 'Goris', coordinates: [39.511, 46.342], country: 'armenia', district: 'syunik' },
  { id: 'kapan', kind: 'town', en: 'Kapan', coordinates: [39.208, 46.406], country: 'armenia', district: 'syunik' },
  { id: 'yerevan', kind: 'city', en: 'Yerevan', coordinates: [40.181, 44.514], country: 'armenia' },
  { id: 'azerbaijan', kind: 'country', en: 'Azerbaijan', coordinates: [40.14, 47.58], country: 'azerbaijan' },
  { id: 'armenia', kind: 'country', en: 'Armenia', coordinates: [40.07, 45.04], country: 'armenia' },
  {
    id: 'lachin-corridor',
    kind: 'corridor',
    en: 'Lachin corridor',
    coordinates: [39.66, 46.56],
    country: 'azerbaijan',
    district: 'lachin-district',
    line: [
      [39.511, 46.342],
      [39.555, 46.44],
      [39.6, 46.5],
      [39.641, 46.547],
      [39.69, 46.61],
      [39.75, 46.7],
      [39.815, 46.752],
    ],
  },
];

/** Places whose control changes (they are drawn on the map): the districts and the towns in them. */
const CONTROL_PLACES = PLACES.filter(
  (p) => p.kind === 'district' || ((p.kind === 'town' || p.kind === 'city') && p.district?.endsWith('-district')),
);
/** Places that events mostly happen at: everything but the countries and the corridor. */
const EVENT_PLACES = PLACES.filter((p) => p.kind !== 'country' && p.kind !== 'corridor');

export const ACTORS: { id: string; name: string; kind: ActorData['kind']; country?: string; role?: string }[] = [
  { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', country: 'azerbaijan' },
  { id: 'armenia', name: 'Armenia', kind: 'state', country: 'armenia' },
  { id: 'russia', name: 'Russia', kind: 'state', country: 'russia' },
  { id: 'turkey', name: 'Turkey', kind: 'state', country: 'turkey' },
  { id: 'iran', name: 'Iran', kind: 'state', country: 'iran' },
  { id: 'france', name: 'France', kind: 'state', country: 'france' },
  { id: 'united-states', name: 'United States', kind: 'state', country: 'united-states' },
  { id: 'soviet-union', name: 'Soviet Union', kind: 'state' },
  { id: 'azerbaijan-mod', name: 'Ministry of Defence of Azerbaijan', kind: 'armed-forces', country: 'azerbaijan' },
  { id: 'armenia-mod', name: 'Ministry of Defence of Armenia', kind: 'armed-forces', country: 'armenia' },
  { id: 'russia-mod', name: 'Ministry of Defence of Russia', kind: 'armed-forces', country: 'russia' },
  { id: 'russian-peacekeepers', name: 'Russian peacekeeping contingent', kind: 'armed-forces', country: 'russia' },
  {
    id: 'karabakh-authorities',
    name: 'Nagorno-Karabakh de facto authorities',
    kind: 'de-facto-authority',
    country: 'armenia',
  },
  { id: 'ilham-aliyev', name: 'Ilham Aliyev', kind: 'person', country: 'azerbaijan', role: 'President of Azerbaijan' },
  {
    id: 'nikol-pashinyan',
    name: 'Nikol Pashinyan',
    kind: 'person',
    country: 'armenia',
    role: 'Prime Minister of Armenia',
  },
  { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', country: 'russia', role: 'President of Russia' },
  {
    id: 'recep-tayyip-erdogan',
    name: 'Recep Tayyip Erdoğan',
    kind: 'person',
    country: 'turkey',
    role: 'President of Turkey',
  },
  {
    id: 'arayik-harutyunyan',
    name: 'Arayik Harutyunyan',
    kind: 'person',
    country: 'armenia',
    role: 'Leader of the de facto authorities',
  },
  {
    id: 'hikmet-hajiyev',
    name: 'Hikmet Hajiyev',
    kind: 'person',
    country: 'azerbaijan',
    role: 'Foreign policy adviser to the President of Azerbaijan',
  },
  {
    id: 'jeyhun-bayramov',
    name: 'Jeyhun Bayramov',
    kind: 'person',
    country: 'azerbaijan',
    role: 'Foreign Minister of Azerbaijan',
  },
  {
    id: 'zohrab-mnatsakanyan',
    name: 'Zohrab Mnatsakanyan',
    kind: 'person',
    country: 'armenia',
    role: 'Foreign Minister of Armenia',
  },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', country: 'russia', role: 'Foreign Minister of Russia' },
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', kind: 'person', country: 'russia', role: 'Kremlin spokesman' },
  { id: 'mike-pompeo', name: 'Mike Pompeo', kind: 'person', country: 'united-states', role: 'US Secretary of State' },
  { id: 'osce-minsk-group', name: 'OSCE Minsk Group', kind: 'organisation' },
  { id: 'un-security-council', name: 'UN Security Council', kind: 'organisation' },
  { id: 'united-nations', name: 'United Nations', kind: 'organisation' },
  { id: 'icrc', name: 'International Committee of the Red Cross', kind: 'organisation' },
  { id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'organisation' },
  { id: 'synthetic-wire-service', name: 'Synthetic Wire Service', kind: 'media' },
];
const CLAIMANTS = [
  'azerbaijan-mod',
  'armenia-mod',
  'ilham-aliyev',
  'nikol-pashinyan',
  'karabakh-authorities',
  'hikmet-hajiyev',
  'arayik-harutyunyan',
  'russia-mod',
];

const PUBLISHERS: [string, string, string][] = [
  ['Synthetic News Agency', 'independent news agency', 'en'],
  ['Example Daily', 'independent newspaper', 'en'],
  ['Baku Example Wire', 'Azerbaijani state news agency', 'az'],
  ['Yerevan Example Press', 'Armenian news agency', 'hy'],
  ['Moscow Example Bulletin', 'Russian state news agency', 'ru'],
  ['Ankara Example Herald', 'Turkish newspaper', 'tr'],
  ['Paris Example Review', 'French weekly', 'fr'],
  ['Caucasus Example Monitor', 'regional independent outlet', 'en'],
  ['Example Institute', 'research institute', 'en'],
  ['Example Rights Watch', 'human rights organisation', 'en'],
];
/** Three in ten sources are news, the other kinds one in ten each. */
const SOURCE_KIND_WEIGHTS = SOURCE_KINDS.map((kind) => [kind, kind === 'news' ? 3 : 1] as const);
const SOURCE_COUNT = 48;

// ---------------------------------------------------------------- words

const VERBS = [
  'reports',
  'announces',
  'denies',
  'confirms',
  'describes',
  'documents',
  'disputes',
  'welcomes',
  'condemns',
  'records',
];
const SUBJECTS = [
  'shelling near',
  'talks about',
  'a statement on',
  'fighting around',
  'a ceasefire in',
  'evacuations from',
  'a convoy to',
  'damage in',
  'a visit to',
  'the handover of',
];
const WORDS = (
  'the ministry said forces positions village road bridge hospital school residents civilians officials statement ' +
  'agency report according later earlier morning evening night district town front line observers mediators talks ' +
  'ceasefire truce exchange prisoners bodies humanitarian corridor convoy artillery drone strike damage casualties ' +
  'independent confirmed denied claimed published video photographs journalists witnesses spokesman minister president ' +
  'government parliament protest crowd capital border region territory control withdrawal deployment monitoring'
).split(' ');

function sentence(rng: Rng, min: number, max: number): string {
  const words = Array.from({ length: rng.int(min, max) }, () => rng.pick(WORDS));
  const first = words[0]!;
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(rng: Rng, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng, 8, 18)).join(' ');
}

// ---------------------------------------------------------------- dates

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Day ranges (inclusive) of each phase; background runs 1988–2019. */
const PHASE_RANGES: Record<Phase, [string, string]> = {
  background: ['1988-01-01', '2019-12-31'],
  prelude: ['2020-07-01', '2020-09-26'],
  war: ['2020-09-27', '2020-11-08'],
  ceasefire: ['2020-11-09', '2020-12-01'],
  aftermath: ['2020-12-02', '2020-12-31'],
};
/** Most events fall in the weeks of the war, as in the real timeline. */
const PHASE_WEIGHTS: [Phase, number][] = [
  ['background', 18],
  ['prelude', 10],
  ['war', 52],
  ['ceasefire', 15],
  ['aftermath', 5],
];

interface EventDate {
  date: string;
  precision?: Precision;
  zone?: string;
  end?: string;
  day: string;
}

function eventDate(rng: Rng, phase: Phase): EventDate {
  const [from, to] = PHASE_RANGES[phase];
  const day = shiftDay(from, rng.int(0, daysApart(from, to)));
  const out: EventDate = { date: day, day };
  if (phase === 'background') {
    const r = rng.next();
    if (r < 0.12) out.date = day.slice(0, 4);
    else if (r < 0.3) out.date = day.slice(0, 7);
    else if (r < 0.36) out.precision = 'month'; // a full date known only to the month
  } else {
    const r = rng.next();
    if (r < 0.06) {
      // A time fixed by the source: Baku/Yerevan time (UTC+4 all 2020), Moscow time (UTC+3) or UTC.
      const [offset, zone] = rng.pick([
        ['+04:00', 'Asia/Baku'],
        ['+04:00', 'Asia/Yerevan'],
        ['+03:00', 'Europe/Moscow'],
        ['Z', 'UTC'],
      ] as const);
      out.date = `${day}T${pad(rng.int(0, 23))}:${pad(rng.pick([0, 0, 15, 30, 45]))}${offset}`;
      if (zone !== 'UTC' && rng.chance(0.7)) out.zone = zone;
    } else if (r < 0.09) {
      out.date = day.slice(0, 7);
    } else if (r < 0.15) {
      out.precision = 'day';
    }
  }
  if (!out.date.includes('T') && out.date.length === 10 && rng.chance(0.08)) out.end = shiftDay(day, rng.int(1, 6));
  else if (out.date.length === 4 && rng.chance(0.2)) out.end = String(Number(out.date) + rng.int(1, 2));
  return out;
}

// ---------------------------------------------------------------- YAML writer

/** YAML as an editor writes it: unset fields and empty lists left out, no folded lines, no anchors; js-yaml quotes what would not read back as a string (dates above all). */
function toYaml(data: Record<string, unknown>): string {
  return yaml.dump(data, {
    quotingType: '"',
    lineWidth: -1,
    noRefs: true,
    skipInvalid: true,
    replacer: (_key, value: unknown) => (Array.isArray(value) && value.length === 0 ? undefined : value),
  });
}

// ---------------------------------------------------------------- generation

export interface GeneratedContent {
  dir: string;
  events: number;
  places: number;
  actors: number;
  sources: number;
  documents: number;
  /** Every file written, relative to dir, sorted. */
  files: string[];
}

export interface GenerateOptions {
  /** Also write the trilateral statement as a document (the site's navigation links to it). Default true. */
  document?: boolean;
}

/** The document every page's navigation links to. */
export const DOCUMENT_ID = FEATURED_DOCUMENT;

/** Writes n events and their places, actors, sources (and one document) into dir/{events,places,actors,sources,documents}. */
export function generateContent(dir: string, n: number, seed = 1, options: GenerateOptions = {}): GeneratedContent {
  if (!Number.isInteger(n) || n < 1) throw new Error(`generateContent: n must be a positive integer, not ${n}`);
  const rng = makeRng(seed);
  const files: string[] = [];
  const write = (collection: string, name: string, text: string) => {
    mkdirSync(join(dir, collection), { recursive: true });
    writeFileSync(join(dir, collection, name), text);
    files.push(`${collection}/${name}`);
  };

  // Sources: fixed ids, publication dates spread over the years they are cited for.
  const sourceIds: string[] = [];
  for (let i = 0; i < SOURCE_COUNT; i++) {
    const [publisher, perspective, language] = PUBLISHERS[i % PUBLISHERS.length]!;
    const id = `synthetic-source-${pad(i + 1, 3)}`;
    sourceIds.push(id);
    const year = i < 8 ? 1988 + i * 4 : 2020;
    const published = i < 8 ? `${year}-${pad(rng.int(1, 12))}` : shiftDay(PHASE_RANGES.prelude[0], rng.int(0, 180));
    write(
      'sources',
      `${id}.yaml`,
      toYaml({
        title: `Synthetic report ${i + 1}: ${rng.pick(SUBJECTS)} ${rng.pick(PLACES).en}`,
        publisher,
        author: rng.chance(0.4) ? `Author ${String.fromCharCode(65 + (i % 26))}. Example` : undefined,
        published: rng.chance(0.85) ? published : undefined,
        url: rng.chance(0.8) ? `https://example.org/${slug(publisher)}/${id}` : undefined,
        kind: rng.weighted(SOURCE_KIND_WEIGHTS),
        perspective,
        language,
        note: rng.chance(0.15)
          ? 'Synthetic source written by tools/synthetic-content.ts for the benchmark.'
          : undefined,
      }),
    );
  }

  for (const p of PLACES) {
    write(
      'places',
      `${p.id}.yaml`,
      toYaml({
        kind: p.kind,
        names: { en: p.en, alt: p.alt },
        coordinates: p.coordinates,
        coordinatesSource: ['city', 'town', 'village'].includes(p.kind)
          ? { source: sourceIds[0]!, locator: 'synthetic' }
          : undefined,
        line: p.line,
        widthKm: p.kind === 'corridor' ? 5 : undefined,
        country: p.country,
        district: p.district,
        geometryKey: p.geometryKey,
        sources: rng.chance(0.3) ? [rng.pick(sourceIds)] : undefined,
      }),
    );
  }

  for (const a of ACTORS) {
    write('actors', `${a.id}.yaml`, toYaml({ name: a.name, kind: a.kind, country: a.country, role: a.role }));
  }

  const eventIds: { id: string; phase: Phase; category: EventData['category'] }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const phase = rng.weighted(PHASE_WEIGHTS);
    const when = eventDate(rng, phase);
    const category = rng.weighted<EventData['category']>([
      ['military', phase === 'war' ? 6 : 2],
      ['diplomatic', 3],
      ['political', 2],
      ['humanitarian', 2],
    ] as const);
    const certainty = rng.weighted<EventData['certainty']>([
      ['confirmed', 6],
      ['claimed', 2.5],
      ['disputed', 1.5],
    ] as const);
    const significance = rng.weighted<EventData['significance']>([
      [1, 1],
      [2, 4],
      [3, 5],
    ] as const);
    const places = rng
      .sample(
        rng.chance(0.85) ? EVENT_PLACES : PLACES,
        rng.weighted([
          [0, 1],
          [1, 4],
          [2, 3],
          [3, 2],
          [4, 1],
        ] as const),
      )
      .map((p) => p.id);
    const actors = rng.sample(ACTORS, rng.int(1, 5)).map((a) => a.id);
    const place = places[0] ? PLACES.find((p) => p.id === places[0])!.en : 'the region';
    const subject = `${rng.pick(SUBJECTS)} ${place}`;
    const prefix = when.date.includes('T') ? when.day : when.date;
    const id = `${prefix}-synthetic-${pad(i + 1, 5)}-${slug(subject)}`;
    if (seen.has(id)) throw new Error(`generateContent: duplicate id ${id}`);
    seen.add(id);

    const citations = rng
      .sample(sourceIds, rng.int(1, 4))
      .map((source) => ({ source, locator: rng.chance(0.3) ? `paragraph ${rng.int(1, 12)}` : undefined }));
    const claimDay = (offset: number) => (when.date.length >= 10 ? shiftDay(when.day, offset) : when.date);
    const claims: Record<string, string | undefined>[] = [];
    if (certainty !== 'confirmed') {
      const [claimant, denier] = rng.sample(CLAIMANTS, 2) as [string, string];
      claims.push({
        actor: claimant,
        stance: 'claims',
        date: claimDay(0),
        source: rng.pick(sourceIds),
        statement: `Said that ${subject} ${sentence(rng, 6, 14).toLowerCase()}`,
      });
      if (certainty === 'disputed') {
        claims.push({
          actor: denier,
          stance: 'denies',
          date: claimDay(rng.int(0, 1)),
          source: rng.pick(sourceIds),
          statement: `Denied the report: ${sentence(rng, 6, 14).toLowerCase()}`,
        });
        if (rng.chance(0.3))
          claims.push({
            actor: rng.pick(CLAIMANTS),
            stance: 'confirms',
            date: claimDay(rng.int(1, 3)),
            source: rng.pick(sourceIds),
            statement: `Confirmed part of the account. ${sentence(rng, 6, 12)}`,
          });
      }
    }
    const control: Record<string, string | undefined>[] = [];
    if (category === 'military' && (phase === 'war' || phase === 'ceasefire') && rng.chance(0.25)) {
      for (const p of rng.sample(CONTROL_PLACES, rng.int(1, 2))) {
        control.push({
          place: p.id,
          holder:
            phase === 'ceasefire'
              ? rng.pick<Holder>(['azerbaijan', 'peacekeepers'])
              : rng.weighted<Holder>([
                  ['azerbaijan', 4],
                  ['armenian-forces', 1],
                ] as const),
          basis:
            phase === 'ceasefire'
              ? 'agreed'
              : certainty === 'confirmed'
                ? 'confirmed'
                : certainty === 'disputed'
                  ? 'disputed'
                  : 'claimed',
          note: rng.chance(0.3) ? sentence(rng, 8, 16) : undefined,
        });
      }
    }
    const corrections = rng.chance(0.02)
      ? [{ date: `2021-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`, note: `Corrected: ${sentence(rng, 6, 12)}` }]
      : [];

    const frontmatter = toYaml({
      title: `Synthetic event ${i + 1}: ${rng.pick(ACTORS).name} ${rng.pick(VERBS)} ${subject}`,
      summary: `${paragraph(rng, 2)} (Synthetic benchmark entry.)`,
      date: when.date,
      precision: when.precision,
      zone: when.zone,
      end: when.end,
      phase,
      category,
      significance,
      certainty,
      places,
      actors,
      sources: citations,
      claims,
      control,
      corrections,
      // December entries lie past the record's last day: the loader wants them to say why.
      outsideRangeReason: [when.date, when.end ?? ''].some((d) => d.slice(0, 10) > RECORD_RANGE.end)
        ? 'Synthetic benchmark entry after the record.'
        : undefined,
    });
    const paragraphs = Array.from({ length: rng.int(2, 4) }, (_, k) => {
      const text = paragraph(rng, rng.int(3, 6));
      if (k === 0) return `**${subject[0]!.toUpperCase()}${subject.slice(1)}.** ${text}`;
      if (rng.chance(0.2)) return `${text} See [the source](https://example.org/synthetic/${id}) for details.`;
      if (rng.chance(0.15)) return `- ${sentence(rng, 5, 10)}\n- ${sentence(rng, 5, 10)}\n- ${sentence(rng, 5, 10)}`;
      return rng.chance(0.2) ? `${text} The statement said: *"${sentence(rng, 5, 10)}"*` : text;
    });
    write('events', `${id}.md`, `---\n${frontmatter}---\n\n${paragraphs.join('\n\n')}\n`);
    eventIds.push({ id, phase, category });
  }

  let documents = 0;
  if (options.document ?? true) {
    const ceasefireEvents = eventIds.filter((e) => e.phase === 'ceasefire' || e.phase === 'war').map((e) => e.id);
    const linked = (count: number) =>
      ceasefireEvents.length ? rng.sample(ceasefireEvents, Math.min(count, ceasefireEvents.length)) : [];
    write(
      'documents',
      `${DOCUMENT_ID}.yaml`,
      toYaml({
        title: 'Synthetic trilateral statement (benchmark stand-in for the statement of 9/10 November 2020)',
        date: '2020-11-09',
        summary: paragraph(rng, 3),
        signatories: ['ilham-aliyev', 'nikol-pashinyan', 'vladimir-putin'],
        sources: rng.sample(sourceIds, 3).map((source) => ({ source })),
        points: Array.from({ length: 9 }, (_, k) => ({
          number: k + 1,
          summary: paragraph(rng, 2),
          deadline: k < 3 ? shiftDay('2020-11-10', k * 5) : undefined,
          places: rng.sample(CONTROL_PLACES, rng.int(0, 3)).map((p) => p.id),
          outcome: rng.chance(0.7) ? paragraph(rng, 2) : undefined,
          events: linked(rng.int(0, 3)),
          sources: rng.sample(sourceIds, rng.int(1, 2)).map((source) => ({ source })),
        })),
      }),
    );
    documents = 1;
  }

  return {
    dir,
    events: n,
    places: PLACES.length,
    actors: ACTORS.length,
    sources: SOURCE_COUNT,
    documents,
    files: files.sort(),
  };
}
