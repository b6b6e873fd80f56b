import { isAbbreviation } from './abbreviations.js';
import { NewsparseError, assertText } from './errors.js';
import { splitSentences } from './segment.js';
import type { Span } from './span.js';
import { describeValue } from './validate.js';

/** A word or punctuation token of a text, with its offsets into the text. */
export interface WordToken {
  readonly text: string;
  /** Lower case, curly apostrophes straightened, a trailing period dropped ("mr" for "Mr."). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** `word`: letters or digits; `punct`: any other single character (a surrogate pair counts as one). */
  readonly kind: 'word' | 'punct';
  /** Whether the token starts with an upper-case letter. */
  readonly cap: boolean;
}

/**
 * One reading of a text that every stage shares: its sentences and its word tokens, each
 * computed at most once, when a stage first asks. Build it with {@link analyzeText}.
 */
export interface TextAnalysis {
  /** The exact text analysed: every offset below is an index into it. */
  readonly text: string;
  /** `splitSentences(text)`: sentences end at punctuation and at paragraph breaks. */
  readonly sentences: readonly Span[];
  /** `splitSentences(text, { lineBreaks: true })`: every line break ends a sentence too. */
  readonly lineSentences: readonly Span[];
  /** The word and punctuation tokens of the whole text, in order (`tokenizeWords(text)`). */
  readonly tokens: readonly WordToken[];
  /**
   * The tokens of `text[from, to)`, the same as `tokenizeWords(text, from, to)`: a slice of
   * `tokens` when the window cuts no token, else the window read on its own.
   */
  tokensIn(from: number, to: number): WordToken[];
}

// A comma between digit groups stays inside the number ("3,000"): read as a clause comma, it
// would split "The union, which represents about 3,000 dockworkers, said" in three.
const WORD = /[\p{L}\p{N}]+(?:['\u2019]\p{L}+|[-.&/][\p{L}\p{N}]+|,\d{3}(?!\d))*/uy;
const UPPER = /^\p{Lu}/u;

/** White space between tokens: ASCII and no-break spaces, the Unicode spaces, zero-width space and BOM. */
const isGap = (code: number): boolean =>
  code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0xfeff;

/**
 * Splits `text[from, to)` into words and punctuation in one linear pass. A period stays on a
 * word when the word is an abbreviation, an initial or has inner periods ("Mr.", "J.", "U.S.");
 * apostrophes, hyphens, periods, ampersands and slashes inside a word keep it whole ("O'Neil",
 * "al-Assad", "AT&T", "24/7"), and so do commas between digit groups ("3,000"). A word that `to`
 * cuts is read as its characters.
 *
 * @example
 * tokenizeWords('Mr. Wang’s AT&T deal.').map((token) => token.text)
 * //=> ['Mr.', 'Wang’s', 'AT&T', 'deal', '.']
 */
export function tokenizeWords(text: string, from = 0, to = text.length): WordToken[] {
  assertText(text, 'tokenizeWords');
  const start = clampIndex(from, text.length, 'from');
  const end = clampIndex(to, text.length, 'to');
  return scanTokens(text, start, end);
}

function clampIndex(value: unknown, length: number, name: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new NewsparseError('INVALID_INPUT', `tokenizeWords: ${name} must be a number, got ${describeValue(value)}`);
  return Math.max(0, Math.min(length, Math.trunc(value)));
}

function scanTokens(text: string, from: number, to: number): WordToken[] {
  const tokens: WordToken[] = [];
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (isGap(code)) {
      index++;
      continue;
    }
    // Most words are ASCII letters and digits only, up to a character no part of the word
    // pattern goes on with: read those by their codes; anything else goes to the pattern.
    const asciiEnd = isAsciiLetterOrDigit(code) ? asciiWordEnd(text, index) : -1;
    if (asciiEnd !== -1) {
      if (asciiEnd <= to) {
        const token = asciiWord(text, index, asciiEnd, to);
        tokens.push(token);
        index = token.end;
        continue;
      }
    } else if (code >= 128 || isAsciiLetterOrDigit(code)) {
      // test, not exec: the sticky pattern's lastIndex is the word's end, and no match array is built.
      WORD.lastIndex = index;
      if (WORD.test(text) && WORD.lastIndex <= to) {
        const wordEnd = WORD.lastIndex;
        let end = wordEnd;
        if (end < to && text.charCodeAt(end) === 46) {
          const word = text.slice(index, wordEnd);
          if (word.includes('.') || isAbbreviation(word)) end++;
        }
        const surface = text.slice(index, end);
        tokens.push({ text: surface, lower: lowerOf(surface), start: index, end, kind: 'word', cap: startsUpper(surface) });
        index = end;
        continue;
      }
    }
    // A surrogate pair is one character.
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < to ? 2 : 1;
    const surface = text.slice(index, index + width);
    tokens.push({ text: surface, lower: surface, start: index, end: index + width, kind: 'punct', cap: false });
    index += width;
  }
  return tokens;
}

const isAsciiLetterOrDigit = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/**
 * Where the word pattern's match from `start` (an ASCII letter or digit) ends when the word
 * is ASCII letters and digits only: the run of them ends the text, stops at an ASCII
 * character that is none of ' - . & / , (which can go on with the word), or stops at one of
 * those that the next character cannot go on from ("word, " "word. " "word-"): a letter or
 * digit must follow ' - . & /, a digit must follow a comma. Most words before a comma or a
 * sentence's period end so. -1 otherwise: the pattern reads it. Like the pattern, it may run
 * past the window's end.
 */
function asciiWordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  // Both -1 past the text's end, which no test below accepts: the word ends there. (Read as
  // NaN, a read past the end stopped V8's optimised code at the first text to end so.)
  const next = end < text.length ? text.charCodeAt(end) : -1;
  const after = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
  if (next >= 128) return -1;
  // A comma goes on only before a digit group ("3,000"); ' - . & / before a letter or digit.
  if (next === 44) return after >= 48 && after <= 57 ? -1 : end;
  return (next === 39 || next === 45 || next === 46 || next === 38 || next === 47) && (after >= 128 || isAsciiLetterOrDigit(after)) ? -1 : end;
}

/**
 * The token of an ASCII word `text[start, wordEnd)`, with the period after it when it is an
 * abbreviation (`isAbbreviation` counts initials: "J.", "Mr."): what the pattern path gives, without lower-casing
 * a word that has no capital (most do) or testing a capital by its Unicode class.
 */
function asciiWord(text: string, start: number, wordEnd: number, to: number): WordToken {
  let capitals = 0;
  for (let index = start; index < wordEnd; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) capitals++;
  }
  const first = text.charCodeAt(start);
  const cap = first >= 65 && first <= 90;
  let end = wordEnd;
  if (end < to && text.charCodeAt(end) === 46) {
    const word = text.slice(start, wordEnd);
    if (isAbbreviation(word)) end++;
  }
  const surface = text.slice(start, end);
  const bare = end === wordEnd ? surface : text.slice(start, wordEnd);
  return { text: surface, lower: capitals === 0 ? bare : bare.toLowerCase(), start, end, kind: 'word', cap };
}

/**
 * Whether a word the pattern read starts with an upper-case letter, by the Unicode class
 * whatever its first letter. (Asked only of words that another letter than ASCII opens,
 * rare in English copy, the test first ran after V8 had optimised scanTokens, which threw
 * that code away and compiled it again; the pattern path reads few words, so the test costs
 * little.)
 */
function startsUpper(surface: string): boolean {
  return UPPER.test(surface);
}

function lowerOf(surface: string): string {
  const lower = surface.toLowerCase();
  // Most words have neither a curly apostrophe nor a final period: skip the two replaces.
  if (!lower.includes('\u2019') && !lower.endsWith('.')) return lower;
  return lower.replace(/\u2019/g, "'").replace(/\.$/, '');
}

/**
 * Reads a text once for every stage that needs its sentences or words: the result is frozen,
 * and each part is computed when first read, then kept. `parseArticle` builds one per text
 * and hands it to the dateline, entity and quote stages (`options.analysis`); each stage
 * builds its own when called alone.
 *
 * @example
 * const analysis = analyzeText('Gov. Jane Doe spoke.\nShe left.');
 * analysis.sentences.map((sentence) => sentence.text) //=> ['Gov. Jane Doe spoke.\nShe left.']
 * analysis.lineSentences.length //=> 2
 * analysis.tokensIn(5, 13).map((token) => token.lower) //=> ['jane', 'doe']
 */
export function analyzeText(text: string): TextAnalysis {
  assertText(text, 'analyzeText');
  return buildAnalysis(text, () => scanTokens(text, 0, text.length));
}

/**
 * The analysis of `masked`, a same-length copy of `analysis.text` that keeps the characters
 * inside `ranges` and blanks the rest to white space (what `parseArticle` gives the quote
 * stage: the story's paragraphs without headings or captions). Its tokens are taken from
 * `analysis` when no range edge cuts a token, so the text is not tokenized again; its
 * sentences are split anew, as blanking may join or part paragraphs.
 *
 * @example
 * const analysis = analyzeText('Head\n\nBody text.');
 * maskAnalysis(analysis, '    \n\nBody text.', [{ start: 6, end: 16 }]).tokens.map((token) => token.text)
 * //=> ['Body', 'text', '.']
 */
export function maskAnalysis(analysis: TextAnalysis, masked: string, ranges: readonly { start: number; end: number }[]): TextAnalysis {
  assertText(masked, 'maskAnalysis');
  if (!isAnalysis(analysis)) throw new NewsparseError('INVALID_INPUT', `maskAnalysis expects what analyzeText returned, got ${describeValue(analysis)}`);
  const { text } = analysis;
  if (masked === text) return analysis;
  if (masked.length !== text.length || !Array.isArray(ranges)) {
    throw new NewsparseError('INVALID_INPUT', 'maskAnalysis expects a same-length copy of the analysed text and the ranges it keeps');
  }
  let at = 0;
  for (const range of ranges) {
    const valid = range !== null && typeof range === 'object' && Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= at && range.end >= range.start && range.end <= text.length;
    if (!valid) throw new NewsparseError('INVALID_INPUT', `maskAnalysis expects ordered ranges inside the text, got ${describeValue(range)}`);
    // The kept text must be the same, and everything between ranges blank.
    if (!isBlank(masked, at, range.start) || masked.slice(range.start, range.end) !== text.slice(range.start, range.end)) {
      throw new NewsparseError('INVALID_INPUT', 'maskAnalysis: the masked text differs from the analysed text inside a range, or is not blank outside them');
    }
    at = range.end;
  }
  if (!isBlank(masked, at, masked.length)) throw new NewsparseError('INVALID_INPUT', 'maskAnalysis: the masked text is not blank after the last range');
  return buildAnalysis(masked, () => tokensWithin(analysis.tokens, ranges) ?? scanTokens(masked, 0, masked.length));
}

/** Only gap characters (the tokenizer's white space) between `from` and `to`. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isGap(text.charCodeAt(index))) return false;
  return true;
}

/**
 * The tokens that lie inside `ranges`, or null when a range edge cuts a token (blanking would
 * then change how that word reads, so the caller tokenizes the masked text itself).
 */
function tokensWithin(tokens: readonly WordToken[], ranges: readonly { start: number; end: number }[]): WordToken[] | null {
  const kept: WordToken[] = [];
  let index = 0;
  for (const range of ranges) {
    while (index < tokens.length && tokens[index]!.end <= range.start) index++;
    if (index < tokens.length && tokens[index]!.start < range.start) return null;
    while (index < tokens.length && tokens[index]!.end <= range.end) kept.push(tokens[index++]!);
    if (index < tokens.length && tokens[index]!.start < range.end) return null;
  }
  return kept;
}

function buildAnalysis(text: string, readTokens: () => WordToken[]): TextAnalysis {
  let sentences: readonly Span[] | undefined;
  let lineSentences: readonly Span[] | undefined;
  let tokens: readonly WordToken[] | undefined;
  // The windows are sliced from an unfrozen copy: V8 (Node 20) slices a frozen array on its
  // slow path, ~40x slower, and the quote stage asks for a window per sentence.
  let plainTokens: WordToken[] | undefined;
  const windowSource = (): WordToken[] => {
    if (plainTokens === undefined) {
      plainTokens = readTokens();
      tokens = Object.freeze(plainTokens.slice());
    }
    return plainTokens;
  };
  const allTokens = (): readonly WordToken[] => {
    if (tokens === undefined) windowSource();
    return tokens!;
  };
  return Object.freeze({
    text,
    get sentences() {
      return (sentences ??= Object.freeze(splitSentences(text)));
    },
    get lineSentences() {
      return (lineSentences ??= Object.freeze(splitSentences(text, { lineBreaks: true })));
    },
    get tokens() {
      return allTokens();
    },
    tokensIn(from: number, to: number): WordToken[] {
      if (typeof from !== 'number' || typeof to !== 'number' || Number.isNaN(from) || Number.isNaN(to)) {
        throw new NewsparseError('INVALID_INPUT', 'tokensIn expects two numeric offsets');
      }
      const start = Math.max(0, Math.min(text.length, Math.trunc(from)));
      const end = Math.max(0, Math.min(text.length, Math.trunc(to)));
      if (end <= start) return [];
      return windowOf(windowSource(), start, end) ?? scanTokens(text, start, end);
    },
  });
}

/** The tokens of `[from, to)` taken from the whole text's, or null when the window cuts a token. */
function windowOf(tokens: readonly WordToken[], from: number, to: number): WordToken[] | null {
  const first = firstEndingAfter(tokens, from, 0);
  if (first < tokens.length && tokens[first]!.start < from) return null;
  const last = firstEndingAfter(tokens, to, first);
  if (last < tokens.length && tokens[last]!.start < to) return null;
  return tokens.slice(first, last);
}

/** The index of the first token from `low` on that ends after `offset` (tokens are in order). */
function firstEndingAfter(tokens: readonly WordToken[], offset: number, low: number): number {
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Checks a precomputed analysis handed to a stage: an object {@link analyzeText} built, of
 * exactly the text the stage reads. Throws `NewsparseError` (`INVALID_OPTION`) otherwise.
 *
 * @example
 * assertAnalysis(analyzeText('Hi.'), 'Hi.', 'tagEntities') // passes
 * assertAnalysis(analyzeText('Hi.'), 'Ho.', 'tagEntities') // throws: tagEntities: options.analysis is of another text
 */
export function assertAnalysis(analysis: unknown, text: unknown, functionName: string): asserts analysis is TextAnalysis {
  if (!isAnalysis(analysis)) {
    throw new NewsparseError('INVALID_OPTION', `${functionName}: options.analysis must be what analyzeText returned, got ${describeValue(analysis)}`);
  }
  if (analysis.text !== text) {
    throw new NewsparseError('INVALID_OPTION', `${functionName}: options.analysis is of another text (analyzeText(text) of the same string is needed)`);
  }
}

function isAnalysis(value: unknown): value is TextAnalysis {
  const candidate = value as Partial<TextAnalysis> | null;
  return candidate !== null && typeof candidate === 'object' && typeof candidate.text === 'string' && typeof candidate.tokensIn === 'function';
}
