import { isAbbreviation } from '@newsparse/core';
import { lookupKey } from './lexicon.js';

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
/** Words after which a wrapped line goes on with the same sentence even before a capital. */
const CONTINUERS = new Set(['of', 'the', 'and', 'to', 'in', 'for', 'a', 'an', 'on', 'with', 'by', 'at', 'from', 'said', 'told', '&']);
/** "I'm", "Don't", "We'll": capitalised contractions are no names. */
const CONTRACTION = /^(?:\p{L}+n['\u2019]t|(?:i|you|we|they|he|she|it|that|there|what|who|let)['\u2019](?:[mds]|ve|ll|re))$/iu;
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab', '-', '\u2014', '\u2013', ':']);

/** Splits text into tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Lines without lower-case letters (headlines, datelines).
  const capsLineEnds: Array<[number, number]> = [];
  let lineStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || text.charCodeAt(index) === 10) {
      const line = text.slice(lineStart, index);
      if (!HAS_LOWER.test(line) && /\p{Lu}.*\p{Lu}/su.test(line)) capsLineEnds.push([lineStart, index]);
      lineStart = index + 1;
    }
  }
  let capsIndex = 0;
  let sentenceOpen = false;
  let previousEnd = 0;
  let previousWasOpener = false;
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    const surface = match[0];
    const start = match.index;
    const end = start + surface.length;
    const word = WORD_START.test(surface);
    const cap = word && CAP_START.test(surface);
    let breaks = 0;
    let lastBreak = -1;
    for (let index = previousEnd; index < start; index++) {
      if (text.charCodeAt(index) === 10) {
        breaks++;
        lastBreak = index;
      }
    }
    while (capsIndex < capsLineEnds.length && capsLineEnds[capsIndex]![1] < start) capsIndex++;
    const range = capsLineEnds[capsIndex];
    const capsLine = range !== undefined && range[0] <= start && end <= range[1];
    // A line break ends a sentence unless it only wraps running text: a single break after a
    // word, in a line of prose, before a line that is not indented.
    let newline = false;
    if (breaks > 0) {
      const previous = tokens[tokens.length - 1];
      const indented = start > lastBreak + 1;
      const previousLineStart = text.lastIndexOf('\n', lastBreak - 1) + 1;
      const shortLine = lastBreak - previousLineStart < 50;
      const continues = !cap || CONTINUERS.has(previous?.lower ?? '');
      newline = breaks > 1 || indented || shortLine || !previous || !previous.word || previous.capsLine || capsLine || !continues;
    }
    if (newline) sentenceOpen = false;

    const upper = word && HAS_UPPER.test(surface) && !HAS_LOWER.test(surface);
    const nameLike = word && !capsLine && !CONTRACTION.test(surface) && (cap || CAMEL.test(surface) || (/^\p{N}/u.test(surface) && HAS_UPPER.test(surface) && /\p{L}/u.test(surface)));
    const lower = surface.toLowerCase();
    const sentStart = word && (!sentenceOpen || previousWasOpener);
    tokens.push({ start, end, text: surface, lower, key: word ? lookupKey(surface) : lower, word, cap, upper, nameLike, sentStart, capsLine, newline });
    if (word) {
      sentenceOpen = true;
      previousWasOpener = false;
    } else if (surface === '.' || surface === '!' || surface === '?' || surface === '\u2026') {
      const before = tokens[tokens.length - 2];
      const abbreviation = surface === '.' && before !== undefined && before.word && before.end === start && isAbbreviation(before.text) && !/^\p{Lu}{2,}$/u.test(before.text);
      if (!abbreviation) sentenceOpen = false;
      previousWasOpener = false;
    } else {
      previousWasOpener = OPENERS.has(surface) && (!sentenceOpen || previousWasOpener || surface === ':' || surface === '\u2014' || surface === '"' || surface === '\u201c');
    }
    previousEnd = end;
  }
  return tokens;
}
