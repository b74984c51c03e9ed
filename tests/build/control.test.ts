/**
 * Control over the real content, settlement by settlement, read from the built /control.json:
 * before the war, after the capture claims the timeline names, after each handover.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ControlExport } from '../../src/lib/control-export.ts';

const dist = inject('siteDist');
const doc = JSON.parse(readFileSync(join(dist, 'control.json'), 'utf8')) as ControlExport;
const events = JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')) as {
  events: {
    id: string;
    date: string;
    phase: string;
    control: { place: { id: string }; holder: string; basis: string }[];
  }[];
};
const byId = new Map(doc.places.map((p) => [p.id, p]));

/** holder/basis of a place at the end of a day, from its intervals. */
function at(id: string, day: string): string {
  const place = byId.get(id);
  if (!place) return `no place ${id}`;
  const i = place.intervals.find((iv) => (iv.from === null || iv.from <= day) && (iv.to === null || iv.to >= day));
  return i ? `${i.holder}/${i.basis ?? 'divided'}` : 'none';
}
const shares = (id: string, day: string) =>
  byId.get(id)!.intervals.find((iv) => (iv.from === null || iv.from <= day) && (iv.to === null || iv.to >= day))!
    .shares!;
const holder = (id: string, day: string) => at(id, day).split('/')[0];

describe('control.json over the real content', () => {
  it('has the settlements of the conflict zone', () => {
    const settlements = doc.places.filter((p) => ['city', 'town', 'village'].includes(p.kind));
    expect(settlements.length).toBeGreaterThanOrEqual(150);
  });

  it('26 September 2020, the eve of the war: the Armenian side holds the former oblast, the seven districts in whole or part', () => {
    for (const id of [
      'khankendi',
      'shusha',
      'lachin',
      'kalbajar',
      'agdam',
      'fuzuli',
      'jabrayil',
      'qubadli',
      'zangilan',
      'hadrut',
      'agdara',
      'talish',
      'sugovushan',
    ])
      expect(holder(id, '2020-09-26'), id).toBe('armenian-forces');
    // The parts of Agdam, Fuzuli and Tartar districts Azerbaijan kept in 1993–94.
    for (const id of ['horadiz', 'tartar', 'guzanli']) expect(at(id, '2020-09-26'), id).toBe('azerbaijan/confirmed');
    for (const d of ['agdam-district', 'fuzuli-district', 'tartar-district']) {
      const s = shares(d, '2020-09-26');
      expect(s.azerbaijan, d).toBeGreaterThan(0);
      expect(s['armenian-forces'], d).toBeGreaterThan(0);
    }
    for (const d of ['lachin-district', 'kalbajar-district', 'qubadli-district', 'zangilan-district'])
      expect(shares(d, '2020-09-26')['armenian-forces'], d).toBe(100);
  });

  it('after each capture claim: the named town changes, with the basis the record gives', () => {
    expect(at('jabrayil', '2020-10-03')).toBe('armenian-forces/confirmed');
    expect(at('jabrayil', '2020-10-04')).toBe('azerbaijan/disputed');
    expect(at('hadrut', '2020-10-09')).toBe('azerbaijan/disputed');
    expect(at('fuzuli', '2020-10-16')).toBe('armenian-forces/confirmed');
    expect(at('fuzuli', '2020-10-17')).toBe('azerbaijan/claimed');
    expect(at('zangilan', '2020-10-20')).toBe('azerbaijan/claimed');
    expect(at('qubadli', '2020-10-25')).toBe('azerbaijan/confirmed');
    expect(at('shusha', '2020-11-07')).toBe('armenian-forces/confirmed');
    expect(at('shusha', '2020-11-08')).toBe('azerbaijan/confirmed');
    // A village claim moves that village only: its neighbour in the same district keeps its holder.
    expect(holder('sugovushan', '2020-10-03')).toBe('azerbaijan');
    expect(holder('agdara', '2020-10-03')).toBe('armenian-forces');
  });

  it('every control change in the timeline shows in control.json at the end of its day, unless a later change that day overrides it', () => {
    const wrong: string[] = [];
    for (const e of events.events) {
      const day = e.date.slice(0, 10);
      for (const [k, c] of e.control.entries()) {
        const place = byId.get(c.place.id);
        if (!place || place.kind === 'district') continue;
        // Within one event, the last change to a place is the one that stands.
        if (e.control.slice(k + 1).some((oc) => oc.place.id === c.place.id)) continue;
        const later = events.events.some(
          (o) =>
            o.date.slice(0, 10) === day &&
            o !== e &&
            events.events.indexOf(o) > events.events.indexOf(e) &&
            o.control.some((oc) => oc.place.id === c.place.id),
        );
        if (!later && at(c.place.id, day) !== `${c.holder}/${c.basis}`)
          wrong.push(`${e.id}: ${c.place.id} is ${at(c.place.id, day)}, not ${c.holder}/${c.basis}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the handovers move whole districts, except what the record keeps out', () => {
    expect(holder('agdam', '2020-11-19')).toBe('armenian-forces');
    expect(at('agdam', '2020-11-20')).toBe('azerbaijan/agreed');
    expect(at('kalbajar', '2020-11-24')).toBe('armenian-forces/confirmed');
    expect(at('kalbajar', '2020-11-25')).toBe('azerbaijan/agreed');
    expect(at('gulabird', '2020-11-30')).not.toBe('azerbaijan/agreed');
    for (const id of ['aghbulag-lachin', 'gorchu', 'sheylanli']) {
      expect(holder(id, '2020-11-30'), id).toBe('armenian-forces');
      expect(at(id, '2020-12-01'), id).toBe('azerbaijan/agreed');
    }
    // Lachin town stays inside the corridor, under the peacekeepers; the corridor is theirs from 10 November.
    expect(at('lachin', '2020-12-01')).toBe('peacekeepers/agreed');
    expect(holder('lachin-corridor', '2020-11-10')).toBe('peacekeepers');
    const lachin = shares('lachin-district', '2020-12-01');
    expect(lachin.azerbaijan).toBeGreaterThan(80);
    expect(lachin.peacekeepers).toBeGreaterThan(0);
    // Between the ceasefire and 1 December the district stays Armenian-held, with the corridor under the peacekeepers.
    const before = shares('lachin-district', '2020-11-21');
    expect(before['armenian-forces']).toBeGreaterThan(80);
    expect(before.peacekeepers).toBeGreaterThan(0);
  });

  it('the peacekeepers are a layer, not a holder of the ground the Karabakh authorities kept', () => {
    for (const day of ['2020-11-10', '2020-11-21', '2020-12-01'])
      expect(holder('khankendi', day), day).toBe('armenian-forces');
    expect(
      doc.places.some((p) =>
        p.intervals.some(
          (i) => i.holder === 'peacekeepers' && !['lachin-corridor', 'lachin', 'zabukh', 'sus'].includes(p.id),
        ),
      ),
    ).toBe(false);
  });
});
