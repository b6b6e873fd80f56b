import { thrown } from '@newsparse/test-kit';
import { describe, expect, it } from 'vitest';
import {
  NewsparseError,
  assertBoolean,
  assertIndex,
  assertOneOf,
  assertOptions,
  assertReference,
  createSpan,
  findQuotations,
  foldDiacritics,
  isAbbreviation,
  isFamilyNameFirst,
  isIsoDate,
  isNameAlias,
  isSpace,
  isValidSpan,
  nameTokens,
  normalizeName,
  properCaseName,
  scanQuoteMarks,
  sentenceAt,
  sortSpans,
  splitParagraphs,
  splitSentences,
  spansOverlap,
  stripPossessive,
  trimSpan,
} from './index.js';

const misuse = (call: () => unknown): NewsparseError => thrown(NewsparseError, call);

const NOT_STRINGS: unknown[] = [undefined, null, 42, true, {}, [], ['text'], new Date(0), () => 'x', Symbol('x')];
const NOT_OPTIONS: unknown[] = [null, 'auto', 42, true, [], new Date(0)];

describe('assertOptions', () => {
  it('accepts undefined and plain objects', () => {
    expect(() => assertOptions(undefined, 'f')).not.toThrow();
    expect(() => assertOptions({}, 'f')).not.toThrow();
    expect(() => assertOptions(Object.create(null), 'f')).not.toThrow();
  });
  it.each(NOT_OPTIONS)('refuses %o with INVALID_OPTION', (value) => {
    const error = misuse(() => assertOptions(value, 'findDates'));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toMatch(/^findDates: options must be an object/);
  });
});

describe('assertOneOf and assertBoolean', () => {
  it('accepts a listed value or undefined', () => {
    expect(() => assertOneOf('html', ['auto', 'html', 'text'], 'parseArticle', 'format')).not.toThrow();
    expect(() => assertOneOf(undefined, ['auto'], 'parseArticle', 'format')).not.toThrow();
    expect(() => assertBoolean(false, 'f', 'flag')).not.toThrow();
  });
  it('names the function, the option, the choices and the value', () => {
    const error = misuse(() => assertOneOf('pdf', ['auto', 'html', 'text'], 'parseArticle', 'format'));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toBe('parseArticle: format must be one of "auto", "html", "text", got "pdf"');
    expect(misuse(() => assertOneOf(null, ['a'], 'f', 'x')).message).toMatch(/got null$/);
    expect(misuse(() => assertBoolean('yes', 'f', 'flag')).message).toBe('f: flag must be a boolean, got "yes"');
  });
});

describe('assertReference', () => {
  it('accepts strings and Dates in the years 0000–9999', () => {
    for (const value of ['2024-06-27', '', new Date('2024-06-27T00:00:00Z'), new Date(Date.UTC(0, 0, 1) - 0), new Date('9999-12-31T23:59:59Z')]) {
      expect(() => assertReference(value, 'f')).not.toThrow();
    }
    const yearZero = new Date(0);
    yearZero.setUTCFullYear(0, 0, 1);
    expect(() => assertReference(yearZero, 'f')).not.toThrow();
  });
  it.each([
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Number.NaN),
    new Date('10000-01-01T00:00:00Z'),
    new Date('-000001-12-31T00:00:00Z'),
    null,
    42,
    {},
  ])('refuses %o', (value) => {
    const error = misuse(() => assertReference(value, 'findDates'));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toMatch(/^findDates: reference must be a valid Date in the years 0000–9999 or a string/);
  });
});

describe('assertIndex', () => {
  it('accepts integers in range only', () => {
    expect(() => assertIndex(0, 0, 4, 'f', 'start')).not.toThrow();
    expect(() => assertIndex(4, 0, 4, 'f', 'start')).not.toThrow();
    for (const bad of [-1, 5, 1.5, Number.NaN, Infinity, '1', null]) {
      expect(misuse(() => assertIndex(bad, 0, 4, 'f', 'start')).code).toBe('INVALID_INPUT');
    }
  });
});

describe('isIsoDate', () => {
  it.each([
    '202', '2024', '2024-Q3', '2024-H1', '2024-SU', '2024-06', '2024-W26', '2024-W53', '2024-06-27', '2024-02-29', '0000-01-01',
    '9999-12-31', '2024-06-27T20:43', '2024-06-27T20:43+08:00', '2024-06-27T12:43Z', '2024-06-27T12:43:05-0500',
  ])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
  it.each([
    '0NaN-NaN-NaN', '', '10000', '-0001', '2024-13', '2024-00', '2024-Q5', '2024-W54', '2023-02-29', '2024-04-31', '2024-06-27T24:00',
    '2024-06-27T20:61', '2024-6-27', ' 2024-06-27', '2024-06-27 ', 'NaN', null, 2024,
  ])('refuses %o', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('misuse of core functions throws NewsparseError', () => {
  const textFunctions: [string, (value: never) => unknown][] = [
    ['splitParagraphs', splitParagraphs],
    ['splitSentences', splitSentences],
    ['scanQuoteMarks', scanQuoteMarks],
    ['findQuotations', findQuotations],
    ['foldDiacritics', foldDiacritics],
    ['stripPossessive', stripPossessive],
    ['normalizeName', normalizeName],
    ['nameTokens', nameTokens],
    ['properCaseName', properCaseName],
    ['isFamilyNameFirst', isFamilyNameFirst],
    ['isAbbreviation', isAbbreviation],
  ];
  it.each(textFunctions)('%s refuses every non-string', (name, call) => {
    for (const value of NOT_STRINGS) {
      const error = misuse(() => call(value as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain(name);
    }
  });

  it('isNameAlias checks both names', () => {
    expect(misuse(() => isNameAlias(null as never, 'Dina Boluarte')).code).toBe('INVALID_INPUT');
    expect(misuse(() => isNameAlias('Boluarte', undefined as never)).code).toBe('INVALID_INPUT');
  });

  it.each([
    ['splitParagraphs', (options: unknown) => splitParagraphs('a', options as never)],
    ['splitSentences', (options: unknown) => splitSentences('a', options as never)],
    ['findQuotations', (options: unknown) => findQuotations('a', options as never)],
  ])('%s refuses null and non-object options', (_name, call) => {
    for (const options of NOT_OPTIONS) expect(misuse(() => call(options)).code).toBe('INVALID_OPTION');
  });

  it('refuses malformed option values', () => {
    expect(misuse(() => splitParagraphs('a', { mode: 'lines' as never })).message).toMatch(/mode must be one of "auto", "blank", "line"/);
    expect(misuse(() => splitSentences('a', { lineBreaks: 'yes' as never })).code).toBe('INVALID_OPTION');
    expect(misuse(() => findQuotations('a', { single: 1 as never })).code).toBe('INVALID_OPTION');
  });

  it('span helpers refuse offsets that name no piece of the input', () => {
    expect(createSpan('Lima', 0, 4)).toEqual({ text: 'Lima', start: 0, end: 4 });
    for (const [start, end] of [[-1, 2], [0, 5], [3, 2], [0.5, 2], [Number.NaN, 1], [0, Infinity]] as const) {
      expect(misuse(() => createSpan('Lima', start, end)).code).toBe('INVALID_INPUT');
      expect(misuse(() => trimSpan('Lima', start, end)).code).toBe('INVALID_INPUT');
    }
    expect(misuse(() => createSpan(null as never, 0, 0)).code).toBe('INVALID_INPUT');
    expect(misuse(() => isValidSpan('Lima', null as never)).code).toBe('INVALID_INPUT');
    expect(misuse(() => isValidSpan(5 as never, { text: '', start: 0, end: 0 })).code).toBe('INVALID_INPUT');
    expect(misuse(() => sortSpans(null as never)).code).toBe('INVALID_INPUT');
    expect(misuse(() => sortSpans([null] as never)).code).toBe('INVALID_INPUT');
    expect(misuse(() => spansOverlap({ text: '', start: 0, end: 0 }, undefined as never)).code).toBe('INVALID_INPUT');
    expect(misuse(() => isSpace('a' as never)).code).toBe('INVALID_INPUT');
    expect(misuse(() => sentenceAt(null as never, 0)).code).toBe('INVALID_INPUT');
    expect(misuse(() => sentenceAt([], Number.NaN)).code).toBe('INVALID_INPUT');
  });
});
