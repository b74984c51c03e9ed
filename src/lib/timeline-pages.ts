/**
 * A long timeline split into pages a browser can carry: one page when it is
 * short, otherwise one page per year, and per month for a year that is still
 * too long. Every event lands on exactly one page, in the site's order.
 */
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

/** `sorted` in the site's order; `day` is each event's local YYYY-MM-DD (or shorter) day key. */
export function timelinePages<T extends { day: string }>(
  sorted: readonly T[],
  maxPerPage: number,
): TimelinePage<T>[] | null {
  if (sorted.length <= maxPerPage) return null;
  const byYear = new Map<string, T[]>();
  for (const e of sorted) byYear.set(e.day.slice(0, 4), [...(byYear.get(e.day.slice(0, 4)) ?? []), e]);
  const pages: TimelinePage<T>[] = [];
  for (const [year, events] of byYear) {
    if (events.length <= maxPerPage) {
      pages.push({ slug: year, label: year, events });
      continue;
    }
    const byMonth = new Map<string, T[]>();
    // Year-precision events open the year's first page.
    for (const e of events) {
      const key = e.day.length >= 7 ? e.day.slice(0, 7) : `${year}-01`;
      byMonth.set(key, [...(byMonth.get(key) ?? []), e]);
    }
    for (const [month, list] of byMonth) {
      const label = `${MONTHS[Number(month.slice(5, 7)) - 1]} ${year}`;
      if (list.length <= maxPerPage) {
        pages.push({ slug: month, label, events: list });
        continue;
      }
      // A month still too long: whole days packed into pages of at most maxPerPage (a day longer than that gets a page of its own).
      const days = new Map<string, T[]>();
      for (const e of list) days.set(e.day.slice(0, 10), [...(days.get(e.day.slice(0, 10)) ?? []), e]);
      const chunks: T[][] = [];
      for (const day of days.values()) {
        const chunk = chunks.at(-1);
        if (chunk && chunk.length + day.length <= maxPerPage) chunk.push(...day);
        else chunks.push([...day]);
      }
      for (const chunk of chunks) {
        const first = Number(chunk[0]!.day.slice(8, 10)) || 1;
        const last = Number(chunk.at(-1)!.day.slice(8, 10)) || 1;
        pages.push({
          slug: `${month}-${String(first).padStart(2, '0')}`,
          label: first === last ? `${first} ${label}` : `${first}–${last} ${label}`,
          events: chunk,
        });
      }
    }
  }
  return pages;
}

/** Which page holds each event, by id. */
export function pageOfEvent<T extends { id: string; day: string }>(
  pages: TimelinePage<T>[] | null,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of pages ?? []) for (const e of p.events) out.set(e.id, p.slug);
  return out;
}
