/**
 * Grammatical gender of English person references, for agreeing "he" and "she" with a
 * named antecedent: gendered titles and role nouns here; given names come with the entity
 * tagger's people (its `gender`, from compromise's and core's name lists), so that quotes
 * alone does not carry a name list (issue #15). A phrase that tells nothing has no gender and
 * agrees with any pronoun.
 */
import { FEMININE_WORDS, MASCULINE_WORDS } from '@newsparse/core';

export type Gender = 'm' | 'f';

/** A map from each word of two lists to its gender. */
export function genderMap(feminine: readonly string[], masculine: readonly string[]): ReadonlyMap<string, Gender> {
  const map = new Map<string, Gender>();
  for (const word of feminine) map.set(word, 'f');
  for (const word of masculine) map.set(word, 'm');
  return map;
}

/** Titles and role words that tell a person's gender: "Mrs.", "Congresswoman", "father" (core's lists). */
const GENDERED_WORDS: ReadonlyMap<string, Gender> = genderMap(FEMININE_WORDS, MASCULINE_WORDS);

/** A possessive word ("Price's", "Smith’s", "Jones'"). */
const POSSESSIVE = /['\u2019]s?$/;

/**
 * The gender a title or role word in a person's name or description tells, or null:
 * "Mr. Cole" → m, "the congresswoman" → f, "Ana Ruiz" → null (a given name's gender is the
 * entity tagger's, or `nameGender`'s in the locales entry).
 *
 * @example
 * genderOf('Mrs. Ana Ruiz') //=> 'f'
 */
export function genderOf(phrase: string): Gender | null {
  const words = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const gender = GENDERED_WORDS.get(word) ?? GENDERED_WORDS.get(word.replace(/\.$/, ''));
    // "Mr Price's mother, Angela Price": a title of a possessor tells that person's gender, not this one's.
    if (gender && !POSSESSIVE.test(word) && !POSSESSIVE.test(words[index + 1] ?? '') && !POSSESSIVE.test(words[index + 2] ?? '')) return gender;
  }
  return null;
}

/** The gender a pronoun asks for: "she" → f, "his" → m; null for others. */
export function pronounGender(pronoun: string): Gender | null {
  const lower = pronoun.toLowerCase();
  if (['he', 'him', 'his', 'himself'].includes(lower)) return 'm';
  if (['she', 'her', 'hers', 'herself'].includes(lower)) return 'f';
  return null;
}
