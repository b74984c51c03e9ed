// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkNoRawHtml from './src/plugins/remark-no-raw-html.ts';
import rehypeHeadingAnchors from './src/plugins/rehype-heading-anchors.ts';
import rehypeExternalLinks from './src/plugins/rehype-external-links.ts';
import sitemap from '@astrojs/sitemap';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import pagefindIndex from './src/integrations/pagefind-index.ts';

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
  // Stylesheets go inline (Astro emits them, so security.csp can hash them): a first visit paints without waiting for a stylesheet request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Leaflet's stylesheet names images the map never shows (layer switcher, default marker): as files they are not fetched; inlined, every reader downloaded them.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [requireSite(), sitemap(), pagefindIndex()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkNoRawHtml],
      // Sanitise first (the content check already rejects unsafe links and images; this is the second lock), then add the site's own anchors and link markers.
      rehypePlugins: [
        [
          rehypeSanitize,
          { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [] } },
        ],
        rehypeHeadingAnchors,
        rehypeExternalLinks,
      ],
    }),
  },
});
