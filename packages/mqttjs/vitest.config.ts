import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every shipped catalog registered, English first, as a Node app does (issue 12).
    setupFiles: ['../../tools/test-support/register-all.mts'],
    testTimeout: 15_000,
    hookTimeout: 20_000,
    teardownTimeout: 10_000,
  },
});
