/** Markdown facts the content rules need, read from the mdast tree (no rendering). */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

export interface RawHtmlFinding {
  line: number;
  html: string;
}

/** Every raw HTML node in a Markdown tree, with its line. */
export function rawHtmlIn(tree: Root): RawHtmlFinding[] {
  const found: RawHtmlFinding[] = [];
  visit(tree, 'html', (node) => {
    found.push({ line: node.position?.start.line ?? 0, html: node.value.trim().slice(0, 60) });
  });
  return found;
}

export function rawHtmlInMarkdown(markdown: string): RawHtmlFinding[] {
  return rawHtmlIn(fromMarkdown(markdown));
}

export interface LinkFinding {
  line: number;
  url: string;
  kind: 'link' | 'image';
}

/** Every link and image address in a Markdown tree, with its line (definitions count as links). */
export function addressesIn(tree: Root): LinkFinding[] {
  const found: LinkFinding[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition')
      found.push({ line: node.position?.start.line ?? 0, url: node.url, kind: 'link' });
    if (node.type === 'image' || node.type === 'imageReference')
      found.push({ line: node.position?.start.line ?? 0, url: 'url' in node ? String(node.url) : '', kind: 'image' });
  });
  return found;
}

export function addressesInMarkdown(markdown: string): LinkFinding[] {
  return addressesIn(fromMarkdown(markdown));
}

/** Pages a body may link to inside the site: a collection entry by id, or one of the site's own pages. */
export const INTERNAL_COLLECTIONS = ['events', 'places', 'actors', 'sources', 'documents', 'days'] as const;
export const INTERNAL_PAGES = ['/', '/map/', '/about/', '/sources/', '/search/'] as const;

/**
 * What is wrong with an address in a body ("<expected>, got <address>"), or null: links go to http(s), mailto or an
 * existing page of the site; images only to the project's own assets; nothing else runs or loads.
 */
export function addressProblem(
  f: LinkFinding,
  exists: (collection: (typeof INTERNAL_COLLECTIONS)[number], id: string) => boolean,
): string | null {
  const url = f.url.trim();
  if (f.kind === 'image') {
    return /^\/assets\/[\w./-]+$/.test(url)
      ? null
      : `an image from the project's own /assets/ (no remote or data: images), got ${JSON.stringify(url)}`;
  }
  if (/^https?:\/\/[^\s/]+/i.test(url) || /^mailto:[^\s]+@[^\s]+$/i.test(url) || /^#[\w-]+$/.test(url)) return null;
  if (url.startsWith('/')) {
    const m = /^\/(events|places|actors|sources|documents|days)\/([^/#?]+)\/?(?:#[\w-]*)?$/.exec(url);
    if (m)
      return exists(m[1] as (typeof INTERNAL_COLLECTIONS)[number], m[2]!)
        ? null
        : `a link to an existing page, got ${JSON.stringify(url)}: there is no ${m[1]} entry "${m[2]}"`;
    return (INTERNAL_PAGES as readonly string[]).includes(url.replace(/#.*$/, ''))
      ? null
      : `a link to an existing page of the site, got ${JSON.stringify(url)}`;
  }
  return `a link over http(s), mailto or to a page of the site, got ${JSON.stringify(url)}`;
}
