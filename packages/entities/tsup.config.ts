import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Sourcemaps would point at src/, which is not published.
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
