/** Links that leave the site open safely and say so to every reader, sighted or not. */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

export function isExternalHref(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href);
}

export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !isExternalHref(href)) return;
      node.properties.rel = ['noopener', 'noreferrer', 'external'];
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'external-link'];
      node.children.push(
        {
          type: 'element',
          tagName: 'span',
          properties: { ariaHidden: 'true', className: ['external-marker'] },
          children: [{ type: 'text', value: ' ↗' }],
        },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: ' (external site)' }],
        },
      );
    });
  };
}
