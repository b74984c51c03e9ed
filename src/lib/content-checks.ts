/**
 * The rules over the content as a whole, after each file has passed its schema: references
 * (from the table in references.ts), spans, precision and zone, phases and the record's
 * span, lists that repeat an entry, places against their districts and the map's geometry,
 * control changes that would move nothing, and the bodies (links, raw HTML, the editorial
 * lint). Each problem names the file, its line, the field and what was expected.
 */
import type {
  EventData,
  PlaceData,
  ActorData,
  SourceData,
  DocumentData,
  BulletinData,
  CollectionName,
} from './schema.ts';
import { SETTLEMENT_KINDS } from './schema.ts';
import { daysBetween, parseDate, precisionRank, startInstant, zoneOffsetMinutes } from './dates.ts';
import { DAYS, DISTRICT_TOLERANCE_KM, PHASE_RANGES, RECORD_RANGE } from '../config.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { addressProblem, addressesIn, rawHtmlIn } from './markdown.ts';
import { lintEvent, type LintFinding } from './editorial-lint.ts';
import { referencesIn } from './references.ts';
import { describeValue, formatPath, type FieldPath, type Problem } from './content-problems.ts';

export type { Problem } from './content-problems.ts';
export { formatProblem } from './content-problems.ts';

/** One loaded entry: `bodyLine` is the file line on which the body starts; `lineOf` maps a field path to its line. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
  bodyLine?: number;
  lineOf?: (path: FieldPath) => number;
}

export interface ContentSet {
  events: Entry<EventData>[];
  places: Entry<PlaceData>[];
  actors: Entry<ActorData>[];
  sources: Entry<SourceData>[];
  documents: Entry<DocumentData>[];
  bulletins: Entry<BulletinData>[];
}

/** The map's units, as far as the rules need them: which keys exist, and how far a point lies outside one. */
export interface UnitGeometry {
  has(key: string): boolean;
  /** Kilometres from a [lat, lon] point to the unit's outline when outside it, 0 inside; undefined for no such unit. */
  kmOutside(key: string, point: readonly [number, number]): number | undefined;
}

export interface CheckOptions {
  /** Every id a file gives, valid or not: a file that failed its schema is reported once, not again by each reference to it. */
  ids?: Partial<Record<CollectionName, ReadonlySet<string>>>;
  /** Collections whose folder is missing (reported once as such): references into them are not checked. */
  missing?: ReadonlySet<CollectionName>;
  /** Without it, the geometry rules are skipped. */
  geometry?: UnitGeometry;
}

const COLLECTIONS = ['events', 'places', 'actors', 'sources', 'documents', 'bulletins'] as const;

export function findContentProblems(content: ContentSet, options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const ids = Object.fromEntries(
    COLLECTIONS.map((c) => [c, options.ids?.[c] ?? new Set(content[c].map((e) => e.id))]),
  ) as Record<CollectionName, ReadonlySet<string>>;
  const dayPageIds = new Set(daysBetween(DAYS.start, DAYS.end));
  const placeById = new Map(content.places.map((p) => [p.id, p]));

  const report = <T>(entry: Entry<T>, path: FieldPath, message: string, field = formatPath(path)) =>
    problems.push({ file: entry.file, line: entry.lineOf?.(path) ?? 1, field, message });

  for (const collection of COLLECTIONS) {
    for (const entry of content[collection] as Entry<unknown>[]) {
      for (const ref of referencesIn(collection, entry.data)) {
        if (!ids[ref.target].has(ref.id) && !options.missing?.has(ref.target))
          report(entry, ref.path, `expected the id of a file in content/${ref.target}/, got "${ref.id}"`);
      }
      for (const repeat of repeatedEntries(entry.data))
        report(
          entry,
          repeat.path,
          `expected each entry once, got ${repeat.description} again (as ${formatPath(repeat.first)})`,
        );
    }
  }

  for (const entry of content.events) {
    const { data, body = '', bodyLine = 1 } = entry;
    const start = parseDate(data.date);
    if (data.precision && precisionRank(data.precision) > precisionRank(start.finest))
      report(
        entry,
        ['precision'],
        `expected at most "${start.finest}" for the date "${data.date}", got "${data.precision}"`,
      );
    if (data.zone) {
      if (!start.hasTime) {
        report(
          entry,
          ['zone'],
          `expected a date with a time of day (e.g. "2020-11-10T00:00+03:00") when a zone is given, got the date "${data.date}"`,
        );
      } else {
        const offset = safeOffset(data.zone, startInstant(data.date));
        if (offset === undefined) report(entry, ['zone'], `expected a known IANA time zone, got "${data.zone}"`);
        else if (offset !== start.offsetMinutes)
          report(
            entry,
            ['zone'],
            `expected a zone whose offset matches the date's (${data.date}), got ${data.zone}, which was UTC${fmtOffset(offset)} then`,
          );
      }
    }
    if (data.end !== undefined && startInstant(data.end) < startInstant(data.date))
      report(entry, ['end'], `expected a date on or after date "${data.date}", got "${data.end}"`);

    const range = PHASE_RANGES[data.phase];
    if (!overlaps(data.date, range))
      report(
        entry,
        ['phase'],
        `expected a phase whose days (${range.start} to ${range.end}) include the date "${data.date}", got "${data.phase}"`,
      );
    if (!data.outsideRangeReason) {
      for (const field of ['date', 'end'] as const) {
        const value = data[field];
        if (value !== undefined && !overlaps(value, RECORD_RANGE))
          report(
            entry,
            [field],
            `expected a date within the record (${RECORD_RANGE.start} to ${RECORD_RANGE.end}) or an outsideRangeReason saying why, got "${value}"`,
          );
      }
    }

    data.control.forEach((change, i) => {
      const place = placeById.get(change.place.id);
      if (place && !movesSomething(place, content.places))
        report(
          entry,
          ['control', i, 'place'],
          `expected a settlement, a corridor, or a place with settlements in it, got the ${place.data.kind} "${place.id}", which holds no settlement`,
        );
    });

    // One parse of the body for the editorial lint, the link and the raw HTML rules.
    const tree = fromMarkdown(body);
    // The editorial rules are content rules: an editor sees them in check:content and the build alike.
    for (const finding of lintEvent(data, body, tree)) reportFinding(entry, finding, bodyLine, report);
    for (const address of addressesIn(tree)) {
      const problem = addressProblem(address, (c, id) => (c === 'days' ? dayPageIds.has(id) : ids[c].has(id)));
      if (problem)
        problems.push({
          file: entry.file,
          line: bodyLine + address.line - 1,
          field: 'body',
          message: `expected ${problem}`,
        });
    }
    for (const html of rawHtmlIn(tree)) {
      problems.push({
        file: entry.file,
        line: bodyLine + html.line - 1,
        field: 'body',
        message: `expected Markdown only, got raw HTML ${JSON.stringify(html.html)}`,
      });
    }
  }

  for (const entry of content.places) {
    const { id, data } = entry;
    if (data.kind === 'corridor' && !data.line)
      report(entry, ['line'], 'expected a list of at least two [lat, lon] points for a corridor, got nothing');
    if (data.district?.id === id) {
      report(entry, ['district'], `expected the district that contains this place, got "${id}" itself`);
    } else if (data.district) {
      const chain = districtChain(id, placeById);
      if (chain.at(-1) === id)
        report(entry, ['district'], `expected a chain of districts that ends, got a loop: ${chain.join(' → ')}`);
    }
    if (options.geometry) {
      const { geometry } = options;
      if (data.geometryKey && !geometry.has(data.geometryKey))
        report(
          entry,
          ['geometryKey'],
          `expected the key of a unit in the map's geometry (src/lib/geo.ts), got "${data.geometryKey}"`,
        );
      const district = data.district && placeById.get(data.district.id);
      if (district && district.id !== id) {
        const key = [district.data.geometryKey, district.id].find((k) => k && geometry.has(k));
        const km = key === undefined ? undefined : geometry.kmOutside(key, data.coordinates);
        if (km !== undefined && km > DISTRICT_TOLERANCE_KM) {
          const swapped = geometry.kmOutside(key!, [data.coordinates[1], data.coordinates[0]]);
          report(
            entry,
            ['coordinates'],
            `expected a point within ${DISTRICT_TOLERANCE_KM} km of ${district.id}'s outline, got [${data.coordinates.join(', ')}], ${Math.round(km)} km outside it${
              swapped !== undefined && swapped <= DISTRICT_TOLERANCE_KM ? ' (latitude and longitude swapped?)' : ''
            }`,
          );
        }
      }
    }
  }

  for (const entry of content.bulletins) {
    const { id, data } = entry;
    if (id !== `${data.date}-${data.actor.id}`)
      report(
        entry,
        ['date'],
        `expected a file named after its date and actor ("${data.date}-${data.actor.id}.yaml"), got "${id}"`,
      );
    data.items.forEach((item, i) => {
      // A bulletin item is attributed by construction (its actor and date), so only the loaded-word rule applies.
      for (const finding of lintEvent({ title: '', summary: item.statement, certainty: 'claimed' }))
        if (finding.rule === 'loaded-word') report(entry, ['items', i, 'statement'], finding.message);
    });
  }
  return problems;
}

/** A lint finding's field is a path or "body (line N)", N counted in the body. */
function reportFinding<T>(
  entry: Entry<T>,
  finding: LintFinding,
  bodyLine: number,
  report: (entry: Entry<T>, path: FieldPath, message: string, field?: string) => void,
) {
  const inBody = /^body \(line (\d+)\)$/.exec(finding.field);
  if (inBody) {
    report({ ...entry, lineOf: () => bodyLine + Number(inBody[1]) - 1 }, [], finding.message, 'body');
    return;
  }
  report(entry, parseFieldPath(finding.field), finding.message);
}

/** "claims[0].statement" → ["claims", 0, "statement"]. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The first and last local day a date covers: a year or a month covers all of its days. */
function daySpan(value: string): [string, string] {
  const p = parseDate(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!p.month) return [`${p.year}-01-01`, `${p.year}-12-31`];
  if (!p.day) {
    const last = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
    return [`${p.year}-${pad(p.month)}-01`, `${p.year}-${pad(p.month)}-${pad(last)}`];
  }
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return [day, day];
}

function overlaps(value: string, range: { start: string; end: string }): boolean {
  const [first, last] = daySpan(value);
  return first <= range.end && last >= range.start;
}

/** The places a place's district chain passes through, stopping at the first repeat. */
function districtChain(id: string, placeById: ReadonlyMap<string, Entry<PlaceData>>): string[] {
  const chain = [id];
  for (let next = placeById.get(id)?.data.district?.id; next; next = placeById.get(next)?.data.district?.id) {
    chain.push(next);
    if (chain.indexOf(next) < chain.length - 1) break;
  }
  return chain;
}

/** What the control fold moves for a change naming this place (src/lib/control.ts): a settlement, a corridor or the settlements inside. */
function movesSomething(place: Entry<PlaceData>, places: readonly Entry<PlaceData>[]): boolean {
  const settlement = (kind: string) => (SETTLEMENT_KINDS as readonly string[]).includes(kind);
  if (settlement(place.data.kind) || place.data.kind === 'corridor') return true;
  const byId = new Map(places.map((p) => [p.id, p]));
  return places.some((p) => {
    if (!settlement(p.data.kind)) return false;
    const seen = new Set<string>();
    for (let up = p.data.district?.id; up && !seen.has(up); up = byId.get(up)?.data.district?.id) {
      if (up === place.id) return true;
      seen.add(up);
    }
    return false;
  });
}

/** Entries of a list that repeat an earlier entry exactly (lists of numbers, such as coordinates, excepted). */
function repeatedEntries(data: unknown): { path: FieldPath; first: FieldPath; description: string }[] {
  const out: { path: FieldPath; first: FieldPath; description: string }[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      const seen = new Map<string, number>();
      value.forEach((item, i) => {
        if (typeof item !== 'number' && !Array.isArray(item)) {
          const key = JSON.stringify(item);
          const first = seen.get(key);
          if (first === undefined) seen.set(key, i);
          else out.push({ path: [...path, i], first: [...path, first], description: describeEntry(item) });
        }
        walk(item, [...path, i]);
      });
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return out;
}

function describeEntry(item: unknown): string {
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' && 'collection' in item)
    return JSON.stringify(item.id);
  return typeof item === 'object' && item !== null ? 'the same entry' : describeValue(item);
}

function safeOffset(zone: string, instant: number): number | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return undefined;
  }
  return zoneOffsetMinutes(zone, instant);
}

function fmtOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
