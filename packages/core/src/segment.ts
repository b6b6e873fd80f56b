import { DATE_ABBREVIATIONS, LONGEST_LISTED, SINGLE_LETTER, TITLE_ABBREVIATIONS, isAbbreviation } from './abbreviations.js';
import { NewsparseError, assertText } from './errors.js';
import { isSpace, trimSpan, type Span } from './span.js';
import { assertBoolean, assertIndex, assertOneOf, assertOptions } from './validate.js';

const PARAGRAPH_MODES = ['auto', 'blank', 'line'] as const;

/** Options for {@link splitParagraphs}. */
export interface SplitParagraphsOptions {
  /**
   * How paragraphs are separated. `'blank'`: by blank lines; `'line'`: by every line break;
   * `'auto'` (default): by blank lines when the text has any, else by line breaks.
   */
  mode?: 'auto' | 'blank' | 'line';
}

/**
 * Splits text into paragraphs, each trimmed of surrounding white space, with offsets into
 * the input. Empty paragraphs are dropped.
 *
 * @example
 * splitParagraphs('One.\n\nTwo.')
 * //=> [{ text: 'One.', start: 0, end: 4 }, { text: 'Two.', start: 6, end: 10 }]
 */
export function splitParagraphs(text: string, options: SplitParagraphsOptions = {}): Span[] {
  assertText(text, 'splitParagraphs');
  assertOptions(options, 'splitParagraphs');
  assertOneOf(options.mode, PARAGRAPH_MODES, 'splitParagraphs', 'mode');
  const mode = options.mode ?? 'auto';
  const byBlank = mode === 'blank' || (mode === 'auto' && hasBlankLine(text));
  const paragraphs: Span[] = [];
  let start = 0;
  let index = 0;
  // Without carriage returns, the next line break is one native search away.
  const newlinesOnly = text.indexOf('\r') === -1;
  while (index < text.length) {
    if (newlinesOnly) {
      const lineBreak = text.indexOf('\n', index);
      if (lineBreak === -1) break;
      index = lineBreak;
    }
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) {
      const lineEnd = index;
      // Skip this line break (\r\n counts once).
      index += code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 1;
      if (!byBlank || isBlankRunAhead(text, index)) {
        pushTrimmed(text, start, lineEnd, paragraphs);
        // Swallow the following blank lines.
        while (index < text.length && isSpace(text.charCodeAt(index))) index++;
        start = index;
      }
      continue;
    }
    index++;
  }
  pushTrimmed(text, start, text.length, paragraphs);
  return paragraphs;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) into.push(span);
}

/** Whether the line that starts at `index` is blank (only spaces and tabs before its break or the end). */
function isBlankRunAhead(text: string, index: number): boolean {
  let cursor = index;
  while (cursor < text.length) {
    const code = text.charCodeAt(cursor);
    if (code === 10 || code === 13) return true;
    if (!isSpace(code)) return false;
    cursor++;
  }
  return true;
}

function hasBlankLine(text: string): boolean {
  return /\n[\t \u00a0]*\r?\n/.test(text);
}

/** Options for {@link splitSentences}. */
export interface SplitSentencesOptions {
  /** Treat every line break as a sentence boundary (headline blocks, wire tables). Default false. */
  lineBreaks?: boolean;
}

/**
 * Closing marks that stay with the sentence they end: " ” ’ ' ) ] » ›, and right after the
 * terminal mark also “ ‘ « ‹, which close German quotations („…“, ‚…‘, »…«) and stand for a
 * mistyped ” in English (an opening mark follows a space, not a period).
 */
const isCloser = (code: number): boolean =>
  code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41 || code === 93 || code === 0xbb || code === 0x203a ||
  code === 0x201c || code === 0x2018 || code === 0xab || code === 0x2039;
/** . ! ? in a run of terminal punctuation. */
const isTerminal = (code: number): boolean => code === 46 || code === 33 || code === 63;
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab', '\u2039', '`', '\u201e']);

/**
 * Splits text into sentences with offsets into the input. Paragraph breaks always end a
 * sentence. A period after an abbreviation ("Gov.", "U.S.", "Jan. 5", "J. Smith") does not;
 * closing quotation marks after the final punctuation stay with the sentence.
 *
 * Runs in one linear pass; safe on any input.
 *
 * @example
 * splitSentences('Gov. Jane Doe arrived in the U.S. on Jan. 5. She spoke.').map((s) => s.text)
 * //=> ['Gov. Jane Doe arrived in the U.S. on Jan. 5.', 'She spoke.']
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): Span[] {
  assertText(text, 'splitSentences');
  assertOptions(options, 'splitSentences');
  assertBoolean(options.lineBreaks, 'splitSentences', 'lineBreaks');
  const sentences: Span[] = [];
  const paragraphs = splitParagraphs(text, { mode: options.lineBreaks ? 'line' : 'blank' });
  const stops = { next: -1 };
  for (const paragraph of paragraphs) {
    splitParagraphSentences(text, paragraph.start, paragraph.end, sentences, stops);
  }
  return sentences;
}

/** . ! ? … */
const TERMINAL = /[.!?\u2026]/g;

/**
 * The index of the first . ! ? … at or after `from`, or the text's length. The search is a
 * native scan (about four times a loop over the codes); `stops.next` keeps its last answer,
 * so paragraphs without one do not search the same stretch again and the pass stays linear.
 */
function nextTerminal(text: string, from: number, stops: { next: number }): number {
  if (stops.next < from) {
    TERMINAL.lastIndex = from;
    stops.next = TERMINAL.test(text) ? TERMINAL.lastIndex - 1 : text.length;
  }
  return stops.next;
}

function splitParagraphSentences(text: string, from: number, to: number, into: Span[], stops: { next: number }): void {
  let start = from;
  let index = from;
  while (index < to) {
    index = nextTerminal(text, index, stops);
    if (index >= to) break;
    const code = text.charCodeAt(index);
    // . ! ? …
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
      let end = index + 1;
      // Runs of terminal punctuation ("?!", "...") and closing marks belong to the sentence.
      while (end < to && isTerminal(text.charCodeAt(end))) end++;
      while (end < to && isCloser(text.charCodeAt(end))) end++;
      if (end >= to) break;
      if (!isSpace(text.charCodeAt(end))) {
        index = end;
        continue;
      }
      let next = end;
      while (next < to && isSpace(text.charCodeAt(next))) next++;
      if (next < to && endsSentence(text, start, index, next)) {
        pushTrimmed(text, start, end, into);
        start = next;
      }
      index = next;
      continue;
    }
    index++;
  }
  pushTrimmed(text, start, to, into);
}

/** Decides whether the punctuation at `at` ends the sentence, given the next word at `next`. */
function endsSentence(text: string, sentenceStart: number, at: number, next: number): boolean {
  const nextChar = text[next]!;
  const code = text.charCodeAt(next);
  // An ASCII character by its code (no case-mapped copies); others by their case mappings.
  const nextIsLower = code < 128 ? code >= 97 && code <= 122 : nextChar !== nextChar.toUpperCase() && nextChar === nextChar.toLowerCase();
  const nextIsDigit = code >= 48 && code <= 57;
  if (text[at] !== '.') {
    // "?" and "!" end sentences unless the writer goes on in lower case ("'Why?' he asked").
    return !nextIsLower;
  }
  if (nextIsLower) return false;
  if (text[at + 1] === '.' && text[at + 2] === '.') return true;
  const word = wordBefore(text, sentenceStart, at);
  if (word.length === 0) return true;
  // No listed abbreviation is longer: a longer word (most are) is none, without lower-casing it.
  const lower = word.length <= LONGEST_LISTED ? word.toLowerCase() : '';
  if (DATE_ABBREVIATIONS.has(lower)) return !nextIsDigit;
  // (A generation suffix closes a name, so it may end the sentence: "… Romeo Brawner Jr. They tackled …".)
  if (TITLE_ABBREVIATIONS.has(lower)) return (lower === 'jr' || lower === 'sr') && SENTENCE_STARTERS.has(wordAt(text, next));
  if (OPENERS.has(nextChar) || nextIsDigit) {
    // A quotation or a number after "Inc." or "U.S." is more often a new sentence (titles returned above).
    return !SINGLE_LETTER.test(word);
  }
  if (!isAbbreviation(word)) return true;
  // "… in the U.S. He says …": a pronoun or article that starts sentences ends one after an
  // abbreviation that is not a title or an initial.
  return !SINGLE_LETTER.test(word) && SENTENCE_STARTERS.has(wordAt(text, next));
}

/** Words that start a sentence far more often than they continue a name. */
const SENTENCE_STARTERS = new Set([
  'He', 'She', 'It', 'They', 'We', 'I', 'You', 'The', 'This', 'That', 'These', 'Those', 'There',
  'But', 'And', 'Yet', 'So', 'In', 'On', 'At', 'As', 'After', 'When', 'While', 'If', 'His',
  'Her', 'Their', 'Its', 'Our', 'My', 'Some', 'Many', 'Most', 'Still', 'However', 'Meanwhile',
]);

/** The run of letters that starts at `index`. */
function wordAt(text: string, index: number): string {
  let end = index;
  while (end < text.length && end - index < 12 && /\p{L}/u.test(text[end]!)) end++;
  return text.slice(index, end);
}

/** The word (letters, digits and inner periods) that ends at `end`, not reaching before `limit`. */
function wordBefore(text: string, limit: number, end: number): string {
  let start = end;
  while (start > limit) {
    const char = text[start - 1]!;
    if (char === '.' || /[\p{L}\p{N}]/u.test(char)) start--;
    else break;
  }
  // A leading period belongs to the previous token, not this word.
  while (start < end && text[start] === '.') start++;
  return text.slice(start, end);
}

/**
 * Whether the line around `start`–`end` has a lower-case letter within `reach` characters on
 * either side (the scan stops at a line break and never goes further, so it stays linear): a
 * word in capitals inside an ordinary line is written so on purpose ("By Jo Roe, USA TODAY"),
 * one in a line of capitals is the line's style ("STORMS HIT TODAY").
 *
 * @example
 * hasLowerCaseOnLine('By Jo Roe, USA TODAY', 11, 20, 120) //=> true
 * hasLowerCaseOnLine('STORMS HIT TODAY\nMore text.', 11, 16, 120) //=> false
 */
export function hasLowerCaseOnLine(text: string, start: number, end: number, reach: number): boolean {
  assertText(text, 'hasLowerCaseOnLine');
  assertIndex(start, 0, text.length, 'hasLowerCaseOnLine', 'start');
  assertIndex(end, start, text.length, 'hasLowerCaseOnLine', 'end');
  assertIndex(reach, 0, Number.MAX_SAFE_INTEGER, 'hasLowerCaseOnLine', 'reach');
  for (let index = start - 1; index >= Math.max(0, start - reach) && text[index] !== '\n'; index--) if (isLowerCaseChar(text[index]!)) return true;
  for (let index = end; index < Math.min(text.length, end + reach) && text[index] !== '\n'; index++) if (isLowerCaseChar(text[index]!)) return true;
  return false;
}

/** A character that changes when upper-cased: a lower-case letter. */
const isLowerCaseChar = (char: string): boolean => char !== char.toUpperCase();

/** Returns the span of the sentence that contains `index`, or null if none does. */
export function sentenceAt(sentences: readonly Span[], index: number): Span | null {
  if (!Array.isArray(sentences)) throw new NewsparseError('INVALID_INPUT', 'sentenceAt expects the array splitSentences returned');
  // NaN compares false both ways and would land on the middle sentence.
  if (typeof index !== 'number' || Number.isNaN(index)) throw new NewsparseError('INVALID_INPUT', 'sentenceAt expects a numeric index');
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (index < sentence.start) high = middle - 1;
    else if (index >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return null;
}

