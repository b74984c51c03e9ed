/**
 * One build at a time per checkout and per content store. Builds from one checkout share its
 * .astro/ folder (content modules, the prerender output) and, unless told otherwise, the content
 * store in cacheDir; two at once overwrite each other's files. This takes a lock on both
 * (proper-lockfile: a directory made atomically, refreshed while held, stale when its build died)
 * before Astro writes anything, so a second build waits, and releases it when the build is done
 * or its process exits.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';

/** Option defaults: how long a build waits for another, how often it looks, and when a held lock counts as abandoned. */
const DEFAULTS = { waitMs: 15 * 60_000, pollMs: 1_000, staleMs: 60_000 };

async function acquire(dir: string, logger: AstroIntegrationLogger): Promise<() => Promise<void>> {
  const lockfilePath = join(dir, 'build.lock');
  const options = {
    realpath: false,
    lockfilePath,
    stale: DEFAULTS.staleMs,
    update: DEFAULTS.staleMs / 6,
    // A lock taken over (its refresh missed for a whole minute) is worth a warning, not a crash of a build that may yet succeed.
    onCompromised: (err: Error) => logger.warn(`build lock ${lockfilePath} was lost: ${err.message}`),
  };
  try {
    return await lockfile.lock(dir, options);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
  }
  logger.info(`waiting for another build of this checkout to finish (lock ${lockfilePath})`);
  const retries = Math.ceil(DEFAULTS.waitMs / DEFAULTS.pollMs);
  const release = await lockfile.lock(dir, {
    ...options,
    retries: { retries, factor: 1, minTimeout: DEFAULTS.pollMs, maxTimeout: DEFAULTS.pollMs },
  });
  logger.info('the other build has finished; building');
  return release;
}

export default function buildLock(): AstroIntegration {
  let releases: (() => Promise<void>)[] = [];
  return {
    name: 'build-lock',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // `astro sync` (and so `astro check`) writes .astro/ too; the dev server keeps its own store and is left alone.
        if (command !== 'build' && command !== 'sync') return;
        const dirs = [new URL('.astro/', config.root), config.cacheDir].map((url) => {
          const dir = fileURLToPath(url);
          mkdirSync(dir, { recursive: true });
          // The real path: worktrees that link one node_modules share its content store.
          return realpathSync(dir);
        });
        // Always in the same order, so that two builds never hold one lock each while waiting for the other's.
        for (const dir of [...new Set(dirs)].sort()) releases.push(await acquire(dir, logger));
      },
      'astro:build:done': async () => {
        for (const release of releases.reverse()) await release();
        releases = [];
      },
    },
  };
}
