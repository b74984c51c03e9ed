// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkNoRawHtml from './src/plugins/remark-no-raw-html.ts';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import sitemap from '@astrojs/sitemap';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import cspHeaders from './src/integrations/csp-headers.ts';
import buildLock from './src/integrations/build-lock.ts';
import { cspHash, JS_CLASS_SCRIPT, policyDirectives, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';
import { standaloneCss } from './src/lib/map-svg.ts';
import { shareChartCss } from './src/lib/share-chart.ts';
import { MAP, MAP_COLOURS } from './src/config.ts';

// Deploy anywhere: SITE is the public origin, BASE the sub-path (e.g. /karabakh/).
const site = process.env.SITE || undefined;
const base = process.env.BASE ?? '/';
const DEV_SITE = 'http://localhost:4321';

/** Every permalink, citation and export names SITE: a build without it would publish an address nobody serves. */
function requireSite() {
  return {
    name: 'require-site',
    hooks: {
      /** @param {{ command: string, updateConfig: (c: { site: string }) => unknown }} options */
      'astro:config:setup': ({ command, updateConfig }) => {
        if (site) return;
        if (command === 'build') {
          console.error(
            'SITE is not set: set it to the public address the site is served from, e.g. SITE=https://your-host.example npm run build, or SITE=http://localhost:4321 npm run build for a local look',
          );
          process.exit(1);
        }
        updateConfig({ site: DEV_SITE });
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Another content folder (fixtures, benchmark) gets its own data store, or stale entries would leak in.
  cacheDir:
    process.env.ASTRO_CACHE_DIR ??
    (process.env.CONTENT_DIR
      ? `./node_modules/.astro/content-${createHash('sha1').update(process.env.CONTENT_DIR).digest('hex').slice(0, 12)}`
      : './node_modules/.astro'),
  // Two content files with the same id must fail the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  // Stylesheets stay files: inlined, every page type carried its own style hashes (the _headers policy could no longer equal each page's meta) and the Nu checker rejected Leaflet's modern CSS.
  build: { format: 'directory' },
  // A strict CSP on every page (src/lib/csp.ts): Astro hashes its bundled scripts and styles; the page's inline script and the standalone SVGs' styles are hashed here.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: policyDirectives({ tileUrl: MAP.tileUrl }),
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [cspHash(JS_CLASS_SCRIPT)] },
      styleDirective: {
        resources: [...STYLE_SOURCES],
        // The empty style: Astro lists its hash on the pages that have one, and one policy must fit every page.
        hashes: [standaloneCss(MAP_COLOURS), shareChartCss(standaloneCss(MAP_COLOURS)), ''].map(cspHash),
      },
    },
  },
  // Leaflet's stylesheet names images the map never shows (layer switcher, default marker): as files they are not fetched; inlined, every reader downloaded them.
  // The one stylesheet every page shares goes inline (the same style hash on every page, so one policy still fits all): a first visit paints without waiting for it.
  vite: { build: { assetsInlineLimit: (file) => /(^|\/)Base\.[\w-]+\.css$/.test(file) } },
  // SITE is checked first; then the build lock: nothing may write to .astro/ or the content store before it is held.
  integrations: [requireSite(), buildLock(), sitemap(), pagefindIndex(), cspHeaders()],
  markdown: {
    // Code blocks stay plain: Shiki's inline styles would need 'unsafe-inline' under the CSP (and rehype-sanitize strips them).
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkNoRawHtml],
      // Sanitise first (the content check already rejects unsafe links and images; this is the second lock), then add the site's own anchors and link markers.
      rehypePlugins: [
        [
          rehypeSanitize,
          { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [] } },
        ],
        // Headings get GitHub-style ids and a "#" link that says which section it links to, so readers can cite a section.
        rehypeSlug,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            test: ['h2', 'h3', 'h4', 'h5', 'h6'],
            properties: { className: ['heading-anchor'] },
            content: (/** @type {import('hast').Element} */ heading) => [
              h('span', { ariaHidden: 'true' }, '#'),
              h('span.visually-hidden', `Link to the section “${toString(heading)}”`),
            ],
          },
        ],
        // Links that leave the site open safely and say so to every reader: a visible arrow, and words for screen readers.
        [
          rehypeExternalLinks,
          {
            rel: ['noopener', 'noreferrer', 'external'],
            properties: { className: ['external-link'] },
            contentProperties: { className: ['external-marker'] },
            content: [h('span', { ariaHidden: 'true' }, ' ↗'), h('span.visually-hidden', ' (external site)')],
          },
        ],
      ],
    }),
  },
});
