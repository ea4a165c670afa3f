import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
    // Most of the suite's time is spent in spawned CLIs and servers, each a process of its own, so
    // two test files at once use both cores of a 2-core machine (vitest's default there is one on CI).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
