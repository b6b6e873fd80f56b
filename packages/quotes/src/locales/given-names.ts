// Given names for the speakers of other languages' quotes, which have no entity tagger behind
// them to tell a person's gender (English speakers take it from the tagger's people). Only the
// locales entry imports this, so the English entry does not carry the list (issue #15).
import {
  EUROPEAN_FEMININE_GIVEN_NAMES,
  EUROPEAN_MASCULINE_GIVEN_NAMES,
  EUROPEAN_UNISEX_GIVEN_NAMES,
  FEMININE_GIVEN_NAMES,
  foldDiacritics,
  MASCULINE_GIVEN_NAMES,
  UNISEX_GIVEN_NAMES,
  unpackNames,
} from '@newsparse/core';
import { genderMap, genderOf, type Gender } from './en/gender.js';

/**
 * The given names of women and men of continental Europe and Latin America (core's list from
 * a data package) that core's short lists do not hold, then core's; folded as `nameGender`
 * reads a word, and a name whose folded form is of both genders ("rené", "renée" are not; "josé"
 * and "jose" are one) left out.
 */
function givenNames(): ReadonlyMap<string, Gender | null> {
  const core = new Set([...FEMININE_GIVEN_NAMES, ...MASCULINE_GIVEN_NAMES, ...UNISEX_GIVEN_NAMES]);
  const folded = (list: string): Set<string> => new Set(unpackNames(list).map((name) => foldDiacritics(name)));
  const feminine = folded(EUROPEAN_FEMININE_GIVEN_NAMES);
  const masculine = folded(EUROPEAN_MASCULINE_GIVEN_NAMES);
  const only = (names: Set<string>, other: Set<string>): string[] => [...names].filter((name) => !other.has(name) && !core.has(name));
  const map = new Map<string, Gender | null>(genderMap(
    [...only(feminine, masculine), ...FEMININE_GIVEN_NAMES.filter((name) => !UNISEX_GIVEN_NAMES.includes(name))],
    [...only(masculine, feminine), ...MASCULINE_GIVEN_NAMES.filter((name) => !UNISEX_GIVEN_NAMES.includes(name))],
  ));
  // Names of either gender ("Kim", "Andrea") are names all the same, of no gender.
  for (const name of [...folded(EUROPEAN_UNISEX_GIVEN_NAMES), ...feminine, ...masculine, ...UNISEX_GIVEN_NAMES]) if (!map.has(name)) map.set(name, null);
  return map;
}
/** Built at the first call, not when the locales entry is imported; a name of either gender maps to null. */
let given: ReadonlyMap<string, Gender | null> | undefined;

/**
 * Whether `word` (lower-case, without diacritics) is a given name the lists hold, of one
 * gender or of either: such a word opens a person's name ("Stuttgarts Sportdirektorin Kim Renkema").
 *
 * @example
 * isGivenName('kim') //=> true
 * isGivenName('mut') //=> false
 */
export function isGivenName(word: string): boolean {
  given ??= givenNames();
  return given.has(word);
}

/**
 * The gender a title, role word or given name in `phrase` (lower-case, without diacritics)
 * tells, or null: the first title that tells one, else the first listed given name.
 *
 * @example
 * nameGender('ingrid weber') //=> 'f'
 * nameGender('jo park')        //=> null
 */
export function nameGender(phrase: string): Gender | null {
  const told = genderOf(phrase);
  if (told) return told;
  for (const word of phrase.split(/[\s,]+/)) {
    given ??= givenNames();
    const gender = given.get(word);
    if (gender) return gender;
  }
  return null;
}
