/** Search results in Chromium: each says what it is and when, its excerpt reads as words, and its marks are elements built from text. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite, watchedPage } from '../helpers/browser.ts';

const site = servedSite(inject('siteDist'));

async function search(page: Page, query: string) {
  await page.goto(`${site.server.url}search/?${query}`);
  await page.waitForSelector('site-search[data-results]', { state: 'attached' });
  return page.locator('.search-results > li');
}

const KINDS = ['Event', 'Day', 'Place', 'Actor', 'Source', 'Document', 'Page'];

describe('search results', () => {
  it('name their kind, give a date where the page has one, and show an excerpt with its words apart', async () => {
    const { page, consoleErrors, foreignRequests } = await watchedPage(site.browser);
    const items = await search(page, 'q=Agdam');
    expect(await items.count()).toBeGreaterThan(5);
    const results = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        kind: li.querySelector('.result-kind')?.textContent ?? '',
        meta: li.querySelector('.result-meta')?.textContent ?? '',
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
      })),
    );
    for (const r of results) expect(KINDS, r.href).toContain(r.kind);
    const kinds = new Set(results.map((r) => r.kind));
    expect(kinds.has('Event') && kinds.has('Place')).toBe(true);
    // An event's result carries its date; a place has none.
    const event = results.find((r) => r.href.includes('/events/'))!;
    expect(event.meta).toMatch(/^Event · .*\b(19|20)\d\d\b/);
    expect(results.find((r) => r.href.includes('/places/'))!.meta).toBe('Place');
    for (const r of results) {
      expect(r.excerpt.length, r.href).toBeGreaterThan(20);
      // No badge, label or date runs into the next word ("2020ConfirmedMilitary", "EnglishAgdam").
      expect(r.excerpt, r.href).not.toMatch(
        /\d{4}[A-Za-z]|(Confirmed|Disputed|Military|Notable|English|form|Azerbaijani|Armenian)\p{Lu}/u,
      );
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('marks the matched words with <mark> elements made from text, nothing else', async () => {
    const { page } = await watchedPage(site.browser);
    const items = await search(page, 'q=Shusha');
    const excerpts = await items.evaluateAll((lis) =>
      lis.map((li) => {
        const p = li.querySelector('.result-excerpt')!;
        return {
          tags: [...p.querySelectorAll('*')].map((el) => el.tagName),
          marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
          nodes: [...p.childNodes].every((n) => n.nodeType === Node.TEXT_NODE || n.nodeName === 'MARK'),
        };
      }),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) {
      expect(new Set(e.tags)).toEqual(new Set(['MARK']));
      expect(e.nodes).toBe(true);
      for (const m of e.marks) expect(m).toMatch(/shusha/i);
    }
  });

  it('narrows to one kind of page, keeps it in the address and counts each kind', async () => {
    const { page } = await watchedPage(site.browser);
    await search(page, 'q=Agdam');
    const all = Number(await page.locator('site-search').getAttribute('data-results'));
    await page.selectOption('#search-kind', 'place');
    await page.waitForFunction(() => document.querySelector('site-search')?.hasAttribute('data-results'));
    const places = Number(await page.locator('site-search').getAttribute('data-results'));
    expect(places).toBeGreaterThan(0);
    expect(places).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('place');
    const kinds = await page.locator('.search-results .result-kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Place']));
    expect(await page.locator('#search-kind option[value="place"]').textContent()).toBe(`Places (${places})`);
    await page.reload();
    await page.waitForSelector('site-search[data-results]', { state: 'attached' });
    expect(await page.locator('#search-kind').inputValue()).toBe('place');
    expect(Number(await page.locator('site-search').getAttribute('data-results'))).toBe(places);
  });

  it('shows the first results and more on request', async () => {
    const { page } = await watchedPage(site.browser);
    const items = await search(page, 'q=Azerbaijan');
    const total = Number(await page.locator('site-search').getAttribute('data-results'));
    const first = await items.count();
    expect(total).toBeGreaterThan(first);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(first);
  });

  it('shows apostrophes and ampersands as themselves, never as entities', async () => {
    const { page } = await watchedPage(site.browser);
    const items = await search(page, 'q=Azerbaijan%27s');
    const texts = await items.locator('.result-excerpt').allTextContents();
    expect(texts.some((t) => t.includes("Azerbaijan's"))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
  });
});
