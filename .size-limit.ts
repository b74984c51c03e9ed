/** The performance budgets of src/config.ts as size-limit checks over a built site: `npm run size`, and tests/build/budgets.test.ts. */
import { globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Check } from 'size-limit';
import { BUDGETS } from './src/config.ts';

/** What each budget measures, as globs relative to the built site (names are hashed); the test checks they match what the pages load. */
export const BUDGET_FILES = {
  homePage: ['index.html'],
  homeFirstLoad: ['index.html', 'map/[0-9]*.svg'],
  timelineJs: ['_astro/TimelineList.astro_astro_type_script_*.js'],
  eventJs: ['_astro/_id_.astro_astro_type_script_*.js'],
  mapPage: [
    'map/index.html',
    // Linked by the map's element, not the page.
    '_astro/leaflet.*.css',
    '_astro/map.astro_astro_type_script_*.js',
    '_astro/preload-helper.*.js',
    'geo/outlines.geojson',
    'map/control.json',
  ],
  // Last: one check per event page.
  eventHtml: ['events/*/index.html'],
} satisfies Record<keyof typeof BUDGETS, string[]>;

const NAMES: Record<keyof typeof BUDGETS, string> = {
  homePage: 'front page: HTML, stylesheets, scripts',
  homeFirstLoad: 'front page first load: with its small maps',
  timelineJs: 'timeline: JavaScript',
  eventHtml: 'event page HTML',
  eventJs: 'event page: JavaScript',
  mapPage: 'map first load: HTML, stylesheets, scripts, control data',
};

/** The checks over the site built in `dist`; the event HTML budget is per page, so each event page is a check of its own (none built: one check that size-limit reports missing). */
export function budgetChecks(dist: string): Check[] {
  const check = (name: string, globs: string[], limit: number): Check => ({
    name,
    path: globs.map((g) => join(dist, g)),
    limit: `${limit} B`,
    gzip: true,
  });
  const eventPages = globSync(BUDGET_FILES.eventHtml, { cwd: dist }).sort();
  return (Object.keys(BUDGET_FILES) as (keyof typeof BUDGETS)[]).flatMap((key) =>
    key === 'eventHtml' && eventPages.length
      ? eventPages.map((page) => check(`${NAMES.eventHtml}: ${page}`, [page], BUDGETS.eventHtml))
      : [check(NAMES[key], BUDGET_FILES[key], BUDGETS[key])],
  );
}

/** dist/ next to this file, or the folder SIZE_LIMIT_DIST names (the tests build into a temporary one). */
export default budgetChecks(resolve(import.meta.dirname, process.env.SIZE_LIMIT_DIST ?? 'dist'));
