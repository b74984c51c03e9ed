/**
 * A static locator map as SVG markup, drawn at build time from the same
 * geometry as the interactive map: the units around an event's places, the
 * places marked and labelled. No script, prints as it shows.
 */
import { geoBounds, geoIdentity, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Element } from 'hast';
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { swapAxes, type LatLng, type UnitFeature } from './geo.ts';
import { fittedMercator, svgImage } from './map-svg.ts';

export interface LocatorPlace {
  label: string;
  coordinates: LatLng;
  /** Key of the unit drawn as an area instead of a point (districts, regions). */ unitKey?: string;
}
export interface LocatorOptions {
  width?: number;
  height?: number;
  minSpanDegrees?: number;
  title: string;
}

// A unit's bounds do not depend on the frame: computed once per feature, not once per map.
const boundsCache = new WeakMap<Feature, [[number, number], [number, number]]>();
const boundsOf = (f: Feature) => {
  let b = boundsCache.get(f);
  if (!b) boundsCache.set(f, (b = geoBounds(f)));
  return b;
};

// Every locator map is the same Mercator, only scaled and shifted: each area is projected once (at
// scale 1), and a map scales, shifts and clips the projected rings instead of projecting them again.
const mercator = geoMercator().scale(1).translate([0, 0]).precision(0);
const projectedCache = new WeakMap<Feature, Feature>();
const project = (ring: number[][]) => ring.map((pt) => mercator(pt as [number, number])!);
function projected(f: Feature<Polygon | MultiPolygon>): Feature {
  let p = projectedCache.get(f);
  if (!p) {
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map(project) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(project)) };
    projectedCache.set(f, (p = { ...f, geometry }));
  }
  return p;
}
/** A path drawer for features in `projection`'s frame, from their rings projected once. */
function framedPath(projection: GeoProjection, width: number, height: number) {
  const draw = geoPath(
    geoIdentity()
      .scale(projection.scale())
      .translate(projection.translate())
      .clipExtent([
        [0, 0],
        [width, height],
      ]),
  ).digits(1);
  return (f: Feature<Polygon | MultiPolygon>) => draw(projected(f));
}

export function locatorSvg(
  units: UnitFeature[],
  outlines: Feature<Polygon | MultiPolygon>[],
  places: LocatorPlace[],
  options: LocatorOptions,
): string {
  const { width = 640, height = 400, minSpanDegrees = 0.9, title } = options;
  const lats = places.map((p) => p.coordinates[0]);
  const lngs = places.map((p) => p.coordinates[1]);
  const pad = (lo: number, hi: number) => {
    const span = Math.max(hi - lo, minSpanDegrees);
    const mid = (lo + hi) / 2;
    return [mid - span * 0.65, mid + span * 0.65] as const;
  };
  const [south, north] = pad(Math.min(...lats), Math.max(...lats));
  const [west, east] = pad(Math.min(...lngs), Math.max(...lngs));
  const projection = fittedMercator(
    {
      width,
      height,
      bounds: [
        [south, west],
        [north, east],
      ],
    },
    4,
  );
  const path = framedPath(projection, width, height);
  const inView = (f: Feature) => {
    const [[w, s], [e, n]] = boundsOf(f);
    return e >= west && w <= east && n >= south && s <= north;
  };
  const outlinePaths = outlines.filter(inView).flatMap((f) => {
    const d = path(f);
    return d ? [s('path', { class: 'loc-outline', d })] : [];
  });
  const areas = new Set(places.flatMap((p) => (p.unitKey ? [p.unitKey] : [])));
  const unitPaths = units
    .filter(inView)
    // A unit clipped away entirely has no path at all.
    .flatMap((u) => {
      const d = path(u);
      const className = ['loc-unit', u.properties.focus && 'loc-focus', areas.has(u.properties.key) && 'loc-area'];
      return d ? [s('path', { class: className.filter(Boolean).join(' '), d }, [s('title', u.properties.name)])] : [];
    });
  // Labels of nearby points would overprint: from north to south, each moves down until it clears those already
  // placed, so the labels keep the points' order, and one moved off its point is tied to it by a leader line.
  const placed: { y: number; x: number }[] = [];
  const marks = places
    .filter((p) => !p.unitKey || !units.some((u) => u.properties.key === p.unitKey))
    .map((p) => ({ p, at: projection(swapAxes(p.coordinates))! }))
    .sort((a, b) => a.at[1] - b.at[1] || a.at[0] - b.at[0])
    .map(({ p, at: [x, y] }): Element => {
      const anchor = x > width * 0.7 ? 'end' : 'start';
      const dx = anchor === 'end' ? -9 : 9;
      let labelY = y + 4;
      while (placed.some((q) => Math.abs(q.y - labelY) < 15 && Math.abs(q.x - x) < 160)) labelY += 15;
      placed.push({ x, y: labelY });
      const moved = labelY - (y + 4) >= 8;
      return s('g', { class: 'loc-place' }, [
        ...(moved
          ? [
              s('line', {
                class: 'loc-leader',
                x1: x.toFixed(1),
                y1: y.toFixed(1),
                x2: (x + dx * 0.7).toFixed(1),
                y2: (labelY - 4).toFixed(1),
              }),
            ]
          : []),
        s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 5 }),
        s('text', { x: (x + dx).toFixed(1), y: labelY.toFixed(1), 'text-anchor': anchor }, p.label),
      ]);
    });
  const svg = svgImage({ width, height, title, className: 'locator-map' }, [
    s('rect', { class: 'loc-sea', width, height }),
    ...outlinePaths,
    ...unitPaths,
    ...marks,
  ]);
  // Empty elements close themselves, as hand-written SVG does: the markup stays as short as before.
  return toHtml(svg, { space: 'svg', closeEmptyElements: true, tightSelfClosing: true });
}
