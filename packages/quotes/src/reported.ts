import { analyzeText, ENGLISH_MONTH_NAMES, type Span, type TextAnalysis } from '@newsparse/core';
import { contentStartAfterCue, cueAt, negativeDeterminer, nounPhrase, shareStanceVerbAt, subjectAfter, subjectBefore, verbInContext, wholeSource, type NounPhrase } from './attribution.js';
import type { Draft } from './draft.js';
import { ADDRESSED_BODIES, ADVERBIAL_PREPOSITIONS, CLAUSE_OPENING_WORDS, GAP_AUXILIARIES, EN_PARTICIPLES, FLOATING_QUANTIFIERS, PAST_FORMS } from './locales/en/attribution-words.js';
import { ARTICLES, ARTICLES_AND_POSSESSIVES, COORDINATING_CONJUNCTIONS, HAVE_FORMS, PERSONAL_SUBJECTS, POSSESSIVE_DETERMINERS, RELATIVES, SAY_CUES } from './locales/en/function-words.js';
import { capitalHeading, NO_SPEAKER_SUBJECT, npSpans, type Found } from './find-attribution.js';
import { sayerNoun, BELIEF_ADJECTIVES, LONE_MODIFIERS, NON_SPEAKER_WORDS, PRONOUNS, CLAUSE_CUE_FORMS, LINKING_VERBS, MADE_SAYING_ADJECTIVES, MADE_SAYING_NOUNS, MAKE_FORMS, THAT_CLAUSE_FORMS, TOPIC_NOUNS, TOPIC_PREPOSITIONS, DETERMINERS, NP_PREPOSITIONS, NP_STOP, EVENT_NOUNS, PERSON_ROLE_NOUNS, PLACE_PREPOSITIONS, SOURCE_NOUNS, HEADER_LABELS, INDIRECT_CUE_FORMS, PARTICLE_VERB_FORMS, LEADING_ADVERBIALS, TIME_WORDS, TITLES, WEAK_CUE_FORMS } from './locales/en/lexicon.js';
import { pastDateline, pastFrontedAdverbials } from './openers.js';
import { countPassing, END_SPAN, span } from './span.js';
import { commaAt, isQuoteToken, isWordToken, lowerOf, type Token, tokenAt } from './tokens.js';
import {
  PASSIVE_ADVERBS,
  PERCEPTION_PASSIVES,
  ADVERBIAL_LEADS,
  AMOUNT_UNITS,
  AMOUNT_WORDS,
  ANONYMITY_PARTICIPLES,
  APPOSITIVE_OPENERS,
  APPOSITIVE_VERBS,
  AS_BY_PARTICIPLES,
  BARE_VERB_PRECEDERS,
  BE_FORMS,
  CALLED_EVENTS,
  CLAUSE_BREAKERS,
  CLAUSE_CONNECTIVES,
  CLAUSE_VERB_AFTER_NAME,
  CLAUSE_OPENERS,
  CLAUSE_SUBJECT_OPENERS,
  COMMA_CLOSERS,
  COMMA_SUBORDINATORS,
  CONTENT_FRONTED_OPENERS,
  CONTENT_SUBORDINATORS,
  COORDINATORS,
  DEGREE_WORDS,
  DIALOGUE_ROLES,
  EVIDENCE_NOUNS,
  EVIDENCE_VERBS,
  FINDING_NOUNS,
  FINITE_BE,
  FOUND_STATES,
  FOUND_THING_OPENERS,
  FOUNDING_PRECEDERS,
  FUNCTION_WORDS,
  GAP_VERBS,
  GERUND_OPENERS,
  HEAD_PREPOSITIONS,
  INDEFINITE_DETERMINERS,
  IT_SPEECH,
  LIST_PREPOSITIONS,
  MODALS,
  NAMING_FORMS,
  NAMING_PARTICIPLES,
  NOUN_LINKS,
  NOUN_OPENERS,
  NOUN_PHRASE_SETTINGS,
  NO_CONTENT_SPEECH,
  NO_TAIL_WORDS,
  OBJECT_PRONOUNS,
  OBJECT_PROPOSITION,
  OBJECT_SETTING_PREPOSITIONS,
  ONE_WORD_ANSWERS,
  OPENING_PREPOSITIONS,
  PASSIVE_AS,
  PASSIVE_REPORT,
  PLURAL_NOUN_FOLLOWERS,
  PREPOSITIONS,
  PRONOUN_CLAUSE_SUBJECTS,
  PRONOUN_SUBJECTS,
  PRONOUN_VERB_GAP,
  REGARD_FORMS,
  RELATIVE_CUE_FORMS,
  RELATIVE_OPENERS,
  REFLEXIVES,
  RELATIVE_WORDS,
  REPORTING_NOUNS,
  REPORT_ADVERBS,
  REPORT_FORMS_SET,
  SAYING,
  SAY_FORMS,
  SCENE_GERUNDS,
  SETTING_OPENERS,
  SHOWING_NOUNS,
  SHOWN_CLAUSE_OPENERS,
  SUBJECT_PRONOUNS,
  SUBJECT_START,
  SUBJECT_VERBS,
  SUBORDINATORS,
  SURVEY_NOUNS,
  THAT_CLAUSE_BASES,
  THAT_ONLY,
  TIME_HEADS,
  TIME_MODIFIERS,
  TIME_PREPOSITIONS,
  TOPIC_ENDERS,
  TOPIC_NOUNS_TO,
  WH_WORDS,
  PASSIVE_BY,
  TALK_FORMS,
  TOPIC_CUES,
  QUESTION_CUES,
  NP_ONLY_FORMS,
  TELL_FORMS,
  REFUSAL_FORMS,
  RESPONSE_FORMS,
  CONTROL_FORMS,
  MEAN_FORMS,
  CALL_FORMS,
  SHOW_FORMS,
  KNOW_FORMS,
  GO_FORMS,
  WRITE_FORMS,
  RELEASE_FORMS,
  FIND_FORMS,
  ADD_FORMS,
  ADD_OR_OFFER_FORMS,
  OBJECT_REPORT_FORMS,
} from './locales/en/reported-words.js';

const GERUNDS = /ing$/;

/** Words after a post-posed "X said" that still belong to the attribution ("told the Global Times on Wednesday"). */
function attributionTail(tokens: readonly Token[], from: number, to: number, cueWord = ''): boolean {
  if (to - from > 14) return false;
  // "…, Wilkin said during his speech to the delegates.": after a verb of saying, a setting runs
  // to the end of the sentence (after "railed at", "testify before" it is the verb's complement).
  if (SAY_FORMS.has(cueWord) && SETTING_OPENERS.has(lowerOf(tokens, from)) && settingOnly(tokens, from + 1, to)) return true;
  for (let index = from; index <= to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) {
      // "…, the company said on Monday, blaming weak demand and …": a participle clause after the
      // attribution comments on it (its own rules read it); the tail ends at its comma.
      // So does a subordinate clause: "…, lawmakers said Friday afternoon, as they bristled at …".
      // (A clause with a reporting verb of its own, "as the union warned that …", is read on its own.)
      if (token.text === ',' && (participleAfter(tokens, index + 1) || COMMA_SUBORDINATORS.has(lowerOf(tokens, index + 1)) && !attributedClauseAt(tokens, index + 1)) && timeOnly(tokens, from, index)) return true;
      if (',()'.includes(token.text) || index === to && '.!?'.includes(token.text)) continue;
      if ('.!?'.includes(token.text) && index >= to - 2) continue;
      if ('"\u201d\u2019\''.includes(token.text)) continue;
      return false;
    }
    if (NO_TAIL_WORDS.has(token.lower)) return false;
  }
  return true;
}

/** Whether tokens from..to hold no clause of their own and no punctuation but the closing mark. */
function settingOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) {
      if (index >= to - 1 && '.!?'.includes(token.text)) continue;
      return false;
    }
    if (CLAUSE_OPENERS.has(token.lower)) return false;
  }
  return true;
}

/** Whether the words from `from` to before `to` only say when ("on Monday", "late Friday"), or there are none. */
function timeOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let index = from; index < to; index++) {
    const word = lowerOf(tokens, index);
    if (!(TIME_HEADS.has(word) || TIME_MODIFIERS.has(word))) return false;
  }
  return true;
}

/** The token after the one found at `from` ("Arnold", "Jo Park", "him"), or `from` when a word other than a name or pronoun stands there. */
function foundObjectEnd(tokens: readonly Token[], from: number): number {
  if (OBJECT_PRONOUNS.has(lowerOf(tokens, from))) return from + 1;
  let index = from;
  while (index - from < 3 && tokenAt(tokens, index)?.cap === true) index++;
  return index;
}

/**
 * The comma that closes a short setting after a cue at `from` ("on Monday,", "in a June
 * report," after a verb of saying), or -1: the attribution runs to it.
 */
function settingComma(tokens: readonly Token[], from: number, cueWord: string): number {
  // "…, she told me on Friday, …", "…, he told reporters, …": a verb of telling has its hearer first.
  if (TELL_FORMS.has(cueWord)) {
    const hearerEnd = hearerAfter(tokens, from);
    if (hearerEnd > from) return tokenAt(tokens, hearerEnd)?.text === ',' ? hearerEnd : settingComma(tokens, hearerEnd, 'said');
  }
  let comma = from;
  while (comma < tokens.length && comma - from <= 5 && isWordToken(tokens[comma])) comma++;
  if (comma === from || tokenAt(tokens, comma)?.text !== ',') return -1;
  if (timeOnly(tokens, from, comma)) return comma;
  return SAY_FORMS.has(cueWord) && SETTING_OPENERS.has(lowerOf(tokens, from)) && settingOnly(tokens, from + 1, comma - 1) ? comma : -1;
}

/**
 * The token after the hearer of a verb of telling that starts at `from` ("me", "reporters",
 * "The Times", "the Associated Press"), or `from` when none stands there.
 */
function hearerAfter(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!isWordToken(first)) return from;
  if (OBJECT_PRONOUNS.has(first.lower)) return from + 1;
  if (!first.cap && /[^s]s$/.test(first.lower) && !TIME_WORDS.has(first.lower)) return from + 1;
  // "the committee", "a news conference", "the jury": a body addressed as a whole, after its article.
  if (ARTICLES.has(first.lower)) {
    for (let index = from + 1; index < tokens.length && index - from <= 3 && isWordToken(tokens[index]) && !tokens[index]!.cap; index++) {
      if (ADDRESSED_BODIES.has(lowerOf(tokens, index)) || PERSON_ROLE_NOUNS.has(lowerOf(tokens, index))) return index + 1;
    }
  }
  let index = from;
  while (index < tokens.length && index - from < 4 && isWordToken(tokens[index]) && (tokens[index]!.cap || index === from && lowerOf(tokens, index) === 'the')) index++;
  return index > from && tokens[index - 1]!.cap ? index : from;
}

/** A lower-case "-ing" word at `index` ("blaming", "adding"): a participle clause opens there. */
function participleAfter(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return isWordToken(token) && !token.cap && token.lower.length > 4 && GERUNDS.test(token.lower);
}

const wordsIn = (tokens: readonly Token[], from: number, to: number): number => {
  let count = 0;
  for (let index = from; index < to && index < tokens.length; index++) if (isWordToken(tokens[index])) count++;
  return count;
};

/**
 * Reported speech and other attributed content without quotation marks: "X said (that) …",
 * "…, X told the Global Times.", "According to X, …", "…, according to X.", "…, saying …".
 * Sentences that hold a direct or partial quote are left to the quote pass.
 */
export function findReported(text: string, drafts: readonly Draft[], analysis: TextAnalysis = analyzeText(text)): Draft[] {
  // A line break ends a sentence here: reported speech never runs over one.
  const sentences = analysis.lineSentences;
  // (Pushed onto a literal list: V8 then makes every call's list in the one shape it ends in.)
  const covered: Span[] = [];
  for (const draft of drafts) {
    const ownCue = draft.continues < 0 && draft.found && Math.abs(draft.found.cue.start - draft.content.start) < 400 ? draft.found.cue : null;
    const start = Math.min(draft.content.start, draft.clause?.start ?? Infinity, ownCue?.start ?? Infinity);
    const end = Math.max(draft.content.end, draft.clause?.end ?? 0, ownCue?.end ?? 0);
    covered.push({ text: '', start, end });
  }
  covered.sort((a, b) => a.start - b.start);
  covered.push(END_SPAN);
  const found: Draft[] = [];
  readColonLines(text, covered, found);
  const colonCount = found.length;
  let colonCursor = 0;
  let coverCursor = 0;
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex]!;
    while (covered[coverCursor]!.end <= sentence.start) coverCursor++;
    const quoteSpans: Span[] = [];
    for (let index = coverCursor; covered[index]!.start < sentence.end; index++) if (covered[index]!.end > sentence.start) quoteSpans.push(covered[index]!);
    const overlaps = quoteSpans.length > 0;
    // Colon lines come first in `found`, in text order: a cursor keeps this check linear.
    while (colonCursor < colonCount && found[colonCursor]!.content.end < sentence.start) colonCursor++;
    if (colonCursor < colonCount && found[colonCursor]!.content.start <= sentence.start) continue;
    if (sentence.end - sentence.start > 1500) continue;
    const tokens = analysis.tokensIn(sentence.start, sentence.end);
    const before = found.length;
    const input: SentenceInput = { text, tokens, into: found, before, quoted: quoteSpans };
    for (const reader of SENTENCE_READERS) reader(input);
    if (overlaps) {
      // A sentence that also holds a quote: keep only what lies clear of it.
      for (let index = found.length - 1; index >= before; index--) {
        const draft = found[index]!;
        let clash = false;
        for (let cover = coverCursor; covered[cover]!.start < sentence.end && !clash; cover++) {
          const quoted = covered[cover]!;
          if (draft.found !== null && quoted.start <= draft.found.cue.start && draft.found.cue.start < quoted.end) clash = true;
          else if (quoted.start >= draft.content.start && quoted.end <= draft.content.end + 2) {
            // A quote inside reported content ("said the marchers were “peaceful”"): the outer attribution stands.
          } else if (quoted.start < draft.content.end && quoted.end > draft.content.start) {
            // Content that starts inside an earlier quote's stretch keeps what follows it.
            let start = quoted.end;
            while (start < draft.content.end && /[\s,;:.!?"'\u201c\u201d\u2019\u2014\u2013-]/.test(text[start]!)) start++;
            if (quoted.start <= draft.content.start && draft.content.end - start >= 20) {
              draft.content = span(text, start, draft.content.end);
              draft.parts = [draft.content];
            } else if (quoted.start > draft.content.start) {
              // A quote (or its attribution) later in the sentence ends the reported content
              // before it: "Suu Kyi said it was too early to congratulate winners but added, “…”".
              const end = contentEndBefore(text, draft.content.start, quoted.start);
              if (end - draft.content.start >= 15) {
                draft.content = span(text, draft.content.start, end);
                draft.parts = [draft.content];
              } else clash = true;
            } else clash = true;
          }
        }
        if (clash) found.splice(index, 1);
      }
      continue;
    }
    // "X. Y, Wang said." at the end of a paragraph: the attribution covers the paragraph's
    // earlier sentences when they carry no attribution of their own. Each sentence is a part:
    // the one the cue closes is the surer (PolNeAR often labels it alone).
    const added = found[found.length - 1];
    if (found.length === before + 1 && added && (added.via === 'post' || added.via === 'inverted') && added.content.start === firstWordStart(text, sentence)) {
      const start = paragraphLeadIn(text, sentences, sentenceIndex, covered, found, before);
      if (start < added.content.start) {
        added.parts = [span(text, start, sentences[sentenceIndex - 1]!.end), added.content];
        added.content = span(text, start, added.content.end);
      }
    }
  }
  // (A subject that opens with an adverb is no speaker: the content may still be one's.)
  for (const draft of found) if (adverbLed(draft.found?.speaker?.text ?? '')) draft.found = sourced(null, draft.found!.cue, draft.found!.after);
  return found.filter((draft) => !noSpeaker(draft.found));
}

/** One sentence handed to the readers in `SENTENCE_READERS`. */
interface SentenceInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Every draft found so far; a reader appends to it. */
  readonly into: Draft[];
  /** Where this sentence's drafts start in `into`. */
  readonly before: number;
  /** The stretches of the direct and partial quotes (with their own cues) that the sentence holds. */
  readonly quoted: readonly Span[];
}
type SentenceReader = (input: SentenceInput) => void;

/** A reader that runs only while no earlier reader found anything in the sentence. */
const unlessFound = (read: (text: string, tokens: readonly Token[], into: Draft[]) => void): SentenceReader => (input) => {
  if (input.into.length === input.before) read(input.text, input.tokens, input.into);
};

/**
 * The readers of one sentence, in order. The verb-led reading comes first and, when it finds
 * an attribution, the weaker sources (a poll by "in", "reportedly", a noun of saying) stay
 * out: the verb's attribution is the outermost one, which PolNeAR labels. Relative clauses
 * ("which officials said …") are read in every sentence, as they nest inside the others.
 */
const SENTENCE_READERS: readonly SentenceReader[] = [
  // The verb-led reading: each word tried as a cue by `SENTENCE_STEPS`.
  readSentence,
  unlessFound(readSurveySource),
  unlessFound(readReportedly),
  unlessFound(readReportingNoun),
  unlessFound(readTopicNoun),
  // Attributions inside relative clauses, next to what the other readers found.
  readRelatives,
];

/** One sentence being read: its tokens, the clause not yet read, and the word tried as a cue. */
interface SentenceReading {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly into: Draft[];
  /** The last token before the closing punctuation. */
  readonly last: number;
  readonly contentEnd: number;
  /** The first token of the clause not yet read. */
  from: number;
  /** The token tried as a cue. */
  at: number;
  // Set by findCue for the steps after it.
  cueEnd: number;
  /** The first token of the cue phrase: `at`, or the linking verb before an adjective of belief. */
  cueFirst: number;
  cue: Span;
  cueWord: string;
  previous: Token | undefined;
  next: Token | undefined;
  // Set by findSpeaker for the steps after it.
  np: NounPhrase | null;
}

/** A step's answer: try the next step, move on to the next word, or stop reading the sentence. */
type StepOutcome = 0 | 1 | 2;
const NEXT_STEP = 0;
const NEXT_WORD = 1;
const STOP = 2;
type SentenceStep = (reading: SentenceReading) => StepOutcome;

const NO_SPAN: Span = { text: '', start: 0, end: 0 };

/** Another attribution may follow a clause that ends at `endToken`: read on after it. */
function readOnAfter(reading: SentenceReading, endToken: number): StepOutcome {
  if (endToken >= reading.last - 1) return STOP;
  reading.from = endToken + 1;
  reading.at = endToken;
  return NEXT_WORD;
}

/** "Asked whether he would run, Smith said …": the question is content with no source of its own. */
function readAskedQuestion(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, at } = reading;
  if (!(lowerOf(tokens, at) === 'asked' && (at === from || leadingOnly(tokens, from, at)))) return NEXT_STEP;
  let comma = at + 1;
  let start = -1;
  while (comma <= last && comma - at <= 40 && tokens[comma]!.text !== ',') {
    if (start < 0 && (WH_WORDS.has(lowerOf(tokens, comma)) || lowerOf(tokens, comma) === 'about')) start = comma;
    comma++;
  }
  if (!(comma <= last && commaAt(tokens, comma) && comma > at + 1)) return NEXT_STEP;
  let first = start >= 0 ? start : at + 1;
  const cue = tokenSpan(text, tokens, at, at);
  // "Asked by a reporter whether …": the one who asked is the source.
  const asker = lowerOf(tokens, at + 1) === 'by' ? subjectAfter(tokens, at + 2, comma - 1) : null;
  if (asker && start < 0) first = asker.last + 1;
  const found: Found = asker ? withNp(text, tokens, asker, cue) : sourced(null, cue, at + 1);
  // ("Asked about this, …": a pronoun alone is no question's content.)
  if (first < comma && !(comma - first === 2 && /^(?:this|that|it)$/.test(lowerOf(tokens, first + 1)))) push(into, text, tokenSpan(text, tokens, first, comma - 1), found, '', 4);
  reading.from = comma + 1;
  reading.at = comma;
  return NEXT_WORD;
}

/** "It was reported that …", "it is widely believed that …": a passive with no source. */
function readItPassive(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, at } = reading;
  if (!(wordIn(PASSIVE_REPORT, tokens[at]) && lowerOf(tokens, at + 1) === 'that')) return NEXT_STEP;
  let be = at - 1;
  while (be > from && /ly$/.test(lowerOf(tokens, be))) be--;
  const dummy = tokenAt(tokens, be - 1);
  if (!(be > from && BE_FORMS.has(lowerOf(tokens, be)) && dummy?.lower === 'it' && wordsIn(tokens, at + 2, last + 1) >= 2)) return NEXT_STEP;
  const endToken = clauseEnd(tokens, at + 2, last, false);
  const cue = tokenSpan(text, tokens, be, at);
  push(into, text, tokenSpan(text, tokens, at + 2, endToken), sourced(null, cue, at + 1));
  return readOnAfter(reading, endToken);
}

/** "X is said to have left": a raising passive, attributed to no one named. */
function readRaising(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, at } = reading;
  if (!(wordIn(PASSIVE_REPORT, tokens[at]) && at > 0 && BE_FORMS.has(lowerOf(tokens, at - 1)))) return NEXT_STEP;
  const next = tokens[at + 1];
  if (next?.lower !== 'to') return NEXT_STEP;
  const endToken = clauseEnd(tokens, at + 1, last, false);
  if (wordsIn(tokens, at + 1, endToken + 1) < 2) return NEXT_STEP;
  const cue = tokenSpan(text, tokens, at - 1, at);
  const content = span(text, next.start, tokens[endToken]!.end);
  if (content.end - content.start >= 8) {
    const found: Found = sourced(null, cue, at + 1);
    // "The minister is said to …": the subject is content too, a fragment before the cue.
    const subjectEnd = at - 2;
    const subject = subjectEnd >= from ? subjectBefore(tokens, subjectEnd, from) : null;
    // Not a dummy subject ("It seems likely that …") nor a stray auxiliary ("doesn't appear").
    // (Nor the object inside the subject: "The man accused of attacking the guard is believed to …".)
    if (subject && !(subject.first === subject.last && /^(?:it|there|that|this)$|n['\u2019]t$/i.test(tokens[subject.first]!.text)) && !GERUNDS.test(lowerOf(tokens, subject.first - 1))) {
      // One content in two parts around the cue, not two quotes with no speaker.
      const piece = tokenSpan(text, tokens, subject.first, subject.last);
      into.push({ content: span(text, piece.start, content.end), parts: [piece, content], kind: 'indirect', found, clause: null, continues: -1, via: '' });
    } else into.push(draftOf(content, found));
  }
  return readOnAfter(reading, endToken);
}

/**
 * "Twitter is widely seen as a news site": a view held by no one named. The subject and the
 * "as" phrase are the two pieces of the content, as for "is said to"; the subject is no speaker.
 */
function readPassiveAs(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, at } = reading;
  if (!(wordIn(PASSIVE_AS, tokens[at]) && lowerOf(tokens, at + 1) === 'as' && at > from)) return NEXT_STEP;
  let be = at - 1;
  if (be > from && /ly$/.test(lowerOf(tokens, be)) && lowerOf(tokens, be).length > 4) be--;
  if (!wordIn(BE_FORMS, tokens[be])) return NEXT_STEP;
  // In a relative clause ("rules, which are seen as a step up, take effect …") the view ends at its comma.
  const endToken = clauseEnd(tokens, at + 1, last, RELATIVE_OPENERS.has(lowerOf(tokens, be - 1)));
  if (wordsIn(tokens, at + 2, endToken + 1) < 1) return NEXT_STEP;
  const cue = tokenSpan(text, tokens, be, at);
  const found: Found = sourced(null, cue, at + 1);
  const subject = be - 1 >= from ? subjectBefore(tokens, be - 1, from) : null;
  const view = tokenSpan(text, tokens, at + 1, endToken);
  if (subject && !(subject.first === subject.last && /^(?:it|there|that|this|which|who)$/i.test(tokens[subject.first]!.text))) {
    // One content in two parts around the cue, not two quotes with no speaker.
    pushAround(into, text, tokenSpan(text, tokens, subject.first, subject.last), view, found, '', 4);
  } else push(into, text, view, found, '', 4);
  return readOnAfter(reading, endToken);
}

/**
 * "Her death was confirmed by the party", "New elections were called for by the opposition" (a
 * verb with its topic's preposition): the subject is what the agent after "by" said.
 */
function readPassiveBy(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from } = reading;
  let at = reading.at;
  // (The preposition stands in for the participle: every offset below counts from it.)
  if (/ed$/.test(lowerOf(tokens, at)) && TOPIC_CUES.get(lowerOf(tokens, at))?.has(lowerOf(tokens, at + 1))) at++;
  if (!(isWordToken(tokens[at]) && (PASSIVE_BY.has(lowerOf(tokens, at)) || at > reading.at) && lowerOf(tokens, at + 1) === 'by' && at > from + 1)) return NEXT_STEP;
  let be = reading.at - 1;
  if (be > from && /ly$/.test(lowerOf(tokens, be)) && lowerOf(tokens, be).length > 4) be--;
  if (!wordIn(BE_FORMS, tokens[be])) return NEXT_STEP;
  const bare = subjectAfter(tokens, at + 2, last);
  const subject = subjectBefore(tokens, be - 1, from);
  if (!bare || !subject || !isWordToken(tokens[subject.first]) || /^(?:it|there|that|this|which|who|he|she|they|i|we|you)$/i.test(tokens[subject.first]!.text) && subject.first === subject.last) return NEXT_STEP;
  // A named agent only: a common noun phrase after "by" is too often cut short or a reason ("by rivals for …").
  const named = tokens[bare.mFirst]!.cap || DETERMINERS.has(lowerOf(tokens, bare.mFirst)) && tokens[bare.mFirst + 1]?.cap === true;
  if (!named) return NEXT_STEP;
  // The agent's own phrase, not its reason ("by rivals for failing to …").
  const agent = bare;
  if (/['\u2019]s?$/.test(tokens[agent.last]!.text)) return NEXT_STEP;
  const cue = tokenSpan(text, tokens, be, at + 1);
  push(into, text, tokenSpan(text, tokens, subject.first, subject.last), withNp(text, tokens, agent, cue), '', 2);
  return readOnAfter(reading, agent.last);
}

/** A verb of speech, thought or support with its topic: "talked about the border", "voted for Clinton". */
function readTopic(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, at } = reading;
  const topicEnd = topicCue(tokens, at, last);
  if (topicEnd < 0) return NEXT_STEP;
  const endToken = clauseEnd(tokens, topicEnd + 1, last, true);
  if (!(wordsIn(tokens, topicEnd + 1, endToken + 1) >= 1 && isWordToken(tokens[topicEnd + 1]))) return NEXT_STEP;
  const cue = tokenSpan(text, tokens, at, topicEnd);
  let np = at > from ? subjectBefore(tokens, at - 1, from) ?? saidBefore(tokens, at) : null;
  const and = andBefore(tokens, at, from);
  if (!np && and >= 0) np = sentenceSubject(tokens, and > from ? from : 0, and);
  const content = tokenSpan(text, tokens, topicEnd + 1, endToken);
  // A cue with a word before its preposition ("spoke out against", "weighed in on") reports with
  // its subject, or as a participle after the main clause's comma with that clause's subject
  // ("He gave hints of his life, talking proudly of his daughters"); else not at all.
  if (topicEnd === at + 2) {
    if (GERUNDS.test(lowerOf(tokens, at))) np = commaAt(tokens, at - 1) ? sentenceSubject(tokens, from, at - 1) : null;
    if (!np) return readOnAfter(reading, endToken);
  }
  // "did not respond to requests for comment": what one answers is no content of one's own,
  // nor is the topic of a refusal ("declined to comment on the report").
  const refused = lowerOf(tokens, at - 1) === 'to' && REFUSAL_FORMS.has(lowerOf(tokens, at - 2));
  // Nor an agent ("was called for by rivals": a passive whose agent readPassiveBy did not take).
  if (refused || RESPONSE_FORMS.has(lowerOf(tokens, at)) && lowerOf(tokens, topicEnd) === 'to' || lowerOf(tokens, topicEnd + 1) === 'by') return readOnAfter(reading, endToken);
  // Nor the topic of words not said ("has not commented on the matter"), nor a time ("spoke on Friday").
  // (A question not answered stays: "did not explain why …", "don't know how many …".)
  if (negatedVerb(tokens, at, from) && !WH_WORDS.has(lowerOf(tokens, topicEnd + 1)) || onlyTimeWords(tokens, topicEnd + 1, endToken)) return readOnAfter(reading, endToken);
  // "Speaking on the issue, the mayor said …", "Speaking to reporters on Monday, Ruiz …": a
  // participle of speaking that opens the sentence and ends at its comma sets the scene (a venue,
  // a hearer) of the main clause's report; it is no quote of no one. (Only at the sentence's
  // start and only "speaking"/"talking": "…, referring to X" and "Pointing to X, Y said" stay.)
  const previousMark = tokens[at - 1];
  const opensSentence = at === 0 || previousMark !== undefined && !isWordToken(previousMark) && '.!?;:'.includes(previousMark.text);
  if (!np && SCENE_GERUNDS.has(lowerOf(tokens, at)) && opensSentence && commaAt(tokens, endToken + 1)) return readOnAfter(reading, endToken);
  const found: Found = np ? withNp(text, tokens, np, cue) : sourced(null, cue, topicEnd + 1);
  if (content.end - content.start >= 2) into.push(draftOf(content, found));
  return readOnAfter(reading, endToken);
}

/** Whether a negation stands right before the verb at `at`, an adverb or two between: "has not commented", "never spoke", "didn't really talk". */
function negatedVerb(tokens: readonly Token[], at: number, from: number): boolean {
  for (let index = at - 1; index >= from && index >= at - 3; index--) {
    const word = tokens[index]!;
    if (!isWordToken(word)) return false;
    if (['not', 'never'].includes(word.lower) || /n['\u2019]t$/.test(word.lower)) return true;
    if (!/ly$/.test(word.lower) && !['also', 'even', 'still', 'ever', 'yet'].includes(word.lower)) return false;
  }
  return false;
}

/** Whether the words from `first` to `last` are only a time: "Friday", "Monday night", "last week". */
function onlyTimeWords(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  for (let index = first; index <= last; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) continue;
    if (!TIME_WORDS.has(token.lower) && !/^\d/.test(token.text)) return false;
    words++;
  }
  return words > 0;
}

/**
 * "A spokesman called on the council to act": a call on someone to do something reports the
 * one called on and the infinitive ("the council to act"), as "urged him to resign" does.
 * Only with the infinitive: "called on Tuesday" and "called on the family" report nothing.
 */
function readCallOn(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, at } = reading;
  if (!(CALL_FORMS.has(lowerOf(tokens, at)) && ['on', 'upon'].includes(lowerOf(tokens, at + 1)) && at > from)) return NEXT_STEP;
  let to = at + 2;
  while (to <= last && to - at <= 10 && !(lowerOf(tokens, to) === 'to' && isWordToken(tokens[to + 1]))) {
    if (!isWordToken(tokens[to]) && !'-\'\u2019&.'.includes(tokens[to]!.text)) return NEXT_STEP;
    to++;
  }
  if (!(to <= last && to > at + 2 && lowerOf(tokens, to) === 'to' && !TIME_WORDS.has(lowerOf(tokens, at + 2)))) return NEXT_STEP;
  const np = subjectBefore(tokens, at - 1, from);
  if (!np) return NEXT_STEP;
  const endToken = clauseEnd(tokens, to + 1, last, false);
  const cue = tokenSpan(text, tokens, at, at + 1);
  push(into, text, tokenSpan(text, tokens, at + 2, endToken), withNp(text, tokens, np, cue));
  return readOnAfter(reading, endToken);
}

/** "As reported by the Herald, the council cut …": the clause after the comma, from the agent. */
function readAsReportedBy(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, contentEnd, from, at } = reading;
  if (!(lowerOf(tokens, at) === 'as' && (at === from || leadingOnly(tokens, from, at)))) return NEXT_STEP;
  let verb = at + 1;
  if (/ly$|^first$/.test(lowerOf(tokens, verb))) verb++;
  if (!(AS_BY_PARTICIPLES.has(lowerOf(tokens, verb)) && lowerOf(tokens, verb + 1) === 'by')) return NEXT_STEP;
  let comma = verb + 2;
  while (comma <= last && comma - verb <= 16 && tokens[comma]!.text !== ',') comma++;
  if (!(comma <= last && commaAt(tokens, comma) && comma > verb + 2 && wordsIn(tokens, comma + 1, last + 1) >= 3)) return NEXT_STEP;
  const agent = subjectAfter(tokens, verb + 2, comma - 1);
  if (!agent) return NEXT_STEP;
  const cue = tokenSpan(text, tokens, at + 1, verb + 1);
  const source = wholeSource(tokens, agent, comma - 1);
  push(into, text, span(text, tokens[comma + 1]!.start, contentEnd), withNp(text, tokens, source, cue));
  return STOP;
}

/** The reporting verb at `at`, if any, for the steps after this one; no cue, no attribution here. */
function findCue(reading: SentenceReading): StepOutcome {
  const { text, tokens, last, from, at } = reading;
  const lowerAt = lowerOf(tokens, at);
  // ("the ICG think tank": the cue form modifies the noun after it.)
  if (pluralNounAt(tokens, at) || roleNounBeforeName(tokens, at) || /^tanks?$/.test(lowerOf(tokens, at + 1))) return NEXT_WORD;
  // "The five accused are …": a cue form between a determiner and a finite "be" is a noun;
  // "Officers accused of …": a verb whose object goes before its preposition is passive right before it.
  const before = tokens[at - 1];
  const nextWord = lowerOf(tokens, at + 1);
  if (before && (DETERMINERS.has(before.lower) && FINITE_BE.has(nextWord) || /^(?:accus|suspect)ed of$/.test(lowerAt + ' ' + nextWord) && !PRONOUNS.has(before.lower) && (!before.cap || at - 1 === from))) return NEXT_WORD;
  // ("Police could not confirm that …", "Google cannot determine …": what one could not find out
  // is no one's account of it.)
  if (/^(?:confirm|verif|determin)/.test(lowerAt) && /^(?:not|never|cannot|can't|couldn't)$/.test(lowerOf(tokens, at - 1))) return NEXT_WORD;
  let cueEnd = cueAt(tokens, at, INDIRECT_CUE_FORMS);
  let cueFirst = at;
  // "were adamant that …", "is confident that …": an adjective of belief after a linking verb.
  // (Without a linking verb "worried" is the verb itself, "the couple worried that …", read below.)
  const link = cueEnd < 0 && BELIEF_ADJECTIVES.has(lowerAt) ? beliefLinkBefore(tokens, at, from) : -1;
  if (link >= 0) {
    cueFirst = link;
    cueEnd = at;
  }
  // "made it clear that …", "made the case that …": a phrase of saying on a light verb.
  if (cueEnd < 0 && MAKE_FORMS.has(lowerAt)) {
    cueEnd = madeSayingEnd(tokens, at);
    if (cueEnd < 0) return NEXT_WORD;
  }
  if (cueEnd < 0) {
    // A verb of belief or evidence counts before a clause: "thinks that", "polls show Trump …".
    const clauseCue = cueAt(tokens, at, CLAUSE_CUE_FORMS);
    const after = tokens[clauseCue + 1];
    // "has held the seat": verbs with a common non-reporting sense need an explicit "that".
    // A name opens the clause too when a verb follows it: "thinks Trump will win".
    const nameSubject = after?.cap && CLAUSE_VERB_AFTER_NAME.has(lowerOf(tokens, clauseCue + 2));
    // ("know they're being …": a contracted pronoun opens the clause as the pronoun does; "believes,
    // for example, that …": a short aside between commas before "that" is read past.)
    if (clauseCue >= 0 && after && (after.lower === 'that' || asideBeforeThat(tokens, clauseCue + 1) || (SUBJECT_START.has(after.lower) || CONTRACTED_SUBJECT.test(after.lower) || nameSubject || bareSubjectClause(tokens, clauseCue + 1)) && !THAT_ONLY.has(lowerAt))) cueEnd = clauseCue;
    else if (EVIDENCE_VERBS.has(lowerAt) && at > from && evidenceSubject(tokens, at - 1, from)) cueEnd = at;
    // "Voters see the plan as unfair", "She regards him as a rival": a view of something as something.
    else if (REGARD_FORMS.has(lowerAt) && at > from && asComplement(tokens, at + 1, last)) cueEnd = at;
    else {
      // Judgements and intentions with an object: "endorsed Clinton", "wants to …", "criticized the plan".
      const weak = cueAt(tokens, at, WEAK_CUE_FORMS);
      if (weak >= 0) cueEnd = weak;
      // "About two-thirds support a ban", "58 percent back Clinton": a stance form that is mostly a noun is the verb of a share of people.
      else if (at > from && shareStanceVerbAt(tokens, at)) cueEnd = at;
      else if (thatClauseCue(tokens, at) || parentheticalCue(tokens, at, from)) cueEnd = at;
      else return NEXT_WORD;
    }
  }
  reading.cueEnd = cueEnd;
  reading.cueFirst = cueFirst;
  reading.cue = tokenSpan(text, tokens, cueFirst, cueEnd);
  reading.cueWord = lowerAt;
  reading.previous = tokens[cueFirst - 1];
  reading.next = tokens[cueEnd + 1];
  return NEXT_STEP;
}

/**
 * The linking verb of the adjective of belief at `at` when a clause opened by "that" follows it
 * ("Many Democrats are afraid that …", "remain cautiously optimistic that …", "came away
 * convinced that …"), or -1. ("is sure to win", "was aware of", "a confident team" report nothing.)
 */
function beliefLinkBefore(tokens: readonly Token[], at: number, from: number): number {
  const that = tokens[at + 1];
  const opener = tokens[at + 2];
  if (that?.lower !== 'that' || !isWordToken(opener) || CLAUSE_VERB_AFTER_NAME.has(opener.lower)) return -1;
  let index = at - 1;
  while (index > from && (/ly$/.test(lowerOf(tokens, index)) || DEGREE_WORDS.has(lowerOf(tokens, index)))) index--;
  const link = tokens[index];
  if (!isWordToken(link) || index <= from) return -1;
  if (LINKING_VERBS.has(link.lower)) return index;
  return link.lower === 'away' && ['came', 'come', 'comes', 'walked'].includes(lowerOf(tokens, index - 1)) && index - 1 > from ? index - 1 : -1;
}

/**
 * The last word of a phrase of saying on "make" or "give" at `at`, or -1: "made (it) (very)
 * clear" or "made it known" before "that" or a clause ("made it clear he had …", "made clear the
 * plan would …"), a noun of saying before "that" ("made the case", "the point", "gave the
 * assurance", "gave assurances"). ("made it clear" alone, "made clear his aim to …", "made the
 * case for …", "made a point of …" report nothing.)
 */
function madeSayingEnd(tokens: readonly Token[], at: number): number {
  // ("… to draw the line, and make it clear that …": a bare form after "and" or "to" has no subject of its own here.)
  if (lowerOf(tokens, at) === 'make' && ['and', 'or', 'to'].includes(lowerOf(tokens, at - 1))) return -1;
  let index = at + 1;
  // ("the", "a", "an" or none before the noun: "gave assurances that …".)
  if (ARTICLES.has(lowerOf(tokens, index))) index++;
  if (MADE_SAYING_NOUNS.has(lowerOf(tokens, index))) return lowerOf(tokens, index + 1) === 'that' ? index : -1;
  if (index > at + 1) return -1;
  if (lowerOf(tokens, index) === 'it') index++;
  if (/ly$/.test(lowerOf(tokens, index)) || lowerOf(tokens, index) === 'very') index++;
  if (!MADE_SAYING_ADJECTIVES.has(lowerOf(tokens, index))) return -1;
  const after = tokens[index + 1];
  if (!isWordToken(after)) return -1;
  // ("made clear his aim to …", "made clear the risks ahead": a noun phrase made clear is no clause.)
  if (after.lower === 'that' || PRONOUN_CLAUSE_SUBJECTS.has(after.lower) || CONTRACTED_SUBJECT.test(after.lower) || after.cap && CLAUSE_VERB_AFTER_NAME.has(lowerOf(tokens, index + 2))) return index;
  return SUBJECT_START.has(after.lower) && clauseVerbIn(tokens, index + 2, tokens.length - 1) ? index : -1;
}

/**
 * Whether an -s cue form is a plural noun read from its left context: after a lowercase
 * common word (a noun or an adjective, no subject of its own: not a pronoun, a name, a person
 * or a source) that itself follows a preposition or "and", or with a verb that agrees with it
 * or "of" right after ("ocean views, …", "video calls tend to …", "fleeting blasts of …").
 * ("a system he says is rigged", "what the report says will …": a subject before the form.)
 */
function pluralNounAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (!isWordToken(token) || token.cap || !/[^s'\u2019]s$/.test(token.lower) || !INDIRECT_CUE_FORMS.has(token.lower) && !WEAK_CUE_FORMS.has(token.lower) && !CLAUSE_CUE_FORMS.has(token.lower)) return false;
  const previous = tokenAt(tokens, at - 1);
  if (!isWordToken(previous) || previous.cap || !/^[a-z-]+$/.test(previous.lower) || /(?:s|ly|ed)$/.test(previous.lower)) return false;
  if (NP_STOP.has(previous.lower) || SUBJECT_PRONOUNS.has(previous.lower) || DETERMINERS.has(previous.lower) || PERSON_ROLE_NOUNS.has(previous.lower) || SOURCE_NOUNS.has(previous.lower) || BARE_VERB_PRECEDERS.has(previous.lower)) return false;
  // ("a move that the kingdom hopes will …": after a determiner the word before is a subject's head.)
  const before = tokenAt(tokens, at - 2);
  if (isWordToken(before) && (DETERMINERS.has(before.lower) || /['\u2019]s$/.test(before.text))) return false;
  const next = tokenAt(tokens, at + 1);
  if (!next) return false;
  // ("a large body of work suggests that …": a clause after the form makes it the verb.)
  // ("over past remarks about …", "with repeated warnings about …": a preposition before the
  // modifier and one of topic after the form make it a noun, its phrase no subject and verb.)
  if (isWordToken(before) && (NOUN_LINKS.has(before.lower) || TOPIC_PREPOSITIONS.has(before.lower)) && TOPIC_PREPOSITIONS.has(next.lower)) return true;
  return isWordToken(next) ? PLURAL_NOUN_FOLLOWERS.has(next.lower) : wordIn(NOUN_LINKS, before) && ',.;:)'.includes(next.text);
}

/**
 * Whether the cue form at `at` is a role noun that titles the name after it, with a lower-case
 * noun before it: "democracy advocate Pita Waqavonovono said", "appeals judge Ana Ruiz wrote".
 * (A name then a cue or a comma after it: "rights groups advocate Medicare for All" stays a verb.)
 */
function roleNounBeforeName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  const previous = tokenAt(tokens, at - 1);
  if (token.cap || !(PERSON_ROLE_NOUNS.has(token.lower) || TITLES.has(token.lower)) || !isWordToken(previous) || previous.cap || !/^[a-z-]+$/.test(previous.lower) || /(?:ly|ed)$/.test(previous.lower) ||
    NP_STOP.has(previous.lower) || SUBJECT_PRONOUNS.has(previous.lower) || DETERMINERS.has(previous.lower) || BARE_VERB_PRECEDERS.has(previous.lower)) return false;
  // A name of two to four capitalised words, then a cue or a comma.
  let end = at + 1;
  while (end < at + 5 && tokens[end]?.cap) end++;
  return end > at + 2 && (commaAt(tokens, end) || INDIRECT_CUE_FORMS.has(lowerOf(tokens, end)));
}

/**
 * Any verb of speech, belief or reporting before "that" and the subject of a clause: "the
 * judge ruled that the law …", "she bemoaned that costs …". A noun in the same form ("the
 * charges that", "a new rule that", "emissions rules that") is told by the word before it:
 * an -s form needs a name, a pronoun or a source noun as its subject, a bare form a plural
 * subject, a pronoun or an auxiliary, and no form follows a determiner or a possessive.
 */
function thatClauseCue(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  const lower = token.lower;
  if (!isWordToken(token) || !THAT_CLAUSE_FORMS.has(lower) || MEAN_FORMS.has(lower) || lowerOf(tokens, at + 1) !== 'that') return false;
  const opener = tokenAt(tokens, at + 2);
  if (!isWordToken(opener) || CLAUSE_VERB_AFTER_NAME.has(opener.lower) || !(opener.cap || /^\d/.test(opener.text) || CLAUSE_SUBJECT_OPENERS.has(opener.lower) || !/(?:ed|ing)$/.test(opener.lower))) return false;
  const previous = tokenAt(tokens, at - 1);
  if (!previous) return true;
  if (!isWordToken(previous)) return previous.text === ',' || previous.text === '\u2014';
  const before = previous.lower;
  if (NOUN_OPENERS.has(before) || /['\u2019]s$/.test(previous.text) || token.cap && previous.cap) return false;
  if (GERUNDS.test(lower)) return BE_FORMS.has(before) || GERUND_OPENERS.has(before) || /ly$/.test(before);
  // (A capital opening the sentence marks no name: "News reports that …" is a noun phrase.)
  if (/[^s]s$/.test(lower)) return previous.cap && at > 1 || ['he', 'she', 'who', 'which', 'it', 'that'].includes(before) || SOURCE_NOUNS.has(before) || PERSON_ROLE_NOUNS.has(before);
  if (THAT_CLAUSE_BASES.has(lower)) return BARE_VERB_PRECEDERS.has(before) || /[^s]s$/.test(before) && (!previous.cap || at === 1);
  return true;
}

/** Words that open a clause's subject after "that" (not a verb, so "that" is no relative pronoun: "the rules that govern …"). */
/**
 * Any verb of speech or belief set off by commas after its subject, inside the content:
 * "Democrats, she notes, applaud …", "There is no risk, officials insist, because …".
 */
function parentheticalCue(tokens: readonly Token[], at: number, from: number): boolean {
  const token = tokens[at]!;
  if (!isWordToken(token) || token.cap || !THAT_CLAUSE_FORMS.has(token.lower) || GERUNDS.test(token.lower) || MEAN_FORMS.has(token.lower) || tokens[at + 1]?.text !== ',' || at - 1 <= from) return false;
  const np = subjectBefore(tokens, at - 1, from);
  if (!(np !== null && np.first > from && commaAt(tokens, np.first - 1) && np.last === at - 1)) return false;
  // The subject speaks: a pronoun, a name, or a person or source noun ("officials", "the survey"), never "you know".
  const first = tokens[np.mFirst]!;
  const head = lowerOf(tokens, np.mLast);
  if (np.mFirst === np.mLast && ['he', 'she', 'they', 'we'].includes(first.lower)) return true;
  const names = tokens.slice(np.mFirst, np.mLast + 1).every((word) => word.cap);
  return names && np.mLast - np.mFirst <= 3 || sayerNoun(head);
}

/**
 * The last token of a role appositive that starts at `from` and closes with a comma before at
 * least three more words ("a consultant at Vespucci Maritime,"), or -1. A role noun must come
 * within its first four words and no verb inside, so that a clause ("the plan failed,") is not one.
 */
function roleAppositiveEnd(tokens: readonly Token[], from: number, last: number): number {
  if (!APPOSITIVE_OPENERS.has(lowerOf(tokens, from))) return -1;
  let role = false;
  for (let index = from + 1; index <= last && index - from <= 14; index++) {
    const token = tokens[index]!;
    if (token.text === ',') return role && index > from + 1 && wordsIn(tokens, index + 1, last + 1) >= 3 ? index - 1 : -1;
    if (!isWordToken(token) && token.text !== '-' && token.text !== '&') return -1;
    if (APPOSITIVE_VERBS.has(token.lower)) return -1;
    if (index - from <= 4 && PERSON_ROLE_NOUNS.has(token.lower)) role = true;
  }
  return -1;
}

/** "According to X, …" / "…, according to X." / "…, according to X, …": the source after the cue. */
/** Whether a source after "according to" is one by its head (evidence, a source or a person noun) or made "by" a name: "a count by The Associated Press". */
function sourceWithoutComma(tokens: readonly Token[], np: NounPhrase): boolean {
  const head = lowerOf(tokens, np.mLast);
  if (EVIDENCE_NOUNS.has(head) || sayerNoun(head)) return true;
  // ("a count by the Herald", "a tally by AP": a piece of work by a named maker.)
  for (let index = np.first + 1; index < np.last; index++) if (lowerOf(tokens, index) === 'by' && (tokens[index + 1]!.cap || lowerOf(tokens, index + 1) === 'the' && tokens[index + 2]?.cap)) return true;
  return false;
}

function readAccordingTo(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, contentEnd, from, at, cueEnd, cue } = reading;
  if (lowerOf(tokens, at) !== 'according') return NEXT_STEP;
  const bare = subjectAfter(tokens, cueEnd + 1, last);
  const np = bare && wholeSource(tokens, bare, last);
  const npClosed = np !== null && tokens[(commaAt(tokens, np.last + 1) ? np.last : np.description ? np.description[1] : np.last) + 1]?.text === ',';
  if (!np || !npClosed && (at <= from + 1 || leadingOnly(tokens, from, at))) {
    // A long source closed by a comma: "According to early results of the survey conducted by …, …".
    if (at <= from + 1 || leadingOnly(tokens, from, at)) {
      let comma = cueEnd + 2;
      while (comma <= last && comma - cueEnd <= 30 && tokens[comma]!.text !== ',' && !';:'.includes(tokens[comma]!.text)) comma++;
      if (comma <= last && comma - cueEnd <= 30 && commaAt(tokens, comma) && wordsIn(tokens, comma + 1, last + 1) >= 3) {
        const source = tokenSpan(text, tokens, cueEnd + 1, comma - 1);
        push(into, text, span(text, tokens[comma + 1]!.start, contentEnd), sourced(source, cue, comma));
        return STOP;
      }
    }
    return NEXT_WORD;
  }
  let npEnd = commaAt(tokens, np.last + 1) ? np.last : np.description ? np.description[1] : np.last;
  if ((at <= from + 1 || leadingOnly(tokens, from, at)) && commaAt(tokens, npEnd + 1)) {
    if (np.description && npEnd === np.last) np.description = null;
    // "According to Lars Jensen, a consultant at the firm, …": the role is the source's, not content.
    const role = npEnd === np.last ? roleAppositiveEnd(tokens, npEnd + 2, last) : -1;
    if (role > 0) {
      np.description = [npEnd + 2, role];
      npEnd = role;
    }
    const start = tokens[npEnd + 2];
    // ("According to the Post, he said …", "According to Ada Obi, the minister said …": the inner verb
    // reports it; not a share of a poll's respondents, "According to the survey, 51 percent said …".)
    const inner = subjectAfter(tokens, npEnd + 2, last);
    if (inner && !/\d/.test(start!.text) && SAY_FORMS.has(lowerOf(tokens, inner.last + 1))) return NEXT_WORD;
    if (start && wordsIn(tokens, npEnd + 2, last + 1) >= 3) {
      push(into, text, span(text, start.start, contentEnd), withNp(text, tokens, np, cue));
      return STOP;
    }
  } else if (at > from && isWordToken(tokens[at - 1]) && (npEnd >= last - 1 || /ed$/.test(lowerOf(tokens, npEnd + 1)) && timeOnly(tokens, npEnd + 2, last + 1)) && wordsIn(tokens, from, at) >= 4 && sourceWithoutComma(tokens, np)) {
    // "Most voters view the plan unfavorably according to the poll (released Monday).": closing the sentence without
    // a comma, "according to" names a source only when it names one (a poll, a report, officials,
    // "a count by the AP"); "went according to plan", "acted according to the rules" are manner.
    push(into, text, tokenSpan(text, tokens, from, at - 1), withNp(text, tokens, np, cue));
    return STOP;
  } else if (at > from && commaAt(tokens, at - 1) && npEnd >= last - 1) {
    // (Unless the source closes at a comma and the clause goes on: "X, according to aides who …, was …".)
    if (readAccordingMid(reading)) return STOP;
    if (wordsIn(tokens, from, at) >= 3) push(into, text, span(text, tokens[from]!.start, tokens[at - 1]!.start), withNp(text, tokens, np, cue));
    return STOP;
  } else if (at > from && commaAt(tokens, at - 1) && commaAt(tokens, npEnd + 1) && wordsIn(tokens, npEnd + 2, last + 1) >= 2 && !((tokens[npEnd + 2]!.cap || DETERMINERS.has(lowerOf(tokens, npEnd + 2))) && commaWithin(tokens, npEnd + 2, Math.min(last, npEnd + 9)))) {
    // (Not before an appositive of the source: "according to Lily Ross, a former aide, …".)
    // Between commas mid-sentence ("Fundraising, according to the campaign, has surged"): both pieces are the content.
    const found = withNp(text, tokens, np, cue);
    const after = span(text, tokens[npEnd + 2]!.start, contentEnd);
    // After a fronted adverbial ("But the next day, according to Roffman, the owner …") the clause alone is the content.
    if (ADVERBIAL_LEADS.has(lowerOf(tokens, from)) && wordsIn(tokens, from, at) <= 5) push(into, text, after, found);
    else pushAround(into, text, span(text, tokens[from]!.start, tokens[at - 1]!.start), after, found);
    return STOP;
  }
  // A longer source set off by commas mid-sentence, its own modifiers or appositive inside
  // ("X, according to Ann Lee, a former envoy, was …", "X, according to members who …, was …"):
  // the clause goes on after the closing comma with its verb, lower case.
  return readAccordingMid(reading) ? STOP : NEXT_WORD;
}

/**
 * A longer source set off by commas mid-sentence, its own modifiers or appositive inside
 * ("X, according to Ann Lee, a former envoy, was …", "X, according to aides who …, was …"):
 * the clause goes on after the closing comma with its verb, lower case. The pieces before
 * and after are one content in two parts.
 */
function readAccordingMid(reading: SentenceReading): boolean {
  const { text, tokens, into, last, contentEnd, from, at, cueEnd, cue } = reading;
  if (!(at > from && commaAt(tokens, at - 1) && !ADVERBIAL_LEADS.has(lowerOf(tokens, from)))) return false;
  const comma = sourceClosingComma(tokens, cueEnd + 1, last);
  if (comma < 0 || !resumesAt(tokens, comma + 1, last)) return false;
  const resumes = tokens[comma + 1]!;
  const source = tokenSpan(text, tokens, cueEnd + 1, comma - 1);
  const found: Found = sourced(source, cue, comma);
  pushAround(into, text, span(text, tokens[from]!.start, tokens[at - 1]!.start), span(text, resumes.start, contentEnd), found);
  return true;
}

/** Whether the sentence's clause goes on at `index` with its verb or an adverb (lower case), at least two words. */
function resumesAt(tokens: readonly Token[], index: number, last: number): boolean {
  const word = tokenAt(tokens, index);
  // (Not a coordinator or a relative: "…, according to the poll, and …" adds a clause of its own.)
  return isWordToken(word) && !word.cap && !DETERMINERS.has(word.lower) && !COORDINATORS.has(word.lower) && !RELATIVE_OPENERS.has(word.lower) && !CLAUSE_BREAKERS.has(word.lower) && (BE_FORMS.has(word.lower) || GAP_VERBS.has(word.lower) || CLAUSE_VERB_AFTER_NAME.has(word.lower) || /(?:ed|[^s]s|ly)$/.test(word.lower) || ['also', 'still', 'now', 'never', 'not'].includes(word.lower)) && wordsIn(tokens, index, last + 1) >= 2;
}

/** The comma that closes a source of two to twenty words after "according to" (one inner comma for an appositive), or -1. */
function sourceClosingComma(tokens: readonly Token[], first: number, last: number): number {
  let commas = 0;
  for (let index = first + 1; index <= last && index - first <= 20; index++) {
    const token = tokens[index]!;
    if (isWordToken(token)) continue;
    if (token.text !== ',') return -1;
    // An appositive's comma is followed by a determiner or a lower-case role ("a former envoy,"); a second comma closes it.
    if (commas === 0 && (DETERMINERS.has(lowerOf(tokens, index + 1)) || ['former', 'one', 'another'].includes(lowerOf(tokens, index + 1))) && commaWithin(tokens, index + 2, Math.min(last, index + 9))) {
      commas++;
      continue;
    }
    return index;
  }
  return -1;
}

/** Whether a comma stands in tokens from..to (an appositive closed before the clause goes on). */
function commaWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (commaAt(tokens, index)) return true;
  return false;
}

/** Whether the words at `at` are a determiner and one noun, then a preposition, a subordinator or the sentence's end. */
function phoneCall(tokens: readonly Token[], at: number, last: number): boolean {
  const determiner = tokens[at]!;
  const noun = tokenAt(tokens, at + 1);
  if (!ARTICLES_AND_POSSESSIVES.has(determiner.lower) || !isWordToken(noun) || noun.cap) return false;
  const after = at + 2 <= last ? tokens[at + 2]! : undefined;
  if (!after) return true;
  // (Not a comma: "called a long, ugly fight" goes on naming.)
  if (!isWordToken(after)) return after.text === '.' || after.text === ';';
  if (!(NP_PREPOSITIONS.has(after.lower) || OPENING_PREPOSITIONS.has(after.lower) || SUBORDINATORS.has(after.lower))) return false;
  // "called her vote in favor of the war a mistake": a name given further on is still a naming.
  for (let index = at + 3; index <= last && index <= at + 16; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) return !isQuoteToken(token);
    if (['a', 'an'].includes(token.lower)) return false;
  }
  return true;
}

/**
 * Whether an event is called at `at` ("called a snap election for June", "called a press
 * conference to explain …", "has called a referendum"): a determiner, up to two modifiers and an
 * event noun, with no naming after it in its clause ("called the election a sham", "called the
 * vote “rigged”", "called her vote in favor of the war a mistake").
 */
function calledEvent(tokens: readonly Token[], at: number, last: number): boolean {
  if (!ARTICLES_AND_POSSESSIVES.has(lowerOf(tokens, at))) return false;
  for (let index = at + 1; index <= last && index <= at + 3; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token) || token.cap) return false;
    if (!CALLED_EVENTS.has(token.lower)) continue;
    // ("called her vote in favor of the war a mistake": a name given further on is a naming.)
    for (let after = index + 1; after <= last && after <= index + 16; after++) {
      const next = tokens[after]!;
      if (!isWordToken(next)) return !isQuoteToken(next);
      if (['a', 'an'].includes(next.lower)) return false;
    }
    return true;
  }
  return false;
}

/** The noun before the first preposition of a phrase ("a tool for Linux" → "tool"), else its last word. */
function headBeforePreposition(tokens: readonly Token[], first: number, last: number): Token {
  for (let index = first + 2; index <= last; index++) {
    if (HEAD_PREPOSITIONS.has(lowerOf(tokens, index)) && isWordToken(tokens[index - 1])) return tokens[index - 1]!;
  }
  return tokens[last]!;
}

/** Whether capitalised words start at `from` and a comma, a stop or a bracket (or the end) follows them. */
function nameAlone(tokens: readonly Token[], from: number): boolean {
  let index = from;
  while (index < tokens.length && tokens[index]!.cap) index++;
  return index > from && (index >= tokens.length || ',.;:()'.includes(tokens[index]!.text));
}

/** Whether a noun phrase's head is a thing that a name may follow, not a person or a source. */
function namedThing(head: Token): boolean {
  const lower = head.lower;
  return !head.cap && !sayerNoun(lower);
}

/** Cue-like words that report nothing here: prepositions, passives, fixed phrases, counts. */
function skipNonReporting(reading: SentenceReading): StepOutcome {
  const { tokens, at, cueWord, previous, next, from } = reading;
  // "thanks to a big win" is a preposition, and ", adding to the confusion" adds no words.
  // ("who fear for their jobs": fearing for someone is a feeling; only a clause is content.)
  if ((cueWord === 'thanks' || cueWord === 'adding') && next?.lower === 'to' || /^fear/.test(cueWord) && next?.lower === 'for') return NEXT_WORD;
  // "called into a radio show", "called in to a town hall": a telephone call, no words reported.
  // (But "called into question" judges.)
  const afterInto = lowerOf(tokens, reading.cueEnd + 2);
  if (CALL_FORMS.has(cueWord) && (next?.lower === 'into' && afterInto !== 'question' && afterInto !== 'doubt' || next?.lower === 'in' && afterInto === 'to')) return NEXT_WORD;
  // Passives ("was shown", "is expected"), fixed phrases ("That said,", "worth noting") and adjectival participles ("20 pledged delegates").
  // (An adverb may stand between: "is widely regarded as", "was publicly praised".)
  // So are a passive and a participle opening the sentence before its noun ("Recently released footage shows …").
  if (passiveAt(tokens, reading.cueFirst, cueWord) || /ed$/.test(cueWord) && (at === from || at === from + 1 && /ly$/.test(previous!.lower)) && isWordToken(next) && !next.cap && !NP_STOP.has(next.lower) && !DETERMINERS.has(next.lower)) return NEXT_WORD;
  // "Privacy advocates are skeptical", "Gun rights advocates have started …": a form in -s
  // before a plural verb is a plural noun (a verb in -s takes no "are" after it).
  if (/[^s]s$/.test(cueWord) && isWordToken(next) && /^(?:are|were|have|do|don't|aren't|weren't|haven't)$/.test(next.lower)) return NEXT_WORD;
  // "20 pledged delegates" is a count, but "six in 10 say" and "nine out of 10 say" are shares of people speaking.
  if (previous && (/^\d/.test(previous.text) && lowerOf(tokens, at - 2) !== 'in' && !(lowerOf(tokens, at - 2) === 'of' && lowerOf(tokens, at - 3) === 'out') || previous.lower === 'worth')) return NEXT_WORD;
  return NEXT_STEP;
}

/**
 * Whether the cue `word` whose phrase starts at `first` is a passive participle after a form of
 * "be", an adverb between or none ("was shown", "has barely been mentioned").
 */
function passiveAt(tokens: readonly Token[], first: number, word: string): boolean {
  const previous = tokens[first - 1];
  const auxiliary = isWordToken(previous) && (/ly$/.test(previous.lower) && previous.lower.length > 4 || PASSIVE_ADVERBS.has(previous.lower)) ? tokens[first - 2] : previous;
  return wordIn(BE_FORMS, auxiliary) && /(?:ed|en|wn|ld|id|ght|nd|rd|od)$/.test(word);
}

/**
 * A parenthetical attribution: "The bigger risk, he said, is a clash …". PolNeAR labels the
 * pieces on either side as two fragments of one content, however short the first.
 */
function readParenthetical(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, contentEnd, from, at, cueEnd, cue, cueWord, previous, next } = reading;
  if (!(next && isWordToken(previous) && at > from)) return NEXT_STEP;
  // ", he said," or with its time or setting: ", official figures showed on Thursday,".
  const close = next.text === ',' ? cueEnd + 1 : settingComma(tokens, cueEnd + 1, cueWord);
  if (close < 0) return NEXT_STEP;
  const np = subjectBefore(tokens, at - 1, from);
  if (!(np && np.first > from && commaAt(tokens, np.first - 1) && !['who', 'which', 'that'].includes(lowerOf(tokens, np.mFirst)) && wordsIn(tokens, from, np.first - 1) >= 1 && wordsIn(tokens, close + 1, last + 1) >= 2)) return NEXT_STEP;
  const found = withNp(text, tokens, np, cue);
  const first = span(text, tokens[asideClauseStart(tokens, from, np.first - 1, close + 1)]!.start, tokens[np.first - 1]!.start);
  // "…, the ministry said, as the union warned that …": the clause after is the sentence's own;
  // so is the writer's comment after a time ("…, figures showed on Thursday, as nurses voted …").
  const comment = writersClauseAt(tokens, close + 1) || close > cueEnd + 1 && (participleAfter(tokens, close + 1) || ['as', 'while', 'when'].includes(lowerOf(tokens, close + 1)));
  const attributed = attributedClauseAt(tokens, close + 1);
  if (comment || attributed) {
    if (!into.some((draft) => draft.found?.cue.start === cue.start)) push(into, text, first, found, 'post');
    return attributed ? NEXT_WORD : STOP;
  }
  // "…, Lena Holm said, adding that …": the gerund reports a clause of its own by the same
  // speaker; it is no second piece of the content before it.
  const gerund = gerundOfSayingAt(tokens, close + 1);
  if (gerund >= 0) {
    push(into, text, first, found, 'post');
    const gerundCue = tokenSpan(text, tokens, close + 1, gerund);
    const gerundStart = contentStartAfterCue(text, gerundCue.end, contentEnd);
    if (contentEnd - gerundStart > 10) push(into, text, span(text, gerundStart, contentEnd), { ...found, cue: gerundCue, after: gerund + 1 });
    return STOP;
  }
  pushAround(into, text, first, span(text, tokens[close + 1]!.start, contentEnd), found);
  return STOP;
}

/**
 * Whether "as" or "while" and a subject open the writer's own clause at `at`, right after an
 * aside's comma: "…, investors said, as the shares fell …". ("when" there goes on with what was
 * said, "In 1990, she said, when she …"; so do "while slowing" and "as written", with no subject.)
 */
function writersClauseAt(tokens: readonly Token[], at: number): boolean {
  const word = lowerOf(tokens, at);
  const next = tokens[at + 1];
  return (word === 'as' || word === 'while') && isWordToken(next) && (next.cap || DETERMINERS.has(next.lower) || PERSONAL_SUBJECTS.has(next.lower));
}

/**
 * Where the clause that a parenthetical attribution interrupts starts, before its comma at
 * `comma`: after the last ", and" or ", while" (a clause of its own: "Sanogo scored, and the
 * side, Klopp admits, was poor"), or after ", with" when no verb follows the aside (an
 * absolute phrase: "…, with the side, Klopp admits, simply not good enough"); else the sentence's
 * start. What comes before is the writer's own.
 */
function asideClauseStart(tokens: readonly Token[], from: number, comma: number, after: number): number {
  for (let at = comma - 2; at > from; at--) {
    const word = lowerOf(tokens, at);
    if (tokens[at - 1]!.text !== ',') continue;
    if (COORDINATORS.has(word) || COMMA_SUBORDINATORS.has(word)) return at + 1;
    if (word === 'with') return GAP_VERBS.has(lowerOf(tokens, after)) || /ed$/.test(lowerOf(tokens, after)) ? from : at + 1;
  }
  return from;
}

/** A cue closed by a comma ("said,", "Officials say,") hands over to a quote; a refusal without "to" reports nothing. */
function skipClosedCue(reading: SentenceReading): StepOutcome {
  const { tokens, from, at, cueEnd, cueWord, next } = reading;
  if (next?.text === ',' && (cueWord === 'said' || at === from + 1) && !asideBeforeThat(tokens, cueEnd + 1)) return NEXT_WORD;
  // Every form of a refusal, as in the other refusal rules ("declining an invitation" reports nothing either).
  if (REFUSAL_FORMS.has(cueWord) && next?.lower !== 'to') return NEXT_WORD;
  return NEXT_STEP;
}

/** "…, said Smith, a spokesman.": the speaker after a cue that follows a comma. */
function readInverted(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, at, cueEnd, cue, cueWord } = reading;
  // A verb of judging is never inverted: in "Campaigners, who raised …, welcomed the ruling" the ruling is its object.
  // Nor a naming participle: "He knew of one, called Smoking Shields, that …" names a thing;
  // nor a participle that is no past tense: "Ford, seen standing alongside Lee, …" is passive.
  if (!(at > from && commaAt(tokens, at - 1) && !GERUNDS.test(lowerOf(tokens, at))) || NP_ONLY_FORMS.has(cueWord) || NAMING_PARTICIPLES.has(cueWord) || EN_PARTICIPLES.has(cueWord)) return NEXT_STEP;
  const after = subjectAfter(tokens, cueEnd + 1, last);
  if (!(after && invertedSpeakerCloses(tokens, after, last) && sourceHead(tokens, after))) return NEXT_STEP;
  // "The coalition's lawyer, Naomi Fisch, said the decision …": words before the comma that are
  // one noun phrase with a name or role in apposition are the cue's subject, not its content.
  if (appositiveSubject(tokens, from, at - 1)) return NEXT_STEP;
  if (wordsIn(tokens, from, at - 1) >= 3) push(into, text, span(text, tokens[from]!.start, tokens[at - 1]!.start), withNp(text, tokens, after, cue), 'inverted');
  return STOP;
}

/** Whether `from`..`comma` (a comma) is a subject with its appositive ("Its principal, Janet Ovitt,"). */
function appositiveSubject(tokens: readonly Token[], from: number, comma: number): boolean {
  const np = subjectBefore(tokens, comma, from);
  return np?.last === comma && np.description !== null && np.first === from;
}

/**
 * Whether an -ed cue after a thing (no person, source or name) modifies it: the phrase is a
 * complement ("is a place regarded …") or the finite verb of the sentence follows the
 * participle's own phrase with no subject ("the rise in deaths announced in X on Friday was …").
 */
function reducedRelative(tokens: readonly Token[], np: NounPhrase, at: number, last: number): boolean {
  const head = tokens[np.mLast]!;
  if (!pastParticiple(lowerOf(tokens, at)) || np.mLast !== at - 1 || head.cap || sayerNoun(head.lower) || EVIDENCE_NOUNS.has(head.lower)) return false;
  if (SUBJECT_START.has(head.lower) || ['who', 'which', 'some', 'many', 'that', 'others', 'people', 'officials'].includes(head.lower)) return false;
  // After a form of "be", a preposition or "than the" the phrase is no clause's subject ("more
  // than the decline estimated a week earlier"; "more than half of voters preferred" has one).
  const before = tokenAt(tokens, np.first - 1);
  if (isWordToken(before) && (FINITE_BE.has(before.lower) || NP_PREPOSITIONS.has(before.lower) || before.lower === 'than' && lowerOf(tokens, np.first) === 'the')) return true;
  if (!NOUN_LINKS.has(lowerOf(tokens, at + 1))) return false;
  for (let index = at + 2; index <= last && index <= at + 12; index++) {
    const token = tokens[index]!;
    // ("the union agreed in 2011 to a wage system in which new hires were …": another clause's verb.)
    if (!isWordToken(token) || ['who', 'which', 'and', 'but', 'to', 'that', 'when', 'where'].includes(token.lower)) return false;
    if (FINITE_BE.has(token.lower)) return !SUBJECT_START.has(lowerOf(tokens, index - 1));
  }
  return false;
}

/**
 * Whether a cue form may be a past participle: in -ed, or one in -en ("seen", "written",
 * "shown"), which modifies a noun as "released" does ("The letter written Monday said …").
 * (Not "told" or "held": mostly a past tense, "someone told Trump that …".)
 */
const pastParticiple = (word: string): boolean => /ed$/.test(word) || EN_PARTICIPLES.has(word);

/** Month names, lower case, which a time after a participle may hold ("released in September"). */
const MONTH_WORDS: ReadonlySet<string> = new Set(ENGLISH_MONTH_NAMES.names);

/**
 * Whether the -ed cue at `at` modifies the common noun right before it rather than being its
 * verb: the noun is a preposition's object ("In a statement released Thursday, the mayor …"),
 * a thing named after "a" ("a group called Voters First"), or a time or a "by" phrase follows it and the sentence's own verb comes right after ("A
 * report released in September by the academy found …", "The emails released Tuesday included
 * …"). ("The company reported Tuesday that …" and "reported Tuesday revenue rose" report: a
 * clause, not a verb, follows the time.)
 */
function participleModifier(tokens: readonly Token[], np: NounPhrase, at: number, last: number): boolean {
  const head = tokens[at - 1]!;
  if (!pastParticiple(lowerOf(tokens, at)) || np.mLast !== at - 1 || !isWordToken(head) || head.cap || PRONOUN_SUBJECTS.has(head.lower)) return false;
  const before = tokenAt(tokens, np.first - 1);
  // (Not before a clause of its own: "with many worried that the zone …".) Any preposition's
  // object is no subject: "Under the plan announced in May, the firm …", nor one read with its
  // preposition ("Under rules announced …": a bare noun).
  if ((wordIn(ADVERBIAL_PREPOSITIONS, before) || ADVERBIAL_PREPOSITIONS.has(lowerOf(tokens, np.first))) && lowerOf(tokens, at + 1) !== 'that') return true;
  // "the last of the firms believed to be interested": a raising passive with no "be" before it
  // modifies the noun (not after "what": "in what many people believed to be a ruse").
  if (wordIn(PASSIVE_REPORT, tokens[at]) && before?.lower !== 'what' && lowerOf(tokens, at + 1) === 'to' && ['be', 'have'].includes(lowerOf(tokens, at + 2))) return true;
  // "a new group called Voters First is …", "one PAC called Stop Now": a thing named, introduced by "a" or "one".
  // (Not a judgement of someone: "A union of teachers called Lopez a liar", "called Lee “weak”".)
  if (['called', 'named'].includes(lowerOf(tokens, at)) && indefiniteBefore(tokens, at - 1) && (tokens[at + 1]?.cap || lowerOf(tokens, at + 1) === 'the' && tokens[at + 2]?.cap === true)) {
    let after = lowerOf(tokens, at + 1) === 'the' ? at + 2 : at + 1;
    while (tokens[after]?.cap) after++;
    const next = tokens[after];
    return !(next && (DETERMINERS.has(next.lower) || isQuoteToken(next)));
  }
  let index = at + 1;
  while (index <= last && isWordToken(tokens[index]) && (TIME_WORDS.has(lowerOf(tokens, index)) || MONTH_WORDS.has(lowerOf(tokens, index)) || /^\d/.test(tokens[index]!.text)) && lowerOf(tokens, index) !== 'that') index++;
  const timed = index > at + 1;
  if (lowerOf(tokens, index) === 'by') {
    for (let agent = index + 1; agent <= last && agent <= index + 10; agent++) {
      const token = tokens[agent]!;
      if (!isWordToken(token) || token.lower === 'that') return false;
      if (!token.cap && agent > index + 1 && finiteVerbWord(token.lower)) return true;
    }
    return false;
  }
  const verb = tokens[index];
  return timed && isWordToken(verb) && !verb.cap && finiteVerbWord(verb.lower);
}

/** Whether an indefinite determiner opens the noun that ends at `head`, a modifier or two between: "a group", "one PAC", "a resistance movement". */
function indefiniteBefore(tokens: readonly Token[], head: number): boolean {
  for (let index = head - 1; index >= 0 && index >= head - 3; index--) {
    const token = tokens[index]!;
    if (!isWordToken(token)) return false;
    if (INDEFINITE_DETERMINERS.has(token.lower)) return true;
  }
  return false;
}

/** Whether a lower-case word is a finite verb: a form of "be", an auxiliary, a past in -ed or a cue. */
const finiteVerbWord = (word: string): boolean => CLAUSE_VERB_AFTER_NAME.has(word) || /[a-z]{2}ed$/.test(word) || REPORT_FORMS_SET.has(word) && !GERUNDS.test(word);

/** The pronoun nearest before `to` (back to `floor`, at most 30 words) as a noun phrase, or null. */
function nearestPronoun(tokens: readonly Token[], floor: number, to: number): NounPhrase | null {
  for (let index = to; index > floor && to - index < 30; index--) if (PRONOUN_SUBJECTS.has(lowerOf(tokens, index))) return nounPhrase(index, index, index, index, null);
  return null;
}

/**
 * The subject's mention without a "that" that opens its clause: "showing that administration officials
 * knew …", "given that polls show …", "noted that the company offers …" (the speakers are
 * "administration officials", "polls", "the company"). "That" stays a determiner before a
 * singular head ("said that fact speaks volumes"): it goes only before a determiner, a name or
 * a plural, or when the phrase's head is a plural or a name.
 */
function withoutComplementizer(tokens: readonly Token[], np: NounPhrase): NounPhrase {
  const that = tokens[np.first]!;
  if (that.lower !== 'that' || that.cap || np.first !== np.mFirst || np.mLast === np.first) return np;
  const next = tokens[np.first + 1]!;
  const head = tokens[np.mLast]!;
  const plural = (word: Token): boolean => isWordToken(word) && !word.cap && /[^s'\u2019]s$/.test(word.lower) && !/(?:ss|us|is)$/.test(word.lower);
  if (!(DETERMINERS.has(next.lower) || next.cap || plural(next) || plural(head) || head.cap)) return np;
  return nounPhrase(np.first + 1, np.last, np.mFirst + 1, np.mLast, np.description);
}

/** The noun phrase that speaks before the cue, for the steps after this one; an event is no source. */
/**
 * The "and" that joins the verb at `at` to an earlier verb of the same subject, past "has" or
 * a modal ("Rubio thanked Miami and said …", "Lee often questions the deal and has called for
 * …"), or -1.
 */
function andBefore(tokens: readonly Token[], at: number, from: number): number {
  let index = at - 1;
  while (index > from && (MODALS.has(lowerOf(tokens, index)) || ['has', 'have', 'had', 'also'].includes(lowerOf(tokens, index)))) index--;
  return index >= from && lowerOf(tokens, index) === 'and' ? index : -1;
}

/**
 * The pronoun that opens the last clause joined by "and" or "but" before `to`, when no cue comes
 * before it: in "The defeat hurt the club and they must now win, and hope others lose" the ones
 * who hope are "they", not the defeat. (After a cue the clause is what was said: "The mayor said
 * the plan failed and they would try again, and urged calm" is the mayor's urging.)
 */
function coordinatedSubject(tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  for (let index = to - 1; index > from; index--) {
    if (!PRONOUN_SUBJECTS.has(lowerOf(tokens, index)) || !COORDINATORS.has(lowerOf(tokens, index - 1))) continue;
    for (let at = from; at < index; at++) if (cueAt(tokens, at, INDIRECT_CUE_FORMS) >= 0) return null;
    return nounPhrase(index, index, index, index, null);
  }
  return null;
}

function findSpeaker(reading: SentenceReading): StepOutcome {
  // (The subject stands before the whole cue phrase: "Officials were adamant that …".)
  const { tokens, from, cueFirst: at, cueWord, previous } = reading;
  let np = at > from ? subjectBefore(tokens, at - 1, from) : null;
  // "Images recorded just after the attack showed …", "Footage filmed minutes after …": a
  // participle's object is inside the subject, whose head stands before the participle.
  const participle = np ? np.first - 3 : 0;
  if (np && participle > from && /^(?:after|before|during|by|in|at|on)$/.test(lowerOf(tokens, np.first - 1)) && /(?:ly|s)$|^just$/.test(lowerOf(tokens, participle + 1)) && /ed$/.test(lowerOf(tokens, participle))) np = subjectBefore(tokens, participle - 1, from);
  // "Rubio thanked Miami and said it was great": the subject of the first verb.
  const and = andBefore(tokens, at, from);
  if (!np && and >= 0) np = coordinatedSubject(tokens, and > from ? from : 0, and) ?? sentenceSubject(tokens, and > from ? from : 0, and) ?? (from > 0 ? sentenceSubject(tokens, 0, and) : null);
  // "Mr. Diaz, a Republican who described himself as …, said he …": a relative clause inside
  // the subject was read on its own; the main clause's subject stands before it.
  if (!np && previous?.text === ',' && from > 0 && !GERUNDS.test(cueWord)) {
    const main = subjectBefore(tokens, at - 1, 0);
    // ("The mayor, who proposed the cut, said …": the relative clause follows the mention.)
    const relative = main !== null && commaAt(tokens, main.mLast + 1) && ['who', 'which'].includes(lowerOf(tokens, main.mLast + 2));
    if (main && (main.description || relative) && (main.first === 0 || leadingOnly(tokens, 0, main.first))) np = main;
  }
  // "…, but suggested Trump went too far": the subject of the sentence, after "but" too.
  if (!np && previous?.lower === 'but' && at - 1 >= from && !GERUNDS.test(cueWord)) np = sentenceSubject(tokens, 0, at - 1);
  // "$221 million in the quarter reported Thursday", "a statement at 3:20 p.m. saying …": a sum
  // or a time of day never speaks (a gerund's speaker is then the clause's, read by readGerund).
  // ("20 million experts say" is the experts': a noun after the unit heads the phrase.)
  if (np && amountAt(tokens, np.mFirst) && (np.mFirst + 1 >= np.mLast || NP_PREPOSITIONS.has(lowerOf(tokens, np.mFirst + 2)))) {
    if (!GERUNDS.test(cueWord)) return NEXT_WORD;
    np = null;
  }
  // "He was heard saying …", "the mayor was caught telling …", "an aide was quoted as saying …":
  // the passive's subject speaks, never the participle.
  let passive = at - 1;
  if (previous?.lower === 'as') passive--;
  if (GERUNDS.test(cueWord) && PERCEPTION_PASSIVES.has(lowerOf(tokens, passive)) && passive > from && BE_FORMS.has(lowerOf(tokens, passive - 1))) {
    np = passive - 2 >= from ? subjectBefore(tokens, passive - 2, from) : null;
    if (!np) return NEXT_WORD;
  }
  // "people saying …" is a noun phrase, but "62 percent saying …" and "a post saying …" report.
  if (np && GERUNDS.test(cueWord) && !(previous && BE_FORMS.has(previous.lower)) && cueWord !== 'saying') np = null;
  // "a call from a woman saying …": a message's sender says it, not the message.
  if (np && cueWord === 'saying') np = senderOf(tokens, np);
  // "On Tuesday, the mayor toured the site, saying …": after a comma the gerund's subject is the clause's, read by readGerund.
  if (np && GERUNDS.test(cueWord) && previous?.text === ',') np = null;
  // "It said …" names a report or a body, but "it shows", "that means" attribute nothing.
  if (np && /^(?:it|that|this)$/i.test(tokens[np.mFirst]!.text) && np.mFirst === np.last && !(lowerOf(tokens, np.mFirst) === 'it' && IT_SPEECH.has(cueWord))) np = null;
  // "To determine …, we used …": a function word opening the sentence is never a speaker.
  // ("…, who make up about 80 percent and see …", "For that she drew ire - he called her weak and
  // said …": before "and" the nearest pronoun speaks.)
  if (np && np.mFirst === np.mLast && FUNCTION_WORDS.has(lowerOf(tokens, np.mFirst))) np = previous?.lower === 'and' ? nearestPronoun(tokens, np.mFirst, at - 2) : null;
  // "a place regarded with sorrow", "the rise in deaths announced on Friday was 777": a
  // participle after a thing, as a complement or with the sentence's verb still to come, modifies it.
  if (np && (reducedRelative(tokens, np, reading.at, reading.last) || participleModifier(tokens, np, reading.at, reading.last))) return NEXT_WORD;
  reading.np = np;
  // "Your body fat percentage tells you what …", "the chart shows you …", "the app will tell you
  // where …": a thing telling the generic reader reports nothing, in any tense.
  if (np && /^(?:tell|show|told)/.test(cueWord) && reading.next?.lower === 'you' && namedThing(tokens[np.mLast]!) && !PRONOUNS.has(lowerOf(tokens, np.mLast))) return NEXT_WORD;
  // An event is no source: "The visit highlights the country's commitment".
  if (np && !tokens[np.mLast]!.cap && EVENT_NOUNS.has(lowerOf(tokens, np.mLast))) return NEXT_WORD;
  // "the string of contests known as Super Tuesday": a participle after its noun, with no
  // auxiliary, names the noun; no one is quoted.
  // So does "identified" ("A woman later identified as Eva Roe", "a resident identified in the
  // minutes as Mr. Okafor criticized …"): a name given, not words said.
  if (['known', 'identified'].includes(cueWord) && (reading.next?.lower === 'as' || HEAD_PREPOSITIONS.has(reading.next?.lower ?? '') && tokens.slice(reading.cueEnd + 2, reading.cueEnd + 6).some((token) => token.lower === 'as')) && isWordToken(previous) && !BE_FORMS.has(previous.lower) && !['has', 'have', 'had', 'also', 'long', 'better', 'best', 'well', 'widely', 'commonly', 'generally'].includes(previous.lower)) return NEXT_WORD;
  // So does one with its adverb after a name or noun ("a farmer, 54, better known as “Sonny”",
  // "Ann Lee, widely known as …"): with no auxiliary before the adverb, no one is quoted.
  const beforeAdverb = tokenAt(tokens, at - 2);
  if (cueWord === 'known' && reading.next?.lower === 'as' && ['also', 'better', 'best', 'widely', 'commonly', 'generally'].includes(previous?.lower ?? '') && isWordToken(beforeAdverb) && !BE_FORMS.has(beforeAdverb.lower) && !['has', 'have', 'had', 'also', 'now', 'once', 'not'].includes(beforeAdverb.lower) && !/ly$/.test(beforeAdverb.lower)) return NEXT_WORD;
  // A participle naming an indefinite thing ("a group called Citizens First", "a stream named …") says nothing.
  // (Not a person or a source: "a spokesman called Lee a liar", "a spokesman called on …".)
  // So does one right between a common noun and a quotation mark, whatever the subject read
  // ("… away through a technique called “loop hoisting”": the technique's name).
  if (NAMING_PARTICIPLES.has(cueWord) && isWordToken(previous) && !PRONOUNS.has(previous.lower) && !BE_FORMS.has(previous.lower) && namedThing(previous) && '"\u201c\u2018'.includes(reading.next?.text ?? 'x')) return NEXT_WORD;
  if (np && NAMING_PARTICIPLES.has(cueWord) && ['a', 'an'].includes(lowerOf(tokens, np.mFirst)) && namedThing(tokens[np.mLast]!) && (reading.next?.cap || '"\u201c\u2018\''.includes(reading.next?.text ?? 'x'))) return NEXT_WORD;
  // Right after a thing's noun and before a bare name, whatever subject was read ("a form of
  // dementia called frontotemporal dementia", "a protein named CHMP2B").
  if (NAMING_PARTICIPLES.has(cueWord) && isWordToken(previous) && !NP_STOP.has(previous.lower) && !PRONOUNS.has(previous.lower) && !BE_FORMS.has(previous.lower) && !/ly$/.test(previous.lower) && namedThing(previous) && isWordToken(reading.next) && !DETERMINERS.has(reading.next.lower) && !OBJECT_PRONOUNS.has(reading.next.lower)) return NEXT_WORD;
  // So does one after a phrase whose head stands before a prepositional phrase ("a plug-in for
  // Firefox called Lens, which …"), when a name alone follows: with more words after the name the
  // verb may judge ("a union of nurses called Lopez a liar").
  if (np && NAMING_PARTICIPLES.has(cueWord) && ['a', 'an'].includes(lowerOf(tokens, np.mFirst))) {
    const head = headBeforePreposition(tokens, np.mFirst, np.mLast);
    if (head !== tokens[np.mLast] && namedThing(head) && nameAlone(tokens, reading.cueEnd + 1)) return NEXT_WORD;
  }
  // A name introduced with its initials and nothing after them ("… called the Youth Arts Board
  // (YAB), which …"): a naming, not a report, whatever stands before it. (With words after, the
  // verb may judge: "called the Youth Arts Board (YAB) a waste".)
  // So does one after "a man", "a woman", any indefinite noun, before a name alone ("run by a man
  // named Tom Clarke, who …"): a person introduced by name, not words said.
  if (NAMING_PARTICIPLES.has(cueWord) && (namedWithInitials(tokens, reading.cueEnd + 1) || indefiniteBefore(tokens, at - 1) && nameAlone(tokens, reading.cueEnd + 1))) return NEXT_WORD;
  return NEXT_STEP;
}

/** The phrase after the last "from" inside `np` when a thing's noun stands before it ("a call from a woman"), else `np`. */
function senderOf(tokens: readonly Token[], np: NounPhrase): NounPhrase {
  for (let index = np.mLast - 1; index > np.mFirst; index--) if (lowerOf(tokens, index) === 'from') return namedThing(tokens[index - 1]!) ? nounPhrase(index + 1, np.last, index + 1, np.mLast, null) : np;
  return np;
}

/** Whether an optional "the", 2+ capitalised words and a bracketed word in capitals start at `from`, and a comma, stop or the end follows. */
function namedWithInitials(tokens: readonly Token[], from: number): boolean {
  let index = lowerOf(tokens, from) === 'the' ? from + 1 : from;
  const first = index;
  while (index < tokens.length && tokens[index]!.cap) index++;
  const initials = tokens[index + 1];
  return index - first >= 2 && tokens[index]?.text === '(' && isWordToken(initials) && initials.text.length >= 2 && initials.text === initials.text.toUpperCase() && tokens[index + 2]?.text === ')' && (index + 3 >= tokens.length || ',.;:'.includes(tokens[index + 3]!.text));
}

/**
 * Post-posed: "…, Capuñay said." / "…, Juan Carlos Capuñay, former ambassador, told the Global Times."
 * (Not evidence with its object: "For the first time, a poll shows Smith leading".)
 */
function readPostposedInClause(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, cueEnd, cue, cueWord, np } = reading;
  if (!(np && np.first > from && ',\u2014'.includes(tokens[np.first - 1]!.text) && !['who', 'which', 'that'].includes(lowerOf(tokens, np.mFirst)) && attributionTail(tokens, cueEnd + 1, tokens.length - 1, cueWord) && !(EVIDENCE_VERBS.has(cueWord) && wordsIn(tokens, cueEnd + 1, last + 1) >= 3) && !objectAfterCue(tokens, reading.at, cueEnd))) return NEXT_STEP;
  // "In the women's race, Ketema defended her title": a fronted adverbial is no content, and a
  // verb of judging with its object ("defended her title") closes no attribution.
  if (adverbialOnly(tokens, from, np.first - 2) || adverbialsOnly(tokens, from, np.first - 1) || NP_ONLY_FORMS.has(cueWord) && isWordToken(tokens[cueEnd + 1])) return NEXT_STEP;
  // (With no content before it, "…, the candidate said families of victims file lawsuits" after a
  // clause already read is no closing attribution: the words after the cue are read as its content.)
  // (Only a verb of saying: "has shown little interest", "most backed Sanders" give no object of their own here.)
  if (wordsIn(tokens, from, np.first - 1) < 3) return from > 0 && SAY_FORMS.has(cueWord) ? NEXT_STEP : STOP;
  push(into, text, span(text, tokens[from]!.start, tokens[np.first - 1]!.start), withNp(text, tokens, np, cue), 'post');
  return STOP;
}

/** "…, saying …": the subject of the main clause speaks. */
function readGerund(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, contentEnd, from, at, cue, cueWord, np } = reading;
  // "Noting the delays, Lee …", "Citing the delays, the council …": a gerund phrase that opens the
  // sentence reports up to its comma (not past a colon), and the main clause's subject right after
  // it speaks ("Speaking at a rally, …", "Reporting among …", before a preposition, is a setting).
  const comma = !at && !NP_PREPOSITIONS.has(lowerOf(tokens, at + 1)) && !PLACE_PREPOSITIONS.has(lowerOf(tokens, at + 1)) ? tokens.findIndex((token, index) => index > at && ',:'.includes(token.text)) : -1;
  if (!(!np && GERUNDS.test(lowerOf(tokens, at)) && (commaAt(tokens, comma) || at > from && gerundAfterClause(tokens, at, from)))) return NEXT_STEP;
  // The main clause's subject speaks, even when an earlier attribution already used its verb;
  // after a closing attribution the one who said it ("“…,” Ramos said, referring to …").
  // "The aide, citing the budget, said …": a participle set off right after the subject is an
  // aside before the main verb; it reports up to its closing comma, and the main verb is read on.
  const aside = comma > at || !commaAt(tokens, at - 1) ? -1 : tokens.findIndex((token, index) => index > at && token.text === ',' && INDIRECT_CUE_FORMS.has(lowerOf(tokens, index + 1)));
  const subject = comma > at ? sentenceSubject(tokens, comma + 1, reading.last) : saidBefore(tokens, at) ?? (aside > 0 ? asideSubject(tokens, at, from) : null) ?? sentenceSubject(tokens, from, at) ?? (from > 0 ? sentenceSubject(tokens, 0, at) : null);
  const start = contentStartAfterCue(text, cue.end, contentEnd);
  if (contentEnd - start > 10 && (subject || SAYING.has(cueWord))) {
    // Without a subject the words still report someone's ("…, saying …"): the speaker stays open.
    const found: Found = subject ? sameSubject(text, into, tokens[subject.first]!.start, cue, at) ?? withNp(text, tokens, subject, cue) : sourced(null, cue, at + 1);
    const close = comma > at ? comma : subject?.last === at - 2 ? aside : -1;
    // ("…, calling them liars and vowing to …": a second gerund of the subject ends the content.)
    const end = parallelVerbEnd(tokens, cueWord, at + 1, reading.last);
    push(into, text, span(text, start, close > 0 ? tokens[close]!.start : end < reading.last ? tokens[end]!.end : contentEnd), found);
    return close > 0 ? NEXT_WORD : STOP;
  }
  return NEXT_WORD;
}

/**
 * The phrase that opens the clause right before the comma of the gerund at `at`, read back
 * from the comma as a subject before its cue is: "ABC affiliate KNXV-TV, citing …, said …"
 * (read forward it would stop at "affiliate").
 */
function asideSubject(tokens: readonly Token[], at: number, from: number): NounPhrase | null {
  const np = at - 2 >= from ? subjectBefore(tokens, at - 2, from) : null;
  return np?.first === from ? np : null;
}

/**
 * The speaker of a closing attribution right before the gerund at `at`, set off by a comma or
 * a closing quotation mark: "“…,” Ramos said, referring to …", "…, he said, adding that …".
 */
function saidBefore(tokens: readonly Token[], at: number): NounPhrase | null {
  if (!(at > 2 && GERUNDS.test(lowerOf(tokens, at)) && commaAt(tokens, at - 1) && INDIRECT_CUE_FORMS.has(lowerOf(tokens, at - 2)))) return null;
  const said = subjectBefore(tokens, at - 3, 0);
  return said && said.first > 0 && ',"\u201d\u2019\''.includes(tokens[said.first - 1]!.text) ? said : null;
}

/**
 * The main clause's attribution, when the last one read has the same subject: "The Minister for
 * Information, Ahmed Osman, denied …, saying …" names Ahmed Osman as the verb did, where the
 * subject read again alone would be "The Minister"; so does a name set off after the office
 * with no comma after it ("Minister of Finance, Dr. Nigel Clarke said …, noting …"), not a
 * relative clause's or an appositive's lower-case phrase ("Lee, who won, …", "Lee, the aide, …"). Its
 * speaker, with the gerund as cue.
 */
function sameSubject(text: string, into: readonly Draft[], subjectStart: number, cue: Span, at: number): Found | null {
  const previous = into.length > 0 ? into[into.length - 1]!.found : null;
  if (!previous?.speaker || !previous.phrase || previous.cue.start >= cue.start || subjectStart >= previous.phrase.end) return null;
  if (previous.phrase.start > subjectStart && !(/,\s*$/.test(text.slice(subjectStart, previous.phrase.start)) && /^\p{Lu}/u.test(text.charAt(previous.phrase.start)))) return null;
  return { speaker: previous.speaker, phrase: previous.phrase, description: previous.description, cue, after: at + 1 };
}

/** Whether a number at `at` is a sum or a time of day by its unit ("221 million", "3:20 p.m."). */
const amountAt = (tokens: readonly Token[], at: number): boolean => /^\d/.test(tokens[at]?.text ?? '') && AMOUNT_UNITS.has(lowerOf(tokens, at + 1));

/**
 * Whether the gerund at `at` follows a main clause: after a comma ("…, saying …"), or after
 * a subordinator that takes a gerund, adverbs between, before a clause ("… while also saying
 * that …", "… before clarifying that …", "… by arguing that …").
 */
function gerundAfterClause(tokens: readonly Token[], at: number, from: number): boolean {
  let index = at - 1;
  while (index > from && (/ly$/.test(lowerOf(tokens, index)) || ['then', 'also', 'even', 'not', 'again'].includes(lowerOf(tokens, index)))) index--;
  // A comma inside a closing quotation mark closes the clause too: "… “expanded the party,” claiming …".
  while (index > from && !isWordToken(tokens[index]) && '"\u201d\u2019\''.includes(tokens[index]!.text) && commaAt(tokens, index - 1)) index--;
  const word = tokens[index]!;
  // A time of day closes the main clause too: "issued a statement at 3:20 p.m. saying …".
  if (word.text === ',' || amountAt(tokens, index - 1)) return true;
  // After a subordinator only a clause reports ("while also saying that …"), not an object ("while adding seats").
  const next = lowerOf(tokens, at + 1);
  return index > from && ['while', 'after', 'before', 'by'].includes(word.lower) && (next === 'that' || WH_WORDS.has(next));
}

/** "As the Times reported, the talks failed": the clause after the comma is the content. */
function readAsClause(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, from, cueEnd, cue, cueWord, np } = reading;
  const as = np ? tokens[np.first - 1] : undefined;
  if (!(np && as?.lower === 'as' && INDIRECT_CUE_FORMS.has(cueWord) && (np.first - 1 === from || leadingOnly(tokens, from, np.first - 1)))) return NEXT_STEP;
  let comma = cueEnd + 1;
  while (comma <= last && comma - cueEnd <= 12 && tokens[comma]!.text !== ',') comma++;
  if (!(comma <= last && comma - cueEnd <= 12 && commaAt(tokens, comma) && wordsIn(tokens, comma + 1, last + 1) >= 3)) return NEXT_STEP;
  push(into, text, tokenSpan(text, tokens, comma + 1, clauseEnd(tokens, comma + 1, last, false)), withNp(text, tokens, np, cue));
  return STOP;
}

/**
 * Whether the words after a form of "know" at `start` name a person known, not a clause or a
 * thing: a name ("knew Muhammad Ali for decades", "has known the Clintons"), an object pronoun
 * ("have known him since childhood") or a person noun after its determiner ("know the mayor
 * well"), with no clause after it. Things known are knowledge and stay ("knows the specifics of
 * the plan", "know their average age").
 */
function knownPerson(tokens: readonly Token[], start: number, last: number): boolean {
  const first = tokens[start]!;
  if (!isWordToken(first)) return false;
  let after = start;
  // ("her" before a noun is a possessive: "knows her tendencies" is knowledge.)
  const possessive = first.lower === 'her' && isWordToken(tokens[start + 1]) && !tokens[start + 1]!.cap && !HEAD_PREPOSITIONS.has(lowerOf(tokens, start + 1)) && !TIME_WORDS.has(lowerOf(tokens, start + 1));
  if (!first.cap && OBJECT_PRONOUNS.has(first.lower) && !['itself', 'it'].includes(first.lower) && !possessive) after = start + 1;
  else if (!first.cap && DETERMINERS.has(first.lower) && PERSON_ROLE_NOUNS.has(lowerOf(tokens, start + 1))) after = start + 2;
  else {
    // A name, after "the" or alone: "Muhammad Ali", "the Clintons".
    let index = first.lower === 'the' ? start + 1 : start;
    while (index <= last && tokens[index]?.cap && !WH_WORDS.has(lowerOf(tokens, index))) index++;
    if (index === start || first.lower === 'the' && index === start + 1) return false;
    after = index;
  }
  return !clauseVerbIn(tokens, after, last) && !CLAUSE_VERB_AFTER_NAME.has(lowerOf(tokens, after));
}

/**
 * Whether a subordinate clause with an attribution of its own opens at `index`: "as the union
 * warned that …". Without a reporting verb ("…, officials insist, because the levees …") it
 * goes on with the content before it.
 */
function attributedClauseAt(tokens: readonly Token[], index: number): boolean {
  if (!COMMA_SUBORDINATORS.has(lowerOf(tokens, index))) return false;
  for (let at = index + 1; at < tokens.length && at <= index + 8; at++) {
    const token = tokens[at]!;
    if (!isWordToken(token)) return false;
    if (!token.cap && INDIRECT_CUE_FORMS.has(token.lower)) return true;
  }
  return false;
}

/**
 * The gerund of saying that opens at `index`, bare or after a subordinator before a clause
 * ("noting that …", "while arguing that …"; not "while adding seats"), or -1.
 */
function gerundOfSayingAt(tokens: readonly Token[], index: number): number {
  const word = lowerOf(tokens, index);
  if (SAYING.has(word)) return index;
  const after = lowerOf(tokens, index + 2);
  return ['while', 'after', 'before', 'by'].includes(word) && SAYING.has(lowerOf(tokens, index + 1)) && (after === 'that' || WH_WORDS.has(after)) ? index + 1 : -1;
}

/** Pre-posed: "X said (that) …", the speaker before the cue and the clause or object after it. */
function readComplementClause(reading: SentenceReading): StepOutcome {
  const { text, tokens, into, last, contentEnd, from, cueEnd, cue, cueWord, np } = reading;
  // "People saying the vote was rigged gathered …": a gerund right after the one word that opens
  // the sentence is inside that subject, no verb of its own ("Crowds gathered, many saying …" and
  // a poll's count, "About 62 percent of voters saying …", stay).
  if (!np || reading.at === 1 && GERUNDS.test(cueWord)) return NEXT_WORD;
  // ("no age or address reported, was southbound …": a participle's aside; a finite verb after
  // its comma goes on with the sentence's subject, no clause of its own; "the point, as Li notes,
  // is that …" is Li's.)
  if (commaAt(tokens, cueEnd + 1) && GAP_AUXILIARIES.has(lowerOf(tokens, cueEnd + 2)) && lowerOf(tokens, np.first - 1) !== 'as') return NEXT_WORD;
  const start = contentStartAfterCue(text, cue.end, contentEnd);
  const startToken = tokens.findIndex((token) => token.start >= start);
  // Most checks below are of what the verb takes right after it.
  const adjacent = startToken === cueEnd + 1;
  // "said so", "said yes": a one-word answer is all that is reported. ("said no one has …": "no"
  // before a word other than a preposition or a time is a determiner, as "so" opens a clause;
  // "no matter how …" is a subordinator, no content.)
  if (adjacent && ONE_WORD_ANSWERS.has(lowerOf(tokens, startToken)) && SAY_FORMS.has(cueWord) && lowerOf(tokens, startToken + 1) !== 'that' && !(isWordToken(tokens[startToken + 1]) && ['no', 'this', 'so'].includes(lowerOf(tokens, startToken)) && lowerOf(tokens, startToken + 1) !== 'matter' && !PREPOSITIONS.has(lowerOf(tokens, startToken + 1)) && !TIME_WORDS.has(lowerOf(tokens, startToken + 1)))) {
    const answer = tokens[startToken]!;
    into.push({ content: span(text, answer.start, answer.end), parts: [span(text, answer.start, answer.end)], kind: 'indirect', found: withNp(text, tokens, np, cue), clause: null, continues: -1, via: '' });
    return readOnAfter(reading, startToken);
  }
  if (startToken < 0) return NEXT_WORD;
  // "The report, which the council released on Monday, said …": past a time, a verb of the
  // main clause is no object of this one; it is read with its own subject.
  if (startToken > cueEnd + 1 && commaAt(tokens, startToken - 1) && INDIRECT_CUE_FORMS.has(lowerOf(tokens, startToken)) && !tokens[startToken]!.cap) return NEXT_WORD;
  // "said on Thursday, as the union warned that …": a clause opened by a subordinator after a
  // comma belongs to the sentence, not to this verb; its own verb is read with its own subject.
  const lead = commaAt(tokens, startToken) ? startToken + 1 : startToken;
  if (lead > cueEnd + 1 && commaAt(tokens, lead - 1) && attributedClauseAt(tokens, lead)) return NEXT_WORD;
  // "he added, noting that …", "X denied it, noting that …": a gerund of saying after the comma
  // is no object of this verb but a report of its own, by this verb's subject.
  const gerund = lead > cueEnd + 1 && commaAt(tokens, lead - 1) ? gerundOfSayingAt(tokens, lead) : -1;
  if (gerund >= 0) {
    const gerundCue = tokenSpan(text, tokens, lead, gerund);
    const gerundStart = contentStartAfterCue(text, gerundCue.end, contentEnd);
    // (As readGerund: a word or two, "citing precedent", is no report.)
    if (contentEnd - gerundStart > 10) push(into, text, span(text, gerundStart, contentEnd), withNp(text, tokens, np, gerundCue));
    return STOP;
  }
  if (SHOW_FORMS.has(cueWord) && adjacent) {
    // "showed me the children's room": a thing shown to someone is no content ("showed me that …", "showed us how …" are).
    if (OBJECT_PRONOUNS.has(lowerOf(tokens, startToken)) && !SHOWN_CLAUSE_OPENERS.has(lowerOf(tokens, startToken + 1))) return NEXT_WORD;
    // "showed no emotion as the verdict was read", "showed little interest": what is shown is a
    // finding only as a clause ("showed support had fallen", "showed that …"), its verb before
    // any subordinate clause.
    // Said of a person (a name or a pronoun), not of a poll or a report ("a poll showed Sanders with 47 percent").
    // Nor is a thing shown by anything but a source of findings: "the deadlock … showed no signs of
    // a thaw" (a poll, a study, records, video show what they show).
    // (Nor after a relative word, which stands for such a source, nor before a small clause: "the
    // video, which showed the officer shooting …".)
    if (!SHOWN_CLAUSE_OPENERS.has(lowerOf(tokens, startToken)) && !clauseVerbIn(tokens, startToken, last, SUBORDINATORS) && (personPhrase(tokens, np.first, np.last) || !evidenceIn(tokens, np.first, np.last) && !RELATIVE_OPENERS.has(lowerOf(tokens, np.mFirst)) && !gerundAfter(tokens, startToken, last) && !tokens[np.mLast]!.cap)) return NEXT_WORD;
  }
  // "went on to say (that) …" reports what follows its verb of saying; "went on the offensive",
  // "went on ABC", "went on to win Ohio" name deeds, not words.
  // (An adverb may stand before the verb: "goes on to openly ridicule …"; a verb of saying before
  // a comma or a colon hands over to the quote that follows.)
  if (GO_FORMS.has(cueWord) && lowerOf(tokens, cueEnd) === 'on' && adjacent && isWordToken(tokens[startToken])) {
    const adverb = /.{3}ly$/.test(lowerOf(tokens, startToken + 1)) ? 1 : 0;
    const verb = tokens[startToken + 1 + adverb];
    if (lowerOf(tokens, startToken) !== 'to' || !isWordToken(verb) || !REPORT_FORMS_SET.has(verb.lower) && !NP_ONLY_FORMS.has(verb.lower)) return NEXT_WORD;
    if (!isWordToken(tokens[startToken + 2 + adverb]) && !isQuoteToken(tokens[startToken + 2 + adverb] ?? tokens[startToken]!)) return NEXT_WORD;
    const sayCue = span(text, cue.start, verb.end);
    const sayStart = contentStartAfterCue(text, verb.end, contentEnd);
    const sayToken = tokens.findIndex((token) => token.start >= sayStart);
    if (sayToken < 0 || sayToken > last) return NEXT_WORD;
    const sayEnd = clauseEnd(tokens, sayToken, last, false);
    push(into, text, tokenSpan(text, tokens, sayToken, sayEnd), withNp(text, tokens, np, sayCue));
    return readOnAfter(reading, sayEnd);
  }
  // "has known the mayor for decades", "knew Ruiz from college": knowing a person is
  // acquaintance, not knowledge reported ("knew the plan would fail", "knows the specifics" stay).
  if (KNOW_FORMS.has(cueWord) && adjacent && knownPerson(tokens, startToken, last)) return NEXT_WORD;
  // "added 20 points", "adds $3 million": a number after "add" is a sum, not words reported.
  if (ADD_FORMS.has(cueWord) && adjacent && /^[\d$€£]/.test(tokens[startToken]!.text)) return NEXT_WORD;
  // One word is content only as an object: "endorsed Trump", "criticized her".
  const oneWord = wordsIn(tokens, startToken, last + 1) === 1;
  if (oneWord && !(tokens[startToken]!.cap || OBJECT_PRONOUNS.has(lowerOf(tokens, startToken)))) return NEXT_WORD;
  if (wordsIn(tokens, startToken, last + 1) < 1) return NEXT_WORD;
  // A verb that takes no clause reports nothing by its object alone: "defended the deal in
  // a post" names a target, not words said. Its reason ("defended the deal as …", "accused
  // him of …") or description ("described it as …") is a proposition, and stays. A verb of
  // judging in words or of citing reports its object ("criticized the deal"), and the words
  // after it are read on as before.
  if (NP_ONLY_FORMS.has(cueWord) && !OBJECT_PROPOSITION.has(lowerOf(tokens, startToken)) && !propositionAfterObject(tokens, startToken, last)) {
    if (OBJECT_REPORT_FORMS.has(cueWord) && adjacent) pushObjectReport(reading, startToken);
    return NEXT_WORD;
  }
  // "wrote the plan", "wrote a letter to the mayor": a thing written is no content unless a
  // clause follows ("wrote the plan would fail", "wrote that …").
  if (WRITE_FORMS.has(cueWord) && adjacent && !clauseVerbIn(tokens, startToken, last)) return NEXT_WORD;
  // A title in quotation marks that is released is a work, not words said: "released “Moon Run”
  // last year", "released “Battlefield V,” CEO … acknowledged that …" (the next clause reports).
  if (RELEASE_FORMS.has(cueWord) && adjacent && isQuoteToken(tokens[startToken]!)) return NEXT_WORD;
  // A call to someone is no speech: "called the police while on his way", "called his lawyer on
  // Monday" (one determiner and noun, then a preposition, a subordinator or the end); "called the
  // plan ridiculous", "called the move a mistake" name or judge, and stay.
  if (CALL_FORMS.has(cueWord) && adjacent && (phoneCall(tokens, startToken, last) || calledEvent(tokens, startToken, last))) return NEXT_WORD;
  if (FIND_FORMS.has(cueWord) && adjacent) {
    // So with "find": "found his remains", "found a way to …", "was found next to him" report a
    // thing or a place, not a finding ("found that …", "found costs had risen" are).
    // (Only an object that opens with a determiner or a pronoun: "found 40% of voters …", "found
    // Zimmerman not guilty" are findings; nor the object of a poll or a study: "a study found the
    // rate doubled".)
    const object = lowerOf(tokens, startToken);
    if (FOUND_THING_OPENERS.has(object) && !clauseVerbIn(tokens, startToken, last) && !evidenceIn(tokens, np.first, np.last)) return NEXT_WORD;
    // Whoever "found themselves" somewhere found no finding, a poll or a campaign too.
    // "found Arnold shot", "the woman found dead": a state after the one found (or after the verb) is a discovery.
    if (REFLEXIVES.has(object) || FOUND_STATES.has(lowerOf(tokens, foundObjectEnd(tokens, startToken)))) return NEXT_WORD;
  }
  // "found" after "help" or "to" is the verb of founding ("helped found Fox News", "to found a party").
  if (cueWord === 'found' && FOUNDING_PRECEDERS.has(reading.previous?.lower ?? '')) return NEXT_WORD;
  // "a suspect wanted for the murder": wanted by the police, not a wish.
  if (cueWord === 'wanted' && lowerOf(tokens, startToken) === 'for') return NEXT_WORD;
  // "had offered a $5,000 reward", "added $3 million": a sum after the verb is no content.
  if (adjacent && addsAmount(tokens, reading.cueFirst, cueEnd)) return NEXT_WORD;
  // So with "add": "a budget that … adds money for street repairs" adds a thing, not words.
  // (Only an object right after the verb: "she added, Donald Trump is …" reports.)
  if (ADD_FORMS.has(cueWord) && adjacent && isWordToken(tokens[startToken]) && lowerOf(tokens, startToken) !== 'that' && !clauseVerbIn(tokens, startToken, last)) return NEXT_WORD;
  // "who asked not to be named", "declined to be identified": a source's terms of anonymity, not words reported.
  if (anonymityTerms(tokens, startToken)) return NEXT_WORD;
  // "he said when asked about X": the circumstance is no content; the question that follows is read on its own.
  const opener = lowerOf(tokens, startToken);
  const circumstance = ['as', 'while', 'if', 'after', 'before', 'when'].includes(opener) ? lowerOf(tokens, startToken + 1) : opener;
  if (circumstance && ['asked', 'speaking', 'questioned', 'interviewed', 'responding', 'pressed', 'reached', 'contacted'].includes(circumstance)) return NEXT_WORD;
  const subordinate = SUBORDINATORS.has(lowerOf(tokens, from)) || (from > 0 && SUBORDINATORS.has(lowerOf(tokens, from - 1)));
  const relative = ['who', 'which', 'that'].includes(lowerOf(tokens, np.mFirst));
  // "the case, which threatens the empire": "which" speaks only for a source ("the report,
  // which found …", "Fox News, which reported …"), not for a thing that cannot say anything.
  const antecedent = tokens[np.mFirst - (commaAt(tokens, np.mFirst - 1) ? 2 : 1)];
  if (lowerOf(tokens, np.mFirst) === 'which' && antecedent?.cap === false && !SOURCE_NOUNS.has(antecedent.lower)) return NEXT_WORD;
  const stopAtComma = subordinate || relative || startsSubordinate(tokens, np.first);
  // "said that if the vote fails, the party …": a fronted adverbial is read past to the clause
  // it opens (not where a comma ends the attribution's own clause: "While critics argue …, X").
  const mainClause = stopAtComma ? startToken : frontedInContent(tokens, startToken, last);
  if (mainClause < 0) return NEXT_WORD;
  const clauseLast = clauseEnd(tokens, mainClause, last, stopAtComma);
  const endToken = parallelVerbEnd(tokens, cueWord, mainClause, clauseLast);
  // "a gangway that crew had reported as faulty": a short "as" phrase right after the verb of
  // a relative clause describes its missing object; no words said are reported.
  if (adjacent && opener === 'as' && lowerOf(tokens, np.first - 1) === 'that' && wordsIn(tokens, startToken, endToken + 1) <= 3) return NEXT_WORD;
  // Only a time, place or topic after the cue ("asked about the crisis,"): nothing is reported.
  // But a verb of will takes its infinitive as content: "declined to say whether …", "vowed to fight".
  const infinitive = opener === 'to' && CONTROL_FORMS.has(cueWord);
  // Except a refusal to speak: "declined to comment", "refused to elaborate" withhold what would have been said.
  if (infinitive && REFUSAL_FORMS.has(cueWord) && NO_CONTENT_SPEECH.has(lowerOf(tokens, startToken + 1))) return NEXT_WORD;
  // "The mayor reportedly plans to resign": what is reported is the plan, read by readReportedly.
  if (infinitive && REPORT_ADVERBS.has(reading.previous?.lower ?? '')) return NEXT_WORD;
  // ("reported at least four bridges had closed": "at least" and "at most" count, they place nothing.)
  const amount = opener === 'at' && ['most', 'least'].includes(lowerOf(tokens, startToken + 1));
  // (After a verb of talking, "with" opens the one talked to, however long: "talked earlier today with Sidana, …, about what …".)
  const preposition = NP_PREPOSITIONS.has(opener) || SETTING_OPENERS.has(opener) || opener === 'about';
  if (!infinitive && !amount && preposition && (wordsIn(tokens, startToken, endToken + 1) <= 6 || opener === 'with' && TALK_FORMS.has(cueWord))) return NEXT_WORD;
  // "a rate not seen since the 1960s", "had known since May": a time since when is no content
  // (after "that" it opens the content's fronted clause: "said that since 2020, prices …").
  if (['since', 'until'].includes(opener) && lowerOf(tokens, startToken - 1) !== 'that') return NEXT_WORD;
  // "… said that given the candidates:" hands over to what follows the colon: not this pass's.
  if (tokens[endToken + 1]?.text === ':' ) return NEXT_WORD;
  const trimmedEnd = withoutTrailingTime(tokens, startToken, endToken);
  // A short object stays even below the usual floor ("endorsed Clinton", "backed her", "promised a veto and …").
  push(into, text, span(text, start, tokens[trimmedEnd]!.end), withNp(text, tokens, np, cue), 'pre', trimmedEnd < clauseLast || oneWord ? 2 : 8);
  // Another attribution may follow in the same sentence ("…, and Y said …").
  return readOnAfter(reading, endToken);
}

/**
 * Where "and" before a second verb of the cue's subject, in the cue's own form, ends the content
 * at `end` ("denied the charges and accused her …", "calling them liars and vowing to …",
 * "denies any wrongdoing and points out …"): the token before that "and", or `end`. The verb
 * takes an object, a clause or a particle ("and growing inequality", "and hundreds of …" are
 * nouns); not when a word of that form comes first in the content ("saying he was running and
 * hoping to win" may join the content's own verbs).
 */
function parallelVerbEnd(tokens: readonly Token[], cueWord: string, from: number, end: number): number {
  const form = GERUNDS.test(cueWord) ? /.{3}ing$/ : /ed$/.test(cueWord) ? /.{3}ed$/ : /[^s]s$/.test(cueWord) ? /.[^s'\u2019]s$/ : null;
  for (let index = from; form && index < end; index++) {
    const word = lowerOf(tokens, index);
    if (form.test(word)) return end;
    const object = lowerOf(tokens, index + 2);
    if (word === 'and' && index > from && isWordToken(tokens[index + 1]) && !tokens[index + 1]!.cap && form.test(lowerOf(tokens, index + 1)) && (DETERMINERS.has(object) || OBJECT_PRONOUNS.has(object) || PERSONAL_SUBJECTS.has(object) || ['to', 'for', 'out'].includes(object) || tokens[index + 2]?.cap)) return index - 1;
  }
  return end;
}

/**
 * The bare object of a verb of judging in words or of citing, as what was said: "criticized
 * the new budget", "cited a 2019 study", "mocked her plan". It runs to a clause mark, a comma
 * (past one only into an appositive or a relative clause: "cited Jane Roe, a nurse in Ohio"),
 * a preposition of setting ("praised the mayor at a rally") or "and" before a second verb
 * ("praised the mayor and said …"). Nothing is reported when the words after the verb open no noun phrase
 * ("rebukes from the Pentagon", "the study she cited has shown …"), when the verb modifies a
 * noun ("a widely mocked plan", "the mayor's much criticized plan"), when anything but words
 * stands between the subject and the verb (the subject may be another clause's: "As the race
 * grew nastier, …"), when the subject is a relative or personal pronoun or a group ("who",
 * "she", "Both Cruz and Fiorina") or holds a time or ends in "and" (it was read too far), or when a verb follows a noun of the object: the cue then sat in a
 * relative clause of a longer subject ("Voters who praised his candidacy warned …").
 */
function pushObjectReport(reading: SentenceReading, startToken: number): void {
  const { text, tokens, into, last, cueFirst, cue, np } = reading;
  if (!np || np.last >= cueFirst) return;
  for (let index = np.last + 1; index < cueFirst; index++) if (!isWordToken(tokens[index]) || COORDINATORS.has(lowerOf(tokens, index))) return;
  // A relative pronoun stands for a noun before it that this reading does not check ("a Sanders
  // supporter who criticized …" is the supporter): only a subject of the verb's own clause speaks.
  // (But a name and a comma right before "who" or "which" are its antecedent, "Ann Lee, who
  // endorsed Fox, …"; not a name after a preposition, "the head of the Oslo Forum, who …".)
  if (['who', 'which', 'that'].includes(lowerOf(tokens, np.mFirst)) && !(lowerOf(tokens, np.mFirst) !== 'that' && commaAt(tokens, np.mFirst - 1) && nameBefore(tokens, np.mFirst - 2))) return;
  // Nor a pair or a share of a group ("Both Cruz and Fiorina", "both of the rivals"), which no
  // one person answers for. ("He endorsed Clinton" speaks: "he" and "she" are resolved as for
  // any other cue, by gender and never to a name inside the content.)
  if (FLOATING_QUANTIFIERS.has(lowerOf(tokens, np.first))) return;
  for (let index = np.first; index <= np.last; index++) if (lowerOf(tokens, index) === 'and') return;
  // A subject read past its end ("… Backs Trump And", "the report on Wednesday") is no one's name.
  for (let index = np.first + 1; index <= np.last; index++) if (TIME_WORDS.has(lowerOf(tokens, index)) || index === np.last && COORDINATORS.has(lowerOf(tokens, index))) return;
  const first = tokens[startToken]!;
  if (!isWordToken(first) || !first.cap && (CLAUSE_VERB_AFTER_NAME.has(first.lower) || /ed$/.test(first.lower) || NP_STOP.has(first.lower) && !DETERMINERS.has(first.lower) && !OBJECT_PRONOUNS.has(first.lower))) return;
  let before = cueFirst - 1;
  while (before >= 0 && (/ly$/.test(lowerOf(tokens, before)) || LONE_MODIFIERS.has(lowerOf(tokens, before)))) before--;
  if (before >= 0 && (DETERMINERS.has(lowerOf(tokens, before)) || /['\u2019]s?$/.test(tokens[before]!.text))) return;
  // A passive ("was also endorsed the day before by …", "had been condemned"): its subject is the
  // one judged, and what follows names no words of its own.
  // (A form in -ing after "be" is active: "Senator Roe is criticizing the budget".)
  if (!GERUNDS.test(cue.text.toLowerCase())) for (let index = np.last + 1; index < cueFirst; index++) if (BE_FORMS.has(lowerOf(tokens, index))) return;
  let end = startToken;
  for (let index = startToken + 1; index <= last; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (!isWordToken(token)) {
      if (token.text === ',' && isWordToken(next) && ['the', 'a', 'an', 'who', 'which', 'whose'].includes(next.lower)) continue;
      if (',;:()[]\u2014\u2013'.includes(token.text) || token.text === '-' && next?.text === '-') break;
      continue;
    }
    if (OBJECT_SETTING_PREPOSITIONS.has(token.lower)) break;
    // ("praised the mayor and said …", "endorsed the plan and she criticized it": a second verb or clause.)
    if (COORDINATING_CONJUNCTIONS.has(token.lower) && isWordToken(next) && !next.cap && (/[^e]ed$/.test(next.lower) || NON_SPEAKER_WORDS.has(next.lower) || INDIRECT_CUE_FORMS.has(next.lower) || PRONOUN_CLAUSE_SUBJECTS.has(next.lower))) break;
    const previous = tokens[index - 1]!;
    if (!token.cap && (CLAUSE_VERB_AFTER_NAME.has(token.lower) || /[^e]ed$/.test(token.lower)) && isWordToken(previous) && !previous.cap && !DETERMINERS.has(previous.lower) && !/ly$/.test(previous.lower) && !PRONOUN_CLAUSE_SUBJECTS.has(previous.lower)) return;
    end = index;
  }
  const trimmedEnd = withoutTrailingTime(tokens, startToken, end);
  push(into, text, tokenSpan(text, tokens, startToken, trimmedEnd), withNp(text, tokens, np, cue), '', 2);
}

/** Whether a name ends at `at` and no preposition stands right before it or its "the": "Ann Lee", "Rep. Jo Park", not "the head of the Oslo Forum". */
function nameBefore(tokens: readonly Token[], at: number): boolean {
  let index = at;
  while (tokens[index]?.cap || tokens[index]?.text === '.' || lowerOf(tokens, index) === 'the') index--;
  return index < at && !HEAD_PREPOSITIONS.has(lowerOf(tokens, index));
}

/** Whether a subject pronoun at `at` has a verb of saying or thinking, adverbs and auxiliaries between: "he argued", "he actually thinks". */
function pronounReports(tokens: readonly Token[], at: number, last: number): boolean {
  if (!PERSONAL_SUBJECTS.has(lowerOf(tokens, at))) return false;
  for (let index = at + 1; index <= last && index <= at + 3; index++) {
    const word = tokens[index]!;
    if (!isWordToken(word)) return false;
    if (SAY_FORMS.has(word.lower) || INDIRECT_CUE_FORMS.has(word.lower)) return true;
    if (!(/ly$/.test(word.lower) || PRONOUN_VERB_GAP.has(word.lower))) return false;
  }
  return false;
}

/**
 * Where the main clause of reported content that opens at `start` begins, past a fronted
 * adverbial and its comma: "said that with the votes she had, the debate would …", "said if
 * the vote fails, the party would split", "said that, in his view, the plan …". Without it the
 * comma ended the content at the adverbial (a comma before "the" reads as the writer's
 * appositive). After an explicit "that" any fronted opener counts; without it only a
 * subordinator ("said after the meeting, …" and "said when …" keep their circumstance
 * reading). The words after the comma must open a clause: a pronoun subject, or a subject and
 * a finite verb before the next comma. Otherwise `start`.
 */
function frontedInContent(tokens: readonly Token[], start: number, last: number): number {
  const first = tokens[start];
  if (!isWordToken(first)) return start;
  const afterThat = lowerOf(tokens, start - 1) === 'that' || first.lower === 'that';
  let opener = first.lower === 'that' ? start + 1 : start;
  // "that, in his view, …": an aside right after "that".
  if (first.lower === 'that' && commaAt(tokens, opener)) opener++;
  else if (first.lower === 'that') return start;
  const word = tokens[opener];
  if (!isWordToken(word)) return start;
  const lower = word.lower === 'even' ? lowerOf(tokens, opener + 1) : word.lower;
  if (!(CONTENT_SUBORDINATORS.has(lower) || afterThat && (CONTENT_FRONTED_OPENERS.has(lower) || OPENING_PREPOSITIONS.has(lower) || SUBORDINATORS.has(lower)))) return start;
  for (let index = opener + 1; index <= last && index - opener <= 24; index++) {
    const token = tokens[index]!;
    if (isWordToken(token)) continue;
    if (token.text !== ',') return start;
    const next = tokens[index + 1];
    if (!isWordToken(next) || CLAUSE_BREAKERS.has(next.lower) || next.lower === 'and' || RELATIVE_OPENERS.has(next.lower)) return start;
    // ("said that while A, he argued B", "told the paper that despite X, he didn't think Y": the
    // speaker's pronoun with a verb of saying or thinking of its own is another attribution, read
    // at its cue, and the adverbial alone is no content: -1.)
    if (pronounReports(tokens, index + 1, last)) return -1;
    if (PRONOUN_CLAUSE_SUBJECTS.has(next.lower) || CONTRACTED_SUBJECT.test(next.lower)) return index + 1;
    // (After "that" a fronted clause must be followed by the content's own clause, whatever its
    // verb: "said that when the plan failed, the council acted".)
    return (SUBJECT_START.has(next.lower) || DETERMINERS.has(next.lower) || next.cap) && (afterThat && SUBORDINATORS.has(lower) || clauseVerbIn(tokens, index + 2, last)) ? index + 1 : start;
  }
  return start;
}

/**
 * The rules that read reported speech in a sentence, in order, tried on each word in turn.
 * Each answers whether the next rule should try the word, the next word should be tried
 * (having read a clause, the reading goes on after it), or the sentence is done.
 */
const SENTENCE_STEPS: readonly SentenceStep[] = [
  // A leading question has no verb of its own to find: it comes first.
  readAskedQuestion,
  // Passives are read before cues, as their participles ("reported", "said") are cues too.
  readItPassive,
  readRaising,
  readPassiveAs,
  readPassiveBy,
  // "talked about", "asked whether": a verb with a preposition or question word, before bare cues.
  readTopic,
  // "As reported by X, …": its participle is passive, no cue for findCue.
  readAsReportedBy,
  // "called on X to …": the particle would read as a time or place after a bare "called".
  readCallOn,
  // Every rule below needs a reporting verb at this word.
  findCue,
  // "according to" takes its source after the cue, unlike every other verb.
  readAccordingTo,
  skipNonReporting,
  // Between commas the cue splits its content, so it goes before the comma-closed skip.
  readParenthetical,
  skipClosedCue,
  // A comma then a cue: the speaker follows; tried before looking for one before the cue.
  readInverted,
  // Every rule below needs the speaker before the cue (or its absence).
  findSpeaker,
  readPostposedInClause,
  readGerund,
  readAsClause,
  // The common case last: "X said (that) …", once every special form has had its turn.
  readComplementClause,
];

/** The index of a sentence's last token before its closing marks ("." "?!"), or -1: where a reading of it ends. */
function lastBeforeEndMarks(tokens: readonly Token[]): number {
  let last = tokens.length - 1;
  while (last >= 0 && !isWordToken(tokens[last]) && '.!?'.includes(tokens[last]!.text)) last--;
  return last;
}

function readSentence({ text, tokens, into, quoted }: SentenceInput): void {
  const last = lastBeforeEndMarks(tokens);
  if (last < 2) return;
  // The outermost attribution first: "…, former officials said." at the end of the sentence.
  // In a sentence that holds a quote, the words before a closing ", X said" are the quote's:
  // the clauses before it ("Asked if …, Ryan said, “…”") are read one by one instead.
  if (quoted.length === 0 && readPostposed(text, tokens, last, into)) return;
  const reading: SentenceReading = { text, tokens, into, last, contentEnd: tokens[last]!.end, from: 0, at: 0, cueEnd: -1, cueFirst: 0, cue: NO_SPAN, cueWord: '', previous: undefined, next: undefined, np: null };
  const triggers = stepTriggers();
  for (; reading.at <= last; reading.at++) {
    // (A cue inside a quote's stretch is the quote's own, "“…,” Lee told the station when asked
    // which …": what it would report is dropped, so the cues after it are read instead.)
    const start = tokens[reading.at]!.start;
    if (reading.at < reading.from || !triggers.has(lowerOf(tokens, reading.at)) || quoted.some((span) => span.start <= start && start < span.end)) continue;
    for (const step of SENTENCE_STEPS) {
      const outcome = step(reading);
      if (outcome === STOP) return;
      if (outcome === NEXT_WORD) break;
    }
  }
}

let triggerWords: ReadonlySet<string> | undefined;

/**
 * Every word some step of `SENTENCE_STEPS` can start at: each step reads the word at `at`
 * first and does nothing unless it is one of its own (a participle, a topic or particle verb,
 * a cue form, "as", "asked", "according"), so the other words (most of a sentence) skip the
 * steps. A new step that starts at another word adds its words here.
 */
function stepTriggers(): ReadonlySet<string> {
  triggerWords ??= new Set([
    'as', 'asked', 'according',
    ...PASSIVE_REPORT, ...PASSIVE_AS, ...PASSIVE_BY, ...QUESTION_CUES, ...TOPIC_CUES.keys(), ...CALL_FORMS,
    ...PARTICLE_VERB_FORMS.keys(), ...MAKE_FORMS, ...BELIEF_ADJECTIVES, ...INDIRECT_CUE_FORMS, ...CLAUSE_CUE_FORMS, ...WEAK_CUE_FORMS, ...EVIDENCE_VERBS, ...REGARD_FORMS, ...THAT_CLAUSE_FORMS,
  ]);
  return triggerWords;
}

/** The preposition ending a verb-with-topic cue at `at` ("talked about", "voted for"), or -1. */
function topicCue(tokens: readonly Token[], at: number, last: number): number {
  const token = tokens[at]!;
  if (!isWordToken(token) || token.cap && at > 0) return -1;
  // An embedded question: "asked whether he would run", "wondered how it happened".
  if (QUESTION_CUES.has(token.lower) && WH_WORDS.has(lowerOf(tokens, at + 1)) && at + 3 <= last) return at;
  const prepositions = TOPIC_CUES.get(token.lower);
  if (!prepositions) return -1;
  // A particle may stand before the preposition: "weighed in on", "spoke out against" (not
  // "crying out for", a need).
  const then = lowerOf(tokens, at + 2);
  const skip = ['in', 'out', 'up'].includes(lowerOf(tokens, at + 1)) && then !== 'for' && prepositions.has(then) ? 1 : 0;
  const next = tokenAt(tokens, at + 1 + skip);
  if (!next || at + 2 + skip > last || !prepositions.has(next.lower)) return -1;
  const previous = tokenAt(tokens, at - 1);
  if (previous && (/^\d/.test(previous.text) || ARTICLES_AND_POSSESSIVES.has(previous.lower))) return -1;
  // "new questions about", "the swing vote for": a determiner and a modifier before it make it a noun.
  const determiner = tokenAt(tokens, at - 2);
  if (isWordToken(previous) && !previous.cap && !/(?:ly|s)$/.test(previous.lower) && determiner && DETERMINERS.has(determiner.lower) && !BE_FORMS.has(previous.lower) && !/(?:ed|ing)$/.test(token.lower) && !['wrote', 'spoke', 'thought', 'heard', 'forgot'].includes(token.lower)) return -1;
  // "new questions about", "the vote for": a noun-like form needs a verb's context.
  if (!GERUNDS.test(token.lower) && !verbInContext(tokens, at)) return -1;
  // "speaking on condition of anonymity" is about the source, not a topic.
  const after = at + 2 + skip;
  if (lowerOf(tokens, after) === 'condition' || lowerOf(tokens, after + 1) === 'condition') return -1;
  // "spoke on Monday", "spoke on Monday about the budget": a day after "on" dates the verb, it is
  // no topic; a topic may follow it, and the cue then runs to its preposition.
  if (next.lower === 'on' && TIME_HEADS.has(lowerOf(tokens, after))) {
    let index = after + 1;
    while (index <= last && TIME_MODIFIERS.has(lowerOf(tokens, index)) && !prepositions.has(lowerOf(tokens, index))) index++;
    return index < last && prepositions.has(lowerOf(tokens, index)) && lowerOf(tokens, index) !== 'on' ? index : -1;
  }
  return at + 1 + skip;
}

/** Whether the clause of the subject at `index` is a fronted subordinate clause ("While X said …, Y"). */
function startsSubordinate(tokens: readonly Token[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0 && index - cursor <= 3; cursor--) {
    const token = tokens[cursor]!;
    if (!isWordToken(token)) return false;
    if (SUBORDINATORS.has(token.lower)) return clauseOpensAt(tokens, cursor);
  }
  return false;
}

/**
 * Whether a clause opens at `index`: the sentence's start, after punctuation, or after one
 * connective that opens the sentence ("Yet while X said …, Y …", "But if …", "And when …").
 */
function clauseOpensAt(tokens: readonly Token[], index: number): boolean {
  if (index === 0 || !isWordToken(tokens[index - 1])) return true;
  const connective = tokens[index - 1]!;
  return CLAUSE_CONNECTIVES.has(connective.lower) && (index - 1 === 0 || !isWordToken(tokens[index - 2]));
}

/** Whether a short object and then "as" follow: "the campaign of Donald Trump as …". */
function asComplement(tokens: readonly Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (!isWordToken(first) || first.lower === 'as') return false;
  for (let index = from + 1; index < last && index - from <= 10; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token) && token.text !== '-' && token.text !== '\u2019' && token.text !== "'") return false;
    if (token.lower === 'as') return isWordToken(tokens[index + 1]) && lowerOf(tokens, index + 1) !== 'well' && lowerOf(tokens, index + 1) !== 'soon';
  }
  return false;
}

/**
 * Whether the subject before token `last` is a piece of evidence ("Early polls", "FEC records"):
 * its last word, or the head before its first preposition ("Records from the clinic", "An
 * analysis of the filings"), or the noun after "of" when that head measures it ("an average of
 * polls") is a noun of evidence.
 */
function evidenceSubject(tokens: readonly Token[], last: number, from: number): boolean {
  const np = subjectBefore(tokens, last, from);
  if (np === null) return false;
  if (EVIDENCE_NOUNS.has(lowerOf(tokens, np.mLast))) return true;
  for (let index = np.mFirst + 1; index < np.mLast; index++) {
    const word = lowerOf(tokens, index);
    if (!HEAD_PREPOSITIONS.has(word)) continue;
    if (EVIDENCE_NOUNS.has(lowerOf(tokens, index - 1))) return true;
    let next = index + 1;
    while (next < np.mLast && DETERMINERS.has(lowerOf(tokens, next))) next++;
    return word === 'of' && EVIDENCE_NOUNS.has(lowerOf(tokens, next));
  }
  return false;
}

/**
 * The last token of a short object once a trailing time adverbial is dropped: in "endorsed
 * Clinton on Wednesday" the day dates the endorsement, it is not what was endorsed.
 */
function withoutTrailingTime(tokens: readonly Token[], from: number, last: number): number {
  if (last - from > 8 || !TIME_HEADS.has(lowerOf(tokens, last))) return last;
  let end = last - 1;
  while (end > from && TIME_MODIFIERS.has(lowerOf(tokens, end))) end--;
  // A clause keeps its own time ("the buses had stopped running at night"), and no cut leaves a bare preposition.
  for (let index = from; index <= end; index++) if (CLAUSE_VERB_AFTER_NAME.has(lowerOf(tokens, index))) return last;
  while (end > from && TIME_PREPOSITIONS.has(lowerOf(tokens, end))) end--;
  return end >= from && wordsIn(tokens, from, end + 1) >= 1 ? end : last;
}

/** Whether a poll, a study or another source of findings heads or stands in the phrase `first`..`last`. */
function evidenceIn(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    const lower = lowerOf(tokens, index);
    if (EVIDENCE_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || FINDING_NOUNS.has(lower) || SHOWING_NOUNS.has(lower)) return true;
  }
  return false;
}

/** Whether an -ing form stands among the first words after `from`: a small clause ("shows Bob wanting …"). */
function gerundAfter(tokens: readonly Token[], from: number, last: number): boolean {
  for (let index = from; index <= last && index < from + 5; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) return false;
    if (token.lower.length > 5 && token.lower.endsWith('ing')) return true;
  }
  return false;
}

/** Whether a finite auxiliary, modal or copula stands in `from`..`last` before a comma: the words are a clause, not a noun phrase. */
function clauseVerbIn(tokens: readonly Token[], from: number, last: number, stops: ReadonlySet<string> = NO_WORDS): boolean {
  for (let index = from; index <= last && index - from <= 16; index++) {
    const token = tokens[index]!;
    if (token.text === ',' || token.text === ';' || stops.has(token.lower)) return false;
    if (wordIn(CLAUSE_VERB_AFTER_NAME, token)) return true;
  }
  return false;
}

/** Whether a reason or a description follows the object: "… the plan for its cost", "… him as weak", "… her of lying". */
function propositionAfterObject(tokens: readonly Token[], from: number, last: number): boolean {
  for (let index = from + 1; index <= last && index - from <= 12; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) {
      if (token.text === ',' || token.text === ';') return false;
      continue;
    }
    if (['for', 'as'].includes(token.lower) || token.lower === 'of' && GERUNDS.test(lowerOf(tokens, index + 1))) return true;
  }
  return false;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Whether "(not) to be named" (or identified, quoted …) opens at `index`. */
function anonymityTerms(tokens: readonly Token[], index: number): boolean {
  const at = lowerOf(tokens, index) === 'not' ? index + 1 : index;
  return lowerOf(tokens, at) === 'to' && lowerOf(tokens, at + 1) === 'be' && ANONYMITY_PARTICIPLES.has(lowerOf(tokens, at + 2));
}

/**
 * Whether a phrase names a person or stands for one: its last word a capitalised name or
 * "he", "they", and no noun of findings in it ("Recent polls in Pennsylvania").
 */
function personPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (FINDING_NOUNS.has(lowerOf(tokens, index))) return false;
  const head = tokens[last]!;
  return isWordToken(head) && (head.cap || PERSONAL_SUBJECTS.has(head.lower));
}

/**
 * The comma closing a relative clause that opens at `at` ("who missed the game with a knee
 * injury,") when an auxiliary follows it, so that the clause sits inside a subject whose
 * verb comes next ("Jesus, who missed …, could return"); -1 otherwise. Read over at most 20
 * tokens, without passing a quotation mark or another clause mark.
 */
function relativeInsideSubject(tokens: readonly Token[], at: number, last: number): number {
  for (let index = at + 1; index <= last && index - at <= 20; index++) {
    const token = tokens[index]!;
    if (isWordToken(token)) continue;
    if (token.text !== ',') return -1;
    const after = tokens[index + 1];
    return after !== undefined && wordIn(SUBJECT_VERBS, after) ? index : -1;
  }
  return -1;
}

/** The last token of reported content that starts at `from`: the sentence end, or an earlier clause break. */
function clauseEnd(tokens: readonly Token[], from: number, last: number, stopAtComma: boolean): number {
  // Whether a quotation mark was passed: a partial quote's clause is left whole.
  let sawQuote = false;
  for (let index = from + 1; index <= last; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token) && ('"\u201c\u201d'.includes(token.text) || token.text === "'" && tokens[index + 1]?.text === "'")) sawQuote = true;
    if (!isWordToken(token)) {
      if (token.text === ';') return Math.max(from, index - 1);
      // A colon hands over to a quote or a list of its own; before more words of the writer's it goes on ("something radical: telling …").
      if (token.text === ':' && (index + 1 > last || !isWordToken(tokens[index + 1]) || index - from < 4)) return Math.max(from, index - 1);
      // (Not an en dash between numbers, a range: "aged 21–30".)
      if (token.text === '\u2014' || token.text === '\u2013' && !/\d \d/.test(`${tokens[index - 1]!.text} ${tokens[index + 1]?.text}`) || token.text === '-' && tokens[index + 1]?.text === '-') return Math.max(from, index - 1);
      if (token.text === ',') {
        if (stopAtComma) return Math.max(from, index - 1);
        // Past a closing quotation mark: "called it “a disaster,” adding …".
        let nextIndex = index + 1;
        while (tokens[nextIndex]?.kind === 'punct' && '"\u201d\u2019\''.includes(tokens[nextIndex]!.text)) nextIndex++;
        const next = tokens[nextIndex];
        // ", but that …", ", and that …": a second clause of the same report.
        if (next && ['but', 'and'].includes(next.lower) && lowerOf(tokens, nextIndex + 1) === 'that') continue;
        if (next && wordIn(CLAUSE_BREAKERS, next)) return Math.max(from, index - 1);
        // ", a move that …", ", a sentiment shared by …": an appositive comment by the writer.
        if (isWordToken(next) && ['a', 'an', 'the'].includes(next.lower) && index - from >= 3) return Math.max(from, index - 1);
        // A non-restrictive relative clause comments on the content; it is the writer's. Unless
        // it sits inside the content's subject and the content's verb follows it: "said the man,
        // who was 45, had been arrested".
        if (next && wordIn(RELATIVE_OPENERS, next) && index - from >= 1) {
          const close = relativeInsideSubject(tokens, nextIndex, last);
          if (close === -1) return Math.max(from, index - 1);
          index = close;
          continue;
        }
        // Non-restrictive relatives, participles and appositives after a comma close the content.
        // ("including" opens no clause: it adds to the list before it, inside the content.)
        if (isWordToken(next) && !next.cap && (COMMA_CLOSERS.has(next.lower) || GERUNDS.test(next.lower) && next.lower.length > 4 && !LIST_PREPOSITIONS.has(next.lower)) && index - from >= 3) return Math.max(from, index - 1);
        // ", and three-quarters said …": a coordinated clause with its own cue.
        if (cueWithin(tokens, index + 1, Math.min(last, index + 8))) return Math.max(from, index - 1);
        // ", and Ms. Brainard is …" / ", but he …": a coordinated clause with a subject of its own.
        const after = tokens[index + 2];
        if (next && ['and', 'but'].includes(next.lower) && isWordToken(after) && (after.cap || CLAUSE_OPENING_WORDS.has(after.lower)) && index - from >= 4) return Math.max(from, index - 1);
      }
      continue;
    }
    if (secondClauseAt(tokens, from, last, index, sawQuote)) return index - 1;
  }
  return last;
}

/**
 * Whether the word at `index` opens a second clause or verb phrase that ends clauseEnd's
 * content before it ("… and said …", "… but declined to …"). A step of its own, so that its
 * rarer branches cost V8 a recompile of this step, not of the scan (issue #15).
 */
function secondClauseAt(tokens: readonly Token[], from: number, last: number, index: number, sawQuote: boolean): boolean {
  const token = tokens[index]!;
  // "… and challenged him", "…, but declined to …", "… and has championed …": a second verb phrase of the subject.
  if (['and', 'but'].includes(token.lower) && index > from + 2 && isWordToken(tokens[index + 1]) && !tokens[index + 1]!.cap && (isWordToken(tokens[index - 1]) || commaAt(tokens, index - 1))) {
    let verb = index + 1;
    if (HAVE_FORMS.has(lowerOf(tokens, verb)) && /(?:ed|en)$/.test(lowerOf(tokens, verb + 1))) verb++;
    const verbish = lowerOf(tokens, verb);
    if (!['was', 'were'].includes(verbish) && (verbish.endsWith('ed') || /[^s]s$/.test(verbish) && INDIRECT_CUE_FORMS.has(verbish)) && !listItemAt(tokens, from, index, verb)) return true;
  }
  if (['and', 'but'].includes(token.lower) && ['then', 'also', 'later'].includes(lowerOf(tokens, index + 1))) return true;
  // "… and she accused her rival of …": a clause with its own subject and a verb of saying is another attribution.
  if (token.lower === 'and' && index > from + 2 && SUBJECT_START.has(lowerOf(tokens, index + 1)) && PERSONAL_SUBJECTS.has(lowerOf(tokens, index + 1)) && INDIRECT_CUE_FORMS.has(lowerOf(tokens, index + 2)) && !sawQuote) return true;
  // "… and one in four said …", "… but has since said …": a coordinated clause or verb phrase with a cue of its own is another attribution.
  if (COORDINATORS.has(token.lower) && index > from + 2 && !sawQuote && isWordToken(tokens[index + 1]) && !INDIRECT_CUE_FORMS.has(lowerOf(tokens, index + 1)) && (cueWithin(tokens, index, Math.min(last, index + 6)) || cueBeforeThatWithin(tokens, index + 2, Math.min(last, index + 6)))) return true;
  // "… and said he would …", "… but said the group could …": a second reporting verb starts another attribution.
  if (['and', 'but'].includes(token.lower) && index > from + 1) {
    const next = tokens[index + 1];
    const after = tokens[index + 2];
    // (Past "also", "has" or a modal: "… and will argue that …", "… and has said …".)
    if (next && (INDIRECT_CUE_FORMS.has(next.lower) && !next.cap || after && INDIRECT_CUE_FORMS.has(after.lower) && (['then', 'has', 'have', 'had', 'also', 'later'].includes(next.lower) || MODALS.has(next.lower)))) return true;
  }
  return false;
}

/**
 * Whether the participle at `verb`, after "and" at `and`, modifies the last item of a list
 * ("fitness facilities, water parks and improved dining choices"): a comma list before it, and
 * a bare noun or adjective after it, not an object's determiner or pronoun ("and reminded the
 * audience", "and challenged him").
 */
function listItemAt(tokens: readonly Token[], from: number, and: number, verb: number): boolean {
  if (verb !== and + 1 || !isWordToken(tokens[and - 1])) return false;
  const next = tokenAt(tokens, verb + 1);
  if (!isWordToken(next) || next.cap || next.lower === 'to' || DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || PREPOSITIONS.has(next.lower) || /ly$/.test(next.lower)) return false;
  for (let index = and - 2; index > from && and - index <= 8; index--) if (commaAt(tokens, index)) return true;
  return false;
}

/** Whether a lower-case reporting verb followed by "that" stands within tokens from..to ("housing groups warned that"). */
function cueBeforeThatWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) return false;
    if (!token.cap && INDIRECT_CUE_FORMS.has(token.lower) && lowerOf(tokens, index + 1) === 'that') return true;
  }
  return false;
}

/** Whether a reporting verb with a subject stands within tokens from..to (a new attribution). */
function cueWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 1; index <= to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) return false;
    if (['wrote', 'say', 'think', 'believe', 'said', 'says', 'told', 'added', 'noted', 'argued', 'believes', 'thinks'].includes(token.lower)) return true;
  }
  return false;
}

/** A subject pronoun with a contracted verb: "they're", "he's", "it’ll". */
const CONTRACTED_SUBJECT = /^(?:he|she|it|they|we|i|you|there)['\u2019](?:[dms]|re|ll|ve)$/;

/**
 * Whether a clause with a bare noun phrase for its subject opens at `first`: two to four
 * lower-case words (no function word) and then an auxiliary or a form of "be" ("believe
 * meaningful debt relief is possible", "think tax cuts will help").
 */
function bareSubjectClause(tokens: readonly Token[], first: number): boolean {
  for (let index = first; index <= first + 4; index++) {
    const token = tokenAt(tokens, index);
    if (!isWordToken(token) || token.cap) return false;
    if (CLAUSE_VERB_AFTER_NAME.has(token.lower)) return index >= first + 2;
    if (NP_STOP.has(token.lower) || DETERMINERS.has(token.lower) || /(?:ly|ing)$/.test(token.lower)) return false;
  }
  return false;
}

/** Whether a comma at `comma` opens an aside of at most four words closed by a comma right before "that": ", for example, that". */
function asideBeforeThat(tokens: readonly Token[], comma: number): boolean {
  if (tokenAt(tokens, comma)?.text !== ',') return false;
  for (let index = comma + 1; index <= comma + 5; index++) {
    const token = tokenAt(tokens, index);
    if (!token) return false;
    // A stray comma before "that" when a subject follows ("said, that the talks …", "said, that
    // Ruiz …"); not a demonstrative ("learn, that crisis would …", "said, that is …").
    if (index === comma + 1 && token.lower === 'that') return SUBJECT_START.has(lowerOf(tokens, index + 1)) || tokenAt(tokens, index + 1)?.cap === true;
    if (token.text === ',') return index > comma + 1 && lowerOf(tokens, index + 1) === 'that';
    // (An aside with a cue of its own is a parenthetical attribution: "He hoped, he said, that …".)
    if (!isWordToken(token) || THAT_CLAUSE_FORMS.has(token.lower)) return false;
  }
  return false;
}

/**
 * A verb of belief or knowledge that closes the sentence after its subject ("…, many
 * economists fear.", "…, the study concluded on Monday."), at `at`, or -1: in that place the
 * words before the comma are its clause. (Anywhere else it needs a clause after it.)
 */
function closingViewAt(tokens: readonly Token[], at: number, last: number): number {
  const token = tokens[at]!;
  if (token.cap || !CLAUSE_CUE_FORMS.has(token.lower) || GERUNDS.test(token.lower) || cueAt(tokens, at, CLAUSE_CUE_FORMS) !== at) return -1;
  // ("— something Scarborough could understand": after a modal nothing is reported, and only a comma sets the clause off.)
  if (MODALS.has(lowerOf(tokens, at - 1))) return -1;
  let comma = at - 1;
  for (; comma >= 0 && at - comma <= 8; comma--) {
    if (isWordToken(tokens[comma])) continue;
    if (tokens[comma]!.text !== ',') return -1;
    break;
  }
  // ("Bamberg also said the videos …, the footage showed": words with a speaker of their own keep it.)
  for (let index = 0; index < comma; index++) if (!tokens[index]!.cap && SAY_FORMS.has(lowerOf(tokens, index))) return -1;
  return at === last || timeOnly(tokens, at + 1, last + 1) ? at : -1;
}

/** "…, X said." / "…, said X." closing the sentence: the content is everything before. */
function readPostposed(text: string, tokens: readonly Token[], last: number, into: Draft[]): boolean {
  // "According to X, each day adds two days of delays": the source is X, read by readAccordingTo;
  // the words after the comma are its content, not a second attribution.
  if (lowerOf(tokens, 0) === 'according' && lowerOf(tokens, 1) === 'to') return false;
  // Find the last comma (or dash) after which a short "NP cue [filler]" or "cue NP" runs to the end.
  // (Up to 40 tokens: the speaker's appositive and relative clause may be long, "…, said Ann Lee, a
  // professor of economics at …, who has studied …".)
  for (let comma = last - 1; comma > 2 && last - comma <= 40; comma--) {
    const mark = tokens[comma]!.text;
    if (mark !== ',' && mark !== '\u2014') continue;
    const wordsBefore = wordsIn(tokens, 0, comma);
    if (wordsBefore < 1) return false;
    for (let at = comma + 1; at <= last && at - comma <= 16; at++) {
      const viaCue = cueAt(tokens, at, INDIRECT_CUE_FORMS);
      const cueEnd = viaCue >= 0 ? viaCue : closingViewAt(tokens, at, last);
      if (cueEnd < 0) continue;
      const read = readClosingCue(text, tokens, last, into, comma, at, cueEnd, wordsBefore);
      if (read !== null) return read;
      break;
    }
  }
  return false;
}

/**
 * readPostposed's reading of the cue from `at` to `cueEnd` after the comma at `comma`: true or
 * false when it decides the sentence, null to try an earlier comma. A step of its own, so
 * that its rarer branches ("according to", an inverted speaker, a parenthetical) cost V8 a
 * recompile of this step, not of the comma loop (issue #15).
 */
function readClosingCue(text: string, tokens: readonly Token[], last: number, into: Draft[], comma: number, at: number, cueEnd: number, wordsBefore: number): boolean | null {
  const cue = tokenSpan(text, tokens, at, cueEnd);
  const np = subjectBefore(tokens, at - 1, comma + 1);
  // A parenthetical ", the Times said," closes the content before it.
  // "…, the agency said on Monday, …", "…, she said in a June report, …": the setting stays with the cue.
  const close = commaAt(tokens, cueEnd + 1) ? cueEnd + 1 : settingComma(tokens, cueEnd + 1, lowerOf(tokens, at));
  const closing = close > 0 && np && np.first === comma + 1 && close < last;
  // Only a parenthetical's first piece may be as short as "In Miami," (a fragment of its content).
  if (wordsBefore < 4 && !closing) return false;
  if (lowerOf(tokens, at) === 'according') {
    const bare = subjectAfter(tokens, cueEnd + 1, last);
    const np = bare && wholeSource(tokens, bare, last);
    // Not after a fronted adverbial: in "But the next day, according to Roffman, the owner made …" the clause after is the content.
    // Nor when the source closes at a comma and the clause goes on ("X, according to aides who …, was …").
    const closingComma = sourceClosingComma(tokens, cueEnd + 1, last);
    if (closingComma > 0 && resumesAt(tokens, closingComma + 1, last)) return false;
    if (np && at === comma + 1 && !(ADVERBIAL_LEADS.has(lowerOf(tokens, 0)) && wordsBefore <= 5)) {
      push(into, text, span(text, tokens[0]!.start, tokens[comma]!.start), withNp(text, tokens, np, cue));
      return true;
    }
    return false;
  }
  if (at === comma + 1) {
    const np = subjectAfter(tokens, cueEnd + 1, last);
    if (np && sourceHead(tokens, np) && (invertedSpeakerCloses(tokens, np, last) || SAY_FORMS.has(lowerOf(tokens, at)) && relativeCloses(tokens, np, last)) && !appositiveSubject(tokens, 0, comma)) {
      push(into, text, span(text, tokens[0]!.start, tokens[comma]!.start), withNp(text, tokens, np, cue), 'inverted');
      return true;
    }
    return false;
  }
  if (closing) {
    // "What got under her skin, she said, was a question …": both pieces are the content.
    const found = withNp(text, tokens, np, cue);
    const first = span(text, tokens[asideClauseStart(tokens, 0, comma, close + 1)]!.start, tokens[comma]!.start);
    // "…, the ministry said, as the union warned that …": the clause after is the sentence's own.
    // "…, the company said on Monday, blaming …", "…, leaders said Friday, as they gathered …": the writer's comment on the
    // attribution (a reason or a concession, "because …", "although …", goes on with what was said).
    // So is a relative clause on the setting: "…, he said at a news conference in Cairo, where …".
    const after = lowerOf(tokens, close + 1);
    const subordinate = (writersClauseAt(tokens, close + 1) || close > cueEnd + 1 && (after === 'which' || after === 'when' || after === 'where')) && !attributedClauseAt(tokens, close + 1);
    // (So does one's own refusal right after the cue: "…, the official said, declining to say whether …".)
    if ((close > cueEnd + 1 || REFUSAL_FORMS.has(lowerOf(tokens, close + 1))) && participleAfter(tokens, close + 1) || subordinate) {
      push(into, text, first, found, 'post', 2);
      return true;
    }
    if (attributedClauseAt(tokens, close + 1)) {
      push(into, text, first, found, 'post');
      return false;
    }
    if (wordsIn(tokens, close + 1, last + 1) >= 3) pushAround(into, text, first, tokenSpan(text, tokens, close + 1, last), found, '', 8, 'post');
    else push(into, text, first, found, 'post', 2);
    return true;
  }
  // ("As The Hill reported, the senator was accused of …", "Friday morning, as the parade
  // passed, the station reported …": words before the comma with no main clause are no content.)
  // (Nor ", which threatens …", ", whose members have been accused of …": a relative clause on
  // the noun before the comma, not a source of the clause before it.)
  if (np?.first === comma + 1 && !RELATIVES.has(lowerOf(tokens, np.mFirst)) && attributionTail(tokens, cueEnd + 1, tokens.length - 1, lowerOf(tokens, at)) && !addsAmount(tokens, at, cueEnd) && !objectAfterCue(tokens, at, cueEnd) && !adverbialsOnly(tokens, 0, comma) && !passiveAt(tokens, at, lowerOf(tokens, at))) {
    push(into, text, span(text, tokens[0]!.start, tokens[comma]!.start), withNp(text, tokens, np, cue), 'post');
    return true;
  }
  return null;
}

/**
 * Whether a determiner after a closing cue opens its object ("…, the union rejected the
 * offer"): the clause is the writer's, not an attribution of what comes before. Only verbs
 * of telling take a hearer there ("…, she told the Global Times").
 */
function objectAfterCue(tokens: readonly Token[], at: number, cueEnd: number): boolean {
  const next = tokens[cueEnd + 1];
  return isWordToken(next) && !next.cap && DETERMINERS.has(next.lower) && !TELL_FORMS.has(lowerOf(tokens, at));
}

/**
 * "…, each day adds two days of delays", "had offered a $5,000 reward": "add" or "offer" with
 * an amount after it adds or offers, it does not speak (issue #12: "added 20 points").
 */
function addsAmount(tokens: readonly Token[], at: number, cueEnd: number): boolean {
  if (!ADD_OR_OFFER_FORMS.has(lowerOf(tokens, at))) return false;
  let next = tokens[cueEnd + 1];
  if (next && ['a', 'an'].includes(next.lower)) next = tokens[cueEnd + 2];
  if (!next) return false;
  const code = next.text.charCodeAt(0);
  // ("offered some kind words" offers words: after "offer" only a figure is a sum.)
  return code >= 48 && code <= 57 || '$€£¥'.includes(next.text) || wordIn(AMOUNT_WORDS, next) && ADD_FORMS.has(lowerOf(tokens, at));
}

/**
 * Whether the speaker after an inverted cue closes the sentence (token `last`): "…, said
 * Smith.", "…, said Smith, a doctor.", also with a place ("says economist Mark Lee in
 * Denver") or an appositive whose relative clause runs on over commas ("said Mark Lee, a
 * housing expert who has written books, papers and essays"): what follows is about the
 * speaker, not more content.
 */
function invertedSpeakerCloses(tokens: readonly Token[], np: NounPhrase, last: number): boolean {
  // ("…, three sources told AFP.": after a verb of telling stands the hearer, never the speaker.)
  if (TELL_FORMS.has(lowerOf(tokens, np.first - 1))) return false;
  // (The description may come first: "said the company's chief executive, John Ferris.")
  const end = Math.max(np.last, np.description?.[1] ?? 0);
  if (end >= last - 1) return true;
  if (np.description) {
    for (let index = np.description[0] + 1; index <= np.description[1]; index++) if (RELATIVE_OPENERS.has(lowerOf(tokens, index))) return true;
  }
  // A place after the name: "in Denver", "of the Brookings Institution".
  const preposition = tokens[end + 1];
  if (!(preposition && ['in', 'at', 'from', 'of'].includes(preposition.lower) && end + 2 <= last && last - end <= 8)) return false;
  for (let index = end + 2; index <= last; index++) {
    const token = tokens[index]!;
    if (!(isWordToken(token) && (token.cap || ['the', 'and', 'of'].includes(token.lower)) || token.text === ',' || token.text === '.')) return false;
  }
  return true;
}

/** Whether a relative clause about the speaker runs from after it to the end: "…, said a handful of Democrats who point to his record." */
function relativeCloses(tokens: readonly Token[], np: NounPhrase, last: number): boolean {
  let end = Math.max(np.last, np.description?.[1] ?? 0);
  // ("said David Autor, a professor of economics, who studies trade.": the appositive's comma comes
  // first; "said Rita Cole, the director of a research group, which tracks …": "which" is the group's.)
  if (np.description && commaAt(tokens, end + 1)) end++;
  if (!['who', 'whose', 'which'].includes(lowerOf(tokens, end + 1))) return false;
  for (let index = end + 2; index <= last; index++) if (!isWordToken(tokens[index]) && tokens[index]!.text !== '-') return false;
  return true;
}

/** Where content that runs into a quote at `limit` ends: before the marks and a dangling conjunction. */
function contentEndBefore(text: string, start: number, limit: number): number {
  let end = limit;
  for (let guard = 0; guard < 4 && end > start; guard++) {
    while (end > start && /[\s,;:"'\u201c\u201d\u2018\u2019\u2014\u2013-]/.test(text[end - 1]!)) end--;
    const word = /(?:^|\s)(and|but|or|then|as|while|saying|adding)$/i.exec(text.slice(Math.max(start, end - 10), end));
    if (!word) break;
    end -= word[1]!.length;
  }
  return end;
}

function firstWordStart(text: string, sentence: Span): number {
  let index = sentence.start;
  while (index < sentence.end && /[\s,;:\u2014\u2013-]/.test(text[index]!)) index++;
  return index;
}

/**
 * Where the unattributed sentences before sentence `index` in its paragraph begin (at most two
 * sentences back), or the sentence's own start when the one before is attributed, quoted or in
 * another paragraph.
 */
function paragraphLeadIn(text: string, sentences: readonly Span[], index: number, covered: readonly Span[], found: readonly Draft[], before: number): number {
  const sentence = sentences[index]!;
  let start = sentence.start;
  for (let back = index - 1; back >= 0 && back >= index - 1; back--) {
    const previous = sentences[back]!;
    if (/\n/.test(text.slice(previous.end, start))) break;
    if (/["\u201c\u201d]|''/.test(previous.text)) break;
    // A question opening the paragraph is the writer's ("Who will pay? The council asked …, she said").
    if (previous.text.trimEnd().endsWith('?')) break;
    if (overlapsAny(covered, previous.start, previous.end)) break;
    if (found.slice(Math.max(0, before - 8), before).some((draft) => draft.content.start < previous.end && draft.content.end > previous.start)) break;
    if (/\b(?:said|says|told|according to|added|noted|argued|wrote)\b/i.test(previous.text)) break;
    // Nor the writer's note on what could not be checked ("Reuters was unable to confirm …", "could
    // not independently verify …"): no source's words, and no attribution of the clause after it.
    if (/(?:unable|not (?:\w+ )?able|could(?: no|n.)t) .{0,25}(?:verify|confirm|determine|reach)/i.test(previous.text)) break;
    if (back === 0 || previous.start === 0 || text.slice(Math.max(0, previous.start - 2), previous.start).includes('\n')) {
      start = previous.start;
      // Only a paragraph-opening run counts: the sentence must start its paragraph.
      return start;
    }
    start = previous.start;
  }
  // The run must reach the paragraph start; otherwise keep the sentence alone.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(lineStart, start).trim() === '' ? start : sentence.start;
}

/** A date after a colon ("Jun 27, 2024 08:43 PM") is a header's value, not a quote. */
const MONTH_START = new RegExp(`^(?:${[...ENGLISH_MONTH_NAMES.abbreviations, ...ENGLISH_MONTH_NAMES.variants.map(([word]) => word)].map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})[a-z]*\\.?\\s+\\d`);

const COLON_SPEAKER = /^(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|the|and|de|van|von))*): +(\S.*)$/u;

/**
 * Lines that open with a speaker and a colon: transcripts ("TRUMP: The deaths …", "Q: Did
 * …") and headlines ("Poll: Clinton leads in Ohio", "Issa: Clinton’s honesty is in question").
 */
function readColonLines(text: string, covered: readonly Span[], into: Draft[]): void {
  const lines = colonLines(text);
  const listed = listLabels(text, lines);
  for (const [match, lineStart, lineEnd] of lines) readColonLine(text, covered, into, listed, match, lineStart, lineEnd);
}

/** The lines (under 2,000 characters) that open with a label and a colon: the match, the line's start and end. */
function colonLines(text: string): Array<[RegExpExecArray, number, number]> {
  const lines: Array<[RegExpExecArray, number, number]> = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const match = lineEnd - lineStart < 2000 ? COLON_SPEAKER.exec(text.slice(lineStart, lineEnd)) : null;
    if (match) lines.push([match, lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return lines;
}

/**
 * readColonLines' reading of a line from `lineStart` to `lineEnd` that opens with a label and a
 * colon (`match`). A step of its own, so that its branches, which run seldom, cost V8 no
 * recompile of the scan over lines (issue #15).
 */
function readColonLine(text: string, covered: readonly Span[], into: Draft[], listed: ReadonlySet<string>, match: RegExpExecArray, lineStart: number, lineEnd: number): void {
  // A header label ("Published: Jun 27, 2024", "Editor's Note: …") is no speaker.
  const label = HEADER_LABELS.has(match[1]!.slice(match[1]!.lastIndexOf(' ') + 1).toLowerCase().replace(/^.*['\u2019]s$/, 'note')) || sectionLabel(match[1]!) || capitalHeading(text, match[1]!);
  if (label || listed.has(match[1]!) || ordinalLabel(match[1]!) || match[1]!.split(' ').length > 5 || /^\d/.test(match[2]!) || MONTH_START.test(match[2]!) || match[2]!.split(/\s+/).length < 3) return;
  const speakerStart = lineStart;
  const speakerEnd = speakerStart + match[1]!.length;
  const contentStart = lineEnd - match[2]!.length;
  let contentEnd = lineEnd;
  while (contentEnd > contentStart && /[\s.!?]/.test(text[contentEnd - 1]!)) contentEnd--;
  if (overlapsAny(covered, contentStart, contentEnd) || contentEnd - contentStart < 8 || TIME_WORDS.has(match[1]!.toLowerCase())) return;
  const speaker = span(text, speakerStart, speakerEnd);
  const colon = span(text, speakerEnd, speakerEnd + 1);
  const content = span(text, contentStart, contentEnd);
  into.push(draftOf(content, sourced(speaker, colon, 0)));
}

/**
 * A label that opens with an article ("THE SPARK:", "The Big Picture:", "A CLOSER LOOK:") heads
 * a section of a story, unless its head is a role that speaks ("THE PRESIDENT:", "The Doctor:"),
 * as a transcript's turns are.
 */
const sectionLabel = (label: string): boolean => {
  const space = label.indexOf(' ');
  return space > 0 && ARTICLES.has(label.slice(0, space).toLowerCase()) && !speakingRole(label);
};

/** A numbered label ("Step One:", "Tip 2:", "Part III:", "Second Course:") heads a list item, never a speaker. */
// (A Roman numeral only after a word and in capitals: "Xi:" is a speaker.) Word by word, each
// pattern anchored at both ends: no scan of the label with a lookbehind.
const ORDINAL_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/iu;
const ROMAN_NUMERAL = /^[IVX]{1,4}$/u;
const ordinalLabel = (label: string): boolean => label.split(/\s/u).some((word, index) => ORDINAL_WORD.test(word) || index > 0 && ROMAN_NUMERAL.test(word));

/**
 * The labels of a list written as colon lines ("Oats: …", "Peanut Butter: …"): three or more
 * such lines in a text, no label said twice. A transcript's speakers take turns, so its labels
 * repeat ("Q:", "TRUMP:"); all-capital labels, one-letter ones ("Q", "A") and roles ("Doctor")
 * stay speakers.
 */
function listLabels(text: string, lines: ReadonlyArray<[RegExpExecArray, number, number]>): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const [match] of lines) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  // A text's only label, one word in capitals never named again, is a dateline or a kicker
  // ("MANSEHRA:", "DEMAND:"); a transcript has two speakers or more.
  if (counts.size < 2) return new Set([...counts.keys()].filter((label) => capitalHeading(text, label, true)));
  if (counts.size < 3 || [...counts.values()].some((count) => count > 1)) return new Set();
  return new Set([...counts.keys()].filter((label) => label.length > 1 && label !== label.toUpperCase() && !speakingRole(label)));
}

/** Whether a colon label names a role that speaks ("Doctor:", "Mom:", "Senior Official:"), so no list item. */
function speakingRole(label: string): boolean {
  const head = label.slice(label.lastIndexOf(' ') + 1).toLowerCase();
  return PERSON_ROLE_NOUNS.has(head) || DIALOGUE_ROLES.has(head);
}

/**
 * Whether a span of `covered` (sorted by start) overlaps start..end. Looks at the spans that
 * start before `end`, nearest first, and at most 64 of them, so that the check stays cheap.
 */
function overlapsAny(covered: readonly Span[], start: number, end: number): boolean {
  const low = countPassing(covered, (item) => item.start < end);
  for (let index = low - 1; index >= 0 && index >= low - 64; index--) if (covered[index]!.end > start) return true;
  return false;
}

/**
 * Attributions inside a relative clause: "the rules, which officials said will take effect
 * soon", "what Gingrich called “the loudest campaign”". The relative word is the content's
 * first part (PolNeAR's first fragment) and the rest of the clause its second, when the
 * relative word is its subject ("will take effect soon") or a naming verb's object ("“the
 * loudest campaign”"); a relative word alone ("the war that she fears") is no quote.
 */
function readRelatives({ text, tokens, into, before }: SentenceInput): void {
  for (let at = 1; at < tokens.length - 2; at++) {
    const word = tokens[at]!;
    if (!isWordToken(word) || word.cap || !RELATIVE_WORDS.has(word.lower)) continue;
    const np = subjectAfter(tokens, at + 1, Math.min(tokens.length - 1, at + 7));
    if (!np) continue;
    const head = tokens[np.mFirst]!;
    if (!(head.cap || ['he', 'she', 'they', 'we', 'i', 'you', 'it'].includes(head.lower) || DETERMINERS.has(head.lower) || /s$/.test(lowerOf(tokens, np.last)))) continue;
    let cueIndex = np.last + 1;
    while (cueIndex < tokens.length && ['then', 'has', 'have', 'had', 'also', 'still', 'now', 'later', 'once', 'repeatedly'].includes(lowerOf(tokens, cueIndex))) cueIndex++;
    const cueToken = tokens[cueIndex];
    if (!isWordToken(cueToken) || cueToken.cap || !RELATIVE_CUE_FORMS.has(cueToken.lower) || GERUNDS.test(cueToken.lower)) continue;
    at = readRelativeCue(text, tokens, into, before, at, np, cueIndex);
  }
}

/**
 * readRelatives' reading of the relative clause whose word is at `at`, subject `np` and cue at
 * `cueIndex`: pushes or extends its content, and gives the index to go on after (the cue's once
 * the clause is read). A step of its own, so that its rarer branches cost V8 a recompile of
 * this step, not of the scan for relative words (issue #15).
 */
function readRelativeCue(text: string, tokens: readonly Token[], into: Draft[], before: number, at: number, np: NounPhrase, cueIndex: number): number {
  const word = tokens[at]!;
  const cueToken = tokens[cueIndex]!;
  const cue = span(text, cueToken.start, cueToken.end);
  const found = withNp(text, tokens, np, cue);
  const relative = span(text, word.start, word.end);
  const same = into.slice(before).find((draft) => draft.found?.cue.start === cue.start);
  // "Executives who run news groups say …": the cue's speaker stands before the relative
  // word, so the relative clause is inside the subject, not an insertion in the content.
  if (same?.found?.speaker && same.found.speaker.end <= word.start) return at;
  const known = same !== undefined;
  // The relative clause ends at its closing comma: "which officials said will take effect in May, were …".
  if (same && tokens[cueIndex + 1] && same.content.start === tokens[cueIndex + 1]!.start && GAP_VERBS.has(lowerOf(tokens, cueIndex + 1))) {
    const close = tokens.findIndex((token, index) => index > cueIndex && token.start < same.content.end && token.text === ',');
    if (close > cueIndex + 1) {
      same.content = span(text, same.content.start, tokens[close - 1]!.end);
      same.parts = [same.content];
    }
  }
  // Inside content already attributed, it is no attribution of its own (PolNeAR labels the outermost).
  if (!known && into.slice(before).some((draft) => draft.content.start <= word.start && word.end <= draft.content.end)) return at;
  // The relative word and the rest of the clause are one content in two parts, the
  // attribution inside (as a parenthetical's): a relative word alone is no quote.
  if (same) {
    if (same.content.start === tokens[cueIndex + 1]?.start && same.parts.length === 1) {
      same.parts = [relative, same.content];
      same.content = span(text, relative.start, same.content.end);
    }
    return cueIndex;
  }
  const next = tokens[cueIndex + 1];
  const gap = next && wordIn(GAP_VERBS, next);
  const naming = next && NAMING_FORMS.has(cueToken.lower) && (isWordToken(next) || isOpeningMark(next.text));
  if (!(gap || naming)) return cueIndex;
  let last = tokens.length - 1;
  while (last > cueIndex && !isWordToken(tokens[last]) && '.!?'.includes(tokens[last]!.text)) last--;
  const endToken = clauseEnd(tokens, cueIndex + 1, last, true);
  if (endToken > cueIndex) pushAround(into, text, relative, tokenSpan(text, tokens, cueIndex + 1, endToken), found);
  return cueIndex;
}

const isOpeningMark = (mark: string): boolean => '"\u201c\u2018\''.includes(mark);

/** Whether only conjunctions, adverbials and commas stand in tokens from..to (or a colon or dash opens the clause right before `to`). */
function leadingOnly(tokens: readonly Token[], from: number, to: number): boolean {
  let start = from;
  for (let index = to - 1; index >= from; index--) {
    if (':;\u2014'.includes(tokens[index]!.text) && !isWordToken(tokens[index])) {
      start = index + 1;
      break;
    }
  }
  for (let index = start; index < to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token) ? token.text !== ',' : !LEADING_ADVERBIALS.has(token.lower)) return false;
  }
  return true;
}

/**
 * Whether the words from `from` to the comma at `comma` hold no main clause: each piece between commas
 * a subordinate clause ("As The Hill reported", "as the parade rolled through town"), a
 * prepositional phrase alone or a time ("Friday morning").
 */
function adverbialsOnly(tokens: readonly Token[], from: number, comma: number): boolean {
  let start = from;
  for (let index = from; index <= comma; index++) {
    if (index < comma && tokens[index]!.text !== ',') continue;
    if (index === start) return false;
    // ("But when the time came, …": a coordinator before the subordinator opens no clause of its own.)
    const first = tokens[COORDINATING_CONJUNCTIONS.has(lowerOf(tokens, start)) ? start + 1 : start]!;
    if (!(SUBORDINATORS.has(first.lower) || adverbialOnly(tokens, start, index - 1) || timeOnly(tokens, start, index))) return false;
    start = index + 1;
  }
  return true;
}

/** Words that open a fronted adverbial ("On Tuesday, …", "Last week, …", "Speaking in Ohio, …"), not a subject. */
/** Whether tokens from..to are a prepositional phrase alone ("In the women's race", "On Monday"), with no verb. */
function adverbialOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 10 || !OPENING_PREPOSITIONS.has(lowerOf(tokens, from))) return false;
  for (let index = from + 1; index <= to; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token)) {
      if (token.text === ',') return false;
      continue;
    }
    // ("In a statement released Monday,": a participle right after its noun modifies it.)
    const previous = tokens[index - 1]!;
    if (/[^e]ed$/.test(token.lower) && isWordToken(previous) && !previous.cap && !PRONOUNS.has(previous.lower) && !NP_STOP.has(previous.lower)) continue;
    if (!token.cap && (BE_FORMS.has(token.lower) || CLAUSE_VERB_AFTER_NAME.has(token.lower) || /[^e]ed$/.test(token.lower) || INDIRECT_CUE_FORMS.has(token.lower))) return false;
  }
  return true;
}

/** The subject at the start of a clause: the first noun phrase before a verb. */
function sentenceSubject(tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  let start = from;
  // A quotation opening the sentence is never its subject: in "“It's a start,” he said, adding
  // that …" the subject is the one after it.
  const open = tokens[start];
  if (open !== undefined && !isWordToken(open) && '"\u201c'.includes(open.text)) {
    let close = start + 1;
    while (close < to && !(!isWordToken(tokens[close]) && '"\u201d'.includes(tokens[close]!.text))) close++;
    if (close < to) start = close + 1;
  }
  while (start < to && (!isWordToken(tokens[start]) || LEADING_ADVERBIALS.has(lowerOf(tokens, start)) && !negativeDeterminer(tokens, start))) start++;
  start = pastFrontedAdverbials(tokens, pastDateline(tokens, start, to), to);
  const head = tokens[start];
  if (!isWordToken(head)) return null;
  if (!head.cap && !DETERMINERS.has(head.lower) && !['he', 'she', 'they', 'we', 'i', 'it'].includes(head.lower)) return null;
  if (TIME_WORDS.has(head.lower) && head.cap) return null;
  const np = subjectAfter(tokens, start, to - 1);
  return np && beforeMainVerb(tokens, np);
}

/**
 * A subject read forward ends before the main clause's verb: a past form with its object
 * or adjunct after it ("the mayor toured the site", "the board voted on Friday"), not a
 * participle as a modifier ("the retired surgeon").
 */
function beforeMainVerb(tokens: readonly Token[], np: NounPhrase): NounPhrase | null {
  for (let index = np.mFirst + 1; index <= np.last; index++) {
    const token = tokens[index]!;
    // (An irregular past form with no noun reading ends it whatever follows: "A federal court struck down …".)
    const irregular = PAST_FORMS.has(token.lower) && isWordToken(tokens[index - 1]);
    if (!isWordToken(token) || token.cap || !(irregular || /[^e]ed$/.test(token.lower)) || DETERMINERS.has(lowerOf(tokens, index - 1))) continue;
    const next = tokens[index + 1];
    if (!irregular && isWordToken(next) && !next.cap && !DETERMINERS.has(next.lower) && !OPENING_PREPOSITIONS.has(next.lower) && next.lower !== 'to') continue;
    const last = index - 1;
    if (last < np.mFirst) return null;
    return nounPhrase(np.first, last, np.mFirst, Math.min(np.mLast, last), null);
  }
  return np;
}

/**
 * Whether a noun phrase after an inverted cue ("…, said Smith", "…, said several observers")
 * can be its speaker: a name, or a determiner or quantifier before a person or source noun.
 */
function sourceHead(tokens: readonly Token[], np: NounPhrase): boolean {
  const first = tokens[np.mFirst]!;
  if (first.cap) return true;
  if (!DETERMINERS.has(first.lower)) return roleBeforeName(tokens, np);
  const source = sayerNoun;
  // (After a possessive only the head before a preposition speaks: "his support for the farmers" is none.)
  const owned = POSSESSIVE_DETERMINERS.has(first.lower);
  if (!owned && source(lowerOf(tokens, np.mLast))) return true;
  // "a spokesman for the city", "the mayor of Springfield", "a senior economist at the bank": the
  // head stands before the phrase's first preposition, two or three words in ("a host of", a
  // quantity, is no role).
  for (let index = np.mFirst + 2; index < np.mLast && index <= np.mFirst + 3; index++) {
    if (!HEAD_PREPOSITIONS.has(lowerOf(tokens, index))) continue;
    const head = lowerOf(tokens, index - 1);
    return !(head === 'host' && lowerOf(tokens, index) === 'of') && source(head);
  }
  return owned && source(lowerOf(tokens, np.mLast));
}

/** Whether one to three role words open a name: "economist Mark Lee", "political scientist Ann Ross" (not "problems in the Middle East"). */
function roleBeforeName(tokens: readonly Token[], np: NounPhrase): boolean {
  for (let index = np.mFirst; index <= np.mLast && index - np.mFirst <= 3; index++) {
    const token = tokens[index]!;
    if (token.cap) return index > np.mFirst;
    if (!isWordToken(token) || DETERMINERS.has(token.lower) || NP_STOP.has(token.lower)) return false;
  }
  return false;
}

function withNp(text: string, tokens: readonly Token[], np: NounPhrase, cue: Span): Found {
  // (The rules read "that" with the phrase, as it tells a relative clause; the mention drops it.)
  const { speaker, phrase, description } = npSpans(text, tokens, withoutComplementizer(tokens, np));
  return { speaker, phrase, description, cue, after: np.last + 1 };
}

/** Whether `token` is a word in `set`. */
function wordIn(set: ReadonlySet<string>, token: Token | undefined): boolean {
  return isWordToken(token) && set.has(token.lower);
}

/** The text from token `first` to token `last`. */
function tokenSpan(text: string, tokens: readonly Token[], first: number, last: number): Span {
  return span(text, tokens[first]!.start, tokens[last]!.end);
}

/** A reported draft of one piece. */
function draftOf(content: Span, found: Found, via = ''): Draft {
  return { content, parts: [content], kind: 'indirect', found, clause: null, continues: -1, via };
}

/** A source read as one span (or none) with no appositive: its speaker is its whole phrase. */
function sourced(speaker: Span | null, cue: Span, after: number): Found {
  return { speaker, phrase: speaker, description: null, cue, after };
}

function push(into: Draft[], text: string, content: Span, found: Found, via = '', minLength = 8): void {
  let start = content.start;
  let end = content.end;
  while (start < end && /[\s,;:\u2014\u2013-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1]!)) end--;
  if (end - start < minLength) return;
  const clause = span(text, start, end);
  // A time alone is when something was said, never what: "released a statement Wednesday";
  // nor is a passive's agent, a name ("was quoted as saying by the Herald": the paper says nothing).
  if (onlyTimeText(clause.text) || /^by (?:the |an? )?\p{Lu}\S*(?: \S+){0,3}$/u.test(clause.text)) return;
  into.push(draftOf(clause, found, via));
}

/**
 * Whether a subject read before a cue other than "say" or "tell" can be no speaker: its second
 * word is a verb ("Once I am identified", "Dion became recognized", "she wasn't happy to see
 * people talking about …", a headline's "FIX IS IN: …"), a clause read as a noun phrase; or it is
 * the reader, "you", on a how-to page ("if you want to learn more", "you need a recent build").
 */
const noSpeaker = (found: Found | null): boolean => (NO_SPEAKER_SUBJECT.test(found?.speaker?.text ?? '') || VERB_AFTER_NAME.test(found?.speaker?.text ?? '')) && !SAY_CUES.has(found!.cue.text);

/**
 * A finite verb in -ed after a name (a capitalised word not first in the phrase) and before its
 * object: "nominee Ann Roe joined growing" read before a noun taken for a cue ("calls"). (A
 * participle opens the phrase, "People briefed on", or takes a preposition, "Center based on".)
 */
const VERB_AFTER_NAME = /\S [A-Z]\S* [a-z]{3,}ed (?!(?:on|in|at|by|for|with|to|from)\b)[a-z]/;

/**
 * Whether a subject opens with an adverb or "along with" and goes on with no name, number or
 * participle's phrase: a verb read before a plural noun taken for the cue ("… ultimately bring
 * disputes that …", "all too common to hear claims that …"). Kept: "ultimately Lee",
 * "nearly half", "newly leaked party files" ("early" is an adjective: "early results").
 */
const adverbLed = (subject: string): boolean => /^(?:(?!early)[a-z]+ly|[Aa]long|all too) (?![A-Z\d]|\S+ed \S|(?:half|about|all|every|an?|one|two|three|four|five|six|seven|eight|nine|ten|\w+-\w+)\b)/.test(subject);

/**
 * Whether `words` are only a time (as `onlyTimeWords`, on the text), with a day or a span of time
 * at its head: "Wednesday", "last week", "on Monday night" ("Now", "Recently", "This" alone are
 * the first piece of a parenthetical's content or its subject, and stay).
 */
function onlyTimeText(words: string): boolean {
  const list = words.toLowerCase().split(/\P{L}+/u).filter((word) => word.length > 0);
  return list.length > 0 && list.every((word) => TIME_WORDS.has(word)) && list.some((word) => TIME_HEADS.has(word));
}

/**
 * One content around a parenthetical attribution ("The county, he said, had distributed …"):
 * the pieces on either side are its `parts`, and `content` runs from the first to the last,
 * the attribution inside, as PolNeAR's discontinuous content does. A piece with no words is
 * left out, and the other alone is the content.
 */
function pushAround(into: Draft[], text: string, before: Span, after: Span, found: Found, via = '', afterLength = 2, pieceVia = via): void {
  const pieces: Draft[] = [];
  push(pieces, text, before, found, pieceVia, 2);
  push(pieces, text, after, found, pieceVia, afterLength);
  if (pieces.length === 2) {
    const parts = pieces.map((piece) => piece.content);
    const first = pieces[0]!;
    into.push({ content: span(text, parts[0]!.start, parts[1]!.end), parts, kind: first.kind, found: first.found, clause: first.clause, continues: first.continues, via });
  } else into.push(...pieces);
}

/**
 * A poll or survey as the source of a clause, by "in": "In a CNN poll released Monday, 50
 * percent chose Clinton" (the clause after the comma) and "Clinton leads by 9 points in the
 * latest Quinnipiac survey." (the clause before). Respondents' answers are reported opinion.
 */
function readSurveySource(text: string, tokens: readonly Token[], into: Draft[]): void {
  const last = lastBeforeEndMarks(tokens);
  for (let at = 0; at < last; at++) {
    if (lowerOf(tokens, at) !== 'in') continue;
    // The survey noun heads a short phrase of words, names, "/" and "-" after "in".
    let head = -1;
    for (let index = at + 1; index <= last && index - at <= 10; index++) {
      const token = tokens[index]!;
      if (!isWordToken(token) && !'/-\u2019\''.includes(token.text)) break;
      if (wordIn(SURVEY_NOUNS, token)) {
        head = index;
        break;
      }
    }
    if (head < 0) continue;
    if (readSurvey(text, tokens, into, at, head, last)) return;
  }
}

/**
 * readSurveySource's reading of the survey noun at `head` after "in" at `at`: whether it
 * pushed the sentence's content. A step of its own, so that its rarer branches cost V8 a
 * recompile of this step, not of the scan for "in" (issue #15).
 */
function readSurvey(text: string, tokens: readonly Token[], into: Draft[], at: number, head: number, last: number): boolean {
  // A particular poll, not the polls of an election ("ahead in the polls", "went to the polls"):
  // a singular survey, or one named or qualified ("in national polls", "in a CNN/ORC poll").
  const qualified = ['poll', 'survey'].includes(lowerOf(tokens, head)) || head - at >= 2 && !DETERMINERS.has(lowerOf(tokens, head - 1));
  if (!qualified) return false;
  // The phrase goes on with a participle or a time ("released Monday", "last month") up to a comma or the sentence end.
  let sourceEnd = head;
  let comma = -1;
  const extends_ = /ed$/.test(lowerOf(tokens, head + 1)) || TIME_WORDS.has(lowerOf(tokens, head + 1)) || ['from', 'by'].includes(lowerOf(tokens, head + 1));
  for (let index = head + 1; index <= last && index - head <= 6; index++) {
    if (commaAt(tokens, index)) {
      comma = index;
      break;
    }
    if (!isWordToken(tokens[index]) && tokens[index]!.text !== '/' || ['and', 'but', 'or', 'because', 'since', 'for'].includes(lowerOf(tokens, index))) break;
    if (index === last && extends_) sourceEnd = last;
  }
  if (head === last || commaAt(tokens, head + 1)) comma = head === last ? -1 : head + 1;
  if (comma > 0 && extends_) sourceEnd = comma - 1;
  else if (comma > 0 && comma !== head + 1) comma = -1;
  const cue = tokenSpan(text, tokens, at, at);
  const source = tokenSpan(text, tokens, at + 1, sourceEnd);
  const found: Found = sourced(source, cue, sourceEnd + 1);
  if ((at === 0 || leadingOnly(tokens, 0, at)) && comma > 0 && wordsIn(tokens, comma + 1, last + 1) >= 3) {
    push(into, text, tokenSpan(text, tokens, comma + 1, clauseEnd(tokens, comma + 1, last, false)), found);
    return true;
  }
  if (at > 0 && (sourceEnd === last || head === last || comma > 0) && wordsIn(tokens, 0, at) >= 3) {
    push(into, text, tokenSpan(text, tokens, 0, at - 1), found);
    return true;
  }
  return false;
}

/**
 * "The mayor reportedly plans to resign": reported with no source named, like "is said to".
 * The subject and the predicate are the two pieces of the content, as for passive reports.
 */
function readReportedly(text: string, tokens: readonly Token[], into: Draft[]): void {
  const last = lastBeforeEndMarks(tokens);
  for (let at = 1; at < last; at++) {
    const token = tokens[at]!;
    if (!isWordToken(token) || !REPORT_ADVERBS.has(token.lower)) continue;
    // "is reportedly …": the auxiliary goes with the subject's piece.
    const subjectEnd = at - 1;
    const subject = subjectBefore(tokens, BE_FORMS.has(lowerOf(tokens, subjectEnd)) || GAP_VERBS.has(lowerOf(tokens, subjectEnd)) ? subjectEnd - 1 : subjectEnd, 0);
    if (!subject || !isWordToken(tokens[subject.first])) return;
    if (subject.first > 0 && !leadingOnly(tokens, 0, subject.first)) return;
    const endToken = clauseEnd(tokens, at + 1, last, false);
    if (wordsIn(tokens, at + 1, endToken + 1) < 2) return;
    const cue = span(text, token.start, token.end);
    const found: Found = sourced(null, cue, at + 1);
    const piece = tokenSpan(text, tokens, subject.first, subjectEnd);
    // One content in two parts around the adverb, not two quotes with no speaker.
    pushAround(into, text, piece, tokenSpan(text, tokens, at + 1, endToken), found, '', 4);
    return;
  }
}

/**
 * The possessor right before the noun at `at`, as the source of what the noun reports: a
 * possessive pronoun ("her"), or a name's or a phrase's possessive back to its determiner
 * ("Trump's", "the senator's", "the White House's"); null when there is none.
 */
function possessorBefore(text: string, tokens: readonly Token[], at: number): Span | null {
  const owner = tokens[at - 1];
  if (!isWordToken(owner)) return null;
  if (POSSESSIVE_DETERMINERS.has(owner.lower)) return span(text, owner.start, owner.end);
  if (!/['\u2019]s$/.test(owner.text)) return null;
  let first = at - 1;
  while (first > 0 && at - first < 5 && isWordToken(tokens[first - 1]) && (tokens[first - 1]!.cap || DETERMINERS.has(lowerOf(tokens, first - 1)))) {
    first--;
    if (DETERMINERS.has(lowerOf(tokens, first))) break;
  }
  return span(text, tokens[first]!.start, owner.end);
}

/**
 * "his attacks on the role of money in politics", "Sessions's endorsement of Trump": a noun
 * of saying or judging with its possessor and the topic after its preposition. The possessor
 * is the source; the topic is the noun phrase after the preposition, up to the main clause's
 * verb or a clause break. Without a possessor ("the endorsement of X") it is left alone: the
 * noun phrase after "of" may as well be the one who endorses.
 */
function readTopicNoun(text: string, tokens: readonly Token[], into: Draft[]): void {
  const last = lastBeforeEndMarks(tokens);
  for (let at = 1; at < last - 1; at++) {
    const noun = tokens[at]!;
    const preposition = tokens[at + 1]!;
    if (!isWordToken(noun) || noun.cap || !TOPIC_NOUNS.has(noun.lower) || !isWordToken(preposition) || !TOPIC_PREPOSITIONS.has(preposition.lower)) continue;
    if (preposition.lower === 'to' && !TOPIC_NOUNS_TO.has(noun.lower)) continue;
    at = readTopicNounAt(text, tokens, into, at, last);
  }
}

/**
 * readTopicNoun's reading of the topic noun at `at` and its preposition ("criticism of"): pushes
 * the topic it names and gives the index to go on after. A step of its own, so that its rarer
 * branches cost V8 a recompile of this step, not of the scan for topic nouns (issue #15).
 */
function readTopicNounAt(text: string, tokens: readonly Token[], into: Draft[], at: number, last: number): number {
  const noun = tokens[at]!;
  const preposition = tokens[at + 1]!;
  const speaker = possessorBefore(text, tokens, at);
  // A possessive pronoun ("their condemnation of") stands for a subject named elsewhere, often the clause's own: only a named possessor speaks here.
  if (!speaker || POSSESSIVE_DETERMINERS.has(speaker.text.toLowerCase())) return at;
  // The object of a verb ("cheered Clinton's attacks on Trump", "reaffirmed their opposition
  // to …") is content of that verb's attribution, which is the outer one: only after a
  // preposition, a conjunction or a clause break does the noun phrase report on its own.
  const before = tokens.findIndex((token) => token.start >= speaker.start) - 1;
  const opener = tokenAt(tokens, before);
  if (isWordToken(opener) && !NOUN_PHRASE_SETTINGS.has(opener.lower)) return at;
  const first = at + 2;
  // "her remarks on Thursday": a time is when, not what.
  if (TIME_WORDS.has(lowerOf(tokens, first)) && tokens[first]!.cap) return at;
  let end = first - 1;
  for (let index = first; index <= last && index - first < 25; index++) {
    const token = tokens[index]!;
    if (!isWordToken(token) ? !'-\'\u2019&$%.'.includes(token.text) || token.text === '.' && tokens[index + 1]?.start !== token.end : TOPIC_ENDERS.has(token.lower) && index > first) break;
    end = index;
  }
  // A topic runs a few words; a longer run has passed the main clause's verb unseen.
  if (end < first || !isWordToken(tokens[first]) || wordsIn(tokens, first, end + 1) > 12) return at;
  while (end > first && ['the', 'a', 'an', 'and', 'or', 'in', 'on', 'for', 'of', 'to'].includes(lowerOf(tokens, end))) end--;
  const cue = span(text, noun.start, preposition.end);
  const found: Found = sourced(speaker, cue, at + 2);
  push(into, text, tokenSpan(text, tokens, first, end), found, '', 2);
  return end;
}

/**
 * A noun of saying or thinking with its clause: "her remark that …", "Trump's claim that …",
 * "The senator's argument is that …". The possessor is the source; "the claim that …" has
 * none named.
 */
function readReportingNoun(text: string, tokens: readonly Token[], into: Draft[]): void {
  const last = lastBeforeEndMarks(tokens);
  for (let at = 1; at < last - 2; at++) {
    const noun = tokens[at]!;
    if (!isWordToken(noun) || noun.cap || !REPORTING_NOUNS.has(noun.lower)) continue;
    let that = at + 1;
    if (['is', 'was'].includes(lowerOf(tokens, that))) that++;
    if (lowerOf(tokens, that) !== 'that') continue;
    const opener = tokens[that + 1];
    // "the claim that was made" is a relative clause: its verb follows "that" at once.
    if (!isWordToken(opener) || GAP_VERBS.has(opener.lower) || BE_FORMS.has(opener.lower)) continue;
    const endToken = clauseEnd(tokens, that + 1, last, false);
    if (wordsIn(tokens, that + 1, endToken + 1) < 4) continue;
    // The source: a possessive pronoun or a name's possessive right before the noun.
    const owner = tokens[at - 1]!;
    const speaker = possessorBefore(text, tokens, at);
    if (!speaker && !(isWordToken(owner) && (DETERMINERS.has(owner.lower) || !owner.cap))) continue;
    const cue = span(text, noun.start, noun.end);
    const found: Found = sourced(speaker, cue, at + 1);
    push(into, text, tokenSpan(text, tokens, that + 1, endToken), found);
    return;
  }
}
