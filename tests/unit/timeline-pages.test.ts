import { describe, expect, it } from 'vitest';
import { pageOfEvent, timelinePages } from '../../src/lib/timeline-pages.ts';

const ev = (id: string, day: string) => ({ id, day });
const shape = (pages: ReturnType<typeof timelinePages<{ id: string; day: string }>>) =>
  pages!.map((p) => [p.slug, p.label, p.events.map((e) => e.id).join('')]);

describe('timelinePages', () => {
  it('keeps a short timeline on one page', () => {
    expect(timelinePages([ev('a', '1993-04-02'), ev('b', '2020-11-08')], 10)).toBeNull();
  });
  it('packs whole years into a page, then splits a crowded year into runs of months, losing and repeating nothing', () => {
    const events = [
      ev('y', '1993'),
      ev('a', '1993-04-02'),
      ev('z', '1994-05-16'),
      ev('b', '2020-01-05'),
      ev('c', '2020-10-01'),
      ev('d', '2020-10-02'),
      ev('e', '2020-11-08'),
      ev('f', '2020-12-01'),
    ];
    const pages = timelinePages(events, 3)!;
    expect(shape(pages)).toEqual([
      ['1993-to-1994', '1993–1994', 'yaz'],
      ['2020-01-to-2020-10', 'January–October 2020', 'bcd'],
      ['2020-11-to-2020-12', 'November–December 2020', 'ef'],
    ]);
    expect(pages.flatMap((p) => p.events).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(pageOfEvent(pages).get('d')).toBe('2020-01-to-2020-10');
    expect(Math.max(...pages.map((p) => p.events.length))).toBeLessThanOrEqual(3);
  });
  it('puts year-precision events on the first page of their year', () => {
    const pages = timelinePages(
      [ev('y', '2020'), ev('a', '2020-01-02'), ev('b', '2020-03-01'), ev('c', '2020-03-02')],
      2,
    )!;
    expect(shape(pages)).toEqual([
      ['2020-01', 'January 2020', 'ya'],
      ['2020-03', 'March 2020', 'bc'],
    ]);
  });
});

describe('timelinePages for a crowded month', () => {
  it('splits it into runs of whole days, and a day longer than a page into parts', () => {
    const events = [
      ev('a', '2020-10-01'),
      ev('b', '2020-10-01'),
      ev('c', '2020-10-02'),
      ev('d', '2020-10-05'),
      ev('e', '2020-10-05'),
      ev('f', '2020-10-05'),
      ev('g', '2020-10-09'),
      ev('h', '2020-10-10'),
    ];
    const pages = timelinePages(events, 2)!;
    expect(pages.flatMap((p) => p.events).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(shape(pages)).toEqual([
      ['2020-10-01', '1 October 2020', 'ab'],
      ['2020-10-02', '2 October 2020', 'c'],
      ['2020-10-05-part-1', '5 October 2020 (part 1 of 2)', 'de'],
      ['2020-10-05-part-2', '5 October 2020 (part 2 of 2)', 'f'],
      ['2020-10-09-to-2020-10-10', '9–10 October 2020', 'gh'],
    ]);
  });
});
