/** The real timeline, too long for one page, is split by period and still shows every event exactly once. */
import { describe, expect, inject, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { contentIds } from '../helpers/build.ts';
import { timelinePageOf } from '../helpers/timeline.ts';
import { TIMELINE_PAGE_MAX } from '../../src/config.ts';

const outDir = inject('siteDist');
const events = contentIds('events');

describe('a paginated timeline', () => {
  it('has more events than one page holds (else this file tests nothing)', () => {
    expect(events.length).toBeGreaterThan(TIMELINE_PAGE_MAX);
  });

  it('puts every event on exactly one period page and lists the periods on /timeline/', () => {
    const pages = globSync('timeline/*/index.html', { cwd: outDir });
    expect(pages.length).toBeGreaterThan(1);
    const cardsOf = (p: string) => parse(readFileSync(join(outDir, p), 'utf8')).querySelectorAll('li.event-card');
    for (const p of pages) expect(cardsOf(p).length, p).toBeLessThanOrEqual(TIMELINE_PAGE_MAX);
    const seen = pages.flatMap((p) => cardsOf(p).map((c) => c.id));
    expect(seen.sort()).toEqual([...events].sort());
    const index = parse(readFileSync(join(outDir, 'timeline/index.html'), 'utf8'));
    expect(index.querySelectorAll('li.event-card')).toHaveLength(0);
    expect(index.querySelectorAll('ul.periods a')).toHaveLength(pages.length);
  });

  it("links each event page back to its period page's anchor", () => {
    for (const id of ['2020-11-08-shusha-capture-announced', events[0]!]) {
      const holder = timelinePageOf(outDir, id);
      expect(holder).toMatch(/^timeline\/[^/]+\/$/);
      const doc = parse(readFileSync(join(outDir, holder, 'index.html'), 'utf8'));
      expect(doc.querySelector(`li.event-card[id="${id}"]`), `${id} on ${holder}`).not.toBeNull();
    }
  });
});
