/**
 * Long lists cut into pages of bounded size, so that no page grows with the content:
 * runs of whole groups packed greedily, and the events of an actor, a place or a source
 * grouped by phase and year, with the counts and the page each group starts on.
 */
import type { Phase } from './schema.ts';

/**
 * Consecutive groups packed into runs whose sizes sum to at most `max`, in order; a group
 * larger than `max` is a run of its own (the caller may split it further). A run closes once it
 * holds its share of the whole, so that 107 items with a limit of 100 make runs of about 54 and 53,
 * not 100 and 7.
 */
export function packRuns<G>(groups: readonly G[], size: (g: G) => number, max: number): G[][] {
  const whole = groups.reduce((n, g) => n + size(g), 0);
  const share = whole / Math.max(1, Math.ceil(whole / max));
  const runs: G[][] = [];
  let total = 0;
  for (const g of groups) {
    const n = size(g);
    const run = runs.at(-1);
    if (run && total < share && total + n <= max) {
      run.push(g);
      total += n;
    } else {
      runs.push([g]);
      total = n;
    }
  }
  return runs;
}

export interface PhaseYearGroup<T> {
  /** Unique on its page and across pages: `war-2020`, and `war-2020-2` for a phase that comes back within a year. */
  id: string;
  phase: Phase;
  year: string;
  /** All events of this phase and year, on every page. */
  total: number;
  /** This group began on an earlier page. */
  continued: boolean;
  events: T[];
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  groups: PhaseYearGroup<T>[];
  /** How many events come before this page. */
  offset: number;
  count: number;
}

export interface PhaseSummary {
  phase: Phase;
  count: number;
  years: { year: string; count: number; page: number; anchor: string }[];
}

/**
 * `sorted` (in the site's order) cut into pages of at most `pageSize` events, each page's events
 * grouped by runs of phase and year; and per phase, in the order phases first appear, its count
 * and its years, each with its count and where it starts.
 */
export function phaseYearPages<T extends { phase: Phase; day: string }>(
  sorted: readonly T[],
  pageSize: number,
): { pages: ListPage<T>[]; summary: PhaseSummary[] } {
  const totals = new Map<string, number>();
  const keyOf = (e: T) => `${e.phase}-${e.day.slice(0, 4)}`;
  for (const e of sorted) totals.set(keyOf(e), (totals.get(keyOf(e)) ?? 0) + 1);

  const pages: ListPage<T>[] = [];
  const summary: PhaseSummary[] = [];
  const runsSeen = new Map<string, number>();
  let current: PhaseYearGroup<T> | undefined;
  sorted.forEach((e, i) => {
    const pageIndex = Math.floor(i / pageSize);
    if (!pages[pageIndex]) {
      pages[pageIndex] = { number: pageIndex + 1, groups: [], offset: i, count: 0 };
      current = undefined;
    }
    const page = pages[pageIndex]!;
    const key = keyOf(e);
    const year = e.day.slice(0, 4);
    const continuing = current !== undefined && `${current.phase}-${current.year}` === key;
    if (!continuing) {
      const previous = i > 0 ? sorted[i - 1]! : undefined;
      // The same run as the last event of the previous page: the group goes on here.
      const carried = page.groups.length === 0 && previous !== undefined && keyOf(previous) === key;
      const run = carried ? runsSeen.get(key)! : (runsSeen.get(key) ?? 0) + 1;
      runsSeen.set(key, run);
      current = {
        id: run === 1 ? key : `${key}-${run}`,
        phase: e.phase,
        year,
        total: totals.get(key)!,
        continued: carried,
        events: [],
      };
      page.groups.push(current);
      if (!carried && run === 1) {
        let phase = summary.find((s) => s.phase === e.phase);
        if (!phase) summary.push((phase = { phase: e.phase, count: 0, years: [] }));
        phase.years.push({ year, count: totals.get(key)!, page: page.number, anchor: current.id });
      }
    }
    current!.events.push(e);
    page.count++;
  });
  for (const s of summary) s.count = s.years.reduce((n, y) => n + y.count, 0);
  return { pages, summary };
}

export interface PagedGroup<T> {
  key: string;
  items: T[];
  /** All items of this group, on every page. */
  total: number;
  /** This group began on an earlier page. */
  continued: boolean;
}

/** Groups of items on pages of at most `max` items: whole groups packed in order, a group larger than a page cut into page-sized parts. */
export function packGroups<T>(groups: readonly { key: string; items: readonly T[] }[], max: number): PagedGroup<T>[][] {
  const parts = groups.flatMap((g) =>
    Array.from({ length: Math.max(1, Math.ceil(g.items.length / max)) }, (_, i) => ({
      key: g.key,
      items: g.items.slice(i * max, (i + 1) * max),
      total: g.items.length,
      continued: i > 0,
    })),
  );
  return packRuns(parts, (p) => p.items.length, max);
}
