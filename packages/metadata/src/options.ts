import { NewsparseError } from '@newsparse/core';
import type { ReadMetadataOptions } from './types.js';

/** The WHATWG URL class (browsers, Node, Deno, edge runtimes); the package compiles without DOM or Node types. */
declare const URL: { canParse?: (href: string) => boolean; new (href: string): unknown };

function isAbsoluteUrl(value: string): boolean {
  if (typeof URL.canParse === 'function') return URL.canParse(value);
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks an options argument: `undefined` is no options; anything but a plain object
 * (null, an array, a string) is a misuse and throws, so a caller's mistake is never read as
 * "no options".
 */
export function checkOptionsObject(options: unknown, functionName: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    const got = options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options;
    throw new NewsparseError('INVALID_OPTION', `${functionName}: options must be an object, got ${got}`);
  }
  return options as Record<string, unknown>;
}

/** Options as the readers use them: the reference time read into a `Date`. */
export interface CheckedReadOptions {
  url?: string;
  reference?: Date;
  /** The reference was a day without a time ("2024-06-27"): "3 hours ago" is that day. */
  referenceIsDay?: boolean;
}

/**
 * Validates {@link ReadMetadataOptions}: `url`, when given, is an absolute URL string;
 * `reference`, when given, is a valid `Date` or a string `Date` can read ("2024-06-27",
 * "2024-06-27T20:43:00Z").
 */
export function checkReadOptions(options: ReadMetadataOptions | undefined | unknown, functionName: string): CheckedReadOptions {
  const checked = checkOptionsObject(options, functionName);
  const out: CheckedReadOptions = {};
  const url = checked['url'];
  if (url !== undefined) {
    if (typeof url !== 'string') throw new NewsparseError('INVALID_OPTION', `${functionName}: options.url must be a string, got ${url === null ? 'null' : typeof url}`);
    if (!isAbsoluteUrl(url)) throw new NewsparseError('INVALID_OPTION', `${functionName}: options.url is not an absolute URL: "${url.slice(0, 80)}"`);
    out.url = url;
  }
  const reference = checked['reference'];
  if (reference !== undefined) {
    const date = reference instanceof Date ? reference : typeof reference === 'string' && reference.length <= 64 ? new Date(reference) : null;
    if (date === null || Number.isNaN(date.getTime())) {
      const got = reference instanceof Date ? 'an invalid Date' : typeof reference === 'string' ? `"${reference.slice(0, 40)}"` : reference === null ? 'null' : typeof reference;
      throw new NewsparseError('INVALID_OPTION', `${functionName}: options.reference must be a Date or a date string, got ${got}`);
    }
    out.reference = date;
    if (typeof reference === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reference.trim())) out.referenceIsDay = true;
  }
  return out;
}
