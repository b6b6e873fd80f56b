import { WordSet } from '../word-set.js';
import { en } from './en/index.js';
import type { Locale } from './types.js';

/**
 * The languages whose words the rules read. Add a language by copying a locale folder
 * (`locales/en`), translating its lists, and listing it here.
 */
export const LOCALES: readonly Locale[] = [en];

/**
 * Every listed locale's words of one kind, as one set (in LOCALES order), for the rules to read:
 * a {@link WordSet}, which rules most other words out by their first letter and length.
 *
 * @example
 * localeWords((locale) => locale.context.sayWords).has('said') //=> true
 */
export function localeWords(pick: (locale: Locale) => readonly string[]): ReadonlySet<string> {
  const words = new WordSet();
  for (const locale of LOCALES) for (const word of pick(locale)) words.add(word);
  return words;
}

/**
 * Whether a word matches one kind of pattern in any listed locale.
 *
 * @example
 * matchesLocalePattern((locale) => locale.patterns.ordinal, '3rd') //=> true
 */
export function matchesLocalePattern(pick: (locale: Locale) => RegExp, word: string): boolean {
  return LOCALES.some((locale) => pick(locale).test(word));
}

/**
 * {@link matchesLocalePattern} for one kind of pattern, its expressions picked once: a rule that
 * asks about many words (every capitalised word's ending) makes no closure and no pick per word.
 *
 * @example
 * const isOrdinal = localePattern((locale) => locale.patterns.ordinal);
 * isOrdinal('3rd') //=> true
 */
export function localePattern(pick: (locale: Locale) => RegExp): (word: string) => boolean {
  const patterns = LOCALES.map(pick);
  if (patterns.length === 1) {
    const only = patterns[0]!;
    return (word) => only.test(word);
  }
  return (word) => {
    for (const pattern of patterns) if (pattern.test(word)) return true;
    return false;
  };
}

export type { Locale } from './types.js';
