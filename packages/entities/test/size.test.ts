import { existsSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Installed-size budget of the published files (dist/: ESM + CJS + types), model and place data included.
const BUDGET_BYTES = 2 * 1024 * 1024;

describe('installed size', () => {
  const dist = new URL('../dist/', import.meta.url);
  it.skipIf(!existsSync(dist))(`dist/ stays within ${BUDGET_BYTES / 1024 / 1024} MiB`, () => {
    const total = readdirSync(dist).reduce((sum, file) => sum + statSync(new URL(file, dist)).size, 0);
    expect(total).toBeLessThan(BUDGET_BYTES);
  });
});
