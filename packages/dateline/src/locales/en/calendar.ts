import { MONTH_NAMES, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';

/** English months: core's names, short forms and AP's "Sept.". */
export const months = calendarWords(MONTH_NAMES.en);

/** English weekdays: names, three-letter forms, "Tues", "Thurs". */
export const weekdays = calendarWords(WEEKDAY_NAMES.en);

/** Weekdays that may open a date ("Tue", "Tuesday,"): the rest of the word is read after the stem. */
export const weekdayPattern = WEEKDAY_NAMES.en.abbreviations.join('|');

/**
 * "sep", "sept", "september" → "sep(?:t(?:ember)?)?": forms of which each is a prefix of the
 * next, as one pattern.
 */
function prefixChain(forms: readonly string[]): string {
  const sorted = [...new Set(forms)].sort((a, b) => a.length - b.length);
  let pattern = '';
  for (let index = sorted.length - 1; index > 0; index--) pattern = `(?:${sorted[index]!.slice(sorted[index - 1]!.length)}${pattern})?`;
  return sorted[0]! + pattern;
}

/** Every form of each month, January first: "jan", "january"; "sep", "sept", "september". */
const monthForms = MONTH_NAMES.en.names.map((name, index) => [
  MONTH_NAMES.en.abbreviations[index]!,
  name,
  ...MONTH_NAMES.en.variants.filter(([, month]) => month === index + 1).map(([word]) => word),
]);
const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

// Months in the case news prints them: "June", "JUNE", "Jun."; never "june" (a name, a word).
export const monthPattern = [
  ...monthForms.map((forms) => titleCase(prefixChain(forms))),
  ...monthForms.map((forms) => prefixChain(forms).toUpperCase()),
].join('|');
