import { describe, expect, it } from 'vitest';
import { packGroups, packRuns, phaseYearPages } from '../../src/lib/list-pages.ts';
import type { Phase } from '../../src/lib/schema.ts';

describe('packRuns', () => {
  it('packs consecutive groups up to the limit, in order, and gives an oversized group a run of its own', () => {
    const runs = packRuns([2, 1, 3, 5, 1, 1], (n) => n, 4);
    expect(runs).toEqual([[2, 1], [3], [5], [1, 1]]);
    expect(runs.flat()).toEqual([2, 1, 3, 5, 1, 1]);
  });
  it('shares a list barely over the limit evenly, not as a full run and a stub', () => {
    const runs = packRuns(
      Array.from({ length: 107 }, () => 1),
      (n) => n,
      100,
    );
    expect(runs.map((r) => r.length)).toEqual([54, 53]);
  });
  it('gives nothing for nothing', () => {
    expect(packRuns([], (n: number) => n, 4)).toEqual([]);
  });
});

const ev = (id: string, day: string, phase: Phase) => ({ id, day, phase });

describe('phaseYearPages', () => {
  const events = [
    ev('a', '1992-05-08', 'background'),
    ev('b', '1993-04-02', 'background'),
    ev('c', '1993-08-17', 'background'),
    ev('d', '2020-07-12', 'prelude'),
    ev('e', '2020-09-27', 'war'),
    ev('f', '2020-10-04', 'war'),
    ev('g', '2020-11-09', 'war'),
    ev('h', '2020-11-10', 'ceasefire'),
  ];
  const { pages, summary } = phaseYearPages(events, 3);

  it('cuts the list into pages of at most the page size, losing and repeating nothing', () => {
    expect(pages.map((p) => p.count)).toEqual([3, 3, 2]);
    expect(pages.map((p) => p.offset)).toEqual([0, 3, 6]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.events.map((e) => e.id))).join('')).toBe('abcdefgh');
  });

  it('groups each page by phase and year, and marks a group carried over from the page before', () => {
    expect(
      pages.map((p) => p.groups.map((g) => `${g.id}:${g.events.length}/${g.total}${g.continued ? '+' : ''}`)),
    ).toEqual([
      ['background-1992:1/1', 'background-1993:2/2'],
      ['prelude-2020:1/1', 'war-2020:2/3'],
      ['war-2020:1/3+', 'ceasefire-2020:1/1'],
    ]);
  });

  it('sums each phase and year, pointing at the page and anchor where it starts', () => {
    expect(summary).toEqual([
      {
        phase: 'background',
        count: 3,
        years: [
          { year: '1992', count: 1, page: 1, anchor: 'background-1992' },
          { year: '1993', count: 2, page: 1, anchor: 'background-1993' },
        ],
      },
      { phase: 'prelude', count: 1, years: [{ year: '2020', count: 1, page: 2, anchor: 'prelude-2020' }] },
      { phase: 'war', count: 3, years: [{ year: '2020', count: 3, page: 2, anchor: 'war-2020' }] },
      { phase: 'ceasefire', count: 1, years: [{ year: '2020', count: 1, page: 3, anchor: 'ceasefire-2020' }] },
    ]);
  });

  it('gives a phase that comes back within a year a second, distinct group', () => {
    const back = phaseYearPages(
      [ev('a', '2020-11-09', 'war'), ev('b', '2020-11-09', 'ceasefire'), ev('c', '2020-11-10', 'war')],
      10,
    );
    expect(back.pages[0]!.groups.map((g) => g.id)).toEqual(['war-2020', 'ceasefire-2020', 'war-2020-2']);
    expect(back.summary.find((s) => s.phase === 'war')!.count).toBe(2);
  });

  it('has no page for no events', () => {
    expect(phaseYearPages([], 10)).toEqual({ pages: [], summary: [] });
  });
});

describe('packGroups', () => {
  it('packs whole groups up to the page size and cuts a longer group into parts, the later ones marked as continued', () => {
    const pages = packGroups(
      [
        { key: 'a', items: [1, 2] },
        { key: 'b', items: [3] },
        { key: 'c', items: [4, 5, 6, 7, 8] },
        { key: 'd', items: [9] },
      ],
      3,
    );
    expect(pages.map((p) => p.map((g) => `${g.key}${g.continued ? '+' : ''}:${g.items.join('')}/${g.total}`))).toEqual([
      ['a:12/2', 'b:3/1'],
      ['c:456/5'],
      ['c+:78/5', 'd:9/1'],
    ]);
    expect(Math.max(...pages.map((p) => p.reduce((n, g) => n + g.items.length, 0)))).toBeLessThanOrEqual(3);
  });
});
