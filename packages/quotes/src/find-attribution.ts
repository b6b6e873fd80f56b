import type { Span } from '@newsparse/core';
import { abbreviationPeriod, cueAt, nounPhrase, subjectAfter, subjectBefore, unclosedAppositive, type NounPhrase } from './attribution.js';
import { span } from './span.js';
import { ASPECT_FORMS, DETERMINERS, FRONTED_SUBORDINATORS, HEADER_LABELS, QUOTE_CUE_FORMS, REPORT_FORMS, sayerNoun, SUBJECT_PRONOUNS, TIME_WORDS, TITLES } from './locales/en/lexicon.js';
import { ARTICLES_AND_POSSESSIVES, FINITE_BE } from './locales/en/function-words.js';
import { BE_FORMS, PERCEPTION_PASSIVES } from './locales/en/reported-words.js';
import { pastDateline, pastFrontedAdverbials } from './openers.js';
import { commaAt, isWordToken, lowerOf, type Token } from './tokens.js';
import {
  BARE_CLAUSE_STOPS,
  CLAUSE_OPENING,
  CLAUSE_WORDS,
  FILLER_STOP,
  FINITE_VERBS,
  LEADING,
  NAMING,
  NOUN_LIKE_CUES,
  OBJECT_PREPOSITIONS,
  SAY_LEAD_FORMS,
} from './locales/en/attribution-words.js';

let capitalWords: [string, Map<string, number>] = ['', new Map()];

/**
 * Whether a label in capitals before a colon heads a section rather than naming a speaker
 * ("SHARE ACTION:", "WHAT'S NEXT:"): two or more words, none a title or role ("MAYOR VOSS:"
 * speaks), and its last word in capitals nowhere else in the text. A transcript's speaker
 * comes back ("TAPPER:" after "JAKE TAPPER:", or "Tapper" in the text); a heading does not.
 * With `one`, a single word counts too ("MANSEHRA:", "DEMAND:").
 * (The text's capitalised words are counted once per text, so each label costs one look-up.)
 */
export function capitalHeading(text: string, label: string, one?: boolean): boolean {
  const words = label.toLowerCase().split(/\s+/);
  if (words.length < 2 && !one || /\p{Ll}/u.test(label) || words.some((word) => TITLES.has(word.replace(/\.$/, '')) || sayerNoun(word))) return false;
  if (capitalWords[0] !== text) {
    const counts = new Map<string, number>();
    for (const [word] of text.matchAll(/\p{Lu}[\p{L}'\u2019-]*/gu)) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
    capitalWords = [text, counts];
  }
  return (capitalWords[1].get(words[words.length - 1]!) ?? 0) < 2;
}

/** A speaker (or none) and the cue that attributes some words to it. */
export interface Found {
  speaker: Span | null;
  /** The whole noun phrase of the speaker with its appositive, when longer than the mention. */
  phrase: Span | null;
  description: Span | null;
  cue: Span;
  /** Token index just after the attribution (in the token list it was read from). */
  after: number;
}

const GERUND_CUES = /ing$/;

export function npSpans(text: string, tokens: readonly Token[], np: NounPhrase): { speaker: Span | null; phrase: Span | null; description: Span | null } {
  // "…, raising questions about how it would work": a bare participle opens a clause whose
  // subject is the main clause's; it is no speaker itself (the quote keeps its content).
  const only = tokens[np.first]!;
  if (np.first === np.last && isWordToken(only) && !only.cap && /ing$/.test(only.lower) && only.lower.length > 4 && !/thing$/.test(only.lower)) return { speaker: null, phrase: null, description: null };
  const speaker = span(text, tokens[np.mFirst]!.start, tokens[np.mLast]!.end);
  const phraseEnd = np.description ? tokens[np.description[1]]!.end : tokens[np.last]!.end;
  const phrase = span(text, tokens[np.first]!.start, phraseEnd);
  const description = np.description ? span(text, tokens[np.description[0]]!.start, tokens[np.description[1]]!.end) : null;
  return { speaker, phrase, description };
}

function foundFrom(text: string, tokens: readonly Token[], np: NounPhrase | null, cueFirst: number, cueLast: number, after: number): Found {
  const cue = span(text, tokens[cueFirst]!.start, tokens[cueLast]!.end);
  if (!np) return { speaker: null, phrase: null, description: null, cue, after };
  // A literal in the same order as every other Found: one object shape (issue #15).
  const { speaker, phrase, description } = npSpans(text, tokens, np);
  return { speaker, phrase, description, cue, after };
}

/**
 * The attribution right after a quote: `, he said`, `, said Smith, a doctor`,
 * `the former envoy said`, `Sarandon, 69, told MSNBC`.
 */
export function parseTail(text: string, tokens: readonly Token[], quoteEndsSentence = false): Found | null {
  let index = 0;
  // A stop inside the closing mark ends the sentence only when a capital opens the next ("“We won.” He said he …").
  let sentenceEnded = quoteEndsSentence && isWordToken(tokens[0]) && tokens[0].cap;
  // `“…” ― Pamela Padilla`: a dash and a name alone after the quote.
  const dash = tokens[0];
  if (dash && '\u2015\u2014\u2013'.includes(dash.text)) {
    const np = subjectAfter(tokens, 1, tokens.length - 1);
    if (np && tokens[np.mFirst]!.cap && np.last - np.first <= 5 && (np.last === tokens.length - 1 || '.,'.includes(tokens[np.last + 1]!.text) && np.last + 1 >= tokens.length - 1)) {
      return foundFrom(text, tokens, np, 0, 0, np.last + 1);
    }
  }
  while (index < tokens.length && !isWordToken(tokens[index])) {
    const mark = tokens[index]!.text;
    if ('.!?'.includes(mark)) sentenceEnded = true;
    else if (!',\u2014\u2013-;)'.includes(mark)) return null;
    index++;
  }
  if (index >= tokens.length) return null;
  // A sentence after the quote's own that ends in a colon leads in the next quote, not this one:
  // `… saying: “The race is close.” Tom Lee told the court: “…”`.
  if (sentenceEnded && tokens[tokens.length - 1]!.text === ':') return null;
  // Leading "and" / "but" of `"X," and he added`.
  const conjoined = ['and', 'but'].includes(lowerOf(tokens, index)) && !tokens[index]!.cap;
  if (conjoined) index++;
  // Inverted: ", said Smith".
  let cursor = index;
  while (cursor < tokens.length && ['then', 'also', 'now', 'later', 'once'].includes(lowerOf(tokens, cursor))) cursor++;
  const invertedCue = cueAt(tokens, cursor);
  if (invertedCue >= 0 && !(sentenceEnded && tokens[cursor]!.cap)) {
    let subjectStart = invertedCue + 1;
    while (subjectStart < tokens.length && tokens[subjectStart]!.cap && TIME_WORDS.has(lowerOf(tokens, subjectStart))) subjectStart++;
    const np = subjectAfter(tokens, subjectStart, tokens.length - 1);
    // "… and said the party is bound to lose": the phrase after the cue is the subject of reported content, not a speaker.
    const afterPhrase = np ? tokens[(np.description ? np.description[1] : np.last) + 1] : undefined;
    // "apologised for “…” and said he took full responsibility": after "and", a phrase that a
    // word follows is the subject of the content too (an inverted speaker ends its clause).
    if (np && isWordToken(afterPhrase) && (FINITE_VERBS.has(afterPhrase.lower) || conjoined)) {
      // ", adding that he would …" still hands the quote to the lead's speaker.
      return /ing$/.test(lowerOf(tokens, cursor)) ? foundFrom(text, tokens, null, cursor, invertedCue, invertedCue + 1) : null;
    }
    // (After a gerund the phrase is its object, the one told or named, never the speaker:
    // "“…,” telling reporters …", "“…,” calling him …"; the speaker is the clause's, before the quote.)
    if (np && GERUND_CUES.test(lowerOf(tokens, cursor)) && lowerOf(tokens, cursor) !== 'according') return foundFrom(text, tokens, null, cursor, invertedCue, invertedCue + 1);
    if (np) return foundFrom(text, tokens, np, cursor, invertedCue, np.description ? np.description[1] + 1 : np.last + 1);
    // ", said in a statement", ", reads the sign": a cue without a speaker after it.
    if (tokens[subjectStart] === undefined || !isWordToken(tokens[subjectStart])) return foundFrom(text, tokens, null, cursor, invertedCue, invertedCue + 1);
  }
  // An unlisted verb of manner: `“This is fantastic!” beamed Donald Hartley`.
  const first = tokens[index];
  if (!first) return null;
  if (isWordToken(first) && !first.cap && /ed$/.test(first.lower) && first.lower.length > 4 && tokens[index + 1]?.cap) {
    const np = subjectAfter(tokens, index + 1, tokens.length - 1);
    if (np && tokens[np.mFirst]!.cap) return foundFrom(text, tokens, np, index, index, np.last + 1);
  }
  // Subject first: "the former envoy said", "Sarandon, 69, told".
  for (let at = index; at < tokens.length && at - index <= 30; at++) {
    const token = tokens[at]!;
    if (!isWordToken(token) && '.!?;:"\u201c\u201d'.includes(token.text) && !abbreviationPeriod(tokens, at)) break;
    // "“…,” Mzembi was cited as saying", "“…,” Ruiz was quoted by Reuters as saying": "cited" (alone it
    // cites a thing) or a passive "quoted" with its agent or source before "as saying" ("quoted in
    // a league release as saying") attributes to the subject.
    let cueEnd = cueAt(tokens, at);
    if (cueEnd <= at && /^(?:cited|quoted)$/.test(token.lower)) {
      for (let as = at + 1; as < at + 8 && isWordToken(tokens[as]) && (as === at + 1 || /^(?:by|in|on)$/.test(lowerOf(tokens, at + 1))); as++) if (lowerOf(tokens, as) === 'as' && lowerOf(tokens, as + 1) === 'saying') cueEnd = as + 1;
    }
    if (cueEnd < 0 && at > index && at - index <= 4 && isWordToken(token) && !token.cap && /ed$/.test(token.lower) && token.lower.length > 4) {
      // `“…,” Smith beamed.`: an unlisted verb that ends the sentence right after a short subject
      // (after a quote that ended its sentence, only a name or a pronoun: not `“…” The weather turned.`).
      const next = tokens[at + 1];
      if (!next || '.,!?'.includes(next.text)) {
        const np = subjectBefore(tokens, at - 1, index);
        if (np?.first === index && (tokens[sentenceEnded ? np.last : np.mFirst]!.cap || SUBJECT_PRONOUNS.has(lowerOf(tokens, np.mFirst)))) return foundFrom(text, tokens, np, at, at, at + 1);
      }
    }
    if (cueEnd < 0 || at === index) continue;
    // After the quote's sentence has ended, "He said he …" opens a sentence of its own: only a short "Smith said." is a tail.
    if (sentenceEnded && (reportsOwnClause(tokens, cueEnd + 1) || opensBareClause(tokens, cueEnd + 1))) return null;
    const np = subjectBefore(tokens, at - 1, index);
    // "“…,” he was told", "“…,” she was asked": a passive's subject is told or asked, and no one
    // named speaks; further on, a passive ("… that was reported in …") attributes nothing.
    if (cueEnd === at && BE_FORMS.has(lowerOf(tokens, lowerOf(tokens, at - 1) === 'not' ? at - 2 : at - 1)) && !/^(?:as|to)$/.test(lowerOf(tokens, at + 1))) return np?.first === index ? foundFrom(text, tokens, null, at, at, at + 1) : null;
    // "“…,” the paper quoted the minister as saying": the one quoted speaks.
    const quoted = /^quot(?:ed|es)$/.test(lowerOf(tokens, at)) ? quotedAsSaying(tokens, cueEnd + 1) : null;
    if (quoted) return foundFrom(text, tokens, quoted, at, cueEnd, quoted.last + 1);
    if (np?.first === index) return foundFrom(text, tokens, np, at, cueEnd, cueEnd + 1);
    if (np) {
      // Leading adverbials were skipped: accept when only they stand before the subject.
      const skipped = tokens.slice(index, np.first);
      if (skipped.every((word) => ['as', 'then', 'and', 'but', 'now', 'later', 'so'].includes(word.lower))) {
        return foundFrom(text, tokens, np, at, cueEnd, cueEnd + 1);
      }
    }
    break;
  }
  return null;
}

/** The one a quoting outlet names before "as saying" ("quoted the minister as saying"), or null. */
function quotedAsSaying(tokens: readonly Token[], from: number): NounPhrase | null {
  const np = subjectAfter(tokens, from, tokens.length - 1);
  return np && lowerOf(tokens, np.last + 1) === 'as' && /^(?:saying|telling|writing|stating)$/.test(lowerOf(tokens, np.last + 2)) ? np : null;
}

/**
 * Whether the words after a cue at `from` are a clause of their own without "that": a subject
 * and a finite verb ("Smith said staff were tired."). After a quote that ended its sentence such a
 * sentence reports its own words and is no tail of the quote; "Smith said at a briefing." is.
 */
function opensBareClause(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!isWordToken(first) || first.cap || OBJECT_PREPOSITIONS.has(first.lower) || BARE_CLAUSE_STOPS.has(first.lower)) return false;
  for (let index = from + 1; index < tokens.length && index <= from + 5; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) return false;
    if (FINITE_VERBS.has(token.lower)) return true;
  }
  return false;
}

/** Whether the words right after a cue at `from` open reported content ("said he would …") rather than end the attribution. */
function reportsOwnClause(tokens: readonly Token[], from: number): boolean {
  let index = from;
  while (index < tokens.length && TIME_WORDS.has(lowerOf(tokens, index))) index++;
  const token = tokens[index];
  return isWordToken(token) && !token.cap && CLAUSE_OPENING.has(token.lower);
}

/** What stands before a quote in its sentence. */
export interface Lead {
  /** The attribution found in the lead, if any. */
  found: Found | null;
  /** Whether the lead is only an attribution (so the quote is the whole reported content). */
  pure: boolean;
  /** Whether the lead has no words at all. */
  empty: boolean;
  /** Whether the lead ends with a colon. */
  colon: boolean;
}

/** Whether the text after `from` opens with a capital letter, past spaces and quotation marks. */
const opensCapital = (text: string, from: number): boolean => /^[\s"'\u201c\u2018\u00ab]*\p{Lu}/u.test(text.slice(from, from + 8));

/**
 * The attribution before a quote: `He added, “`, `Priebus later told Fox News: “`,
 * `According to the newspaper, “`, `stated in an interview with the Global Times in May that “`,
 * `Trump: ‘`. `pure` tells whether nothing but the attribution leads up to the quote.
 */
export function parseLead(text: string, tokens: readonly Token[]): Lead {
  let end = tokens.length - 1;
  let colon = false;
  while (end >= 0 && !isWordToken(tokens[end])) {
    const mark = tokens[end]!.text;
    if (mark === ':') colon = true;
    else if (!',\u2014\u2013-(['.includes(mark)) break;
    end--;
  }
  let start = 0;
  while (start <= end && !isWordToken(tokens[start]) && !'"\u201c'.includes(tokens[start]!.text)) start++;
  if (start > end) return { found: null, pure: true, empty: true, colon };
  if (lowerOf(tokens, end) === 'that' && end > start) end--;
  // "According to X,"
  for (let at = start; at <= end; at++) {
    if (lowerOf(tokens, at) === 'according' && lowerOf(tokens, at + 1) === 'to') {
      const np = subjectAfter(tokens, at + 2, end);
      // ("According to the Post, he said:": the pronoun's verb reports it.)
      if (np && !(SUBJECT_PRONOUNS.has(lowerOf(tokens, np.last + 2)) && cueAt(tokens, np.last + 3) >= 0)) {
        const found = foundFrom(text, tokens, np, at, at + 1, np.last + 1);
        const reachesEnd = (np.description ? np.description[1] : np.last) >= end;
        return { found, pure: reachesEnd && (at === start || leadsOnlyAdverbial(tokens, start, at)), empty: false, colon };
      }
    }
  }
  // The last cue whose tail is only objects and adverbials.
  for (let at = end; at >= start; at--) {
    const cueEnd = cueAt(tokens, at);
    if (cueEnd < 0 || cueEnd > end) continue;
    // ("prices continued to “soar”": a verb of aspect before "to" says nothing.)
    if (lowerOf(tokens, cueEnd + 1) === 'to' && ASPECT_FORMS.has(lowerOf(tokens, at))) continue;
    // "the story about the meetings published in a daily on Oct. 6 was a “…”": a participle
    // after a noun, its phrase then the clause's own verb, modifies the noun; an earlier cue speaks.
    if (modifyingParticiple(tokens, at, end)) continue;
    // ("told parliament the media reports were “absurd”": a cue's -s form between a lower-case noun and a form of "be" is a plural noun;
    // "who he speculates are “…”" keeps its verb.)
    if (BE_FORMS.has(lowerOf(tokens, cueEnd + 1)) && /[^y]s$/.test(lowerOf(tokens, at)) && /^\p{Ll}+$/u.test(tokens[at - 1]?.text ?? '') && !SUBJECT_PRONOUNS.has(lowerOf(tokens, at - 1))) continue;
    const fillerOk = isFiller(tokens, cueEnd + 1, end) && !subjectOfQuote(tokens, at, cueEnd, end);
    const naming = NAMING.has(lowerOf(tokens, at));
    let np = at > start ? subjectBefore(tokens, at - 1, start) : null;
    if (lowerOf(tokens, at - 1) === 'and') np = subordinateSubject(tokens, start, at) ?? np;
    // "Ann Roe, a Leeds native said, “We …”": an appositive left open before a quote that opens
    // a sentence of its own (the lead ends at the verb's comma, so subjectBefore cannot see it).
    if (np?.description === null && np.last === at - 1 && cueEnd === end && opensCapital(text, tokens[tokens.length - 1]!.end)) np = unclosedAppositive(tokens, np.first, np.last, start) ?? np;
    // "Reuters quoted Lee as saying: “…”", "Ms Ruiz quotes Lt Col Okello as saying": the one quoted speaks.
    if (lowerOf(tokens, at - 1) === 'as') {
      for (let back = at - 2; back > start && at - back <= 8; back--) {
        if (!/^quot(?:ed|es)$/.test(lowerOf(tokens, back))) continue;
        const quoted = quotedAsSaying(tokens, back + 1);
        if (quoted?.last === at - 2) np = quoted;
        break;
      }
    }
    // "He was heard saying “…”", "the mayor was caught telling “…”": the passive's subject
    // speaks, never its participle (as reported speech reads it).
    if (GERUND_CUES.test(lowerOf(tokens, at)) && at - 2 >= start && PERCEPTION_PASSIVES.has(lowerOf(tokens, at - 1)) && BE_FORMS.has(lowerOf(tokens, at - 2))) np = at - 3 >= start ? subjectBefore(tokens, at - 3, start) : null;
    // A gerund after a comma hangs on the clause before it, not on a phrase read past that
    // clause as an insertion: in "After the vote, Lund was pleased, telling …" the phrase before
    // the first comma ("the vote") is no subject of "telling", nor in "A day later, Lund …,
    // telling …" the time. After a verb of saying the one who said it goes on ("The talks
    // will resume, Lund said, adding …").
    if (np && commaAt(tokens, at - 1) && GERUND_CUES.test(lowerOf(tokens, at))) {
      const said = at - 2 > start && cueAt(tokens, at - 2, REPORT_FORMS) === at - 2 ? subjectBefore(tokens, at - 3, start) : null;
      // (Only a parenthetical attribution, set off by a comma or a quote: not "tied the scores to graduation rates, saying …".)
      const aside = said && said.first > start && ',"\u201d\u2019\''.includes(tokens[said.first - 1]!.text) ? said : null;
      np = aside ?? clauseSubject(tokens, start, at) ?? np;
    }
    if (!np && GERUND_CUES.test(lowerOf(tokens, at))) {
      // "he said, adding:" — the subject of the earlier verb, never one inside a fronted
      // subordinate clause ("If the board saw it, Lund was shocked, telling …": Lund tells).
      const main = mainClauseStart(tokens, start, at);
      for (let back = at - 1; back >= main; back--) {
        if (cueAt(tokens, back, REPORT_FORMS) >= 0 && back > start) {
          np = subjectBefore(tokens, back - 1, start);
          if (np) break;
        }
      }
    }
    // "asked by host Bill Maher, “…”": a passive cue names its speaker after "by".
    if (!np && lowerOf(tokens, cueEnd + 1) === 'by') {
      const agent = subjectAfter(tokens, cueEnd + 2, end);
      if (agent && isWordToken(tokens[agent.mFirst])) {
        return { found: foundFrom(text, tokens, agent, at, cueEnd, agent.last + 1), pure: true, empty: false, colon };
      }
    }
    // "Carson shared a syllabus, writing “…”", "Hayek confirmed it and said, “…”": the subject
    // of the clause speaks.
    if (!np && at > start && (GERUND_CUES.test(lowerOf(tokens, at)) || lowerOf(tokens, at - 1) === 'and' || commaAt(tokens, at - 1))) {
      np = clauseSubject(tokens, start, at);
      // ("Contoso president and chief executive Mr Dan Reyes, stated:": the name before the comma
      // speaks, not the office before "and".)
      const named = np && commaAt(tokens, at - 1) && lowerOf(tokens, np.last + 1) === 'and' ? subjectBefore(tokens, at - 2, np.last + 2) : null;
      if (np && named?.first === np.last + 2 && tokens[named.mLast]!.cap) np = named;
    }
    // (Never after "to" or for a verb of naming, whose object follows: "went on to call Cruz “…”",
    // "called Ruiz “…”" name Cruz and Ruiz, who do not speak.)
    if (!np && at + 1 <= end && !naming && lowerOf(tokens, at - 1) !== 'to') {
      // Inverted lead: "Said Dorothy Poynter, who grew up with Ali, “…”".
      const after = subjectAfter(tokens, cueEnd + 1, end);
      if (after && (after.last >= end - 1 || at === start || commaAt(tokens, at - 1)) && tokens[cueEnd + 1]?.cap) {
        return { found: foundFrom(text, tokens, after, at, cueEnd, after.last + 1), pure: true, empty: false, colon };
      }
    }
    const found = foundFrom(text, tokens, np, at, cueEnd, cueEnd + 1);
    const pure = fillerOk && (!naming || colon);
    if (np || pure) return { found, pure, empty: false, colon };
    // A cue without a subject (passive "was quoted as saying") still attributes nothing; keep looking.
  }
  // "Trump: ‘…’" — a name and a colon ("… - Michael P. McDonald: “…”").
  if (colon) {
    const np = subjectBefore(tokens, end, start);
    const afterDash = np !== null && np.first > start && '-\u2013\u2014\u2015'.includes(tokens[np.first - 1]!.text);
    // ("On Maurice Lee:", "On handling the officials:": a phrase opened by "on" or "about" heads a topic, as
    // in a coach's Q&A; "by DNAinfo's Ann Lee:" and "From the report:" name a source.)
    if (np?.last === end && (np.first === start || afterDash || leadsOnlyAdverbial(tokens, start, np.first)) && !['on', 'about'].includes(lowerOf(tokens, start)) && np.last - np.first <= 8 && colonSpeaker(text, tokens, np) && !capitalHeading(text, text.slice(tokens[np.first]!.start, tokens[end]!.end))) {
      let colonToken = tokens[tokens.length - 1]!;
      for (const token of tokens) if (token.text === ':') colonToken = token;
      const { speaker, phrase, description } = npSpans(text, tokens, np);
      return { found: { speaker, phrase, description, cue: span(text, colonToken.start, colonToken.end), after: end + 1 }, pure: true, empty: false, colon };
    }
  }
  // "Trump leaned in and boomed: “…”": an unlisted verb before a colon, the clause's subject speaking.
  if (colon && isWordToken(tokens[end]) && !tokens[end]!.cap && /ed$/.test(lowerOf(tokens, end)) && lowerOf(tokens, end).length > 4) {
    const np = clauseSubject(tokens, start, end);
    if (np && tokens[np.mFirst]!.cap) {
      return { found: foundFrom(text, tokens, np, end, end, end + 1), pure: true, empty: false, colon };
    }
  }
  return { found: null, pure: false, empty: false, colon };
}

/**
 * Whether the cue at `at` is a participle that modifies the noun before it: an -ed form after a
 * lower-case noun, a preposition right after it, and a finite "be" later with no "that" or
 * comma between ("meetings published in a daily on Oct. 6 was …"); "the firm reported on
 * Monday that …" reports.
 */
function modifyingParticiple(tokens: readonly Token[], at: number, end: number): boolean {
  const cue = tokens[at]!;
  const noun = tokens[at - 1];
  const after = tokens[at + 1];
  if (!/\p{L}ed$/u.test(cue.lower) || !isWordToken(noun) || noun.cap || SUBJECT_PRONOUNS.has(noun.lower) || DETERMINERS.has(noun.lower)) return false;
  if (!after || !OBJECT_PREPOSITIONS.has(after.lower)) return false;
  for (let index = at + 2; index <= end; index++) {
    const token = tokens[index]!;
    if (token.lower === 'that' || token.text === ',') return false;
    if (FINITE_BE.has(token.lower)) return true;
  }
  return false;
}

/**
 * Where the main clause begins: after the comma that closes a fronted subordinate clause ("If the
 * board saw it, …", "After the vote passed, …"), else at `from`.
 */
function mainClauseStart(tokens: readonly Token[], from: number, to: number): number {
  let first = from;
  while (first < to && (!isWordToken(tokens[first]) || LEADING.has(lowerOf(tokens, first)))) first++;
  if (!FRONTED_SUBORDINATORS.has(lowerOf(tokens, first))) return from;
  for (let index = first + 1; index < to; index++) {
    // A comma inside a number ("1,500") closes nothing.
    if (commaAt(tokens, index) && tokens[index + 1]?.start !== tokens[index]!.end) return index + 1;
  }
  return from;
}

/**
 * The subject of the subordinate clause nearest before token `to` when a past verb follows it:
 * in "Harvey was speaking when a man appeared and yelled “…”" a man yells, not Harvey.
 */
function subordinateSubject(tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  for (let index = to - 2; index > from; index--) {
    if (tokens[index]!.cap || !FRONTED_SUBORDINATORS.has(lowerOf(tokens, index))) continue;
    let verb = index + 2;
    while (verb < to && !(isWordToken(tokens[verb]) && !tokens[verb]!.cap && /\p{L}ed$/u.test(lowerOf(tokens, verb)))) verb++;
    const inner = verb < to ? subjectAfter(tokens, index + 1, verb - 1) : null;
    return inner?.last === verb - 1 ? nounPhrase(inner.first, inner.last, inner.mFirst, inner.mLast, null) : null;
  }
  return null;
}

/** The subject that opens the clause ending before token `to`: its first noun phrase before a verb. */
function clauseSubject(tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  let start = from;
  // From the last sentence-like break: a colon, semicolon or dash.
  for (let index = to - 1; index > from; index--) {
    if (';:\u2014'.includes(tokens[index]!.text)) {
      start = index + 1;
      break;
    }
  }
  start = mainClauseStart(tokens, start, to);
  while (start < to && (!isWordToken(tokens[start]) || LEADING.has(lowerOf(tokens, start)))) start++;
  start = pastFrontedAdverbials(tokens, pastDateline(tokens, start, to), to);
  const head = tokens[start];
  if (!isWordToken(head) || start >= to) return null;
  if (!head.cap && !['he', 'his', 'she', 'her', 'they', 'we', 'i', 'their', 'the', 'a', 'an'].includes(head.lower)) return null;
  const np = subjectAfter(tokens, start, to - 1);
  if (!np) return null;
  // The phrase must be followed by a verb-like word, not run into the cue.
  return np.last < to - 1 ? nounPhrase(np.first, np.last, np.mFirst, np.mLast, null) : null;
}

/**
 * A subject that can be no speaker: its second word is a verb, a clause read as a noun phrase
 * ("I am", "Dion became emotional", "she wasn't happy to see people"); or the reader, "you".
 */
export const NO_SPEAKER_SUBJECT = /^(?:\S+ (?:am|is|are|was|were|became|wasn.t)\b|you$)/i;

/**
 * Whether a phrase before a colon can name a speaker ("Trump:", "The mayor:", "One resident:"):
 * its head a name, a pronoun, a role or a source, or a noun after a determiner or a name's
 * "'s" ("From Lee's post:").
 * Not a label ("Question:", "Usage:"), nor a clause read as a noun phrase ("Dion became
 * emotional:", "It will ultimately bring:", "Perez lobbies for a higher wage:").
 */
function colonSpeaker(text: string, tokens: readonly Token[], np: NounPhrase): boolean {
  const head = tokens[np.mLast]!;
  const first = tokens[np.mFirst]!;
  const words = text.slice(first.start, head.end);
  if (np.mFirst === np.mLast && HEADER_LABELS.has(head.lower) || NO_SPEAKER_SUBJECT.test(words)) return false;
  return head.cap || SUBJECT_PRONOUNS.has(head.lower) || sayerNoun(head.lower) || DETERMINERS.has(first.lower) || tokens.slice(np.mFirst, np.mLast).some((word) => word.cap && /'s$/.test(word.lower));
}

function leadsOnlyAdverbial(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) {
      if (token.text === ',') continue;
      return false;
    }
  }
  // Any words before the clause ("In a statement, ", "On Tuesday, ") are adverbials when a comma closes them.
  return to > from ? commaAt(tokens, to - 1) || to - from <= 2 : true;
}

/** Whether tokens from..to are only objects, venues and times after a cue ("told Fox News on Thursday"). */
function isFiller(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 16) return false;
  for (let index = from; index <= to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) {
      if (',()\u2014\u2013-\'\u2019'.includes(token.text)) continue;
      return false;
    }
    const lower = token.lower;
    // Capitalised words are names and months ("May"), never auxiliaries.
    if (token.cap && index > from) continue;
    if (CLAUSE_WORDS.has(lower) || FILLER_STOP.has(lower)) return false;
    if (lower === 'that' && index < to) return false;
    if (token.cap) continue;
    const previous = tokens[index - 1];
    const afterModifier = previous !== undefined && index > from && (DETERMINERS.has(previous.lower) || OBJECT_PREPOSITIONS.has(previous.lower) || isWordToken(previous) && !previous.cap && /(?:al|ic|ive|ous|ful|ent|ant|ar|ary|ed|ing)$/.test(previous.lower));
    if (/(?:ing|ed)$/.test(lower) && lower.length > 4 && !afterModifier && !['reporters', 'interviewed'].includes(lower)) return false;
    if (QUOTE_CUE_FORMS.has(lower) && !afterModifier && index > from && !NOUN_LIKE_CUES.has(lower)) return false;
  }
  return true;
}

/**
 * Whether the words between "said" and the quote are a noun phrase that the quote goes on
 * ("said the result “is exactly why …”"): "say" takes no object, so the quote completes the
 * writer's clause and is partial. Not a time ("said the other day") or a setting ("said in a …").
 */
function subjectOfQuote(tokens: readonly Token[], at: number, cueEnd: number, end: number): boolean {
  if (!(cueEnd === at && SAY_LEAD_FORMS.has(lowerOf(tokens, at)) && end > cueEnd + 1 && ARTICLES_AND_POSSESSIVES.has(lowerOf(tokens, cueEnd + 1)))) return false;
  for (let index = cueEnd + 1; index <= end; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token) || TIME_WORDS.has(token.lower) || ['weeks', 'months', 'years', 'time'].includes(token.lower)) return false;
  }
  return true;
}

