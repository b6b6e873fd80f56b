import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from './calendar-names.js';
import { assertText } from './errors.js';

/**
 * Words that are written with a period in news text without ending a sentence.
 * General English and AP style knowledge, lower-cased, without the final period.
 */

/** Titles and forms of address: never end a sentence ("Gov. Newsom"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'gov', 'sen',
  'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cmdt', 'adm', 'sgt', 'cpl',
  'pvt', 'pres', 'supt', 'insp', 'det', 'hon', 'atty', 'msgr', 'sec', 'amb', 'vs', 'v', 'no',
  'nos', 'ald', 'brig', 'lieut', 'coun', 'cllr', 'messrs', 'mmes', 'mme', 'mlle', 'sra', 'sr', 'srta', 'dra',
  // Parts of a title before a name: "Asst. Chief", "Dep. Commissioner", "Dist. Atty.", "Exec. Dir.", "Pfc."
  'asst', 'assoc', 'dep', 'dist', 'dir', 'exec', 'commr', 'pfc', 'spc',
]);

/** Months and weekdays in their AP short forms: they end a sentence only before a non-digit. */
export const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // "May" is a whole word: a period after it ends the sentence.
  ...ENGLISH_MONTH_NAMES.abbreviations.filter((word) => word !== 'may'),
  ...ENGLISH_WEEKDAY_NAMES.abbreviations,
  ...[...ENGLISH_MONTH_NAMES.variants, ...ENGLISH_WEEKDAY_NAMES.variants].map(([word]) => word),
]);

/** Other abbreviations that rarely end a sentence in news copy. */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd', 'hwy', 'fig', 'vol',
  'ed', 'eds', 'al', 'cf', 'etc', 'ca', 'c', 'op', 'pp', 'p', 'nr', 'tel', 'ext', 'inc', 'corp',
  'co', 'ltd', 'cos', 'plc', 'llc', 'bhd', 'pty', 'ag',
  // AP state abbreviations, which follow city names in datelines and copy.
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
]);

/** One letter (one or two code units): an initial. */
export const SINGLE_LETTER = /^\p{L}$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** The three lists in one: a word before a period is looked up once, not three times. */
const LISTED: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...DATE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]);
/** The length of the longest listed abbreviation: no longer word is one of them. */
export const LONGEST_LISTED = Math.max(...[...LISTED].map((word) => word.length));

/**
 * Whether a word written before a period (without it) is an abbreviation that keeps the
 * sentence open. Single letters ("J. Smith") and dotted initialisms ("U.S", "U.N", "e.g")
 * count; corporate suffixes ("Inc") count too, at the cost of rarely missing a boundary
 * after them.
 *
 * @example
 * isAbbreviation('Gov')   //=> true
 * isAbbreviation('U.S')   //=> true
 * isAbbreviation('China') //=> false
 */
export function isAbbreviation(word: string): boolean {
  assertText(word, 'isAbbreviation');
  // Most words before a period are longer than any listed abbreviation (lower-casing never
  // shortens a word): the sentence splitters ask this at every period.
  if (word.length <= LONGEST_LISTED && LISTED.has(word.toLowerCase())) return true;
  // "J" in "J. Smith" (one letter: one or two code units), and dotted initialisms such as
  // "U.S", "U.N", "a.m", "p.m", "e.g", which have a period.
  if (word.length <= 2 && SINGLE_LETTER.test(word)) return true;
  return word.includes('.') && INITIALISM.test(word);
}
