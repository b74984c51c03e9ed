import { describe, expect, it } from 'vitest';
import { controlAt, controlTimeline, daysBetween } from '../../src/lib/control.ts';
import { statusClass, statusText } from '../../src/lib/map-view.ts';

type Change = { place: { id: string; district?: string }; holder: 'azerbaijan' | 'armenian-forces' | 'peacekeepers'; scope: 'town' | 'district' | 'part'; basis: 'claimed' | 'confirmed' | 'agreed' };
const ev = (id: string, date: string, control: Change[]) => ({ id, date, control: control as never });
const district = (id: string, holder: Change['holder'], scope: Change['scope'] = 'district', basis: Change['basis'] = 'confirmed'): Change => ({ place: { id }, holder, scope, basis });

const events = [
  ev('1993-jabrayil', '1993-08-23', [district('jabrayil-district', 'armenian-forces')]),
  ev('2020-10-04-town', '2020-10-04', [{ place: { id: 'jabrayil', district: 'jabrayil-district' }, holder: 'azerbaijan', scope: 'town', basis: 'claimed' }]),
  ev('2020-10-09-confirmed', '2020-10-09', [{ place: { id: 'jabrayil', district: 'jabrayil-district' }, holder: 'azerbaijan', scope: 'town', basis: 'confirmed' }]),
  ev('2020-11-10-in-force', '2020-11-10T00:00+03:00', [district('jabrayil-district', 'azerbaijan', 'district', 'agreed')]),
];

describe('controlAt', () => {
  it('folds changes up to and including the day', () => {
    expect(controlAt(events, '2020-09-26').get('jabrayil-district')).toMatchObject({ holder: 'armenian-forces', scope: 'whole', basis: 'confirmed', since: '1993-jabrayil' });
    expect(controlAt(events, '1993-08-22').get('jabrayil-district')).toBeUndefined();
  });
  it('splits a district when a town in it changes hands: partial control is its own status', () => {
    const oct4 = controlAt(events, '2020-10-04');
    expect(oct4.get('jabrayil')).toMatchObject({ holder: 'azerbaijan', basis: 'claimed' });
    expect(oct4.get('jabrayil-district')).toMatchObject({ holder: 'azerbaijan', scope: 'part', basis: 'claimed', viaTown: 'jabrayil' });
    expect(controlAt(events, '2020-10-09').get('jabrayil')).toMatchObject({ basis: 'confirmed', since: '2020-10-09-confirmed' });
  });
  it('dates a timed change by its local day (00:00 Moscow = 01:00 in Baku, 10 November)', () => {
    expect(controlAt(events, '2020-11-09').get('jabrayil-district')!.scope).toBe('part');
    expect(controlAt(events, '2020-11-10').get('jabrayil-district')).toMatchObject({ holder: 'azerbaijan', scope: 'whole', basis: 'agreed' });
  });
});

describe('controlTimeline and the map view', () => {
  it('lists only the days on which a status changed', () => {
    const t = controlTimeline(events, ['jabrayil-district'], '2020-09-26', '2020-12-01');
    expect(t['jabrayil-district']!.map((s) => s.day)).toEqual(['2020-09-26', '2020-10-04', '2020-10-09', '2020-11-10']);
  });
  it('counts days inclusively without time zones', () => {
    expect(daysBetween('2020-09-26', '2020-12-01')).toHaveLength(67);
    expect(daysBetween('2020-10-25', '2020-10-26')).toEqual(['2020-10-25', '2020-10-26']);
  });
  it('turns a status into a class and a sentence', () => {
    const s = controlAt(events, '2020-10-04').get('jabrayil-district');
    expect(statusClass(s)).toBe('status-azerbaijan scope-part basis-claimed');
    expect(statusText(s)).toBe('divided: part held by Azerbaijan (claimed)');
    expect(statusClass(undefined)).toBe('status-none');
  });
});

describe('controlHistory', () => {
  it('agrees with controlAt on every day, for every place', async () => {
    const { controlHistory, statusOn } = await import('../../src/lib/control.ts');
    const history = controlHistory(events);
    for (const day of daysBetween('2020-09-20', '2020-11-15')) {
      const at = controlAt(events, day);
      for (const place of ['jabrayil', 'jabrayil-district']) expect(statusOn(history.get(place), day), `${place} ${day}`).toEqual(at.get(place));
    }
    expect(history.get('jabrayil-district')!.map((h) => h.day)).toEqual(['1993-08-23', '2020-10-04', '2020-10-09', '2020-11-10']);
  });
});
