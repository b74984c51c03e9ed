/**
 * The floor the benchmark compares our build with: a minimal Astro site of the same Markdown
 * pages. One content collection (the events' Markdown files), one `[id].astro` page rendering
 * the title and the body, and nothing else. It is written to a temporary folder whose
 * node_modules is ours, so that it builds with the same Astro on the same Node.
 *
 * Its Markdown goes through remark and rehype like ours (`unified()` with Astro's defaults:
 * GFM and smart punctuation), so the ratio measures what we add around the same pipeline; with
 * `markdown: 'satteri'` it uses Astro 7's default native processor instead, which no remark or
 * rehype plugin can join.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'floor-site', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: 'http://localhost:4321',
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  build: { format: 'directory' },
  ...(process.env.FLOOR_MARKDOWN === 'satteri' ? {} : { markdown: { processor: unified() } }),
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '**/*.md', base: process.env.FLOOR_EVENTS_DIR }),
    schema: z.object({ title: z.string() }),
  }),
};
`,
  'src/pages/events/[id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const events = await getCollection('events');
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}
const { event } = Astro.props;
const { Content } = await render(event);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{event.data.title}</title>
  </head>
  <body>
    <h1>{event.data.title}</h1>
    <Content />
  </body>
</html>
`,
};

/** Writes the floor project into `dir` (which must exist); build it with FLOOR_EVENTS_DIR, OUT_DIR, ASTRO_CACHE_DIR and FLOOR_MARKDOWN (unified or satteri) set. */
export function writeFloorSite(dir: string, nodeModules: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
