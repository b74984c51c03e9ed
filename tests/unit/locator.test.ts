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
    expect(doc.querySelectorAll('g.loc-place text').map((t) => t.text)).toEqual([
      'Shusha / Shushi',
      'Khankendi / Stepanakert',
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
    expect(circles[1]!.y).toBeLessThan(circles[0]!.y);
    const labels = doc.querySelectorAll('text').map((t) => Number(t.getAttribute('y')));
    expect(Math.abs(labels[0]! - labels[1]!)).toBeGreaterThanOrEqual(15);
  });
});

describe('locatorSvg far from every unit', () => {
  it('draws no empty path when units fall outside the frame', () => {
    const svg = locatorSvg(units, [], [{ label: 'Baku', coordinates: [40.395, 49.882] }], { title: 'Baku' });
    expect(svg).not.toContain('d="null"');
    expect(svg).not.toContain('d=""');
  });
});
