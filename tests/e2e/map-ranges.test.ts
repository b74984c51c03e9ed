/** The map's event ranges and tooltips read their dates and labels from the page and the map data, not from copies in the browser code. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedSite, watchedPage } from '../helpers/browser.ts';
import { DAYS } from '../../src/config.ts';
import { HOLDER_LABELS } from '../../src/config.ts';
import { shiftDay } from '../../src/lib/dates.ts';

const site = servedSite(inject('siteDist'));
const eventDays = () =>
  (
    JSON.parse(readFileSync(join(site.outDir, 'events.geojson'), 'utf8')) as {
      features: { properties: { day: string } }[];
    }
  ).features.map((f) => f.properties.day);

describe('the map: event ranges and tooltips', () => {
  it('shows the events of the day, of the seven days to it, and of the whole war since its first day', async () => {
    const { page, consoleErrors } = await watchedPage(site.browser);
    const day = '2020-11-08';
    await page.goto(`${site.server.url}map/?date=${day}`);
    await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    const count = (from: string) => eventDays().filter((d) => d >= from && d <= day).length;
    for (const [range, from] of [
      ['day', day],
      ['week', shiftDay(day, -6)],
      ['all', DAYS.start],
    ] as const) {
      await page.locator(`input[name="range"][value="${range}"]`).check();
      await page.waitForFunction(
        (n) => document.querySelector('control-map')?.getAttribute('data-markers') === String(n),
        count(from),
      );
      expect(await page.locator('control-map').getAttribute('data-markers'), range).toBe(String(count(from)));
    }
    expect(count(DAYS.start)).toBeGreaterThan(count(shiftDay(day, -6)));
    expect(count(shiftDay(day, -6))).toBeGreaterThan(count(day));
    expect(consoleErrors).toEqual([]);
  });

  it("names each holder's share of a unit in a cell's tooltip as the site does", async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}map/?date=2020-11-21`);
    await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    // A pointer over the cell, as Leaflet listens for it (the cell may lie under a label at this zoom).
    await page.locator('path[data-cell="shusha"]').dispatchEvent('mouseover');
    const tip = await page.locator('.leaflet-tooltip:not(.map-label)').first().textContent();
    expect(tip).toContain(`${HOLDER_LABELS.azerbaijan} `);
    expect(tip).toContain(`${HOLDER_LABELS['armenian-forces']} `);
    expect(tip).toMatch(/\d+%/);
  });
});
