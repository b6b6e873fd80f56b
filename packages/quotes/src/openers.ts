import { subjectAfter } from './attribution.js';
import { PERSONAL_SUBJECTS } from './locales/en/function-words.js';
import { DETERMINERS, TIME_WORDS } from './locales/en/lexicon.js';
import { FRONTED_OPENERS, OPENING_PREPOSITIONS, RELATIVE_OPENERS, SUBJECT_VERBS, SUBORDINATORS, TIME_MODIFIERS } from './locales/en/reported-words.js';
import { isWordToken, lowerOf, type Token } from './tokens.js';

/**
 * What opens a sentence before its subject (a dateline, fronted adverbials), read past by the
 * rules that look for a clause's subject: the reported-speech rules and the direct quotes'
 * lead-ins ("A few days later, Lee reversed himself, telling …").
 */

function fronted(token: Token | undefined): boolean {
  if (!token) return false;
  const lower = token.lower;
  return OPENING_PREPOSITIONS.has(lower) || SUBORDINATORS.has(lower) || TIME_WORDS.has(lower) || FRONTED_OPENERS.has(lower) || /^\d/.test(token.text) || isWordToken(token) && /(?:ly|ing|ed)$/.test(lower);
}

/** Past a dateline that opens the text's first sentence: "PARIS (Reuters) — …", "WASHINGTON — …", "TROY, Mich. - …". */
export function pastDateline(tokens: readonly Token[], start: number, to: number): number {
  let index = start;
  while (index < to && isWordToken(tokens[index]) && /^\p{Lu}[\p{Lu}.'-]+$/u.test(tokens[index]!.text)) index++;
  if (index === start) return start;
  // The rest of the dateline: a state or a country ("TROY, Mich.", "CAIRO, Egypt"), an agency ("(AP)").
  for (let round = 0; index < to && round < 8 && !'\u2014\u2013-'.includes(tokens[index]!.text); round++) {
    if (!(tokens[index]!.cap || ',.()'.includes(tokens[index]!.text))) return start;
    index++;
  }
  if (index >= to) return start;
  while (index < to && '\u2014\u2013-'.includes(tokens[index]!.text)) index++;
  return index;
}

/**
 * Past the adverbials that open a clause before its subject, each closed by a comma: "On
 * Tuesday, …", "In an interview with The Wall Street Journal, …" (an opener as long as 24 words goes
 * with its preposition or participle), "A few days later, …" and "The day before, …" (a time phrase),
 * "Speaking at a rally in Salem, New Hampshire, …" (a place named after a comma goes with the
 * adverbial; not "In Ohio, Jo Park, the mayor, said", where the name is set off as a subject).
 */
export function pastFrontedAdverbials(tokens: readonly Token[], start: number, to: number): number {
  for (let round = 0; round < 4; round++) {
    const opener = tokens[start];
    // A clause that opens with its own subject is no adverbial: "The council responded on Friday, saying …".
    // (After the first, only a preposition opens another: a name in -ing is no participle, "Ebeling said …".)
    if (!(round === 0 ? fronted(opener) : OPENING_PREPOSITIONS.has(opener?.lower ?? '')) && !timePhraseAt(tokens, start, to)) return start;
    const reach = OPENING_PREPOSITIONS.has(opener!.lower) || /ing$/.test(opener!.lower) ? 24 : 8;
    let comma = -1;
    // A comma inside a number ("1,500") closes nothing; a subject pronoun or an auxiliary before
    // it means the words are a clause, not an adverbial ("By Sunday she had canceled …, citing …"),
    // unless a relative opens it ("Rallying workers who are struggling, …"; "In May," is no modal).
    for (let index = start; index < Math.min(to, start + reach) && comma < 0; index++) {
      const token = tokens[index]!;
      if (PERSONAL_SUBJECTS.has(token.lower) || !token.cap && SUBJECT_VERBS.has(token.lower) && !RELATIVE_OPENERS.has(lowerOf(tokens, index - 1))) return start;
      if (token.text === ',' && tokens[index + 1]?.start !== token.end) comma = index;
    }
    if (comma < 0) return start;
    start = comma + 1;
    if (!tokens[comma - 1]!.cap && tokens[comma - 1]!.text !== '.') continue;
    let place = start;
    while (place < to && place - start < 4 && (tokens[place]!.cap || tokens[place]!.text === '.')) place++;
    const subject = place > start && tokens[place]?.text === ',' ? subjectAfter(tokens, place + 1, to - 1) : null;
    if (subject && tokens[subject.last + 1]?.text !== ',') start = place + 1;
  }
  return start;
}

/**
 * Whether a time phrase of two to six words closed by a comma opens at `start`, every word a
 * time word, a determiner or a number: "A few days later,", "The day before,", "Two weeks ago,"
 * (not a clause that ends in one: "The campaign responded Friday,").
 */
function timePhraseAt(tokens: readonly Token[], start: number, to: number): boolean {
  for (let index = start; index < to && index - start <= 6; index++) {
    const token = tokens[index]!;
    if (token.text === ',') return index > start + 1 && TIME_WORDS.has(lowerOf(tokens, index - 1));
    if (!isWordToken(token) || !(TIME_MODIFIERS.has(token.lower) || TIME_WORDS.has(token.lower) || DETERMINERS.has(token.lower))) return false;
  }
  return false;
}
