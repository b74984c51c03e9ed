import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type Pluggable } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import config from '../../astro.config.mjs';

// The Markdown plugins exactly as the build configures them.
const { remarkPlugins, rehypePlugins } = (
  config.markdown as { processor: { options: { remarkPlugins: Pluggable[]; rehypePlugins: Pluggable[] } } }
).processor.options;

const fixture = (name: string) => {
  const path = join(import.meta.dirname, 'plugins', name);
  return new VFile({ path: `content/events/${name}`, value: readFileSync(path, 'utf8') });
};
const render = (file: VFile) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkPlugins)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypePlugins)
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

describe('heading anchors (rehype-slug and rehype-autolink-headings)', () => {
  it('gives each heading a unique GitHub-style id and a labelled link to itself', () => {
    const html = render(fixture('body.md'));
    expect(html).toContain(
      '<h2 id="what-happened">What happened<a class="heading-anchor" href="#what-happened"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “What happened”</span></a></h2>',
    );
    expect(html).toContain('<h2 id="what-happened-1">What happened<a class="heading-anchor" href="#what-happened-1">');
    expect(html).toContain('<h3 id="shusha--shushi-8-may-1992">Shusha / Shushi, 8 May 1992<a class="heading-anchor"');
  });
});

describe('external links (rehype-external-links)', () => {
  it('marks external links with rel=noopener and a spoken and visible marker', () => {
    const html = render(fixture('body.md'));
    expect(html).toContain(
      '<a href="https://example.org/report" class="external-link" rel="noopener noreferrer external">external link<span class="external-marker"><span aria-hidden="true"> ↗</span><span class="visually-hidden"> (external site)</span></span></a>',
    );
    expect(html).toContain('<a href="//example.net/" class="external-link" rel="noopener noreferrer external">');
  });
  it('leaves site links and mail links alone', () => {
    const html = render(fixture('body.md'));
    expect(html).toContain('<a href="/events/x/">site link</a>');
    expect(html).toContain('<a href="mailto:press@example.org">press office</a>');
  });
});
