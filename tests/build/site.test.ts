/** The real content, built into a temporary folder and checked from the output. */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { brokenLinks, leavesMachine } from '../helpers/links.ts';
import { buildSite, cleanup, contentIds, TEST_SITE } from '../helpers/build.ts';
import { timelineListPages } from '../helpers/timeline.ts';
import { eventsExport } from '../../src/lib/events-export.ts';
import { daysBetween } from '../../src/lib/dates.ts';
import { DAYS } from '../../src/config.ts';

const build = { outDir: inject('siteDist') };
const page = (path: string) => parse(readFileSync(join(build.outDir, path), 'utf8'));

describe('the built site', () => {
  const events = contentIds('events');

  it('has content to check', () => {
    expect(events.length).toBeGreaterThanOrEqual(3);
  });

  it('has one page per event, titled with the event', () => {
    for (const id of events) {
      const file = join(build.outDir, 'events', id, 'index.html');
      expect(existsSync(file), `missing page for ${id}`).toBe(true);
      const html = parse(readFileSync(file, 'utf8'));
      expect(html.querySelector('h1')?.text.trim().length).toBeGreaterThan(0);
      expect(html.querySelectorAll('main time[datetime]').length).toBeGreaterThan(0);
      expect(html.querySelectorAll('#sources + ol li').length, `${id} lists no source`).toBeGreaterThan(0);
    }
    const built = readdirSync(join(build.outDir, 'events'));
    expect(built.sort()).toEqual([...events].sort());
  });

  it('lists every event on the timeline, in order, with an anchor and a permalink', () => {
    const cards = timelineListPages(build.outDir).flatMap((p) =>
      page(`${p}index.html`).querySelectorAll('li.event-card'),
    );
    expect(cards.map((c) => c.id).sort()).toEqual([...events].sort());
    for (const card of cards) {
      expect(card.querySelector(`a[href$="/events/${card.id}/"]`), card.id).not.toBeNull();
    }
    const json = eventsExport.parse(JSON.parse(readFileSync(join(build.outDir, 'events.json'), 'utf8')));
    expect(cards.map((c) => c.id)).toEqual(json.events.map((e) => e.id));
  });

  it('has a page for every place, actor and source, and the fixed pages', () => {
    for (const id of contentIds('places'))
      expect(existsSync(join(build.outDir, 'places', id, 'index.html')), id).toBe(true);
    for (const id of contentIds('actors'))
      expect(existsSync(join(build.outDir, 'actors', id, 'index.html')), id).toBe(true);
    for (const id of contentIds('sources'))
      expect(existsSync(join(build.outDir, 'sources', id, 'index.html')), id).toBe(true);
    for (const p of ['index.html', 'timeline/index.html', 'sources/index.html', 'about/index.html', '404.html'])
      expect(existsSync(join(build.outDir, p)), p).toBe(true);
  });

  it('exports every event to events.json, valid against its schema', () => {
    const json = eventsExport.parse(JSON.parse(readFileSync(join(build.outDir, 'events.json'), 'utf8')));
    expect(json.count).toBe(events.length);
    expect(json.events.map((e) => e.id).sort()).toEqual([...events].sort());
    for (const e of json.events) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const p of e.places) expect(p.coordinates).toHaveLength(2);
    }
  });

  it('has no broken internal link or fragment', async () => {
    const { broken, ok } = await brokenLinks(build.outDir, leavesMachine);
    expect(broken).toEqual([]);
    expect(ok).toBeGreaterThan(events.length);
  }, 180_000);

  it('has only well-formed external links, over http(s), marked as leaving the site', () => {
    const pages = globSync('**/*.html', { cwd: build.outDir });
    let external = 0;
    for (const p of pages) {
      for (const a of parse(readFileSync(join(build.outDir, p), 'utf8')).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue;
        external++;
        const url = new URL(href, 'https://base.invalid/');
        expect(['http:', 'https:', 'mailto:'], `${p}: ${href}`).toContain(url.protocol);
        if (url.protocol !== 'mailto:') {
          expect(url.hostname, `${p}: ${href}`).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
          expect(href, `${p}: spaces or control characters in ${href}`).not.toMatch(/[\s<>"]/);
          if (url.hostname !== new URL(TEST_SITE).hostname)
            expect(a.getAttribute('rel') ?? '', `${p}: ${href}`).toContain('noopener');
        }
      }
    }
    expect(external).toBeGreaterThan(100);
  });

  it("has a day page for every war day with both sides' sections, linked from the timeline's day heading", () => {
    const days = daysBetween(DAYS.start, DAYS.end);
    for (const day of days) {
      const doc = page(`days/${day}/index.html`);
      expect(doc.querySelector('#side-azerbaijan'), day).not.toBeNull();
      expect(doc.querySelector('#side-armenia'), day).not.toBeNull();
      // Each side either lists what it said or says that no report was found.
      for (const side of doc.querySelectorAll('.bulletin-side'))
        expect(
          side.querySelectorAll('.bulletin li').length + side.querySelectorAll('.bulletin-missing').length,
          day,
        ).toBeGreaterThan(0);
    }
    const holder = timelineListPages(build.outDir).find((p) =>
      page(`${p}index.html`).querySelector('time[datetime="2020-10-12"]'),
    );
    expect(holder).toBeDefined();
    expect(page(`${holder}index.html`).querySelector('a[href="/days/2020-10-12/"]')).not.toBeNull();
  });

  it('gives every page at most one rel=prev and one rel=next link', () => {
    const pages = globSync('**/index.html', { cwd: build.outDir });
    let linked = 0;
    for (const p of pages) {
      const doc = page(p);
      for (const rel of ['prev', 'next']) {
        const links = doc.querySelectorAll(`a[rel~=${rel}], link[rel~=${rel}]`);
        expect(links.length, `${p}: rel=${rel}`).toBeLessThanOrEqual(1);
        linked += links.length;
      }
    }
    // Every day page but the first and the last links both neighbours.
    expect(linked).toBeGreaterThanOrEqual(2 * (globSync('days/*/index.html', { cwd: build.outDir }).length - 1));
  });

  it('names no placeholder address: every file, search index included, has the site it was built for', () => {
    const files = globSync('**/*', { cwd: build.outDir, withFileTypes: true }).filter((d) => d.isFile());
    const placeholder: string[] = [];
    let naming = 0;
    for (const f of files) {
      const raw = readFileSync(join(f.parentPath, f.name));
      // Pagefind's index files are gzip streams: read them as the browser does.
      const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw)
        .toString('latin1')
        // Pagefind's script parses relative URLs against a fixed base, and strips it again, never requesting or showing it.
        .replaceAll('new URL(`https://example.com${', '')
        .replaceAll(String.raw`/^https:\/\/example.com/`, '');
      if (/example\.(org|com|net)/i.test(text)) placeholder.push(join(f.parentPath, f.name).slice(build.outDir.length));
      if (text.includes(TEST_SITE)) naming++;
    }
    expect(files.length).toBeGreaterThan(events.length);
    expect(placeholder).toEqual([]);
    expect(naming).toBeGreaterThan(events.length);
  });
});

describe('a production build', () => {
  it('requires SITE, and says so in one line', () => {
    const run = buildSite({ env: { SITE: '' } });
    cleanup(run.outDir);
    expect(run.status).not.toBe(0);
    expect(run.output.trim().split('\n')).toEqual([
      expect.stringMatching(/^SITE is not set: set it to the public address/),
    ]);
  }, 60_000);
});
