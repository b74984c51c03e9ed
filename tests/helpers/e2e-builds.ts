/**
 * The browser tests' other builds (the site under a sub-path, the hostile-names fixture),
 * started in the background once the shared build is there: they build while the first test
 * files run, and the files that need them wait for them (cachedBuild).
 */
import { rmSync } from 'node:fs';
import { cachedBuild, contentWithFixture } from './build.ts';

/** The real content built for a sub-path (tests/e2e/finding.test.ts). */
export const SUB_PATH_BUILD = { env: { BASE: '/karabakh/' } };
/** The fixture tests/e2e/hostile.test.ts builds, laid over valid-minimal. */
export const HOSTILE_FIXTURE = 'hostile-names';

export default function setup() {
  const hostile = contentWithFixture(HOSTILE_FIXTURE);
  // One after the other: the build lock would make the second wait anyway. A failure is left for the test file's own call to report.
  const started = (async () => {
    await cachedBuild(SUB_PATH_BUILD);
    await cachedBuild({ contentDir: hostile });
  })().catch(() => undefined);
  return async () => {
    await started;
    rmSync(hostile, { recursive: true, force: true });
  };
}
