#!/usr/bin/env node
// ReDoS gate for CI: every regular expression in packages/*/src (tests excluded) goes through
// recheck; a polynomial or exponential one fails the run unless allowlist.json names it with
// a reason and a measured timing. Nothing is cached: each run checks the source as it is.
//
//   node tools/regex-check/check.mjs [--json out.json] [--verbose] [--only path-prefix]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import { extractRegexes } from './extract.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const verbose = args.includes('--verbose');
// --only packages/metadata: check one package while working on it (CI checks all).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

// Two passes keep the run near a minute on 2 idle cores. First recheck's `auto` checker (the
// automaton analysis, exact when it finishes) with a short ceiling: almost every pattern is
// decided in milliseconds. The few it cannot decide in time (large case-insensitive
// alternations) go to the fuzzing checker. A pattern still undecided fails the gate: it is
// never counted as safe.
// recheck's own defaults otherwise: its fuzzing limits are what its authors tuned against
// false verdicts. (Replacing them with step limits made runs slower and found fewer attacks.)
const FIRST_PASS = { checker: 'auto', timeout: 5_000 };
const SECOND_PASS = { checker: 'fuzz', timeout: 20_000 };
// recheck's native agent checks requests on its own threads; one per core.
const CONCURRENCY = 2;

/** Library source files: packages/<name>/src/**\/*.ts without tests. */
function sourceFiles() {
  const files = [];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', pkg, 'src');
    let entries;
    try { entries = readdirSync(src, { recursive: true }); } catch { continue; }
    for (const entry of entries) {
      const path = String(entry);
      if (!path.endsWith('.ts') || path.endsWith('.d.ts')) continue;
      if (/\.(?:test|spec)\.ts$/.test(path) || path.split(/[\\/]/).includes('__tests__')) continue;
      files.push(relative(root, join(src, path)).split('\\').join('/'));
    }
  }
  return files.filter((file) => only === null || file.startsWith(only)).sort();
}

function loadAllowlist() {
  const entries = JSON.parse(readFileSync(join(here, 'allowlist.json'), 'utf8'));
  for (const entry of entries) {
    for (const key of ['file', 'source', 'flags', 'reason', 'timing']) {
      if (typeof entry[key] !== 'string' || (key !== 'flags' && entry[key].trim() === '')) {
        throw new Error(`allowlist.json: every entry needs a string "${key}" (${JSON.stringify(entry).slice(0, 80)})`);
      }
    }
  }
  return entries;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function mapLimited(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const describe = (d) => d.status === 'vulnerable'
  ? (d.complexity.type === 'exponential' ? 'exponential' : `polynomial (degree ${d.complexity.degree})`)
  : d.status === 'unknown' ? `unknown (${d.error.kind}${d.error.message ? `: ${d.error.message}` : ''})` : d.status;

const started = Date.now();
const files = sourceFiles();
const found = [];
const dynamic = [];
for (const file of files) {
  const result = extractRegexes(file, readFileSync(join(root, file), 'utf8'));
  found.push(...result.found);
  dynamic.push(...result.dynamic);
}

// The same pattern often appears more than once; check each source/flags pair once.
const unique = new Map();
for (const regex of found) {
  const key = `/${regex.source}/${regex.flags}`;
  if (!unique.has(key)) unique.set(key, { source: regex.source, flags: regex.flags, sites: [] });
  unique.get(key).sites.push(regex);
}
const patterns = [...unique.values()];
await mapLimited(patterns, CONCURRENCY, async (pattern) => {
  const t0 = Date.now();
  pattern.diagnostics = await check(pattern.source, pattern.flags, FIRST_PASS);
  if (pattern.diagnostics.status === 'unknown' && pattern.diagnostics.error.kind === 'timeout') {
    pattern.diagnostics = await check(pattern.source, pattern.flags, SECOND_PASS);
  }
  pattern.ms = Date.now() - t0;
});

const allowlist = loadAllowlist();
const used = new Set();
const failures = [];
const allowed = [];
for (const pattern of patterns) {
  const d = pattern.diagnostics;
  if (d.status === 'safe') continue;
  for (const site of pattern.sites) {
    const entry = allowlist.find((a) => a.file === site.file && a.source === site.source && a.flags === site.flags);
    const row = { ...site, verdict: describe(d), attack: d.status === 'vulnerable' ? d.attack : null, ms: pattern.ms };
    // An exemption measured safe also covers a run where recheck could not decide in time.
    if (entry) {
      used.add(entry);
      allowed.push({ ...row, reason: entry.reason, timing: entry.timing });
    } else {
      failures.push(row);
    }
  }
}
// An entry whose pattern is still in the source but was proven safe this run stays: recheck's
// verdict on these borderline patterns varies with the machine's load. Only a pattern gone from
// its file makes an entry stale.
const present = (entry) => patterns.some((pattern) => pattern.sites.some((site) => site.file === entry.file && site.source === entry.source && site.flags === entry.flags));
const stale = allowlist.filter((entry) => !used.has(entry) && !present(entry) && (only === null || entry.file.startsWith(only)));

const shortAttack = (attack) => attack
  ? ` attack: ${attack.pumps.map((p) => `${JSON.stringify(p.prefix.slice(0, 30))} + ${JSON.stringify(p.pump.slice(0, 30))} x n`).join(', ')} + ${JSON.stringify(attack.suffix.slice(0, 30))}`
  : '';

console.log(`regex-check: ${found.length} regexes (${patterns.length} distinct) in ${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (verbose) {
  for (const pattern of [...patterns].sort((a, b) => b.ms - a.ms).slice(0, 10)) {
    console.log(`  slowest: ${pattern.ms} ms ${pattern.diagnostics.checker ?? ''} /${pattern.source.slice(0, 60)}/${pattern.flags}`);
  }
  for (const d of dynamic) console.log(`  not checkable (computed pattern): ${d.file}:${d.line} ${d.text}`);
}
for (const row of allowed) {
  console.log(`allowed  ${row.file}:${row.line} ${row.verdict} /${row.source}/${row.flags}\n         reason: ${row.reason}\n         timing: ${row.timing}`);
}
for (const entry of stale) {
  console.log(`stale allowlist entry (its pattern is no longer in the file; remove it): ${entry.file} /${entry.source}/${entry.flags}`);
}
for (const row of failures) {
  console.log(`FLAGGED  ${row.file}:${row.line} ${row.verdict} /${row.source}/${row.flags}\n        ${shortAttack(row.attack)}`);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ failures, allowed, stale, dynamic }, null, 2)}\n`);
if (failures.length > 0) {
  console.log(`\n${failures.length} flagged. Rewrite each (bounded scan, sticky regex from a known position, plain`
    + ' string search) or, if its input is bounded by construction, add it to tools/regex-check/allowlist.json'
    + ' with the reason and a timing on a 1 MB input built from the attack string above.');
  process.exit(1);
}
console.log('no super-linear regex.');
// recheck keeps its backend process alive; the verdict is in, so end here.
process.exit(0);
