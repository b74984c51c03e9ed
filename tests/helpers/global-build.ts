/** Builds the real content once per test run; build and browser tests read it through inject('siteDist'). */
import type { TestProject } from 'vitest/node';
import { buildSite, cleanup, TEST_SITE } from './build.ts';

export { TEST_SITE };

export default function setup(project: TestProject) {
  const build = buildSite({ env: { SITE: TEST_SITE, BASE: '/' } });
  if (build.status !== 0) throw new Error(`build of the real content failed:\n${build.output}`);
  project.provide('siteDist', build.outDir);
  return () => cleanup(build.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}
