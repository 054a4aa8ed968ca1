import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/unit/english-messages.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          retry: 0,
          // A real browser on a shared CI machine: the default 1 s is one slow worker start from a false failure.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          retry: 0,
          // A real browser on a shared CI machine: the default 1 s is one slow worker start from a false failure.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
