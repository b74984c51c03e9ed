/** Where a built timeline holds its events: one page, or period pages listed on /timeline/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** Site paths (relative, e.g. `timeline/2020-11-to-2020-12/`) of the pages that list events, in order. */
export function timelineListPages(outDir: string): string[] {
  const index = parse(readFileSync(join(outDir, 'timeline/index.html'), 'utf8'));
  const periods = index.querySelectorAll('ul.periods a').map((a) => a.getAttribute('href')!.replace(/^\//, ''));
  return periods.length ? periods : ['timeline/'];
}

/** The timeline page that holds an event, read from the event page's own link back to it. */
export function timelinePageOf(outDir: string, id: string): string {
  const file = join(outDir, 'events', id, 'index.html');
  if (!existsSync(file)) throw new Error(`no event page for ${id}`);
  const href = parse(readFileSync(file, 'utf8')).querySelector('article .meta a')!.getAttribute('href')!;
  return href.replace(/^\//, '').replace(/#.*$/, '');
}
