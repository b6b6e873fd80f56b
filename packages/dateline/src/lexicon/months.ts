import { closest } from './edit-distance.js';

const ENGLISH = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SPANISH = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Every spelling read exactly: full names, three-letter forms, AP's "Sept.", Spanish "setiembre", "dic". */
const EXACT = new Map<string, number>();
ENGLISH.forEach((name, index) => {
  EXACT.set(name, index + 1);
  EXACT.set(name.slice(0, 3), index + 1);
});
SPANISH.forEach((name, index) => {
  EXACT.set(name, index + 1);
  EXACT.set(name.slice(0, 3), index + 1);
});
for (const [word, month] of [['sept', 9], ['setiembre', 9], ['set', 9], ['sep', 9]] as const) EXACT.set(word, month);
EXACT.delete('set'); // an English word; Spanish "set." is read below only with its period
const SPANISH_ONLY_WITH_PERIOD = new Map([['set', 9]]);

/** Fuzzy candidates: the full names and the three-letter forms, in both languages. */
const FUZZY = new Map<string, number>();
for (const [word, month] of EXACT) if (word.length >= 3) FUZZY.set(word, month);

/**
 * The month (1-12) a word names, or null. `fuzzy` also reads a word one edit away from a
 * single month ("Macrh", "Juen", "Narch", "Apri", "Marchg"; two edits for words of seven
 * letters or more), for datelines typed in a hurry. A word as near to two months ("Mau":
 * May or Mar?) is not read.
 */
export function monthNumber(word: string, fuzzy = false): number | null {
  const withPeriod = word.endsWith('.');
  const lower = (withPeriod ? word.slice(0, -1) : word).toLowerCase();
  const exact = EXACT.get(lower) ?? (withPeriod ? SPANISH_ONLY_WITH_PERIOD.get(lower) : undefined);
  if (exact !== undefined) return exact;
  if (!fuzzy || lower.length < 3 || lower.length > 11 || !/^[a-z]+$/.test(lower)) return null;
  return closest(lower, FUZZY, lower.length >= 7 ? 2 : 1);
}

export const ENGLISH_MONTHS: readonly string[] = ENGLISH;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_FORMS = new Map<string, number>();
WEEKDAYS.forEach((name, index) => {
  WEEKDAY_FORMS.set(name, index);
  WEEKDAY_FORMS.set(name.slice(0, 3), index);
});
for (const [word, day] of [['tues', 2], ['wed', 3], ['thur', 4], ['thurs', 4], ['lunes', 1], ['martes', 2], ['miercoles', 3], ['miércoles', 3], ['jueves', 4], ['viernes', 5], ['sabado', 6], ['sábado', 6], ['domingo', 0]] as const) {
  WEEKDAY_FORMS.set(word, day);
}

/** 0 = Sunday … 6 = Saturday, for a weekday name or abbreviation ("Tue", "Thurs."), or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_FORMS.get(word.replace(/\.$/, '').toLowerCase()) ?? null;
}
