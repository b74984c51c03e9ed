/**
 * Events as an iCalendar file: calendar dates become all-day events spanning
 * their precision (a day, a month, a year), date-times become timed events in UTC.
 */
import ical from 'ical-generator';
import { calendarPeriod, localDay, parseDate, precisionRank, startInstant } from './dates.ts';
import type { Precision } from './schema.ts';
import type { ResolvedEvent } from './resolve.ts';
import { CATEGORY_LABELS, CERTAINTY_EXPLANATIONS, CERTAINTY_LABELS } from '../config.ts';

/** A calendar day as [year, month, day]. */
type Day = [number, number, number];

/** The date cut to a precision: "2020-11-10" at month precision is "2020-11". */
export function truncateDate(value: string, precision: Precision): string {
  if (precision === 'year') return value.slice(0, 4);
  if (precision === 'month') return value.slice(0, 7);
  return value;
}

/** The instant an event starts at its precision: a date-time's own instant, else local midnight of its first day. */
export function eventStart(e: Pick<ResolvedEvent, 'date' | 'precision'>): number {
  return startInstant(truncateDate(e.date, e.precision));
}

const toDay = (day: string) => day.split('-').map(Number) as Day;

/** The first day a date covers at a precision, and the day after its last (YYYY-MM-DD). */
function daySpan(value: string, precision: Precision): { first: string; after: string } {
  const p = parseDate(value);
  const finest = precisionRank(precision) < precisionRank(p.finest) ? precision : p.finest;
  // Calendar dates are local to Baku and Yerevan; a date-time shown as a whole day falls on its local day.
  return calendarPeriod(p.hasTime ? localDay(value) : value, finest);
}

/** The same as iCalendar date arrays (iCalendar ends are exclusive). */
export function calendarSpan(value: string, precision: Precision): { first: Day; after: Day } {
  const { first, after } = daySpan(value, precision);
  return { first: toDay(first), after: toDay(after) };
}

/** Start and end of an event: all-day dates, or UTC instants (ms) for a date-time at day precision. */
export function icsTimes(e: Pick<ResolvedEvent, 'date' | 'end' | 'precision'>): {
  start: Day | number;
  end?: Day | number;
} {
  if (parseDate(e.date).hasTime && e.precision === 'day') {
    if (!e.end) return { start: eventStart(e) };
    // A calendar end date runs to local midnight after it.
    const end = parseDate(e.end).hasTime ? startInstant(e.end) : startInstant(calendarPeriod(e.end, 'day').after);
    return { start: eventStart(e), end };
  }
  return { start: calendarSpan(e.date, e.precision).first, end: calendarSpan(e.end ?? e.date, e.precision).after };
}

export function icsDescription(e: Pick<ResolvedEvent, 'summary' | 'certainty'>): string {
  return `${e.summary}\n\nCertainty: ${CERTAINTY_LABELS[e.certainty]} (${CERTAINTY_EXPLANATIONS[e.certainty]}).`;
}

/** The latest date the content names (starts, ends, corrections): a DTSTAMP that only changes with the content. */
export function latestContentInstant(events: readonly ResolvedEvent[]): number {
  const dates = events.flatMap((e) => [e.date, ...(e.end ? [e.end] : []), ...e.corrections.map((c) => c.date)]);
  return Math.max(0, ...dates.map((d) => startInstant(d)));
}

export interface IcsOptions {
  calName: string;
  /** Host that makes each UID globally unique: `<event id>@<host>`. */
  host: string;
  permalink: (id: string) => string;
  /** DTSTAMP of every event, in ms; defaults to the latest content date so that builds are reproducible. */
  stamp?: number;
}

// An all-day date as the UTC midnight ical-generator writes back as that calendar day, whatever the machine's zone.
const asDate = (t: Day | number) => new Date(typeof t === 'number' ? t : Date.UTC(t[0], t[1] - 1, t[2]));

export function eventsToIcs(events: readonly ResolvedEvent[], options: IcsOptions): string {
  const stamp = new Date(options.stamp ?? latestContentInstant(events));
  const calendar = ical({ name: options.calName, prodId: `//${options.host}//${options.calName}//EN` });
  for (const e of events) {
    const { start, end } = icsTimes(e);
    // A timed event without an end is valid iCalendar: it lasts an instant.
    calendar.createEvent({
      id: `${e.id}@${options.host}`,
      stamp,
      start: asDate(start),
      ...(end === undefined ? {} : { end: asDate(end) }),
      allDay: typeof start !== 'number',
      summary: e.title,
      description: icsDescription(e),
      url: options.permalink(e.id),
      categories: [{ name: CATEGORY_LABELS[e.category] }],
      ...(e.places.length ? { location: e.places.map((p) => p.label).join('; ') } : {}),
    });
  }
  return calendar.toString();
}
