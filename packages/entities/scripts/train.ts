#!/usr/bin/env -S npx tsx
// Trains the span classifier of @newsparse/entities and writes src/model.generated.ts.
//
//   npx tsx packages/entities/scripts/train.ts [/path/to/gum-train-ner/data.jsonl]
//
// Data: GUM (Georgetown University Multilayer Corpus), the openly licensed genres in
// shared/corpora/gum-train-ner (academic, bio, court, voyage, interview). Annotations CC BY
// 4.0 (GUM annotators); texts CC BY 4.0 / CC BY-SA 3.0 / CC BY 2.5. Zeldes, Amir (2017)
// "The GUM Corpus: Creating Multilayer Resources in the Classroom", Language Resources and
// Evaluation 51(3), 581-612. The model stores feature weights and a list of common
// lower-case words, never text passages.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFacts, findCandidates } from '../src/candidates.js';
import { candidateFeatures, LABELS } from '../src/features.js';
import { gazetteer } from '../src/lexicon.js';
import { tokenize } from '../src/tokenize.js';
import { encodeWeightTable } from './weight-table.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const exclude = args.find((arg) => arg.startsWith('--exclude='))?.slice('--exclude='.length);
const dataPath = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(here, '../../../../shared/corpora/gum-train-ner/data.jsonl'));
// Bias against the O label added at run time; chosen with --exclude=interview (train on the
// other genres, score the news-like interviews) so that it is not fitted to the training texts.
const O_BIAS = Number(args.find((arg) => arg.startsWith('--o-bias='))?.slice('--o-bias='.length) ?? '0');
const EPOCHS = 12;
const MIN_WEIGHT = 0.05;

interface Doc { id: string; text: string; entities: Array<{ start: number; end: number; type: string }> }
const docs: Doc[] = readFileSync(dataPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Doc)
  .filter((doc) => !exclude || !doc.id.includes(`_${exclude}_`));

// Common lower-case words: written in lower case in the training texts.
const counts = new Map<string, number>();
for (const doc of docs) for (const word of doc.text.match(/\b\p{Ll}[\p{Ll}'-]+\b/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
const common = [...counts].filter(([, count]) => count >= 1).map(([word]) => word).sort();
const gaz = gazetteer();
const commonSet = gaz.common as Set<string>;
commonSet.clear();
for (const word of common) commonSet.add(word);

// Examples: every candidate span, labelled with the gold type of the same span or O.
const examples: Array<{ features: string[]; label: number }> = [];
let matchedGold = 0;
let goldTotal = 0;
for (const doc of docs) {
  const tokens = tokenize(doc.text);
  const facts = documentFacts(tokens);
  const gold = new Map(doc.entities.map((entity) => [`${entity.start}:${entity.end}`, entity.type]));
  goldTotal += doc.entities.filter((entity) => entity.type !== 'MISC').length;
  for (const candidate of findCandidates(doc.text, tokens, gaz, facts)) {
    if (candidate.weak) continue;
    const type = gold.get(`${candidate.start}:${candidate.end}`) ?? 'O';
    if (type !== 'O' && type !== 'MISC') matchedGold++;
    examples.push({ features: candidateFeatures(candidate, tokens, gaz, facts), label: LABELS.indexOf(type as (typeof LABELS)[number]) });
  }
}
console.log(`docs ${docs.length}, examples ${examples.length}, gold PER/LOC/ORG reachable ${matchedGold}/${goldTotal}`);

// Averaged multiclass perceptron.
const size = LABELS.length;
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
let step = 1;
const vector = (map: Map<string, Float64Array>, key: string): Float64Array => {
  let value = map.get(key);
  if (!value) {
    value = new Float64Array(size);
    map.set(key, value);
  }
  return value;
};
let seed = 7;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = examples.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  let errors = 0;
  for (const position of order) {
    const example = examples[position]!;
    const scores = new Float64Array(size);
    for (const feature of example.features) {
      const w = weights.get(feature);
      if (w) for (let label = 0; label < size; label++) scores[label]! += w[label]!;
    }
    let guess = 0;
    for (let label = 1; label < size; label++) if (scores[label]! > scores[guess]!) guess = label;
    if (guess !== example.label) {
      errors++;
      for (const feature of example.features) {
        const w = vector(weights, feature);
        const total = vector(totals, feature);
        const stamp = vector(stamps, feature);
        for (const [label, delta] of [[example.label, 1], [guess, -1]] as const) {
          total[label]! += (step - stamp[label]!) * w[label]!;
          stamp[label] = step;
          w[label]! += delta;
        }
      }
    }
    step++;
  }
  console.log(`epoch ${epoch + 1}: ${errors} errors`);
}
/** "1.50" → "1.5", "2.00" → "2": a weight written with two decimals, less its trailing zeros. */
function withoutTrailingZeros(fixed: string): string {
  if (fixed.endsWith('.00')) return fixed.slice(0, -3);
  return fixed.endsWith('0') ? fixed.slice(0, -1) : fixed;
}

const lines: string[] = [];
for (const [feature, w] of weights) {
  const total = totals.get(feature)!;
  const stamp = stamps.get(feature)!;
  const averaged = [...w].map((value, label) => (total[label]! + (step - stamp[label]!) * value) / step);
  if (averaged.every((value) => Math.abs(value) < MIN_WEIGHT)) continue;
  lines.push(`${feature}\t${averaged.map((value) => (Math.abs(value) < MIN_WEIGHT / 2 ? '0' : withoutTrailingZeros(value.toFixed(2)))).join(',')}`);
}
lines.sort();
const body = `// Generated by scripts/train.ts from GUM (gum-train-ner: academic, bio, court, voyage, interview;
// annotations CC BY 4.0, texts CC BY / CC BY-SA; Zeldes 2017). Do not edit by hand.
// Weights of an averaged perceptron over candidate-span features (labels ${LABELS.join(', ')}).

/** Lower-case words common in running English (${common.length}). */
export const COMMON_WORDS = ${JSON.stringify(common.join('|'))};

/** Added to the O (no entity) score at run time. */
export const O_BIAS = ${O_BIAS};

/** Weights per label in hundredths: a family's header line, then value|w1,w2,… lines (${lines.length} features; scripts/weight-table.ts). */
export const WEIGHTS = \`${encodeWeightTable(lines)}\`;
`;
writeFileSync(join(here, '../src/model.generated.ts'), body);
console.log(`wrote ${lines.length} features, ${(body.length / 1024).toFixed(0)} KiB`);
