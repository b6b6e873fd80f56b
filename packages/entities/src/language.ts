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
