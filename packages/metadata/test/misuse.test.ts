import { NewsparseError } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate, parseByline, readArticle, readMetadata, readTextMetadata } from '../src/index.js';

/** Calls `run` and returns the error code it threw, failing unless it threw a NewsparseError. */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsparseError);
    return (error as NewsparseError).code;
  }
  throw new Error('expected a NewsparseError, nothing was thrown');
}

const NOT_STRINGS: unknown[] = [undefined, null, 42, {}, [], true, Symbol('x'), () => 'x', new String('x')];
const BAD_OPTIONS: unknown[] = [null, 'url', 42, [], true];

describe('misuse throws NewsparseError', () => {
  it('a non-string input, for every public function', () => {
    for (const value of NOT_STRINGS) {
      expect(codeOf(() => readMetadata(value as string))).toBe('INVALID_INPUT');
      expect(codeOf(() => readArticle(value as string))).toBe('INVALID_INPUT');
      expect(codeOf(() => parseByline(value as string))).toBe('INVALID_INPUT');
      expect(codeOf(() => readTextMetadata(value as string))).toBe('INVALID_INPUT');
    }
    // The date helpers read a missing value as "no date".
    for (const value of NOT_STRINGS.filter((item) => item !== undefined && item !== null)) {
      expect(codeOf(() => normalizeDate(value as string))).toBe('INVALID_INPUT');
      expect(codeOf(() => dateFromUrl(value as string))).toBe('INVALID_INPUT');
    }
    expect(normalizeDate(null)).toBeNull();
    expect(dateFromUrl(undefined)).toBeNull();
  });

  it('options that are not an object', () => {
    for (const options of BAD_OPTIONS) {
      expect(codeOf(() => readMetadata('<p>x</p>', options as object))).toBe('INVALID_OPTION');
      expect(codeOf(() => readArticle('<p>x</p>', options as object))).toBe('INVALID_OPTION');
      expect(codeOf(() => parseByline('By Jane Doe', options as object))).toBe('INVALID_OPTION');
    }
  });

  it('a url that is not a string or not an absolute URL', () => {
    for (const url of [42, null, {}, '', 'not a url', '/2024/06/27/relative', 'http://']) {
      expect(codeOf(() => readMetadata('<p>x</p>', { url } as { url: string }))).toBe('INVALID_OPTION');
      expect(codeOf(() => readArticle('<p>x</p>', { url } as { url: string }))).toBe('INVALID_OPTION');
    }
    expect(readMetadata('<p>x</p>', { url: 'https://news.example.com/2024/06/27/a' }).published).toBe('2024-06-27');
  });

  it('a loose flag that is not a boolean', () => {
    for (const loose of ['yes', 1, null]) expect(codeOf(() => parseByline('By Jane Doe', { loose } as unknown as { loose: boolean }))).toBe('INVALID_OPTION');
    expect(parseByline('By Jane Doe', { loose: true }).authors).toEqual([{ name: 'Jane Doe' }]);
  });

  it('undefined options and empty objects are no options', () => {
    expect(readMetadata('<title>A title</title>', undefined).title).toBe('A title');
    expect(readArticle('<p>x</p>', {}).metadata.title).toBeNull();
    expect(parseByline('By Jane Doe', {}).authors).toEqual([{ name: 'Jane Doe' }]);
  });
});
