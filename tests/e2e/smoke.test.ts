import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { servedSite, watchedPage } from '../helpers/browser.ts';
import { timelinePageOf } from '../helpers/timeline.ts';

const site = servedSite(inject('siteDist'));
// The timeline is split into period pages: these tests read the one that holds the war's end.
const period = timelinePageOf(inject('siteDist'), '2020-11-08-shusha-capture-announced');

describe('timeline in Chromium', () => {
  it('loads with no console error and no request leaving localhost', async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    const response = await page.goto(`${site.server.url}${period}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('li.event-card').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('h1').textContent()).toContain('timeline');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it("following an event's permalink lands on its page", async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    await page.goto(`${site.server.url}${period}`);
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
    await page.goto(`${site.server.url}${period}`);
    const id = await page.locator('li.event-card').last().getAttribute('id');
    await page.goto(`${site.server.url}${period}#${id}`);
    const inView = await page.locator(`[id="${id}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });
});

describe('the front page', () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`shows the lead and a 2020 date in the first screen at ${width}×${height}, with no error and no request leaving localhost`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (!/^https?:\/\/127\.0\.0\.1[:/]/.test(r.url()) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await page.goto(site.server.url, { waitUntil: 'networkidle' });
      const inFirstScreen = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => el.getBoundingClientRect().top < window.innerHeight);
      expect(await inFirstScreen('.front-lead')).toBe(true);
      const text = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let out = '';
        while (walker.nextNode()) {
          const r = walker.currentNode.parentElement!.getBoundingClientRect();
          if (r.bottom > 0 && r.top < window.innerHeight) out += walker.currentNode.textContent;
        }
        return out;
      });
      expect(text).toMatch(/2020/);
      if (width >= 1280) {
        expect(await inFirstScreen('.phase-strip')).toBe(true);
        expect(await inFirstScreen('.war-in-maps img')).toBe(true);
      }
      expect(await page.locator('.war-in-maps img').count()).toBe(6);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/home-${width}.png` });
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    });
  }
});
