import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A guard against hangs only: CI runs every package's tests at once on two cores.
    testTimeout: 180_000,
    // The linear-time guards collect garbage before each timed run, so one run's garbage is not billed to the next.
    execArgv: ['--expose-gc'],
  },
});
