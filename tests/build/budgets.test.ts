/** Performance budgets over the built site (src/config.ts BUDGETS): size-limit measures them (.size-limit.ts); this checks its globs name what the pages load. */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { init, parse as parseImports } from 'es-module-lexer';
import { parse } from 'node-html-parser';
import { BUDGETS, PAGE_MAX_BYTES } from '../../src/config.ts';
import { BUDGET_FILES } from '../../.size-limit.ts';
import { timelineListPages } from '../helpers/timeline.ts';

const dist = inject('siteDist');
await init();
/** A URL in a built file, as a path under dist (`from` is the referring file, also under dist). */
const local = (url: string, from: string) => decodeURIComponent(new URL(url, `file:///${from}`).pathname.slice(1));

/** What a built page loads, as paths under dist: its first load (itself, stylesheets, scripts with their static imports), every script it may load (dynamic imports too), its images and map data. */
function pageLoads(page: string) {
  const doc = parse(readFileSync(join(dist, page), 'utf8'));
  const firstScripts = new Set<string>();
  const scripts = new Set<string>();
  const follow = (code: string, from: string, first: boolean) => {
    // A dynamic import built from a template (Pagefind's, at run time) names no file of the build.
    for (const i of parseImports(code)[0]) {
      if (i.type === 'dynamic' && i.specifier && !i.glob) visit(local(i.specifier, from), false);
      else if (i.type === 'static' || i.type === 'reexport-star') visit(local(i.specifier, from), first);
    }
  };
  const visit = (file: string, first: boolean) => {
    if (first ? firstScripts.has(file) : scripts.has(file)) return;
    scripts.add(file);
    if (first) firstScripts.add(file);
    follow(readFileSync(join(dist, file), 'utf8'), file, first);
  };
  for (const s of doc.querySelectorAll('script[src], script[type=module]')) {
    const src = s.getAttribute('src');
    if (src) visit(local(src, page), true);
    else follow(s.text, page, true);
  }
  const attr = (selector: string, name: string) =>
    doc.querySelectorAll(selector).map((el) => local(el.getAttribute(name)!, page));
  // Stylesheets the page links, and those its first scripts link themselves (the map's Leaflet styles).
  const linked = [...firstScripts].flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/["'`]([^"'`$]+\.css)["'`]/g)]
      .map((m) => local(m[1]!, f))
      .filter((css) => existsSync(join(dist, css))),
  );
  const css = [...attr('link[rel=stylesheet]', 'href'), ...linked];
  const control = doc.querySelector('control-map');
  return {
    firstLoad: [page, ...css, ...firstScripts],
    firstScripts: [...firstScripts],
    scripts: [...scripts],
    images: attr('img', 'src'),
    mapData: control ? ['data-outlines', 'data-control'].map((a) => local(control.getAttribute(a)!, page)) : [],
  };
}
const sorted = (files: string[]) => [...new Set(files)].sort();

describe('performance budgets', () => {
  const eventPages = globSync('events/*/index.html', { cwd: dist });

  it('size-limit finds every budget kept: front page, its first load, timeline JS, each event page, map first load', () => {
    const bin = join(dirname(createRequire(import.meta.url).resolve('size-limit')), 'bin.js');
    const run = spawnSync(process.execPath, [bin, '--json'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, SIZE_LIMIT_DIST: dist },
      encoding: 'utf8',
    });
    const results = JSON.parse(run.stdout) as { name: string; passed: boolean; size: number; sizeLimit: number }[];
    expect(Array.isArray(results), run.stdout + run.stderr).toBe(true);
    expect(results.filter((r) => r.name.startsWith('event page HTML:')).length).toBe(eventPages.length);
    expect(results.length).toBe(Object.keys(BUDGETS).length - 1 + eventPages.length);
    const over = results.filter((r) => !r.passed || !(r.size > 0));
    expect(over.map((r) => `${r.name}: ${r.size} B, limit ${r.sizeLimit} B`)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('each budget names exactly what its pages load, so a new chunk cannot escape it; Leaflet only on /map/', () => {
    expect(eventPages.length).toBeGreaterThan(0);
    const home = pageLoads('index.html');
    const map = pageLoads('map/index.html');
    expect(home.images.length).toBeGreaterThan(0);
    const cases: [keyof typeof BUDGETS, string, string[]][] = [
      ['homePage', 'index.html', home.firstLoad],
      ['homeFirstLoad', 'index.html', [...home.firstLoad, ...home.images]],
      ['mapPage', 'map/index.html', [...map.firstLoad, ...map.mapData]],
      ...timelineListPages(dist).map((p): [keyof typeof BUDGETS, string, string[]] => [
        'timelineJs',
        p,
        pageLoads(`${p}index.html`).scripts,
      ]),
      ...eventPages.map((p): [keyof typeof BUDGETS, string, string[]] => ['eventJs', p, pageLoads(p).scripts]),
    ];
    for (const [key, page, files] of cases)
      expect(sorted(globSync(BUDGET_FILES[key], { cwd: dist })), `${key} on ${page}`).toEqual(sorted(files));
    expect(sorted(globSync(BUDGET_FILES.eventHtml, { cwd: dist }))).toEqual(sorted(eventPages));
    // The events layer (its data and the cluster plugin) loads on demand, outside the first load.
    expect(map.scripts.length).toBeGreaterThan(map.firstScripts.length);
    const leaflet = (page: string) =>
      pageLoads(page).scripts.filter(
        (f) => /leaflet/i.test(f) || /leaflet/i.test(readFileSync(join(dist, f), 'utf8').slice(0, 5000)),
      );
    expect(leaflet('map/index.html').length).toBeGreaterThan(0);
    for (const p of ['index.html', `${eventPages[0]}`, 'about/index.html', 'search/index.html'])
      expect(leaflet(p), p).toEqual([]);
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
