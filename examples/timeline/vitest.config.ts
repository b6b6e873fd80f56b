import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The smoke test starts the example in a child process (tsx + the parsers' start-up).
    testTimeout: 30_000,
  },
});
