import { STOPWORDS } from './locales/index.js';

/** How much text the detector reads: the start of a story says which language it is in. */
const SAMPLE = 4000;
const WORD = /[\p{L}'’-]+/gu;

/** Letters and marks that only some of the languages use: each occurrence counts as a word. */
const HINTS: Readonly<Record<string, RegExp>> = { de: /[äöüß\u201e]/gu, fr: /[çèêœ]/gu, es: /[ñ¿¡]/gu };

/**
 * The language of a text from its most frequent function words and its language-specific
 * letters (primary BCP 47 subtag), or `null` when the text gives too little evidence (a
 * headline, a few names). Reads at most the first 4,000 characters.
 *
 * @example
 * detectLanguage('Die Regierung sagte am Montag, dass die Lage ernst ist und nicht besser wird.') //=> 'de'
 */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  for (const match of text.slice(0, SAMPLE).toLowerCase().matchAll(WORD)) {
    for (const [language, list] of Object.entries(STOPWORDS)) {
      if (list.has(match[0])) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  for (const [language, pattern] of Object.entries(HINTS)) {
    const hits = text.slice(0, SAMPLE).toLowerCase().match(pattern)?.length ?? 0;
    if (hits > 0) counts.set(language, (counts.get(language) ?? 0) + hits);
  }
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [language, count] of counts) {
    if (count > top) {
      second = top;
      top = count;
      best = language;
    } else if (count > second) second = count;
  }
  // At least two signs, and clearly more of one language than of any other.
  return best !== null && top >= 2 && top >= second * 1.5 ? best : null;
}
