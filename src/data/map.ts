/** What the map pages, the static maps and the control exports need, computed once from the content and the geometry. */
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import * as clip from 'polyclip-ts';
import { siteData, href, paths } from './index.ts';
import { adminUnits } from './geo.ts';
import { buildControlModel, percentages, CHART_KEYS, type ChartKey } from '../lib/control-model.ts';
import { shareChartSvg } from '../lib/share-chart.ts';
import type { AreaUnit } from '../lib/control-areas.ts';
import { intervalsOf, isSettlement } from '../lib/control.ts';
import { viewClass, statusText, SHARE_LABELS } from '../lib/map-view.ts';
import { formatDate, formatDayShort, shiftDay } from '../lib/dates.ts';
import { quantize, swapAxes } from '../lib/geo.ts';
import { HOLDER_LABELS, MAP, MAP_COLOURS } from '../config.ts';
import { toHtml } from 'hast-util-to-html';
import { staticMapSvg, standaloneCss } from '../lib/map-svg.ts';
import { sumShares } from '../lib/control-areas.ts';
import { outlinesCollection } from './geo.ts';
import { placeLabel } from '../lib/names.ts';
import { HOLDERS } from '../lib/schema.ts';
import type { ControlExport } from '../lib/control-export.ts';
import type { CellTopology } from '../lib/map-layers.ts';

export interface MapClientData {
  days: string[];
  /** Each of `days` in words, as the site writes dates. */
  dayTexts: string[];
  /** What a unit's share of ground is called for each holder, in the order of the units' `shares`. */
  shareLabels: [az: string, arm: string, pk: string];
  /** The settlement cells as one topology (src/lib/map-layers.ts draws borders and the front from it). */
  topology: CellTopology;
  /** Class names of cell views and the fill holder of each, referred to by index. */
  classes: string[];
  holders: (string | null)[];
  /** One entry per cell, in the topology's order (which ships without properties): its id, unit, label, the settlement's [lat, lng] and, per frame, its class and text. */
  cells: {
    id: string;
    label: string;
    unit: string;
    at: [number, number] | null;
    steps: [frame: number, cls: number, text: string][];
  }[];
  /** The days the picture changes and the events that moved it. */
  frames: { day: string; changes: { title: string; url: string }[] }[];
  /** Units that made up the former oblast. */
  oblastUnits: string[];
  corridor: { from: string | null; label: string; rings: number[][][] } | null;
  units: { key: string; label: string; shares: [frame: number, az: number, arm: number, pk: number][] }[];
  labels: { text: string; at: [number, number]; kind: 'district' | 'country' }[];
}

function zoneUnits(): AreaUnit[] {
  const all = adminUnits();
  const wanted = new Set<string>(MAP.areaUnits);
  return all
    .filter((u) => wanted.has(u.properties.key))
    .map((u) => {
      const merged = all.filter((m) => MAP.mergedUnits[m.properties.key] === u.properties.key);
      if (!merged.length) return { key: u.properties.key, geometry: u.geometry };
      const geom = (g: Polygon | MultiPolygon) =>
        (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as [number, number][][][];
      const union = clip.union(geom(u.geometry), ...merged.map((m) => geom(m.geometry)));
      return { key: u.properties.key, geometry: { type: 'MultiPolygon', coordinates: union } as MultiPolygon };
    });
}

async function build() {
  const { events, places, placeById } = await siteData();
  const areaUnits = zoneUnits();
  const corridorPlace = places.find((p) => p.kind === 'corridor' && !p.data.schematic && p.data.line && p.data.widthKm);
  const model = buildControlModel({
    places: places.map((p) => ({
      id: p.id,
      kind: p.kind,
      country: p.country,
      district: p.district,
      coordinates: p.coordinates,
      geometryKey: p.geometryKey,
    })),
    events: events.map((e) => ({
      id: e.id,
      day: e.day,
      control: e.control.map((c) => ({ place: c.place.id, holder: c.holder, basis: c.basis })),
    })),
    units: areaUnits,
    ...(corridorPlace
      ? {
          corridor: {
            id: corridorPlace.id,
            widthKm: corridorPlace.data.widthKm!,
            line: { type: 'LineString', coordinates: corridorPlace.data.line!.map((pt) => swapAxes(pt)) } as LineString,
          },
        }
      : {}),
    start: MAP.start,
    end: MAP.end,
  });
  const unitLabel = (key: string) => places.find((p) => p.geometryKey === key)?.label ?? key;
  const classes: string[] = [];
  const holders: (string | null)[] = [];
  const classIndex = (c: string, holder: string | null) =>
    classes.includes(c) ? classes.indexOf(c) : (holders.push(holder), classes.push(c) - 1);

  // Which events moved the line on each frame day, for the "what changed" panel.
  const changesOn = (day: string) =>
    events
      .filter((e) => e.day === day && e.control.length)
      .map((e) => ({ title: e.title, url: href(paths.event(e.id)) }));

  const frames = model.frameDays.map((day) => ({ day, changes: changesOn(day) }));
  const cells: MapClientData['cells'] = model.cells.map((cell) => {
    const place = placeById.get(cell.id);
    const steps: MapClientData['cells'][number]['steps'] = [];
    model.frameDays.forEach((day, i) => {
      const view = model.viewsOn(day).get(cell.id)!;
      const cls = classIndex(viewClass(view.holder, view.basis), view.holder);
      const text = statusText(view.status, day);
      const last = steps.at(-1);
      if (!last || last[1] !== cls || last[2] !== text) steps.push([i, cls, text]);
    });
    return {
      id: cell.id,
      label: place ? place.label : `${unitLabel(cell.unit)} (no settlement recorded)`,
      unit: cell.unit,
      at: place ? place.coordinates : null,
      steps,
    };
  });
  const units: MapClientData['units'] = MAP.areaUnits.map((key) => {
    const shares: MapClientData['units'][number]['shares'] = [];
    model.frameDays.forEach((day, i) => {
      const s = model.sharesOn(day).get(key);
      if (!s) return;
      const p = percentages(s);
      const last = shares.at(-1);
      if (!last || last[1] !== p.azerbaijan || last[2] !== p['armenian-forces'] || last[3] !== p.peacekeepers)
        shares.push([i, p.azerbaijan, p['armenian-forces'], p.peacekeepers]);
    });
    return { key, label: unitLabel(key), shares };
  });
  const corridorStatusSteps = corridorPlace ? model.history.get(corridorPlace.id) : undefined;
  const formerOblast = model.groupOutline(MAP.formerOblast);
  const labels: MapClientData['labels'] = [
    ...MAP.areaUnits.flatMap((key) => {
      const place =
        places.find((p) => p.geometryKey === key && p.kind === 'district') ?? places.find((p) => p.geometryKey === key);
      return place
        ? [
            {
              text: placeLabel({ en: place.names.en.replace(/ District$/, ''), alt: place.names.alt }),
              at: place.coordinates,
              kind: 'district' as const,
            },
          ]
        : [];
    }),
    ...MAP.countryLabels.map((c) => ({ text: c.text, at: c.at, kind: 'country' as const })),
  ];
  const client: MapClientData = {
    days: model.days,
    dayTexts: model.days.map((day) => formatDate(day)),
    shareLabels: [SHARE_LABELS.azerbaijan, SHARE_LABELS['armenian-forces'], SHARE_LABELS.peacekeepers],
    // Cell properties travel in `cells`; the browser puts them back on the geometries.
    topology: {
      ...model.topology,
      objects: {
        cells: {
          ...model.topology.objects.cells,
          geometries: model.topology.objects.cells.geometries.map(({ properties: _p, ...g }) => g),
        },
      },
    } as CellTopology,
    classes,
    holders,
    cells,
    frames,
    corridor:
      model.corridor && corridorPlace
        ? {
            from: corridorStatusSteps?.[0]?.day ?? null,
            label: corridorPlace.label,
            rings: model.corridor.coordinates.flat().map((r) => quantize(r)),
          }
        : null,
    units,
    oblastUnits: [...MAP.formerOblast],
    labels,
  };

  /** Each district's shares at the key dates, for the text table. */
  const shareTable = {
    dates: MAP.storyDates.map((d) => ({ day: d, text: formatDate(d), short: formatDayShort(d) })),
    rows: MAP.areaUnits.map((key) => ({
      key,
      label: unitLabel(key),
      place: places.find((p) => p.geometryKey === key),
      cells: MAP.storyDates.map((day) => {
        const s = model.sharesOn(day).get(key);
        return s
          ? { km2: Math.round(s.azerbaijan + s['armenian-forces'] + s.peacekeepers + s.none), ...percentages(s) }
          : null;
      }),
    })),
  };

  /** Every settlement and district with its intervals: /control.json and /control.csv. */
  const previousDay = (day: string) => shiftDay(day, -1);
  const exportEntry = (r: (typeof places)[number]) => ({
    id: r.id,
    names: r.names,
    kind: r.kind,
    lat: r.coordinates[0],
    lon: r.coordinates[1],
    district: r.district ?? null,
    intervals: intervalsOf(model.history.get(r.id) ?? [], previousDay),
  });
  const exportPlaces = [
    ...model.settlements.map((p) => exportEntry(placeById.get(p.id)!)),
    // A corridor no event has named (synthetic content) has no intervals to export.
    ...(corridorPlace && model.history.has(corridorPlace.id) ? [exportEntry(corridorPlace)] : []),
  ];
  // A district's intervals follow its shares: one holder where it had all the ground, "divided" otherwise.
  const districtPlaces = MAP.areaUnits.flatMap((key) => {
    const place = places.find((p) => p.geometryKey === key);
    // Khankendi is a city and a unit of its own: its entry is the settlement's.
    if (!place || isSettlement(place)) return [];
    const intervals: ControlExport['places'][number]['intervals'] = [];
    model.frameDays.forEach((day, i) => {
      const pct = percentages(model.sharesOn(day).get(key)!);
      const whole = HOLDERS.find((h) => pct[h] === 100);
      const entry = {
        from: i === 0 ? null : day,
        to: null,
        holder: whole ?? ('divided' as const),
        basis: null,
        event: null,
        shares: {
          azerbaijan: pct.azerbaijan,
          'armenian-forces': pct['armenian-forces'],
          peacekeepers: pct.peacekeepers,
        },
      };
      const last = intervals.at(-1);
      if (last && JSON.stringify(last.shares) === JSON.stringify(entry.shares)) return;
      if (last) last.to = previousDay(day);
      intervals.push(entry);
    });
    return [
      {
        id: place.id,
        names: place.names,
        kind: place.kind,
        lat: place.coordinates[0],
        lon: place.coordinates[1],
        district: place.district ?? null,
        intervals,
      },
    ];
  });
  const controlExport: ControlExport = { version: 1, places: [...exportPlaces, ...districtPlaces] };

  return { model, client, shareTable, controlExport, unitLabel, areaUnits, formerOblast };
}

let cache: ReturnType<typeof build> | undefined;
export function mapData() {
  cache ??= build();
  return cache;
}

const memo = new Map<string, Promise<unknown>>();
/** Pages and endpoints ask for the same pictures (a map's title for an <img>, its file for the endpoint): each is drawn once per build. */
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as Promise<T>;
}

/** A static map of one day, for inline use (page styles) or as a standalone file (its own fills and styles). */
export function staticMap(
  day: string,
  options: { size: 'small' | 'large'; highlight?: string | undefined; standalone?: boolean },
) {
  return once(`map|${day}|${options.size}|${options.highlight ?? ''}|${options.standalone ? 1 : 0}`, () =>
    drawStaticMap(day, options),
  );
}

async function drawStaticMap(
  day: string,
  options: { size: 'small' | 'large'; highlight?: string | undefined; standalone?: boolean },
) {
  const { model, areaUnits, formerOblast, unitLabel } = await mapData();
  const { placeById } = await siteData();
  const [width, height] = options.size === 'small' ? [240, 250] : [640, 660];
  const seven = percentages(sumShares(MAP.sevenDistricts.flatMap((k) => model.sharesOn(day).get(k) ?? [])));
  const mark = options.highlight ? placeById.get(options.highlight) : undefined;
  const title = `Control on ${formatDate(day)}: of the seven districts around the former oblast, ${HOLDER_LABELS.azerbaijan} held ${seven.azerbaijan}% of the ground and ${HOLDER_LABELS['armenian-forces']} ${seven['armenian-forces']}%${seven.peacekeepers ? `, the ${SHARE_LABELS.peacekeepers} ${seven.peacekeepers}%` : ''}${mark ? `; ${mark.label} is marked` : ''}.`;
  const districtPlace = (key: string) =>
    [...placeById.values()].find((p) => p.geometryKey === key && p.kind === 'district') ??
    [...placeById.values()].find((p) => p.geometryKey === key);
  const svg = staticMapSvg({
    frame: { width, height, bounds: MAP.bounds },
    title,
    countries: outlinesCollection().features.map((f) => f.geometry),
    areas: [...model.viewAreasOn(day)].map(([key, geometry]) => ({ key, geometry })),
    borders: [model.unitBorders()],
    oblast: formerOblast,
    front: model.frontOn(day),
    afterCeasefire: day >= MAP.ceasefireDay,
    corridor: model.corridorOn(day)?.holder === 'peacekeepers' ? model.corridor : undefined,
    labels:
      options.size === 'large'
        ? areaUnits.flatMap((u) => {
            const p = districtPlace(u.key);
            return p ? [{ text: unitLabel(u.key).replace(/ District(?= |$)/, ''), at: p.coordinates }] : [];
          })
        : [],
    mark: mark ? { text: mark.label, at: mark.coordinates } : undefined,
    standalone: options.standalone ? { colours: MAP_COLOURS, css: standaloneCss(MAP_COLOURS) } : undefined,
  });
  return { svg, title, html: toHtml(svg, { space: 'svg' }) };
}

/** The share chart of a group of units as a standalone SVG file (its own fills and styles), and its summary in words. */
export function shareChart(units: readonly string[], title: string) {
  return once(`chart|${units.join(',')}|${title}`, () => drawShareChart(units, title));
}

async function drawShareChart(units: readonly string[], title: string) {
  const { model } = await mapData();
  const BANDS: Record<ChartKey, { className: string; label: string }> = {
    'az-firm': { className: 'h-azerbaijan b-confirmed', label: `${HOLDER_LABELS.azerbaijan}: confirmed or agreed` },
    'az-claimed': {
      className: 'h-azerbaijan b-claimed',
      label: `${HOLDER_LABELS.azerbaijan}: claimed, not confirmed or denied`,
    },
    corridor: { className: 'h-corridor', label: 'Lachin corridor, under the peacekeepers' },
    'arm-claimed': {
      className: 'h-armenian-forces b-claimed',
      label: `${HOLDER_LABELS['armenian-forces']}: claimed, not confirmed or denied`,
    },
    'arm-firm': {
      className: 'h-armenian-forces b-confirmed',
      label: `${HOLDER_LABELS['armenian-forces']}: confirmed or agreed`,
    },
    none: { className: 'h-none', label: 'no settlement recorded' },
  };
  const values = model.days.map((day) => model.chartSharesOn(day, units));
  const last = values.at(-1)!;
  const total = Object.values(last).reduce((a, b) => a + b, 0) || 1;
  const pct = (v: number) => Math.round((v / total) * 100);
  const summary = `${title}, ${formatDate(MAP.start)} to ${formatDate(MAP.end)}: on ${formatDate(MAP.end)} ${HOLDER_LABELS.azerbaijan} held ${pct(last['az-firm'])}% confirmed or agreed and ${pct(last['az-claimed'])}% claimed, ${HOLDER_LABELS['armenian-forces']} ${pct(last['arm-firm'] + last['arm-claimed'])}%, the corridor ${pct(last.corridor)}%.`;
  const svg = shareChartSvg({
    title: summary,
    days: model.days,
    values,
    bands: CHART_KEYS.map((key) => ({ key, ...BANDS[key] })),
    ticks: MAP.storyDates.map((day) => ({
      day,
      label: formatDate(day)
        .replace(/ 2020$/, '')
        .replace(/ (\w{3})\w*$/, ' $1'),
    })),
    standalone: { colours: MAP_COLOURS, css: standaloneCss(MAP_COLOURS) },
  });
  return { summary, svg: toHtml(svg, { space: 'svg' }) };
}
