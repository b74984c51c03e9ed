/** Performance budgets over the built site, in gzip-compressed bytes (src/config.ts BUDGETS). */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { BUDGETS, PAGE_MAX_BYTES } from '../../src/config.ts';
import { timelineListPages } from '../helpers/timeline.ts';

const dist = inject('siteDist');
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const fileAt = (url: string) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]!).replace(/^\//, ''));

/** A page's JavaScript: its scripts, inline and external, with every chunk they import, statically and (unless `firstLoad`) dynamically. */
function scriptBytes(htmlPath: string, firstLoad = false): { total: number; files: string[] } {
  // A path in quotes or backticks, but not a template with a placeholder (Pagefind builds its own URL at run time).
  const importPattern = firstLoad
    ? /(?:import|from)\s*["'`]([^"'`$]+\.js)["'`]/g
    : /(?:import|from)\s*\(?\s*["'`]([^"'`$]+\.js)["'`]/g;
  const doc = parse(readFileSync(join(dist, htmlPath), 'utf8'));
  let total = 0;
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(fileAt(url), 'utf8');
    total += gz(code);
    for (const m of code.matchAll(importPattern)) visit(posix.join(posix.dirname(url), m[1]!));
  };
  for (const s of doc.querySelectorAll('script')) {
    const type = s.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = s.getAttribute('src');
    if (src) visit(src);
    else {
      total += gz(s.text);
      for (const m of s.text.matchAll(importPattern)) visit(m[1]!);
    }
  }
  return { total, files: [...seen] };
}

describe('performance budgets', () => {
  it(`front page: its HTML, stylesheets and scripts at most ${BUDGETS.homePage} B compressed, and all it loads first, the small maps included, at most ${BUDGETS.homeFirstLoad} B`, () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const doc = parse(html);
    const css = doc
      .querySelectorAll('link[rel=stylesheet]')
      .reduce((n, l) => n + gz(readFileSync(fileAt(l.getAttribute('href')!))), 0);
    const own = gz(html) + css + scriptBytes('index.html', true).total;
    expect(own).toBeLessThanOrEqual(BUDGETS.homePage);
    const images = doc
      .querySelectorAll('img')
      .reduce((n, i) => n + gz(readFileSync(fileAt(i.getAttribute('src')!))), 0);
    expect(images).toBeGreaterThan(0);
    expect(own + images).toBeLessThanOrEqual(BUDGETS.homeFirstLoad);
  });

  it(`timeline: at most ${BUDGETS.timelineJs} B of compressed JavaScript`, () => {
    const js = scriptBytes(`${timelineListPages(dist)[0]}index.html`);
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

  it(`map: its first load (HTML, stylesheets, scripts and the data it fetches) at most ${BUDGETS.mapPage} B compressed; Leaflet only on /map/`, () => {
    const html = readFileSync(join(dist, 'map/index.html'), 'utf8');
    const doc = parse(html);
    const css = doc
      .querySelectorAll('link[rel=stylesheet]')
      .map((l) => gz(readFileSync(fileAt(l.getAttribute('href')!))));
    const el = doc.querySelector('control-map')!;
    const data = ['data-outlines', 'data-control'].map((a) => {
      const path = fileAt(el.getAttribute(a)!);
      expect(existsSync(path), a).toBe(true);
      return gz(readFileSync(path));
    });
    const js = scriptBytes('map/index.html', true).total;
    const parts = { html: gz(html), css: css.reduce((a, b) => a + b, 0), js, data: data.reduce((a, b) => a + b, 0) };
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    expect(total, JSON.stringify(parts)).toBeLessThanOrEqual(BUDGETS.mapPage);
    // The events layer (its data and the cluster plugin) is not part of the first load.
    expect(scriptBytes('map/index.html').total).toBeGreaterThan(js);
    const leafletChunks = (p: string) =>
      scriptBytes(p).files.filter(
        (f) => /leaflet/i.test(readFileSync(fileAt(f), 'utf8').slice(0, 5000)) || /leaflet/i.test(f),
      );
    expect(leafletChunks('map/index.html').length).toBeGreaterThan(0);
    for (const p of [
      'index.html',
      'events/2020-11-08-shusha-capture-announced/index.html',
      'about/index.html',
      'search/index.html',
    ])
      expect(leafletChunks(p), p).toEqual([]);
  });

  it(`no page is over ${PAGE_MAX_BYTES / 1024} KB: every list pages`, () => {
    const pages = globSync('**/*.html', { cwd: dist }).map((p) => ({ p, bytes: statSync(join(dist, p)).size }));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((x) => x.bytes > PAGE_MAX_BYTES).map((x) => `${x.p}: ${x.bytes} B`)).toEqual([]);
  });

  it('loads nothing render-blocking from a third party, and every image has its size', () => {
    for (const p of globSync('**/*.html', { cwd: dist })) {
      const doc = parse(readFileSync(join(dist, p), 'utf8'));
      for (const el of doc.querySelectorAll('link[rel=stylesheet], script[src], img, iframe')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        expect(/^(https?:)?\/\//.test(ref), `${p}: ${el.tagName} ${ref}`).toBe(false);
      }
      for (const img of doc.querySelectorAll('img, svg.locator-map')) {
        expect(
          img.getAttribute('width') && img.getAttribute('height'),
          `${p}: ${img.tagName} without width and height`,
        ).toBeTruthy();
      }
    }
  });
});
