import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

const italianMonths = calendarWords(MONTH_NAMES.it);
// Short forms that are English words ("gen", "mag", "lug", "set") are left out: "3 giugno" and
// ANSA's "3 GIU" are read, "5 mag" is not.
for (const word of ['gen', 'mag', 'lug', 'set']) italianMonths.delete(word);

/** Italian months: names and the short forms that are no English word ("3 giu", "12 ott"). */
export const months: ReadonlyMap<string, number> = italianMonths;

/** Italian weekday names, with and without accents ("martedì", "martedi"). Short forms are left out. */
export const weekdays: ReadonlyMap<string, number> = new Map(
  [...calendarWords(WEEKDAY_NAMES.it)].filter(([word]) => !WEEKDAY_NAMES.it.abbreviations.includes(word)),
);

/** Whole weekday names. */
export const weekdayPattern = [...weekdays.keys()].join('|');

// Italian prints months in lower case ("3 giugno"); capitalised they are as often names.
export const monthPattern = MONTH_NAMES.it.names.join('|');
