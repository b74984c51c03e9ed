import { describe, expect, it } from 'vitest';
import {
  changeDays,
  controlAt,
  controlHistory,
  intervalsOf,
  statusOn,
  type ControlEvent,
  type ControlPlace,
} from '../../src/lib/control.ts';

const places: ControlPlace[] = [
  { id: 'district-a', kind: 'district', country: 'azerbaijan' },
  { id: 'town-a', kind: 'town', country: 'azerbaijan', district: 'district-a' },
  { id: 'village-a1', kind: 'village', country: 'azerbaijan', district: 'district-a' },
  { id: 'village-a2', kind: 'village', country: 'azerbaijan', district: 'district-a' },
  { id: 'district-b', kind: 'district', country: 'azerbaijan' },
  { id: 'village-b1', kind: 'village', country: 'azerbaijan', district: 'district-b' },
  { id: 'corridor', kind: 'corridor', country: 'azerbaijan', district: 'district-a' },
  { id: 'armenian-town', kind: 'town', country: 'armenia' },
];
const events: ControlEvent[] = [
  {
    id: '1993-district-a',
    day: '1993-08-17',
    control: [{ place: 'district-a', holder: 'armenian-forces', basis: 'confirmed' }],
  },
  {
    id: '2020-village-claim',
    day: '2020-10-04',
    control: [{ place: 'village-a1', holder: 'azerbaijan', basis: 'claimed' }],
  },
  {
    id: '2020-village-denied',
    day: '2020-10-05',
    control: [{ place: 'village-a1', holder: 'azerbaijan', basis: 'disputed' }],
  },
  { id: '2020-corridor', day: '2020-11-10', control: [{ place: 'corridor', holder: 'peacekeepers', basis: 'agreed' }] },
  {
    id: '2020-handover',
    day: '2020-12-01',
    control: [
      { place: 'district-a', holder: 'azerbaijan', basis: 'agreed' },
      { place: 'town-a', holder: 'peacekeepers', basis: 'agreed' },
    ],
  },
];

describe('controlAt', () => {
  it("keeps a settlement that no event names with Azerbaijan, and gives Armenia's towns no status", () => {
    const at = controlAt(events, places, '2020-09-26');
    expect(at.get('village-b1')).toEqual({ holder: 'azerbaijan', basis: 'confirmed', since: null, sinceDay: null });
    expect(at.has('armenian-town')).toBe(false);
    expect(at.has('district-a')).toBe(false);
  });

  it('moves every settlement of a district with a district-level change', () => {
    const at = controlAt(events, places, '1993-08-17');
    for (const id of ['town-a', 'village-a1', 'village-a2'])
      expect(at.get(id)).toMatchObject({ holder: 'armenian-forces', since: '1993-district-a' });
    expect(at.get('village-b1')!.holder).toBe('azerbaijan');
    expect(controlAt(events, places, '1993-08-16').get('town-a')!.holder).toBe('azerbaijan');
  });

  it('moves only the village a claim names, and a denial makes it disputed', () => {
    const claimed = controlAt(events, places, '2020-10-04');
    expect(claimed.get('village-a1')).toMatchObject({ holder: 'azerbaijan', basis: 'claimed' });
    expect(claimed.get('village-a2')!.holder).toBe('armenian-forces');
    expect(controlAt(events, places, '2020-10-05').get('village-a1')!.basis).toBe('disputed');
  });

  it('applies a handover before the exceptions that follow it in the same event', () => {
    const at = controlAt(events, places, '2020-12-01');
    expect(at.get('village-a2')).toMatchObject({ holder: 'azerbaijan', basis: 'agreed' });
    // Inside the corridor: the peacekeepers hold it, on ground that the handover gave to Azerbaijan.
    expect(at.get('town-a')).toMatchObject({ holder: 'peacekeepers', basis: 'agreed', ground: 'azerbaijan' });
    expect(at.get('corridor')).toMatchObject({ holder: 'peacekeepers' });
  });
});

describe('controlHistory', () => {
  const history = controlHistory(events, places);
  it('agrees with controlAt on every day for every settlement', () => {
    for (const day of ['1990-01-01', '1993-08-17', '2020-10-04', '2020-10-05', '2020-11-10', '2020-12-01']) {
      const at = controlAt(events, places, day);
      for (const id of ['town-a', 'village-a1', 'village-a2', 'village-b1', 'corridor'])
        expect(statusOn(history.get(id), day), `${id} ${day}`).toEqual(at.get(id));
    }
  });
  it('lists the days the picture changes, and intervals that end the day before the next change', () => {
    expect(changeDays(history, '2020-09-26', '2020-12-01')).toEqual([
      '2020-10-04',
      '2020-10-05',
      '2020-11-10',
      '2020-12-01',
    ]);
    const intervals = intervalsOf(history.get('village-a1')!, (d) =>
      d === '2020-10-04'
        ? '2020-10-03'
        : d === '2020-10-05'
          ? '2020-10-04'
          : d === '1993-08-17'
            ? '1993-08-16'
            : '2020-11-30',
    );
    expect(intervals.map((i) => [i.from, i.to, i.holder, i.basis])).toEqual([
      [null, '1993-08-16', 'azerbaijan', 'confirmed'],
      ['1993-08-17', '2020-10-03', 'armenian-forces', 'confirmed'],
      ['2020-10-04', '2020-10-04', 'azerbaijan', 'claimed'],
      ['2020-10-05', '2020-11-30', 'azerbaijan', 'disputed'],
      ['2020-12-01', null, 'azerbaijan', 'agreed'],
    ]);
  });
});
