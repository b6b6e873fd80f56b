import type { Gazetteer } from './lexicon.js';
import type { Token } from './tokenize.js';

/** How many lower-case words the check reads: the start of a story says which language it is in. */
const SAMPLE_WORDS = 300;
/** Fewer lower-case words than this (a headline, a list of names) is too little to judge: English is assumed. */
const MIN_WORDS = 6;
/**
 * Share of lower-case words that must be known English words. English news scores 0.86 and
 * more (nearly always above 0.9), German, French, Italian, Spanish and Polish pages 0.04–0.45:
 * their lower-case words are mostly unknown to an English lexicon.
 */
const MIN_ENGLISH_SHARE = 0.6;
const LOWER_WORD = /^\p{Ll}{2,}$/u;
const ENOUGH_KNOWN = Math.ceil(SAMPLE_WORDS * MIN_ENGLISH_SHARE);

/** {@link LOWER_WORD} read by character codes when the word is ASCII (most are). */
function isLowerWord(word: string): boolean {
  if (word.length < 2) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code > 127) return LOWER_WORD.test(word);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * Whether the text reads as English: most of its lower-case words are words of the English
 * lexicon the tagger already holds (compromise's parts of speech and the training texts'
 * common words). The tagger's rules and model are English; in another language its
 * capitalised nouns ("Der Stadtrat", "Laut Wirtschaftsbehörde") would read as names.
 *
 * @example
 * readsAsEnglish(tokenize('The council said on Tuesday that …'), gazetteer()) //=> true
 */
export function readsAsEnglish(tokens: readonly Token[], gaz: Gazetteer): boolean {
  let words = 0;
  let known = 0;
  for (const token of tokens) {
    // This many known words pass the share whatever the rest of the sample holds.
    if (words >= SAMPLE_WORDS || known >= ENOUGH_KNOWN) break;
    if (!token.word || token.cap || !isLowerWord(token.text)) continue;
    words++;
    if (gaz.common.has(token.lower) || gaz.pos.has(token.lower)) known++;
  }
  return words < MIN_WORDS || known >= words * MIN_ENGLISH_SHARE;
}

/** German articles, lower case, that no Romance language writes: "der Stadtrat", "die Stadt". */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den']);
/** Romance articles and contractions: "el", "la", "le", "il", "o", "do". */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'un', 'una', 'une', 'o', 'os', 'um', 'uma', 'do', 'dos', 'ao']);

/**
 * Whether a text that does not read as English capitalises its nouns, as German does: its
 * German articles outnumber the Romance ones at least two to one, three or more of them in the
 * first {@link SAMPLE_WORDS} lower-case words. There a capitalised word after a name may be a
 * noun ("Claudia Brandes Bürgermeisterin der Stadt", "Fritz Imhof Quelle: dpa").
 *
 * @example
 * capitalisesNouns(tokenize('Die Stadt will sparen, sagte der Bürgermeister am Montag …')) //=> true
 */
export function capitalisesNouns(tokens: readonly Token[]): boolean {
  let words = 0;
  let german = 0;
  let romance = 0;
  for (const token of tokens) {
    if (words >= SAMPLE_WORDS) break;
    if (!token.word || token.cap) continue;
    words++;
    if (GERMAN_ARTICLES.has(token.lower)) german++;
    else if (ROMANCE_ARTICLES.has(token.lower)) romance++;
  }
  return german >= 3 && german >= 2 * romance;
}
