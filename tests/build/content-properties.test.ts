/**
 * The content property (tests/unit/content-properties.test.ts) through real builds, three
 * seeded cases: the build succeeds exactly when check:content finds nothing, then with a
 * page per event; otherwise it fails with check:content's lines.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** One real build per test; on a busy two-core machine a build takes up to a minute. */
const BUILD_TIMEOUT = 180_000;
import { checkContent } from '../../src/content/load-content.ts';
import { mutation, validContent, writeContent, type Mutation } from '../helpers/content-arbitraries.ts';
import { buildSite, cleanup } from '../helpers/build.ts';

const CASES: { seed: number; mutation: Mutation['kind'] }[] = [
  { seed: 101, mutation: 'none' },
  { seed: 202, mutation: 'retype' },
  { seed: 308, mutation: 'bytes' },
];

describe('mutated content through a real build', () => {
  for (const c of CASES) {
    it(
      `seed ${c.seed} (${c.mutation}): the build agrees with check:content`,
      () => {
        const [[files, m]] = fc.sample(
          fc.tuple(
            validContent,
            mutation.filter((x) => x.kind === c.mutation),
          ),
          { seed: c.seed, numRuns: 1 },
        ) as [[Parameters<typeof writeContent>[1], Mutation]];
        const dir = mkdtempSync(join(tmpdir(), 'karabakh-property-build-'));
        writeContent(dir, files, m);
        const check = checkContent(dir);
        const result = buildSite({ contentDir: dir });
        try {
          if (check.lines.length === 0) {
            expect(result.status, result.output).toBe(0);
            for (const f of files.filter((x) => x.collection === 'events'))
              expect(existsSync(join(result.outDir, 'events', f.id, 'index.html')), f.id).toBe(true);
          } else {
            expect(result.status, result.output).not.toBe(0);
            expect(result.output.split('\n').filter((l) => l.startsWith(`${dir}/`))).toEqual(check.lines);
          }
        } finally {
          cleanup(dir, result.outDir);
        }
      },
      BUILD_TIMEOUT,
    );
  }
});
