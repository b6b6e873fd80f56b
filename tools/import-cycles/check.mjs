// Import cycles inside each package's src (issue #15: none). A cycle makes a module's
// top-level constants undefined in whichever file loads second, depending on which entry a user
// imports first, and it ties files that should be read alone. Type-only imports are erased at
// build time and do not count.
//
//   node tools/import-cycles/check.mjs      exit 1 and print each cycle when there is one
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const packagesDir = join(root, 'packages');

/** The package's library files (not tests), as tools/regex-check reads them: src/**\/*.ts. */
function sourceFiles(src) {
  return readdirSync(src, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !/\.(?:test|spec)\.ts$/.test(path) && !path.split(/[\\/]/).includes('__tests__'))
    .map((path) => join(src, path));
}

// `import … from './x.js'` and `export … from './x.js'`, not `import type` / `export type`.
const RELATIVE_IMPORT = /^\s*(import|export)\s+(type\s+)?[^;'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The file a relative specifier names ('./x.js' → x.ts, './dir/index.js', './dir' → dir/index.ts). */
function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

let cycles = 0;
for (const name of readdirSync(packagesDir).sort()) {
  const src = join(packagesDir, name, 'src');
  if (!existsSync(src)) continue;
  const graph = new Map();
  for (const file of sourceFiles(src)) {
    const deps = [];
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      if (match[2]) continue;
      const target = resolveSpecifier(file, match[3]);
      if (target !== null) deps.push(target);
    }
    graph.set(file, deps);
  }
  // Depth-first search; a back edge to a file on the stack closes a cycle.
  const state = new Map();
  const stack = [];
  const found = new Set();
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (!graph.has(dep)) continue;
      if (state.get(dep) === 'open') found.add([...stack.slice(stack.indexOf(dep)), dep].map((path) => relative(src, path)).join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  for (const cycle of found) console.log(`cycle in packages/${name}: ${cycle}`);
  cycles += found.size;
}
if (cycles > 0) {
  console.log(`import-cycles: ${cycles} cycle(s); move the shared part into a file both import`);
  process.exitCode = 1;
} else console.log('import-cycles: none');
