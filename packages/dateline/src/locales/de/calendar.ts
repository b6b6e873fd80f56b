import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

/** German months: names, short forms ("3. Okt."), Austrian "Jänner". */
export const months: ReadonlyMap<string, number> = calendarWords(MONTH_NAMES.de);

/**
 * German weekday names ("Dienstag", "Sonnabend"). The two-letter short forms are left out:
 * "so", "do", "mi" are words of other languages.
 */
export const weekdays: ReadonlyMap<string, number> = new Map(
  [...calendarWords(WEEKDAY_NAMES.de)].filter(([word]) => !WEEKDAY_NAMES.de.abbreviations.includes(word)),
);

/** Whole weekday names ("Dienstag", "Sonnabend"). */
export const weekdayPattern = [...weekdays.keys()].join('|');

const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

// German prints months in title case ("3. Juni"); "Mai" alone is as often a name, so findDates
// reads it only after a day ("am 3. Mai").
export const monthPattern = [...MONTH_NAMES.de.names, ...MONTH_NAMES.de.variants.map(([word]) => word).filter((word) => word.length > 3)]
  .filter((word) => word !== 'mai')
  .map(titleCase)
  .join('|');
export const monthAfterDayPattern = 'Mai';
