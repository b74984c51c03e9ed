/** Phone-first layout on every page type: no sideways scrolling at 320 and 390 px, a folded header and filters, claim cards, the share grid, print, and a screenshot of each page at 390×844 and 1280×800. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/build.ts';
import { servedSite } from '../helpers/browser.ts';
import { PAGE_TYPES, READY, type PageType } from '../helpers/page-types.ts';

const SCREENS = join(ROOT, 'test-results/screens');
const site = servedSite(inject('siteDist'));
beforeAll(() => mkdirSync(SCREENS, { recursive: true }));

async function open(browser: Browser, name: PageType, width: number, height = 844, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.server.url + PAGE_TYPES[name], { waitUntil: 'load' });
  const ready = READY[name];
  if (ready && javaScriptEnabled) await page.waitForSelector(ready, { state: 'attached' });
  return { page, close: () => context.close() };
}

/** The page's own sideways overflow, and every box in it that scrolls sideways (a wide table in a scroller hides from the first). */
function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const scrollers = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const { overflowX } = getComputedStyle(el);
        return (overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth})`);
    return { page: root.scrollWidth - root.clientWidth, scrollers };
  });
}

async function expectNothingSideways(page: Page, name: PageType, width: number) {
  const overflow = await sideways(page);
  expect(overflow.page, `${name} at ${width} px`).toBeLessThanOrEqual(0);
  expect(overflow.scrollers, `${name} at ${width} px`).toEqual([]);
}

async function photograph(page: Page, name: PageType, width: number) {
  // The header is one row on every page, whichever link is the current one.
  expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(width < 500 ? 64 : 72);
  const shot = await page.screenshot({ path: join(SCREENS, `${name}-${width}.png`) });
  expect(shot.length).toBeGreaterThan(5000);
}

// Two pages at a time, each in its own renderer process.
describe.concurrent.each(Object.keys(PAGE_TYPES) as PageType[])('%s page', (name) => {
  it.each([320, 768, 1024])('has nothing to scroll sideways at %i px', async (width) => {
    const { page, close } = await open(site.browser, name, width);
    await expectNothingSideways(page, name, width);
    await close();
  });

  // One load at 390×844 for both: the phone width is checked and photographed in the same viewport.
  it('has nothing to scroll sideways at 390 px, and is photographed at 390×844', async () => {
    const { page, close } = await open(site.browser, name, 390, 844);
    await expectNothingSideways(page, name, 390);
    await photograph(page, name, 390);
    await close();
  });

  it('is photographed at 1280×800', async () => {
    const { page, close } = await open(site.browser, name, 1280, 800);
    await photograph(page, name, 1280);
    await close();
  });
});

describe('the header on a phone', () => {
  for (const [width, javaScriptEnabled] of [
    [320, true],
    [390, true],
    [390, false],
  ] as const) {
    it(`takes one line at ${width} px and opens its menu ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const { page, close } = await open(site.browser, 'event', width, 844, javaScriptEnabled);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(64);
      const timeline = page.locator('.site-nav a', { hasText: 'Timeline' });
      expect(await timeline.isVisible()).toBe(false);
      await page.locator('.site-menu > summary').click();
      expect(await timeline.isVisible()).toBe(true);
      expect(await page.locator('#header-q').isVisible()).toBe(true);
      expect(await sideways(page)).toEqual({ page: 0, scrollers: [] });
      await page.screenshot({ path: join(SCREENS, `menu-${width}${javaScriptEnabled ? '' : '-nojs'}.png`) });
      await close();
    });
  }

  it('shows every link at once on a desktop', async () => {
    const { page, close } = await open(site.browser, 'event', 1280, 800);
    expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
    for (const link of await page.locator('.site-nav a').all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('#header-q').isVisible()).toBe(true);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(72);
    await close();
  });
});

describe('the timeline on a phone', () => {
  it('starts its events in the first screen, with the filters folded', async () => {
    const { page, close } = await open(site.browser, 'timeline', 390, 844);
    const first = await page.locator('li.event-card').first().boundingBox();
    expect(first!.y).toBeLessThan(844);
    expect(await page.locator('#filter-phase').isVisible()).toBe(false);
    await page.locator('.filter-panel > summary').click();
    expect(await page.locator('#filter-phase').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENS, 'timeline-390-filters-open.png') });
    await close();
  });

  it('opens the filters by itself when the address chooses one, and says how many are on', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${PAGE_TYPES.timeline}?actor=russia&key=1`);
    await page.waitForSelector('timeline-filters[data-ready]', { state: 'attached' });
    expect(await page.locator('.filter-panel').getAttribute('open')).toBe('');
    expect(await page.locator('.filter-panel > summary').textContent()).toContain('(2 active)');
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.locator('.filter-panel > summary').textContent()).not.toContain('active');
    await context.close();
  });
});

describe('tables on a phone', () => {
  it.each([320, 390])('the claims of a disputed event are cards that fit in %i px', async (width) => {
    const { page, close } = await open(site.browser, 'event', width);
    const claims = page.locator('table.claims');
    expect(await claims.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    const fit = await claims.evaluate((table) => {
      const right = document.documentElement.clientWidth;
      const rows = [...table.querySelectorAll('tbody tr')];
      return {
        // A card: the statement takes the card's width, below who made it, and the source below the statement.
        stacked: rows.every((tr) => {
          const box = (sel: string) => tr.querySelector(sel)!.getBoundingClientRect();
          const [card, who, statement, source] = [tr, '.claim-who', '.claim-statement', '.claim-source'].map((s) =>
            typeof s === 'string' ? box(s) : s.getBoundingClientRect(),
          );
          return (
            statement!.width >= card!.width * 0.85 &&
            statement!.top >= who!.bottom - 1 &&
            source!.top >= statement!.bottom - 1
          );
        }),
        inside: [...table.querySelectorAll('td')].every((td) => td.getBoundingClientRect().right <= right),
        // Each value still says which column it belongs to.
        labelled: [...table.querySelectorAll('td')].every((td) => td.getAttribute('data-label')),
      };
    });
    expect(fit).toEqual({ stacked: true, inside: true, labelled: true });
    // Still a table to assistive technology: its caption, its column headers and a cell for each value.
    const table = page.getByRole('table', { name: /claims, denials and confirmations/i });
    const rows = await claims.locator('tbody tr').count();
    expect(await table.getByRole('columnheader').count()).toBe(5);
    expect(await table.getByRole('cell').count()).toBe(rows * 5);
    await claims.screenshot({ path: join(SCREENS, `event-${width}-claims.png`) });
    await close();
  });

  it('the claims stay a table on a desktop', async () => {
    const { page, close } = await open(site.browser, 'event', 1280, 800);
    const cells = await page
      .locator('table.claims tbody tr')
      .first()
      .evaluate((tr) => [...tr.children].map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(new Set(cells).size).toBe(1);
    await close();
  });

  it.each([320, 390])('the shares at key dates are a grid read without scrolling at %i px', async (width) => {
    const { page, close } = await open(site.browser, 'map', width);
    const grid = page.locator('.share-table');
    const box = await grid.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    // Every date's figures for a district are on screen.
    const cells = await grid.locator('tbody tr').first().locator('td').all();
    expect(cells.length).toBe(6);
    for (const c of cells) {
      const b = await c.boundingBox();
      expect(b!.x + b!.width).toBeLessThanOrEqual(width);
    }
    await grid.screenshot({ path: join(SCREENS, `map-${width}-shares.png`) });
    await close();
  });
});

describe('print', () => {
  it.each(['event', 'day', 'document'] as const)(
    'the %s page prints black on white without navigation or controls, with link addresses',
    async (name) => {
      const { page, close } = await open(site.browser, name, 800, 1000);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const printed = await page.evaluate(() => {
        const shown = (sel: string) =>
          [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.getClientRects().length > 0).length;
        const external = document.querySelector('main a.external-link');
        return {
          controls: shown('.site-header, .site-footer, .skip-link, .pager, .day-nav, button, form, .filters'),
          background: getComputedStyle(document.body).backgroundColor,
          colour: getComputedStyle(document.body).color,
          address: external ? getComputedStyle(external, '::after').content : null,
          href: external?.getAttribute('href') ?? null,
        };
      });
      expect(printed.controls).toBe(0);
      expect(printed.background).toBe('rgb(255, 255, 255)');
      expect(printed.colour).toBe('rgb(0, 0, 0)');
      expect(printed.href).not.toBeNull();
      expect(printed.address).toContain(printed.href);
      await page.pdf({ path: join(SCREENS, `${name}-print.pdf`) });
      await close();
    },
  );
});
