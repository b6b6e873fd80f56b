import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

/** English months: core's names, short forms and AP's "Sept.". */
export const months = calendarWords(MONTH_NAMES.en);

/** English weekdays: names, three-letter forms, "Tues", "Thurs". */
export const weekdays = calendarWords(WEEKDAY_NAMES.en);

/** Weekdays that may open a date ("Tue", "Tuesday,"): the rest of the word is read after the stem. */
export const weekdayPattern = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';

// Months in the case news prints them: "June", "JUNE", "Jun."; never "june" (a name, a word).
export const monthPattern =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|' +
  'JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?';
