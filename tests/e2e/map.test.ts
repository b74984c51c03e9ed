import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { servedSite, watchedPage } from '../helpers/browser.ts';

const site = servedSite(inject('siteDist'));

async function openMap(page: Page, query = '') {
  await page.goto(`${site.server.url}map/${query}`);
  await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached', timeout: 30_000 });
}
const agdamStatus = (page: Page) => page.locator('path[data-unit="agdam-district"]').getAttribute('data-status');
async function setDate(page: Page, day: string) {
  const days: string[] = JSON.parse(readFileSync(join(site.outDir, 'map/control.json'), 'utf8')).days;
  await page.locator('#map-date').fill(String(days.indexOf(day)));
}

describe('the map in Chromium', () => {
  it('draws every unit of the GeoJSON, with no console error and no request leaving localhost', async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    await openMap(page);
    const units = JSON.parse(readFileSync(join(site.outDir, 'geo/units.geojson'), 'utf8')).features as { properties: { key: string } }[];
    expect(await page.locator('path[data-unit]').count()).toBe(units.length);
    for (const key of ['agdam-district', 'lachin-district', 'kalbajar-district', 'khankendi', 'syunik']) {
      expect(await page.locator(`path[data-unit="${key}"]`).count(), key).toBe(1);
    }
    expect(await page.locator('path.corridor').count()).toBeGreaterThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it("moving the slider from 19 to 21 November changes Agdam's status and the URL", async () => {
    const { page } = await watchedPage(site.browser);
    await openMap(page);
    await setDate(page, '2020-11-19');
    const before = await agdamStatus(page);
    await expect.poll(() => page.locator('#map-date-text').textContent()).toBe('19 November 2020');
    await setDate(page, '2020-11-21');
    const after = await agdamStatus(page);
    expect(after).not.toBe(before);
    expect(after).toContain('status-azerbaijan');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2020-11-21');
    expect(await page.locator('#map-date').getAttribute('aria-valuetext')).toBe('21 November 2020');
  });

  it('restores a shared state from ?date=', async () => {
    const { page } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-11-19');
    expect(await page.locator('#map-date-text').textContent()).toBe('19 November 2020');
    const status19 = await agdamStatus(page);
    await openMap(page, '?date=2020-11-25');
    expect(await page.locator('#map-date-text').textContent()).toBe('25 November 2020');
    expect(await agdamStatus(page)).not.toBe(status19);
  });

  it("a marker popup's link opens the event page", async () => {
    const { page, consoleErrors } = await watchedPage(site.browser);
    await openMap(page, '?date=2020-11-08&at=39.76,46.75');
    await page.locator('input[name="range"][value="day"]').check();
    await page.waitForSelector('.leaflet-marker-icon');
    // A single event marker (not a cluster) inside the visible map: zoom in until there is one.
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
      await page.locator('.leaflet-control-zoom-in').click();
      await page.waitForTimeout(500);
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
});
