import type { Options } from 'tsup';

/**
 * The build every published package shares: ESM + CJS with their own type files
 * (.d.ts / .d.cts), for every runtime (`platform: 'neutral'` assumes no Node built-ins).
 */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Sourcemaps would point at src/, which is not published.
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
};
