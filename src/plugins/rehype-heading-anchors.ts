/** Headings in a body get a stable id and a visible "#" link, so readers can cite a section. */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      const text = toString(node);
      const id = typeof node.properties.id === 'string' && node.properties.id ? node.properties.id : slugger.slug(text);
      node.properties.id = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['heading-anchor'] },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: `Link to the section “${text}”` }],
          },
        ],
      });
    });
  };
}
