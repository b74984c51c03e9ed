import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/global-build.ts', 'tests/helpers/e2e-builds.ts'],
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    // Tests marked concurrent (the axe runs) go two at a time, one per core.
    maxConcurrency: 2,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
