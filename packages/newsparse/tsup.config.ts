import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

const banner = { js: '// Bundles date-fns (MIT), entities (BSD-2-Clause) and htmlparser2 (MIT): see THIRD-PARTY-NOTICES.md.' };

export default defineConfig([
  libraryBuild,
  {
    // The CLI and its worker threads' entry are Node-only executables, not imports.
    entry: ['src/cli.ts', 'src/worker.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: `#!/usr/bin/env node\n${banner.js}` },
    // The parsers and their small dependencies are bundled in: a fresh CLI call reads a few
    // files instead of resolving and compiling some forty modules, which was a third of the
    // start-up. piscina, cli-progress, tinyglobby and warcio stay external, loaded in batch
    // mode only.
    noExternal: [/^@newsparse\//, /^date-fns(?:\/|$)/, /^entities(?:\/|$)/],
  },
  {
    // What the worker threads run, in one CommonJS file: worker.ts compiles it with V8's
    // code cache (vm.Script's cachedData), which Node 20 offers for scripts, not for ES modules.
    entry: { thread: 'src/cli/thread.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner,
    noExternal: [/^@newsparse\//, /^date-fns(?:\/|$)/, /^entities(?:\/|$)/],
  },
]);
