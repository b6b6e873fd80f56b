#!/usr/bin/env node
// npm run bench: every suite in ./suites runs our parser and its peer on the same inputs,
// in this one process, and reports throughput ratios (absolute times on a shared machine
// mean little; ratios taken seconds apart in one process mean more).
//
//   npm run bench                  all suites
//   npm run bench -- dateline      only suites whose file name contains "dateline"
//   NEWSPARSE_SHARED=/path         where shared/ is (corpora feed the inputs; default ../shared)
//
// A suite module exports `name` (string) and `bench(context)`, an async function returning
// rows: { task, ours: { label, perSecond, unit }, peer?: { label, perSecond }, bar?: number,
// note?: string }. context = { shared, corpora, measure, readJsonl }.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.NEWSPARSE_SHARED ?? join(here, '../../../shared'));
const corpora = join(shared, 'corpora');

/**
 * Runs fn over every input, repeating passes until `minMs` has passed (at least `minPasses`),
 * and returns items per second of the best pass (least disturbed by the rest of the machine).
 */
export function measure(inputs, fn, { minMs = 1500, minPasses = 2, warmup = Math.min(inputs.length, 20) } = {}) {
  for (let index = 0; index < warmup; index++) fn(inputs[index]);
  let best = Infinity;
  let passes = 0;
  const started = performance.now();
  while (passes < minPasses || performance.now() - started < minMs) {
    const t0 = performance.now();
    for (const input of inputs) fn(input);
    best = Math.min(best, performance.now() - t0);
    passes++;
    if (passes > 200) break;
  }
  return inputs.length / (best / 1000);
}

export const readJsonl = (path, limit = Infinity) =>
  readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((line) => JSON.parse(line));

const filter = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = readdirSync(join(here, 'suites')).filter((file) => file.endsWith('.mjs')).sort()
  .filter((file) => filter.length === 0 || filter.some((word) => file.includes(word)));
if (!existsSync(corpora)) console.log(`(no corpora at ${corpora}: suites that need them are skipped)`);

const rows = [];
for (const file of files) {
  const suite = await import(pathToFileURL(join(here, 'suites', file)).href);
  process.stderr.write(`bench: ${suite.name} …\n`);
  try {
    for (const row of await suite.bench({ shared, corpora, measure, readJsonl })) rows.push({ suite: suite.name, ...row });
  } catch (error) {
    rows.push({ suite: suite.name, task: `failed: ${error.message}`, ours: null });
  }
}

const fmt = (value) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1));
const table = rows.map((row) => {
  const ratio = row.ours && row.peer ? row.ours.perSecond / row.peer.perSecond : null;
  return [
    row.suite,
    row.task,
    row.ours ? `${fmt(row.ours.perSecond)} ${row.ours.unit ?? '/s'}` : '',
    row.peer ? `${row.peer.label}: ${fmt(row.peer.perSecond)}` : '',
    ratio === null ? '' : `${ratio.toFixed(2)}×`,
    row.bar ? `≥ ${row.bar}×` : '',
    ratio === null || !row.bar ? '' : ratio >= row.bar ? 'pass' : 'below',
    row.note ?? '',
  ];
});
const header = ['suite', 'task', 'ours', 'peer', 'ratio', 'bar', '', 'note'];
const widths = header.map((_, column) => Math.max(header[column].length, ...table.map((row) => String(row[column]).length)));
const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
console.log(`newsparse bench · node ${process.version} · one process`);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of table) console.log(line(row));
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`\npeak RSS of the whole run: ${peak.toFixed(0)} MiB`);
