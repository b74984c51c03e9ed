import { describe, expect, it } from 'vitest';
import { pageOfEvent, timelinePages } from '../../src/lib/timeline-pages.ts';

const ev = (id: string, day: string) => ({ id, day });

describe('timelinePages', () => {
  it('keeps a short timeline on one page', () => {
    expect(timelinePages([ev('a', '1993-04-02'), ev('b', '2020-11-08')], 10)).toBeNull();
  });
  it('splits by year, then a crowded year by month, losing and repeating nothing', () => {
    const events = [
      ev('y', '1993'),
      ev('a', '1993-04-02'),
      ev('b', '2020-01-05'),
      ev('c', '2020-10-01'),
      ev('d', '2020-10-02'),
      ev('e', '2020-11-08'),
    ];
    const pages = timelinePages(events, 3)!;
    expect(pages.map((p) => [p.slug, p.label, p.events.map((e) => e.id).join('')])).toEqual([
      ['1993', '1993', 'ya'],
      ['2020-01', 'January 2020', 'b'],
      ['2020-10', 'October 2020', 'cd'],
      ['2020-11', 'November 2020', 'e'],
    ]);
    expect(pages.flatMap((p) => p.events).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(pageOfEvent(pages).get('d')).toBe('2020-10');
  });
});

describe('timelinePages for a crowded month', () => {
  it('splits it into runs of whole days, none over the limit unless one day is', () => {
    const events = [
      ev('a', '2020-10-01'),
      ev('b', '2020-10-01'),
      ev('c', '2020-10-02'),
      ev('d', '2020-10-05'),
      ev('e', '2020-10-05'),
      ev('f', '2020-10-05'),
      ev('g', '2020-10-09'),
    ];
    const pages = timelinePages(events, 2)!;
    expect(pages.flatMap((p) => p.events).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(pages.map((p) => [p.slug, p.label, p.events.map((e) => e.id).join('')])).toEqual([
      ['2020-10-01', '1 October 2020', 'ab'],
      ['2020-10-02', '2 October 2020', 'c'],
      ['2020-10-05', '5 October 2020', 'def'],
      ['2020-10-09', '9 October 2020', 'g'],
    ]);
  });
});
