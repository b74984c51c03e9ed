/** Performance budgets over the built site, in gzip-compressed bytes (src/config.ts BUDGETS). */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { BUDGETS } from '../../src/config.ts';

const dist = inject('siteDist');
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const fileAt = (url: string) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]!).replace(/^\//, ''));

/** A page's JavaScript: its scripts, inline and external, with every chunk they import, statically or dynamically. */
function scriptBytes(htmlPath: string): { total: number; files: string[] } {
  const doc = parse(readFileSync(join(dist, htmlPath), 'utf8'));
  let total = 0;
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(fileAt(url), 'utf8');
    total += gz(code);
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) visit(posix.join(posix.dirname(url), m[1]!));
  };
  for (const s of doc.querySelectorAll('script')) {
    const type = s.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = s.getAttribute('src');
    if (src) visit(src);
    else {
      total += gz(s.text);
      for (const m of s.text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) visit(m[1]!);
    }
  }
  return { total, files: [...seen] };
}

describe('performance budgets', () => {
  it(`timeline: at most ${BUDGETS.timelineJs} B of compressed JavaScript`, () => {
    const js = scriptBytes('index.html');
    expect(js.total).toBeGreaterThan(0);
    expect(js.total).toBeLessThanOrEqual(BUDGETS.timelineJs);
  });

  it(`event pages: at most ${BUDGETS.eventHtml} B of compressed HTML and ${BUDGETS.eventJs} B of compressed JavaScript`, () => {
    const pages = globSync('events/*/index.html', { cwd: dist });
    expect(pages.length).toBeGreaterThan(0);
    const over = pages
      .map((p) => ({ p, html: gz(readFileSync(join(dist, p))), js: scriptBytes(p).total }))
      .filter((r) => r.html > BUDGETS.eventHtml || r.js > BUDGETS.eventJs)
      .map((r) => `${r.p}: ${r.html} B HTML, ${r.js} B JS`);
    expect(over).toEqual([]);
  });

  it(`map: JavaScript plus the GeoJSON and data it loads at most ${BUDGETS.mapJsAndData} B compressed; Leaflet only on /map/`, () => {
    const js = scriptBytes('map/index.html');
    const el = parse(readFileSync(join(dist, 'map/index.html'), 'utf8')).querySelector('control-map')!;
    const data = ['data-units', 'data-outlines', 'data-corridors', 'data-control', 'data-events'].map((a) => {
      const path = fileAt(el.getAttribute(a)!);
      expect(existsSync(path), a).toBe(true);
      return gz(readFileSync(path));
    });
    const total = js.total + data.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(BUDGETS.mapJsAndData);
    const leafletChunks = (p: string) => scriptBytes(p).files.filter((f) => /leaflet/i.test(readFileSync(fileAt(f), 'utf8').slice(0, 5000)) || /leaflet/i.test(f));
    expect(leafletChunks('map/index.html').length).toBeGreaterThan(0);
    for (const p of ['index.html', 'events/2020-11-08-shusha-capture-announced/index.html', 'about/index.html', 'search/index.html']) expect(leafletChunks(p), p).toEqual([]);
  });

  it('loads nothing render-blocking from a third party, and every image has its size', () => {
    for (const p of globSync('**/*.html', { cwd: dist })) {
      const doc = parse(readFileSync(join(dist, p), 'utf8'));
      for (const el of doc.querySelectorAll('link[rel=stylesheet], script[src], img, iframe')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        expect(/^(https?:)?\/\//.test(ref), `${p}: ${el.tagName} ${ref}`).toBe(false);
      }
      for (const img of doc.querySelectorAll('img, svg.locator-map')) {
        expect(img.getAttribute('width') && img.getAttribute('height'), `${p}: ${img.tagName} without width and height`).toBeTruthy();
      }
    }
  });
});
