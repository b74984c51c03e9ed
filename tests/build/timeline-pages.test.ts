/** A timeline too long for one page is split by period, and still shows every event exactly once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { brokenLinks, leavesMachine } from '../helpers/links.ts';
import { buildSite, cleanup, contentIds, type BuildResult } from '../helpers/build.ts';

const events = contentIds('events');
let build: BuildResult;
beforeAll(() => {
  build = buildSite({ env: { TIMELINE_PAGE_MAX: '20' } });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
});
afterAll(() => cleanup(build.outDir));

describe('a paginated timeline', () => {
  it('puts every event on exactly one period page and lists the periods on the home page', () => {
    const pages = globSync('timeline/*/index.html', { cwd: build.outDir });
    expect(pages.length).toBeGreaterThan(1);
    const cardsOf = (p: string) => parse(readFileSync(join(build.outDir, p), 'utf8')).querySelectorAll('li.event-card');
    for (const p of pages) {
      const cards = cardsOf(p);
      // Over the limit only when a single day holds more events than that.
      if (cards.length > 20)
        expect(new Set(cards.map((c) => c.querySelector('time')?.getAttribute('datetime')?.slice(0, 10))).size, p).toBe(
          1,
        );
    }
    const seen = pages.flatMap((p) => cardsOf(p).map((c) => c.id));
    expect(seen.sort()).toEqual([...events].sort());
    const home = parse(readFileSync(join(build.outDir, 'timeline/index.html'), 'utf8'));
    expect(home.querySelectorAll('li.event-card')).toHaveLength(0);
    expect(home.querySelectorAll('ul.periods a')).toHaveLength(pages.length);
  });

  it("links each event page back to its period page's anchor, and every link resolves", async () => {
    const id = '2020-11-08-shusha-capture-announced';
    const holder = globSync('timeline/*/index.html', { cwd: build.outDir }).find((p) =>
      parse(readFileSync(join(build.outDir, p), 'utf8')).querySelector(`li.event-card[id="${id}"]`),
    );
    expect(holder).toBeDefined();
    const event = parse(readFileSync(join(build.outDir, `events/${id}/index.html`), 'utf8'));
    expect(event.querySelector('article .meta a')?.getAttribute('href')).toBe(
      `/${holder!.replace(/index\.html$/, '')}#${id}`,
    );
    expect((await brokenLinks(build.outDir, leavesMachine)).broken).toEqual([]);
  }, 180_000);
});
