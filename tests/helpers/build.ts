/** Builds a content folder into a fresh output folder with the project's own build command. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
/** The public address test builds name (a production build requires SITE); `.test` is reserved, so it can never resolve. */
export const TEST_SITE = 'https://karabakh-2020.test';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

type BuildOptions = { contentDir?: string; env?: Record<string, string> };

/** The environment of a build into this output folder and content store. */
function buildEnv(options: BuildOptions, outDir: string, cacheDir: string): Record<string, string> {
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child build must not inherit them.
  const inherited = Object.entries(process.env).filter(
    ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k),
  );
  const env: Record<string, string> = {
    ...(Object.fromEntries(inherited) as Record<string, string>),
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE: TEST_SITE,
    ...options.env,
  };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  return env;
}

/** A fresh output folder and content store, and the environment of a build into them. */
function prepareBuild(options: BuildOptions, parent = tmpdir()): { env: Record<string, string>; outDir: string } {
  // Output and content store side by side in one temporary folder, which cleanup() removes whole.
  const root = mkdtempSync(join(parent, 'karabakh-build-'));
  const outDir = join(root, 'dist');
  return { env: buildEnv(options, outDir, join(root, 'astro-cache')), outDir };
}

export function buildSite(options: BuildOptions = {}, parent?: string): BuildResult {
  const { env, outDir } = prepareBuild(options, parent);
  const run = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env, encoding: 'utf8', timeout: 540_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** The same build, started in the background: several can run at once. */
export function startBuild(options: BuildOptions = {}, parent?: string): Promise<BuildResult> {
  const { env, outDir } = prepareBuild(options, parent);
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], { cwd: ROOT, env, timeout: 540_000 });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output, outDir }));
  });
}

/** Where successful builds are kept by what they were built from (in node_modules, so a fresh install starts empty). */
const CACHE = join(ROOT, 'node_modules/.cache/karabakh-test-builds');
/** Builds kept besides the one just used: enough for the real site at two bases and a fixture or two. */
const CACHE_KEEP = 6;

/** Files of the checkout no build reads: the tests, their and the linters' configuration, CI, the top-level prose. */
const NOT_BUILD_INPUTS =
  /^(tests\/|\.ci\/|\.github\/|vitest(\.\w+)?\.config\.ts$|eslint\.config\.js$|\.prettier|\.editorconfig$|[^/]+\.md$)/;

/** Every file of a folder (relative name and bytes) into a hash; a missing folder hashes as such. */
function hashFiles(hash: ReturnType<typeof createHash>, dir: string, files: string[]) {
  for (const file of files.sort()) {
    hash.update(`\0${file}\0`);
    const path = join(dir, file);
    hash.update(existsSync(path) && statSync(path).isFile() ? readFileSync(path) : '(missing)');
  }
}

/**
 * What a build's output depends on: every file of the checkout git does not ignore (but NOT_BUILD_INPUTS),
 * the installed packages, Node, the content folder's files and each variable the configuration or
 * the source reads. Null outside a git checkout, where nothing is cached.
 */
export function buildKey(options: BuildOptions): string | null {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (git.status !== 0) return null;
  const sources = git.stdout.split('\0').filter((f) => f && !NOT_BUILD_INPUTS.test(f));
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  hashFiles(hash, ROOT, [...sources, 'node_modules/.package-lock.json']);
  const contentDir = options.contentDir ?? join(ROOT, 'content');
  hash.update(`\0content\0`);
  if (existsSync(contentDir)) hashFiles(hash, contentDir, globSync('**/*', { cwd: contentDir }));
  // The variables the build reads, named in the source itself; the helper's own (output, store, content) are not inputs.
  const read = new Set<string>();
  for (const f of sources.filter((f) => /\.(m?[jt]s|astro)$/.test(f) && existsSync(join(ROOT, f))))
    for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/(?:process\.env|import\.meta\.env)\.([A-Z_]+)/g))
      read.add(m[1]!);
  const env = buildEnv(options, '', '');
  for (const name of [...read].filter((n) => !['OUT_DIR', 'ASTRO_CACHE_DIR', 'CONTENT_DIR'].includes(n)).sort())
    hash.update(`\0${name}=${env[name] ?? '(unset)'}`);
  return hash.digest('hex').slice(0, 32);
}

/** Whether a process is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The kept build of a key, marked as just used, if there is one. */
function keptBuild(key: string): BuildResult | null {
  const kept = join(CACHE, key);
  if (!existsSync(join(kept, 'dist'))) return null;
  const now = new Date();
  utimesSync(kept, now, now);
  return { status: 0, output: `(the build of ${key}, kept in ${CACHE})`, outDir: join(kept, 'dist') };
}

/**
 * A successful build of these inputs: the kept one if the same inputs were built before (e.g.
 * by `npm test` for `npm run test:e2e`), else a fresh build, kept. If another process is building
 * the same inputs (a global setup that started it early), this waits for that one. Never removed
 * by cleanup(); TEST_BUILD_CACHE=0 builds afresh every time. A failed build is returned as it is.
 */
export async function cachedBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const key = process.env.TEST_BUILD_CACHE === '0' ? null : buildKey(options);
  if (!key) return startBuild(options);
  mkdirSync(CACHE, { recursive: true });
  const marker = join(CACHE, `${key}.building`);
  for (;;) {
    const kept = keptBuild(key);
    if (kept) return kept;
    try {
      // Created only if absent: one process builds, the others wait for it.
      writeFileSync(marker, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      let pid: number;
      try {
        pid = Number(readFileSync(marker, 'utf8'));
      } catch {
        continue; // gone meanwhile
      }
      if (pid && !alive(pid)) rmSync(marker, { force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    const build = await startBuild(options, CACHE);
    if (build.status !== 0) return build;
    const kept = join(CACHE, key);
    // Renamed into place whole, so a reader never sees half a build.
    rmSync(join(dirname(build.outDir), 'astro-cache'), { recursive: true, force: true });
    try {
      renameSync(dirname(build.outDir), kept);
    } catch {
      cleanup(build.outDir);
      if (!existsSync(join(kept, 'dist'))) throw new Error(`could not keep the build ${key} in ${CACHE}`);
    }
    // The least recently used go, unless used within the last half hour (another run, e.g. in a worktree sharing node_modules, may be reading it).
    const entries = readdirSync(CACHE)
      .filter((e) => /^[0-9a-f]{32}$/.test(e))
      .map((e) => ({ e, t: statSync(join(CACHE, e)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { e, t } of entries.slice(CACHE_KEEP))
      if (Date.now() - t > 30 * 60_000) rmSync(join(CACHE, e), { recursive: true, force: true });
    return { ...build, outDir: join(kept, 'dist') };
  } finally {
    rmSync(marker, { force: true });
  }
}

/** The valid minimal content with one failure fixture laid over it, in a temporary folder. */
export function contentWithFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `karabakh-content-${name}-`));
  cpSync(join(FIXTURES, 'valid-minimal'), dir, { recursive: true });
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function cleanup(...dirs: string[]) {
  // A kept build stays for the next run (cachedBuild() prunes them).
  for (const d of dirs.filter((d) => !resolve(d).startsWith(`${CACHE}/`)))
    rmSync(basename(dirname(d)).startsWith('karabakh-build-') ? dirname(d) : d, { recursive: true, force: true });
}

/** Ids of a collection as the file system has them (file names), independent of the project's own loaders. */
export function contentIds(collection: 'events' | 'places' | 'actors' | 'sources' | 'documents'): string[] {
  const pattern = collection === 'events' ? '**/*.md' : '**/*.{yaml,yml,json}';
  return globSync(pattern, { cwd: join(ROOT, 'content', collection) }).map((f) =>
    basename(f).replace(/\.(md|ya?ml|json)$/, ''),
  );
}
