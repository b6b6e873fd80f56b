import { STOPWORDS } from './locales/index.js';

/** How much text the detector reads: the start of a story says which language it is in. */
const SAMPLE = 4000;
/** A letter other than an ASCII one, or ’: what a word holds besides a-z, ' and - (read at one index). */
const OTHER_WORD_CHARACTER = /[\p{L}’]/uy;

/** Letters and marks that only some of the languages use: each occurrence counts as a word. */
const HINTS: Readonly<Record<string, string>> = { de: 'äöüß\u201e', fr: 'çèêœ', es: 'ñ¿¡', pt: 'ãõ', pl: 'ąęłśźżćń', cs: 'ěřůčšž', ro: 'ășț', tr: 'ğış' };
/** The languages in `HINTS` order, and each hint character's index among them (all are above ASCII). */
const HINT_LANGUAGES = Object.keys(HINTS);
const HINT_INDEX = new Map<number, number>(HINT_LANGUAGES.flatMap((language, index) => [...HINTS[language]!].map((mark): [number, number] => [mark.charCodeAt(0), index])));

let languagesByWord: Map<string, string[]> | undefined;
/** The length of the longest function word: a longer word is none, and is not sliced out to look up. */
let longestWord = 0;

/**
 * Each function word with the languages that list it, in the order of `STOPWORDS` (which the
 * counts keep, so ties resolve as before): one lookup a word instead of one a language.
 */
function stopwordLanguages(): Map<string, string[]> {
  if (languagesByWord) return languagesByWord;
  const map = new Map<string, string[]>();
  for (const [language, list] of Object.entries(STOPWORDS)) {
    for (const word of list) {
      longestWord = Math.max(longestWord, word.length);
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
  // The words are runs of letters, apostrophes and hyphens; read by character code, as a
  // pattern's match per word cost more than the rest of the detector together.
  for (let start = 0; start < sample.length; ) {
    const end = wordEnd(sample, start);
    if (end === start) {
      start++;
      continue;
    }
    const languages = end - start <= longestWord ? languagesOf.get(sample.slice(start, end)) : undefined;
    if (languages !== undefined) for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
    start = end;
  }
  // The hints in one pass over the sample, added in `HINTS` order after the words (ties resolve as before).
  // (Typed, so that every call's counts have one shape: a mapped list of numbers gave V8 two.
  // Every other non-ASCII character, curly quotes and dashes included, counts in a last slot
  // no language reads: the count then runs early and often, and V8 never meets it late.)
  const hints = new Uint32Array(HINT_LANGUAGES.length + 1);
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code >= 128) hints[HINT_INDEX.get(code) ?? HINT_LANGUAGES.length]!++;
  }
  for (let index = 0; index < HINT_LANGUAGES.length; index++) {
    const language = HINT_LANGUAGES[index]!;
    // (Set even when 0, so that this call runs in every text: a 0 never wins nor comes second.)
    counts.set(language, (counts.get(language) ?? 0) + hints[index]!);
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

/** The end of the run of word characters (letters, ', ’ and -) from `start` in lower-case `sample`. */
function wordEnd(sample: string, start: number): number {
  let end = start;
  while (end < sample.length) {
    const code = sample.charCodeAt(end);
    if ((code >= 97 && code <= 122) || code === 39 || code === 45 || code === 0x2019) end++;
    // (No letter among ASCII's other characters, nor among general punctuation: “ ” — …)
    else if (code < 128 || code >= 0x2000 && code <= 0x206f) break;
    else {
      OTHER_WORD_CHARACTER.lastIndex = end;
      if (!OTHER_WORD_CHARACTER.test(sample)) break;
      end = OTHER_WORD_CHARACTER.lastIndex;
    }
  }
  return end;
}
