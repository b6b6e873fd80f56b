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

/** Validates {@link ReadMetadataOptions}: `url`, when given, is an absolute URL string. */
export function checkReadOptions(options: unknown, functionName: string): ReadMetadataOptions {
  const checked = checkOptionsObject(options, functionName);
  const url = checked['url'];
  if (url === undefined) return {};
  if (typeof url !== 'string') throw new NewsparseError('INVALID_OPTION', `${functionName}: options.url must be a string, got ${url === null ? 'null' : typeof url}`);
  if (!isAbsoluteUrl(url)) throw new NewsparseError('INVALID_OPTION', `${functionName}: options.url is not an absolute URL: "${url.slice(0, 80)}"`);
  return { url };
}
