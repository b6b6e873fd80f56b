import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

/** French months: names and short forms ("3 juin", "3 déc."). */
export const months: ReadonlyMap<string, number> = calendarWords(MONTH_NAMES.fr);

/** French weekday names ("mardi"). The short forms are left out: "mar" is March, "sam" a name. */
export const weekdays: ReadonlyMap<string, number> = new Map(
  [...calendarWords(WEEKDAY_NAMES.fr)].filter(([word]) => !WEEKDAY_NAMES.fr.abbreviations.includes(word)),
);

/** Whole weekday names ("mardi", "Mercredi"). */
export const weekdayPattern = [...weekdays.keys()].join('|');

// French prints months in lower case ("3 juin"); "mars" and "mai" are also English words and
// names, so findDates reads them only after a day ("le 15 mars", "1er mai").
export const monthPattern = MONTH_NAMES.fr.names.filter((word) => word !== 'mars' && word !== 'mai').join('|');
// The short forms ("23 sept", "4 janv.", "12 févr.", as dates in tables and agency copy print
// them) are read only after a day too: "oct", "nov" and "déc" alone are other words or codes.
export const monthAfterDayPattern = ['mars', 'mai', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'].join('|');
