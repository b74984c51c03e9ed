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

/**
 * Status of every place touched by control changes on or before `day` (YYYY-MM-DD, local).
 * `events` must be in the site's order.
 */
export function controlAt(events: readonly ControlEvent[], day: string): Map<string, ControlStatus> {
  const statuses = new Map<string, ControlStatus>();
  const townsOf = new Map<string, Set<string>>();
  for (const event of events) {
    const eventDay = localDay(event.date);
    if (eventDay > day) break;
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
      statuses.set(change.place.id, status);
      // A whole district changing hands takes the towns in it along.
      if (change.scope === 'district') {
        for (const town of townsOf.get(change.place.id) ?? []) {
          if (statuses.has(town)) statuses.set(town, { ...status, scope: 'whole' });
        }
      }
      const district = change.place.district;
      if (change.scope === 'town' && district) {
        const current = statuses.get(district);
        // A later word on the same town (say, its confirmation) updates the split it caused.
        if (current && (current.holder !== change.holder || current.viaTown === change.place.id)) {
          statuses.set(district, { ...status, scope: 'part', viaTown: change.place.id });
        }
      }
    }
  }
  return statuses;
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

/** A compact timeline of statuses for the map: for each place, the days on which its status changed. */
export function controlTimeline(events: readonly ControlEvent[], places: string[], start: string, end: string): Record<string, { day: string; status: ControlStatus | null }[]> {
  const out: Record<string, { day: string; status: ControlStatus | null }[]> = Object.fromEntries(places.map((p) => [p, []]));
  for (const day of daysBetween(start, end)) {
    const at = controlAt(events, day);
    for (const place of places) {
      const status = at.get(place) ?? null;
      const list = out[place]!;
      const last = list.at(-1);
      if (!last || JSON.stringify(last.status) !== JSON.stringify(status)) list.push({ day, status });
    }
  }
  return out;
}
