import { NewsparseError } from './errors.js';

// Argument checks shared by every package's public functions, so that misuse (a null
// options object, an enum value from another API, an out-of-range Date) fails the same way
// everywhere: a NewsparseError naming the function and the argument, never a TypeError from
// deep inside a parser and never a malformed result.

/** How a value reads in an error message: its type, or a short quoted string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `Date ${value.toISOString()}`;
  return typeof value;
}

/**
 * Throws a {@link NewsparseError} (`INVALID_OPTION`) unless `options` is `undefined` or a
 * plain object. Use it first in any function that takes an options argument: `null`, a
 * string or an array there is a caller's mistake, not "no options".
 *
 * @example
 * assertOptions(null, 'findDates')
 * //=> throws NewsparseError: findDates: options must be an object, got null
 */
export function assertOptions(options: unknown, functionName: string): asserts options is object | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options) || options instanceof Date) {
    throw new NewsparseError('INVALID_OPTION', `${functionName}: options must be an object, got ${describeValue(options)}`);
  }
}

/**
 * Throws a {@link NewsparseError} (`INVALID_OPTION`) unless `value` is `undefined` (the
 * option was left out) or one of `allowed`.
 *
 * @example
 * assertOneOf('pdf', ['auto', 'html', 'text'], 'parseArticle', 'format')
 * //=> throws NewsparseError: parseArticle: format must be one of "auto", "html", "text", got "pdf"
 */
export function assertOneOf<T extends string | number | boolean>(
  value: unknown,
  allowed: readonly T[],
  functionName: string,
  name: string,
): asserts value is T | undefined {
  if (value === undefined || (allowed as readonly unknown[]).includes(value)) return;
  const expected = allowed.map((item) => JSON.stringify(item)).join(', ');
  throw new NewsparseError('INVALID_OPTION', `${functionName}: ${name} must be one of ${expected}, got ${describeValue(value)}`);
}

/**
 * Throws a {@link NewsparseError} (`INVALID_OPTION`) unless `value` is `undefined` or a boolean.
 *
 * @example
 * assertBoolean('yes', 'splitSentences', 'lineBreaks')
 * //=> throws NewsparseError: splitSentences: lineBreaks must be a boolean, got "yes"
 */
export function assertBoolean(value: unknown, functionName: string, name: string): asserts value is boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return;
  throw new NewsparseError('INVALID_OPTION', `${functionName}: ${name} must be a boolean, got ${describeValue(value)}`);
}

/** The years an ISO 8601 value can carry without the expanded (±YYYYY) form. */
const MIN_YEAR = 0;
const MAX_YEAR = 9999;

/**
 * Throws a {@link NewsparseError} (`INVALID_OPTION`) unless `value` is a string or a valid
 * Date whose UTC year is 0000–9999: an Invalid Date, or one such as `new Date(8.64e15)` that
 * no four-digit ISO string can write, is refused rather than turned into "0NaN-NaN-NaN".
 * How a string is read stays with the caller.
 *
 * @example
 * assertReference(new Date(8.64e15), 'findDates')
 * //=> throws NewsparseError: findDates: reference must be a valid Date in the years 0000–9999 or a string, got Date +275760-09-13T00:00:00.000Z
 */
export function assertReference(value: unknown, functionName: string, name = 'reference'): asserts value is Date | string {
  if (typeof value === 'string') return;
  if (value instanceof Date) {
    const time = value.getTime();
    const year = value.getUTCFullYear();
    if (!Number.isNaN(time) && year >= MIN_YEAR && year <= MAX_YEAR) return;
  }
  throw new NewsparseError(
    'INVALID_OPTION',
    `${functionName}: ${name} must be a valid Date in the years 0000–9999 or a string, got ${describeValue(value)}`,
  );
}

/** Every shape a date value of this project takes, precision by precision. */
const ISO_VALUE = /^\d{3,4}$|^\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI|W(?:0[1-9]|[1-4]\d|5[0-3])|0[1-9]|1[0-2])$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `value` is a well-formed ISO 8601 date value at one of the precisions newsparse
 * returns: a decade ('202'), a year ('2024'), '2024-Q3', '2024-H1', a season ('2024-SU'),
 * a month ('2024-06'), a week ('2024-W26'), a real day ('2024-06-27', no 31 April) or a
 * day with a time ('2024-06-27T20:43', with seconds, and 'Z' or an offset). Years are four
 * digits (0000–9999). Tests and callers use it to prove no result is malformed.
 *
 * @example
 * isIsoDate('2024-06-27T20:43+08:00') //=> true
 * isIsoDate('0NaN-NaN-NaN')           //=> false
 * isIsoDate('2023-02-29')             //=> false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  if (ISO_VALUE.test(value)) return true;
  const match = ISO_DAY.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]!) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return !(month === 2 && day === 29 && !leap);
}

/**
 * Throws a {@link NewsparseError} (`INVALID_INPUT`) unless `value` is an integer in
 * `min..max`: for offsets and indices passed to span helpers.
 *
 * @example
 * assertIndex(7, 0, 4, 'createSpan', 'end')
 * //=> throws NewsparseError: createSpan: end must be an integer from 0 to 4, got 7
 */
export function assertIndex(value: unknown, min: number, max: number, functionName: string, name: string): asserts value is number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return;
  throw new NewsparseError('INVALID_INPUT', `${functionName}: ${name} must be an integer from ${min} to ${max}, got ${describeValue(value)}`);
}
