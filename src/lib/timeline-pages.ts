/**
 * A long timeline split into pages a browser can carry: one page when it is
 * short, otherwise runs of whole years packed into pages of at most the limit,
 * a year too long for one page split the same way into runs of months, a month
 * too long into runs of days, and a day too long into parts. Every event lands
 * on exactly one page, in the site's order, and no page holds more than the limit.
 */
import { packRuns } from './list-pages.ts';

export interface TimelinePage<T> {
  slug: string;
  label: string;
  events: T[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Level = 'year' | 'month' | 'day';
const NEXT: Record<Level, Level | null> = { year: 'month', month: 'day', day: null };

/** The key of an event at a level; a coarser date opens the first month or day of its period. */
function keyAt(day: string, level: Level): string {
  const year = day.slice(0, 4);
  if (level === 'year') return year;
  const month = day.length >= 7 ? day.slice(0, 7) : `${year}-01`;
  if (level === 'month') return month;
  return day.length >= 10 ? day.slice(0, 10) : `${month}-01`;
}

function labelOf(first: string, last: string, level: Level): string {
  if (level === 'year') return first === last ? first : `${first}–${last}`;
  const year = first.slice(0, 4);
  const month = (key: string) => MONTHS[Number(key.slice(5, 7)) - 1]!;
  if (level === 'month') return first === last ? `${month(first)} ${year}` : `${month(first)}–${month(last)} ${year}`;
  const d = (key: string) => Number(key.slice(8, 10));
  return first === last ? `${d(first)} ${month(first)} ${year}` : `${d(first)}–${d(last)} ${month(first)} ${year}`;
}

/** A single day longer than a page: parts of at most `max` events, as even as they come. */
function dayParts<T>(key: string, list: readonly T[], max: number): TimelinePage<T>[] {
  const parts = packRuns(list, () => 1, max);
  return parts.map((events, i) => ({
    slug: `${key}-part-${i + 1}`,
    label: `${labelOf(key, key, 'day')} (part ${i + 1} of ${parts.length})`,
    events,
  }));
}

function split<T extends { day: string }>(events: readonly T[], level: Level, max: number): TimelinePage<T>[] {
  const groups = [...Map.groupBy(events, (e) => keyAt(e.day, level))].map(([key, list]) => ({ key, list }));
  const next = NEXT[level];
  return packRuns(groups, (g) => g.list.length, max).flatMap((run) => {
    const only = run.length === 1 ? run[0]! : undefined;
    // One period still too long: split it at the next level down, and a single day into parts.
    if (only && only.list.length > max) return next ? split(only.list, next, max) : dayParts(only.key, only.list, max);
    const first = run[0]!.key;
    const last = run.at(-1)!.key;
    return [
      {
        slug: first === last ? first : `${first}-to-${last}`,
        label: labelOf(first, last, level),
        events: run.flatMap((g) => g.list),
      },
    ];
  });
}

/** `sorted` in the site's order; `day` is each event's local YYYY-MM-DD (or shorter) day key. */
export function timelinePages<T extends { day: string }>(
  sorted: readonly T[],
  maxPerPage: number,
): TimelinePage<T>[] | null {
  if (sorted.length <= maxPerPage) return null;
  return split(sorted, 'year', maxPerPage);
}

/** Which page holds each event, by id. */
export function pageOfEvent<T extends { id: string; day: string }>(
  pages: TimelinePage<T>[] | null,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of pages ?? []) for (const e of p.events) out.set(e.id, p.slug);
  return out;
}
