// What each published package weighs in an app: its built ESM entry bundled with every
// dependency (as a bundler would ship it), minified, then gzipped. Run after a build:
//
//   node tools/bench/weight.mjs            every package
//   node tools/bench/weight.mjs quotes     only the named ones
//   node tools/bench/weight.mjs --json     machine-readable
//   node tools/bench/weight.mjs --check    the packages with a budget; exit 1 when one is over it
//
// Budgets are bars users were promised (issue #15: quotes alone at most 60 KB gzipped, so a
// browser app can take quotes without the entity model); CI runs --check, so a rule that
// pushes a bundle over its budget is caught before a release, not by a user's bundler.
// The figure is what `import { … } from '@newsparse/<name>'` costs a browser bundle at most
// (everything the entry reaches; a bundler may shake off more for a narrower import).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGES = ['core', 'dateline', 'entities', 'metadata', 'quotes', 'newsparse'];

/** Most gzipped bytes a package's entry may weigh (1 KB = 1,024 bytes). */
const BUDGETS = { quotes: 60 * 1024 };

/** The gzipped size of one entry bundled with its dependencies, and the size of the package's own code in it. */
async function weigh(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'default'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(result.metafile.outputs)[0][1].inputs;
  const own = Object.entries(inputs)
    .filter(([path]) => !path.includes('node_modules/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, ownMinified: own };
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const check = args.includes('--check');
const named = args.filter((arg) => !arg.startsWith('--'));
const rows = [];
// --check alone weighs the packages that have a budget.
for (const name of named.length > 0 ? named : check ? Object.keys(BUDGETS) : PACKAGES) {
  const packageDir = join(root, 'packages', name);
  const entry = join(packageDir, 'dist', 'index.js');
  if (!existsSync(entry)) {
    console.error(`weight: ${name} is not built (no ${entry}); run npm run build first`);
    process.exitCode = 1;
    continue;
  }
  const packageName = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).name;
  rows.push({ name, package: packageName, budget: BUDGETS[name] ?? null, ...(await weigh(entry)) });
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
if (asJson) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('package                 gzipped   minified   own code (minified, workspace files)');
  for (const row of rows) console.log(`${row.package.padEnd(22)} ${kb(row.gzipped).padStart(9)} ${kb(row.minified).padStart(10)} ${kb(row.ownMinified).padStart(10)}`);
}
if (check) {
  for (const row of rows) {
    if (row.budget === null) continue;
    const over = row.gzipped > row.budget;
    console.log(`${over ? 'OVER' : 'ok'}   ${row.package}: ${row.gzipped} bytes gzipped, budget ${row.budget} (${row.budget - row.gzipped} to spare)`);
    if (over) process.exitCode = 1;
  }
}
