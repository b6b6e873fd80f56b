import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

// Two entries: the package (English rules) and `@newsparse/quotes/locales` (German, French and
// Spanish rules), so that an app that reads English only does not bundle the others.
export default defineConfig({ ...libraryBuild, entry: { index: 'src/index.ts', locales: 'src/quote-locales.ts' } });
