import { STOPWORDS } from './locales/index.js';

/** How much text the detector reads: the start of a story says which language it is in. */
const SAMPLE = 4000;
const WORD = /[\p{L}'’-]+/gu;

/** Letters and marks that only some of the languages use: each occurrence counts as a word. */
const HINTS: Readonly<Record<string, RegExp>> = { de: /[äöüß\u201e]/gu, fr: /[çèêœ]/gu, es: /[ñ¿¡]/gu };

let languagesByWord: Map<string, string[]> | undefined;

/**
 * Each function word with the languages that list it, in the order of `STOPWORDS` (which the
 * counts keep, so ties resolve as before): one lookup a word instead of one a language.
 */
function stopwordLanguages(): Map<string, string[]> {
  if (languagesByWord) return languagesByWord;
  const map = new Map<string, string[]>();
  for (const [language, list] of Object.entries(STOPWORDS)) {
    for (const word of list) {
      const languages = map.get(word);
      if (languages) languages.push(language);
      else map.set(word, [language]);
    }
  }
  return (languagesByWord = map);
}

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
  const sample = text.slice(0, SAMPLE).toLowerCase();
  const languagesOf = stopwordLanguages();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match !== null; match = WORD.exec(sample)) {
    const languages = languagesOf.get(match[0]);
    if (languages === undefined) continue;
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  for (const [language, pattern] of Object.entries(HINTS)) {
    const hits = sample.match(pattern)?.length ?? 0;
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
