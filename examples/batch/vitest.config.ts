import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The end-to-end test runs the CLI, whose worker threads each load the parsers.
    testTimeout: 90_000,
  },
});
