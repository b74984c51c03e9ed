import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkNoRawHtml from '../../src/plugins/remark-no-raw-html.ts';
import rehypeHeadingAnchors from '../../src/plugins/rehype-heading-anchors.ts';
import rehypeExternalLinks from '../../src/plugins/rehype-external-links.ts';

const fixture = (name: string) => {
  const path = join(import.meta.dirname, 'plugins', name);
  return new VFile({ path: `content/events/${name}`, value: readFileSync(path, 'utf8') });
};
const render = (file: VFile) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkNoRawHtml)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeHeadingAnchors)
      .use(rehypeExternalLinks)
      .use(rehypeStringify)
      .processSync(file),
  );

describe('remark-no-raw-html', () => {
  it('fails on raw HTML, naming the file, line and field', () => {
    expect(() => render(fixture('raw-html.md'))).toThrow(
      'content/events/raw-html.md:3: body: Markdown only, but found raw HTML "<iframe src=\\"https://example.org\\"></iframe>"',
    );
  });
  it('lets plain Markdown through', () => {
    expect(() => render(fixture('body.md'))).not.toThrow();
  });
});

describe('rehype-heading-anchors', () => {
  it('gives each heading a unique id and a labelled link to itself', () => {
    const html = render(fixture('body.md'));
    expect(html).toContain('<h2 id="what-happened">What happened<a href="#what-happened" class="heading-anchor">');
    expect(html).toContain('<h2 id="what-happened-1">');
    expect(html).toContain('<span class="visually-hidden">Link to the section “What happened”</span>');
  });
});

describe('rehype-external-links', () => {
  it('marks external links with rel=noopener and a spoken and visible marker', () => {
    const html = render(fixture('body.md'));
    expect(html).toContain(
      '<a href="https://example.org/report" rel="noopener noreferrer external" class="external-link">external link<span aria-hidden="true" class="external-marker"> ↗</span><span class="visually-hidden"> (external site)</span></a>',
    );
    expect(html).toContain('<a href="//example.net/" rel="noopener noreferrer external"');
  });
  it('leaves site links alone', () => {
    expect(render(fixture('body.md'))).toContain('<a href="/events/x/">site link</a>');
  });
});
