/**
 * Builds the Pagefind search index into the output folder once Astro has
 * written the site, so `npm run build` gives a searchable site on any static host.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, globSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchableGlob } from '../lib/search-glob.ts';

const BODY_MARK = Buffer.from('data-pagefind-body');
const CHUNK = 64 * 1024;

/** Does the file's text contain `mark` anywhere? Read in chunks, stopping at the first find. */
function fileContains(path: string, mark: Buffer): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK + mark.length);
    let kept = 0;
    for (;;) {
      const read = readSync(fd, buffer, kept, CHUNK, null);
      if (read === 0) return false;
      const filled = kept + read;
      if (buffer.subarray(0, filled).includes(mark)) return true;
      // A mark split across two chunks: keep the tail of this one in front of the next.
      kept = Math.min(mark.length - 1, filled);
      buffer.copy(buffer, 0, filled - kept, filled);
    }
  } finally {
    closeSync(fd);
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = globSync('**/*.html', { cwd: site }).map((p) => p.split('\\').join('/'));
        const glob = searchableGlob(pages, (page) => fileContains(join(site, page), BODY_MARK));
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, ...(glob ? { glob } : {}) });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
