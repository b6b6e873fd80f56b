// The shorter forms a name goes by, read by the document steps and the grouping alike: an
// acronym of its words ("BRI"), a company's name without its corporate suffix ("Coleco").
import { isCommonLower } from './candidates.js';
import { type Gazetteer, lookupKey } from './lexicon.js';
import { localeWords } from './locales/index.js';

const CORPORATE_SUFFIXES = localeWords((locale) => locale.names.corporateSuffixes);

/**
 * The short names a company goes by after its full name: "Novopharm Ltd of Canada" → "novopharm",
 * "Diamond Shamrock Corp" → "diamond shamrock", "Acme Widgets Corp" → "acme widgets", "acme".
 */
export function orgShortForms(surfaceWords: readonly string[], gaz: Gazetteer): string[] {
  if (surfaceWords.length < 2) return [];
  const words = surfaceWords.map((word) => lookupKey(word));
  const suffixAt = words.findIndex((word, index) => index > 0 && (CORPORATE_SUFFIXES.has(word) || gaz.orgHeads.has(word)));
  if (suffixAt <= 0) return [];
  const forms = [words.slice(0, suffixAt).join(' ')];
  if (suffixAt > 1 && !isCommonLower(gaz, words[0]!) && !gaz.phrases.has(words[0]!)) forms.push(words[0]!);
  return forms;
}

/** Whether `short` ("BRI", "U.N.") spells the initials of `longWords` ("Belt and Road Initiative"). */
export function isAcronymOf(short: string, longWords: readonly string[]): boolean {
  const letters = short.replace(/\./g, '');
  if (!/^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(letters)) return false;
  const initials = longWords.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  const allInitials = longWords.filter((word) => /^[\p{L}\p{N}]/u.test(word)).map((word) => word[0]!.toUpperCase()).join('');
  // Also the initials that follow a parent body's: "United Nations Office for the Coordination of
  // Humanitarian Affairs (OCHA)".
  return initials === letters || allInitials === letters || (letters.length >= 2 && initials.startsWith(letters)) || (letters.length >= 3 && initials.endsWith(letters));
}

/**
 * Whether a mixed-case acronym ("ARGro", "ACPeds") spells, in its capitals, the initials of the
 * capitalised words of `longWords` ("Association of Rural Grocers"): organisations coin such
 * short names from the first letters or syllables of their words.
 *
 * @example
 * isMixedCaseAcronymOf('ACPeds', ['American', 'College', 'of', 'Pediatricians']); //=> true
 */
export function isMixedCaseAcronymOf(short: string, longWords: readonly string[]): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}&-]{2,11}$/u.test(short) || !/\p{Ll}/u.test(short)) return false;
  const capitals = short.replace(/\P{Lu}/gu, '');
  if (capitals.length < 2) return false;
  const initials = longWords.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials === capitals;
}
