/**
 * The share chart: for each day, the part of a group of units' ground each side held,
 * as stacked bands (confirmed or agreed ground solid, ground only claimed hatched),
 * built as a hast tree at build time.
 */
import { s } from 'hastscript';
import type { Element } from 'hast';
import { patternDefs, svgImage, type PatternColours } from './map-svg.ts';

export interface ChartBand {
  key: string;
  className: string;
  label: string;
}
export interface ChartInput {
  title: string;
  days: string[];
  /** Per day, km² per band key. */
  values: Record<string, number>[];
  bands: readonly ChartBand[];
  /** Days to mark on the x axis, with their labels. */
  ticks: { day: string; label: string }[];
  width?: number;
  height?: number;
  /** Self-contained files carry their own fills and styles. */
  standalone?: { colours: PatternColours; css: string };
}

/** The styles a standalone chart file carries: the map's, and the chart's own (the site's CSP hashes this exact text). */
export function shareChartCss(mapCss: string): string {
  return `${mapCss}.h-corridor{fill:#f0e442}.chart-axis{stroke:#555}.chart-grid{stroke:#999;stroke-dasharray:2 3}.chart-tick{font:11px sans-serif;fill:#333}`;
}

export function shareChartSvg(input: ChartInput): Element {
  const { width = 640, height = 220, days, values, bands } = input;
  const [left, right, top, bottom] = [36, 24, 8, 28];
  const w = width - left - right;
  const h = height - top - bottom;
  const x = (i: number) => left + (days.length > 1 ? (i / (days.length - 1)) * w : 0);
  const y = (fraction: number) => top + h - fraction * h;
  const totals = values.map((v) => Object.values(v).reduce((a, b) => a + b, 0) || 1);
  const paths: Element[] = [];
  const below = days.map(() => 0);
  for (const band of bands) {
    const lower = [...below];
    days.forEach((_, i) => {
      below[i] = below[i]! + (values[i]![band.key] ?? 0) / totals[i]!;
    });
    // A step chart: control changes from one day to the next, not in between.
    const upperPts = days.flatMap((_, i) => [
      `${x(i).toFixed(1)},${y(below[i]!).toFixed(1)}`,
      `${x(Math.min(i + 1, days.length - 1)).toFixed(1)},${y(below[i]!).toFixed(1)}`,
    ]);
    const lowerPts = days
      .map((_, i) => days.length - 1 - i)
      .flatMap((i) => [
        `${x(Math.min(i + 1, days.length - 1)).toFixed(1)},${y(lower[i]!).toFixed(1)}`,
        `${x(i).toFixed(1)},${y(lower[i]!).toFixed(1)}`,
      ]);
    paths.push(
      s(
        'path',
        { class: `chart-band ${band.className}`, d: `M${upperPts.join('L')}L${lowerPts.join('L')}Z` },
        s('title', band.label),
      ),
    );
  }
  const axis: Element[] = [
    s('line', { class: 'chart-axis', x1: left, x2: left + w, y1: top + h, y2: top + h }),
    ...[0, 0.5, 1].map((f) =>
      s(
        'text',
        { class: 'chart-tick', x: left - 4, y: (y(f) + 4).toFixed(1), 'text-anchor': 'end' },
        `${Math.round(f * 100)}%`,
      ),
    ),
    ...input.ticks.flatMap((t) => {
      const i = days.indexOf(t.day);
      if (i < 0) return [];
      return [
        s('line', { class: 'chart-grid', x1: x(i).toFixed(1), x2: x(i).toFixed(1), y1: top, y2: top + h }),
        s('text', { class: 'chart-tick', x: x(i).toFixed(1), y: height - 8, 'text-anchor': 'middle' }, t.label),
      ];
    }),
  ];
  const own = input.standalone
    ? [patternDefs(input.standalone.colours), s('style', shareChartCss(input.standalone.css))]
    : [];
  return svgImage({ width, height, title: input.title, className: 'share-chart' }, [...own, ...paths, ...axis]);
}
