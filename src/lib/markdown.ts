/** Markdown facts the content rules need, read from the mdast tree (no rendering). */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

export interface RawHtmlFinding { line: number; html: string }

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
