import { describe, expect, it } from 'vitest';
import { DATE_ABBREVIATIONS } from './abbreviations.js';
import { CALENDAR_LANGUAGES, ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES, MONTH_NAMES, WEEKDAY_NAMES, calendarWords, calendarWordsInEveryLanguage } from './calendar-names.js';

describe('calendar names', () => {
  it.each(CALENDAR_LANGUAGES)('%s lists twelve months and seven days, lower-case', (language) => {
    const months = MONTH_NAMES[language];
    const days = WEEKDAY_NAMES[language];
    expect(months.names).toHaveLength(12);
    expect(months.abbreviations).toHaveLength(12);
    expect(days.names).toHaveLength(7);
    expect(days.abbreviations).toHaveLength(7);
    for (const word of [...months.names, ...months.abbreviations, ...days.names, ...days.abbreviations]) expect(word).toBe(word.toLowerCase());
    for (const [, month] of months.variants) expect(month).toBeGreaterThanOrEqual(1);
    for (const [, day] of days.variants) expect(day).toBeLessThanOrEqual(6);
  });

  it('the English names on their own are the same objects as MONTH_NAMES.en and WEEKDAY_NAMES.en', () => {
    expect(ENGLISH_MONTH_NAMES).toBe(MONTH_NAMES.en);
    expect(ENGLISH_WEEKDAY_NAMES).toBe(WEEKDAY_NAMES.en);
  });

  it('calendarWords numbers months from 1 and days from Sunday = 0', () => {
    expect(calendarWords(MONTH_NAMES.en).get('january')).toBe(1);
    expect(calendarWords(MONTH_NAMES.en).get('sept')).toBe(9);
    expect(calendarWords(MONTH_NAMES.es).get('dic')).toBe(12);
    expect(calendarWords(WEEKDAY_NAMES.en).get('sunday')).toBe(0);
    expect(calendarWords(WEEKDAY_NAMES.en).get('thurs')).toBe(4);
    expect(calendarWords(WEEKDAY_NAMES.es).get('sabado')).toBe(6);
    expect(calendarWords(MONTH_NAMES.ru).get('августа')).toBe(8);
    expect(calendarWords(MONTH_NAMES.pl).get('września')).toBe(9);
    expect(calendarWords(MONTH_NAMES.ar).get('اكتوبر')).toBe(10);
    expect(calendarWords(MONTH_NAMES.ar).get('تشرين الأول')).toBe(10);
    expect(calendarWords(MONTH_NAMES.ar).get('كانون الثاني')).toBe(1);
    expect(calendarWords(WEEKDAY_NAMES.ar).get('الإثنين')).toBe(1);
    expect(calendarWords(WEEKDAY_NAMES.ar).get('السبت')).toBe(6);
  });

  it('DATE_ABBREVIATIONS are the English short forms but "may"', () => {
    expect([...DATE_ABBREVIATIONS].sort()).toEqual(
      ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'].sort(),
    );
  });

  it('calendarWordsInEveryLanguage reads every language, the first listed winning a shared spelling', () => {
    const months = calendarWordsInEveryLanguage('months');
    expect(months.get('maret')).toBe(3);
    expect(months.get('września')).toBe(9);
    expect(months.get('eylül')).toBe(9);
    expect(months.get('sept')).toBe(9);
    // Polish and Czech November before Croatian October.
    expect(months.get('listopad')).toBe(11);
    const weekdays = calendarWordsInEveryLanguage('weekdays');
    expect(weekdays.get('senin')).toBe(1);
    expect(weekdays.get('pon')).toBe(1);
    const fullWeekdays = calendarWordsInEveryLanguage('weekdays', { shortForms: false });
    expect(fullWeekdays.has('pon')).toBe(false);
    expect(fullWeekdays.has('sal')).toBe(false);
    expect(fullWeekdays.get('thurs')).toBe(4);
    expect(fullWeekdays.get('poniedziałek')).toBe(1);
  });
});
