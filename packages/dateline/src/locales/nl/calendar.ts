import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

/** Dutch months: names and short forms ("4 mrt.", "12 okt"). */
export const months: ReadonlyMap<string, number> = calendarWords(MONTH_NAMES.nl);

/**
 * Dutch weekday names ("dinsdag", "zaterdag"). The two-letter short forms are left out: "ma",
 * "di", "do" are words of other languages.
 */
export const weekdays: ReadonlyMap<string, number> = new Map(
  [...calendarWords(WEEKDAY_NAMES.nl)].filter(([word]) => !WEEKDAY_NAMES.nl.abbreviations.includes(word)),
);

/** Whole weekday names ("Maandag", "woensdag"). */
export const weekdayPattern = [...weekdays.keys()].join('|');

// Dutch writes its months in lower case ("4 maart 2024"): a capital "Mei" is as often a name.
export const monthPattern = MONTH_NAMES.nl.names.join('|');
