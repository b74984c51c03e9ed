import { describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { servedSite, watchedPage } from '../helpers/browser.ts';
import { mapSettled } from '../helpers/map.ts';
import { MAP } from '../../src/config.ts';

const site = servedSite(inject('siteDist'));
const SHOTS = 'test-results/screenshots';
const control = () =>
  JSON.parse(readFileSync(join(site.outDir, 'map/control.json'), 'utf8')) as {
    days: string[];
    cells: { id: string; at?: [number, number] }[];
  };

async function openMap(page: Page, query = '') {
  await page.goto(`${site.server.url}map/${query}`);
  await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached', timeout: 30_000 });
}
const cellStatus = (page: Page, id: string) => page.locator(`path[data-cell="${id}"]`).getAttribute('data-status');
async function setDate(page: Page, day: string) {
  await page.locator('#map-date').fill(String(control().days.indexOf(day)));
}

describe('the map in Chromium', () => {
  it('draws one shape per settlement cell, the front line, borders and labels, with no console error and no request leaving localhost', async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-10-20');
    expect(await page.locator('path[data-cell]').count()).toBe(control().cells.length);
    expect(await page.locator('path.front').count()).toBe(1);
    expect(await page.locator('path.unit-border').count()).toBe(1);
    expect(await page.locator('path.oblast').count()).toBe(1);
    expect(await page.locator('.map-label.district').count()).toBeGreaterThanOrEqual(12);
    // Settlement labels wait for a zoom close enough to read them, then every settlement with a point has one.
    expect(await page.locator('.map-label.settlement').count()).toBe(0);
    await openMap(page, '?date=2020-10-20&at=39.758,46.748');
    await expect
      .poll(() => page.locator('.map-label.settlement').count())
      .toBe(control().cells.filter((c) => c.at).length);
    await openMap(page, '?date=2020-10-20');
    // Claimed ground is drawn with a pattern, confirmed ground solid: they look different on the map itself.
    const fills = await page.evaluate(() => {
      const fill = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).fill : null;
      };
      return {
        claimed: fill('path[data-status="h-azerbaijan b-claimed"]'),
        confirmed: fill('path[data-status="h-azerbaijan b-confirmed"]'),
        disputed: fill('path[data-status="h-azerbaijan b-disputed"]'),
      };
    });
    expect(fills.claimed).toMatch(/url\(.*pat-azerbaijan-claimed/);
    expect(fills.disputed).toMatch(/url\(.*pat-azerbaijan-disputed/);
    expect(fills.confirmed).toMatch(/^rgb/);
    // Every area has an accessible name: the settlement and its status that day.
    expect(await page.locator('path[data-cell="shusha"]').getAttribute('aria-label')).toMatch(
      /^Shusha \/ Shushi: Armenian and Karabakh forces/,
    );
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('a village claim recolours that village only; a handover recolours the district', async () => {
    const { page } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-10-02');
    expect(await cellStatus(page, 'sugovushan')).toContain('h-armenian-forces');
    await setDate(page, '2020-10-03');
    expect(await cellStatus(page, 'sugovushan')).toContain('h-azerbaijan');
    expect(await cellStatus(page, 'agdara')).toContain('h-armenian-forces');
    await setDate(page, '2020-11-19');
    expect(await cellStatus(page, 'agdam')).toContain('h-armenian-forces');
    await setDate(page, '2020-11-20');
    expect(await cellStatus(page, 'agdam')).toBe('h-azerbaijan b-agreed');
    expect(await cellStatus(page, 'papravend')).toBe('h-azerbaijan b-agreed');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2020-11-20');
    expect(await page.locator('#map-date').getAttribute('aria-valuetext')).toBe('20 November 2020');
    expect(await page.locator('.map-changes').textContent()).toContain('What changed on 20 November 2020');
    expect(await page.locator('.map-changes a').count()).toBeGreaterThan(0);
  });

  it('shows the corridor from 10 November and restores a shared state from ?date=', async () => {
    const { page } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-11-09');
    expect(await page.locator('path.corridor-area').count()).toBe(0);
    await openMap(page, '?date=2020-11-21');
    expect(await page.locator('#map-date-text').textContent()).toBe('21 November 2020');
    expect(await page.locator('path.corridor-area').count()).toBe(1);
    expect(await cellStatus(page, 'khankendi')).toContain('h-armenian-forces');
  });

  it('play steps through the days that changed the picture', async () => {
    const { page } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-09-26');
    await page.locator('button.map-play').click();
    await expect
      .poll(() => page.locator('#map-date-text').textContent(), { timeout: 5_000 })
      .not.toBe('26 September 2020');
    await page.locator('button.map-play').click();
    expect(await page.locator('button.map-play').getAttribute('aria-pressed')).toBe('false');
  });

  it("the events layer loads on demand, and a marker popup's link opens the event page", async () => {
    const { page, consoleErrors } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-11-08&at=39.76,46.75');
    expect(await page.locator('.event-marker').count()).toBe(0);
    await page.locator('input[name="range"][value="day"]').check();
    await page.waitForSelector('.leaflet-marker-icon');
    const markerInView = () =>
      page.evaluate(() => {
        const box = document.querySelector('.map-canvas')!.getBoundingClientRect();
        const inside = [...document.querySelectorAll<HTMLElement>('.event-marker')].filter((m) => {
          const r = m.getBoundingClientRect();
          return r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        });
        inside.forEach((m, i) => m.setAttribute('data-test-visible', String(i)));
        return inside.length;
      });
    for (let i = 0; i < 6 && (await markerInView()) === 0; i++) {
      const zoom = await page.locator('control-map').getAttribute('data-zoom');
      await page.locator('.leaflet-control-zoom-in').click();
      await expect.poll(() => page.locator('control-map').getAttribute('data-zoom')).not.toBe(zoom);
      // The clusters redraw with an animation after the zoom; the markers are where they stay once it has ended.
      await mapSettled(page);
    }
    await page.locator('.event-marker[data-test-visible="0"]').click();
    const link = page.locator('.leaflet-popup-content a').first();
    const target = await link.getAttribute('href');
    expect(target).toMatch(/\/events\/2020-11-08-/);
    await link.click();
    await page.waitForURL(`**${target}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it("by keyboard, a marker's popup link is the next stop, and markers outside the view take no focus", async () => {
    const { page } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-11-08');
    await page.locator('input[name="range"][value="all"]').check();
    await page.waitForSelector('.leaflet-marker-icon');
    const zoom = Number(await page.locator('control-map').getAttribute('data-zoom'));
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => page.locator('control-map').getAttribute('data-zoom')).toBe(String(zoom + 1));
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => page.locator('control-map').getAttribute('data-zoom')).toBe(String(zoom + 2));
    // The zoom and the clusters animate; what counts is the view once they have settled, however long that takes.
    const outsideButFocusable = () =>
      page.evaluate(() => {
        const box = document.querySelector('.map-canvas')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')]
          .map((m) => {
            const r = m.getBoundingClientRect();
            const inside = r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
            return { inside, tabIndex: m.tabIndex };
          })
          .filter((m) => !m.inside && m.tabIndex >= 0);
      });
    await expect.poll(outsideButFocusable, { timeout: 10_000 }).toEqual([]);
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
    const marker = page.locator('.event-marker[tabindex="0"]').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.closest('.leaflet-popup-content') !== null &&
            document.activeElement?.tagName === 'A',
        ),
      )
      .toBe(true);
  });

  it('works by keyboard: the slider moves with the arrow keys', async () => {
    const { page } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-11-19');
    await page.locator('#map-date').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#map-date-text').textContent()).toBe('21 November 2020');
  });

  it("an event page's locator links to the map on the event's date, centred on its place", async () => {
    const { page, consoleErrors } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}events/2020-11-20-agdam-handover/`);
    expect(await page.locator('figure.locator svg[role="img"]').count()).toBe(1);
    await page.getByRole('link', { name: 'Open the interactive map here' }).click();
    await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached' });
    const url = new URL(page.url());
    expect(url.searchParams.get('date')).toBe('2020-11-20');
    expect(url.searchParams.get('at')).toMatch(/^\d+(\.\d+)?,\d+(\.\d+)?$/);
    expect(await page.locator('#map-date-text').textContent()).toBe('20 November 2020');
    expect(consoleErrors).toEqual([]);
  });

  it('without JavaScript, /map/ shows the six static maps and a place page shows its own', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}map/`);
    const maps = page.locator('.war-in-maps img');
    expect(await maps.count()).toBe(MAP.storyDates.length);
    for (const img of await maps.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    }
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/map-nojs-390.png`, fullPage: true });
    await page.goto(`${site.server.url}places/talish/`);
    expect(await page.locator('figure.control-svg svg .svg-mark').count()).toBe(1);
    await context.close();
  });

  // The two widths at once, in two renderer processes.
  for (const width of [390, 1280]) {
    it.concurrent(`saves screenshots of /map/ at the six key dates at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 } });
      const page = await context.newPage();
      mkdirSync(SHOTS, { recursive: true });
      for (const day of ['2020-09-27', '2020-10-20', '2020-11-09', '2020-11-10', '2020-11-21', '2020-12-01']) {
        await openMap(page, `?date=${day}`);
        await mapSettled(page);
        await page.locator('control-map').screenshot({ path: `${SHOTS}/map-${day}-${width}.png` });
        expect(await page.locator('#map-date-text').textContent()).toMatch(/2020$/);
      }
      await context.close();
    });
  }
});
