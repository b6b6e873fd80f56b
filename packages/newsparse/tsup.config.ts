import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

export default defineConfig([
  libraryBuild,
  {
    // The CLI and its worker are Node-only executables, not imports.
    entry: ['src/cli.ts', 'src/worker.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node\n// Bundles date-fns (MIT), entities (BSD-2-Clause) and htmlparser2 (MIT): see THIRD-PARTY-NOTICES.md.' },
    // The parsers and their small dependencies are bundled in: a fresh CLI call (and every batch
    // worker) then reads a few files instead of resolving and compiling some forty modules, which
    // was a third of the start-up. piscina, cli-progress, tinyglobby and warcio stay external,
    // loaded in batch mode only.
    noExternal: [/^@newsparse\//, /^date-fns(?:\/|$)/, /^entities(?:\/|$)/],
  },
]);
