/** Whose voice the record carries: per phase, entries citing each side's outlets and claims made by each side. */
import type { ActorData, EventData, SourceData } from './schema.ts';
import { PHASES } from './schema.ts';

export const SIDES = ['azerbaijani', 'armenian', 'other'] as const;
export type Side = (typeof SIDES)[number];

/** A source's side, read from its perspective label (the label names the outlet's country or camp). */
export function sourceSide(source: Pick<SourceData, 'perspective'>): Side {
  const p = source.perspective.toLowerCase();
  const az = /azerbaijan/.test(p);
  const arm = /armenia|artsakh|karabakh armenian/.test(p);
  return az && !arm ? 'azerbaijani' : arm && !az ? 'armenian' : 'other';
}

/** An actor's side, from its country (the Karabakh authorities count with Armenia's side). */
export function actorSide(actor: Pick<ActorData, 'country'>): Side {
  return actor.country === 'azerbaijan'
    ? 'azerbaijani'
    : actor.country === 'armenia' || actor.country === 'nagorno-karabakh'
      ? 'armenian'
      : 'other';
}

export interface BalanceRow {
  phase: (typeof PHASES)[number];
  entries: number;
  citing: Record<Side, number>;
  claims: Record<Side, number>;
}

export function balance(
  events: readonly { data: EventData }[],
  sources: ReadonlyMap<string, SourceData>,
  actors: ReadonlyMap<string, ActorData>,
): BalanceRow[] {
  return PHASES.map((phase) => {
    const inPhase = events.filter((e) => e.data.phase === phase);
    const citing = { azerbaijani: 0, armenian: 0, other: 0 };
    const claims = { azerbaijani: 0, armenian: 0, other: 0 };
    for (const e of inPhase) {
      const sides = new Set(
        e.data.sources.flatMap((c) => {
          const s = sources.get(c.source.id);
          return s ? [sourceSide(s)] : [];
        }),
      );
      for (const side of sides) citing[side] += 1;
      for (const c of e.data.claims) {
        const a = actors.get(c.actor.id);
        if (a && c.stance === 'claims') claims[actorSide(a)] += 1;
      }
    }
    return { phase, entries: inPhase.length, citing, claims };
  });
}

/** The balance as lines for a terminal. */
export function balanceLines(rows: readonly BalanceRow[]): string[] {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  return [
    `${'phase'.padEnd(11)}${pad('entries', 8)} | citing outlets: ${pad('Az', 4)}${pad('Arm', 5)}${pad('other', 6)} | claims made: ${pad('Az', 4)}${pad('Arm', 5)}${pad('other', 6)}`,
    ...rows.map(
      (r) =>
        `${r.phase.padEnd(11)}${pad(r.entries, 8)} | ${' '.repeat(16)}${pad(r.citing.azerbaijani, 4)}${pad(r.citing.armenian, 5)}${pad(r.citing.other, 6)} | ${' '.repeat(13)}${pad(r.claims.azerbaijani, 4)}${pad(r.claims.armenian, 5)}${pad(r.claims.other, 6)}`,
    ),
  ];
}
