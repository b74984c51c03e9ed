/** Filters, search and permalinks in Chromium, on the site as built for the root and for a sub-path. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brokenLinks } from '../helpers/links.ts';
import { cachedBuild, cleanup, type BuildResult } from '../helpers/build.ts';
import { serve, servedSite, watchedPage } from '../helpers/browser.ts';
import { SUB_PATH_BUILD } from '../helpers/e2e-builds.ts';
import { timelinePageOf } from '../helpers/timeline.ts';

const site = servedSite(inject('siteDist'));
// The timeline is split into period pages: the filters work on the one that holds the war's end.
const period = timelinePageOf(inject('siteDist'), '2020-11-08-shusha-capture-announced');

const count = async (page: import('playwright-core').Page) =>
  Number(await page.locator('.filter-count [data-count]').textContent());

describe('timeline filters', () => {
  it('choosing an actor changes the count and the URL; reloading restores both', async () => {
    const { page, consoleErrors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${period}`);
    await page.waitForSelector('timeline-filters[data-ready]', { state: 'attached' });
    const all = await count(page);
    expect(all).toBe(await page.locator('li.event-card').count());
    await page.selectOption('#filter-actor', 'russia');
    const russia = await count(page);
    expect(russia).toBeGreaterThan(0);
    expect(russia).toBeLessThan(all);
    expect(await page.locator('li.event-card:visible').count()).toBe(russia);
    expect(new URL(page.url()).searchParams.get('actor')).toBe('russia');
    await page.selectOption('#filter-category', 'diplomatic');
    const both = await count(page);
    expect(both).toBeLessThanOrEqual(russia);
    expect(page.url()).toContain('actor=russia');
    expect(page.url()).toContain('category=diplomatic');
    await page.reload();
    await page.waitForSelector('timeline-filters[data-ready]', { state: 'attached' });
    expect(await count(page)).toBe(both);
    expect(await page.locator('#filter-actor').inputValue()).toBe('russia');
    expect(await page.locator('#filter-category').inputValue()).toBe('diplomatic');
    expect(await page.locator('.filter-count').getAttribute('aria-live')).toBe('polite');
    expect(consoleErrors).toEqual([]);
  });

  it('"key events only" and "show all" work from the keyboard', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${period}`);
    await page.waitForSelector('timeline-filters[data-ready]', { state: 'attached' });
    const all = await count(page);
    await page.locator('#filter-key').focus();
    await page.keyboard.press('Space');
    const key = await count(page);
    expect(key).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('key')).toBe('1');
    await page.getByRole('button', { name: 'Show all' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBe(all);
  });

  it('without JavaScript the whole timeline is there and the filter form stays hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${period}?actor=russia`);
    expect(await page.locator('li.event-card:visible').count()).toBe(await page.locator('li.event-card').count());
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await context.close();
  });
});

describe('search', () => {
  it('a search for "Shusha" returns the capture event, and its link opens it', async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}timeline/`);
    await page.fill('#header-q', 'Shusha');
    await page.press('#header-q', 'Enter');
    await page.waitForURL('**/search/?q=Shusha');
    await page.waitForSelector('site-search[data-results]', { state: 'attached' });
    expect(Number(await page.locator('site-search').getAttribute('data-results'))).toBeGreaterThan(0);
    const link = page.locator('.search-results a[href$="/events/2020-11-08-shusha-capture-announced/"]');
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL('**/events/2020-11-08-shusha-capture-announced/');
    expect(await page.locator('h1').textContent()).toContain('Shusha');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe('a build under a sub-path', () => {
  let sub: BuildResult;
  let subServer: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    sub = await cachedBuild(SUB_PATH_BUILD);
    if (sub.status !== 0) throw new Error(`sub-path build failed:\n${sub.output}`);
    subServer = await serve(sub.outDir, '/karabakh/');
  });
  afterAll(async () => {
    await subServer?.close();
    cleanup(sub.outDir);
  });

  it('has every internal link and fragment resolving under /karabakh/', async () => {
    const { broken, ok } = await brokenLinks(subServer.url, (link) => !link.startsWith(subServer.url));
    expect(broken).toEqual([]);
    expect(ok).toBeGreaterThan(100);
  });

  it('search, map data and exports work under the sub-path', async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    await page.goto(`${subServer.url}search/?q=Agdam`);
    await page.waitForSelector('site-search[data-results]', { state: 'attached' });
    const first = page.locator('.search-results a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/karabakh\//);
    await page.goto(`${subServer.url}map/?date=2020-11-21`);
    await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached' });
    expect(await page.locator('path[data-cell="agdam"]').getAttribute('data-status')).toContain('h-azerbaijan');
    for (const file of ['events.json', 'events.geojson', 'places.geojson']) {
      const res = await page.request.get(`${subServer.url}${file}`);
      expect(res.status(), file).toBe(200);
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
