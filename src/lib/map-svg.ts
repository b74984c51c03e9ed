/**
 * Static control maps drawn at build time: the same areas, front line and corridor as
 * the interactive map, as SVG path data in a fixed frame, so that readers without
 * JavaScript, printers and the home page see the same picture.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { swapAxes, type LatLng } from './geo.ts';

export interface SvgFrame { width: number; height: number; bounds: [[number, number], [number, number]] }

/** A projection fitted to a [[south, west], [north, east]] frame, and a path generator rounded to 0.1 px. */
export function svgProjection({ width, height, bounds }: SvgFrame) {
  const [[south, west], [north, east]] = bounds;
  const frame: Feature<Polygon> = {
    type: 'Feature', properties: {},
    // Clockwise ring: d3-geo reads rings as spherical polygons.
    geometry: { type: 'Polygon', coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
  };
  const projection = geoMercator().fitExtent([[2, 2], [width - 2, height - 2]], frame).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  return {
    d: (geometry: Geometry) => path({ type: 'Feature', properties: {}, geometry }) ?? '',
    line: (lines: Position[][]) => path({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }) ?? '',
    point: (latLng: LatLng) => projection(swapAxes(latLng)) ?? [0, 0],
  };
}

/** The class a static area takes from its dissolve key ("holder|basis" or "none"). */
export function areaClass(key: string): string {
  const [holder, basis] = key.split('|');
  return holder === 'none' ? 'h-none' : `h-${holder} b-${basis}`;
}

export type AreaShape = Polygon | MultiPolygon;
