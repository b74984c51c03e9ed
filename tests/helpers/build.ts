/** Builds a content folder into a fresh output folder with the project's own build command. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, rmSync } from 'node:fs';
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

/** A fresh output folder and content store, and the environment of a build into them. */
function prepareBuild(options: BuildOptions): { env: Record<string, string>; outDir: string } {
  // Output and content store side by side in one temporary folder, which cleanup() removes whole.
  const root = mkdtempSync(join(tmpdir(), 'karabakh-build-'));
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'astro-cache');
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
  return { env, outDir };
}

export function buildSite(options: BuildOptions = {}): BuildResult {
  const { env, outDir } = prepareBuild(options);
  const run = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env, encoding: 'utf8', timeout: 540_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** The same build, started in the background: several can run at once. */
export function startBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const { env, outDir } = prepareBuild(options);
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], { cwd: ROOT, env, timeout: 540_000 });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output, outDir }));
  });
}

/** The valid minimal content with one failure fixture laid over it, in a temporary folder. */
export function contentWithFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `karabakh-content-${name}-`));
  cpSync(join(FIXTURES, 'valid-minimal'), dir, { recursive: true });
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function cleanup(...dirs: string[]) {
  for (const d of dirs)
    rmSync(basename(dirname(d)).startsWith('karabakh-build-') ? dirname(d) : d, { recursive: true, force: true });
}

/** Ids of a collection as the file system has them (file names), independent of the project's own loaders. */
export function contentIds(collection: 'events' | 'places' | 'actors' | 'sources' | 'documents'): string[] {
  const pattern = collection === 'events' ? '**/*.md' : '**/*.{yaml,yml,json}';
  return globSync(pattern, { cwd: join(ROOT, 'content', collection) }).map((f) =>
    basename(f).replace(/\.(md|ya?ml|json)$/, ''),
  );
}
