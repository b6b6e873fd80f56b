import { isAbbreviation, type TextAnalysis, type WordToken } from '@newsparse/core';
import { keyOfLower } from './lexicon.js';
import { localeWords } from './locales/index.js';

/** One token of the text, with the facts the tagger asks about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower case */
  lower: string;
  /** lookup key (lower case, diacritics folded, periods dropped) */
  key: string;
  /** letters or digits (not punctuation) */
  word: boolean;
  /** starts with a capital letter */
  cap: boolean;
  /** has letters and all of them are capitals */
  upper: boolean;
  /** could be part of a name in mixed-case text */
  nameLike: boolean;
  /** first word of a sentence, a line, or a quotation */
  sentStart: boolean;
  /** the line has no lower-case letter (headline, dateline, all-caps copy) */
  capsLine: boolean;
  /** a line break separates it from the previous token */
  newline: boolean;
}

// Dotted initialisms ("U.S."), words with inner apostrophes, hyphens, periods and ampersands
// ("O'Neil", "González-Olaechea", "AT&T"), a possessive ending, or any other single character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['\u2019](?=\p{L})(?![sS](?![\p{L}\p{N}]))|[-.&](?=[\p{L}\p{N}]))*|['\u2019][sS](?![\p{L}\p{N}])|\S/gu;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const CAP_START = /^\p{Lu}/u;
const CAMEL = /^\p{Ll}+\p{Lu}/u;
const DIGIT_START = /^\p{N}/u;
const HAS_LETTER = /\p{L}/u;
/** Words after which a wrapped line goes on with the same sentence even before a capital. */
const CONTINUERS = new Set(['of', 'the', 'and', 'to', 'in', 'for', 'a', 'an', 'on', 'with', 'by', 'at', 'from', 'said', 'told', '&']);
/** "I'm", "Don't", "We'll": capitalised contractions are no names. */
const CONTRACTION = /^(?:\p{L}+n['\u2019]t|(?:i|you|we|they|he|she|it|that|there|what|who|let)['\u2019](?:[mds]|ve|ll|re))$/iu;
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab', '-', '\u2014', '\u2013', ':']);

interface Shape {
  /** starts with a letter or digit */
  word: boolean;
  /** starts with a capital letter */
  cap: boolean;
  hasUpper: boolean;
  hasLower: boolean;
  /** lower-case letters, then a capital ("iPhone", "eBay") */
  camel: boolean;
  /** starts with a digit and has a letter ("3M", "7UP" when it has a capital) */
  digitFirst: boolean;
  /** a clock time written as one word ("9AM", "05PM"): digits first, capitals after, but no name */
  clockTime: boolean;
  apostrophe: boolean;
  ascii: boolean;
  /** only ASCII letters and digits: its lower case is its own lookup key */
  plain: boolean;
}

const SHAPE: Shape = { word: false, cap: false, hasUpper: false, hasLower: false, camel: false, digitFirst: false, clockTime: false, apostrophe: false, ascii: true, plain: true };

const HYPHENED_PARTICLES = localeWords((locale) => locale.names.hyphenedParticles);

/**
 * Whether a word is a name word after a particle joined to it by a hyphen ("al-Khateeb",
 * "el-Sayed"): the particle is listed, and a capital follows the hyphen. Such a word starts
 * lower-case, yet it is a surname as much as "Khateeb" is.
 */
export function hyphenedParticleName(surface: string): boolean {
  const hyphen = surface.indexOf('-');
  if (hyphen < 2 || hyphen > 4 || hyphen + 1 >= surface.length) return false;
  const after = surface.charCodeAt(hyphen + 1);
  return after >= 65 && after <= 90 && HYPHENED_PARTICLES.has(surface.slice(0, hyphen));
}

const ELIDED_PARTICLES = localeWords((locale) => locale.names.elidedParticles);

/**
 * Whether a word is a name word after an elided particle of "of" ("d’Italia", "d'Estaing",
 * "dell'Emilia"): the particle is listed, an apostrophe follows it, then a capital. Such a
 * word starts lower-case and opens no name, but after a name's word it is part of that name.
 *
 * @example
 * elidedParticleName('d’Italia') //=> true
 * elidedParticleName('l’Italia') //=> false
 */
export function elidedParticleName(surface: string): boolean {
  const apostrophe = elisionBeforeCapital(surface);
  return apostrophe > 0 && ELIDED_PARTICLES.has(surface.slice(0, apostrophe));
}

const CAPITAL_AT = /^\p{Lu}/u;

/** The longest elided word that ends in an apostrophe ("puisqu'"), and its apostrophe. */
const MAX_ELISION = 7;

/**
 * Where the apostrophe of an elided word stands when a capital follows it ("d’Italia" → 1,
 * "qu'Emmanuel" → 2), or -1: the first apostrophe within an elided word's length.
 */
function elisionBeforeCapital(surface: string): number {
  for (let index = 1; index <= MAX_ELISION && index + 1 < surface.length; index++) {
    const code = surface.charCodeAt(index);
    if (code === 39 || code === 0x2019) return CAPITAL_AT.test(surface.slice(index + 1, index + 3)) ? index : -1;
  }
  return -1;
}

/** French and Italian elided articles and pronouns; not "d'" of "Banca d'Italia". */
const ELIDED_ARTICLES: ReadonlySet<string> = new Set(['l', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu']);

/** The length of a lower-case elided article before a capital ("l'AFP" → 2), or 0 (so "L'Oréal" stays whole). */
function elidedArticleLength(surface: string): number {
  const apostrophe = surface.charCodeAt(0) > 96 ? elisionBeforeCapital(surface) : -1;
  return apostrophe > 0 && ELIDED_ARTICLES.has(surface.slice(0, apostrophe)) ? apostrophe + 1 : 0;
}

/**
 * The length of a lower-case "d'" before a capital that stands after no capitalised word
 * ("autour d'Emmanuel Macron", "l'avenir d'Israël" → 2), or 0: there it is the preposition, a
 * word of its own, and the name after it is read; after a name's word it is the name's
 * particle ("Giscard d'Estaing", "Banca d'Italia", "Côte d'Ivoire") and the word stays whole.
 */
function elidedOfLength(surface: string, previous: Token | undefined): number {
  if (surface.charCodeAt(0) !== 100 || (previous !== undefined && previous.cap)) return 0;
  // ("raison d'Ãªtre" in a mis-encoded page: "Ã" and "Â" open no name, only UTF-8 read as Latin-1.)
  const capital = surface.charCodeAt(2);
  return elisionBeforeCapital(surface) === 1 && capital !== 0xc3 && capital !== 0xc2 ? 2 : 0;
}

/**
 * The letter facts of a token in one pass over its characters (most tokens are ASCII);
 * other tokens go through the Unicode-aware expressions. Returns a shared object: read it
 * before the next call.
 */
function letterShape(surface: string): Shape {
  const shape = SHAPE;
  let ascii = true;
  let upper = false;
  let lower = false;
  let apostrophe = false;
  let camel = false;
  let plain = true;
  // Still inside the leading lower-case letters.
  let leadingLower = true;
  for (let index = 0; index < surface.length; index++) {
    const code = surface.charCodeAt(index);
    const isLower = code >= 97 && code <= 122;
    if (leadingLower && !isLower) {
      camel = index > 0 && code >= 65 && code <= 90;
      leadingLower = false;
    }
    if (code >= 65 && code <= 90) upper = true;
    else if (isLower) lower = true;
    else if (code < 48 || code > 57) {
      plain = false;
      if (code === 39 || code === 0x2019) apostrophe = true;
      else if (code > 127) ascii = false;
    }
  }
  const letter = upper || lower;
  const first = surface.charCodeAt(0);
  const digitFirst = first >= 48 && first <= 57;
  if (ascii) {
    shape.word = letter && ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) || digitFirst;
    shape.cap = first >= 65 && first <= 90;
    shape.hasUpper = upper;
    shape.hasLower = lower;
    shape.camel = camel;
    shape.digitFirst = digitFirst && letter;
    shape.clockTime = isClockTime(surface, digitFirst);
  } else {
    shape.word = WORD_START.test(surface);
    shape.cap = CAP_START.test(surface);
    shape.hasUpper = HAS_UPPER.test(surface);
    shape.hasLower = HAS_LOWER.test(surface);
    shape.camel = CAMEL.test(surface);
    // The letter test first: most of these tokens have letters (accented names), so both tests
    // run early in a process and the optimised tokenizer knows them (digit first was too rare).
    shape.digitFirst = HAS_LETTER.test(surface) && DIGIT_START.test(surface);
    // (A clock time is ASCII.)
    shape.clockTime = false;
  }
  shape.apostrophe = apostrophe;
  shape.ascii = ascii;
  shape.plain = plain;
  return shape;
}

/**
 * Whether an ASCII token is a clock time written as one word, one or two digits and "AM" or
 * "PM" ("9AM", "05PM"; `digitFirst`: its first character is a digit). Every read and
 * comparison runs on every call, before the answer is put together: a test first met after V8
 * had optimised the tokenizer (a regular expression asked only of a word that a digit opens
 * and that has a capital, rare in news copy) stopped that code twice in a fresh process, and
 * each time the whole tokenizer was compiled again.
 */
function isClockTime(surface: string, digitFirst: boolean): boolean {
  const length = surface.length;
  const last = surface.charCodeAt(length - 1);
  const meridiem = surface.charCodeAt(length < 2 ? 0 : length - 2);
  const second = surface.charCodeAt(length < 2 ? 0 : 1);
  const endsInM = last === 77;
  const am = meridiem === 65;
  const pm = meridiem === 80;
  const three = length === 3;
  const four = length === 4;
  const secondAtLeastZero = second >= 48;
  const secondAtMostNine = second <= 57;
  return digitFirst && endsInM && (am || pm) && (three || (four && secondAtLeastZero && secondAtMostNine));
}

/**
 * A word in lower case: the token's own lower form when the word is that token's text (a
 * token's lower form is always its text lower-cased), so that no new string is made and
 * lookups find a string hashed before.
 *
 * @example
 * lowerOfWord('Lima', tokenize('Lima')[0]) //=> 'lima'
 */
export const lowerOfWord = (word: string, token: Token | undefined): string => (token !== undefined && token.text === word ? token.lower : word.toLowerCase());

/**
 * The token at `index`, or undefined before the first and after the last: the rules read
 * their neighbours (`first - 1`, `last + 2`) through it, because an optimised read past an
 * array's end is a deopt the first time it happens (and a recompile of the whole rule).
 *
 * @example
 * tokenAt(tokenize('Lima'), -1) //=> undefined
 */
export const tokenAt = (tokens: readonly Token[], index: number): Token | undefined => (index >= 0 && index < tokens.length ? tokens[index] : undefined);

/**
 * The lower-case form of the token at `index`, or '' where there is none: a rule compares it
 * with a word ("of", "the"), and a comparison that sees undefined after optimisation is a deopt.
 *
 * @example
 * lowerAt(tokenize('Bank of England'), 1) //=> 'of'
 */
export const lowerAt = (tokens: readonly Token[], index: number): string => (index >= 0 && index < tokens.length ? tokens[index]!.lower : '');

/**
 * The text of the token at `index`, or '' where there is none (see {@link lowerAt}).
 *
 * @example
 * textAt(tokenize('Lima, Peru'), 1) //=> ','
 */
export const textAt = (tokens: readonly Token[], index: number): string => (index >= 0 && index < tokens.length ? tokens[index]!.text : '');

/**
 * Whether the word at `index` is a social-media handle: an "@" right before it ("@SkyNews" is an
 * account's address, no name of the outlet or person behind it).
 */
export const isHandleAt = (tokens: readonly Token[], index: number): boolean => textAt(tokens, index - 1) === '@';

/**
 * Whether the token at `index` is the one-character mark of code `code` ("." 46, "," 44,
 * "-" 45). Read by its character code: a string comparison that V8 specialised for the
 * one-character (internalised) strings it had seen there stops, a deopt, at the first word.
 *
 * @example
 * isMarkAt(tokenize('Lima, Peru'), 1, 44) //=> true
 */
export const isMarkAt = (tokens: readonly Token[], index: number, code: number): boolean => {
  const text = textAt(tokens, index);
  return text.length === 1 && text.charCodeAt(0) === code;
};

/** Ticker and instrument codes ("LCOc1", "AAPL.O"): never part of a name. */
const TICKER = /^(?:\p{Lu}{2,5}\p{Ll}{1,2}\d{1,2}|\p{Lu}{1,5}\.\p{Lu}{1,2})$/u;

/** Whether a token is the possessive ending "'s" (or "\u2019s"). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.text === "'s" || token.text === '\u2019s');
}

/** Whether a token is a ticker or instrument code ("LCOc1", "AAPL.O"). */
export function isTicker(text: string): boolean {
  if (text.length > 9) return false;
  // Both forms end in a digit or have a period: most words are ruled out without the expression.
  const last = text.charCodeAt(text.length - 1);
  return ((last >= 48 && last <= 57) || text.includes('.')) && TICKER.test(text);
}

/**
 * Splits text into tokens in one linear pass. Given the text's shared analysis, a word the
 * analysis already read as a plain run of letters and digits (most words) takes its span and
 * lower case from there; this tokenizer's own pattern reads only the rest (possessives, which
 * it splits off, marks, dotted initials, punctuation), so both ways give the same tokens.
 *
 * @example
 * tokenize('Wang’s U.S. visit').map((token) => token.text) //=> ['Wang', '’s', 'U.S.', 'visit']
 */
export function tokenize(text: string, analysis?: TextAnalysis): Token[] {
  const shared = analysis?.tokens;
  let sharedIndex = 0;
  const tokens: Token[] = [];
  // Lines without lower-case letters (headlines, datelines): 1 at each of their characters.
  const capsMarks = capsLineMarks(text);
  let sentenceOpen = false;
  let previousEnd = 0;
  let previousWasOpener = false;
  let position = 0;
  for (;;) {
    let surface: string;
    let start: number;
    let lower: string | null = null;
    if (shared) {
      while (sharedIndex < shared.length && shared[sharedIndex]!.start < position) sharedIndex++;
    }
    const next = shared?.[sharedIndex];
    if (next !== undefined && readsAlike(text, next, position)) {
      surface = next.text;
      start = next.start;
      // The analysis keeps a mark's own form as its lower case; a few symbols have a lower case ("Ⓐ").
      lower = next.kind === 'word' || surface.charCodeAt(0) < 128 ? next.lower : null;
    } else {
      const runEnd = asciiWordEnd(text, position);
      const markAt = runEnd > 0 ? -1 : asciiMarkAt(text, position);
      if (runEnd > 0) {
        // The white space asciiWordEnd skipped: the same helper, whose loop every token runs
        // (a loop of its own here ran only after white space the analysis did not read, and
        // its first run stopped the optimised tokenizer for want of type feedback).
        start = skipAsciiSpace(text, position);
        surface = text.slice(start, runEnd);
      } else if (markAt >= 0) {
        // One ASCII mark ("," "." "(" "-"): the pattern's last branch, read without running it.
        start = markAt;
        surface = text[markAt]!;
      } else {
        TOKEN.lastIndex = position;
        const match = TOKEN.exec(text);
        if (match === null) break;
        surface = match[0];
        start = match.index;
      }
    }
    // "l'AFP": the article is a word of its own, so the name is read.
    const elided = elidedArticleLength(surface) || elidedOfLength(surface, tokens[tokens.length - 1]);
    if (elided > 0) {
      surface = surface.slice(0, elided);
      lower = null;
    }
    const end = start + surface.length;
    position = end;
    const shape = letterShape(surface);
    const word = shape.word;
    const cap = word && shape.cap;
    const clockTime = shape.clockTime;
    let breaks = 0;
    let lastBreak = -1;
    for (let index = previousEnd; index < start; index++) {
      if (text.charCodeAt(index) === 10) {
        breaks++;
        lastBreak = index;
      }
    }
    // A token holds no line break, so it lies on such a line exactly when its first character does.
    const capsLine = capsMarks[start] === 1;
    // A line break ends a sentence unless it only wraps running text: a single break after a
    // word, in a line of prose, before a line that is not indented.
    let newline = false;
    if (breaks > 0) {
      const previous = tokenAt(tokens, tokens.length - 1);
      const indented = start > lastBreak + 1;
      const previousLineStart = text.lastIndexOf('\n', lastBreak - 1) + 1;
      const shortLine = lastBreak - previousLineStart < 50;
      const continues = !cap || CONTINUERS.has(previous?.lower ?? '');
      // The previous token's facts are read at every break, not only when the tests before
      // them pass (rarely: a wrapped line of prose), so that the optimised tokenizer has seen
      // them before it meets such a line.
      const previousWord = previous !== undefined && previous.word;
      const previousCaps = previous !== undefined && previous.capsLine;
      newline = breaks > 1 || indented || shortLine || !previousWord || previousCaps || capsLine || !continues;
    }
    if (newline) sentenceOpen = false;

    const upper = word && shape.hasUpper && !shape.hasLower;
    const nameLike = word && !capsLine && !(shape.apostrophe && CONTRACTION.test(surface)) && !(shape.hasUpper && isTicker(surface)) && (cap || (!shape.ascii && CAMEL.test(surface)) || (shape.ascii && shape.camel) || (shape.digitFirst && shape.hasUpper && !clockTime) || (shape.hasUpper && hyphenedParticleName(surface)));
    // An ASCII token without capitals (most words and marks) is its own lower case: no call.
    // (The one other character letterShape lets pass as ASCII, '’', has no case either.)
    lower ??= shape.ascii && !shape.hasUpper ? surface : surface.toLowerCase();
    const sentStart = word && (!sentenceOpen || previousWasOpener);
    tokens.push({ start, end, text: surface, lower, key: word && !shape.plain ? keyOfLower(lower) : lower, word, cap, upper, nameLike, sentStart, capsLine, newline });
    // One character's code, compared as a number: a string comparison specialised for the
    // strings seen so far stops (a deopt) at the first two-byte mark ("“", "—"), which is no
    // internalised string.
    const mark = surface.length === 1 ? surface.charCodeAt(0) : -1;
    if (word) {
      sentenceOpen = true;
      previousWasOpener = false;
    } else if (mark === 46 || mark === 33 || mark === 63 || mark === 0x2026) {
      const before = tokenAt(tokens, tokens.length - 2);
      const abbreviation = mark === 46 && before !== undefined && before.word && before.end === start && isAbbreviation(before.text) && !/^\p{Lu}{2,}$/u.test(before.text);
      if (!abbreviation) sentenceOpen = false;
      previousWasOpener = false;
    } else {
      previousWasOpener = OPENERS.has(surface) && (!sentenceOpen || previousWasOpener || mark === 58 || mark === 0x2014 || mark === 34 || mark === 0x201c || ((mark === 45 || mark === 0x2013) && closesDateline(tokens)));
    }
    previousEnd = end;
  }
  return tokens;
}

/** How many capitalised words a wire agency's name in brackets may have: "(Reuters)", "(Thomson Reuters Foundation)". */
const MAX_AGENCY_WORDS = 4;
/** How many tokens a dateline may have before the agency: "SAN JOSE, Costa Rica (AP)". */
const MAX_DATELINE_TOKENS = 8;

/**
 * Whether the dash just read (the last token) follows a wire dateline's agency in brackets at
 * a line's start: "LONDON (Reuters) - Retailer Carrefour said", "BOSTON, Mass. (AP) - ",
 * "(Reuters) - ". The word after it opens the story's first sentence, as after an em dash
 * ("WASHINGTON (AP) — "); a hyphen inside a sentence opens nothing ("Smith (D) - and Jones").
 */
function closesDateline(tokens: readonly Token[]): boolean {
  const dash = tokens.length - 1;
  if (tokens[dash - 1]?.text !== ')') return false;
  let open = dash - 2;
  while (open >= 0 && dash - 2 - open < MAX_AGENCY_WORDS && tokens[open]!.word && tokens[open]!.cap) open--;
  if (open === dash - 2 || tokens[open]?.text !== '(') return false;
  // Before the bracket: nothing, or a dateline of capitalised words, commas and abbreviations' periods from the line's start.
  for (let at = open - 1; at >= 0 && open - at <= MAX_DATELINE_TOKENS; at--) {
    const token = tokens[at]!;
    if (token.word ? !token.cap : token.text !== ',' && token.text !== '.') return false;
    if (at === 0 || token.newline) return true;
  }
  return open === 0 || tokens[open]!.newline;
}

/**
 * A mark (1) at each character of each line without a lower-case letter and with two capitals
 * or more (headlines, datelines), 0 elsewhere: the tokenizer reads a token's line by its first
 * character, a read every token makes (a walk over a list of lines advanced only at the first
 * such line, and most texts have none: that first step stopped the optimised tokenizer). ASCII
 * lines are decided by their character codes as the loop finds the line ends; a line with
 * other characters and no ASCII lower case goes through the Unicode-aware expressions.
 */
function capsLineMarks(text: string): Uint8Array {
  const marks = new Uint8Array(text.length);
  let lineStart = 0;
  let lowerSeen = false;
  let otherSeen = false;
  let capitals = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index === text.length ? 10 : text.charCodeAt(index);
    if (code === 10) {
      if (!lowerSeen && (otherSeen ? isCapsLine(text.slice(lineStart, index)) : capitals >= 2)) marks.fill(1, lineStart, index);
      lineStart = index + 1;
      lowerSeen = false;
      otherSeen = false;
      capitals = 0;
    } else if (code >= 97 && code <= 122) lowerSeen = true;
    else if (code >= 65 && code <= 90) capitals++;
    else if (code > 127) otherSeen = true;
  }
  return marks;
}

function isCapsLine(line: string): boolean {
  return !HAS_LOWER.test(line) && /\p{Lu}.*\p{Lu}/su.test(line);
}

/**
 * Whether the analysis' token is the token this tokenizer's pattern would read next from
 * `position`, after nothing but white space both count as such: a plain run of letters and
 * digits (no apostrophe, hyphen, period, ampersand, slash or a number's thousands comma, which
 * the two tokenizers join differently) not followed by a combining mark (which this pattern keeps in the word), or
 * one punctuation character that cannot open a possessive.
 */
function readsAlike(text: string, token: WordToken, position: number): boolean {
  const surface = token.text;
  if (token.kind !== 'word') {
    if (surface.length !== 1) return false;
    const code = surface.charCodeAt(0);
    // An apostrophe may open a possessive ("'s"); the rest are white space to this pattern only, or half a broken pair.
    if (code === 39 || code === 0x2019 || code === 11 || code === 12 || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000 || (code >= 0xd800 && code <= 0xdfff)) return false;
    for (let index = position; index < token.start; index++) if (!isSharedSpace(text.charCodeAt(index))) return false;
    return true;
  }
  for (let index = 0; index < surface.length; index++) {
    const code = surface.charCodeAt(index);
    if (code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 38 || code === 47 || code === 44) return false;
  }
  for (let index = position; index < token.start; index++) if (!isSharedSpace(text.charCodeAt(index))) return false;
  // Read only inside the text: an optimised read past its end is a deopt.
  if (token.end >= text.length) return true;
  const after = text.charCodeAt(token.end);
  return !(after >= 0x300 && MARK.test(String.fromCodePoint(text.codePointAt(token.end)!)));
}

const MARK = /^\p{M}/u;

const isAsciiWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/**
 * Where TOKEN's next match ends when it is a plain run of ASCII letters and digits after ASCII
 * white space (most words when no analysis is given), else -1: the run must end the text or
 * stop at an ASCII character that cannot go on with the word (not an apostrophe, hyphen,
 * period or ampersand), so that no other branch of the pattern could read further.
 */
function asciiWordEnd(text: string, position: number): number {
  // Every read is checked against the length: an optimised read past the end is a deopt.
  const length = text.length;
  let index = skipAsciiSpace(text, position);
  if (index >= length || !isAsciiWordCode(text.charCodeAt(index))) return -1;
  index++;
  while (index < length && isAsciiWordCode(text.charCodeAt(index))) index++;
  if (index === length) return index;
  const code = text.charCodeAt(index);
  return code >= 128 || code === 39 || code === 45 || code === 46 || code === 38 ? -1 : index;
}

/**
 * Where TOKEN's next match is one ASCII mark after ASCII white space (punctuation, most tokens
 * that are no words when no analysis is given), else -1: a printable character that is no
 * letter, digit or apostrophe (which may open a possessive) can start no other branch of the
 * pattern, so the match is that character alone.
 */
function asciiMarkAt(text: string, position: number): number {
  const index = skipAsciiSpace(text, position);
  if (index >= text.length) return -1;
  const code = text.charCodeAt(index);
  return code > 32 && code < 127 && code !== 39 && !isAsciiWordCode(code) ? index : -1;
}

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/** The first index at or after `position` that is no ASCII white space (the text's length at most). */
function skipAsciiSpace(text: string, position: number): number {
  const length = text.length;
  let index = position;
  while (index < length && isAsciiSpace(text.charCodeAt(index))) index++;
  return index;
}

/** White space to both tokenizers (the analysis also skips a zero-width space, which this one reads as a token). */
const isSharedSpace = (code: number): boolean =>
  code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0xfeff;
