/**
 * Static control maps drawn at build time: the same areas, front line and corridor as
 * the interactive map, built as a hast tree (text is escaped by construction), so that
 * readers without JavaScript, printers and the home page see the same picture.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { s } from 'hastscript';
import type { Element } from 'hast';
import type { Feature, Geometry, Position } from 'geojson';
import { swapAxes, type LatLng } from './geo.ts';

export interface SvgFrame {
  width: number;
  height: number;
  bounds: [[number, number], [number, number]];
}

/** A Mercator projection fitting a [[south, west], [north, east]] frame into width × height less a margin, clipped to the picture. */
export function fittedMercator({ width, height, bounds }: SvgFrame, margin = 2) {
  const [[south, west], [north, east]] = bounds;
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    // Clockwise ring: d3-geo reads rings as spherical polygons.
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west, north],
          [east, north],
          [east, south],
          [west, south],
        ],
      ],
    },
  };
  return geoMercator()
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** A projection fitted to a [[south, west], [north, east]] frame, and a path generator rounded to `digits` decimals of a pixel. */
export function svgProjection(frame: SvgFrame, digits = 1) {
  const projection = fittedMercator(frame);
  const path = geoPath(projection).digits(digits);
  return {
    d: (geometry: Geometry) => path({ type: 'Feature', properties: {}, geometry: rewindForSphere(geometry) }) ?? '',
    line: (lines: Position[][]) =>
      lines.length
        ? (path({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }) ?? '')
        : '',
    point: (latLng: LatLng) => projection(swapAxes(latLng)) ?? [0, 0],
  };
}

/** Twice the signed planar area of a ring: positive when it runs counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}

/**
 * d3-geo reads rings on the sphere: an outer ring must run clockwise or it stands for the whole
 * globe outside it. GeoJSON (and the merged areas) run outer rings counter-clockwise, so flip them.
 */
export function rewindForSphere(geometry: Geometry): Geometry {
  const fix = (rings: Position[][]) =>
    rings.map((ring, i) => ((i === 0) === signedArea(ring) > 0 ? [...ring].reverse() : ring));
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

/** The class a static area takes from its dissolve key ("holder|basis" or "none"). */
export function areaClass(key: string): string {
  const [holder, basis] = key.split('|');
  return holder === 'none' ? 'h-none' : `h-${holder} b-${basis}`;
}

export interface PatternColours {
  azerbaijan: string;
  'armenian-forces': string;
  paper: string;
}

/** The fills for claimed (hatched), disputed (cross-hatched) and agreed (dotted) ground: one set of ids per document. */
export function patternDefs(colours: PatternColours): Element {
  const holders = ['azerbaijan', 'armenian-forces'] as const;
  return s(
    'defs',
    holders.flatMap((h) => [
      s(
        'pattern',
        { id: `pat-${h}-claimed`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        [
          s('rect', { width: 8, height: 8, fill: colours.paper }),
          s('rect', { width: 4.5, height: 8, fill: colours[h] }),
        ],
      ),
      s(
        'pattern',
        {
          id: `pat-${h}-disputed`,
          width: 8,
          height: 8,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        [
          s('rect', { width: 8, height: 8, fill: colours.paper }),
          s('rect', { width: 4, height: 8, fill: colours[h] }),
          s('rect', { width: 8, height: 2, fill: colours[h] }),
        ],
      ),
      s('pattern', { id: `pat-${h}-agreed`, width: 7, height: 7, patternUnits: 'userSpaceOnUse' }, [
        s('rect', { width: 7, height: 7, fill: colours[h] }),
        s('circle', { cx: 3.5, cy: 3.5, r: 1.2, fill: colours.paper }),
      ]),
    ]),
  );
}

export interface StaticMapInput {
  frame: SvgFrame;
  title: string;
  countries: Geometry[];
  areas: { key: string; geometry: Geometry }[];
  borders: Geometry[];
  oblast: Geometry;
  front: Position[][];
  afterCeasefire: boolean;
  corridor?: Geometry | undefined;
  labels: { text: string; at: LatLng }[];
  mark?: { text: string; at: LatLng } | undefined;
  /** Self-contained files carry their own fills and styles; inline maps use the page's. */
  standalone?: { colours: PatternColours & { none: string; peacekeepers: string }; css: string } | undefined;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const boxesOverlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box a mark covers: its dot (radius r) and the label plate to its right. */
function markPlate([x, y]: [number, number], text: string, small: boolean): Box {
  const r = small ? 4 : 7;
  // The plate starts 8 px right of the point and is 8 px a character plus 6 wide (as drawn below).
  return { x: x - r, y: Math.min(y - r, y - 10), width: r + 8 + text.length * 8 + 6, height: Math.max(r, 10) + 8 };
}

/** A whole static map as an <svg> element. */
export function staticMapSvg(input: StaticMapInput): Element {
  const { width, height } = input.frame;
  const small = width < 400;
  const p = svgProjection(input.frame, small ? 0 : 1);
  const path = (className: string, d: string) => s('path', { class: className, d });
  const children: Element[] = [];
  if (input.standalone) children.push(patternDefs(input.standalone.colours), s('style', input.standalone.css));
  children.push(s('rect', { class: 'svg-sea', width, height }));
  for (const g of input.countries) {
    const d = p.d(g);
    if (d) children.push(path('svg-country', d));
  }
  for (const a of input.areas) {
    const d = p.d(a.geometry);
    if (d) children.push(path(`svg-area ${areaClass(a.key)}`, d));
  }
  for (const g of input.borders) {
    const d = p.d(g);
    if (d) children.push(path('svg-border', d));
  }
  children.push(path('svg-oblast', p.d(input.oblast)));
  if (input.corridor) children.push(path('svg-corridor', p.d(input.corridor)));
  const front = p.line(input.front);
  if (front) children.push(path(`svg-front${input.afterCeasefire ? ' after-ceasefire' : ''}`, front));
  // The marked place's dot and plate, which no unit label may cover (on a town's page its district's label sat under it).
  const markBox = input.mark && markPlate(p.point(input.mark.at), input.mark.text, small);
  for (const l of input.labels) {
    const [x, y] = p.point(l.at);
    // A white plate under each label: legible on any fill, and a background contrast checkers can measure.
    const w = l.text.length * 7 + 6;
    if (markBox && boxesOverlap(markBox, { x: x - w / 2, y: y - 11, width: w, height: 15 })) continue;
    children.push(
      s('rect', {
        class: 'svg-label-plate',
        x: (x - w / 2).toFixed(1),
        y: (y - 11).toFixed(1),
        width: w,
        height: 15,
        rx: 2,
      }),
    );
    children.push(s('text', { class: 'svg-label', x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': 'middle' }, l.text));
  }
  if (input.mark) {
    const [x, y] = p.point(input.mark.at);
    const w = input.mark.text.length * 8 + 6;
    children.push(
      s('g', { class: 'svg-mark' }, [
        s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: small ? 4 : 7 }),
        s('rect', {
          class: 'svg-label-plate',
          x: (x + 8).toFixed(1),
          y: (y - 10).toFixed(1),
          width: w,
          height: 18,
          rx: 2,
        }),
        s('text', { x: (x + 11).toFixed(1), y: (y + 4).toFixed(1) }, input.mark.text),
      ]),
    );
  }
  return svgImage({ width, height, title: input.title }, children);
}

/** An <svg> that is one image to assistive technology, named by its title. */
export function svgImage(
  { width, height, title, className }: { width: number; height: number; title: string; className?: string },
  children: Element[],
): Element {
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': title,
      ...(className ? { class: className } : {}),
    },
    children,
  );
}

/** The styles a standalone map file carries (the site-wide map.css does the same for inline maps). */
export function standaloneCss(c: PatternColours & { none: string; peacekeepers: string }): string {
  return [
    `.svg-sea{fill:#dfe6ec}.svg-country{fill:#f4f1ea;stroke:#8b8b8b;stroke-width:1}.svg-area{stroke:none}`,
    `.h-azerbaijan.b-confirmed{fill:${c.azerbaijan}}.h-armenian-forces.b-confirmed{fill:${c['armenian-forces']}}.h-none{fill:${c.none}}`,
    ...(['azerbaijan', 'armenian-forces'] as const).flatMap((h) =>
      (['claimed', 'disputed', 'agreed'] as const).map((b) => `.h-${h}.b-${b}{fill:url(#pat-${h}-${b})}`),
    ),
    `.svg-border{fill:none;stroke:#fff;stroke-width:1}.svg-oblast{fill:none;stroke:#111;stroke-width:1.2;stroke-dasharray:5 3}`,
    `.svg-corridor{fill:${c.peacekeepers};stroke:#111;stroke-width:1}.svg-front{fill:none;stroke:#111;stroke-width:3;stroke-linejoin:round}.svg-front.after-ceasefire{stroke-dasharray:8 3}`,
    `.svg-label-plate{fill:#fff;fill-opacity:.9}.svg-label{font:700 12px sans-serif;fill:#111}.svg-mark circle{fill:#fff;stroke:#111;stroke-width:3}.svg-mark text{font:700 13px sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px}`,
  ].join('');
}
