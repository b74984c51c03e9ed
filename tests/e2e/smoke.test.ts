import { describe, expect, inject, it } from 'vitest';
import { servedSite, watchedPage } from '../helpers/browser.ts';

const site = servedSite(inject('siteDist'));

describe('timeline in Chromium', () => {
  it('loads with no console error and no request leaving localhost', async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    const response = await page.goto(site.server.url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('li.event-card').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('h1').textContent()).toContain('Karabakh');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it("following an event's permalink lands on its page", async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    await page.goto(site.server.url);
    const card = page.locator('li.event-card').first();
    const id = await card.getAttribute('id');
    const title = (await card.locator('h4 a').textContent())!.trim();
    await card.locator('h4 a').click();
    await page.waitForURL(`**/events/${id}/`);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    expect(await page.locator('#sources').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('a timeline anchor scrolls to its event', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.server.url);
    const id = await page.locator('li.event-card').last().getAttribute('id');
    await page.goto(`${site.server.url}#${id}`);
    const inView = await page.locator(`[id="${id}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });
});
