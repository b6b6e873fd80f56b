import { assertText } from './errors.js';
import { isSpace, type Span } from './span.js';
import { assertBoolean, assertOptions } from './validate.js';

/** The writing conventions a quotation mark can follow. */
export type QuoteStyle = 'straight' | 'curly' | 'single' | 'doubled' | 'guillemet' | 'low';

/** What a mark can do where it stands. */
export type QuoteMarkRole = 'open' | 'close' | 'either';

/** One quotation mark found in a text. */
export interface QuoteMark {
  /** Index of the mark's first code unit. */
  index: number;
  /** Code units it takes: 1, or 2 for `''` and ` `` `. */
  length: number;
  /** The mark itself as written. */
  mark: string;
  style: QuoteStyle;
  /** Single marks (‘ ’) nest inside double ones; everything else is double. */
  level: 'double' | 'single';
  role: QuoteMarkRole;
}

/** A quotation: an opening mark, its content, and its closing mark when there is one. */
export interface Quotation extends Span {
  /** The content between the marks (without them), trimmed of white space. */
  content: Span;
  /** The opening mark. */
  open: QuoteMark;
  /** The closing mark, or null when the quotation was never closed. */
  close: QuoteMark | null;
  /**
   * Where the quotation runs over several paragraphs (each paragraph reopened with a mark,
   * only the last one closed), the content of each paragraph in order.
   */
  parts: Span[];
  level: 'double' | 'single';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isWordChar = (char: string | undefined): boolean => char !== undefined && LETTER_OR_DIGIT.test(char);

/** Whether the character before a mark lets it open: start, space, opening bracket, dash. */
const canPrecedeOpen = (char: string | undefined): boolean =>
  char === undefined || isSpace(char.charCodeAt(0)) || '([{\u2014\u2013-/:'.includes(char) ||
  char === '\u201c' || char === '\u2018' || char === '"';

/** Whether the character after a mark lets it close: end, space, punctuation. */
const canFollowClose = (char: string | undefined): boolean =>
  char === undefined || isSpace(char.charCodeAt(0)) || '.,;:!?)]}\u2014\u2013-/\u2019\u201d\'"'.includes(char);

/**
 * Finds every quotation mark in `text` and tells whether it can open, close or both.
 * Apostrophes ("don't", "players’") are not marks; single curly marks are marks only where
 * they stand at a word edge. Straight single quotes are never marks except doubled (`''`).
 *
 * @example
 * scanQuoteMarks('“Yes,” she said.').map((mark) => [mark.index, mark.role])
 * //=> [[0, 'open'], [5, 'close']]
 */
export function scanQuoteMarks(text: string): QuoteMark[] {
  assertText(text, 'scanQuoteMarks');
  const marks: QuoteMark[] = [];
  // A native search finds the next character that can be a mark (about four times a loop
  // over the codes); only marks need their neighbours read.
  MARK_CHAR.lastIndex = 0;
  while (MARK_CHAR.test(text)) {
    let index = MARK_CHAR.lastIndex - 1;
    const code = text.charCodeAt(index);
    const char = text[index]!;
    const before = index > 0 ? text[index - 1] : undefined;
    switch (code) {
      case 0x201c: // “
        marks.push(mark(index, 1, char, 'curly', 'double', 'open'));
        break;
      case 0x201d: // ”
        marks.push(mark(index, 1, char, 'curly', 'double', 'close'));
        break;
      case 0x201e: // „ (German, Polish)
        marks.push(mark(index, 1, char, 'low', 'double', 'open'));
        break;
      case 0xab: // «
        marks.push(mark(index, 1, char, 'guillemet', 'double', 'open'));
        break;
      case 0xbb: // »
        marks.push(mark(index, 1, char, 'guillemet', 'double', 'close'));
        break;
      case 34: {
        // "
        const after = charAt(text, index + 1);
        // (A mark that opens a line opens, even before a stray space: `" Europe taken …," he said`.)
        const opens = canPrecedeOpen(before) && after !== undefined && (!isSpace(after.charCodeAt(0)) || before === undefined || before === '\n');
        const closes = canFollowClose(after) || !isWordChar(after);
        const role: QuoteMarkRole = opens && !closes ? 'open' : closes && !opens ? 'close' : 'either';
        marks.push(mark(index, 1, char, 'straight', 'double', role));
        break;
      }
      case 96: // `
        if (charAt(text, index + 1) === '`') {
          marks.push(mark(index, 2, '``', 'doubled', 'double', 'open'));
          index++;
        }
        break;
      case 39: // '
        if (charAt(text, index + 1) === "'" && charAt(text, index + 2) !== "'") {
          const after = charAt(text, index + 2);
          const opens = canPrecedeOpen(before) && after !== undefined && !isSpace(after.charCodeAt(0));
          const closes = !opens || canFollowClose(after);
          const role: QuoteMarkRole = opens && !closes ? 'open' : closes && !opens ? 'close' : 'either';
          marks.push(mark(index, 2, "''", 'doubled', 'double', role));
          index++;
        }
        break;
      case 0x2018: // ‘ opens when it starts a word
        if (canPrecedeOpen(before) && isWordChar(charAt(text, index + 1)) !== false) {
          marks.push(mark(index, 1, char, 'single', 'single', 'open'));
        }
        break;
      case 0x2019: {
        // ’ is mostly an apostrophe; it closes only at a word's end before punctuation or space,
        // or glued to a capital after a comma, "!" or "?" ("‘He is not,’Mangwana told …").
        const after = charAt(text, index + 1);
        if ((!isWordChar(after) && canFollowClose(after) || (before === ',' || before === '!' || before === '?') && after !== undefined && /\p{Lu}/u.test(after)) && before !== undefined && !isSpace(before.charCodeAt(0))) {
          marks.push(mark(index, 1, char, 'single', 'single', 'close'));
        }
        break;
      }
      default:
        break;
    }
    MARK_CHAR.lastIndex = index + 1;
  }
  return marks;
}

/** “ ” „ « » " ` ' ‘ ’: the characters scanQuoteMarks looks at. */
const MARK_CHAR = /["'`\u00ab\u00bb\u2018\u2019\u201c-\u201e]/g;

/** The character at `index`, or undefined past the end (without reading out of bounds). */
const charAt = (text: string, index: number): string | undefined => (index < text.length ? text[index] : undefined);

function mark(
  index: number,
  length: number,
  text: string,
  style: QuoteStyle,
  level: 'double' | 'single',
  role: QuoteMarkRole,
): QuoteMark {
  return { index, length, mark: text, style, level, role };
}

/** Options for {@link findQuotations}. */
export interface FindQuotationsOptions {
  /** Also pair single curly marks (‘…’) outside double quotations. Default true. */
  single?: boolean;
}

/**
 * Pairs quotation marks into quotations. Mixed straight and curly marks pair with each
 * other; a quotation that runs over paragraphs (each new paragraph reopened with a mark,
 * the last closed) is one quotation with several `parts`; a mark left open at the end of
 * a paragraph that the next paragraph does not continue is closed there (`close: null`),
 * so a stray mark never swallows the rest of the article.
 *
 * Single marks nested inside a double quotation are left to the caller (they are content).
 * Runs in linear time.
 *
 * @example
 * findQuotations('“It works,” he said. “Really.”').map((quote) => quote.content.text)
 * //=> ['It works,', 'Really.']
 */
export function findQuotations(text: string, options: FindQuotationsOptions = {}): Quotation[] {
  assertText(text, 'findQuotations');
  assertOptions(options, 'findQuotations');
  assertBoolean(options.single, 'findQuotations', 'single');
  const withSingle = options.single ?? true;
  const marks = scanQuoteMarks(text);
  const quotations: Quotation[] = [];
  let open: QuoteMark | null = null;
  let parts: Span[] = [];
  let partStart = 0;
  let singleOpen: QuoteMark | null = null;
  // Where the paragraph-break search resumes, so the whole pass stays linear.
  let scannedTo = 0;

  const finish = (close: QuoteMark | null, end: number): void => {
    if (open === null) return;
    const contentEnd = close === null ? end : close.index;
    parts.push(trimmedPart(text, partStart, contentEnd));
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const start = open.index;
    const quoteEnd = close === null ? end : close.index + close.length;
    quotations.push({
      text: text.slice(start, quoteEnd),
      start,
      end: quoteEnd,
      content: { text: text.slice(first.start, last.end), start: first.start, end: last.end },
      open,
      close,
      parts: parts.filter((part) => part.end > part.start),
      level: 'double',
    });
    open = null;
    parts = [];
  };

  for (let markIndex = 0; markIndex < marks.length; markIndex++) {
    const current = marks[markIndex]!;
    if (open !== null) {
      // A paragraph break between the open mark and this one decides continuation.
      const breakAt = paragraphBreakBetween(text, Math.max(partStart, scannedTo), current.index);
      scannedTo = current.index;
      if (breakAt !== -1) {
        const reopened = current.level === 'double' && current.role !== 'close' &&
          isParagraphStartMark(text, current.index);
        if (reopened && paragraphBreakBetween(text, breakAt + 1, current.index) === -1) {
          // Multi-paragraph quotation: this paragraph's content is a part; the new mark reopens.
          parts.push(trimmedPart(text, partStart, breakAt));
          partStart = current.index + current.length;
          continue;
        }
        finish(null, trimEndIndex(text, breakAt));
      }
    }
    if (current.level === 'single') {
      if (open !== null || !withSingle) continue;
      if (singleOpen === null) {
        if (current.role === 'open') singleOpen = current;
      } else if (current.role === 'close') {
        if (paragraphBreakBetween(text, singleOpen.index, current.index) === -1) {
          const contentStart = singleOpen.index + singleOpen.length;
          const content = trimmedPart(text, contentStart, current.index);
          quotations.push({
            text: text.slice(singleOpen.index, current.index + 1),
            start: singleOpen.index,
            end: current.index + 1,
            content,
            open: singleOpen,
            close: current,
            parts: content.end > content.start ? [content] : [],
            level: 'single',
          });
        }
        singleOpen = null;
      } else if (current.role === 'open') {
        singleOpen = current;
      }
      continue;
    }
    singleOpen = null;
    if (open === null) {
      if (current.role !== 'close') {
        open = current;
        partStart = current.index + current.length;
        parts = [];
      }
      continue;
    }
    if (current.role !== 'open') {
      finish(current, current.index);
    } else {
      // Two openers in a row: the first was stray; close it at the new one.
      finish(null, trimEndIndex(text, current.index));
      open = current;
      partStart = current.index + current.length;
      parts = [];
    }
  }
  if (open !== null) {
    const breakAt = paragraphBreakBetween(text, partStart, text.length);
    finish(null, trimEndIndex(text, breakAt === -1 ? text.length : breakAt));
  }
  return quotations.sort((a, b) => a.start - b.start);
}

function trimmedPart(text: string, start: number, end: number): Span {
  let from = start;
  let to = Math.max(start, end);
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return { text: text.slice(from, to), start: from, end: to };
}

function trimEndIndex(text: string, end: number): number {
  let to = end;
  while (to > 0 && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

/** The index of the first newline of a blank-line (or, in single-spaced text, any) paragraph break in `from..to`, or -1. */
function paragraphBreakBetween(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (text.charCodeAt(index) !== 10) continue;
    // A newline followed by a blank line, or by a line that starts with a mark or an indent, breaks.
    let cursor = index + 1;
    while (cursor < to && (text[cursor] === ' ' || text[cursor] === '\t' || text[cursor] === '\r')) cursor++;
    if (cursor >= text.length || text.charCodeAt(cursor) === 10 || cursor > index + 1) return index;
  }
  return -1;
}

/** Whether the mark at `index` is the first non-space character of its line. */
function isParagraphStartMark(text: string, index: number): boolean {
  let cursor = index - 1;
  while (cursor >= 0 && (text[cursor] === ' ' || text[cursor] === '\t' || text[cursor] === '\r')) cursor--;
  return cursor < 0 || text.charCodeAt(cursor) === 10;
}
