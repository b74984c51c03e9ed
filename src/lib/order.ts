/**
 * The one chronological order of the site: within a local day, an earlier phase first (the war's
 * last events before the statement that ended it, so a phase heading never repeats within a day);
 * then (start, precision, id), stable and total.
 */
import { effectivePrecision, localDay, precisionRank, startInstant } from './dates.ts';
import { PHASES, type Phase, type Precision } from './schema.ts';

export interface Datable {
  id: string;
  data: { date: string; precision?: Precision | undefined; phase?: Phase | undefined };
}

const dayOf = (d: Datable) =>
  effectivePrecision(d.data.date, d.data.precision) === 'day' ? localDay(d.data.date) : null;

export function compareEvents(a: Datable, b: Datable): number {
  const day = dayOf(a);
  if (day !== null && day === dayOf(b) && a.data.phase && b.data.phase && a.data.phase !== b.data.phase) {
    return PHASES.indexOf(a.data.phase) - PHASES.indexOf(b.data.phase);
  }
  const byStart = startInstant(a.data.date) - startInstant(b.data.date);
  if (byStart !== 0) return byStart;
  const byPrecision =
    precisionRank(effectivePrecision(a.data.date, a.data.precision)) -
    precisionRank(effectivePrecision(b.data.date, b.data.precision));
  if (byPrecision !== 0) return byPrecision;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortEvents<T extends Datable>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

/** `id`s are unique on the page: a day or phase that recurs (phases can interleave within a day) gets a suffix. */
export interface DayGroup<T> {
  id: string;
  key: string;
  date: string;
  precision: Precision;
  events: T[];
}
export interface PhaseGroup<T> {
  id: string;
  phase: Phase;
  days: DayGroup<T>[];
}

/**
 * Groups sorted events by phase, then by the day (or month, or year) they fall on.
 * A phase that comes back after another one opens a new group: the order stays chronological.
 */
export function groupTimeline<T extends { date: string; precision: Precision; phase: Phase }>(
  sorted: readonly T[],
): PhaseGroup<T>[] {
  const phases: PhaseGroup<T>[] = [];
  const used = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  for (const event of sorted) {
    const precision = event.precision;
    const day = localDay(event.date);
    const key = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
    let phase = phases.at(-1);
    if (!phase || phase.phase !== event.phase) {
      phase = { id: uniqueId(`phase-${event.phase}`), phase: event.phase, days: [] };
      phases.push(phase);
    }
    let group = phase.days.at(-1);
    if (!group || group.key !== key) {
      group = { id: uniqueId(`day-${key}`), key, date: key, precision, events: [] };
      phase.days.push(group);
    }
    group.events.push(event);
  }
  return phases;
}

/** Previous and next event of each event in the site's order, by id: built once, looked up per page. */
export function neighbourIndex<T extends { id: string }>(
  sorted: readonly T[],
): Map<string, { previous?: T; next?: T }> {
  return new Map(
    sorted.map((e, i) => [
      e.id,
      { ...(i > 0 ? { previous: sorted[i - 1]! } : {}), ...(i < sorted.length - 1 ? { next: sorted[i + 1]! } : {}) },
    ]),
  );
}
