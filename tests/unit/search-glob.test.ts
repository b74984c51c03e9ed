import { describe, expect, it } from 'vitest';
import { searchableGlob } from '../../src/lib/search-glob.ts';

const pages = [
  'index.html',
  '404.html',
  'about/index.html',
  'events/a/index.html',
  'events/b/index.html',
  'places/p/index.html',
  'places/p/2/index.html',
  'places/q/index.html',
];
const searchable = new Set([
  'about/index.html',
  'events/a/index.html',
  'events/b/index.html',
  'places/p/index.html',
  'places/q/index.html',
]);

describe('searchableGlob', () => {
  it('names a folder whose every page is searchable by a wildcard, the others page by page', () => {
    expect(searchableGlob(pages, (p) => searchable.has(p))).toBe(
      '{about/**/*.html,events/**/*.html,places/p/index.html,places/q/index.html}',
    );
  });
  it('lists searchable pages at the top level one by one', () => {
    expect(searchableGlob(pages, (p) => p === 'index.html' || p.startsWith('events/'))).toBe(
      '{index.html,events/**/*.html}',
    );
  });
  it("leaves Pagefind's own glob when no page is searchable or a path would need escaping", () => {
    expect(searchableGlob(pages, () => false)).toBeUndefined();
    expect(
      searchableGlob(['events/a{b}/index.html', 'events/c/2/index.html'], (p) => !p.includes('/2/')),
    ).toBeUndefined();
  });
});
