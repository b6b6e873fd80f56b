import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The smoke test starts the example in a child process (tsx + the parsers' start-up);
    // it takes seconds, but CI runs every workspace's tests at once on a few cores.
    testTimeout: 90_000,
  },
});
