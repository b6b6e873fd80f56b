import { thrown } from '@newsparse/test-kit';
import { NewsparseError, isIsoDate } from '@newsparse/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, parseDateline, parseStamp } from '../src/index.js';

const misuse = (call: () => unknown): NewsparseError => thrown(NewsparseError, call);

const TEXT = 'BEIJING, June 27 (Xinhua) -- The talks began on Tuesday and end next month. Published: Jun 27, 2024 08:43 PM';
const NOT_STRINGS: unknown[] = [undefined, null, 42, {}, [], new Date(0), Symbol('s')];
const NOT_OPTIONS: unknown[] = [null, '2024-06-27', 42, true, [], new Date(0)];
const yearZero = new Date(0);
yearZero.setUTCFullYear(0, 5, 27);
const BAD_REFERENCES: unknown[] = [
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
  new Date('10000-01-01T00:00:00Z'),
  new Date('-000001-06-01T00:00:00Z'),
  '+275760-09-13T00:00:00Z',
  'not a date',
  '2024-02-30',
  null,
  42,
  {},
];

describe('misuse throws NewsparseError', () => {
  it.each([
    ['parseDateline', (text: unknown) => parseDateline(text as string)],
    ['findDates', (text: unknown) => findDates(text as string, { reference: '2024-06-27' })],
    ['parseStamp', (text: unknown) => parseStamp(text as string)],
  ])('%s refuses non-string input', (name, call) => {
    for (const value of NOT_STRINGS) {
      const error = misuse(() => call(value));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain(name);
    }
  });

  it.each([
    ['parseDateline', (options: unknown) => parseDateline(TEXT, options as never)],
    ['findDates', (options: unknown) => findDates(TEXT, options as never)],
    ['parseStamp', (options: unknown) => parseStamp(TEXT, options as never)],
  ])('%s refuses null and non-object options', (name, call) => {
    for (const options of NOT_OPTIONS) {
      const error = misuse(() => call(options));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(new RegExp(`^${name}: options must be an object`));
    }
  });

  it('findDates without options or a reference is no misuse', () => {
    expect(() => findDates(TEXT)).not.toThrow();
    expect(() => findDates(TEXT, {})).not.toThrow();
  });

  it('unknown enum values are refused, not ignored', () => {
    expect(misuse(() => findDates(TEXT, { reference: '2024-06-27', order: 'DYM' as never })).message).toBe(
      'findDates: order must be one of "MDY", "DMY", "YMD", got "DYM"',
    );
    expect(misuse(() => parseStamp(TEXT, { order: 'dmy' as never })).code).toBe('INVALID_OPTION');
    expect(misuse(() => findDates(TEXT, { reference: '2024-06-27', order: null as never })).code).toBe('INVALID_OPTION');
  });

  it('findDates refuses a lang that is no language tag, and reads any tag it has no words for as English', () => {
    expect(misuse(() => findDates(TEXT, { lang: 42 as never })).message).toBe('findDates: lang must be a BCP 47 language tag such as "de" or "pt-BR", got 42');
    expect(misuse(() => findDates(TEXT, { lang: 'de DE' })).code).toBe('INVALID_OPTION');
    expect(findDates(TEXT, { reference: '2024-06-27', lang: 'nl' })).toEqual(findDates(TEXT, { reference: '2024-06-27' }));
    expect(findDates('Am Donnerstag regnete es.', { reference: '2024-06-27', lang: 'de-AT' })[0]?.value).toBe('2024-06-27');
  });

  it.each(BAD_REFERENCES)('an out-of-range or unreadable reference %o is refused everywhere', (reference) => {
    for (const call of [
      () => findDates(TEXT, { reference: reference as never }),
      () => parseDateline(TEXT, { reference: reference as never }),
      () => parseStamp(TEXT, { reference: reference as never }),
    ]) {
      expect(misuse(call).code).toBe('INVALID_OPTION');
    }
  });

  it('the years 0000 and 9999 are accepted, and nothing past them is returned', () => {
    const text = 'June 5 (AP) — It happened last year, on Tuesday, a year ago, in the 1990s; it ends next year and next month. Updated June 4.';
    for (const reference of [yearZero, '0000-06-27', '9999-12-31', new Date('9999-12-31T23:59:59Z'), '0000-01-01']) {
      for (const mention of findDates(text, { reference })) {
        if (mention.value !== null) expect(isIsoDate(mention.value), mention.value).toBe(true);
        if (mention.until !== undefined) expect(isIsoDate(mention.until), mention.until).toBe(true);
      }
      const dateline = parseDateline(text, { reference });
      if (dateline?.date != null) expect(isIsoDate(dateline.date)).toBe(true);
      const stamp = parseStamp(text, { reference });
      if (stamp !== null) {
        expect(isIsoDate(stamp.value)).toBe(true);
        expect(isIsoDate(stamp.date)).toBe(true);
      }
    }
    // "last year" against 0000-01-01 would be -0001: dropped, not written malformed.
    expect(findDates('It rose last year.', { reference: '0000-01-01' }).map((mention) => mention.value)).toEqual([]);
    expect(findDates('It rises next year.', { reference: '9999-12-31' }).map((mention) => mention.value)).toEqual([]);
  });
});

const newsish = fc.string({
  unit: fc.constantFrom('LONDON', ', ', ' (AP) ', ' — ', 'June', ' 27', ', 2024', 'last', 'next', ' week', ' year', 'Tuesday', ' in ', 'May', '1990s', '2009-10', 'the third quarter', ' ago', 'a year', '\n', '08:43 PM', ' ET', '27/06/2024', 'fall', 'Updated ', 'Feb. 29', ' '),
  maxLength: 40,
});
const anyReference = fc.oneof(
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
  fc.constantFrom('0000-01-01', '0000-12-31', '9999-01-01', '9999-12-31', '2024-02-29', '1999-12-31'),
);

describe('every returned date is a well-formed ISO string', () => {
  it('for any text and any reference in 0000–9999', () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string()), anyReference, fc.constantFrom('MDY', 'DMY', 'YMD') as fc.Arbitrary<'MDY' | 'DMY' | 'YMD'>, (text, reference, order) => {
        for (const mention of findDates(text, { reference, order })) {
          if (mention.kind === 'duration') expect(mention.value).toBeNull();
          else expect(isIsoDate(mention.value), String(mention.value)).toBe(true);
          if (mention.until !== undefined) expect(isIsoDate(mention.until), mention.until).toBe(true);
        }
        const dateline = parseDateline(text, { reference });
        if (dateline !== null && dateline.date !== null) expect(isIsoDate(dateline.date), dateline.date).toBe(true);
        const stamp = parseStamp(text, { reference, order });
        if (stamp !== null) {
          expect(isIsoDate(stamp.value), stamp.value).toBe(true);
          expect(isIsoDate(stamp.date), stamp.date).toBe(true);
          if (stamp.time !== null) expect(stamp.time).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
