/**
 * <control-map>: the interactive map. Reads its data URLs and options from data-*
 * attributes, draws each settlement's ground coloured by its status on the chosen
 * day, the front line, the corridor and the events, and redraws when the date moves.
 * The date lives in the URL (?date=YYYY-MM-DD). Nothing from content is inserted as
 * HTML: tooltips, popups and icons are DOM nodes built with textContent.
 */
import L from 'leaflet';
// Linked by the element rather than the page: the page paints its text without waiting for the map's styles.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapClientData } from '../data/map.ts';
import type { EventFeatureProperties } from '../lib/geojson-export.ts';
import { feature } from 'topojson-client';
import { frontMesh, groupOutline, unitMesh } from '../lib/map-layers.ts';
import { stepAt, stepIndexAt } from '../lib/steps.ts';
import { linkStylesheet } from './stylesheet.ts';

/** Option defaults, overridden by the element's data-* attributes. */
const DEFAULTS = {
  playStepMs: 700,
  settlementLabelZoom: 10,
};
/** Options the page must set, from src/config.ts: the frame, the dates, the data. */
const REQUIRED = ['bounds', 'defaultDate', 'ceasefire', 'warStart', 'outlines', 'control', 'events'] as const;

function textNode(tag: string, text: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** Ends the current task: the map is drawn in a few short tasks, so a reader's input is never kept waiting long. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const polygonFeature = (rings: number[][][], properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: rings },
});
const asFeature = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry });

/** The frame in force on a day (the first frame before the record starts). */
const frameIndex = (frames: MapClientData['frames'], day: string) =>
  Math.max(
    0,
    stepIndexAt(frames, (f) => f.day, day),
  );
/** A cell's or a unit's step in force in a frame. */
const stepInFrame = <T extends readonly [number, ...unknown[]]>(steps: readonly T[], fi: number) =>
  stepAt(steps, (st) => st[0], fi);

class ControlMap extends HTMLElement {
  private data?: MapClientData;
  private cellLayers = new Map<string, L.Path>();
  private front?: L.GeoJSON;
  private corridor?: L.GeoJSON;
  private markers?: L.LayerGroup;
  private events?: FeatureCollection<Geometry, EventFeatureProperties>;
  private map?: L.Map;
  private timer: number | undefined;
  /** The frame shown now, read by tooltips when they open. */
  private frame = 0;

  async connectedCallback() {
    const missing = REQUIRED.filter((name) => !this.dataset[name]);
    if (missing.length) throw new Error(`<control-map> needs data-* attributes for ${missing.join(', ')}`);
    const o = { ...DEFAULTS, ...this.dataset } as typeof DEFAULTS &
      Record<(typeof REQUIRED)[number], string> &
      DOMStringMap;
    const canvas = this.querySelector<HTMLElement>('.map-canvas')!;
    const form = this.querySelector<HTMLFormElement>('.map-controls')!;
    const slider = form.querySelector<HTMLInputElement>('input[type=range]')!;
    const output = form.querySelector<HTMLOutputElement>('output')!;
    const play = form.querySelector<HTMLButtonElement>('button.map-play')!;
    const changes = this.querySelector<HTMLElement>('.map-changes')!;

    const [s, w, n, e] = o.bounds.split(',').map(Number) as [number, number, number, number];
    const loaded = Promise.all([getJson<FeatureCollection>(o.outlines), getJson<MapClientData>(o.control)]);
    await linkStylesheet(leafletCss);
    const map = L.map(canvas, { minZoom: 6, maxZoom: 13, zoomSnap: 0.25 });
    this.map = map;
    map.fitBounds([
      [s, w],
      [n, e],
    ]);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(
      'Boundaries: Natural Earth (public domain); settlements: GeoNames (CC BY 4.0) and cited pages',
    );
    if (o.tileUrl && o.tileAttribution) L.tileLayer(o.tileUrl, { attribution: o.tileAttribution }).addTo(map);

    const [outlines, data] = await loaded;
    this.data = data;
    data.topology.objects.cells.geometries.forEach((g, i) => {
      g.properties = { id: data.cells[i]!.id, unit: data.cells[i]!.unit };
    });

    L.geoJSON(outlines, { interactive: false, style: () => ({ className: 'outline' }) }).addTo(map);
    L.geoJSON(feature(data.topology, data.topology.objects.cells) as FeatureCollection, {
      style: () => ({ className: 'cell', stroke: false }),
      onEachFeature: (f, layer) => {
        const id = (f.properties as { id: string }).id;
        this.cellLayers.set(id, layer as L.Path);
        // Written when it opens, from the day shown then: moving the date rewrites no tooltip.
        (layer as L.Path).bindTooltip(() => this.cellTip(id), { sticky: true });
      },
    }).addTo(map);
    for (const [id, layer] of this.cellLayers) layer.getElement()?.setAttribute('data-cell', id);
    await nextTask();
    L.geoJSON(asFeature(unitMesh(data.topology)), {
      interactive: false,
      style: () => ({ className: 'unit-border' }),
    }).addTo(map);
    L.geoJSON(asFeature(groupOutline(data.topology, data.oblastUnits)), {
      interactive: false,
      style: () => ({ className: 'oblast' }),
    }).addTo(map);
    // Reference lines: the front on the eve of the war and at the ceasefire.
    for (const fi of [0, frameIndex(data.frames, o.ceasefire)]) {
      L.geoJSON(asFeature(frontMesh(data.topology, this.holderOn(fi))), {
        interactive: false,
        style: () => ({ className: 'front-ref' }),
      }).addTo(map);
    }
    await nextTask();
    for (const label of data.labels) {
      L.tooltip({ permanent: true, direction: 'center', className: `map-label ${label.kind}`, interactive: false })
        .setLatLng(L.latLng(label.at[0], label.at[1]))
        .setContent(textNode('span', label.text))
        .addTo(map);
    }
    // Settlement labels show only when zoomed in: they are made the first time they are needed, not on every load.
    let settlementLabels = false;
    const addSettlementLabels = () => {
      settlementLabels = true;
      for (const cell of data.cells) {
        if (!cell.at) continue;
        L.tooltip({ permanent: true, direction: 'center', className: 'map-label settlement', interactive: false })
          .setLatLng(L.latLng(cell.at[0], cell.at[1]))
          .setContent(textNode('span', cell.label))
          .addTo(map);
      }
    };
    const showZoom = () => {
      const near = map.getZoom() >= Number(o.settlementLabelZoom);
      if (near && !settlementLabels) addSettlementLabels();
      canvas.classList.toggle('show-settlements', near);
      // The settled zoom level, for whoever waits on the map (tests, scripts) instead of guessing a delay.
      this.dataset.zoom = String(map.getZoom());
    };
    map.on('zoomend', showZoom);
    showZoom();
    await nextTask();

    const query = new URLSearchParams(location.search);
    const at = query.get('at')?.split(',').map(Number);
    if (at && at.length === 2 && at.every(Number.isFinite)) map.setView([at[0]!, at[1]!], 10);
    const fromUrl = data.days.indexOf(query.get('date') ?? '');
    slider.max = String(data.days.length - 1);
    slider.value = String(fromUrl >= 0 ? fromUrl : Math.max(0, data.days.indexOf(o.defaultDate)));

    const update = (pushUrl: boolean) => {
      const day = data.days[Number(slider.value)]!;
      const words = data.dayTexts[Number(slider.value)]!;
      output.value = words;
      slider.setAttribute('aria-valuetext', words);
      this.redraw(day, words, changes, o);
      const range = (form.elements.namedItem('range') as RadioNodeList).value;
      // The events layer (its data and the cluster plugin) loads the first time a reader asks for it.
      if (range !== 'none' && !this.events)
        void this.loadEvents(o.events).then(() =>
          this.showEvents(Number(slider.value), (form.elements.namedItem('range') as RadioNodeList).value, o.warStart),
        );
      else this.showEvents(Number(slider.value), range, o.warStart);
      if (pushUrl) {
        const url = new URL(location.href);
        url.searchParams.set('date', day);
        history.replaceState(null, '', url);
      }
      this.dataset.date = day;
    };
    slider.addEventListener('input', () => update(true));
    form.addEventListener('change', () => update(true));
    form.addEventListener('submit', (ev) => ev.preventDefault());
    // Play steps through the days that changed the picture, from the chosen day on.
    play.addEventListener('click', () => {
      if (this.timer) return this.stop(play);
      play.textContent = 'Pause';
      play.setAttribute('aria-pressed', 'true');
      this.timer = window.setInterval(() => {
        const day = data.days[Number(slider.value)]!;
        const next = data.frames.find((f) => f.day > day);
        if (!next) return this.stop(play);
        slider.value = String(data.days.indexOf(next.day));
        update(true);
      }, Number(o.playStepMs));
    });
    update(false);
    this.dataset.ready = 'true';
  }

  /** A cell's tooltip on the day shown: the settlement, its status, and its unit's shares. */
  private cellTip(id: string): HTMLElement {
    const data = this.data!;
    const fi = this.frame;
    const tip = document.createElement('span');
    const cell = data.cells.find((c) => c.id === id);
    const step = cell && stepInFrame(cell.steps, fi);
    if (!cell || !step) return tip;
    tip.append(textNode('strong', cell.label), document.createElement('br'), document.createTextNode(step[2]));
    const unit = data.units.find((u) => u.key === cell.unit);
    const share = unit && stepInFrame(unit.shares, fi);
    if (share) {
      const [az, arm, pk] = data.shareLabels;
      tip.append(
        document.createElement('br'),
        document.createTextNode(
          `${unit.label}: ${az} ${share[1]}%, ${arm} ${share[2]}%${share[3] ? `, ${pk} ${share[3]}%` : ''}`,
        ),
      );
    }
    return tip;
  }

  /** Each cell's fill holder in a frame, by cell id: what the front line separates. */
  private holderOn(fi: number): (id: string) => string | null {
    const data = this.data!;
    const byId = new Map(data.cells.map((c) => [c.id, data.holders[stepInFrame(c.steps, fi)?.[1] ?? -1] ?? null]));
    return (id) => byId.get(id) ?? null;
  }

  private stop(play: HTMLButtonElement) {
    window.clearInterval(this.timer);
    this.timer = undefined;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }

  private redraw(day: string, words: string, changes: HTMLElement, o: { ceasefire: string } & DOMStringMap) {
    const data = this.data!;
    const fi = frameIndex(data.frames, day);
    this.frame = fi;
    for (const cell of data.cells) {
      const layer = this.cellLayers.get(cell.id);
      const step = stepInFrame(cell.steps, fi);
      const el = layer?.getElement();
      if (!layer || !el || !step) continue;
      const cls = data.classes[step[1]]!;
      el.setAttribute('class', `leaflet-interactive cell ${cls}`);
      el.setAttribute('data-status', cls);
      // Each area has an accessible name: the settlement and its status on the day.
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', `${cell.label}: ${step[2]}`);
      // An open tooltip follows the date as it moves.
      if (layer.isTooltipOpen()) layer.setTooltipContent(this.cellTip(cell.id));
    }
    const frame = data.frames[fi]!;
    this.front?.remove();
    this.front = L.geoJSON(asFeature(frontMesh(data.topology, this.holderOn(fi))), {
      interactive: false,
      style: () => ({
        className: `front${day >= o.ceasefire ? ' after-ceasefire' : ''}`,
      }),
    }).addTo(this.map!);
    this.corridor?.remove();
    if (data.corridor && data.corridor.from && data.corridor.from <= day) {
      this.corridor = L.geoJSON(polygonFeature(data.corridor.rings, {}) as Feature, {
        style: () => ({ className: 'corridor-area' }),
      }).addTo(this.map!);
      this.corridor.bindTooltip(textNode('span', data.corridor.label), { sticky: true });
    }
    const list = document.createElement('ul');
    const moved = frame.day === day ? frame.changes : [];
    for (const c of moved) {
      const li = document.createElement('li');
      const a = textNode('a', c.title) as HTMLAnchorElement;
      a.href = c.url;
      li.append(a);
      list.append(li);
    }
    changes.replaceChildren(
      textNode('h2', `What changed on ${words}`),
      moved.length ? list : textNode('p', 'No recorded change of control on this day.'),
    );
    const [first, last] = (o.dayRange ?? '').split(',');
    if (o.dayPages && first && last && day >= first && day <= last) {
      const link = textNode('a', `Both sides' reports and the events of ${words}`) as HTMLAnchorElement;
      link.href = `${o.dayPages}${day}/`;
      const p = document.createElement('p');
      p.append(link);
      changes.append(p);
    }
  }

  /** Markers outside the visible map take no focus, so Tab never lands on something the reader cannot see. */
  private syncMarkerFocus() {
    const box = this.map!.getContainer().getBoundingClientRect();
    // Markers and cluster badges alike: whatever lies outside the container is skipped by Tab.
    for (const el of this.map!.getPane('markerPane')?.querySelectorAll<HTMLElement>('.leaflet-marker-icon') ?? []) {
      const r = el.getBoundingClientRect();
      el.tabIndex = r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom ? 0 : -1;
    }
  }

  private loading?: Promise<void>;
  private loadEvents(url: string): Promise<void> {
    this.loading ??= (async () => {
      const events = await getJson<FeatureCollection<Geometry, EventFeatureProperties>>(url);
      (window as unknown as { L: typeof L }).L = L;
      await import('./map-clusters.ts');
      this.markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
      this.map!.addLayer(this.markers);
      // The cluster plugin adds, moves and animates markers at times of its own: whenever the pane's markers change
      // or finish moving, their focus is set again at the next frame, once they stand where the reader sees them.
      const pane = this.map!.getPane('markerPane')!;
      let queued = false;
      const resync = () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          this.syncMarkerFocus();
        });
      };
      new MutationObserver(resync).observe(pane, { childList: true });
      pane.addEventListener('transitionend', resync);
      this.map!.on('moveend zoomend', resync);
      this.markers.on('animationend', resync);
      this.events = events;
    })();
    return this.loading;
  }

  /** The events of the chosen range up to the slider's day (an index into `days`, which lists every calendar day). */
  private showEvents(index: number, range: string, warStart: string) {
    const markers = this.markers;
    if (!markers || !this.events) return;
    markers.clearLayers();
    if (range === 'none') {
      this.dataset.markers = '0';
      return;
    }
    const days = this.data!.days;
    const day = days[index]!;
    const from = range === 'all' ? warStart : range === 'week' ? days[Math.max(0, index - 6)]! : day;
    const shown = this.events.features.filter((f) => f.properties.day >= from && f.properties.day <= day);
    const layer = L.geoJSON(
      { type: 'FeatureCollection', features: shown } as FeatureCollection<Geometry, EventFeatureProperties>,
      {
        pointToLayer: (f: Feature<Geometry, EventFeatureProperties>, latlng) => {
          const p = f.properties;
          const marker = L.marker(latlng, {
            icon: L.divIcon({ className: 'event-marker', html: document.createElement('span'), iconSize: [24, 24] }),
            title: p.title,
            alt: p.title,
            keyboard: true,
          });
          const popup = document.createElement('div');
          const link = textNode('a', p.title) as HTMLAnchorElement;
          link.href = p.path;
          popup.append(textNode('p', p.dateText), link);
          // The popup's link is the next stop after its marker: focus moves into the popup when it opens and back when it closes.
          marker.on('popupopen', () => link.focus());
          marker.on('popupclose', () =>
            (marker.getElement() as HTMLElement | undefined)?.focus({ preventScroll: true }),
          );
          return marker.bindPopup(popup);
        },
      },
    );
    markers.addLayer(layer);
    this.syncMarkerFocus();
    this.dataset.markers = String(shown.length);
  }
}

customElements.define('control-map', ControlMap);
