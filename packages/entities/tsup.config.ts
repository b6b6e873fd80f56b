import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

// Whitespace-minified: the model and place data fill most of the 2 MiB installed-size budget
// (test/size.test.ts), and layout is all that is dropped (names stay readable in stack traces).
export default defineConfig({ ...libraryBuild, minifyWhitespace: true });
