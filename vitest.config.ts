import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/global-build.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests spawn real Astro builds; one at a time keeps the 2-core machines honest.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 600_000,
  },
});
