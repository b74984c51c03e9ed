/**
 * Rules that span entries or that zod cannot express on one field: links to
 * unknown ids, spans that end before they start, precision and zone that
 * contradict the date, raw HTML in a body. Each problem names the file, the
 * field and what was expected, one line per problem.
 */
import type { EventData, PlaceData, ActorData, SourceData, DocumentData, BulletinData, Ref } from './schema.ts';
import { daysBetween, parseDate, precisionRank, startInstant, zoneOffsetMinutes } from './dates.ts';
import { DAYS } from '../config.ts';
import { addressProblem, addressesInMarkdown, rawHtmlInMarkdown } from './markdown.ts';
import { lintEvent } from './editorial-lint.ts';

/** `bodyLine`: the line of the file on which the body starts, so that body problems name lines of the file itself. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
  bodyLine?: number;
}

/** The file line on which a body starts: one more than the lines before it. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = body ? fileText.lastIndexOf(body) : fileText.length;
  return fileText.slice(0, Math.max(0, at)).split('\n').length;
}
export interface ContentSet {
  events: Entry<EventData>[];
  places: Entry<PlaceData>[];
  actors: Entry<ActorData>[];
  sources: Entry<SourceData>[];
  documents: Entry<DocumentData>[];
  bulletins: Entry<BulletinData>[];
}
export interface Problem {
  file: string;
  field: string;
  expected: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.expected}`;
}

export function findContentProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    events: new Set(content.events.map((e) => e.id)),
    places: new Set(content.places.map((e) => e.id)),
    actors: new Set(content.actors.map((e) => e.id)),
    sources: new Set(content.sources.map((e) => e.id)),
    documents: new Set(content.documents.map((e) => e.id)),
    bulletins: new Set(content.bulletins.map((e) => e.id)),
  } as const;
  const dayPageIds = new Set(daysBetween(DAYS.start, DAYS.end));
  const checkRef = (file: string, field: string, ref: Ref | undefined, collection: keyof typeof ids) => {
    if (ref && !ids[collection].has(ref.id)) {
      problems.push({
        file,
        field,
        expected: `an existing ${collection} id, but "${ref.id}" is not in content/${collection}/`,
      });
    }
  };

  for (const { file, data, body, bodyLine = 1 } of content.events) {
    const line = (n: number) => n + bodyLine - 1;
    const start = parseDate(data.date);
    if (data.precision && precisionRank(data.precision) > precisionRank(start.finest)) {
      problems.push({ file, field: 'precision', expected: `at most "${start.finest}" for the date "${data.date}"` });
    }
    if (data.zone) {
      if (!start.hasTime) {
        problems.push({
          file,
          field: 'zone',
          expected: `a date with a time of day (e.g. "2020-11-10T00:00+03:00") when a zone is given`,
        });
      } else {
        const instant = startInstant(data.date);
        const offset = safeOffset(data.zone, instant);
        if (offset === undefined)
          problems.push({ file, field: 'zone', expected: `a known IANA time zone, not "${data.zone}"` });
        else if (offset !== start.offsetMinutes) {
          problems.push({
            file,
            field: 'zone',
            expected: `a zone whose offset matches the date's (${data.date}); ${data.zone} was UTC${fmtOffset(offset)} then`,
          });
        }
      }
    }
    if (data.end !== undefined) {
      if (startInstant(data.end) < startInstant(data.date)) {
        problems.push({ file, field: 'end', expected: `a date on or after date "${data.date}", not "${data.end}"` });
      }
    }
    data.places.forEach((r, i) => checkRef(file, `places[${i}]`, r, 'places'));
    data.actors.forEach((r, i) => checkRef(file, `actors[${i}]`, r, 'actors'));
    data.sources.forEach((c, i) => checkRef(file, `sources[${i}].source`, c.source, 'sources'));
    data.claims.forEach((c, i) => {
      checkRef(file, `claims[${i}].actor`, c.actor, 'actors');
      checkRef(file, `claims[${i}].source`, c.source, 'sources');
    });
    data.control.forEach((c, i) => checkRef(file, `control[${i}].place`, c.place, 'places'));
    // The editorial rules are content rules: an editor sees them in check:content and the build alike.
    for (const finding of lintEvent(data, body ?? ''))
      problems.push({ file, field: finding.field, expected: finding.message });
    for (const address of addressesInMarkdown(body ?? '')) {
      const problem = addressProblem(address, (c, id) => (c === 'days' ? dayPageIds.has(id) : ids[c].has(id)));
      if (problem) problems.push({ file, field: `body (line ${line(address.line)})`, expected: problem });
    }
    for (const html of rawHtmlInMarkdown(body ?? '')) {
      problems.push({
        file,
        field: `body (line ${line(html.line)})`,
        expected: `Markdown only, but found raw HTML ${JSON.stringify(html.html)}`,
      });
    }
  }
  for (const { file, data } of content.places) {
    checkRef(file, 'district', data.district, 'places');
    if (data.coordinatesSource) checkRef(file, 'coordinatesSource.source', data.coordinatesSource.source, 'sources');
    data.sources.forEach((r, i) => checkRef(file, `sources[${i}]`, r, 'sources'));
    if (data.kind === 'corridor' && !data.line) {
      problems.push({ file, field: 'line', expected: 'a list of at least two [lat, lon] points for a corridor' });
    }
  }
  for (const { file, data } of content.documents) {
    data.signatories.forEach((r, i) => checkRef(file, `signatories[${i}]`, r, 'actors'));
    data.sources.forEach((c, i) => checkRef(file, `sources[${i}].source`, c.source, 'sources'));
    data.points.forEach((p, i) => {
      p.places.forEach((r, j) => checkRef(file, `points[${i}].places[${j}]`, r, 'places'));
      p.events.forEach((r, j) => checkRef(file, `points[${i}].events[${j}]`, r, 'events'));
      p.sources.forEach((c, j) => checkRef(file, `points[${i}].sources[${j}].source`, c.source, 'sources'));
    });
  }
  for (const { id, file, data } of content.bulletins) {
    checkRef(file, 'actor', data.actor, 'actors');
    if (id !== `${data.date}-${data.actor.id}`) {
      problems.push({
        file,
        field: 'date',
        expected: `a file named after its date and actor ("${data.date}-${data.actor.id}.yaml"), not "${id}"`,
      });
    }
    data.items.forEach((item, i) => {
      // A bulletin item is attributed by construction (its actor and date), so only the loaded-word rule applies.
      for (const finding of lintEvent({ title: '', summary: item.statement, certainty: 'claimed' }).filter(
        (f) => f.rule === 'loaded-word',
      ))
        problems.push({ file, field: `items[${i}].statement`, expected: finding.message });
      item.places.forEach((r, j) => checkRef(file, `items[${i}].places[${j}]`, r, 'places'));
      item.sources.forEach((c, j) => checkRef(file, `items[${i}].sources[${j}].source`, c.source, 'sources'));
    });
  }
  return problems;
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

/** Astro logs a throwing Markdown plugin and builds an empty body: a body that rendered to nothing is a problem. */
export function renderFailures(
  entries: { file: string; body: string | undefined; html: string | undefined }[],
): Problem[] {
  return entries
    .filter((e) => (e.body ?? '').trim() && !(e.html ?? '').trim())
    .map((e) => ({
      file: e.file,
      field: 'body',
      expected: 'Markdown that renders, but a Markdown plugin failed on it (see "Error rendering" above)',
    }));
}
