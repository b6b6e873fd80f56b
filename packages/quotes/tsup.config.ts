import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

// Three entries: the package (English rules), `@newsparse/quotes/locales` (German, French and
// Spanish rules), so that an app that reads English only does not bundle the others, and
// `@newsparse/quotes/sources` (the source audit's summary), which extraction alone does not need.
export default defineConfig({ ...libraryBuild, entry: { index: 'src/index.ts', locales: 'src/quote-locales.ts', sources: 'src/sources.ts' } });
