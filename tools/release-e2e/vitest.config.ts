import { defineConfig } from 'vitest/config';

// One file, run alone: it starts a registry and several npm/tsc processes of its own.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
