#!/usr/bin/env node
// npm run eval: each package over its corpus in ../shared/corpora, scored by the reference
// scorers in ../shared/eval (called unchanged, as child processes), summarised in one table.
//
//   npm run eval                 all packages
//   npm run eval -- quotes       only the named tasks (dateline, entities, quotes, quotes-all, metadata, metadata-web)
//   NEWSPARSE_SHARED=/path       where shared/ is (default: ../shared beside the repository)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const shared = resolve(process.env.NEWSPARSE_SHARED ?? join(root, '../shared'));
const corpora = join(shared, 'corpora');
const scorers = join(shared, 'eval');

if (!existsSync(corpora) || !existsSync(scorers)) {
  console.log(`newsparse eval: no corpora at ${corpora} (set NEWSPARSE_SHARED); nothing to score.`);
  process.exit(0);
}

const adapter = (name) => join(here, 'adapters', `${name}.mjs`);
const pct = (value) => (value === null || value === undefined ? 'n/a' : `${(100 * value).toFixed(1)} %`);

/** Each task: how to run its scorer and which figures to report, with the bar. */
const tasks = [
  {
    name: 'dateline',
    corpus: 'reuters21578-datelines',
    run: (data) => json(['score-datelines.mjs', data, adapter('dateline'), 'dateline', '--json']),
    rows: (r) => [
      ['location', r.accuracy.location, 0.995],
      ['date', r.accuracy.date, 0.998],
      ['bodyStart (datelineEnd)', r.accuracy.datelineEnd, 0.995],
      ['agency', r.accuracy.agency, null],
      ['docs/s', r.docsPerSec, null, 'raw'],
    ],
  },
  {
    name: 'entities',
    corpus: 'gum-news-ner',
    run: (data) => {
      const dir = mkdtempSync(join(tmpdir(), 'np-eval-'));
      try {
        execFileSync(process.execPath, [join(scorers, 'score-ner.mjs'), data, `${adapter('entities')}#entities`, '--json', join(dir, 'out.json')], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 28 });
        return JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    rows: (r) => [
      ['micro F1 PER+LOC+ORG', r.micro.f1, 0.75],
      ['PER F1', r.perType?.PER?.f1 ?? r.types?.PER?.f1 ?? null, null],
      ['LOC F1', r.perType?.LOC?.f1 ?? r.types?.LOC?.f1 ?? null, null],
      ['ORG F1', r.perType?.ORG?.f1 ?? r.types?.ORG?.f1 ?? null, null],
      ['words/s', r.wordsPerSec, null, 'raw'],
    ],
  },
  {
    name: 'quotes',
    corpus: 'polnear-quotes',
    // The direct-quote extractor: extractQuotes' quotes of kind 'direct' (see adapters/quotes.mjs).
    run: (data) => json(['score-quotes.mjs', data, adapter('quotes'), 'directQuotes', '--kinds', 'direct', '--json']),
    rows: (r) => [
      ['direct: exact-span F1', r.exact.F1, 0.92],
      ['direct: speaker accuracy', r.attribution.accuracy, 0.9],
      ['direct: overlap F1', r.overlap50.F1, null],
    ],
  },
  {
    name: 'quotes-all',
    corpus: 'polnear-quotes',
    run: (data) => json(['score-quotes.mjs', data, adapter('quotes'), 'quotes', '--json']),
    rows: (r) => [
      ['all kinds: overlap F1', r.overlap50.F1, 0.65],
      ['all kinds: speaker accuracy', r.attribution.accuracy, null],
      ['docs/s', r.throughput.docsPerSec, null, 'raw'],
    ],
  },
  {
    name: 'metadata',
    corpus: 'readability-meta',
    run: (data) => {
      const dir = mkdtempSync(join(tmpdir(), 'np-eval-'));
      try {
        execFileSync(process.execPath, [join(scorers, 'score-meta.mjs'), '--data', data, '--module', adapter('metadata'), '--fn', 'metadata', '--quiet', '--out', join(dir, 'out.json')], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 28 });
        return JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).sets[0];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    rows: (r) => [
      ['title', r.metrics.title_exact.mean, 0.95],
      ['authors F1 (pages with people)', r.metrics.authors_f1_persons.mean, 0.95],
      ['no people → none', r.metrics.authors_none_ok.mean, 0.9],
      ['published day', r.metrics.published_day.mean, 0.97],
      ['publisher', r.metrics.publisher_exact.mean, 0.95],
      ['lang', r.metrics.lang_primary.mean, 0.98],
      ['pages/s', r.speed.pages_per_s, null, 'raw'],
    ],
  },
  {
    // Issue #11: the open web (506 pages, mostly German and English); bars are the issue's.
    name: 'metadata-web',
    corpus: 'web-meta-dev',
    run: (data) => {
      const dir = mkdtempSync(join(tmpdir(), 'np-eval-'));
      try {
        execFileSync(process.execPath, [join(scorers, 'score-meta.mjs'), '--data', data, '--module', adapter('metadata'), '--fn', 'metadata', '--quiet', '--out', join(dir, 'out.json')], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 28 });
        const meta = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).sets[0];
        return { meta, body: json(['score-body-snippets.mjs', data, adapter('metadata'), 'articleText', '--json']) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    rows: (r) => [
      ['headline', r.meta.metrics.title_exact.mean, 0.88],
      ['authors F1 (pages with people)', r.meta.metrics.authors_f1_persons.mean, 0.82],
      ['published day', r.meta.metrics.published_day.mean, 0.92],
      ['main-text F1', r.body.f1, 0.93],
    ],
  },
];

function json(args) {
  const out = execFileSync(process.execPath, [join(scorers, args[0]), ...args.slice(1)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  return JSON.parse(out.slice(out.indexOf('{')));
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const selected = wanted.length > 0 ? tasks.filter((task) => wanted.includes(task.name)) : tasks;
const table = [];
let failedBars = 0;
for (const task of selected) {
  const data = join(corpora, task.corpus, 'data.jsonl');
  if (!existsSync(data)) {
    table.push([task.name, '(corpus missing)', '', '', '']);
    continue;
  }
  const started = Date.now();
  let result;
  try {
    result = task.run(data);
  } catch (error) {
    table.push([task.name, `scorer failed: ${String(error.message).split('\n')[0]}`, '', '', '']);
    failedBars++;
    continue;
  }
  for (const [metric, value, bar, kind] of task.rows(result)) {
    const shown = kind === 'raw' ? String(Math.round(value ?? 0)) : pct(value);
    const verdict = bar === null || bar === undefined ? '' : value >= bar ? 'pass' : 'below';
    if (verdict === 'below') failedBars++;
    table.push([task.name, metric, shown, bar ? pct(bar) : '', verdict]);
  }
  table.push([task.name, 'seconds', ((Date.now() - started) / 1000).toFixed(1), '', '']);
}

const header = ['package', 'metric', 'ours', 'bar', ''];
const widths = header.map((_, column) => Math.max(header[column].length, ...table.map((row) => String(row[column]).length)));
const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
console.log(`newsparse eval · corpora: ${corpora}`);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
let previous = '';
for (const row of table) {
  console.log(line([row[0] === previous ? '' : row[0], ...row.slice(1)]));
  previous = row[0];
}
console.log(failedBars === 0 ? '\nall bars met' : `\n${failedBars} figure(s) below their bar`);
