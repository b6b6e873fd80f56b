import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

const spanishMonths = calendarWords(MONTH_NAMES.es);
// "set" is an English word: the Spanish short form of setiembre counts only as "set.".
spanishMonths.delete('set');

/** Spanish months: names, short forms ("27 jun", "dic."), "setiembre". */
export const months: ReadonlyMap<string, number> = spanishMonths;

/** Months read only with their period. */
export const monthsWithPeriod: ReadonlyMap<string, number> = new Map([['set', 9]]);

/**
 * Spanish weekday names, with and without accents. The short forms are left out: "mar" is
 * March and "dom" a name.
 */
export const weekdays: ReadonlyMap<string, number> = new Map(
  [...calendarWords(WEEKDAY_NAMES.es)].filter(([word]) => !WEEKDAY_NAMES.es.abbreviations.includes(word)),
);

/** Whole weekday names, with or without accents ("Martes", "Miércoles", "Miercoles"). */
export const weekdayPattern = [...weekdays.keys()].join('|');

// Spanish month names are read only in full and in lower case ("27 de junio"): a capital
// "Mayo" or "Abril" is as often a name.
export const monthPattern = [...MONTH_NAMES.es.names, ...MONTH_NAMES.es.variants.map(([word]) => word).filter((word) => word.length > 3)].join('|');
