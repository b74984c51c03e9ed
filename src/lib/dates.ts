/**
 * Calendar dates as the content writes them. Dates stay strings until they are
 * turned into an instant here, always with an explicit zone, so that the
 * machine's own time zone never shifts a day.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { addDays } from 'date-fns/addDays';
import { parseISO } from 'date-fns/parseISO';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfYear } from 'date-fns/startOfYear';
import { DATE_PATTERN, type Precision } from './schema.ts';
import { LOCAL_ZONE, LOCAL_PLACES_LABEL, ZONE_LABELS } from '../config.ts';

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Minutes east of UTC when the string carries an offset. */
  offsetMinutes?: number;
  /** The finest precision the string itself supports. */
  finest: Precision;
  hasTime: boolean;
}

export function parseDate(value: string): ParsedDate {
  const m = DATE_PATTERN.exec(value);
  if (!m) throw new Error(`not an ISO date: ${JSON.stringify(value)}`);
  const [, y, mo, d, h, mi, , off] = m;
  const parsed: ParsedDate = { year: Number(y), finest: d ? 'day' : mo ? 'month' : 'year', hasTime: Boolean(h) };
  if (mo) parsed.month = Number(mo);
  if (d) parsed.day = Number(d);
  if (h) {
    parsed.hour = Number(h);
    parsed.minute = Number(mi);
    parsed.offsetMinutes =
      off === 'Z' ? 0 : (off!.startsWith('-') ? -1 : 1) * (Number(off!.slice(1, 3)) * 60 + Number(off!.slice(4, 6)));
  }
  return parsed;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
export function precisionRank(p: Precision): number {
  return PRECISION_RANK[p];
}

/** The precision an entry has: the one written, or the finest its date supports. */
export function effectivePrecision(date: string, written?: Precision): Precision {
  return written ?? parseDate(date).finest;
}

/** A build asks for the same few thousand dates again and again (every sort comparison, every card): each is worked out once. */
function memoised<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('|');
    let out = cache.get(key);
    if (out === undefined && !cache.has(key)) cache.set(key, (out = fn(...args)));
    return out as R;
  };
}

/** Milliseconds since the epoch of the moment a date starts: a date-time's own instant, a calendar date's local midnight. */
export const startInstant = memoised((value: string, zone: string = LOCAL_ZONE): number => {
  const p = parseDate(value);
  if (p.hasTime) {
    return Date.UTC(p.year, p.month! - 1, p.day!, p.hour!, p.minute!) - p.offsetMinutes! * 60_000;
  }
  return new TZDate(p.year, (p.month ?? 1) - 1, p.day ?? 1, zone).getTime();
});

/** The calendar day (YYYY-MM-DD) on which a date falls in the local zone of the war. */
export function localDay(value: string, zone: string = LOCAL_ZONE): string {
  const p = parseDate(value);
  if (!p.hasTime) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
  }
  return format(new TZDate(startInstant(value), zone), 'yyyy-MM-dd');
}

/** The offset, in minutes, that `zone` has at `instant`. */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  return -new TZDate(instant, zone).getTimezoneOffset();
}

function wallClock(instant: number, zone: string): string {
  return format(new TZDate(instant, zone), 'HH:mm');
}

/**
 * A date in words: "8 November 2020", "November 2020", "1993", or for a
 * date-time "10 November 2020, 00:00 Moscow time (01:00 in Baku and Yerevan)".
 */
export const formatDate = memoised((value: string, precision?: Precision, zone?: string): string => {
  const p = parseDate(value);
  const prec = effectivePrecision(value, precision);
  if (prec === 'year') return String(p.year);
  const monthStart = new TZDate(p.year, (p.month ?? 1) - 1, 1, 'UTC');
  if (prec === 'month') return format(monthStart, 'MMMM yyyy');
  if (!p.hasTime) return format(new TZDate(p.year, p.month! - 1, p.day!, 'UTC'), 'd MMMM yyyy');
  const instant = startInstant(value);
  const namedZone = zone ?? LOCAL_ZONE;
  const inZone = new TZDate(instant, namedZone);
  const day = format(inZone, 'd MMMM yyyy');
  const label = zone ? (ZONE_LABELS[zone] ?? zone) : 'local time';
  const main = `${day}, ${format(inZone, 'HH:mm')} ${label}`;
  if (zone && zone !== LOCAL_ZONE) {
    const localDate = format(new TZDate(instant, LOCAL_ZONE), 'd MMMM yyyy');
    const local = wallClock(instant, LOCAL_ZONE);
    const sameDay = localDate === day ? '' : ` on ${localDate}`;
    return `${main} (${local}${sameDay} in ${LOCAL_PLACES_LABEL})`;
  }
  return main;
});

/** A calendar day in a table heading's few letters: "27 Sep". */
export function formatDayShort(day: string): string {
  const p = parseDate(day);
  return format(new TZDate(p.year, p.month! - 1, p.day!, 'UTC'), 'd MMM');
}

/** A span in words: "25–26 February 1992", "29 July – 10 August 2020". */
export function formatSpan(start: string, end: string | undefined, precision?: Precision, zone?: string): string {
  if (!end) return formatDate(start, precision, zone);
  const a = parseDate(start);
  const b = parseDate(end);
  const prec = effectivePrecision(start, precision);
  if (prec === 'day' && !a.hasTime && !b.hasTime && b.finest === 'day') {
    if (a.year === b.year && a.month === b.month) return `${a.day}–${formatDate(end)}`;
    if (a.year === b.year)
      return `${format(new TZDate(a.year, a.month! - 1, a.day!, 'UTC'), 'd MMMM')} – ${formatDate(end)}`;
  }
  return `${formatDate(start, precision, zone)} – ${formatDate(end, undefined, zone)}`;
}

/** A calendar day (YYYY-MM-DD) moved by `days`: calendar arithmetic, no zone involved. */
export function shiftDay(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}

/** Every calendar day from `start` to `end` inclusive (YYYY-MM-DD). */
export function daysBetween(start: string, end: string): string[] {
  return eachDayOfInterval({ start: parseISO(start), end: parseISO(end) }).map((d) => format(d, 'yyyy-MM-dd'));
}

/** How many calendar days `end` lies after `start` (both YYYY-MM-DD). */
export function daysApart(start: string, end: string): number {
  return differenceInCalendarDays(parseISO(end), parseISO(start));
}

const PERIOD = {
  year: { start: startOfYear, add: addYears },
  month: { start: startOfMonth, add: addMonths },
  day: { start: (d: Date) => d, add: addDays },
} as const;

/** The year, month or day a calendar date falls in (YYYY, YYYY-MM or YYYY-MM-DD): its first day and the day after its last. */
export function calendarPeriod(value: string, precision: Precision): { first: string; after: string } {
  const { start, add } = PERIOD[precision];
  const first = start(parseISO(value));
  return { first: format(first, 'yyyy-MM-dd'), after: format(add(first, 1), 'yyyy-MM-dd') };
}
