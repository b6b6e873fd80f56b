// Given names for the speakers of other languages' quotes, which have no entity tagger behind
// them to tell a person's gender (English speakers take it from the tagger's people). Only the
// locales entry imports this, so the English entry does not carry the list (issue #15).
import { FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES, UNISEX_GIVEN_NAMES } from '@newsparse/core';
import { genderMap, genderOf, type Gender } from './en/gender.js';
import { EUROPEAN_FEMININE_GIVEN_NAMES, EUROPEAN_MASCULINE_GIVEN_NAMES } from './given-names.generated.js';

/**
 * The given names of women and men of German, French, Spanish, Italian and Portuguese (from
 * a data package, see the generated file) that core does not list, then core's.
 */
const CORE = new Set([...FEMININE_GIVEN_NAMES, ...MASCULINE_GIVEN_NAMES, ...UNISEX_GIVEN_NAMES]);
const european = (list: string): string[] => list.split('|').filter((name) => !CORE.has(name));
const GIVEN: ReadonlyMap<string, Gender> = genderMap(
  [...european(EUROPEAN_FEMININE_GIVEN_NAMES), ...FEMININE_GIVEN_NAMES.filter((name) => !UNISEX_GIVEN_NAMES.includes(name))],
  [...european(EUROPEAN_MASCULINE_GIVEN_NAMES), ...MASCULINE_GIVEN_NAMES.filter((name) => !UNISEX_GIVEN_NAMES.includes(name))],
);

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
    const gender = GIVEN.get(word);
    if (gender) return gender;
  }
  return null;
}
