import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

const frenchMonths = calendarWords(MONTH_NAMES.fr);
// African francophone agencies (APS, AIP, ACP) cut months to three letters: "3 jan (APS)", "4 fév".
frenchMonths.set('fév', 2);
frenchMonths.set('fev', 2);

/** French months: names and short forms ("3 juin", "3 déc."), and the agencies' "fév". */
export const months: ReadonlyMap<string, number> = frenchMonths;

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
// Capitalised after its day too, as many francophone sites print them ("le 15 Décembre 2024",
// "1er Juillet"): alone "Août" or "Avril" are as often names. Not "Mars": "2 Mars rovers" is the planet.
export const monthAfterDayPattern = [
  'mars', 'mai', 'janv', 'jan', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ...MONTH_NAMES.fr.names.filter((name) => name !== 'mars').map((name) => name.charAt(0).toUpperCase() + name.slice(1)),
].join('|');
