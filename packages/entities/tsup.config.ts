import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

// Fully minified: the model and place data fill most of the 2 MiB installed-size budget
// (test/size.test.ts), and every rule ships twice (ESM and CJS). Renaming local identifiers
// takes about 140 KB off each bundle, which is room for rules; exported names, error types and
// behaviour are unchanged (the bundle's own names only show in a stack trace).
export default defineConfig({ ...libraryBuild, minify: true });
