/** Builds the real content once per checkout state (kept: `npm test` builds it, `npm run test:e2e` reuses it); build and browser tests read it through inject('siteDist'). */
import type { TestProject } from 'vitest/node';
import { cachedBuild, TEST_SITE } from './build.ts';

export { TEST_SITE };

export default async function setup(project: TestProject) {
  const build = await cachedBuild({ env: { SITE: TEST_SITE, BASE: '/' } });
  if (build.status !== 0) throw new Error(`build of the real content failed:\n${build.output}`);
  project.provide('siteDist', build.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}
