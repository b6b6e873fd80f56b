import { NewsparseError, assertText } from './errors.js';
import { assertIndex } from './validate.js';

/**
 * A piece of an input string. `start` and `end` are JavaScript string indices (UTF-16 code
 * units) into the exact input, `end` exclusive, so `input.slice(start, end) === text`.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Builds the span of `input` from `start` to `end`.
 *
 * @example
 * createSpan('LIMA, Peru (AP) —', 0, 4)
 * //=> { text: 'LIMA', start: 0, end: 4 }
 */
export function createSpan(input: string, start: number, end: number): Span {
  assertRange(input, start, end, 'createSpan');
  return { text: input.slice(start, end), start, end };
}

const isSpaceCode = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 ||
  code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0xfeff;

/** Whether the UTF-16 code unit is white space (ASCII, no-break and Unicode spaces). */
export function isSpace(code: number): boolean {
  if (typeof code !== 'number') throw new NewsparseError('INVALID_INPUT', `isSpace expects a UTF-16 code unit (a number), got ${typeof code}`);
  return isSpaceCode(code);
}

/**
 * Narrows `start..end` past white space at both edges and returns the span (possibly empty).
 *
 * @example
 * trimSpan('  Lima  ', 0, 8)
 * //=> { text: 'Lima', start: 2, end: 6 }
 */
export function trimSpan(input: string, start: number, end: number): Span {
  assertRange(input, start, end, 'trimSpan');
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(input.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(input.charCodeAt(to - 1))) to--;
  return createSpan(input, from, to);
}

/** Whether `span` is a valid span of `input` (in range, ordered, text matching the offsets). */
export function isValidSpan(input: string, span: Span): boolean {
  assertText(input, 'isValidSpan');
  assertSpanLike(span, 'isValidSpan');
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= input.length &&
    input.slice(span.start, span.end) === span.text
  );
}

/** Sorts spans by start, then by longer first; returns a new array. */
export function sortSpans<T extends Span>(spans: readonly T[]): T[] {
  if (!Array.isArray(spans)) throw new NewsparseError('INVALID_INPUT', 'sortSpans expects an array of spans');
  for (const span of spans) assertSpanLike(span, 'sortSpans');
  return [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  assertSpanLike(a, 'spansOverlap');
  assertSpanLike(b, 'spansOverlap');
  return a.start < b.end && b.start < a.end;
}

/** The offsets must name a piece of `input`: a bad call, not an empty span. */
function assertRange(input: string, start: number, end: number, functionName: string): void {
  assertText(input, functionName);
  assertIndex(start, 0, input.length, functionName, 'start');
  assertIndex(end, start, input.length, functionName, 'end');
}

function assertSpanLike(span: unknown, functionName: string): asserts span is Span {
  if (typeof span !== 'object' || span === null || typeof (span as Span).start !== 'number' || typeof (span as Span).end !== 'number') {
    throw new NewsparseError('INVALID_INPUT', `${functionName} expects spans ({ text, start, end }), got ${span === null ? 'null' : typeof span}`);
  }
}
