/**
 * What only a real build can show: the build runs the loader check:content runs and stops
 * with the same lines, a missing content folder stops it, a link to a missing page stops it,
 * and content the loader accepts builds a page per entry. Every other class of broken
 * content goes through the fast check (tests/unit/content-fixtures.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** One real build per test; on a busy two-core machine a build takes up to a minute. */
const BUILD_TIMEOUT = 180_000;
import { FIXTURES, ROOT, buildSite, cleanup, contentWithFixture } from '../helpers/build.ts';

/** The problem lines of some output: those that name a file or folder of the content folder. */
const problemLines = (output: string, dir: string) => output.split('\n').filter((l) => l.startsWith(`${dir}/`));

function checkContent(dir: string) {
  const run = spawnSync(process.execPath, ['tools/check-content.ts', dir], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('broken content fails the build', () => {
  it(
    'three broken files in three collections: one build reports all three, in the lines check:content prints',
    () => {
      const content = contentWithFixture('three-collections');
      const result = buildSite({ contentDir: content });
      try {
        const check = checkContent(content);
        expect(check.status).toBe(1);
        const lines = problemLines(check.output, content);
        expect(lines.map((l) => l.slice(content.length))).toEqual([
          expect.stringMatching(/^\/events\/2020-11-12-fixture-no-title\.md:2: title: /),
          expect.stringMatching(/^\/places\/fixture-no-kind\.yaml:1: kind: /),
          expect.stringMatching(/^\/sources\/fixture-bad-language\.yaml:5: language: /),
        ]);
        expect(result.status, result.output).not.toBe(0);
        expect(problemLines(result.output, content)).toEqual(lines);
        // No stack trace unless DEBUG is set.
        expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
      } finally {
        cleanup(content, result.outDir);
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    'CONTENT_DIR pointing nowhere: the build stops (no six-page site)',
    () => {
      const nowhere = join(mkdtempSync(join(tmpdir(), 'karabakh-nowhere-')), 'content');
      const result = buildSite({ contentDir: nowhere });
      try {
        expect(result.status, result.output).not.toBe(0);
        expect(problemLines(result.output, nowhere)).toEqual([
          `${nowhere}/: (folder): expected the content folder (./content, or the folder CONTENT_DIR names), got no folder at ${nowhere}`,
        ]);
        expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
      } finally {
        cleanup(join(nowhere, '..'), result.outDir);
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    'a link to a page that does not exist stops the build, with the line in the file',
    () => {
      const content = contentWithFixture('missing-internal-link');
      const result = buildSite({ contentDir: content });
      try {
        expect(result.status, result.output).not.toBe(0);
        expect(problemLines(result.output, content)).toEqual([
          `${content}/events/2020-11-12-fixture-link.md:15: body: expected a link to an existing page, got "/events/no-such-event/": there is no events entry "no-such-event"`,
        ]);
      } finally {
        cleanup(content, result.outDir);
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    'content the loader accepts (a BOM, JSON, a three-part zone) builds a page for every entry',
    () => {
      const content = contentWithFixture('bom');
      cpSync(join(FIXTURES, 'three-part-zone'), content, { recursive: true });
      const result = buildSite({ contentDir: content });
      try {
        expect(result.status, result.output).toBe(0);
        for (const id of [
          '2020-11-08-fixture-shusha',
          '2020-11-10-fixture-in-force',
          '1993-fixture-year',
          '2020-11-12-fixture-bom',
          '2020-11-12-fixture-buenos-aires',
        ])
          expect(existsSync(join(result.outDir, 'events', id, 'index.html')), id).toBe(true);
        const bom = readFileSync(join(result.outDir, 'events/2020-11-12-fixture-bom/index.html'), 'utf8');
        expect(bom).toContain('Byte order mark');
        expect(bom).not.toContain('\uFEFF');
        expect(existsSync(join(result.outDir, 'actors/fixture-bom-actor/index.html'))).toBe(true);
        // The body went through the site's Markdown pipeline (heading anchors, external link marker).
        const shusha = readFileSync(join(result.outDir, 'events/2020-11-08-fixture-shusha/index.html'), 'utf8');
        expect(shusha).toMatch(/<h2 id="details"/);
        expect(shusha).toMatch(/href="https:\/\/example\.org\/page"[^>]*rel="[^"]*noopener/);
      } finally {
        cleanup(content, result.outDir);
      }
    },
    BUILD_TIMEOUT,
  );
});
