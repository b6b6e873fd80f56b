import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from './dates.js';

describe('normalizeDate', () => {
  it('reads numeric dates day-first with dots and dashes, month-first with slashes', () => {
    expect(normalizeDate('04.04.2019')).toBe('2019-04-04');
    expect(normalizeDate('28.09.2019 12:44')).toBe('2019-09-28T12:44');
    expect(normalizeDate('09/28/2019')).toBe('2019-09-28');
  });

  it('reads a two-digit year with the time glued after it as that, not as a four-digit year', () => {
    expect(normalizeDate('hafenfan28.09.1912:44')).toBe('2019-09-28T12:44');
    expect(normalizeDate('28.09.1912')).toBe('1912-09-28');
  });

  it('reads written dates in several languages', () => {
    expect(normalizeDate('4. April 2019')).toBe('2019-04-04');
    expect(normalizeDate('4 de abril de 2019')).toBe('2019-04-04');
    expect(normalizeDate('2019年4月4日')).toBe('2019-04-04');
  });
});

describe('dateFromUrl', () => {
  it('reads a date path', () => {
    expect(dateFromUrl('https://example.com/world/2024/06/27/port-opens/')).toBe('2024-06-27');
  });
});
