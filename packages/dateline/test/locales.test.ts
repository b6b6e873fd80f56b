import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/locales/index.js';
import { monthNumber, weekdayNumber } from '../src/lexicon/months.js';

// Every locale is complete enough to read a date on its own, and what it lists is read.
describe.each(LOCALES.map((locale) => [locale.code, locale] as const))('locale %s', (_code, locale) => {
  it('names all twelve months and seven weekdays', () => {
    expect(new Set(locale.months.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(new Set(locale.weekdays.values())).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });

  it('reads each of its month and weekday words', () => {
    for (const [word, month] of locale.months) expect(monthNumber(word), word).toBe(month);
    for (const [word, month] of locale.monthsWithPeriod) expect(monthNumber(`${word}.`), word).toBe(month);
    for (const [word, day] of locale.weekdays) expect(weekdayNumber(word), word).toBe(day);
  });

  it('writes its patterns as valid regular-expression alternations', () => {
    expect(() => new RegExp(`^(?:${locale.patterns.month})$`)).not.toThrow();
    expect(() => new RegExp(`^(?:${locale.patterns.weekday})$`, 'i')).not.toThrow();
    expect(locale.stamp.labels.length).toBeGreaterThan(0);
  });
});

describe('shared words', () => {
  it('reads "set." as September only with its period', () => {
    expect(monthNumber('set.')).toBe(9);
    expect(monthNumber('set')).toBeNull();
  });
});
