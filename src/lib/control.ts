/**
 * Territorial control by date, settlement by settlement. The events' `control`
 * changes, folded in the site's order, give each settlement a holder and a basis.
 * A change that names a district or region takes every settlement in it along
 * (the handovers); a change that names a settlement moves that settlement only.
 * A settlement in Azerbaijan that no event names was never taken: it stays with
 * Azerbaijan. A corridor holds its own status (the peacekeepers' deployment).
 */
import type { ControlBasis, Holder, PlaceData } from './schema.ts';
import { SETTLEMENT_KINDS } from './schema.ts';
import { stepAt } from './steps.ts';

export interface ControlStatus {
  holder: Holder;
  basis: ControlBasis;
  /** The event that set this status; null for a settlement no event has named. */
  since: string | null;
  sinceDay: string | null;
  /** Where the peacekeepers hold a settlement (inside the corridor): who held it before, whose ground surrounds it. */
  ground?: Holder;
}

/** What the fold needs of a place. */
export interface ControlPlace {
  id: string;
  kind: PlaceData['kind'];
  country: string;
  district?: string | undefined;
}

/** What the fold needs of an event: its id, its local day and its changes, by place id. */
export interface ControlEvent {
  id: string;
  day: string;
  control: readonly { place: string; holder: Holder; basis: ControlBasis }[];
}

export const isSettlement = (p: Pick<ControlPlace, 'kind'>): boolean =>
  (SETTLEMENT_KINDS as readonly string[]).includes(p.kind);

function initialStatuses(places: readonly ControlPlace[]): Map<string, ControlStatus> {
  const statuses = new Map<string, ControlStatus>();
  for (const p of places) {
    if (isSettlement(p) && p.country === 'azerbaijan')
      statuses.set(p.id, { holder: 'azerbaijan', basis: 'confirmed', since: null, sinceDay: null });
  }
  return statuses;
}

/** The fold behind every control view: applies one event's changes to the running statuses. */
function createFold(places: readonly ControlPlace[]) {
  const statuses = initialStatuses(places);
  const byId = new Map(places.map((p) => [p.id, p]));
  const members = new Map<string, string[]>();
  for (const p of places) {
    if (!isSettlement(p) || !p.district) continue;
    // A settlement belongs to its district and to every container above it (a region holds districts).
    for (let parent: string | undefined = p.district; parent; parent = byId.get(parent)?.district) {
      members.set(parent, [...(members.get(parent) ?? []), p.id]);
    }
  }
  const apply = (event: ControlEvent, touched?: Set<string>) => {
    for (const change of event.control) {
      const status: ControlStatus = {
        holder: change.holder,
        basis: change.basis,
        since: event.id,
        sinceDay: event.day,
      };
      const place = byId.get(change.place);
      const targets =
        place && (isSettlement(place) || place.kind === 'corridor')
          ? [change.place]
          : (members.get(change.place) ?? []);
      for (const id of targets) {
        const before = statuses.get(id);
        const ground = before && (before.holder === 'peacekeepers' ? before.ground : before.holder);
        statuses.set(id, status.holder === 'peacekeepers' && ground ? { ...status, ground } : status);
        touched?.add(id);
      }
    }
  };
  return { statuses, apply };
}

/** Status of every tracked place at the end of `day` (YYYY-MM-DD, local). `events` must be in the site's order. */
export function controlAt(
  events: readonly ControlEvent[],
  places: readonly ControlPlace[],
  day: string,
): Map<string, ControlStatus> {
  const fold = createFold(places);
  for (const event of events) {
    if (event.day > day) break;
    fold.apply(event);
  }
  return fold.statuses;
}

export interface ControlStep {
  day: string;
  status: ControlStatus;
}

/**
 * For each tracked place, the statuses it went through, one per day on which it changed
 * (the state at the end of that day); the first step of a never-named settlement has day "".
 */
export function controlHistory(
  events: readonly ControlEvent[],
  places: readonly ControlPlace[],
): Map<string, ControlStep[]> {
  const fold = createFold(places);
  const history = new Map<string, ControlStep[]>();
  for (const [id, status] of fold.statuses) history.set(id, [{ day: '', status }]);
  let i = 0;
  while (i < events.length) {
    const day = events[i]!.day;
    const touched = new Set<string>();
    for (; i < events.length && events[i]!.day === day; i++) fold.apply(events[i]!, touched);
    for (const id of touched) {
      const status = fold.statuses.get(id)!;
      const list = history.get(id) ?? [];
      const last = list.at(-1);
      if (last && last.day === day) last.status = status;
      else if (!last || last.status.holder !== status.holder || last.status.basis !== status.basis)
        list.push({ day, status });
      history.set(id, list);
    }
  }
  return history;
}

/** The status a history gives at the end of a day, if any. */
export function statusOn(history: readonly ControlStep[] | undefined, day: string): ControlStatus | undefined {
  return stepAt(history, (step) => step.day, day)?.status;
}

/** Days within [start, end] on which any tracked place changed, in order: the days the map's picture changes. */
export function changeDays(history: ReadonlyMap<string, readonly ControlStep[]>, start: string, end: string): string[] {
  const days = new Set<string>();
  for (const steps of history.values()) for (const s of steps) if (s.day > start && s.day <= end) days.add(s.day);
  return [...days].sort();
}

export interface ControlInterval {
  from: string | null;
  /** The last day of the interval, or null if it still held at the end of the record. */
  to: string | null;
  holder: Holder;
  basis: ControlBasis;
  event: string | null;
}

/** A history as intervals; `previousDay` turns the day of the next change into the last day of this one. */
export function intervalsOf(steps: readonly ControlStep[], previousDay: (day: string) => string): ControlInterval[] {
  return steps.map((s, i) => {
    const next = steps[i + 1];
    return {
      from: s.day || null,
      to: next ? previousDay(next.day) : null,
      holder: s.status.holder,
      basis: s.status.basis,
      event: s.status.since,
    };
  });
}
