import type { Candidate, DocumentFacts } from './candidates.js';
import { isCommonWord } from './candidates.js';
import type { Gazetteer } from './lexicon.js';
import type { Token } from './tokenize.js';

/** The classifier's labels, in the order of the weight vectors. */
export const LABELS = ['PER', 'LOC', 'ORG', 'MISC', 'O'] as const;
export type Label = (typeof LABELS)[number];

function shape(word: string): string {
  if (/^(?:\p{L}\.)+$/u.test(word)) return 'X.';
  if (/^\p{N}+$/u.test(word)) return 'd';
  if (/\p{N}/u.test(word)) return 'Xd';
  if (/^\p{Lu}+$/u.test(word)) return word.length === 1 ? 'X' : 'XX';
  if (/^\p{Ll}/u.test(word)) return /\p{Lu}/u.test(word) ? 'xX' : 'x';
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) return 'Xx';
  return 'Xx*';
}

/** Words of a candidate that get word-level features (names are shorter). */
const MAX_WORDS = 16;

/** The features of one candidate span (strings, for a linear model). */
export function candidateFeatures(candidate: Candidate, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts): string[] {
  const features: string[] = ['b'];
  const words = candidate.words;
  const count = words.length;
  // Word-level features of the first words only: no name is longer, and a title-case run of
  // thousands of words (hostile input) then costs no more than a long name.
  const keys = (count > MAX_WORDS ? [...words.slice(0, MAX_WORDS - 1), words[count - 1]!] : words).map((word) => word.toLowerCase());
  features.push(`n=${Math.min(count, 4)}`);
  for (const key of keys) features.push(`w=${key}`);
  const firstKey = keys[0]!;
  const lastKey = keys[keys.length - 1]!;
  features.push(`f=${firstKey}`, `l=${lastKey}`);
  // The model knows word shapes of names up to a dozen words; a longer run (a title-case headline) gets none.
  if (count <= MAX_WORDS) features.push(`sh=${words.map(shape).join(' ')}`);
  const lastWord = words[count - 1]!;
  if (lastWord.length > 3) features.push(`l3=${lastKey.slice(-3)}`);
  if (lastWord.length > 4) features.push(`l4=${lastKey.slice(-4)}`);
  const kinds = count > gaz.maxWords ? undefined : gaz.phrases.get(keys.join(' ').replace(/\./g, ''));
  if (kinds) for (const kind of kinds) features.push(`g=${kind}`);
  else features.push('g=none');
  let common = 0;
  for (const [index, key] of keys.entries()) {
    const wordKinds = gaz.phrases.get(key.replace(/\./g, ''));
    if (wordKinds && count > 1) for (const kind of wordKinds) features.push(`gw=${kind}`);
    if (gaz.firstNames.has(key)) features.push(index === 0 ? 'fn0' : 'fn');
    if (gaz.lastNames.has(key)) features.push(index === keys.length - 1 ? 'lnL' : 'ln');
    const token = tokens[candidate.first + index];
    if (token && token.word && isCommonWord(token, gaz, facts)) common++;
  }
  features.push(common === 0 ? 'c0' : common === keys.length ? 'call' : 'csome');
  if (count === 1 && common === 1) features.push(candidate.sentStart ? 'c1ss' : 'c1');
  if (gaz.orgHeads.has(lastKey)) features.push('oh', `oh=${lastKey}`);
  if (gaz.placeHeads.has(lastKey)) features.push('ph');
  if (count > 1 && gaz.orgFirstHeads.has(firstKey)) features.push('ofh', `ofh=${firstKey}`);
  if (count > 1 && gaz.placeHeads.has(firstKey)) features.push('pfh');
  if (keys.includes('of')) features.push('of');
  if (keys.includes('and') || keys.includes('&')) features.push('and');
  const tag = gaz.pos.get(firstKey);
  features.push(`pos=${tag ?? 'none'}`);
  if (count === 1) features.push(`pos1=${tag ?? 'none'}`);
  if (candidate.title) features.push('t', `t=${candidate.title}`);
  if (candidate.sentStart) features.push('ss');
  if (count === 1 && facts.capitalisedInside.has(keys[0]!)) features.push(candidate.sentStart ? 'capInSs' : 'capIn');
  if (candidate.caps) features.push('caps');
  if (/^\p{Lu}{2,}$/u.test(lastWord) || /^(?:\p{Lu}\.)+$/u.test(lastWord)) features.push(count === 1 ? 'acr1' : 'acr');
  if (words.some((word) => word.includes('-'))) features.push('hy');
  if (words.some((word) => /\p{N}/u.test(word))) features.push('num');
  if (count === 1 && lastWord.length <= 2) features.push('short');
  if (/s$/.test(lastKey) && gaz.demonyms.has(lastKey.replace(/s$/, ''))) features.push('demPl');
  // Context.
  const previous = tokens[candidate.first - 1];
  const previous2 = tokens[candidate.first - 2];
  const next = tokens[candidate.last + 1];
  const next2 = tokens[candidate.last + 2];
  const contextWord = (token: Token | undefined): string => (token ? (token.word ? token.lower : token.text) : '<s>');
  features.push(`p=${contextWord(previous)}`, `nx=${contextWord(next)}`);
  features.push(`p2=${contextWord(previous2)} ${contextWord(previous)}`, `nx2=${contextWord(next)} ${contextWord(next2)}`);
  if (previous && previous.word && previous.cap && !previous.sentStart) features.push('pcap');
  if (next && next.word && next.cap) features.push('ncap');
  if (previous && previous.word) {
    const previousKinds = gaz.phrases.get(previous.key);
    if (gaz.titles.has(previous.lower)) features.push('ptitle');
    if (previousKinds) features.push(`pg=${previousKinds[0]}`);
  }
  return features;
}

/** A linear model: feature → one weight per label (a `Map` is one). */
export interface Weights {
  get(feature: string): Float32Array | undefined;
  readonly size: number;
}

/**
 * Reads the compact weight table written by the training script (`feature\tw1,w2,…` lines).
 * Only the features are indexed up front; a feature's weights are parsed the first time it
 * is scored. An article touches a few hundred of the 14,000 features, and building all the
 * vectors was the largest part of a fresh process's first call.
 *
 * @example
 * parseWeights('cap\t1,0,0,0,-1').get('cap') //=> Float32Array [1, 0, 0, 0, -1]
 */
export function parseWeights(table: string): Weights {
  const valuesAt = new Map<string, number>();
  for (let start = 0; start < table.length; ) {
    let end = table.indexOf('\n', start);
    if (end < 0) end = table.length;
    const tab = table.indexOf('\t', start);
    if (tab >= 0 && tab < end) valuesAt.set(table.slice(start, tab), tab + 1);
    start = end + 1;
  }
  const vectors = new Map<string, Float32Array>();
  return {
    size: valuesAt.size,
    get(feature: string): Float32Array | undefined {
      const cached = vectors.get(feature);
      if (cached !== undefined) return cached;
      const from = valuesAt.get(feature);
      if (from === undefined) return undefined;
      const end = table.indexOf('\n', from);
      const values = table.slice(from, end < 0 ? table.length : end).split(',').map(Number);
      const vector = new Float32Array(LABELS.length);
      for (let index = 0; index < LABELS.length; index++) vector[index] = values[index] ?? 0;
      vectors.set(feature, vector);
      return vector;
    },
  };
}

/** Scores each label for a feature list. */
export function score(weights: Weights, features: readonly string[]): Float32Array {
  const scores = new Float32Array(LABELS.length);
  for (const feature of features) {
    const vector = weights.get(feature);
    if (!vector) continue;
    for (let index = 0; index < LABELS.length; index++) scores[index]! += vector[index]!;
  }
  return scores;
}
