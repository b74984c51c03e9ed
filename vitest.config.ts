import { defineConfig } from 'vitest/config';

/** Build tests that run real builds of their own: the build lock makes them wait for each other, and concurrent-builds counts the waits. */
const OWN_BUILDS = [
  'tests/build/broken-content.test.ts',
  'tests/build/concurrent-builds.test.ts',
  'tests/build/content-properties.test.ts',
  'tests/build/csp-tiles.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        // No build and no shared state: its files run side by side, in threads that keep their imports between files.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          fileParallelism: true,
          maxWorkers: 2,
          pool: 'threads',
          isolate: false,
        },
      },
      // Checks of a real build's output: one shared build before them; they only read it, so two files run at once.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: OWN_BUILDS,
          globalSetup: ['tests/helpers/global-build.ts'],
          maxWorkers: 2,
        },
      },
      // Beside those, one file at a time: no other test builds, so only these wait for each other's build lock.
      {
        extends: true,
        test: {
          name: 'build-fixtures',
          include: OWN_BUILDS,
          globalSetup: ['tests/helpers/global-build.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
