#!/usr/bin/env node
// A fresh process's warm-up, run by suites/parse-article.mjs in a child of its own:
// articles per CPU-second of parseArticle over the first N articles (lazy set-up and V8's
// compilation included; the import is reported apart), then the best of two more passes
// over the same articles (warm). Prints one JSON line {first, warm, importMs}.
//
//   node tools/bench/warm-up.mjs <polnear data.jsonl> [N=300]
// NEWSPARSE_MODULE: another build of newsparse to measure (a path or URL; default: the package).
import { readFileSync } from 'node:fs';

const [corpus, count = '300'] = process.argv.slice(2);
const texts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, Number(count)).map((line) => JSON.parse(line).text);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const pass = (parse) => {
  const start = cpuMs();
  for (const text of texts) parse(text, { format: 'text' });
  return texts.length / ((cpuMs() - start) / 1000);
};

const beforeImport = cpuMs();
const { parseArticle } = await import(process.env.NEWSPARSE_MODULE ?? 'newsparse');
const importMs = cpuMs() - beforeImport;
const first = pass(parseArticle);
let warm = 0;
for (let round = 0; round < 2; round++) warm = Math.max(warm, pass(parseArticle));
process.stdout.write(`${JSON.stringify({ first, warm, importMs, articles: texts.length })}\n`);
