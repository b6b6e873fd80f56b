#!/usr/bin/env node
// A fresh process's warm-up, run by suites/parse-article.mjs in a child of its own:
// articles per CPU-second of parseArticle over the first N articles (lazy set-up and V8's
// compilation included; the import is reported apart), then the best of two more passes
// over the same articles (warm). Prints one JSON line {first, warm, importMs, helperShare}:
// helperShare, on Linux, is the part of each figure's CPU time spent on V8's helper threads
// (TurboFan compiling, concurrent GC) rather than the main thread: {first, warm}, 0 to 1.
// (On the 2-core machine TurboFan alone took about half of the first 300 articles' CPU.)
//
//   node tools/bench/warm-up.mjs <polnear data.jsonl> [N=300]
// NEWSPARSE_MODULE: another build of newsparse to measure (a path or URL; default: the package).
import { readdirSync, readFileSync } from 'node:fs';

const [corpus, count = '300'] = process.argv.slice(2);
const texts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, Number(count)).map((line) => JSON.parse(line).text);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** CPU milliseconds of the threads other than the main one (Linux: /proc/self/task), or null. */
const helperMs = () => {
  try {
    let total = 0;
    for (const task of readdirSync('/proc/self/task')) {
      if (task === String(process.pid)) continue;
      total += Number(readFileSync(`/proc/self/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    }
    return total;
  } catch {
    return null;
  }
};
let lastHelperShare = null;
const pass = (parse) => {
  const start = cpuMs();
  const helpersStart = helperMs();
  for (const text of texts) parse(text, { format: 'text' });
  const spent = cpuMs() - start;
  const helpersEnd = helperMs();
  lastHelperShare = helpersStart === null || helpersEnd === null ? null : Math.min(1, (helpersEnd - helpersStart) / spent);
  return texts.length / (spent / 1000);
};

const beforeImport = cpuMs();
const { parseArticle } = await import(process.env.NEWSPARSE_MODULE ?? 'newsparse');
const importMs = cpuMs() - beforeImport;
const first = pass(parseArticle);
const helperShare = { first: lastHelperShare, warm: null };
let warm = 0;
for (let round = 0; round < 2; round++) {
  const rate = pass(parseArticle);
  if (rate > warm) [warm, helperShare.warm] = [rate, lastHelperShare];
}
process.stdout.write(`${JSON.stringify({ first, warm, importMs, articles: texts.length, helperShare })}\n`);
