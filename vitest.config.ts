import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build tests spawn real Astro builds; one at a time keeps the 2-core machines honest.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 600_000,
    projects: [
      // Pure functions over fixtures and the content folder: no build.
      {
        extends: true,
        // No build and no shared state: its files run side by side, in threads that keep their imports between files.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          fileParallelism: true,
          pool: 'threads',
          isolate: false,
        },
      },
      // Checks of a real build's output: one shared build before them.
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/global-build.ts'] },
      },
    ],
  },
});
