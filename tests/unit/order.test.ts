import { describe, expect, it } from 'vitest';
import { compareEvents, groupTimeline, neighbourIndex, sortEvents } from '../../src/lib/order.ts';
import type { Phase, Precision } from '../../src/lib/schema.ts';

const ev = (id: string, date: string, precision?: Precision) => ({
  id,
  data: { date, ...(precision ? { precision } : {}) },
});

describe('the site order (start, precision, id)', () => {
  it('orders by start, then coarser precision first, then id', () => {
    const sorted = sortEvents([
      ev('c', '2020-11-08'),
      ev('b', '2020-11-08'),
      ev('year', '2020'),
      ev('month', '2020-01'),
      ev('day', '2020-01-01'),
      ev('timed', '2020-11-10T00:00+03:00'),
      ev('next-day', '2020-11-10'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['year', 'month', 'day', 'b', 'c', 'next-day', 'timed']);
  });
  it('is total and stable: equal keys only for the same id', () => {
    expect(compareEvents(ev('a', '2020-11-08'), ev('a', '2020-11-08'))).toBe(0);
    expect(compareEvents(ev('a', '2020-11-08'), ev('b', '2020-11-08'))).toBeLessThan(0);
    const input = [ev('z', '1993'), ev('a', '1993'), ev('m', '1993')];
    expect(sortEvents(input).map((e) => e.id)).toEqual(sortEvents([...input].reverse()).map((e) => e.id));
  });
  it('does not shift a calendar day against a timed event of the evening before', () => {
    // 23:30 Moscow on 9 Nov is 00:30 on 10 Nov in Baku: it sorts after the start of the 10th.
    const sorted = sortEvents([
      ev('tenth', '2020-11-10'),
      ev('ninth', '2020-11-09'),
      ev('late', '2020-11-09T23:30+03:00'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['ninth', 'tenth', 'late']);
  });
});

describe('within a day', () => {
  it("puts an earlier phase first, so the war's evening comes before the statement of that night and no phase heading repeats", () => {
    const statement = {
      id: '2020-11-09-trilateral-statement-signed',
      data: { date: '2020-11-09', phase: 'ceasefire' as const },
    };
    const helicopter = {
      id: '2020-11-09-russian-mi-24-shot-down',
      data: { date: '2020-11-09T18:30+04:00', phase: 'war' as const },
    };
    const claims = { id: '2020-11-09-aliyev-claims-23-villages', data: { date: '2020-11-09', phase: 'war' as const } };
    const sorted = sortEvents([statement, helicopter, claims]);
    expect(sorted.map((e) => e.id)).toEqual([
      '2020-11-09-aliyev-claims-23-villages',
      '2020-11-09-russian-mi-24-shot-down',
      '2020-11-09-trilateral-statement-signed',
    ]);
    const groups = groupTimeline(
      sorted.map((e) => ({ ...e, date: e.data.date, precision: 'day' as const, phase: e.data.phase })),
    );
    expect(groups.map((g) => g.phase)).toEqual(['war', 'ceasefire']);
  });
});

describe('groupTimeline', () => {
  const flat = (id: string, date: string, phase: Phase, precision: Precision = 'day') => ({
    id,
    date,
    phase,
    precision,
  });
  it('groups by phase, then by local day, keeping order', () => {
    const groups = groupTimeline([
      flat('a', '1993', 'background', 'year'),
      flat('b', '2020-09-27', 'war'),
      flat('c', '2020-09-27', 'war'),
      flat('d', '2020-11-10T00:00+03:00', 'ceasefire'),
    ]);
    expect(groups.map((g) => g.phase)).toEqual(['background', 'war', 'ceasefire']);
    expect(groups[1]!.days).toHaveLength(1);
    expect(groups[1]!.days[0]!.events.map((e) => e.id)).toEqual(['b', 'c']);
    expect(groups[0]!.days[0]!.key).toBe('1993');
    expect(groups[2]!.days[0]!.key).toBe('2020-11-10');
  });
});

describe('neighbours', () => {
  it('gives previous and next in order, none at the ends', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const index = neighbourIndex(list);
    expect(index.get('b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(index.get('a')).toEqual({ next: { id: 'b' } });
    expect(index.get('c')).toEqual({ previous: { id: 'b' } });
    expect(index.size).toBe(3);
  });
});

describe('groupTimeline ids', () => {
  it('are unique when a phase comes back within a day', () => {
    const g = groupTimeline([
      { id: 'a', date: '2020-11-09', phase: 'war' as const, precision: 'day' as const },
      { id: 'b', date: '2020-11-09', phase: 'ceasefire' as const, precision: 'day' as const },
      { id: 'c', date: '2020-11-09', phase: 'war' as const, precision: 'day' as const },
    ]);
    const ids = g.flatMap((p) => [p.id, ...p.days.map((d) => d.id)]);
    expect(ids).toEqual([
      'phase-war',
      'day-2020-11-09',
      'phase-ceasefire',
      'day-2020-11-09-2',
      'phase-war-2',
      'day-2020-11-09-3',
    ]);
  });
});
