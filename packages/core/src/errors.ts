/**
 * The one error type every newsparse package throws.
 *
 * Parsers are total on strings: any string gives a result. They throw only when the
 * caller breaks the contract (a non-string input, an invalid option), so callers can tell
 * "bad call" from "nothing found" (`null` or `[]`).
 */
export type NewsparseErrorCode = 'INVALID_INPUT' | 'INVALID_OPTION' | 'INPUT_TOO_LARGE';

export class NewsparseError extends Error {
  readonly code: NewsparseErrorCode;

  constructor(code: NewsparseErrorCode, message: string) {
    super(message);
    this.name = 'NewsparseError';
    this.code = code;
  }
}

/**
 * Throws a {@link NewsparseError} with code `INVALID_INPUT` unless `value` is a string.
 *
 * @example
 * assertText(42, 'parseDateline')
 * //=> throws NewsparseError: parseDateline expects a string, got number
 */
export function assertText(value: unknown, functionName: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new NewsparseError('INVALID_INPUT', `${functionName} expects a string, got ${got}`);
  }
}
