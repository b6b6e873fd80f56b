import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

const portugueseMonths = calendarWords(MONTH_NAMES.pt);
// Short forms that are English words ("mar", "set", "out", "nov" is English too) are left to
// English or dropped: "3 out" is not read as October.
for (const word of ['mar', 'set', 'out']) portugueseMonths.delete(word);
// "marco": "março" typed without its cedilla.
portugueseMonths.set('marco', 3);

/** Portuguese months: names ("27 de julho"), the cedilla-less "marco", and short forms that are no English word ("27 fev"). */
export const months: ReadonlyMap<string, number> = portugueseMonths;

/**
 * Portuguese weekday names, whole ("segunda-feira") or short ("segunda"). The abbreviations
 * are left out: "sex" and "dom" are other words.
 */
export const weekdays: ReadonlyMap<string, number> = new Map(
  [...calendarWords(WEEKDAY_NAMES.pt)].filter(([word]) => !WEEKDAY_NAMES.pt.abbreviations.includes(word)),
);

/** Whole weekday names, longest first so that "segunda-feira" is read before "segunda". */
export const weekdayPattern = [...weekdays.keys()].sort((a, b) => b.length - a.length).join('|');

// Brazil writes months in lower case, Portugal, Angola and Mozambique often capitalised ("27 de
// Julho", the spelling before 1990); both are read in full only, and a capitalised one only after
// its day: "Maio", "Abril" and "Janeiro" ("Rio de Janeiro") alone are as often names.
export const monthPattern = [...MONTH_NAMES.pt.names, 'marco'].join('|');
export const monthAfterDayPattern = MONTH_NAMES.pt.names.map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join('|');
