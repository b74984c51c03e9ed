/** A timeline too long for one page is split by period, and still shows every event exactly once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'node-html-parser';
import { brokenLinks, leavesMachine } from '../helpers/links.ts';
import { buildSite, cleanup, ROOT, type BuildResult } from '../helpers/build.ts';

const events = globSync('**/*.md', { cwd: join(ROOT, 'content/events') }).map((f) => basename(f, '.md'));
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
    const seen = pages.flatMap((p) => parse(readFileSync(join(build.outDir, p), 'utf8')).querySelectorAll('li.event-card').map((c) => c.id));
    expect(seen.sort()).toEqual([...events].sort());
    const home = parse(readFileSync(join(build.outDir, 'index.html'), 'utf8'));
    expect(home.querySelectorAll('li.event-card')).toHaveLength(0);
    expect(home.querySelectorAll('ul.periods a')).toHaveLength(pages.length);
  });

  it("links each event page back to its period page's anchor, and every link resolves", async () => {
    const shusha = parse(readFileSync(join(build.outDir, 'events/2020-11-08-shusha-capture-announced/index.html'), 'utf8'));
    expect(shusha.querySelector('article .meta a')?.getAttribute('href')).toBe('/timeline/2020-11/#2020-11-08-shusha-capture-announced');
    expect((await brokenLinks(build.outDir, leavesMachine)).broken).toEqual([]);
  });
});
