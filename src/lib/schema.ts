/**
 * The content contract: zod schemas for every collection, shared by Astro's
 * content layer (src/content.config.ts) and the unit tests. Links between
 * collections are built by a `ref` factory so that Astro can pass its own
 * `reference()` while tests pass a plain one.
 */
import { z } from 'zod';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

export type CollectionName = 'events' | 'places' | 'actors' | 'sources' | 'documents' | 'bulletins';
export interface Ref {
  id: string;
  collection: string;
}
export type RefFactory = (collection: CollectionName) => z.ZodType<Ref, unknown>;

/** The plain reference used outside Astro: an id string becomes `{ id, collection }`. */
export const plainRef: RefFactory = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ id, collection }));

const QUOTE_DATES = 'write it in quotes, e.g. "2020-11-08"';
/** A calendar date (YYYY, YYYY-MM or YYYY-MM-DD) or a date-time with its UTC offset. */
export const DATE_PATTERN =
  /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?)?$/;

/** Dates stay strings: YAML would turn an unquoted date into a UTC Date and shift days. */
export const dateString = z
  .string({
    error: (issue) =>
      issue.input instanceof Date ? `a quoted date string; ${QUOTE_DATES}` : `a date string; ${QUOTE_DATES}`,
  })
  .regex(DATE_PATTERN, {
    message: 'an ISO date: "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM+03:00" (a time needs its UTC offset)',
  })
  .refine(isRealCalendarDate, { message: 'a date that exists in the calendar (e.g. not 31 November)' });

function isRealCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m || !m[3]) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return day <= getDaysInMonth(new Date(year, month - 1));
}

export const PHASES = ['background', 'prelude', 'war', 'ceasefire', 'aftermath'] as const;
export const CATEGORIES = ['military', 'diplomatic', 'political', 'humanitarian'] as const;
export const CERTAINTIES = ['confirmed', 'claimed', 'disputed'] as const;
export const PRECISIONS = ['year', 'month', 'day'] as const;
export const STANCES = ['claims', 'denies', 'confirms'] as const;
export const HOLDERS = ['azerbaijan', 'armenian-forces', 'peacekeepers'] as const;
/** How a change of holder is known: one side's word, one side's word denied by the other, confirmed by both or independently, or set by an agreement. */
export const CONTROL_BASES = ['claimed', 'disputed', 'confirmed', 'agreed'] as const;
export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'district',
  'region',
  'corridor',
  'country',
  'landmark',
] as const;
/** Places that hold control on the map; the others are containers or context. */
export const SETTLEMENT_KINDS = ['city', 'town', 'village'] as const;
/** What a bulletin item reports. */
export const BULLETIN_TOPICS = ['ground', 'losses', 'strikes', 'other'] as const;
export const ACTOR_KINDS = ['state', 'de-facto-authority', 'armed-forces', 'organisation', 'person', 'media'] as const;
export const SOURCE_KINDS = [
  'news',
  'government',
  'agreement',
  'scholarly',
  'social',
  'blog',
  'reference',
  'analysis',
] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'a lowercase id of letters, digits and hyphens' });
const nonEmpty = z.string().trim().min(1, { message: 'a non-empty text' });
const latLng = z.tuple([
  z.number().min(-90).max(90, { message: 'a latitude between -90 and 90' }),
  z.number().min(-180).max(180, { message: 'a longitude between -180 and 180' }),
]);

export function makeSchemas(ref: RefFactory) {
  const sourceCitation = z.strictObject({
    source: ref('sources'),
    /** Where in the source: page, section, quoted phrase or timestamp. */
    locator: nonEmpty.optional(),
  });

  const claim = z.strictObject({
    actor: ref('actors'),
    stance: z.enum(STANCES),
    date: dateString,
    source: ref('sources'),
    /** What was said, in our words or as a short attributed quotation. */
    statement: nonEmpty,
  });

  /** A settlement changing hands, or a district or region where the whole of it did (the handovers). */
  const controlChange = z.strictObject({
    place: ref('places'),
    holder: z.enum(HOLDERS),
    basis: z.enum(CONTROL_BASES),
    note: nonEmpty.optional(),
  });

  const correction = z.strictObject({ date: dateString, note: nonEmpty });

  const event = z.strictObject({
    title: nonEmpty,
    summary: nonEmpty,
    date: dateString,
    precision: z.enum(PRECISIONS).optional(),
    /** IANA zone that names the time, e.g. Europe/Moscow for the trilateral statement. */
    zone: z
      .string()
      .regex(/^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/, {
        message: 'an IANA time zone such as "Europe/Moscow" or "America/Argentina/Buenos_Aires"',
      })
      .optional(),
    end: dateString.optional(),
    phase: z.enum(PHASES),
    category: z.enum(CATEGORIES),
    significance: z.union([z.literal(1), z.literal(2), z.literal(3)], {
      error: (issue) =>
        typeof issue.input === 'string'
          ? 'a number without quotes: 1 (key), 2 or 3 (detail)'
          : 'a number: 1 (key), 2 or 3 (detail)',
    }),
    certainty: z.enum(CERTAINTIES),
    places: z.array(ref('places')).default([]),
    actors: z.array(ref('actors')).default([]),
    sources: z.array(sourceCitation).min(1, { message: 'at least one source: every statement is traceable' }),
    claims: z.array(claim).default([]),
    control: z.array(controlChange).default([]),
    corrections: z.array(correction).default([]),
    /** Why an entry dated outside the record's span (RECORD_RANGE in config.ts) belongs in it. */
    outsideRangeReason: nonEmpty.optional(),
  });

  const names = z.strictObject({
    /** English name in the usage of the internationally recognised state (Shusha). */
    en: nonEmpty,
    /** English form of the other side's name where it differs (Shushi). */
    alt: nonEmpty.optional(),
    az: nonEmpty.optional(),
    hy: nonEmpty.optional(),
    ru: nonEmpty.optional(),
  });

  const place = z
    .strictObject({
      kind: z.enum(PLACE_KINDS),
      names,
      /** [lat, lon] of a point; corridors add `line`. */
      coordinates: latLng,
      /** Where the coordinates come from: a gazetteer record (locator: its id) or a page that states them. Required for settlements. */
      coordinatesSource: sourceCitation.optional(),
      line: z.array(latLng).min(2).optional(),
      /** Width in kilometres where an agreement fixes it (the Lachin corridor: 5). */
      widthKm: z.number().positive().optional(),
      schematic: z.boolean().default(false),
      district: ref('places').optional(),
      country: z.enum(['azerbaijan', 'armenia', 'russia', 'turkey', 'iran', 'georgia', 'other']),
      /** For districts: the project's key of its polygon in the geometry source. */
      geometryKey: slug.optional(),
      note: nonEmpty.optional(),
      sources: z.array(ref('sources')).default([]),
    })
    .refine((p) => !(SETTLEMENT_KINDS as readonly string[]).includes(p.kind) || p.coordinatesSource !== undefined, {
      path: ['coordinatesSource'],
      message:
        "the source of a settlement's coordinates (a gazetteer record or a page that states them); coordinates are never guessed",
    });

  const actor = z.strictObject({
    name: nonEmpty,
    kind: z.enum(ACTOR_KINDS),
    country: z.string().optional(),
    role: nonEmpty.optional(),
  });

  const source = z.strictObject({
    title: nonEmpty,
    publisher: nonEmpty,
    author: nonEmpty.optional(),
    published: dateString.optional(),
    url: z.url({ protocol: /^https?$/, message: 'an http(s) URL' }).optional(),
    kind: z.enum(SOURCE_KINDS),
    perspective: nonEmpty,
    language: z.string().regex(/^[a-z]{2,3}$/, { message: 'an ISO 639 language code such as "en"' }),
    /** The agencies or outlets whose report this one carries (e.g. "AFP"): a relay says whom it relays. */
    relays: z.array(nonEmpty).default([]),
    /** Path of a copy kept with the project (the seed documents). */
    archive: nonEmpty.optional(),
    note: nonEmpty.optional(),
  });

  const documentPoint = z.strictObject({
    number: z.number().int().positive(),
    /** A short heading in the site's words, e.g. "Agdam district returned by 20 November". */
    title: nonEmpty.optional(),
    summary: nonEmpty,
    deadline: dateString.optional(),
    places: z.array(ref('places')).default([]),
    outcome: nonEmpty.optional(),
    events: z.array(ref('events')).default([]),
    sources: z.array(sourceCitation).default([]),
  });

  const document = z.strictObject({
    title: nonEmpty,
    date: dateString,
    summary: nonEmpty,
    signatories: z.array(ref('actors')).default([]),
    sources: z.array(sourceCitation).min(1),
    points: z.array(documentPoint).min(1),
  });

  const bulletinItem = z.strictObject({
    topic: z.enum(BULLETIN_TOPICS),
    /** What the side reported, in our words or as a short quotation, always as that side's report. */
    statement: nonEmpty,
    places: z.array(ref('places')).default([]),
    sources: z.array(sourceCitation).min(1, { message: 'at least one source for each item' }),
  });

  /** What one side's defence ministry (or army) reported on one day: content/bulletins/<yyyy-mm-dd>-<actor>.yaml. */
  const bulletin = z.strictObject({
    date: dateString,
    actor: ref('actors'),
    items: z.array(bulletinItem).min(1),
  });

  return { event, place, actor, source, document, bulletin, sourceCitation, claim, controlChange, documentPoint };
}

const plainSchemas = makeSchemas(plainRef);
export type EventData = z.output<typeof plainSchemas.event>;
export type PlaceData = z.output<typeof plainSchemas.place>;
export type ActorData = z.output<typeof plainSchemas.actor>;
export type SourceData = z.output<typeof plainSchemas.source>;
export type DocumentData = z.output<typeof plainSchemas.document>;
export type BulletinData = z.output<typeof plainSchemas.bulletin>;
export type Precision = (typeof PRECISIONS)[number];
export type Phase = (typeof PHASES)[number];
export type Holder = (typeof HOLDERS)[number];
export type ControlBasis = (typeof CONTROL_BASES)[number];
export { plainSchemas };
