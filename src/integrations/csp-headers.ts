/**
 * Writes `_headers` (Netlify, Cloudflare Pages) after the build from the Content-Security-Policy
 * Astro put into the pages, so that the header and the <meta> policy cannot drift apart.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, globSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergePolicies } from '../lib/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const decode = (value: string) =>
  value
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The meta policy of one built page, or undefined if it has none. */
export function metaPolicy(html: string): string | undefined {
  const m = META.exec(html);
  return m ? decode(m[1]!) : undefined;
}

/** The policy is in the head: the first 64 KB of a page, or the whole page when they hold no complete policy meta. */
const head = Buffer.alloc(64 * 1024);
function pagePolicy(path: string): string | undefined {
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return (
    metaPolicy(head.toString('utf8', 0, read)) ??
    (read < head.length ? undefined : metaPolicy(readFileSync(path, 'utf8')))
  );
}

export default function cspHeaders(): AstroIntegration {
  return {
    name: 'csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const target = join(site, '_headers');
        if (existsSync(target))
          throw new Error('public/_headers would be overwritten: the build writes _headers from the pages’ policy');
        const pages = globSync('**/*.html', { cwd: site });
        const policies = pages.map((page) => {
          const policy = pagePolicy(join(site, page));
          if (!policy) throw new Error(`${page}: no Content-Security-Policy <meta> (is security.csp on?)`);
          return policy;
        });
        writeFileSync(target, headersFile(mergePolicies(policies)));
        logger.info(`_headers: one policy for ${pages.length} pages`);
      },
    },
  };
}
