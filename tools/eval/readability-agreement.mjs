#!/usr/bin/env node
// How far readArticle's body text agrees with Mozilla Readability's own extraction
// (`textContent` of Readability 0.6 over linkedom's DOMParser) on the pages of the
// readability-meta corpus. Agreement per page = token-set F1: both texts are NFKC-folded,
// lower-cased and cut into words (letters/digits; each CJK character a word), and F1 is taken
// over the two sets of words. Reported: mean F1, median, the share of pages with F1 >= 0.8,
// and (with --details) the pages below that, worst first.
//
//   node tools/eval/readability-agreement.mjs [--details] [--data file.jsonl]
//   NEWSPARSE_SHARED=/path   where shared/ is (default: ../shared beside the repository)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.NEWSPARSE_SHARED ?? join(here, '../../../shared'));
const args = process.argv.slice(2);
const dataIndex = args.indexOf('--data');
const data = dataIndex >= 0 ? args[dataIndex + 1] : join(shared, 'corpora', 'readability-meta', 'data.jsonl');
if (!existsSync(data)) {
  console.log(`readability-agreement: no corpus at ${data}; nothing to compare.`);
  process.exit(0);
}
const { readArticle } = await import('@newsparse/metadata');
const { Readability } = await import('@mozilla/readability');
const { DOMParser } = await import('linkedom');

const words = (text) =>
  new Set(
    (text ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[\p{L}\p{N}]+/gu) ?? [],
  );
function f1(ours, theirs) {
  if (ours.size === 0 && theirs.size === 0) return 1;
  if (ours.size === 0 || theirs.size === 0) return 0;
  let shared = 0;
  for (const word of ours) if (theirs.has(word)) shared++;
  return (2 * shared) / (ours.size + theirs.size);
}

const pages = readFileSync(data, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const rows = [];
for (const page of pages) {
  const reference = new Readability(new DOMParser().parseFromString(page.html, 'text/html')).parse();
  if (!reference || !reference.textContent || !reference.textContent.trim()) continue;
  const ours = readArticle(page.html, { url: page.url }).text;
  const theirs = words(reference.textContent);
  const mine = words(ours);
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared++;
  rows.push({ id: page.id, f1: f1(mine, theirs), precision: mine.size ? shared / mine.size : 0, recall: theirs.size ? shared / theirs.size : 0 });
}
const sorted = rows.map((row) => row.f1).sort((a, b) => a - b);
const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
const share = rows.filter((row) => row.f1 >= 0.8).length / rows.length;
const pct = (value) => `${(100 * value).toFixed(1)} %`;
console.log(`readArticle vs Readability textContent on ${rows.length} pages (${pages.length - rows.length} where Readability returned nothing skipped)`);
console.log(`  token-set F1: mean ${pct(mean)}, median ${pct(sorted[Math.floor(sorted.length / 2)])}`);
console.log(`  pages with F1 >= 0.8: ${pct(share)} (${rows.filter((row) => row.f1 >= 0.8).length}/${rows.length})`);
console.log(`  mean precision ${pct(rows.reduce((s, r) => s + r.precision, 0) / rows.length)}, mean recall ${pct(rows.reduce((s, r) => s + r.recall, 0) / rows.length)}`);
if (args.includes('--details')) {
  for (const row of rows.filter((row) => row.f1 < 0.8).sort((a, b) => a.f1 - b.f1)) {
    console.log(`  ${row.id.padEnd(48)} F1 ${row.f1.toFixed(2)}  P ${row.precision.toFixed(2)}  R ${row.recall.toFixed(2)}`);
  }
}
