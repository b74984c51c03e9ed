/**
 * Two builds from one checkout at once, into different output folders with one content store,
 * share the checkout's .astro/ and the store: the build lock (src/integrations/build-lock.ts)
 * makes one wait for the other, and neither corrupts the other.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, contentWithFixture, FIXTURES, startBuild, type BuildResult } from '../helpers/build.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'karabakh-shared-cache-'));
const results: BuildResult[] = [];
const extraDirs: string[] = [];
afterAll(() => {
  cleanup(...results.map((r) => r.outDir), ...extraDirs);
  rmSync(cacheDir, { recursive: true, force: true });
});

const pages = (outDir: string) => globSync('**/*.html', { cwd: outDir }).sort();
const text = (outDir: string, file: string) => readFileSync(join(outDir, file), 'utf8').replaceAll(outDir, '<out>');

describe('builds at the same time', () => {
  it('two builds of valid-minimal with one cache both succeed, one after the other, with identical pages', async () => {
    const contentDir = join(FIXTURES, 'valid-minimal');
    const [a, b] = await Promise.all([
      startBuild({ contentDir, env: { ASTRO_CACHE_DIR: cacheDir } }),
      startBuild({ contentDir, env: { ASTRO_CACHE_DIR: cacheDir } }),
    ]);
    results.push(a!, b!);
    expect(a!.status, a!.output).toBe(0);
    expect(b!.status, b!.output).toBe(0);
    // The lock made exactly one of them wait.
    expect([a!, b!].filter((r) => /waiting for another build/.test(r.output))).toHaveLength(1);
    const list = pages(a!.outDir);
    expect(list.length).toBeGreaterThan(20);
    expect(pages(b!.outDir)).toEqual(list);
    for (const file of [...list, 'events.json', 'events.csv', '_headers'])
      expect(text(b!.outDir, file), file).toBe(text(a!.outDir, file));
  }, 300_000);

  it('two builds of different content at once (each with its own store, as the config gives them) each hold their own content only', async () => {
    const hostile = contentWithFixture('hostile-names');
    extraDirs.push(hostile);
    // Only the checkout's .astro/ is shared here.
    const [plain, other] = await Promise.all([
      startBuild({ contentDir: join(FIXTURES, 'valid-minimal') }),
      startBuild({ contentDir: hostile }),
    ]);
    results.push(plain!, other!);
    expect(plain!.status, plain!.output).toBe(0);
    expect(other!.status, other!.output).toBe(0);
    expect([plain!, other!].filter((r) => /waiting for another build/.test(r.output))).toHaveLength(1);
    expect(pages(plain!.outDir)).not.toContain('documents/fixture-hostile-statement/index.html');
    expect(pages(other!.outDir)).toContain('documents/fixture-hostile-statement/index.html');
    expect(text(plain!.outDir, 'events.json')).not.toContain('__pwned');
    expect(text(other!.outDir, 'events.json')).toContain('__pwned');
  }, 300_000);
});
