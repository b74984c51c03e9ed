import { describe, expect, it } from 'vitest';
import { dayPages } from '../../src/lib/days.ts';

const range = {
  start: '2020-10-11',
  end: '2020-10-13',
  sides: [
    { key: 'az', heading: 'Az', actors: ['az-mod'] },
    { key: 'arm', heading: 'Arm', actors: ['arm-mod', 'ka'] },
  ],
};
const name = (id: string) => id.toUpperCase();

describe('dayPages', () => {
  const pages = dayPages(
    range,
    [
      { id: 'e1', day: '2020-10-12' },
      { id: 'e0', day: '2020-10-10' },
    ],
    [
      { id: '2020-10-12-az-mod', date: '2020-10-12', actor: { id: 'az-mod', name: 'AZ' }, items: ['a'] },
      { id: '2020-10-12-ka', date: '2020-10-12', actor: { id: 'ka', name: 'KA' }, items: ['b'] },
    ],
    name,
  );
  it('gives every day of the range a page, linked to its neighbours', () => {
    expect(pages.map((p) => p.day)).toEqual(['2020-10-11', '2020-10-12', '2020-10-13']);
    expect(pages[0]).not.toHaveProperty('previous');
    expect(pages[1]).toMatchObject({ previous: '2020-10-11', next: '2020-10-13' });
  });
  it('puts each bulletin on its side and says which issuer has none that day', () => {
    const [az, arm] = pages[1]!.sides;
    expect(az!.bulletins.map((b) => b.id)).toEqual(['2020-10-12-az-mod']);
    expect(az!.missing).toEqual([]);
    expect(arm!.bulletins.map((b) => b.id)).toEqual(['2020-10-12-ka']);
    expect(arm!.missing).toEqual([{ id: 'arm-mod', name: 'ARM-MOD' }]);
    expect(pages[0]!.sides.every((s) => s.bulletins.length === 0)).toBe(true);
  });
  it('lists the events that start on the day, and no others', () => {
    expect(pages[1]!.events.map((e) => e.id)).toEqual(['e1']);
    expect(pages[0]!.events).toEqual([]);
  });
});
