// @newsparse/quotes against compromise's own quotation finder, on the same PolNeAR articles in
// one process: extractQuotes given the tagger (`{ entities: tagEntities }`, which it runs
// itself), with a precomputed entity result (what a pipeline that already tagged entities pays), and without
// reported speech; compromise's nlp(text).quotations() on the same texts as the peer. compromise
// only pairs quotation marks (no speaker, no cue, no reported speech), so it is a floor for cost.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tagEntities } from '@newsparse/entities';
import { extractQuotes } from '@newsparse/quotes';
import nlp from 'compromise';

export const name = 'quotes';

function warm(inputs, fn, passes = 2) {
  for (let pass = 0; pass < passes; pass++) for (const input of inputs) fn(input);
}

export async function bench({ corpora, measure, readJsonl }) {
  const path = join(corpora, 'polnear-quotes', 'data.jsonl');
  if (!existsSync(path)) return [{ task: 'extractQuotes on PolNeAR articles', ours: null, note: `skipped: no corpus at ${path}` }];
  const articles = readJsonl(path, 200).map((row) => ({ text: row.text }));
  for (const article of articles) article.entities = tagEntities(article.text);
  const chars = articles.reduce((sum, article) => sum + article.text.length, 0);
  const peerFn = (article) => nlp(article.text).quotations().json();
  warm(articles, peerFn);
  const peer = measure(articles, peerFn, { minMs: 3000 });
  const peerRow = { label: 'nlp().quotations()', perSecond: peer };
  const rows = [];
  const variants = [
    ['extractQuotes (entities computed inside)', (article) => extractQuotes(article.text, { entities: tagEntities })],
    ['extractQuotes (precomputed entities)', (article) => extractQuotes(article.text, { entities: article.entities })],
    ['extractQuotes (precomputed entities, no reported speech)', (article) => extractQuotes(article.text, { entities: article.entities, reported: false })],
  ];
  for (const [label, fn] of variants) {
    warm(articles, fn);
    const ours = measure(articles, fn, { minMs: 3000 });
    rows.push({ task: `${label}, ${articles.length} PolNeAR articles (${Math.round(chars / articles.length)} chars avg)`, ours: { label, perSecond: ours, unit: 'articles/s' }, peer: peerRow });
  }
  return rows;
}
