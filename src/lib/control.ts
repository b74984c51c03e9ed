/**
 * Territorial control by date: the events' `control` changes, folded in the
 * site's order up to and including a day, give one status per place. A town
 * that changes hands while its district is held by the other side leaves that
 * district split: partial control is a status of its own, not rounded off.
 */
import { localDay } from './dates.ts';
import type { ResolvedEvent } from './resolve.ts';

export type Holder = 'azerbaijan' | 'armenian-forces' | 'peacekeepers';
export type Basis = 'claimed' | 'confirmed' | 'agreed';
export type Scope = 'whole' | 'part';

export interface ControlStatus {
  holder: Holder;
  basis: Basis;
  /** `whole`: the holder has all of the place; `part`: the holder has part of it, the rest is held by another. */
  scope: Scope;
  /** The event that set this status, and its local day. */
  since: string;
  sinceDay: string;
  /** True when the status follows from a town inside the place rather than from the place itself. */
  viaTown?: string;
}

type ControlEvent = Pick<ResolvedEvent, 'id' | 'date' | 'control'>;

/** The fold behind every control view: applies one event's changes to the running statuses. */
function createFold() {
  const statuses = new Map<string, ControlStatus>();
  const townsOf = new Map<string, Set<string>>();
  const set = (place: string, status: ControlStatus, touched?: Set<string>) => {
    statuses.set(place, status);
    touched?.add(place);
  };
  const apply = (event: ControlEvent, eventDay: string, touched?: Set<string>) => {
    for (const change of event.control) {
      const parent = change.place.district;
      if (parent) townsOf.set(parent, (townsOf.get(parent) ?? new Set()).add(change.place.id));
      const status: ControlStatus = {
        holder: change.holder,
        basis: change.basis,
        scope: change.scope === 'part' ? 'part' : 'whole',
        since: event.id,
        sinceDay: eventDay,
      };
      set(change.place.id, status, touched);
      // A whole district changing hands takes the towns in it along.
      if (change.scope === 'district') {
        for (const town of townsOf.get(change.place.id) ?? []) {
          if (statuses.has(town)) set(town, { ...status, scope: 'whole' }, touched);
        }
      }
      if (change.scope === 'town' && parent) {
        const current = statuses.get(parent);
        // A later word on the same town (say, its confirmation) updates the split it caused.
        if (current && (current.holder !== change.holder || current.viaTown === change.place.id)) {
          set(parent, { ...status, scope: 'part', viaTown: change.place.id }, touched);
        }
      }
    }
  };
  return { statuses, apply };
}

/**
 * Status of every place touched by control changes on or before `day` (YYYY-MM-DD, local).
 * `events` must be in the site's order.
 */
export function controlAt(events: readonly ControlEvent[], day: string): Map<string, ControlStatus> {
  const fold = createFold();
  for (const event of events) {
    const eventDay = localDay(event.date);
    if (eventDay > day) break;
    fold.apply(event, eventDay);
  }
  return fold.statuses;
}

/** For each place, the statuses it went through, one per day on which it changed (the state at the end of that day). */
export function controlHistory(events: readonly ControlEvent[]): Map<string, { day: string; status: ControlStatus }[]> {
  const fold = createFold();
  const history = new Map<string, { day: string; status: ControlStatus }[]>();
  let i = 0;
  while (i < events.length) {
    const day = localDay(events[i]!.date);
    const touched = new Set<string>();
    for (; i < events.length && localDay(events[i]!.date) === day; i++) fold.apply(events[i]!, day, touched);
    for (const place of touched) {
      const status = fold.statuses.get(place)!;
      const list = history.get(place) ?? [];
      const last = list.at(-1);
      if (last && last.day === day) last.status = status;
      else if (!last || JSON.stringify(last.status) !== JSON.stringify(status)) list.push({ day, status });
      history.set(place, list);
    }
  }
  return history;
}

/** The status a history gives on a day, if any. */
export function statusOn(history: readonly { day: string; status: ControlStatus }[] | undefined, day: string): ControlStatus | undefined {
  let found: ControlStatus | undefined;
  for (const step of history ?? []) {
    if (step.day > day) break;
    found = step.status;
  }
  return found;
}

/** Every day from `start` to `end` inclusive, as YYYY-MM-DD (calendar arithmetic in UTC, no zone involved). */
export function daysBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  while (d <= last) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** A compact timeline of statuses for the map: for each place, the days within [start, end] on which its status changed. */
export function controlTimeline(events: readonly ControlEvent[], places: string[], start: string, end: string): Record<string, { day: string; status: ControlStatus | null }[]> {
  const history = controlHistory(events);
  const out: Record<string, { day: string; status: ControlStatus | null }[]> = {};
  for (const place of places) {
    const steps = history.get(place) ?? [];
    const list: { day: string; status: ControlStatus | null }[] = [{ day: start, status: statusOn(steps, start) ?? null }];
    for (const step of steps) if (step.day > start && step.day <= end) list.push(step);
    out[place] = list;
  }
  return out;
}
