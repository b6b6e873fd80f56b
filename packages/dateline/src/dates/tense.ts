// Is the clause around a mention about the past or the future? News reports what happened,
// so past is the default; a future cue nearer to the mention than any past cue ("will",
// "is set to", "upcoming", "next", "to be held") turns it to the future.

export type Tense = 'past' | 'future';

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

const WORD = /[A-Z][A-Z']*/gi;

/**
 * The tense of the clause around [start, end): the nearest cue word wins (left of the
 * mention first on a tie). "to be" + participle and "is set to" count as future; a participle
 * after "be" is not a past cue ("to be hosted in November").
 */
export function tenseAround(text: string, sentence: { start: number; end: number }, start: number, end: number): Tense {
  let best: Tense | null = null;
  let bestDistance = Infinity;
  const words: { word: string; index: number }[] = [];
  WORD.lastIndex = sentence.start;
  for (let match = WORD.exec(text); match && match.index < sentence.end; match = WORD.exec(text)) {
    words.push({ word: match[0].toLowerCase(), index: match.index });
  }
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
      // "set" and "due" are future only in "is set to", "is due to"; "going" only in "going to".
      if ((word === 'set' || word === 'due' || word === 'going') && words[position + 1]?.word !== 'to') cue = null;
      else cue = 'future';
    } else if (PAST.has(word)) {
      cue = 'past';
    } else if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) {
      // A participle after "be"/"been"/"being" takes its tense from the auxiliary before it.
      cue = previous === 'be' ? (words[position - 2]?.word === 'to' || words[position - 2]?.word === 'will' ? 'future' : null) : 'past';
    }
    if (cue === null) return;
    const distance = index < start ? before - position : position - before + 0.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  });
  return best ?? 'past';
}
