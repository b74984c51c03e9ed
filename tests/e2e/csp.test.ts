/**
 * The strict Content Security Policy in Chromium: every page type served as a static host would
 * (the `_headers` policy as a real HTTP header, besides Astro's <meta>), with no violation and no
 * console error, and the map, the filters, search and copy-link still working under it.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite, watchedPage, type Watched } from '../helpers/browser.ts';
import { openClustersToAMarker } from '../helpers/map.ts';
import { PAGE_TYPES as PATHS } from '../helpers/page-types.ts';

const site = servedSite(inject('siteDist'));

/** One page of each type the site builds, with what marks it as fully loaded. */
export const PAGE_TYPES: { name: string; path: string; ready?: string }[] = [
  { name: 'front page', path: '' },
  { name: 'timeline periods', path: PATHS.periods },
  { name: 'timeline', path: PATHS.timeline, ready: 'timeline-filters[data-ready]' },
  { name: 'event', path: 'events/2020-11-08-shusha-capture-announced/' },
  { name: 'day', path: 'days/2020-11-08/' },
  { name: 'place', path: 'places/shusha/' },
  { name: 'actor', path: 'actors/armenia-mod/' },
  { name: 'source', path: 'sources/44days-gashalti/' },
  { name: 'document', path: 'documents/trilateral-statement-2020-11-09/' },
  { name: 'sources index', path: 'sources/' },
  { name: 'map', path: 'map/', ready: 'control-map[data-ready="true"]' },
  { name: 'search', path: 'search/?q=Shusha', ready: 'site-search[data-results]' },
  { name: 'about', path: 'about/' },
  { name: '404', path: 'no-such-page/' },
];

/** No violation, no console error (but the 404 status of a missing page itself), nothing fetched from elsewhere. */
function expectClean(watched: Watched, { missingPage = false } = {}) {
  expect(watched.cspViolations).toEqual([]);
  const errors = watched.consoleErrors.filter((e, i) => !(missingPage && i === 0 && /status of 404/.test(e)));
  expect(errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
}

async function open(page: Page, path: string, ready?: string) {
  const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
  if (ready) await page.waitForSelector(ready, { state: 'attached', timeout: 30_000 });
  return response!;
}

// Two pages at a time: most of a page's time here is the wait for its network to go quiet.
describe.concurrent('the CSP on every page type', () => {
  for (const { name, path, ready } of PAGE_TYPES) {
    it(`${name} (/${path}) carries the policy as a header and a meta element, and breaks none of it`, async () => {
      const watched = await watchedPage(site.browser);
      const response = await open(watched.page, path, ready);
      expect(response.status()).toBe(name === '404' ? 404 : 200);
      const header = response.headers()['content-security-policy'];
      const meta = await watched.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(header).toBe(meta);
      expect(header).toContain("default-src 'self'");
      expect(header).not.toContain('unsafe-inline');
      expectClean(watched, { missingPage: name === '404' });
      // The inline script ran under the policy: its hash is what allowed it.
      expect(await watched.page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
      await watched.page.context().close();
    });
  }
});

describe.concurrent('the standalone SVG files under the header policy', () => {
  for (const { path, selector, fill } of [
    { path: 'map/2020-11-09.svg', selector: '.svg-sea', fill: 'rgb(223, 230, 236)' },
    { path: 'map/shares-seven-districts.svg', selector: '.chart-tick', fill: 'rgb(51, 51, 51)' },
  ]) {
    it(`/${path} opened on its own keeps its own styles`, async () => {
      const watched = await watchedPage(site.browser);
      const missing: string[] = [];
      watched.page.on('response', (r) => void (r.status() === 404 && missing.push(new URL(r.url()).pathname)));
      const response = await open(watched.page, path);
      expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
      // Its <style> is allowed by its hash: the drawing has its own colours, not the default black.
      expect(await watched.page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!).fill, selector)).toBe(
        fill,
      );
      expect(watched.cspViolations).toEqual([]);
      // A document without a <link rel=icon> makes Chromium ask for /favicon.ico; nothing else may be missing.
      expect(missing.filter((p) => p !== '/favicon.ico')).toEqual([]);
      expect(watched.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    });
  }
});

describe('behaviour under the CSP', () => {
  it('the map draws its cells, moves the date, shows a tooltip and a marker popup', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await open(page, 'map/?date=2020-11-08&at=39.76,46.75', 'control-map[data-ready="true"]');
    expect(await page.locator('path[data-cell]').count()).toBeGreaterThan(100);
    const before = await page.locator('path[data-cell="shusha"]').getAttribute('data-status');
    await page.locator('#map-date').fill(String(Number(await page.locator('#map-date').inputValue()) - 20));
    await expect.poll(() => page.locator('control-map').getAttribute('data-date')).toBe('2020-10-19');
    expect(await page.locator('#map-date-text').textContent()).toBe('19 October 2020');
    expect(await page.locator('path[data-cell="shusha"]').getAttribute('data-status')).not.toBe(before);
    await page.locator('path[data-cell="shusha"]').hover({ force: true });
    await expect.poll(() => page.locator('.leaflet-tooltip strong').first().textContent()).toContain('Shusha');
    // The events layer loads the cluster plugin and its styles at run time: both must pass the policy.
    await page.locator('input[name="range"][value="week"]').check();
    await page.waitForSelector('.leaflet-marker-icon');
    expect(await page.locator('link[rel=stylesheet][href*="MarkerCluster"]').count()).toBe(2);
    // Markers in view take focus (tabindex 0); a cluster opens when clicked, until a marker is there to click.
    await openClustersToAMarker(page);
    await page.locator('.event-marker[tabindex="0"]').first().click();
    expect(await page.locator('.leaflet-popup-content a').getAttribute('href')).toMatch(/\/events\/2020-1[01]-/);
    expectClean(watched);
  });

  it('the timeline filters filter', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await open(page, PATHS.timeline, 'timeline-filters[data-ready]');
    const all = await page.locator('li.event-card:visible').count();
    await page.selectOption('#filter-category', 'diplomatic');
    const diplomatic = await page.locator('li.event-card:visible').count();
    expect(diplomatic).toBeGreaterThan(0);
    expect(diplomatic).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('category')).toBe('diplomatic');
    expectClean(watched);
  });

  it('search returns results (Pagefind and its WebAssembly run under the policy)', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    await open(page, 'search/?q=Shusha', 'site-search[data-results]');
    expect(Number(await page.locator('site-search').getAttribute('data-results'))).toBeGreaterThan(0);
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    // Pagefind runs its WebAssembly in a worker, which takes the header policy; it falls back, with a warning, if the worker fails.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
    expect(warnings.filter((w) => /pagefind/i.test(w))).toEqual([]);
    expectClean(watched);
  });

  it("copy-link copies the page's own address, without query or fragment", async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    const origin = new URL(site.server.url).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const path = 'events/2020-11-08-shusha-capture-announced/';
    await open(page, `${path}?from=feed#cite`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('copy-link [role=status]').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${path}`);
    expectClean(watched);
  });
});
