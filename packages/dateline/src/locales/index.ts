import { en } from './en/index.js';
import { de } from './de/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { it } from './it/index.js';
import { pt } from './pt/index.js';
import { nl } from './nl/index.js';
import type { Locale } from './types.js';

/**
 * The languages the parsers read, in order of trust: where two patterns could match, the
 * first locale's is tried first. Add a language by copying a locale folder and listing it here.
 */
export const LOCALES: readonly Locale[] = [en, es, de, fr, it, pt, nl];

/** One alternation of every locale's pattern (in LOCALES order), for a regular expression. */
export const alternation = (pick: (locale: Locale) => string | readonly string[]): string =>
  LOCALES.flatMap((locale) => pick(locale)).join('|');

/** Every locale's words of one kind, merged (a word listed twice keeps its first value). */
export function mergedWords<T>(pick: (locale: Locale) => ReadonlyMap<string, T>): Map<string, T> {
  const words = new Map<string, T>();
  for (const locale of LOCALES) for (const [word, value] of pick(locale)) if (!words.has(word)) words.set(word, value);
  return words;
}

export type { Locale } from './types.js';
