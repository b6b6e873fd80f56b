// Month and weekday words of every locale, merged: a dateline or a stamp may be written in
// any of them, whatever the language of the story.
import { CALENDAR_LANGUAGES, MONTH_NAMES, calendarWordsInEveryLanguage } from '@newsparse/core';
import { mergedWords } from '../locales/index.js';
import { closest } from './edit-distance.js';

/** Every spelling read exactly: full names, short forms, AP's "Sept.", Spanish "setiembre", "dic". */
const EXACT = mergedWords((locale) => locale.months);
/** Short forms read only with their period (Spanish "set."). */
const WITH_PERIOD = mergedWords((locale) => locale.monthsWithPeriod);

/** Fuzzy candidates: every exact spelling of three letters or more. */
const FUZZY = new Map([...EXACT].filter(([word]) => word.length >= 3));

/**
 * The month (1-12) a word names, or null. `fuzzy` also reads a word one edit away from a
 * single month ("Macrh", "Juen", "Narch", "Apri", "Marchg"; two edits for words of seven
 * letters or more), for datelines typed in a hurry. A word as near to two months ("Mau":
 * May or Mar?) is not read.
 */
export function monthNumber(word: string, fuzzy = false): number | null {
  const withPeriod = word.endsWith('.');
  const lower = (withPeriod ? word.slice(0, -1) : word).toLowerCase();
  const exact = EXACT.get(lower) ?? (withPeriod ? WITH_PERIOD.get(lower) : undefined);
  if (exact !== undefined) return exact;
  if (!fuzzy || lower.length < 3 || lower.length > 11 || !/^[a-z]+$/.test(lower)) return null;
  return closest(lower, FUZZY, lower.length >= 7 ? 2 : 1);
}

const WEEKDAYS = mergedWords((locale) => locale.weekdays);

/** 0 = Sunday … 6 = Saturday, for a weekday name or abbreviation ("Tue", "Thurs.", "miércoles"), or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get((word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase()) ?? null;
}

/** Every language's full month names, lower-case ("september", "septembre"): no abbreviation, so a period after one ends a sentence. */
const FULL_NAMES: ReadonlySet<string> = new Set(CALENDAR_LANGUAGES.flatMap((language) => MONTH_NAMES[language].names));

/** Whether a word is a month's full name, not a short form that takes a period ("September", not "Sept"). */
export function isFullMonthName(word: string): boolean {
  return FULL_NAMES.has(word.toLowerCase());
}

/**
 * Weekday names and variants of every language of core's calendar ("senin", "pazartesi",
 * "poniedziałek"), lower-case, with their number; no short forms (theirs are often words or
 * places of another language: "sal", "pon").
 */
const CALENDAR_WEEKDAYS: ReadonlyMap<string, number> = calendarWordsInEveryLanguage('weekdays', { shortForms: false });

/**
 * Month names, short forms and variants of every language of core's calendar ("maret",
 * "eylül", "wrz"), lower-case, with their number 1-12.
 */
const CALENDAR_MONTHS: ReadonlyMap<string, number> = calendarWordsInEveryLanguage('months');

/** The weekday (0 = Sunday) a word names in any language of core's calendar ("SENIN", "Pazartesi"), a period after it aside; or null. */
export function calendarWeekday(word: string): number | null {
  return weekdayNumber(word) ?? CALENDAR_WEEKDAYS.get((word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase()) ?? null;
}

/** The month (1-12) a word names in any language of core's calendar ("MARET", "Eylül", "wrz.", "تشرين الأول"), or null. */
export function calendarMonth(word: string): number | null {
  const slash = word.indexOf('/');
  if (slash > 0) return monthPair(word.slice(0, slash).trim(), word.slice(slash + 1).trim());
  const spaced = /\s/.test(word) ? word.replace(/\s+/g, ' ') : word;
  return monthNumber(spaced) ?? CALENDAR_MONTHS.get((spaced.endsWith('.') ? spaced.slice(0, -1) : spaced).toLowerCase()) ?? null;
}

/** The month two names across a slash both name ("آذار/مارس": March twice, as Arabic writes it), or null. */
function monthPair(first: string, second: string): number | null {
  const month = calendarMonth(first);
  return month !== null && !first.includes('/') && calendarMonth(second) === month ? month : null;
}

/**
 * Calendar month names a one-word pattern of three letters or more misses: those of two words
 * (Levantine Arabic "تشرين الأول", "كانون الثاني") and those of two letters (Arabic "آب"), longest
 * first, each as a pattern (any run of spaces between its words).
 */
export const UNWORDLIKE_MONTHS: readonly string[] = [...CALENDAR_MONTHS.keys()]
  .filter((word) => /\s/.test(word) || word.length < 3)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.split(' ').join(String.raw`\s{1,3}`));
