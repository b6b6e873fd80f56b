import { isAbbreviation } from '@newsparse/core';
// Is the clause around a mention about the past or the future? News reports what happened,
// so past is the default; a future cue nearer to the mention than any past cue ("will",
// "is set to", "upcoming", "next", "to be held") turns it to the future.

export type Tense = 'past' | 'future';

/** A clause's tense, or 'none' when no cue word says (a present-tense clause, a headline). */
export type ClauseTense = Tense | 'none';

const FUTURE = new Set([
  'will', "'ll", 'shall', "won't", 'upcoming', 'next', 'coming', 'scheduled', 'slated', 'due', 'expected', 'expects', 'expect',
  'plans', 'planned', 'planning', 'plan', 'intends', 'intend', 'aims', 'aim', 'hopes', 'later', 'ahead', 'soon', 'tomorrow',
  'would', 'forthcoming', 'future', 'going', 'set', 'await', 'awaits', 'awaiting', 'prepare', 'prepares', 'preparing',
]);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'ago', 'earlier', 'last', 'previously', 'yesterday', 'since', 'former', 'began', 'begun', 'met', 'came',
  'went', 'took', 'made', 'gave', 'saw', 'held', 'left', 'told', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'spoke',
  'wrote', 'led', 'brought', 'thought', 'found', 'became', 'ran', 'got', 'said', 'kept', 'felt', 'grew', 'knew', 'meant', 'sent',
  'spent', 'stood', 'struck', 'taught', 'threw', 'understood', 'wore', 'broke', 'chose', 'drew', 'drove', 'ate', 'flew', 'forgot',
  'hid', 'rode', 'rang', 'sang', 'sank', 'shook', 'shot', 'shut', 'slept', 'stole', 'swore', 'tore', 'woke', 'won', 'announced',
]);
/** -ed words that speak of what is to come, or are not verbs at all. */
const NOT_PAST = new Set(['expected', 'scheduled', 'planned', 'slated', 'proposed', 'intended', 'red', 'bed', 'need', 'feed', 'seed', 'speed', 'indeed', 'united', 'based', 'limited', 'hundred', 'shed', 'wed', 'fled']);

const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'being', "'s", "'re"]);
const FUTURE_AUXILIARIES = new Set(['to', 'will', "'ll", 'shall', 'would', 'must', 'should', 'could', 'may', 'might']);

const WORD = /[A-Z][A-Z']*/gi;

export interface SentenceWord {
  word: string;
  index: number;
}

/** The words of a sentence, lower-cased, with their offsets (computed once per sentence). */
export function sentenceWords(text: string, sentence: { start: number; end: number }): SentenceWord[] {
  const words: SentenceWord[] = [];
  WORD.lastIndex = sentence.start;
  for (let match = WORD.exec(text); match && match.index < sentence.end; match = WORD.exec(text)) {
    words.push({ word: match[0].toLowerCase(), index: match.index });
  }
  return words;
}

/**
 * The tense of the clause around [start, end): the nearest cue word wins (left of the
 * mention first on a tie). "to be" + participle and "is set to" count as future; a participle
 * after "be" is not a past cue ("to be hosted in November").
 */
export function tenseAround(words: readonly SentenceWord[], start: number, end: number): ClauseTense {
  let best: Tense | null = null;
  let bestDistance = Infinity;
  let before = 0;
  const inMention = (index: number): boolean => index >= start && index < end;
  for (const { index } of words) {
    if (index < start) before++;
  }
  words.forEach(({ word, index }, position) => {
    if (inMention(index)) return;
    const previous = words[position - 1]?.word;
    let cue: Tense | null = null;
    if (FUTURE.has(word)) {
      // "set", "due" and "going" are future only in "is set to/for", "is due to/on", "going to".
      const following = words[position + 1]?.word;
      const bound = following === 'to' || following === 'for' || (word === 'due' && (following === 'on' || following === 'in' || following === 'by'));
      cue = (word === 'set' || word === 'due' || word === 'going') && !bound ? null : 'future';
    } else if (PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word))) {
      // A participle after "be" takes its tense from the word before ("will be held", "to be
      // hosted"); after "is"/"are" it is present (a passive), which says nothing.
      if (previous === 'be') {
        const auxiliary = words[position - 2]?.word;
        cue = auxiliary !== undefined && FUTURE_AUXILIARIES.has(auxiliary) ? 'future' : null;
      } else if (previous !== undefined && PRESENT_AUXILIARIES.has(previous)) {
        cue = null;
      } else {
        cue = 'past';
      }
    }
    if (cue === null) return;
    const distance = index < start ? before - position : position - before + 0.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  });
  return best ?? 'none';
}

const SCAN = 300;

/**
 * The sentence around [start, end), found by scanning at most 300 characters each way for
 * . ! ? before a space (not after an abbreviation such as "Gov." or "U.S.") or a paragraph break.
 * Bounded, so a long text without punctuation stays linear.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  const leftLimit = Math.max(0, start - SCAN);
  while (from > leftLimit && !endsSentence(text, from - 1)) from--;
  let to = end;
  const rightLimit = Math.min(text.length, end + SCAN);
  while (to < rightLimit && !endsSentence(text, to)) to++;
  return { start: from, end: to };
}

function endsSentence(text: string, index: number): boolean {
  const char = text[index];
  // A line break ends a sentence only between paragraphs (a blank or indented line follows,
  // or punctuation ends the line): wire copy wraps its sentences over several lines.
  if (char === '\n') return /[\n \t]/.test(text[index + 1] ?? '\n') || /[.!?:"”’]/.test(text[index - 1] ?? '.');
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[index + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"' && next !== '”') return false;
  if (char !== '.') return true;
  let wordStart = index;
  while (wordStart > 0 && wordStart > index - 12 && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  return !isAbbreviation(text.slice(wordStart, index));
}
