/** Accessibility (axe-core, WCAG 2.2 A/AA), network isolation and layouts from 320 px, on every page type. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT } from '../helpers/build.ts';
import { servedSite, watchedPage } from '../helpers/browser.ts';
import { timelinePageOf } from '../helpers/timeline.ts';

const PAGES: Record<string, string> = {
  home: '',
  // The timeline is split into period pages, listed on /timeline/.
  periods: 'timeline/',
  timeline: timelinePageOf(inject('siteDist'), '2020-11-08-shusha-capture-announced'),
  event: 'events/2020-11-08-shusha-capture-announced/',
  map: 'map/?date=2020-11-10',
  place: 'places/shusha/',
  day: 'days/2020-10-12/',
  actor: 'actors/russia/',
  source: 'sources/primeminister-am-2020-11-10-trilateral-statement/',
  document: 'documents/trilateral-statement-2020-11-09/',
  sources: 'sources/',
  search: 'search/?q=Agdam',
  about: 'about/',
  '404': 'no-such-page/',
};
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

const site = servedSite(inject('siteDist'));
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

async function settle(page: Page, name: string) {
  if (name === 'map') await page.waitForSelector('control-map[data-ready="true"]', { state: 'attached' });
  if (name === 'search') await page.waitForSelector('site-search[data-results]', { state: 'attached' });
  if (name === 'timeline') await page.waitForSelector('timeline-filters[data-ready]', { state: 'attached' });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Two pages at a time: each is its own renderer process, so axe runs on both cores.
describe.concurrent.each(Object.entries(PAGES))('%s page', (name, path) => {
  it('has no WCAG 2.2 A/AA violation, in light and then in dark', { timeout: 180_000 }, async ({ expect }) => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site.server.url + path);
    await settle(page, name);
    const found: Record<string, { violations: string[]; passes: number; background: string }> = {};
    // One load, both schemes: the dark theme is a stylesheet media query (src/styles/global.css), so switching it restyles the page in place.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // Any colour transition has finished before axe reads the colours.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      found[scheme] = {
        violations: results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`,
        ),
        passes: results.passes.length,
        background: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      };
    }
    expect(found.light!.violations, 'light').toEqual([]);
    expect(found.dark!.violations, 'dark').toEqual([]);
    expect(found.light!.passes).toBeGreaterThan(5);
    expect(found.dark!.passes).toBeGreaterThan(5);
    // The dark run saw the dark theme, not the light one again.
    expect(found.dark!.background).not.toBe(found.light!.background);
    expect(consoleErrors.filter((e) => !(name === '404' && /404/.test(e)))).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('layouts and keyboard', () => {
  it.each(['timeline', 'event', 'map', 'day', 'place', 'sources'])(
    '%s holds from 320 px to 1280 px without horizontal scrolling',
    async (name) => {
      const { page } = await watchedPage(site.browser);
      for (const width of [320, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(site.server.url + PAGES[name]!);
        await settle(page, name);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: false });
      }
    },
  );

  it('a skip link is the first stop and moves focus to the content', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.server.url + PAGES.event!);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      visible: (document.activeElement as HTMLElement).getBoundingClientRect().top >= 0,
    }));
    expect(first.text).toBe('Skip to content');
    expect(first.visible).toBe(true);
    await page.keyboard.press('Enter');
    // The hash changes when the browser has followed the link, which can lag the key press on a loaded machine.
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
  });

  it('every focusable control shows a visible focus indicator', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.server.url + PAGES.timeline);
    await settle(page, 'timeline');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          tag: el.tagName,
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          shadow: s.boxShadow !== 'none',
        };
      });
      expect(outline.outline || outline.shadow, `focus on ${outline.tag} (tab ${i + 1})`).toBe(true);
    }
  });
});
