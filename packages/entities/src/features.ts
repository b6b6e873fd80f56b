import type { Candidate, DocumentFacts } from './candidates.js';
import { isCommonWord } from './candidates.js';
import type { Gazetteer } from './lexicon.js';
import { lowerOfWord, type Token, tokenAt } from './tokenize.js';

/** The classifier's labels, in the order of the weight vectors. */
export const LABELS = ['PER', 'LOC', 'ORG', 'MISC', 'O'] as const;
export type Label = (typeof LABELS)[number];

const LABEL_COUNT = LABELS.length;

const ONE_LETTER_INITIALS = /^(?:\p{L}\.)+$/u;

/** The shape of a word ("Xx", "XX", "x", "X.", "d"): letters read by their character codes when ASCII. */
function shape(word: string): string {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 48 && code <= 57) digits++;
    else if (code > 127 || code === 46) return unicodeShape(word);
  }
  // ASCII without periods: letters, digits and other marks ("-", "'", "&").
  if (digits > 0) return digits === word.length ? 'd' : 'Xd';
  const first = word.charCodeAt(0);
  if (upper > 0 && upper === word.length) return word.length === 1 ? 'X' : 'XX';
  if (first >= 97 && first <= 122) return upper > 0 ? 'xX' : 'x';
  if (first >= 65 && first <= 90 && upper === 1 && lower === word.length - 1 && lower > 0) return 'Xx';
  return 'Xx*';
}

/** {@link shape} of a word with other than ASCII letters, digits and marks: the Unicode-aware tests. */
function unicodeShape(word: string): string {
  if (ONE_LETTER_INITIALS.test(word)) return 'X.';
  if (/^\p{N}+$/u.test(word)) return 'd';
  if (/\p{N}/u.test(word)) return 'Xd';
  if (/^\p{Lu}+$/u.test(word)) return word.length === 1 ? 'X' : 'XX';
  if (/^\p{Ll}/u.test(word)) return /\p{Lu}/u.test(word) ? 'xX' : 'x';
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) return 'Xx';
  return 'Xx*';
}

/**
 * The feature families emitFeatures sends, in one list: a family is sent by its number, so
 * that the scorer finds the family's table by index rather than by looking its name up
 * (two lookups per feature were one in ten of the tagger's time); training reads the names.
 */
export const FAMILY_NAMES = ['b', 'n=', 'w=', 'f=', 'l=', 'sh=', 'l3=', 'l4=', 'g=', 'gw=', 'fn0', 'fn', 'lnL', 'ln', 'c0', 'call', 'csome', 'c1ss', 'c1', 'oh', 'oh=', 'ph', 'ofh', 'ofh=', 'pfh', 'of', 'and', 'pos=', 'pos1=', 't', 't=', 'ss', 'capInSs', 'capIn', 'caps', 'acr1', 'acr', 'hy', 'num', 'short', 'demPl', 'p=', 'nx=', 'p2=', 'nx2=', 'pcap', 'ncap', 'ptitle', 'pg='] as const;
type FamilyName = (typeof FAMILY_NAMES)[number];

/** Each family's number (its index in FAMILY_NAMES), as a literal so that every read is of one object shape. */
export const F: Readonly<Record<FamilyName, number>> = {
  b: 0, 'n=': 1, 'w=': 2, 'f=': 3, 'l=': 4, 'sh=': 5, 'l3=': 6, 'l4=': 7, 'g=': 8, 'gw=': 9, fn0: 10, fn: 11,
  lnL: 12, ln: 13, c0: 14, call: 15, csome: 16, c1ss: 17, c1: 18, oh: 19, 'oh=': 20, ph: 21, ofh: 22,
  'ofh=': 23, pfh: 24, of: 25, and: 26, 'pos=': 27, 'pos1=': 28, t: 29, 't=': 30, ss: 31, capInSs: 32,
  capIn: 33, caps: 34, acr1: 35, acr: 36, hy: 37, num: 38, short: 39, demPl: 40, 'p=': 41, 'nx=': 42,
  'p2=': 43, 'nx2=': 44, pcap: 45, ncap: 46, ptitle: 47, 'pg=': 48
};

/** Family name → number, for reading the weight table. */
const FAMILY_IDS: ReadonlyMap<string, number> = new Map(FAMILY_NAMES.map((name, id) => [name, id]));

/** Words of a candidate that get word-level features (names are shorter). */
const MAX_WORDS = 16;

/**
 * Where the features of a candidate go, in the order the model adds them: a family ("w=",
 * or a feature without a value, such as "b") and its value. Scoring looks each up in its
 * family's table, so no feature string is built for a lookup; training joins them.
 */
interface FeatureSink {
  /** `family` is the family's number (F) */
  add(family: number, value: string): void;
  /** A value of two words ("p2=", "nx2="), kept apart for the same reason. */
  addPair(family: number, first: string, second: string): void;
}

/** The word of a context token, or "<s>" past either end of the text. */
const contextWord = (token: Token | undefined): string => (token === undefined ? '<s>' : token.word ? token.lower : token.text);

/** Without its periods ("u.s." → "us"), the lookup form of the knowledge base's phrases. */
const withoutPeriods = (key: string): string => (key.includes('.') ? key.replace(/\./g, '') : key);

const DIGIT = /\p{N}/u;

/** Whether a word has a digit in any script: read by character codes while they are ASCII (most words), where only 0–9 are digits. */
function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
    if (code > 127) return DIGIT.test(word);
  }
  return false;
}

/** The values of the "n=" feature (a name's word count, 4 for more), made once rather than per candidate. */
const COUNT_VALUES = ['0', '1', '2', '3', '4'] as const;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * Sends a feature without a value when `on`. Every flag goes through this one call, whose
 * type feedback the common flags keep warm: a flag first sent after V8 had optimised
 * emitFeatures (a plural demonym, "Chinese-Americans") stopped that code, at a call of its own.
 */
function addFlag(sink: FeatureSink, on: boolean, family: number): void {
  if (on) sink.add(family, '');
}

/** Sends the features of one candidate span to `sink`, in the model's order. */
function emitFeatures(candidate: Candidate, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts, sink: FeatureSink): void {
  sink.add(F.b, '');
  const words = candidate.words;
  const count = words.length;
  // Word-level features of the first words only: no name is longer, and a title-case run of
  // thousands of words (hostile input) then costs no more than a long name.
  const keyCount = Math.min(count, MAX_WORDS);
  const keys: string[] = new Array<string>(keyCount);
  for (let index = 0; index < keyCount; index++) {
    const at = index === keyCount - 1 ? count - 1 : index;
    keys[index] = lowerOfWord(words[at]!, tokens[candidate.first + at]);
  }
  sink.add(F['n='], COUNT_VALUES[Math.min(count, 4)]!);
  for (let index = 0; index < keyCount; index++) sink.add(F['w='], keys[index]!);
  const firstKey = keys[0]!;
  const lastKey = keys[keyCount - 1]!;
  sink.add(F['f='], firstKey);
  sink.add(F['l='], lastKey);
  // The model knows word shapes of names up to a dozen words; a longer run (a title-case headline) gets none.
  if (count <= MAX_WORDS) {
    let shapes = shape(words[0]!);
    for (let index = 1; index < count; index++) shapes += ` ${shape(words[index]!)}`;
    sink.add(F['sh='], shapes);
  }
  const lastWord = words[count - 1]!;
  if (lastWord.length > 3) sink.add(F['l3='], lastKey.slice(-3));
  if (lastWord.length > 4) sink.add(F['l4='], lastKey.slice(-4));
  const kinds = count > gaz.maxWords ? undefined : gaz.phrases.get(withoutPeriods(keyCount === 1 ? firstKey : keys.join(' ')));
  if (kinds) for (const kind of kinds) sink.add(F['g='], kind);
  else sink.add(F['g='], 'none');
  let common = 0;
  let hasOf = false;
  let hasAnd = false;
  for (let index = 0; index < keyCount; index++) {
    const key = keys[index]!;
    const wordKinds = gaz.phrases.get(withoutPeriods(key));
    if (wordKinds && count > 1) for (const kind of wordKinds) sink.add(F['gw='], kind);
    addFlag(sink, gaz.firstNames.has(key), index === 0 ? F.fn0 : F.fn);
    addFlag(sink, gaz.lastNames.has(key), index === keyCount - 1 ? F.lnL : F.ln);
    const token = tokens[candidate.first + index];
    if (token && token.word && isCommonWord(token, gaz, facts)) common++;
    if (key === 'of') hasOf = true;
    else if (key === 'and' || key === '&') hasAnd = true;
  }
  sink.add(common === 0 ? F.c0 : common === keyCount ? F.call : F.csome, '');
  addFlag(sink, count === 1 && common === 1, candidate.sentStart ? F.c1ss : F.c1);
  if (gaz.orgHeads.has(lastKey)) {
    sink.add(F.oh, '');
    sink.add(F['oh='], lastKey);
  }
  addFlag(sink, gaz.placeHeads.has(lastKey), F.ph);
  if (count > 1 && gaz.orgFirstHeads.has(firstKey)) {
    sink.add(F.ofh, '');
    sink.add(F['ofh='], firstKey);
  }
  addFlag(sink, count > 1 && gaz.placeHeads.has(firstKey), F.pfh);
  addFlag(sink, hasOf, F.of);
  addFlag(sink, hasAnd, F.and);
  const tag = gaz.pos.get(firstKey) ?? 'none';
  sink.add(F['pos='], tag);
  if (count === 1) sink.add(F['pos1='], tag);
  if (candidate.title) {
    sink.add(F.t, '');
    sink.add(F['t='], candidate.title);
  }
  addFlag(sink, candidate.sentStart, F.ss);
  addFlag(sink, count === 1 && facts.capitalisedInside.has(firstKey), candidate.sentStart ? F.capInSs : F.capIn);
  addFlag(sink, candidate.caps, F.caps);
  addFlag(sink, ALL_CAPITALS.test(lastWord) || DOTTED_INITIALS.test(lastWord), count === 1 ? F.acr1 : F.acr);
  let hyphen = false;
  let digit = false;
  for (const word of words) {
    if (!hyphen && word.includes('-')) hyphen = true;
    if (!digit && hasDigit(word)) digit = true;
  }
  addFlag(sink, hyphen, F.hy);
  addFlag(sink, digit, F.num);
  addFlag(sink, count === 1 && lastWord.length <= 2, F.short);
  addFlag(sink, lastKey.endsWith('s') && gaz.demonyms.has(lastKey.slice(0, -1)), F.demPl);
  // Context.
  const previous = tokenAt(tokens, candidate.first - 1);
  const next = tokenAt(tokens, candidate.last + 1);
  const previousWord = contextWord(previous);
  const nextWord = contextWord(next);
  sink.add(F['p='], previousWord);
  sink.add(F['nx='], nextWord);
  sink.addPair(F['p2='], contextWord(tokenAt(tokens, candidate.first - 2)), previousWord);
  sink.addPair(F['nx2='], nextWord, contextWord(tokenAt(tokens, candidate.last + 2)));
  addFlag(sink, previous !== undefined && previous.word && previous.cap && !previous.sentStart, F.pcap);
  addFlag(sink, next !== undefined && next.word && next.cap, F.ncap);
  if (previous && previous.word) {
    const previousKinds = gaz.phrases.get(previous.key);
    addFlag(sink, gaz.titles.has(previous.lower), F.ptitle);
    if (previousKinds) sink.add(F['pg='], previousKinds[0]!);
  }
}

/** Collects the features as strings ("w=lima", "p2=the said"), as training reads them. */
class FeatureList implements FeatureSink {
  readonly features: string[] = [];
  add(family: number, value: string): void {
    this.features.push(FAMILY_NAMES[family]! + value);
  }
  addPair(family: number, first: string, second: string): void {
    this.features.push(`${FAMILY_NAMES[family]!}${first} ${second}`);
  }
}

/** The features of one candidate span (strings, for a linear model). */
export function candidateFeatures(candidate: Candidate, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts): string[] {
  const list = new FeatureList();
  emitFeatures(candidate, tokens, gaz, facts, list);
  return list.features;
}

/** Families whose value is two words joined by a space: their tables are keyed by each word in turn. */
const PAIR_FAMILIES = new Set(['p2=', 'nx2=']);

/**
 * A linear model (feature → one weight per label) read from the compact table the training
 * script writes (scripts/weight-table.ts: a family's header line, then `value|w1,w2,…` lines
 * of weights in hundredths, an empty weight 0). Features are indexed by family and value, so
 * that a candidate is scored without building its feature strings; a feature's weights are
 * parsed the first time it is scored: an article touches a few hundred of the 14,000
 * features, and building all the vectors was the largest part of a fresh process's first call.
 */
export class LinearModel {
  /** family → value → the feature's row */
  private readonly rows = new Map<string, Map<string, number>>();
  /** family → the row of its feature without a value ("b", "fn0"): a third of a candidate's features, found with one lookup */
  private readonly bareRows = new Map<string, number>();
  /** pair family → first word → second word → row */
  private readonly pairRows = new Map<string, Map<string, Map<string, number>>>();
  /** by family number (F): the family's value → row table, its bare row (-1 if none), its pair table */
  private readonly rowsById: Array<Map<string, number> | undefined> = FAMILY_NAMES.map(() => undefined);
  private readonly bareRowById = new Int32Array(FAMILY_NAMES.length).fill(-1);
  private readonly pairRowsById: Array<Map<string, Map<string, number>> | undefined> = FAMILY_NAMES.map(() => undefined);
  /** where each row's weights start in the table */
  private readonly valueStarts: number[] = [];
  /** the weights of each row, LABELS.length a row, once parsed */
  private readonly weights: Float32Array;
  private readonly parsed: Uint8Array;

  constructor(private readonly table: string) {
    let family = '';
    for (let start = 0; start < table.length; ) {
      let end = table.indexOf('\n', start);
      if (end < 0) end = table.length;
      const bar = table.indexOf('|', start);
      if (bar >= 0 && bar < end) this.index(family + table.slice(start, bar), bar + 1);
      else family = table.slice(start, end);
      start = end + 1;
    }
    this.weights = new Float32Array(this.valueStarts.length * LABEL_COUNT);
    this.parsed = new Uint8Array(this.valueStarts.length);
  }

  /** How many features the model has weights for. */
  get size(): number {
    return this.valueStarts.length;
  }

  /** Files a feature under its family and value; a feature listed twice keeps its last row, as a map of the lines would. */
  private index(feature: string, valueStart: number): void {
    const row = this.valueStarts.length;
    this.valueStarts.push(valueStart);
    const equals = feature.indexOf('=');
    const family = equals < 0 ? feature : feature.slice(0, equals + 1);
    const value = equals < 0 ? '' : feature.slice(equals + 1);
    const space = value.indexOf(' ');
    if (PAIR_FAMILIES.has(family) && space >= 0) {
      let firsts = this.pairRows.get(family);
      if (firsts === undefined) {
        this.pairRows.set(family, (firsts = new Map()));
        const id = FAMILY_IDS.get(family);
        if (id !== undefined) this.pairRowsById[id] = firsts;
      }
      const first = value.slice(0, space);
      let seconds = firsts.get(first);
      if (seconds === undefined) firsts.set(first, (seconds = new Map()));
      seconds.set(value.slice(space + 1), row);
      return;
    }
    let values = this.rows.get(family);
    if (values === undefined) {
      this.rows.set(family, (values = new Map()));
      const id = FAMILY_IDS.get(family);
      if (id !== undefined) this.rowsById[id] = values;
    }
    values.set(value, row);
    if (value === '') {
      this.bareRows.set(family, row);
      const id = FAMILY_IDS.get(family);
      if (id !== undefined) this.bareRowById[id] = row;
    }
  }

  /** The row of a feature given as family and value, or -1. */
  row(family: string, value: string): number {
    if (value === '') return this.bareRows.get(family) ?? -1;
    return this.rows.get(family)?.get(value) ?? -1;
  }

  /** {@link row} of a family given by its number (F). */
  rowOf(family: number, value: string): number {
    if (value === '') return this.bareRowById[family]!;
    return this.rowsById[family]?.get(value) ?? -1;
  }

  /** {@link pairRow} of a family given by its number (F). */
  pairRowOf(family: number, first: string, second: string): number {
    return this.pairRowsById[family]?.get(first)?.get(second) ?? -1;
  }

  /** The row of a two-word feature, or -1. */
  pairRow(family: string, first: string, second: string): number {
    return this.pairRows.get(family)?.get(first)?.get(second) ?? -1;
  }

  /** Adds a row's weights to `scores`. */
  addRow(row: number, scores: Float32Array): void {
    if (this.parsed[row] === 0) this.parseRow(row);
    const offset = row * LABEL_COUNT;
    for (let index = 0; index < LABEL_COUNT; index++) scores[index]! += this.weights[offset + index]!;
  }

  private parseRow(row: number): void {
    const from = this.valueStarts[row]!;
    const end = this.table.indexOf('\n', from);
    const values = this.table.slice(from, end < 0 ? this.table.length : end).split(',');
    // Hundredths, an empty or missing weight is 0.
    for (let index = 0; index < LABEL_COUNT; index++) this.weights[row * LABEL_COUNT + index] = Number(values[index] ?? 0) / 100;
    this.parsed[row] = 1;
  }

  /**
   * The weights of one feature, or undefined when the model has none.
   *
   * @example
   * parseWeights('\ncap|100,,,,-100').get('cap') //=> Float32Array [1, 0, 0, 0, -1]
   */
  get(feature: string): Float32Array | undefined {
    const equals = feature.indexOf('=');
    const family = equals < 0 ? feature : feature.slice(0, equals + 1);
    const value = equals < 0 ? '' : feature.slice(equals + 1);
    const space = value.indexOf(' ');
    const row = PAIR_FAMILIES.has(family) && space >= 0 ? this.pairRow(family, value.slice(0, space), value.slice(space + 1)) : this.row(family, value);
    if (row < 0) return undefined;
    const vector = new Float32Array(LABEL_COUNT);
    this.addRow(row, vector);
    return vector;
  }
}

/**
 * Reads the compact weight table written by the training script (scripts/weight-table.ts):
 * a family's header line ("" for features without a value), then `value|w1,w2,…` lines
 * of weights in hundredths.
 *
 * @example
 * parseWeights('\ncap|100,,,,-100\nw=\nparis|,225').get('w=paris') //=> Float32Array [0, 2.25, 0, 0, 0]
 */
export function parseWeights(table: string): LinearModel {
  return new LinearModel(table);
}

/** Adds each feature's weights to the scores as the features come, in the same order as summing a feature list. */
class Scorer implements FeatureSink {
  scores = new Float32Array(LABEL_COUNT);
  constructor(private readonly model: LinearModel) {}
  add(family: number, value: string): void {
    const row = this.model.rowOf(family, value);
    if (row >= 0) this.model.addRow(row, this.scores);
  }
  addPair(family: number, first: string, second: string): void {
    const row = this.model.pairRowOf(family, first, second);
    if (row >= 0) this.model.addRow(row, this.scores);
  }
}

/**
 * Scores each label for one candidate: the sum of its features' weights, the same as
 * `score(model, candidateFeatures(…))` without building the feature strings.
 */
export function scoreCandidate(model: LinearModel, candidate: Candidate, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts): Float32Array {
  const scorer = new Scorer(model);
  emitFeatures(candidate, tokens, gaz, facts, scorer);
  return scorer.scores;
}
