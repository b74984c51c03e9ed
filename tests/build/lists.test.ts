/** Actor, place and source pages and the sources index of the real build: grouped, counted, paged, and complete. */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import yaml from 'js-yaml';
import { contentIds, ROOT } from '../helpers/build.ts';
import { LIST_PAGE_SIZE } from '../../src/config.ts';

const outDir = inject('siteDist');
const page = (path: string) => parse(readFileSync(join(outDir, path.replace(/^\//, ''), 'index.html'), 'utf8'));
/** A list's pages, following its pager from the first page. */
function listPages(first: string): HTMLElement[] {
  const pages = [page(first)];
  for (let next = pages[0]!.querySelector('.list-pager a[rel=next]'); next;) {
    const doc = page(next.getAttribute('href')!);
    pages.push(doc);
    next = doc.querySelector('.list-pager a[rel=next]');
  }
  return pages;
}

describe('an actor page', () => {
  const actors = contentIds('actors');
  const busiest = actors
    .map((id) => ({ id, count: Number(/\((\d+)\)/.exec(page(`actors/${id}/`).querySelector('#events')!.text)![1]) }))
    .sort((a, b) => b.count - a.count)[0]!;

  it('counts its events by phase and year, and every count matches the cards and links to where they are', () => {
    expect(busiest.count).toBeGreaterThan(10);
    const pages = listPages(`actors/${busiest.id}/`);
    const cards = pages.flatMap((p) => p.querySelectorAll('li.event-card'));
    expect(cards).toHaveLength(busiest.count);
    expect(new Set(cards.map((c) => c.id)).size).toBe(busiest.count);
    const summary = pages[0]!.querySelectorAll('nav.phase-years li');
    expect(summary.length).toBeGreaterThan(1);
    let summed = 0;
    for (const year of pages[0]!.querySelectorAll('nav.phase-years a')) {
      const count = Number(/^\s*\((\d+)\)/.exec(year.nextSibling!.text)![1]);
      summed += count;
      const [path, anchor] = year.getAttribute('href')!.split('#');
      const holder = path ? page(path) : pages[0]!;
      const group = holder.querySelector(`section.phase-year[aria-labelledby="${anchor}"]`);
      expect(group, `${busiest.id}: #${anchor}`).not.toBeNull();
      expect(group!.querySelector('h3')!.text).toContain(`${year.text} — `);
      expect(group!.querySelector('h3 .count')!.text).toContain(`${count} event`);
    }
    expect(summed).toBe(busiest.count);
  });

  it(`holds at most ${LIST_PAGE_SIZE} cards a page, and only its first page goes into the search index`, () => {
    for (const id of actors) {
      const pages = listPages(`actors/${id}/`);
      pages.forEach((p, i) => {
        expect(p.querySelectorAll('li.event-card').length, `${id} page ${i + 1}`).toBeLessThanOrEqual(LIST_PAGE_SIZE);
        expect(p.querySelector('main')!.hasAttribute('data-pagefind-body'), `${id} page ${i + 1}`).toBe(i === 0);
      });
      // The cards repeat the event pages' text: search finds the events there.
      for (const list of pages[0]!.querySelectorAll('ol.events'))
        expect(list.hasAttribute('data-pagefind-ignore'), id).toBe(true);
    }
  });
});

describe('a place page', () => {
  it('draws the control map with the place marked, and links to the interactive map centred on it', () => {
    const place = yaml.load(readFileSync(join(ROOT, 'content/places/shusha.yaml'), 'utf8')) as {
      coordinates: [number, number];
    };
    const doc = page('places/shusha/');
    const map = doc.querySelector('section[aria-labelledby="place-map"]')!;
    expect(map.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toMatch(/Shusha.* is marked\.$/);
    expect(map.querySelector('.svg-mark text')!.text).toContain('Shusha');
    // No unit label lies under the marked place's plate (Shusha District's label did).
    const box = (r: HTMLElement) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)));
    const [mx, my, mw, mh] = box(map.querySelector('.svg-mark rect')!);
    const labels = map.querySelectorAll('rect.svg-label-plate').filter((r) => !r.closest('.svg-mark'));
    expect(labels.length).toBeGreaterThan(5);
    const under = labels.filter((r) => {
      const [x, y, w, h] = box(r);
      return x! < mx! + mw! && mx! < x! + w! && y! < my! + mh! && my! < y! + h!;
    });
    expect(under.map((r) => r.nextElementSibling?.text)).toEqual([]);
    const link = new URL(map.querySelector('a[href*="map/"]')!.getAttribute('href')!, 'https://site.invalid/');
    expect(link.searchParams.get('at')).toBe(place.coordinates.join(','));
    expect(link.searchParams.get('date')).toMatch(/^2020-\d\d-\d\d$/);
  });
});

describe('the sources index', () => {
  const pages = listPages('sources/');
  const entries = pages.flatMap((p) => p.querySelectorAll('li.source-entry').map((li) => li.id));

  it('lists every source exactly once over its pages', () => {
    expect(entries.sort()).toEqual(contentIds('sources').sort());
  });

  it("is reached from each source's page at the right page and entry", () => {
    for (const id of contentIds('sources').slice(0, 40)) {
      const back = page(`sources/${id}/`).querySelector('main .meta a')!.getAttribute('href')!;
      const [path, anchor] = back.split('#');
      expect(anchor).toBe(id);
      expect(existsSync(join(outDir, path!.replace(/^\//, ''), 'index.html')), back).toBe(true);
      expect(page(path!).querySelector(`li.source-entry[id="${id}"]`), back).not.toBeNull();
    }
  });

  it('indexes the publishers on its first page, each linking to where its sources start', () => {
    expect(pages.length).toBe(globSync('sources/page/*/index.html', { cwd: outDir }).length + 1);
    expect(pages.length).toBeGreaterThan(1);
    const links = pages[0]!.querySelectorAll('.publisher-index a');
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) {
      const [path, anchor] = a.getAttribute('href')!.split('#');
      expect((path ? page(path) : pages[0]!).querySelector(`section.publisher[id="${anchor}"]`), anchor).not.toBeNull();
    }
  });
});
