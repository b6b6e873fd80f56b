import { isAbbreviation, type TextAnalysis } from '@newsparse/core';
import { LOCALES, type Locale } from '../locales/index.js';
// Is the clause around a mention about the past or the future? News reports what happened,
// so past is the default; a future cue nearer to the mention than any past cue ("will",
// "is set to", "upcoming", "next", "to be held") turns it to the future.

export type Tense = 'past' | 'future';

/** A clause's tense, or 'none' when no cue word says (a present-tense clause, a headline). */
export type ClauseTense = Tense | 'none';

// Every locale's cue words (only English has them so far).
const clauseWords = (pick: (clauses: NonNullable<Locale['clauses']>) => readonly string[]): Set<string> =>
  new Set(LOCALES.flatMap((locale) => (locale.clauses === undefined ? [] : pick(locale.clauses))));
const FUTURE = clauseWords((clauses) => clauses.future);
const PAST = clauseWords((clauses) => clauses.past);
/** -ed words that speak of what is to come, or are not verbs at all. */
const NOT_PAST = clauseWords((clauses) => clauses.notPast);
const PRESENT_AUXILIARIES = clauseWords((clauses) => clauses.presentAuxiliaries);
const FUTURE_AUXILIARIES = clauseWords((clauses) => clauses.futureAuxiliaries);
/** "be" and the verbs that take a participle as it does ("remain", "stay"). */
const LINKING_VERBS = new Set(['be', ...clauseWords((clauses) => clauses.linkingVerbs ?? [])]);
const PERFECT_MODALS = clauseWords((clauses) => clauses.perfectModals);
const DENIED_MODALS = clauseWords((clauses) => clauses.deniedModals ?? []);
const SCHEDULE_COPULAS = clauseWords((clauses) => clauses.scheduleCopulas);
const DAY_SUBJECTS = clauseWords((clauses) => clauses.daySubjects);
const CLAUSE_BREAKS = clauseWords((clauses) => clauses.clauseBreaks ?? []);
const REPORT_VERBS = clauseWords((clauses) => clauses.reportVerbs ?? []);
const FIRM_FUTURE = clauseWords((clauses) => clauses.firmFuture ?? []);
const FUTURE_GOVERNORS = clauseWords((clauses) => clauses.futureGovernors ?? []);
const RETARGET_VERBS = clauseWords((clauses) => clauses.retarget?.verbs ?? []);
const LOOSE_RETARGET_VERBS = clauseWords((clauses) => clauses.retarget?.looseVerbs ?? []);
const RETARGET_TO = clauseWords((clauses) => clauses.retarget?.to ?? []);
const RETARGET_NEAR = clauseWords((clauses) => clauses.retarget?.near ?? []);
const RETARGET_TIME_WORDS = clauseWords((clauses) => clauses.retarget?.timeWords ?? []);
const AHEAD_CONJUNCTIONS = clauseWords((clauses) => clauses.aheadConjunctions ?? []);
const APPOINTED = clauseWords((clauses) => clauses.appointed ?? []);
const INTENTIONS = clauseWords((clauses) => clauses.intentions ?? []);
const FORESEEN = clauseWords((clauses) => clauses.foreseen ?? []);
const UNTIL_WORDS = clauseWords((clauses) => clauses.untilAhead?.until ?? []);
const UNTIL_AHEAD = clauseWords((clauses) => clauses.untilAhead?.words ?? []);
const UNTIL_STATES = clauseWords((clauses) => clauses.untilAhead?.states ?? []);
const UNTIL_AFTER_AUXILIARY = clauseWords((clauses) => clauses.untilAhead?.afterAuxiliary ?? []);
const RELEASE_VERBS = clauseWords((clauses) => clauses.release?.verbs ?? []);
const RELEASE_NOUN_AFTER = clauseWords((clauses) => clauses.release?.nounAfter ?? []);
/** How many words a release's object may have between its verb and the date. */
const RELEASE_OBJECT_WORDS = 6;
/** How many words left of a date a verb that moves an event to it is looked for. */
const RETARGET_REACH = 12;
const DETERMINERS = clauseWords((clauses) => clauses.attributive?.determiners ?? []);
const NOT_NOUNS = clauseWords((clauses) => clauses.attributive?.notNouns ?? []);

export interface SentenceWord {
  word: string;
  index: number;
}

/**
 * The words of the whole text, as `sentenceWords(text, { start: 0, end: text.length })` reads
 * them, taken from the shared analysis' tokens when there is one: every ASCII letter lies in
 * a word token, so a word starts inside one; it runs on through letters and apostrophes,
 * past the token's end when a trailing apostrophe follows ("players'").
 */
export function textWords(text: string, analysis: TextAnalysis | undefined): SentenceWord[] {
  if (analysis === undefined) return sentenceWords(text, { start: 0, end: text.length });
  const words: SentenceWord[] = [];
  const lower = lowerInPlace(text);
  let at = 0;
  // By index: the analysis' tokens are a frozen array, which V8 (Node 20) iterates with for…of
  // through a call and an allocated result per token.
  const tokens = analysis.tokens;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
    const token = tokens[tokenIndex]!;
    if (token.kind !== 'word' || token.end <= at) continue;
    let index = Math.max(at, token.start);
    while (index < token.end) {
      if (!isAsciiLetter(text.charCodeAt(index))) {
        index++;
        continue;
      }
      let end = index + 1;
      while (end < text.length && (isAsciiLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 39)) end++;
      words.push({ word: lower === null ? text.slice(index, end).toLowerCase() : lower.slice(index, end), index });
      index = end;
    }
    at = index;
  }
  return words;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The words of a sentence, lower-cased, with their offsets: runs of ASCII letters and
 * apostrophes that start with a letter, as the case-blind pattern [A-Z][A-Z']* reads them (a
 * run that starts before the sentence's end may run past it). A loop over the character
 * codes: the pattern's match arrays cost a quarter of findDates on whole articles.
 */
export function sentenceWords(text: string, sentence: { start: number; end: number }): SentenceWord[] {
  const words: SentenceWord[] = [];
  const length = text.length;
  const from = Math.max(0, sentence.start);
  const to = Math.min(length, sentence.end);
  const lower = lowerInPlace(text, from, to);
  let index = sentence.start;
  while (index < sentence.end && index < length) {
    if (!isAsciiLetter(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < length && (isAsciiLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 39)) end++;
    words.push({ word: lower === null || end > to ? text.slice(index, end).toLowerCase() : lower.slice(index - from, end - from), index });
    index = end;
  }
  return words;
}

/**
 * `text[from, to)` lower-cased in one pass, or null when that moves offsets (a letter such as
 * "İ" lower-cases to two code units): a word of ASCII letters is then sliced from it already
 * lower-cased, where lower-casing each word alone cost a third of the word pass.
 */
function lowerInPlace(text: string, from = 0, to = text.length): string | null {
  if (to <= from) return null;
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const lower = part.toLowerCase();
  return lower.length === part.length ? lower : null;
}

/**
 * The words of one sentence as a window on the words of the whole text: `all[from..to)`,
 * preceded by `head` when the sentence's start cuts a word (it then counts from its first
 * letter there, as `sentenceWords` would read it).
 */
export interface WordWindow {
  all: readonly SentenceWord[];
  from: number;
  to: number;
  head: SentenceWord | null;
}

/**
 * The words of `sentence` taken from `all`, the words of the whole text (from
 * `sentenceWords(text, { start: 0, end: text.length })`), exactly as `sentenceWords` would
 * read them. In text without sentence ends every mention has its own 600-character window;
 * reading each anew cost ~15 µs per character, a binary search into one list next to nothing.
 */
export function wordsIn(text: string, all: readonly SentenceWord[], sentence: { start: number; end: number }): WordWindow {
  const from = firstWordFrom(all, 0, all.length, sentence.start);
  const to = firstWordFrom(all, from, all.length, sentence.end);
  let head: SentenceWord | null = null;
  const cut = all[from - 1];
  if (cut !== undefined && cut.index + cut.word.length > sentence.start) {
    let start = sentence.start;
    while (start < cut.index + cut.word.length && text[start] === "'") start++;
    if (start < cut.index + cut.word.length && start < sentence.end) head = { word: cut.word.slice(start - cut.index), index: start };
  }
  return { all, from, to, head };
}

/** The first position in `words[low..high)` whose word starts at or after `offset`. */
export function firstWordFrom(words: readonly SentenceWord[], low: number, high: number, offset: number): number {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const middle = (lo + hi) >> 1;
    if (words[middle]!.index < offset) lo = middle + 1;
    else hi = middle;
  }
  return lo;
}

/** The window as a plain list (what `sentenceWords` gives for the same sentence). */
export function windowWords(window: WordWindow): SentenceWord[] {
  const words = window.all.slice(window.from, window.to);
  if (window.head !== null) words.unshift(window.head);
  return words;
}

/**
 * The tense of the clause around [start, end): the nearest cue word wins (left of the
 * mention first on a tie). "to be" + participle and "is set to" count as future; a participle
 * after "be" is not a past cue ("to be hosted in November"). With the `text`, a cue right of
 * the mention past a comma loses to one of its own clause.
 */
export function tenseAround(sentence: readonly SentenceWord[] | WordWindow, start: number, end: number, text?: string, leftOnly = false): ClauseTense {
  const window: WordWindow = Array.isArray(sentence) ? { all: sentence, from: 0, to: sentence.length, head: null } : (sentence as WordWindow);
  // Positions run over the window: `first` is the head when there is one.
  const first = window.head === null ? window.from : window.from - 1;
  const wordAt = (position: number): SentenceWord | undefined =>
    position < first || position >= window.to ? undefined : position === window.from - 1 ? window.head! : window.all[position];
  // Only the nearest cue counts, so walk outwards from the mention and stop at the first one
  // each way: a long sentence costs the distance to a cue, not its length.
  let before = firstWordFrom(window.all, window.from, window.to, start);
  if (before === window.from && window.head !== null && window.head.index >= start) before = first;
  // "The draw is on Friday": a date right after a present "be" is a scheduled event, ahead,
  // whatever the clause around says ("today is Monday" names the day itself).
  const copula = wordAt(before - 1);
  if (copula !== undefined && SCHEDULE_COPULAS.has(copula.word) && !DAY_SUBJECTS.has(wordAt(before - 2)?.word ?? '')) return 'future';
  // "the quarter ending in December", "the year ending March 31": the end of a period still named
  // as running, whatever tense reports it: the nearest one.
  if (copula?.word === 'ending') return 'none';
  // "set a tentative trial date for Dec. 6", "a deadline of March 1": a day appointed is ahead.
  if ((copula?.word === 'for' || copula?.word === 'of') && APPOINTED.has(wordAt(before - 2)?.word ?? '')) return 'future';
  // "agreed to reconvene on Saturday": the date right after an infinitive that a verb of
  // agreeing governs is ahead, whatever tense the agreeing is in.
  if (wordAt(before - 2)?.word === 'to' && FUTURE_GOVERNORS.has(wordAt(before - 3)?.word ?? '')) return 'future';
  // "postponed the vote to Friday": the day an event is moved to is ahead, whatever the moving's tense.
  if (isMovedTo(wordAt, before, first) || isEndAhead(wordAt, before, first)) return 'future';
  // "before the company reports its results on Thursday": a present verb after "before" looks ahead.
  if (isPresentAfterConjunction(wordAt, before, first)) return 'future';
  let best: Tense | null = null;
  let bestDistance = Infinity;
  // A cue before "that" is the report's verb ("said that on Wednesday the deal will be
  // signed"): a cue of the mention's own clause, to its right, speaks first.
  let subordinate = false;
  for (let position = before - 1; position >= first; position--) {
    const word = wordAt(position)!.word;
    if (CLAUSE_BREAKS.has(word)) break;
    const cue = cueAt(wordAt, position);
    if (cue !== null) {
      best = cue;
      bestDistance = subordinate ? Infinity : before - position;
      break;
    }
    if (word === 'that') subordinate = true;
    // ("confirmed its intention to hold the debate in July": what is intended is ahead; the cue before reports the intending.)
    if (word === 'to' && INTENTIONS.has(wordAt(position - 1)?.word ?? '')) {
      best = 'future';
      bestDistance = subordinate ? Infinity : before - position;
      break;
    }
  }
  // Right of the mention a cue at the same distance loses (+0.5): the left one was read first.
  // Past a comma it loses to any cue of the mention's own clause ("will start the review on
  // Wednesday, the ministry said Tuesday": the report's tense is not the event's).
  if (leftOnly) return best ?? presentRelease(wordAt, before, first);
  const comma = best === null || text === undefined ? -1 : commaAfter(text, end);
  const reported = isReportTime(wordAt, before, first);
  for (let position = before; position < window.to && position - before + 0.5 < bestDistance; position++) {
    const index = wordAt(position)!.index;
    if (index >= start && index < end) continue;
    const word = wordAt(position)!.word;
    if (CLAUSE_BREAKS.has(word) || (reported && word === 'that')) break;
    if (comma >= 0 && index > comma) break;
    const cue = cueAt(wordAt, position);
    if (cue !== null) return cue;
  }
  return best ?? presentRelease(wordAt, before, first);
}

/** Words before a firm future cue that tell a plan of the past ("was scheduled to", "originally set for"). */
const PLAN_GONE = new Set(['was', 'were', 'been', 'had', 'originally', 'initially', 'previously', 'once']);

/** How many words from a firm future cue to the first word of the date it governs ("will vote on the merger on Dec. 2": 6). */
const FIRM_REACH = 6;
/** Cues that qualify a noun ("the upcoming summit on"): firm only that close to the date. */
const ADJECTIVE_CUES = new Set(['upcoming', 'next']);
const FIRM_ADJECTIVE_REACH = 4;

/** Articles: a date right after one stands before its noun ("a March 5 hearing"). */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Present forms of "be" before "due" that make it a timetable's ("is due to", "are due on"). */
const DUE_COPULAS = new Set(['is', 'are', "'s", "'re", 'be', 'now', 'also']);

/**
 * Whether the nearest cue left of [start, end) in its clause is a firm future one ("is
 * scheduled to begin on Nov. 28", "will hold its meeting on", "the upcoming vote on"), not one
 * told in the past ("was scheduled to", "originally set for"): the date is ahead up to a year out.
 */
export function isFirmFuture(window: WordWindow, start: number): boolean {
  if (FIRM_FUTURE.size === 0) return false;
  const first = window.head === null ? window.from : window.from - 1;
  const wordAt = (position: number): SentenceWord | undefined =>
    position < first || position >= window.to ? undefined : position === window.from - 1 ? window.head! : window.all[position];
  let before = firstWordFrom(window.all, window.from, window.to, start);
  if (before === window.from && window.head !== null && window.head.index >= start) before = first;
  for (let position = before - 1; position >= first; position--) {
    const word = wordAt(position)!.word;
    if (CLAUSE_BREAKS.has(word)) return false;
    const cue = cueAt(wordAt, position);
    if (cue === null) continue;
    // ("Investors will look back at the crash on Nov. 28", "the upcoming report covers the storm on
    // Nov. 28": a cue far off governs another phrase, and the day may be an event gone.)
    if (before - position > (ADJECTIVE_CUES.has(word) ? FIRM_ADJECTIVE_REACH : FIRM_REACH)) return false;
    const previous = wordAt(position - 1)?.word ?? '';
    // ("due to the storm on Nov. 28" is a cause: "due" is firm only as "is due to", "are due on".)
    if (word === 'due' && !DUE_COPULAS.has(previous)) return false;
    // ("will be announced on Nov. 26": a passive's participle is as firm as the auxiliary before its
    // "be", and that auxiliary must stand within reach: "will be compared with the storm on Nov. 26" is no plan for the day.)
    const passive = cue === 'future' && !FUTURE.has(word) && LINKING_VERBS.has(previous);
    if (passive && before - (position - 2) > FIRM_REACH) return false;
    // ("will be reviewed at a March 5 hearing": a day before its noun may be one already set, or gone.)
    if (passive && ARTICLES.has(wordAt(before - 1)?.word ?? '')) return false;
    const firmWord = passive ? (wordAt(position - 2)?.word ?? '') : word;
    const beforeFirm = passive ? (wordAt(position - 3)?.word ?? '') : previous;
    return cue === 'future' && FIRM_FUTURE.has(firmWord) && !PLAN_GONE.has(beforeFirm);
  }
  return false;
}

/**
 * 'future' when, in a clause with no other cue, the date whose first word is at `before`
 * follows a verb of releasing in the simple present and its object ("the company reports
 * third-quarter earnings on Thursday", "the bureau releases its jobs report Friday"): a release
 * on the calendar. The verb must have a word before it that is no determiner ("the reports",
 * "its posts" are nouns) and an object word after it that is no preposition ("media reports
 * on Thursday said", "reports of shelling on Friday").
 */
function presentRelease(wordAt: (position: number) => SentenceWord | undefined, before: number, first: number): ClauseTense {
  if (RELEASE_VERBS.size === 0) return 'none';
  const limit = Math.max(first + 1, before - 1 - RELEASE_OBJECT_WORDS);
  for (let position = before - 2; position >= limit; position--) {
    const word = wordAt(position)!.word;
    if (CLAUSE_BREAKS.has(word)) return 'none';
    if (!RELEASE_VERBS.has(word)) continue;
    const subject = wordAt(position - 1)!.word;
    if (RELEASE_NOUN_AFTER.has(subject) || NOT_NOUNS.has(subject)) return 'none';
    return NOT_NOUNS.has(wordAt(position + 1)!.word) ? 'none' : 'future';
  }
  return 'none';
}

/** Whether the date whose first word is at `before` follows a verb of reporting ("warning Wednesday", "says on Friday"): it dates the report. */
function isReportTime(wordAt: (position: number) => SentenceWord | undefined, before: number, first: number): boolean {
  if (REPORT_VERBS.size === 0) return false;
  let position = before - 1;
  if (position >= first && wordAt(position)!.word === 'on') position--;
  return position >= first && REPORT_VERBS.has(wordAt(position)!.word);
}

/**
 * Whether the date whose first word is at `before` is the day a verb of moving sends an event
 * to ("rescheduled the release of its results to before the opening bell on Thursday",
 * "delayed until Friday", "rescheduled for Thursday", "moved the final to Friday"): walking left
 * up to the verb, a preposition of the target right before the date, or on the way before a word
 * of time ("to before …"; "postponed the trip to Paris on Friday" is when). Not after
 * "had" ("had been delayed until Friday" tells a past story's background), nor past another cue
 * ("rescheduled the meeting, which took place on Thursday").
 */
function isMovedTo(wordAt: (position: number) => SentenceWord | undefined, before: number, first: number): boolean {
  if (RETARGET_VERBS.size === 0 || before - 1 < first) return false;
  const right = wordAt(before - 1)!.word;
  const rightNear = RETARGET_TO.has(right);
  let target = rightNear || RETARGET_NEAR.has(right);
  const limit = Math.max(first, before - 1 - RETARGET_REACH);
  for (let position = before - 1; position >= limit; position--) {
    const word = wordAt(position)!.word;
    if (CLAUSE_BREAKS.has(word)) return false;
    const next = position + 1 < before ? wordAt(position + 1)!.word : '';
    const loose = LOOSE_RETARGET_VERBS.has(word);
    if (loose || RETARGET_VERBS.has(word) || RETARGET_VERBS.has(`${word} ${next}`)) {
      if (!(loose ? rightNear : target)) return false;
      return !hasPluperfect(wordAt, position, first);
    }
    if (RETARGET_TO.has(word) && RETARGET_TIME_WORDS.has(next)) target = true;
    else if (cueAt(wordAt, position) !== null) return false;
  }
  return false;
}

/**
 * Whether the date whose first word is at `before` ends something still running: "until" (or
 * "through") right before it, and right before that a deadline's or a present run's word ("has
 * until Friday", "given until Friday", "runs until Sunday") or a state after a present copula
 * ("is valid until Friday").
 */
function isEndAhead(wordAt: (position: number) => SentenceWord | undefined, before: number, first: number): boolean {
  if (UNTIL_WORDS.size === 0 || before - 2 < first || !UNTIL_WORDS.has(wordAt(before - 1)!.word)) return false;
  const word = wordAt(before - 2)!.word;
  if (UNTIL_AHEAD.has(word)) return true;
  if (UNTIL_AFTER_AUXILIARY.has(word)) return FUTURE_AUXILIARIES.has(wordAt(before - 3)?.word ?? '');
  return UNTIL_STATES.has(word) && before - 3 >= first && SCHEDULE_COPULAS.has(wordAt(before - 3)!.word);
}

/** How many words a clause of "before" + subject + verb + object may have before the date. */
const AHEAD_CLAUSE_WORDS = 7;

/**
 * Whether the date whose first word is at `before` ends a clause opened by "before", "until" or
 * "once" whose verb is in the simple present, third person ("before the company reports its
 * results on Thursday", "until the court rules on the appeal on Friday"): its subject (one to
 * three words, no possessive: "before Trump's rallies in Iowa" is a noun phrase), the verb
 * ending in -s, and at least a word after it before the date ("before the elections on
 * Friday" has no verb). Any cue word on the way settles the tense instead ("before the talks
 * ended on Friday").
 */
function isPresentAfterConjunction(wordAt: (position: number) => SentenceWord | undefined, before: number, first: number): boolean {
  if (AHEAD_CONJUNCTIONS.size === 0) return false;
  const limit = Math.max(first, before - 1 - AHEAD_CLAUSE_WORDS);
  for (let position = before - 1; position >= limit; position--) {
    const word = wordAt(position)!.word;
    if (AHEAD_CONJUNCTIONS.has(word)) return hasPresentVerb(wordAt, position + 1, before);
    if (CLAUSE_BREAKS.has(word) || cueAt(wordAt, position) !== null) return false;
  }
  return false;
}

/**
 * Whether words [from, to) open with a subject of one to three words and a verb in -s with a
 * word after it that may open its object (no preposition or other function word).
 */
function hasPresentVerb(wordAt: (position: number) => SentenceWord | undefined, from: number, to: number): boolean {
  for (let position = from + 1; position <= from + 3 && position < to - 1; position++) {
    const subject = wordAt(position - 1)!.word;
    if (subject.endsWith("'s") || subject.endsWith("'")) return false;
    const word = wordAt(position)!.word;
    // (A plural noun is followed by a preposition more often than a verb is: "before the debates in Iowa on Friday".)
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith("'s") && !NOT_NOUNS.has(wordAt(position + 1)!.word)) return true;
  }
  return false;
}

/** Whether "had" stands within the three words before `position` ("had been postponed"). */
function hasPluperfect(wordAt: (position: number) => SentenceWord | undefined, position: number, first: number): boolean {
  for (let back = position - 1; back >= first && back >= position - 3; back--) if (wordAt(back)!.word === 'had') return true;
  return false;
}

/**
 * Whether the date at [start, end) is written before its noun ("following the 7 January
 * election"): a determiner right before it, and right after it a word in lower case that is
 * no function word. A future cue beyond the noun may then be the head clause's ("the runoff
 * following the 7 January election is yet to be confirmed"), and findDates reads left of it only.
 */
export function isAttributive(sentence: WordWindow, start: number, end: number, text: string): boolean {
  if (DETERMINERS.size === 0) return false;
  const position = firstWordFrom(sentence.all, sentence.from, sentence.to, start);
  const previous = sentence.all[position - 1];
  if (previous === undefined || position - 1 < sentence.from || !DETERMINERS.has(previous.word)) return false;
  const nextPosition = firstWordFrom(sentence.all, position, sentence.to, end);
  const next = sentence.all[nextPosition];
  if (next === undefined || nextPosition >= sentence.to || NOT_NOUNS.has(next.word)) return false;
  // Only a space between the date and its noun, and the noun in lower case.
  if (next.index !== end + 1 || text.charCodeAt(end) !== 32) return false;
  const first = text.charCodeAt(next.index);
  return first >= 97 && first <= 122;
}

/** How far a comma after a mention is looked for (a sentence's reach: bounded, so linear). */
const COMMA_REACH = 300;

/** The first comma in text[from, from + COMMA_REACH), or -1. */
function commaAfter(text: string, from: number): number {
  const limit = Math.min(text.length, from + COMMA_REACH);
  for (let index = from; index < limit; index++) if (text.charCodeAt(index) === 44) return index;
  return -1;
}

/** What the word at `position` says about its clause's tense, from it and its neighbours. */
function cueAt(wordAt: (position: number) => SentenceWord | undefined, position: number): Tense | null {
  const word = wordAt(position)!.word;
  const previous = wordAt(position - 1)?.word;
  // "is forecast to report revenue on Wednesday", "is likely to rule on Friday": ahead, as "is expected to".
  // ("the storm was forecast to hit on Wednesday": a forecast told in the past says nothing.)
  if (FORESEEN.has(word) && wordAt(position + 1)?.word === 'to' && wordAt(position + 2)?.word !== 'have' && isAfterBeOrArticle(wordAt, position)) {
    return previous === 'was' || previous === 'were' ? null : 'future';
  }
  if (FUTURE.has(word)) {
    // "set", "due" and "going" are future only in "is set to/for", "is due to/on", "going to".
    const following = wordAt(position + 1)?.word;
    if (following === 'have' && PERFECT_MODALS.has(word)) return 'past';
    if (following === 'not' && DENIED_MODALS.has(word)) return null;
    // "analysts expected IBM to report": a past verb with its subject and object says nothing of the date;
    // "is expected", "the expected ruling", "expected to rise", "closing expected by May" look ahead.
    if (word === 'expected' && following !== undefined && !NOT_NOUNS.has(following) && !isAfterBeOrArticle(wordAt, position)) return null;
    const bound = following === 'to' || following === 'for' || (word === 'due' && (following === 'on' || following === 'in' || following === 'by'));
    if (word === 'set' || word === 'due' || word === 'going') {
      if (!bound) return null;
      // "he was set to receive an endorsement on Friday": a plan told in the past, as "were to meet" is.
      // ("The trial was set for July 29" is the day it was given, still ahead.)
      if ((previous === 'was' || previous === 'were') && following === 'to') return 'past';
    }
    return 'future';
  }
  if (word === 'were' && isHypotheticalWere(wordAt, position)) return 'future';
  if (PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word))) {
    // A participle after "be" takes its tense from the word before ("will be held", "to be
    // hosted"; "will remain closed"); after "is"/"are" it is present (a passive), which says nothing.
    if (previous !== undefined && LINKING_VERBS.has(previous)) {
      const auxiliary = wordAt(position - 2)?.word;
      return auxiliary !== undefined && FUTURE_AUXILIARIES.has(auxiliary) ? 'future' : null;
    }
    // So does a participle after "be" + a participle ("will be kept closed", "to be left open").
    if (previous !== undefined && wordAt(position - 2)?.word === 'be' && isParticiple(previous)) {
      const auxiliary = wordAt(position - 3)?.word;
      return auxiliary !== undefined && FUTURE_AUXILIARIES.has(auxiliary) ? 'future' : null;
    }
    if (previous !== undefined && PRESENT_AUXILIARIES.has(previous)) return null;
    // "will be sent to approved voters in May", "the injured": a participle after a preposition
    // or a determiner is an adjective, no verb of the clause.
    if (previous !== undefined && BEFORE_ADJECTIVES.has(previous)) return null;
    return 'past';
  }
  return null;
}

/** Prepositions and determiners, after which no finite verb stands: a past participle there is an adjective ("to approved voters", "its stated aim"). */
const BEFORE_ADJECTIVES = new Set(['to', 'of', 'for', 'with', 'from', 'by', 'the', 'a', 'an', 'its', 'their', 'his', 'our', 'these', 'those']);

/** How many words a hypothetical's subject may have between "if" and "were to". */
const HYPOTHETICAL_SUBJECT_WORDS = 4;

/**
 * "if the company were to report …": "were to" after "if" (or "unless") and a short subject
 * puts what follows in a supposed future, no past ("the leaders were to meet", a plan, stays past).
 */
function isHypotheticalWere(wordAt: (position: number) => SentenceWord | undefined, position: number): boolean {
  if (wordAt(position + 1)?.word !== 'to') return false;
  for (let back = position - 2; back >= position - 1 - HYPOTHETICAL_SUBJECT_WORDS; back--) {
    const word = wordAt(back)?.word;
    if (word === undefined) return false;
    if (word === 'if' || word === 'unless') return true;
  }
  return false;
}

/** Forms of "be" and articles: after one (an adverb between or not) "expected" is a passive or an adjective. */
const BE_OR_ARTICLE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'the', 'a', 'an', 'as', 'than', 'not']);

/** Whether a form of "be" or an article stands right before `position`, or before an -ly adverb there ("is widely expected"). */
function isAfterBeOrArticle(wordAt: (position: number) => SentenceWord | undefined, position: number): boolean {
  const previous = wordAt(position - 1)?.word;
  if (previous === undefined) return false;
  if (BE_OR_ARTICLE.has(previous)) return true;
  return previous.endsWith('ly') && BE_OR_ARTICLE.has(wordAt(position - 2)?.word ?? '');
}

/** A past participle as the cue words read one: a listed past form ("kept", "held") or an -ed word. */
const isParticiple = (word: string): boolean => PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word));

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

/**
 * `sentenceAround` for many mentions of one text: the sentence ends are found in one pass,
 * then each lookup is a binary search, where scanning 600 characters per mention cost most
 * of the time on text dense with dates.
 */
export function sentenceFinder(text: string, analysis?: TextAnalysis): (start: number, end: number) => { start: number; end: number } {
  let ends: number[] | null = null;
  return (start, end) => {
    ends ??= analysis === undefined ? sentenceEnds(text) : sentenceEndsFrom(text, analysis);
    // The first sentence end at or after `at`.
    const firstFrom = (at: number): number => {
      let low = 0;
      let high = ends!.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (ends![middle]! < at) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const leftLimit = Math.max(0, start - SCAN);
    const rightLimit = Math.min(text.length, end + SCAN);
    const left = ends[firstFrom(start) - 1];
    const right = ends[firstFrom(end)];
    return {
      start: left !== undefined && left >= leftLimit ? Math.min(left + 1, start) : Math.min(leftLimit, start),
      end: right !== undefined && right < rightLimit ? right : Math.max(rightLimit, end),
    };
  };
}

/** Every index at which a sentence ends, by one pass over the characters. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let index = 0; index < text.length; index++) {
    // Only a line break or . ! ? can end one: the rest is ruled out by its code alone.
    const code = text.charCodeAt(index);
    if ((code === 10 || code === 46 || code === 33 || code === 63) && endsSentence(text, index)) ends.push(index);
  }
  return ends;
}

/**
 * The same ends as `sentenceEnds`, with the shared analysis' tokens in place of the character
 * pass: a sentence can end only at a line break (white space, never in a token), at a
 * . ! ? token, or at the period a word token keeps ("Gov.", "U.S."); a period inside a word
 * ("3.5") has a letter or digit after it, so it ends nothing. The line breaks and the token
 * candidates come in order and are merged.
 */
function sentenceEndsFrom(text: string, analysis: TextAnalysis): number[] {
  const ends: number[] = [];
  let newline = text.indexOf('\n');
  const take = (index: number): void => {
    if (endsSentence(text, index)) ends.push(index);
  };
  // (By index, as in textWords: the tokens are a frozen array.)
  const tokens = analysis.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const last = token.end - 1;
    const code = text.charCodeAt(last);
    if (code !== 46 && (token.kind === 'word' || (code !== 33 && code !== 63))) continue;
    while (newline !== -1 && newline < last) {
      take(newline);
      newline = text.indexOf('\n', newline + 1);
    }
    take(last);
  }
  while (newline !== -1) {
    take(newline);
    newline = text.indexOf('\n', newline + 1);
  }
  return ends;
}

function endsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // A line break ends a sentence only between paragraphs (a blank or indented line follows,
  // or punctuation ends the line): wire copy wraps its sentences over several lines.
  if (code === 10) return index + 1 >= text.length || isIndentOrBreak(text.charCodeAt(index + 1)) || index === 0 || isLineEndMark(text.charCodeAt(index - 1));
  if (code !== 46 && code !== 33 && code !== 63) return false;
  if (index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next !== 32 && next !== 10 && next !== 34 && next !== 0x201d) return false;
  }
  if (code !== 46) return true;
  // "am 08.11. im Rathaus": a period after a digit with a word in lower case after it closes a
  // date or a number, no sentence.
  if (index > 0 && isDigit(text.charCodeAt(index - 1)) && text.charCodeAt(index + 1) === 32 && isLowerAscii(text.charCodeAt(index + 2))) return false;
  let wordStart = index;
  while (wordStart > 0 && wordStart > index - 12 && isLetterOrPeriod(text, wordStart - 1)) wordStart--;
  return !isAbbreviation(text.slice(wordStart, index));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/** \n, space or tab. */
const isIndentOrBreak = (code: number): boolean => code === 10 || code === 32 || code === 9;
/** . ! ? : " ” ’ */
const isLineEndMark = (code: number): boolean =>
  code === 46 || code === 33 || code === 63 || code === 58 || code === 34 || code === 0x201d || code === 0x2019;

const LETTER = /\p{L}/u;

/** Whether the code unit at `index` is a letter or a period (ASCII by its code, the rest by the Unicode class). */
function isLetterOrPeriod(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text[index]!);
}
