import { defineConfig } from 'vitest/config';

// The end-to-end test in headless Chromium: `npm run test:browser` (needs /usr/bin/chromium).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
