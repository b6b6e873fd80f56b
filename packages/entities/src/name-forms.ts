// The shorter forms a name goes by, read by the document steps and the grouping alike: an
// acronym of its words ("BRI"), a company's name without its corporate suffix ("Coleco").
import { isCommonLower } from './candidates.js';
import { type Gazetteer, lookupKey } from './lexicon.js';
import { localePattern, localeWords } from './locales/index.js';

const CORPORATE_SUFFIXES = localeWords((locale) => locale.names.corporateSuffixes);
const hasAdjectiveEnding = localePattern((locale) => locale.patterns.adjectiveEnding);
/** A utility's last word ("Northbridge Water" goes by "Northbridge" after its full name). */
const UTILITY_HEADS = localeWords((locale) => locale.heads.utility);

/**
 * The short names a company goes by after its full name: "Novopharm Ltd of Canada" → "novopharm",
 * "Diamond Shamrock Corp" → "diamond shamrock", "Acme Widgets Corp" → "acme widgets", "acme".
 */
export function orgShortForms(surfaceWords: readonly string[], gaz: Gazetteer): string[] {
  if (surfaceWords.length < 2) return [];
  // A loop, not map: TurboFan's inlined map returns a holey array, another shape for the reads below.
  const words: string[] = [];
  for (const word of surfaceWords) words.push(lookupKey(word));
  const suffixAt = words.findIndex((word, index) => index > 0 && (CORPORATE_SUFFIXES.has(word) || gaz.orgHeads.has(word) || UTILITY_HEADS.has(word)));
  if (suffixAt <= 0) return [];
  const forms = [words.slice(0, suffixAt).join(' ')];
  // The first word alone is a company's short name ("Lumora" of "Lumora Semiconductor Inc"), not the
  // place a body of people is named after ("Northbridge" of "Northbridge Residents' Association").
  const ofPeople = surfaceWords.slice(1, suffixAt + 1).some((word) => /^['\u2019]$|s['\u2019]$/.test(word));
  // Nor an adjective of a people or a faith ("Jewish" of "Jewish Community Council"): no company goes by one.
  const adjective = hasAdjectiveEnding(words[0]!);
  if (suffixAt > 1 && !ofPeople && !adjective && !isCommonLower(gaz, words[0]!) && !gaz.phrases.has(words[0]!)) forms.push(words[0]!);
  return forms;
}

/**
 * The first letters of the capitalised words ("Belt and Road Initiative" → "BRI"), read in a
 * loop: filter, map and join build two arrays, and TurboFan's inlined map returns a holey one
 * where the interpreter's is packed, so optimised callers stopped at its map.
 *
 * @example
 * capitalInitials(['Belt', 'and', 'Road', 'Initiative']) //=> 'BRI'
 */
export function capitalInitials(words: readonly string[]): string {
  let initials = '';
  for (const word of words) if (/^\p{Lu}/u.test(word)) initials += word[0];
  return initials;
}

/**
 * The first letters of the words that start with a letter or digit, in capitals ("Belt and
 * Road Initiative" → "BARI").
 *
 * @example
 * wordInitials(['Belt', 'and', 'Road', 'Initiative']) //=> 'BARI'
 */
export function wordInitials(words: readonly string[]): string {
  let initials = '';
  for (const word of words) if (/^[\p{L}\p{N}]/u.test(word)) initials += word[0]!.toUpperCase();
  return initials;
}

/** Whether `short` ("BRI", "U.N.") spells the initials of `longWords` ("Belt and Road Initiative"). */
export function isAcronymOf(short: string, longWords: readonly string[]): boolean {
  const letters = short.replace(/\./g, '');
  if (!/^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(letters)) return false;
  const initials = capitalInitials(longWords);
  const allInitials = wordInitials(longWords);
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
  return capitalInitials(longWords) === capitals;
}

/**
 * Whether an acronym in capitals ("GIHOC") spells the capitalised words of `longWords` ("Ghana
 * Industrial Holding Corporation") by the first letter or the first letters of each, in order:
 * organisations coin such short names from syllables as well as initials. Read by the positions
 * each word can reach (at most ten letters, a few words): no backtracking.
 *
 * @example
 * isSyllableAcronymOf('GIHOC', ['Ghana', 'Industrial', 'Holding', 'Corporation']); //=> true
 */
export function isSyllableAcronymOf(short: string, longWords: readonly string[]): boolean {
  if (!/^\p{Lu}{3,10}$/u.test(short)) return false;
  const words = longWords.filter((word) => /^\p{Lu}/u.test(word));
  if (words.length < 2 || words.length > short.length) return false;
  let reach = new Set<number>([0]);
  for (const word of words) {
    const upper = word.toUpperCase();
    const next = new Set<number>();
    for (const at of reach) {
      for (let length = 1; length <= upper.length && at + length <= short.length; length++) {
        if (short.charCodeAt(at + length - 1) !== upper.charCodeAt(length - 1)) break;
        next.add(at + length);
      }
    }
    if (next.size === 0) return false;
    reach = next;
  }
  return reach.has(short.length);
}
