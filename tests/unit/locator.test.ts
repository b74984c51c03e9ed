import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { parse } from 'node-html-parser';
import { unitsFromTopology } from '../../src/lib/geo.ts';
import { locatorSvg } from '../../src/lib/locator.ts';

const committedTopology = (code: string) =>
  JSON.parse(readFileSync(new URL(`../../src/data/geo/${code}.topo.json`, import.meta.url), 'utf8')) as Topology;
const units = unitsFromTopology(committedTopology('aze'), 'aze', 'azerbaijan');

describe('locatorSvg', () => {
  const svg = locatorSvg(
    units,
    [],
    [
      { label: 'Shusha / Shushi', coordinates: [39.758, 46.748] },
      { label: 'Khankendi / Stepanakert', coordinates: [39.815, 46.752] },
      { label: 'Agdam District', coordinates: [40.0, 46.85], unitKey: 'agdam-district' },
    ],
    { title: 'Locator map: Shusha' },
  );
  const doc = parse(svg);

  it('is a labelled image with the units around the places', () => {
    const root = doc.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Locator map: Shusha');
    expect(doc.querySelectorAll('path.loc-unit').length).toBeGreaterThan(3);
    expect(doc.querySelectorAll('path.loc-unit').length).toBeLessThan(units.length);
  });
  it('marks points, labels them both names, and draws districts as areas', () => {
    // North first: Khankendi lies north of Shusha.
    expect(doc.querySelectorAll('g.loc-place text').map((t) => t.text)).toEqual([
      'Khankendi / Stepanakert',
      'Shusha / Shushi',
    ]);
    expect(doc.querySelectorAll('path.loc-area')).toHaveLength(1);
  });
  it('puts points inside the frame, north above south, and keeps labels apart', () => {
    const circles = doc
      .querySelectorAll('circle')
      .map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
    for (const c of circles) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(640);
      expect(c.y).toBeGreaterThan(0);
      expect(c.y).toBeLessThan(400);
    }
    const mark = (label: string) => {
      const g = doc.querySelectorAll('g.loc-place').find((m) => m.querySelector('text')!.text === label)!;
      return {
        y: Number(g.querySelector('circle')!.getAttribute('cy')),
        labelY: Number(g.querySelector('text')!.getAttribute('y')),
        leader: g.querySelector('line.loc-leader'),
      };
    };
    const shusha = mark('Shusha / Shushi');
    const khankendi = mark('Khankendi / Stepanakert');
    expect(khankendi.y).toBeLessThan(shusha.y);
    expect(Math.abs(khankendi.labelY - shusha.labelY)).toBeGreaterThanOrEqual(15);
  });

  it('keeps the labels in the points’ order from north to south, and ties a label moved off its point to it', () => {
    // Three villages a few hundred metres apart: their labels cannot sit beside their points.
    const close = parse(
      locatorSvg(
        units,
        [],
        [
          { label: 'South', coordinates: [39.75, 46.75] },
          { label: 'North', coordinates: [39.756, 46.751] },
          { label: 'Middle', coordinates: [39.753, 46.749] },
        ],
        { title: 'Close points' },
      ),
    );
    const marks = close.querySelectorAll('g.loc-place').map((g) => ({
      name: g.querySelector('text')!.text,
      y: Number(g.querySelector('circle')!.getAttribute('cy')),
      labelY: Number(g.querySelector('text')!.getAttribute('y')),
      leader: g.querySelector('line.loc-leader') !== null,
    }));
    expect(marks.map((m) => m.name)).toEqual(['North', 'Middle', 'South']);
    expect(marks.filter((m) => m.leader).length).toBeGreaterThanOrEqual(2);
    const byPoint = [...marks].sort((a, b) => a.y - b.y);
    const byLabel = [...marks].sort((a, b) => a.labelY - b.labelY);
    expect(byLabel).toEqual(byPoint);
    for (const m of marks) expect(m.leader, `label at ${m.labelY}, point at ${m.y}`).toBe(m.labelY - m.y >= 12);
  });
});

describe('locatorSvg far from every unit', () => {
  it('draws no empty path when units fall outside the frame', () => {
    const svg = locatorSvg(units, [], [{ label: 'Baku', coordinates: [40.395, 49.882] }], { title: 'Baku' });
    expect(svg).not.toContain('d="null"');
    expect(svg).not.toContain('d=""');
  });
});
