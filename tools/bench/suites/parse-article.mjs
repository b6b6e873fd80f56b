// parseArticle on plain text against compromise doing people + places + organizations +
// quotations on the same PolNeAR articles (issue 15's figure), and the warm-up of a fresh
// process: articles per CPU-second over its first 300 articles against its warm speed.
//
// Both figures are CPU time (process.cpuUsage: this process's threads, V8's compiler and GC
// helpers included), so they hold better on a loaded machine, where wall time follows the
// other processes; even so, a loaded machine lowers both (caches shared with other processes,
// V8's background compiler starved), so compare figures taken at a similar load (uptime).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

// NEWSPARSE_MODULE: another build of newsparse to measure (a path or URL; default: the package).
const module = process.env.NEWSPARSE_MODULE ?? 'newsparse';
const { parseArticle } = await import(module);

export const name = 'parseArticle';

/** Articles in the ratio (compromise takes 50-100 ms of CPU an article: a pass of it is 2-4 s). */
const RATIO_ARTICLES = 40;
/** Rounds of the ratio: each runs ours three times and the peer once; each side's best pass counts. */
const RATIO_ROUNDS = 3;
/** Articles of the warm-up figure: issue 15's "first 300 articles of a fresh process". */
const WARMUP_ARTICLES = 300;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Articles per CPU-second of one pass over the texts. */
function cpuRate(texts, fn) {
  const start = cpuMs();
  for (const text of texts) fn(text);
  return texts.length / ((cpuMs() - start) / 1000);
}

export async function bench({ corpora, readJsonl }) {
  const path = join(corpora, 'polnear-quotes', 'data.jsonl');
  if (!existsSync(path)) return [{ task: 'parseArticle on PolNeAR articles', ours: null, note: `skipped: no corpus at ${path}` }];
  const texts = readJsonl(path, RATIO_ARTICLES).map((row) => row.text);
  const chars = Math.round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length);
  const ours = (text) => parseArticle(text, { format: 'text' });
  // Without offsets, compromise's cheaper output (ours gives every span's offsets): a floor for its cost.
  const peer = (text) => {
    const document = nlp(text);
    return [document.people().json(), document.places().json(), document.organizations().json(), document.quotations().json()];
  };
  // Warm both, then alternate whole passes (not articles: each side's garbage would be
  // collected during the other's turn) and keep each side's best, the least disturbed.
  cpuRate(texts, ours);
  cpuRate(texts, ours);
  cpuRate(texts, peer);
  let oursBest = 0;
  let peerBest = 0;
  for (let round = 0; round < RATIO_ROUNDS; round++) {
    for (let pass = 0; pass < 3; pass++) oursBest = Math.max(oursBest, cpuRate(texts, ours));
    peerBest = Math.max(peerBest, cpuRate(texts, peer));
  }
  const rows = [
    {
      task: `parseArticle (text), ${texts.length} PolNeAR articles (${chars} chars avg), per CPU-second`,
      ours: { label: 'parseArticle', perSecond: oursBest, unit: 'articles/CPU-s' },
      peer: { label: 'compromise people+places+organizations+quotations', perSecond: peerBest },
      bar: 10,
      note: `best of ${RATIO_ROUNDS * 3} passes against best of ${RATIO_ROUNDS}, alternated`,
    },
  ];
  rows.push(warmUpRow(path));
  return rows;
}

/**
 * In a fresh child process: articles per CPU-second over the first 300 articles (lazy set-up
 * and V8's warm-up included, the import not), against the best of two later passes over the
 * same articles. The ratio is reported as a percentage, in the note.
 */
function warmUpRow(corpus) {
  const task = `parseArticle warm-up: first ${WARMUP_ARTICLES} articles of a fresh process vs warm, per CPU-second`;
  const script = fileURLToPath(new URL('../warm-up.mjs', import.meta.url));
  let output;
  try {
    output = execFileSync(process.execPath, [script, corpus, String(WARMUP_ARTICLES)], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return { task, ours: null, note: `failed: ${String(error.stderr ?? error.message).trim().split('\n')[0]}` };
  }
  const { first, warm, importMs, helperShare } = JSON.parse(output);
  const percent = (100 * first) / warm;
  const helpers = helperShare?.first == null ? '' : `; V8 helper threads (TurboFan, GC) ${(100 * helperShare.first).toFixed(0)} % of the first 300's CPU, ${(100 * helperShare.warm).toFixed(0)} % warm`;
  return {
    task,
    ours: { label: 'first 300', perSecond: first, unit: 'articles/CPU-s' },
    peer: { label: 'same process, warm', perSecond: warm },
    bar: 0.7,
    note: `${percent.toFixed(0)} % of warm speed (bar ≥ 70 %); import ${importMs.toFixed(0)} ms CPU${helpers}`,
  };
}
