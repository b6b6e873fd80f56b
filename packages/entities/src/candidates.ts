import { MONTH_NAMES, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS, WEEKDAY_NAMES, calendarWords } from '@newsparse/core';
import { type Gazetteer, type GazetteerKind, isAdjectiveTitleAndRole, isKnownGivenName, isPlaceKind, lookupKey } from './lexicon.js';
import { elidedParticleName, isMarkAt, lowerAt, textAt, type Token, tokenAt } from './tokenize.js';
import { localePattern, localeWords } from './locales/index.js';
import { otherLanguageWords } from './locales/other-languages.js';

const NEWSPAPER = localeWords((locale) => locale.heads.newspaper);
const AFTER_NEWS_HEAD = localeWords((locale) => locale.heads.afterNewsHead);
/** "Lincoln High", "Oakwood Elementary": a school's last word keeps its name whole. */
const SCHOOL_HEADS = localeWords((locale) => [...locale.heads.school, ...locale.heads.schoolInContext]);
const SCHOOL_AFTER_PLACE = localeWords((locale) => locale.heads.schoolAfterPlace);
/** Nouns that make a job title with a role after them ("communications director"), and a place's police ("Boise Police Chief"): no body's head before a title. */
const JOB_MODIFIERS = localeWords((locale) => [...locale.context.jobModifiers, ...locale.heads.police]);
const AIRLINE_HEADS = localeWords((locale) => locale.heads.airline);
const STREET_END = localeWords((locale) => locale.heads.streetEnd);
/** Last words of a place named after a person ("Arthur Ashe Stadium", "Queen Victoria Road", "Prince Albert Terrace"). */
const STAMP_VERBS = localeWords((locale) => locale.names.stampVerbs);
const CREDIT_LABELS = localeWords((locale) => locale.names.creditLabels);
const SURNAME_HEADS = localeWords((locale) => locale.names.surnameHeads);
const NAMED_PLACE_END = localeWords((locale) => [...locale.heads.venue, ...locale.heads.streetEnd, ...locale.heads.thoroughfare]);
const WATER_AFTER_PLACE = localeWords((locale) => locale.heads.waterAfterPlace);
const TRANSPORT_LINE = localeWords((locale) => locale.heads.transportLine);
const UTILITY_HEADS = localeWords((locale) => locale.heads.utility);
const PLACE_FIRST = localeWords((locale) => locale.heads.placeFirst);
const AIRLINE_FIRST = localeWords((locale) => locale.heads.airlineFirst);

/**
 * "Air New Zealand", "Air Chathams", "Air Tahiti Nui": an airline's opening word, then up to three
 * capitalised words that are a known place or no ordinary word ("Air Quality", "Air Force" are
 * not airlines).
 */
export function isAirlineName(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (positions.length < 2 || positions.length > 4 || !AIRLINE_FIRST.has(tokens[positions[0]!]!.lower)) return false;
  const rest = positions.slice(1);
  if (isPlaceKind(gaz.phrases.get(keysAt(tokens, rest, 0, rest.length)))) return true;
  return rest.every((position) => {
    const token = tokens[position]!;
    return PLAIN_NAME.test(token.text) && (isPlaceKind(gaz.phrases.get(token.key)) || (!isCommonLower(gaz, token.lower) && !gaz.orgHeads.has(token.lower) && !gaz.placeHeads.has(token.lower)));
  });
}
const BROADCASTER_FIRST = localeWords((locale) => locale.heads.broadcasterFirst);

/**
 * "Radio Free Asia reported", "Radio France Internationale said": a broadcaster's word opening
 * a sentence, then up to three plain capitalised words on one line with a known place or
 * nationality among them, keeps its word (as an airline's does).
 */
export function isBroadcasterName(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (positions.length < 2 || positions.length > 4 || !BROADCASTER_FIRST.has(tokens[positions[0]!]!.lower) || positions[positions.length - 1]! - positions[0]! !== positions.length - 1) return false;
  let place = false;
  for (let at = 1; at < positions.length; at++) {
    const token = tokens[positions[at]!]!;
    if (!PLAIN_NAME.test(token.text)) return false;
    if (isPlaceKind(gaz.phrases.get(token.key)) || gaz.demonyms.has(token.key)) place = true;
  }
  // ("Television New Zealand": the place may be the words after it together.)
  return place || isPlaceKind(gaz.phrases.get(keysAt(tokens, positions, 1, positions.length)));
}

/** Abbreviated titles in capitals after a company's name ("Acme CEO Jane Doe"): the words before are the company. */
const CAPITAL_FOLLOWERS = localeWords((locale) => locale.context.capitalFollowers);
/** Nouns of a company's kind ("Retailer Walmart", "Chipmaker Lumora to build …"): capitalised at a sentence's start, no part of the name after them. */
const COMPANY_KINDS = localeWords((locale) => locale.context.openingKinds);
const SPORTS = localeWords((locale) => locale.sports.words);
const TITLE_INNER = localeWords((locale) => locale.names.titleInner);
/** Party names that are also title words ("Labour Minister"): alone before a role they name the party ("Labour leader"). */
const PARTY_ADJECTIVES = localeWords((locale) => locale.context.partyAdjectives);
const PARTY_NAMES = localeWords((locale) => locale.context.partyNames);
const MEMBER_ROLES = localeWords((locale) => locale.context.memberRoles);
const PUBLIC_BODIES = localeWords((locale) => locale.heads.publicBody);
const BODY_SPEECH_VERBS = localeWords((locale) => locale.context.bodySpeechVerbs);
const SPEECH_VERBS = localeWords((locale) => locale.context.speechVerbs);
const ORG_POSSESSIONS = localeWords((locale) => locale.context.organisationPossessions);
const PERSONAL_POSSESSIONS = localeWords((locale) => locale.context.personalPossessions);
/** Modifiers of a title that open no name of their own ("Former", "Acting"). */
const LEADING_TITLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'acting', 'ex', 'late']);
const STYLE_INTENSIFIERS = localeWords((locale) => locale.names.styleIntensifiers);
const RAISED_STYLES = localeWords((locale) => locale.names.raisedStyles);
/** Of those, the ones that also open names of things before an ordinary word ("Late Show", "Late Music"). */
const THING_OPENERS: ReadonlySet<string> = new Set(['late']);

/**
 * The lookup keys of tokens joined by spaces: of `tokens[positions[at]]` for `at` in
 * [from, to), or of `tokens[at]` when `positions` is null. A loop rather than `map(…).join`:
 * TurboFan's inlined `map` returns a holey array where the interpreter's is packed, and the
 * optimised caller then stops at the array's unexpected map (a deopt, then a recompile).
 */
function keysAt(tokens: readonly Token[], positions: readonly number[] | null, from: number, to: number): string {
  let phrase = '';
  for (let at = from; at < to; at++) {
    const key = tokens[positions === null ? at : positions[at]!]!.key;
    phrase = at === from ? key : `${phrase} ${key}`;
  }
  return phrase;
}

/** The surface words of the tokens at `positions`, periods left out (a loop, for the reason {@link keysAt} gives). */
function wordsAt(tokens: readonly Token[], positions: readonly number[]): string[] {
  const words: string[] = [];
  for (let at = 0; at < positions.length; at++) {
    const word = tokens[positions[at]!]!.text;
    if (word !== '.') words.push(word);
  }
  return words;
}

/** A span that may name an entity, before it is classified. */
export interface Candidate {
  start: number;
  end: number;
  /** the words of the span (surface forms) */
  words: string[];
  /** index of the first and last token the span covers */
  first: number;
  last: number;
  /** a person's title stood right before it ("President", "Mr") */
  title: string | null;
  /** the first word starts a sentence */
  sentStart: boolean;
  /** found by the all-caps pass (headline, dateline) */
  caps: boolean;
  /** an ordinary-looking sentence-initial word: a name only if the rest of the text says so */
  weak: boolean;
}

/** A capitalised name word: "Boluarte", "El-Hassan", "O'Neil", "McDonald". */
export const PLAIN_NAME = /^(?:Mc|Mac|O['\u2019]|D['\u2019])?\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** An initial: "L" or "L." in "L. Ron Hubbard". */
export const INITIAL = /^(?:\p{Lu}|(?:\p{Lu}\.){1,3})$/u;
/** Capitalised words that are never names on their own: English months and weekdays (core's), the pronoun I, clock words. */
const NOT_NAMES = localeWords((locale) => locale.names.notNames);
/** Prepositions outside the lexicon's closed classes ("Under", "Inside"). */
const OTHER_PREPOSITIONS = localeWords((locale) => locale.names.prepositions);
const PARTICLES = localeWords((locale) => locale.names.particles);
/** Articles among the particles ("la", "le", "der"), which after a sentence's first word open a name rather than join one. */
/** Heads that open a Romance body's name before "de la …" ("Présidence", "Congreso"). */
export const ROMANCE_BODY_HEADS: ReadonlySet<string> = new Set(otherLanguageWords.romanceOrganisationHeads);
/** German articles among the particles. */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'dem', 'des', 'die', 'das']);
const SENTENCE_ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'el', 'il', 'lo', 'les', 'los', 'las', 'der', 'die', 'das', 'den', 'dem', 'des']);
const POSSESSIVE_HEADS = localeWords((locale) => locale.names.possessiveHeads);
const POSSESSIVE_PLACE_HEADS = localeWords((locale) => locale.names.possessivePlaceHeads);
const TITLE_OFFICE_HEADS = localeWords((locale) => locale.names.titleOfficeHeads);
/** Particles of surnames ("ten Hag", "van Dijk"). */
const PERSON_PARTICLES = localeWords((locale) => locale.names.personParticles);
/** Honorifics written only before a person's name ("Mr", "Mrs", "Ms"). */
const PERSON_HONORIFICS = localeWords((locale) => locale.names.personOnlyHonorifics);
/** Honorific sequences ("datuk seri", "tan sri"), each as its words, the longest first. */
const HONORIFIC_SEQUENCES: readonly (readonly string[])[] = [...localeWords((locale) => locale.names.honorificSequences)].map((sequence) => sequence.split(' ')).sort((a, b) => b.length - a.length);
/** The words that open an honorific sequence ("datuk", "tan"). */
const HONORIFIC_FIRST: ReadonlySet<string> = new Set(HONORIFIC_SEQUENCES.map((words) => words[0]!));
/** An apostrophe that elides an honorific's last letter ("Dato' Sri"). */
const ELISION = /^['\u2019]$/u;

/**
 * How many of `positions` from `k` an honorific sequence spans ("Datuk Seri", "Dato ' Sri",
 * an elision's apostrophe included), when a name-like word follows it; 0 when none does.
 */
function honorificLength(tokens: readonly Token[], positions: readonly number[], k: number): number {
  for (const words of HONORIFIC_SEQUENCES) {
    let at = k;
    let matched = true;
    for (const word of words) {
      const token = positions[at] === undefined ? undefined : tokens[positions[at]!];
      if (token === undefined || !token.cap || token.lower !== word) {
        matched = false;
        break;
      }
      at++;
      if (positions[at] !== undefined && ELISION.test(tokens[positions[at]!]!.text)) at++;
    }
    if (matched && positions[at] !== undefined && tokens[positions[at]!]!.nameLike) return at - k;
  }
  return 0;
}
const CORPORATE_ABBREVIATIONS = localeWords((locale) => locale.names.corporateAbbreviations);
const LEGAL_FORMS = localeWords((locale) => locale.names.legalForms);
const PARTNER_WORDS = localeWords((locale) => locale.names.partnerWords);
/** Initialisms of ordinary nouns ("HIV", "GDP"), which are no body's name. */
const COMMON_ACRONYMS = localeWords((locale) => locale.names.commonAcronyms);
/** compromise's tags of common nouns: a word after a name that it may modify ("Air traffic"). */
const NOUN_TAGS: ReadonlySet<string> = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);
/** Title words that qualify another title rather than head it ("Foreign" in "Foreign Minister"). */
const TITLE_MODIFIERS = localeWords((locale) => locale.names.titleModifiers);
const CHIEF_SERVICES = localeWords((locale) => locale.names.chiefServices);
/** compromise parts of speech that a capitalised sentence-initial word is unlikely to be a name with. */
const COMMON_POS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund',
  'Modal', 'Copula', 'QuestionWord', 'Adjective', 'Comparative', 'Superlative', 'Plural', 'Singular', 'Uncountable',
  'Cardinal', 'TextValue', 'Ordinal', 'Expression', 'Possessive', 'Reflexive', 'Participle', 'Negative', 'Condition',
  'Actor', 'Verb', 'Imperative', 'Duration', 'Unit', 'Date', 'Month', 'WeekDay',
]);

/** Compass points that follow a place in the name of a district or constituency. */
const COMPASS = localeWords((locale) => locale.names.compassPoints);

/** Parts of speech of function words ("On", "In", "Who"): never the first word of a name. */
export const CLOSED_CLASS_POS: ReadonlySet<string> = new Set(['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord']);

/** Endings of ordinary words (adverbs, abstract nouns) that names rarely have. */
const hasCommonEnding = localePattern((locale) => locale.patterns.commonWordEnding);
/** Endings of adjectives, for words with no known part of speech ("classical", "northern"). */
const hasAdjectiveEnding = localePattern((locale) => locale.patterns.adjectiveEnding);

export interface DocumentFacts {
  /** lower-case words that occur in lower case in this text */
  lowerWords: Set<string>;
  /** lower-cased words that this text capitalises inside a sentence (name evidence) */
  capitalisedInside: Set<string>;
  /** whether the text reads like a sports report ("league", "striker", "Bundesliga") */
  sports: boolean;
  /**
   * lower-cased words that stand alone as names (no capitalised neighbour, no "the" before them)
   * twice or more, once inside a sentence, and never in lower case ("gave Keys a chance"): a
   * surname, even when it is also an ordinary word
   */
  namesAlone: Set<string>;
  /**
   * where a sentence opens with a word that the words after it make a place ("Nice is the
   * fifth-largest city", "Split, a port town"), or one that the text puts after a place
   * preposition elsewhere before a verb ("Split was quiet" … "in Split"): start offsets
   */
  placeCued: Set<number>;
}

const SETTLEMENT_NOUNS = localeWords((locale) => [...locale.context.settlementNouns, ...locale.context.placeCueNouns]);
const PLACE_CUE_VERBS = localeWords((locale) => locale.context.placeCueVerbs);
const LOCATIVE_PREPOSITIONS = localeWords((locale) => locale.context.locatives);

/**
 * Whether the words after the sentence's first word at `index` describe a place: an optional
 * comma and verb, an article, up to three lower-case words and a settlement noun ("is the
 * fifth-largest city", ", a port town"), not the noun's possessive ("is the city's").
 */
function placeCueAfter(tokens: readonly Token[], index: number): boolean {
  let at = index + 1;
  if (textAt(tokens, at) === ',') at++;
  if (PLACE_CUE_VERBS.has(lowerAt(tokens, at))) at++;
  const article = lowerAt(tokens, at);
  if (article !== 'the' && article !== 'a' && article !== 'an') return false;
  for (let seen = 0, word = at + 1; seen < 4 && word < tokens.length; seen++, word++) {
    const token = tokens[word]!;
    if (!token.word || token.text !== token.lower) return false;
    if (SETTLEMENT_NOUNS.has(token.lower)) return !/^['\u2019]s$/.test(textAt(tokens, word + 1));
  }
  return false;
}

/** Collects the words that the text writes in lower case (a capitalised one is then no name). */
export function documentFacts(tokens: readonly Token[]): DocumentFacts {
  const lowerWords = new Set<string>();
  const capitalisedInside = new Set<string>();
  const aloneCounts = new Map<string, number>();
  let sports = false;
  const placeCued = new Set<number>();
  const afterLocative = new Set<string>();
  const openingBeforeVerb: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word) continue;
    if (!sports && SPORTS.has(token.lower)) sports = true;
    if (!token.cap && !token.upper && token.text === token.lower) {
      lowerWords.add(token.lower);
      continue;
    }
    if (token.nameLike && !token.sentStart) capitalisedInside.add(token.lower);
    if (token.sentStart && token.cap && !token.upper) {
      if (placeCueAfter(tokens, index)) placeCued.add(token.start);
      else if (PLACE_CUE_VERBS.has(lowerAt(tokens, index + 1))) openingBeforeVerb.push(token);
    } else if (token.cap && !token.sentStart && LOCATIVE_PREPOSITIONS.has(lowerAt(tokens, index - 1)) && !tokenAt(tokens, index + 1)?.cap) afterLocative.add(token.lower);
    // A capitalised word with no capitalised neighbour and no "the" or number before it: "the
    // Rockets" is a team's plural, "47th Place" a street, "Keys" alone a person's name.
    const before = tokenAt(tokens, index - 1);
    const after = tokenAt(tokens, index + 1);
    if (token.cap && !token.upper && !(before?.word && (before.cap || before.lower === 'the' || /\d/.test(before.text))) && !(after?.cap && after.word)) aloneCounts.set(token.lower, (aloneCounts.get(token.lower) ?? 0) + 1);
  }
  // Twice at least, once inside a sentence: one capitalised ordinary word in a list ("Place,
  // Street, Avenue") or at the start of sentences only ("Experts said") is no name.
  const namesAlone = new Set<string>();
  for (const [word, count] of aloneCounts) if (count >= 2 && capitalisedInside.has(word) && !lowerWords.has(word)) namesAlone.add(word);
  for (const token of openingBeforeVerb) if (afterLocative.has(token.lower)) placeCued.add(token.start);
  return { lowerWords, capitalisedInside, sports, namesAlone, placeCued };
}

/**
 * A question a whole-text scan can ask first: whether the text writes any of `lists`' words in
 * lower case. A rule that reads every token for a lower-case word from a short list ("striker",
 * "beat", "host") finds none in many texts, and the document's set of lower-case words says so
 * in a few lookups. A token whose text is its own lower case and opens with a lower-case letter
 * is in that set, so the answer is exact for lists of such words; a list with any other entry
 * gets a question that always says yes (the rule then scans as before).
 *
 * @example
 * const writesReportWords = lowerWordCheck(new Set(['striker']));
 * writesReportWords(documentFacts(tokenize('The striker scored.'))) //=> true
 */
export function lowerWordCheck(...lists: ReadonlyArray<ReadonlySet<string>>): (facts: DocumentFacts) => boolean {
  const words = new Set<string>();
  for (const list of lists) for (const word of list) words.add(word);
  for (const word of words) if (!/^\p{Ll}/u.test(word)) return () => true;
  const each = [...words];
  return (facts) => {
    const lowerWords = facts.lowerWords;
    if (lowerWords.size < each.length) {
      for (const word of lowerWords) if (words.has(word)) return true;
      return false;
    }
    for (const word of each) if (lowerWords.has(word)) return true;
    return false;
  };
}

/** Whether a capitalised word is more likely an ordinary word than a name. */
export function isCommonWord(token: Token, gaz: Gazetteer, facts: DocumentFacts): boolean {
  const lower = token.lower;
  if (token.upper && token.text.length > 1) return false;
  if (gaz.firstNames.has(lower) || gaz.lastNames.has(lower)) return false;
  const kinds = gaz.phrases.get(token.key);
  // A town of the world-city table that is also an ordinary word ("Man", "Orange", "Surprise")
  // opens a sentence as the word; it is the town where the text names it inside a sentence
  // (and in a sports report, where "Reading beat Leeds" names a club).
  // The words after it or the text's other mentions may still say it is the town ("Nice is the fifth-largest city").
  if (kinds) {
    // Read for every known word, not only for a town that is also a word (rare): a read first
    // run after V8 had optimised a caller threw that caller's code away.
    const townCued = facts.sports || facts.placeCued.has(token.start);
    if (!kinds.includes('demonym') && !(kinds.length === 1 && kinds[0] === 'city' && gaz.common.has(lower) && !townCued)) return false;
  }
  const tag = gaz.pos.get(lower);
  if (tag !== undefined && COMMON_POS.has(tag)) return true;
  return gaz.common.has(lower) || facts.lowerWords.has(lower) || hasCommonEnding(lower);
}

/** Parts of speech of a verb or noun that "-er"/"-or" nouns of agents are made from. */
const AGENT_STEM_POS: ReadonlySet<string> = new Set(['Infinitive', 'Verb', 'PresentTense', 'Singular', 'Uncountable']);

/**
 * "Investors said", "Regulators warned": a capitalised plural of an agent noun ("-ers", "-ors")
 * made from a known verb or noun (invest, regulate, borrow) is an ordinary word, not a name.
 * Known given names and surnames ("Peters", "Sanders") are no such plurals.
 */
export function isAgentPlural(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  if (token.upper || !/^\p{Ll}{3,}[eo]rs$/u.test(lower) || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.phrases.has(token.key)) return false;
  const stem = lower.slice(0, -3);
  return [stem, `${stem}e`].some((form) => AGENT_STEM_POS.has(gaz.pos.get(form) ?? ''));
}

/** Whether a capitalised plural is an ordinary noun ("Residents", "Students"), not a surname ("Sanders"). */
function pluralOrdinaryNoun(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  if (gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.phrases.has(token.key)) return false;
  return isCommonLower(gaz, lower) || isCommonLower(gaz, lower.slice(0, -1)) || isAgentPlural(token, gaz);
}

/** Whether a lower-case word is an ordinary English word (training-corpus list or compromise's part of speech). */
export function isCommonLower(gaz: Gazetteer, lower: string): boolean {
  if (gaz.common.has(lower)) return true;
  const tag = gaz.pos.get(lower);
  return tag !== undefined && COMMON_POS.has(tag);
}

/** An ordinary English word, or the plural of one ("Priorities", "Relations"). */
function ordinaryWord(gaz: Gazetteer, lower: string): boolean {
  if (isCommonLower(gaz, lower)) return true;
  if (lower.endsWith('ies')) return isCommonLower(gaz, `${lower.slice(0, -3)}y`);
  return lower.endsWith('s') && isCommonLower(gaz, lower.slice(0, -1));
}

/** A capitalised ordinary word that names nothing by itself ("Tobacco", "Space"). */
function ordinaryCapital(token: Token | undefined, gaz: Gazetteer): boolean {
  return token !== undefined && token.cap && !token.newline && ordinaryWord(gaz, token.lower) && !gaz.phrases.has(token.key) && !gaz.firstNames.has(token.lower);
}

/**
 * Where a series ", A, B and C" that starts at the comma `at` ends (the index of C), when each
 * item is one ordinary capitalised word and nothing capitalised follows the last; else -1.
 * At most eight items: a longer one is a list of things, not a name.
 */
function ordinarySeriesEnd(tokens: readonly Token[], at: number, gaz: Gazetteer): number {
  let position = at;
  for (let items = 0; items < 8; items++) {
    const mark = tokens[position];
    const item = tokens[position + 1];
    if (mark === undefined || (mark.text !== ',' && mark.lower !== 'and') || !ordinaryCapital(item, gaz)) return -1;
    if (mark.lower === 'and') return tokenAt(tokens, position + 2)?.nameLike === true ? -1 : position + 1;
    position += 2;
  }
  return -1;
}

/** "Calif." and the other AP state abbreviations keep their period, as "Inc." does. */
function keepsPeriod(token: Token, gaz: Gazetteer): boolean {
  return token.cap && token.text.length >= 3 && OTHER_ABBREVIATIONS.has(token.lower) && gaz.phrases.get(token.key)?.includes('region') === true;
}

/** Words before "of" that start a place or title name ("Republic of", "Gulf of", "Duke of"). */
const OF_HEADS = localeWords((locale) => locale.heads.beforeOf);
/** Heads of bodies named with "on" ("Council on Foreign Relations"). */
const ON_HEADS = localeWords((locale) => locale.heads.beforeOn);
/** Heads of a body complete in itself, which after "and" start a second body. */
/** A possessive's ending right after a word: "'s", "’s". */
const POSSESSIVE_AFTER = /^['\u2019]s$/u;
const WHOLE_BODIES = localeWords((locale) => locale.heads.wholeBody);
/** A subject after "on" is a word of letters, capital first ("Foreign", "American-Islamic"): no code ("STS-1"), no acronym. */
const WORD_OF_SUBJECT = /^\p{Lu}\p{Ll}[\p{L}-]*$/u;
/** English month and weekday names: "the Council on Tuesday" is no "Council on …". */
const CALENDAR_WORDS = new Set([...calendarWords(MONTH_NAMES.en).keys(), ...calendarWords(WEEKDAY_NAMES.en).keys()]);
/** "People of Kilifi say": the people who live somewhere never head the place's name. */
const INHABITANT_NOUNS = localeWords((locale) => locale.context.inhabitantNouns);

const RESULTS_VERBS = localeWords((locale) => locale.context.resultsVerbs);
const RESULTS_OBJECTS = localeWords((locale) => locale.context.resultsObjects);
/** How many words may stand between a verb of reporting and its results: "posted stronger quarterly results". */
const RESULTS_REACH = 4;

/** Whether a company's results (RESULTS_OBJECTS) stand within a few lower-case words from token `from`. */
function resultsAfter(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + RESULTS_REACH && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.word || token.text !== token.lower) return false;
    if (RESULTS_OBJECTS.has(token.lower)) return true;
  }
  return false;
}

/**
 * Whether the words right after token `last` are what news copy says of an organisation: a
 * lower-case verb of its statements ("said", "announced") or a possessive of a company's office
 * or part that people do not have ("'s chief executive", "'s shares").
 */
function bodyContextAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokenAt(tokens, last + 1);
  if (!next || next.newline) return false;
  if (next.text === next.lower && BODY_SPEECH_VERBS.has(next.lower)) return true;
  // "Red Hat posted results", "Blue Harbour reported a loss": results only a company reports.
  if (next.text === next.lower && RESULTS_VERBS.has(next.lower) && resultsAfter(tokens, last + 2)) return true;
  const owned = tokenAt(tokens, last + 2);
  return (next.text === "'s" || next.text === '\u2019s') && owned !== undefined && owned.text === owned.lower && ORG_POSSESSIONS.has(owned.lower) && !PERSONAL_POSSESSIONS.has(owned.lower);
}

/**
 * "Network Rail said", "Peace Now said", "Save the Children said": two to four ordinary words in
 * capitals (an inner "the" too) that open a sentence and then speak or own a company's office
 * name a body. Capitals on every word are what make them a name, as a sentence capitalises
 * only its first; a given name, a title, a role, a known name or a month makes none of it.
 */
export function isBodyOfOrdinaryWords(tokens: readonly Token[], first: number, last: number, gaz: Gazetteer): boolean {
  if (last - first < 1 || last - first > 3 || !tokens[first]!.sentStart) return false;
  if (CLOSED_CLASS_POS.has(gaz.pos.get(tokens[first]!.lower) ?? '')) return false;
  for (let at = first; at <= last; at++) {
    const token = tokens[at]!;
    if (token.text === 'the' && at > first && at < last) continue;
    const lower = token.lower;
    if (at === last && at === first + 1 && nounBeforePlace(tokens[first]!, token, gaz)) continue;
    if (!PLAIN_NAME.test(token.text) || !isCommonLower(gaz, lower) || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.titles.has(lower) || gaz.roles.has(lower) || gaz.phrases.has(token.key) || CALENDAR_WORDS.has(lower)) return false;
  }
  return bodyContextAfter(tokens, last);
}

/** Parts of speech of a word that qualifies a place rather than naming a body ("Central", "Greater", "Western"). */
const QUALIFIER_POS: ReadonlySet<string> = new Set(['Adjective', 'Comparative', 'Superlative']);

/**
 * "Union Pacific said": an ordinary noun before a known place, the two speaking as a body, is
 * a company named with the place; a word that qualifies places ("Central", "Greater", "New",
 * "Lake", a compass point or a place's head) makes a place of them.
 */
export function nounBeforePlace(noun: Token, place: Token, gaz: Gazetteer): boolean {
  const lower = noun.lower;
  if (!PLAIN_NAME.test(place.text) || !isPlaceKind(gaz.phrases.get(place.key)) || gaz.phrases.has(`${noun.key} ${place.key}`)) return false;
  if (!PLAIN_NAME.test(noun.text) || !isCommonLower(gaz, lower) || QUALIFIER_POS.has(gaz.pos.get(lower) ?? '') || COMPASS.has(lower) || PLACE_FIRST.has(lower) || gaz.placeHeads.has(lower)) return false;
  return !gaz.firstNames.has(lower) && !gaz.lastNames.has(lower) && !gaz.titles.has(lower) && !gaz.roles.has(lower) && !gaz.phrases.has(noun.key) && !CALENDAR_WORDS.has(lower);
}

/** Parts of speech of a verb's stem: "Save the Children" opens with one. */
const VERB_STEM_POS: ReadonlySet<string> = new Set(['Infinitive', 'Verb']);

/** An ordinary noun made of one capital letter and a word: "T-shirt", "X-ray", "U-turn". */
const LETTER_COMPOUND = /^\p{Lu}-\p{Ll}+$/u;

/** An event's or a series' last word that is an ordinary word and no one's name ("Series", "Election", "Cup"; not "Masters", a surname). */
const isLoneEventHead = (token: Token, gaz: Gazetteer): boolean => gaz.eventHeads.has(token.lower) && isCommonLower(gaz, token.lower) && !gaz.lastNames.has(token.lower) && !gaz.firstNames.has(token.lower);
const isHead = (gaz: Gazetteer, lower: string): boolean => gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower) || gaz.orgFirstHeads.has(lower);

/**
 * Finds the candidate name spans of mixed-case text: runs of capitalised words joined by name
 * connectors ("Bank of England", "Lula da Silva", "AT&T"), with titles and sentence-initial
 * ordinary words taken off, and runs of back-to-back known names split.
 */
export function findCandidates(text: string, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts): Candidate[] {
  const candidates: Candidate[] = [];
  const n = tokens.length;
  let index = 0;
  while (index < n) {
    const token = tokens[index]!;
    // A byline's stamp verb ("Published", "Updated") opens no name either.
    if (!token.nameLike || (STAMP_VERBS.has(token.lower) && !token.upper) || (token.lower === 'by' && CREDIT_LABELS.has(lowerAt(tokens, index - 1)))) {
      index++;
      continue;
    }
    // Grow the run.
    const run: number[] = [index];
    let sawOf = false;
    let sawFor = false;
    let compoundAfter = false;
    // Whether the run so far holds an organisation head, kept up to date as the run grows so
    // that a long run of connectors ("A of B of C …") is not rescanned at each connector.
    let orgHeadSeen = false;
    let orgHeadChecked = 0;
    const runHasOrgHead = (): boolean => {
      for (; orgHeadChecked < run.length && !orgHeadSeen; orgHeadChecked++) {
        const lower = tokens[run[orgHeadChecked]!]!.lower;
        orgHeadSeen = gaz.orgHeads.has(lower) && !gaz.titles.has(lower);
      }
      return sawFor || orgHeadSeen;
    };
    let j = index;
    for (;;) {
      const next = tokenAt(tokens, j + 1);
      if (!next || next.newline) break;
      const after = tokenAt(tokens, j + 2);
      const current = tokens[j]!;
      // "Commission européenne", "Nations unies": a known name whose last word is a lower-case
      // adjective of another language (no English word) goes on over it.
      if (isLowerNameEnd(tokens, j + 1, gaz)) {
        run.push(j + 1);
        j += 1;
        continue;
      }
      // "Conseil constitutionnel", "Consiglio regionale", "Assemblée nationale": a Romance body's
      // head alone, then a lower-case adjective of its language (no English word), is one name.
      if (run.length === 1 && ROMANCE_BODY_HEADS.has(current.lower) && isRomanceAdjective(next, gaz)) {
        run.push(j + 1);
        j += 1;
        continue;
      }
      // "Jack in the Box", "Newcastle upon Tyne": a known name with lower-case words inside goes on over them.
      const knownEnd = !next.cap && next.word ? knownNameOverLowerWords(tokens, j, gaz) : -1;
      if (knownEnd > 0) {
        for (let position = j + 1; position <= knownEnd; position++) run.push(position);
        j = knownEnd;
        continue;
      }
      if (next.nameLike) {
        // "to the U.S. The President": an abbreviation's period may end the sentence, and a
        // capitalised closed-class word ("The", "In", "He") after it starts the next one.
        if (current.text.endsWith('.') && CLOSED_CLASS_POS.has(gaz.pos.get(next.lower) ?? '')) break;
        // "a NASA T-shirt", "Bernie Sanders T-shirts": a capital letter and a word is an ordinary
        // noun after a name, and no name of its own ("E-meter" alone may be one).
        if (LETTER_COMPOUND.test(next.text)) {
          compoundAfter = true;
          break;
        }
        // "Cisco Systems Inc Chief Executive John Chambers": a legal form ends the company's
        // name, and a title after it opens the person's.
        if (run.length >= 2 && (LEGAL_FORMS.has(current.lower) || CORPORATE_ABBREVIATIONS.has(current.lower)) && gaz.titles.has(next.lower)) break;
        // "Muhammad Irfan Published January 24, 2023": a byline's stamp verb ends the name;
        // "Reporting By Jo Park": a credit's label, before its "By", is no part of one.
        if ((STAMP_VERBS.has(next.lower) && !next.upper) || (next.lower === 'by' && CREDIT_LABELS.has(current.lower))) break;
        run.push(j + 1);
        j += 1;
        continue;
      }
      // "Banca d’Italia", "Valéry Giscard d'Estaing": a name word after an elided "of" goes on with the name.
      if (next.word && !next.cap && elidedParticleName(next.text)) {
        run.push(j + 1);
        j += 1;
        continue;
      }
      if (next.text === '.' && next.start === current.end && current.word) {
        const initial = /^\p{Lu}$/u.test(current.text);
        const abbreviation = CORPORATE_ABBREVIATIONS.has(current.lower) || (initial && run.length >= 1);
        if (abbreviation && after && after.nameLike && !after.newline && (initial || current.lower === 'st' || current.lower === 'mt' || current.lower === 'ft' || current.lower === 'jr')) {
          run.push(j + 1, j + 2);
          j += 2;
          continue;
        }
        if ((CORPORATE_ABBREVIATIONS.has(current.lower) && run.length > 1) || keepsPeriod(current, gaz)) run.push(j + 1);
        break;
      }
      // 'Ronald “Bato” Dela Rosa', 'Robert "Bobby" Kennedy': a nickname in quotation marks between a
      // given name (or a title) and a capitalised surname is no name of its own; the run skips it.
      const nicknameEnd = quotedNicknameEnd(tokens, j, gaz);
      if (nicknameEnd > 0) {
        run.push(nicknameEnd);
        j = nicknameEnd;
        continue;
      }
      const word = next.lower;
      const theThen = after !== undefined && after.text === 'the' && (word === 'of' || word === 'for') && tokenAt(tokens, j + 3)?.nameLike === true && !tokens[j + 3]!.newline;
      // "Ursula von der Leyen", "Juan de la Cruz": two particles after a given name, then the
      // surname; "Présidence de la République": after a Romance body's head, what it is of.
      if (PARTICLES.has(word) && next.text === word && word !== 'y' && after !== undefined && !after.nameLike && PARTICLES.has(after.text) && !GERMAN_ARTICLES.has(word) && tokenAt(tokens, j + 3)?.nameLike === true && !tokens[j + 3]!.newline
        && (gaz.givenNames.has(current.lower) || (run.length >= 2 && gaz.givenNames.has(tokens[run[run.length - 2]!]!.lower)) || ROMANCE_BODY_HEADS.has(current.lower))) {
        run.push(j + 1, j + 2, j + 3);
        j += 3;
        continue;
      }
      if (!after || (!after.nameLike && !theThen) || after.newline) break;
      if (next.text === '&') {
        run.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      // "Dato' Sri Ismail": an honorific's elided letter keeps the run going.
      if (ELISION.test(next.text) && next.start === current.end && HONORIFIC_FIRST.has(current.lower)) {
        run.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      // "Save the Children said": a sentence-initial verb, "the" and capitalised words that then speak.
      if (next.text === 'the' && run.length === 1 && current.sentStart && VERB_STEM_POS.has(gaz.pos.get(current.lower) ?? '')) {
        let k = j + 2;
        while (k < j + 3 && tokenAt(tokens, k + 1)?.nameLike && !tokens[k + 1]!.newline) k++;
        if (isBodyOfOrdinaryWords(tokens, j, k, gaz)) {
          for (let position = j + 1; position <= k; position++) run.push(position);
          j = k;
          continue;
        }
      }
      // "También la Unión Europea", "Selon le Conseil": an article after a sentence's first word
      // that is no name (no given name, surname, particle or known name) opens the name after it.
      if (PARTICLES.has(word) && next.text === word && run.length === 1 && current.sentStart && SENTENCE_ARTICLES.has(word) && !PARTICLES.has(current.lower) && !gaz.givenNames.has(current.lower) && !gaz.firstNames.has(current.lower) && !gaz.lastNames.has(current.lower) && !gaz.phrases.has(current.key)) break;
      // "Sprecher der Europäischen Union", "Cyril Ramaphosa das Kabinett": a German article joins no
      // name after a capitalised word, only after another particle ("Van der Merwe"; "Maria das Dores").
      if (GERMAN_ARTICLES.has(word) && !PARTICLES.has(current.lower) && !(word === 'das' && gaz.givenNames.has(current.lower))) break;
      // ("im Gegensatz zu BMW": a German "zu" joins a noble's surname to a given name only, "Karl-Theodor zu Guttenberg".)
      if (word === 'zu' && !isKnownGivenName(current.text, gaz)) break;
      if (PARTICLES.has(word) && next.text === word && run.length >= 1) {
        run.push(j + 1, j + 2);
        j += 2;
        continue;
      }
      if (next.text === "'s" || next.text === '\u2019s') {
        // "People's Daily"; "Moody's Investors Service" (an unknown name before a company head).
        let k = j + 2;
        while (k < j + 5 && tokenAt(tokens, k + 1)?.nameLike && !tokens[k + 1]!.newline) k++;
        // "Modi's Bharatiya Janata Party": a party or a public body is never named with a possessive.
        const companyAfter = run.length === 1 && !gaz.phrases.has(current.key) && !gaz.firstNames.has(current.lower) && gaz.orgHeads.has(tokens[k]!.lower) && !PUBLIC_BODIES.has(tokens[k]!.lower) && (k > j + 2 || CORPORATE_ABBREVIATIONS.has(tokens[k]!.lower));
        // "St Gemma's Hospice", "St Thomas' Hospital": a saint's possessive before a head word names the body.
        const saintly = (tokens[run[0]!]!.lower === 'st' || tokens[run[0]!]!.lower === 'saint') && run.length <= 3 && isHead(gaz, tokens[k]!.lower);
        // "Cumberland County Sheriff's Office", "the Attorney General's Department": an office named by its holder's title.
        const titleOffice = run.length >= 1 && gaz.titles.has(current.lower) && TITLE_OFFICE_HEADS.has(tokens[j + 2]?.lower ?? '') && tokens[j + 2]!.nameLike;
        // "Hawke's Bay", "Martha's Vineyard": one word's possessive and a landform's head, the name's last word, name the place.
        const placeAfter = run.length === 1 && k === j + 2 && POSSESSIVE_PLACE_HEADS.has(tokens[k]!.lower) && tokens[k]!.cap && !gaz.phrases.has(current.key);
        if (POSSESSIVE_HEADS.has(current.lower) || companyAfter || saintly || titleOffice || placeAfter) {
          run.push(j + 1, j + 2);
          j += 2;
          continue;
        }
      }
      // "Northbridge Residents' Association", "the Ramblers' Association": a plural possessive inside a body's name.
      // (A person's possessive is none: "Sanders’ Senate bid"; nor after a whole body's name: "Court of Appeals’ board".)
      if ((next.text === "'" || next.text === '\u2019') && next.start === current.end && current.lower.endsWith('s') && !runHasOrgHead() && pluralOrdinaryNoun(current, gaz)) {
        let k = j + 2;
        while (k < j + 4 && tokens[k + 1]?.nameLike && !tokens[k + 1]!.newline) k++;
        if (gaz.orgHeads.has(tokens[k]!.lower) && !gaz.titles.has(tokens[k]!.lower)) {
          for (let position = j + 1; position <= k; position++) run.push(position);
          j = k;
          continue;
        }
      }
      // "University of Sheffield of the UK", "Colorado State University of the US": a name that
      // is complete already takes no country after "of" as part of it.
      const ofTarget = theThen ? tokens[j + 3]! : after;
      const ofCountry = word === 'of' && gaz.phrases.get(ofTarget.key)?.includes('country') === true && !tokens[(theThen ? j + 4 : j + 3)]?.nameLike;
      if (ofCountry && (sawOf || /^(?:\p{Lu}\.?){2,3}$/u.test(ofTarget.text))) break;
      // "Bayer AG of West Germany", "Acme Inc of Trenton": a legal form closes the company's name; "of" names where it is.
      if (word === 'of' && run.length >= 2 && LEGAL_FORMS.has(current.lower)) break;
      // "the takeover by Thomson Corp of Reuters": "Corp" closes a name too, except before a country
      // that is part of it ("Corrections Corp of America").
      if (word === 'of' && run.length >= 2 && (current.lower === 'corp' || current.lower === 'corporation') && !theThen && gaz.phrases.get(after.key)?.includes('country') !== true) break;
      // "Georgia Chambers of Commerce", "Departments of Labor": a head's plural before "of" and an
      // ordinary capitalised word names bodies too (a surname like "Chambers", "Banks" before a
      // place or a name stays the person's: "Jo Chambers of Acme").
      const pluralHead = word === 'of' && current.lower.endsWith('s') && gaz.orgHeads.has(current.lower.slice(0, -1)) && !theThen && ordinaryCapital(after, gaz);
      // ("a photo in the New York Times of Malcolm’s grandfather": after a name the knowledge base
      // holds whole, "of" and a name's possessive open a phrase of the sentence.)
      const ofPossessive = word === 'of' && !theThen && POSSESSIVE_AFTER.test(text.slice(after.end, after.end + 2)) && gaz.phrases.has(keysAt(tokens, run, 0, run.length));
      if (word === 'of' && next.text === 'of' && !ofPossessive && (gaz.orgFirstHeads.has(current.lower) || gaz.orgHeads.has(current.lower) || gaz.placeHeads.has(current.lower) || OF_HEADS.has(current.lower) || runHasOrgHead() || pluralHead) && !gaz.titles.has(current.lower)) {
        sawOf = true;
        j = joinConnector(tokens, run, j);
        continue;
      }
      // "Council on Foreign Relations", "House Committee on Foreign Affairs": a body's subject after "on"
      // (not a day: "the Council on Tuesday approved …").
      if (word === 'on' && next.text === 'on' && ON_HEADS.has(current.lower) && current.cap && !theThen && WORD_OF_SUBJECT.test(after.text) && !CALENDAR_WORDS.has(after.lower) && !isPlaceKind(gaz.phrases.get(after.key)) && !gaz.firstNames.has(after.lower)) {
        sawOf = true;
        j = joinConnector(tokens, run, j);
        continue;
      }
      // "University of North Carolina at Chapel Hill": a university of a state names its campus with "at".
      if (word === 'at' && next.text === 'at' && sawOf && tokens[run[0]!]!.lower === 'university') {
        j = joinConnector(tokens, run, j);
        continue;
      }
      // ("Member of Parliament for Asawase": a member's seat after "for" is a constituency, no part of the body's name.)
      if (word === 'for' && next.text === 'for' && (gaz.orgHeads.has(current.lower) || gaz.orgFirstHeads.has(current.lower)) && !memberSeatAfter(tokens, run)) {
        sawFor = true;
        j = joinConnector(tokens, run, j);
        continue;
      }
      // "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Committee on Science, Space and
      // Technology": a series of single ordinary words, closed by "and", is the subject of a body
      // named with "of" or "on".
      if (next.text === ',' && sawOf && ordinaryCapital(after, gaz)) {
        const end = ordinarySeriesEnd(tokens, j + 1, gaz);
        if (end > 0) {
          for (let position = j + 1; position <= end; position++) run.push(position);
          j = end;
          continue;
        }
      }
      if (word === 'and' && next.text === 'and') {
        // "Ministry of Trade and Industry", "Belt and Road Initiative", "Bosnia and Herzegovina".
        let k = j + 2;
        while (k < j + 6 && tokenAt(tokens, k + 1)?.nameLike && !tokens[k + 1]!.newline) k++;
        const afterWords = tokens.slice(j + 2, k + 1);
        const lastAfter = afterWords[afterWords.length - 1]!;
        // "Oakwood Elementary and Carver Middle School": a school's name is complete before "and".
        // ("American Airlines and Southwest Airlines", "Kenya Airways and Ethiopian Airlines": so is one ending in the head the name after "and" ends in, a plural too, or one airline's head and another's ("Korean Air and Asiana Airlines").)
        // A leading article is no word of the name: "The U.S. Food and Drug Administration" as inside a sentence.
        const runWords = run.length - (ARTICLES.has(tokens[run[0]!]!.lower) ? 1 : 0);
        // (After "the", a head alone is no name complete in itself: "the University and College
        // Union", "the Globe and Mail" are one body each.)
        const loneHeadAfterThe = runWords === 1 && (run.length === 2 || textAt(tokens, run[0]! - 1) === 'the');
        const runHasHead = !loneHeadAfterThe && ((gaz.orgHeads.has(current.lower) && (!current.lower.endsWith('s') || (afterWords.length >= 2 && lastAfter.lower === current.lower))) || SCHOOL_HEADS.has(current.lower) || (afterWords.length >= 2 && AIRLINE_HEADS.has(current.lower) && AIRLINE_HEADS.has(lastAfter.lower)));
        // Only a run short enough to be a known phrase is looked up (a long one would be rejoined at every "and").
        const phraseFits = run.length + afterWords.length + 1 <= gaz.maxWords;
        const phrase = phraseFits ? `${keysAt(tokens, run, 0, run.length)} and ${keysAt(tokens, null, j + 2, k + 1)}` : '';
        const known = (phraseFits && gaz.phrases.has(phrase)) || gaz.phrases.has(`${current.key} and ${after.key}`);
        // ("Center for American Women and Politics": after "for", an ordinary word the text also writes in lower case.)
        // (Not a head that opens a body of its own with "of": "… Medical School and University of
        // Puerto Rico", "the Bank of England and Bank of France" are two bodies.)
        const ofList = (sawOf || sawFor) && afterWords.length === 1 && (facts.lowerWords.has(after.lower) === false || sawFor) && gaz.common.has(after.lower) && !gaz.phrases.has(after.key) && !(gaz.orgHeads.has(after.lower) && tokenAt(tokens, j + 3)?.lower === 'of');
        // "Department of Health and Human Services", "Center on Budget and Policy Priorities": two or
        // three ordinary words after "and" go on the subject of a body named with "of" or "on",
        // unless they name a body of their own ("Ministry of Defence and Home Office").
        // ("School of Animal and Veterinary Sciences": a word no lexicon holds may stand before the
        // ordinary last word, where it is no name of a person, place or body, nor a head.)
        const ofPhrase = (sawOf || sawFor) && afterWords.length >= 2 && afterWords.length <= 3 && !WHOLE_BODIES.has(lastAfter.lower) && ordinaryWord(gaz, lastAfter.lower) && afterWords.every((word) => (ordinaryWord(gaz, word.lower) || subjectWord(word, gaz)) && !gaz.phrases.has(word.key) && !gaz.firstNames.has(word.lower));
        // "Virgin Australia and Rex Airlines": a name complete in itself (known, or a brand and its
        // place) and a name of its own before the head are two names, not "Peace and Reconciliation Commission".
        const twoNames = runWords === 2 && afterWords.length >= 2 && !gaz.common.has(after.lower) && !facts.lowerWords.has(after.lower) && (gaz.phrases.has(`${tokens[run[run.length - 2]!]!.key} ${current.key}`) || isPlaceKind(gaz.phrases.get(current.key)));
        // "Emirates and Qatar Airways": a place's name, then a country's airline, are two names
        // (an airline is one country's; "Kenya and Uganda Railways" stays one body).
        const placeAndAirline = run.length === 1 && afterWords.length >= 2 && AIRLINE_HEADS.has(lastAfter.lower) && isPlaceKind(gaz.phrases.get(current.key)) && isPlaceKind(gaz.phrases.get(after.key));
        // "BJD and YSR Congress", "the BJP and Trinamool Congress": an acronym in capitals before "and",
        // then a name that opens with no ordinary word, are two bodies ("IT and Telecoms Agency" is one).
        // (A capitalised function word may open the sentence before it: "If BJD and YSR Congress …"; an
        // ordinary initialism joins: "HIV and AIDS Commission"; so does a letter: "CB and T Bancshares".)
        const openingWord = run.length === 2 && tokens[run[0]!]!.sentStart && CLOSED_CLASS_POS.has(gaz.pos.get(tokens[run[0]!]!.lower) ?? '');
        const acronymAndName = (runWords === 1 || openingWord) && current.upper && current.word && current.text.length >= 2 && !COMMON_ACRONYMS.has(current.text) && afterWords.length >= 2 && after.text.length >= 2 && (after.upper || (!gaz.common.has(after.lower) && !facts.lowerWords.has(after.lower)));
        // "the House and Senate": a head, "and", one word the knowledge base knows as a body alone are two bodies.
        const twoBodies = afterWords.length === 1 && (gaz.orgHeads.has(current.lower) || gaz.orgFirstHeads.has(current.lower)) && isOrgKind(gaz.phrases.get(after.key));
        // ("Prakash Karat and Congress leader Digvijay Singh": a person's given name and surname, "and", a head alone are two names.)
        const personAndBody = afterWords.length === 1 && runWords === 2 && isPersonPair(tokens[run[run.length - 2]!]!, current, gaz);
        const headAfter = !runHasHead && runWords <= 2 && gaz.orgHeads.has(lastAfter.lower) && afterWords.length <= 3 && !twoNames && !placeAndAirline && !acronymAndName && !twoBodies && !personAndBody;
        // "Pacific Gas and Electric": a place and an ordinary noun, "and", one more ordinary word
        // (no plural, no party's word) is a utility's or a firm's one name.
        const placeTrade = runWords === 2 && afterWords.length === 1 && isPlaceKind(gaz.phrases.get(tokens[run[run.length - 2]!]!.key)) && plainTradeWord(current, gaz) && plainTradeWord(after, gaz);
        // "Morgan Stanley and Co Inc", "Edward A. Viner and Co": a partner word after "and", then
        // only legal forms, ends one firm's name, however many words (a person's too) stand before.
        if (!known && !ofList && !ofPhrase && !headAfter && !placeTrade && PARTNER_WORDS.has(after.lower)) {
          let end = j + 2;
          while (end < k && (LEGAL_FORMS.has(tokens[end + 1]!.lower) || CORPORATE_ABBREVIATIONS.has(tokens[end + 1]!.lower))) end++;
          for (let position = j + 1; position <= end; position++) run.push(position);
          j = end;
          continue;
        }
        if (known || ofList || ofPhrase || headAfter || placeTrade) {
          for (let position = j + 1; position <= k; position++) run.push(position);
          j = k;
          continue;
        }
      }
      break;
    }
    index = compoundAfter ? j + 2 : j + 1;
    splitRun(text, tokens, run, gaz, facts, candidates);
  }
  return candidates;
}

const OPENING_QUOTES = new Set(['\u201c', '"']);
const CLOSING_QUOTES = new Set(['\u201d', '"']);
const NICKNAME_WORDS = 3;

/**
 * The position of the surname after a quoted nickname that follows the given name or title at
 * `j` ('Dwayne “The Rock” Johnson'), or -1: one to three capitalised words in quotation marks on
 * one line, then a capitalised word that is no function word.
 */
function quotedNicknameEnd(tokens: readonly Token[], j: number, gaz: Gazetteer): number {
  const open = tokens[j + 1];
  if (!open || !OPENING_QUOTES.has(open.text)) return -1;
  const current = tokens[j]!;
  const isTitle = (token: Token | undefined): boolean => token !== undefined && gaz.titles.has(token.lower.replace(/\.$/u, ''));
  // A given name the lexicon knows, a title, or any plain name right after a title ("Sen. Aurelio").
  if (!gaz.firstNames.has(current.lower) && !isTitle(current) && !(PLAIN_NAME.test(current.text) && isTitle(tokens[textAt(tokens, j - 1) === '.' ? j - 2 : j - 1]))) return -1;
  let k = j + 2;
  while (k < j + 2 + NICKNAME_WORDS && tokens[k]?.nameLike === true && !tokens[k]!.newline) k++;
  if (k === j + 2) return -1;
  const close = tokens[k];
  const surname = tokens[k + 1];
  if (!close || !CLOSING_QUOTES.has(close.text) || close.newline || !surname || !surname.nameLike || surname.newline) return -1;
  if (!PLAIN_NAME.test(surname.text) || CLOSED_CLASS_POS.has(gaz.pos.get(surname.lower) ?? '')) return -1;
  return k + 1;
}

const COMPANY_TITLE_WORDS = localeWords((locale) => locale.names.companyTitleWords);

/**
 * "General Mills", "General Dynamics": a title word that opens companies' names, then one plural
 * of an ordinary noun that is no known name, verb, place or head, names a company, not an officer
 * ("General Petraeus", "General Woods": a surname, or no plural the lexicon knows, stays the person).
 */
export function isTitledCompany(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (positions.length !== 2 || !COMPANY_TITLE_WORDS.has(tokens[positions[0]!]!.lower)) return false;
  // "Rating: General Audiences": a field's value after a colon is a label.
  if (textAt(tokens, positions[0]! - 1) === ':') return false;
  const noun = tokens[positions[1]!]!;
  const lower = noun.lower;
  if (!PLAIN_NAME.test(noun.text) || !lower.endsWith('s') || !isCommonLower(gaz, lower) || gaz.phrases.has(noun.key)) return false;
  const tag = gaz.pos.get(lower);
  return tag !== 'PresentTense' && tag !== 'LastName' && !gaz.firstNames.has(lower) && !gaz.lastNames.has(lower) && !isHead(gaz, lower) && !gaz.titles.has(lower) && !gaz.roles.has(lower);
}

/** Whether a capitalised word is an ordinary singular noun that surnames are made of ("Stone", "White"), with no reading as a place, head, title or role. */
function nounSurname(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  if (!PLAIN_NAME.test(token.text) || gaz.phrases.has(token.key) || isHead(gaz, lower) || gaz.titles.has(lower) || gaz.roles.has(lower) || CALENDAR_WORDS.has(lower) || gaz.eventHeads.has(lower) || STREET_END.has(lower)) return false;
  const tag = gaz.pos.get(lower);
  // compromise files a few plain adjectives as comparatives ("brown", "rich"); a true comparative ends in -er.
  const plainComparative = tag === 'Comparative' && !lower.endsWith('er');
  return tag === 'Singular' || tag === 'Adjective' || plainComparative || gaz.lastNames.has(lower);
}

/**
 * Whether a capitalised word no lexicon holds can be a word of a body's subject ("Veterinary",
 * "Geospatial"): plain letters, no given name, surname, title, role or head of its own.
 */
function subjectWord(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  return PLAIN_NAME.test(token.text) && !gaz.pos.has(lower) && !gaz.givenNames.has(lower) && !gaz.lastNames.has(lower) && !gaz.titles.has(lower) && !gaz.roles.has(lower) && !isHead(gaz, lower);
}

/** Whether a capitalised word is an ordinary singular word of a trade ("Gas", "Electric"), no name, plural or party's word of its own. */
export function plainTradeWord(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  // ("Electric": no lexicon holds it, but its ending makes it an ordinary adjective.)
  const ordinary = isCommonLower(gaz, lower) || (!gaz.pos.has(lower) && hasAdjectiveEnding(lower));
  const plural = gaz.pos.has(lower) ? gaz.pos.get(lower) === 'Plural' : lower.endsWith('s');
  if (!PLAIN_NAME.test(token.text) || plural || !ordinary || gaz.phrases.has(token.key)) return false;
  return !gaz.firstNames.has(lower) && !gaz.lastNames.has(lower) && !gaz.titles.has(lower) && !gaz.roles.has(lower) && !PARTY_ADJECTIVES.has(lower) && !gaz.placeHeads.has(lower) && !CALENDAR_WORDS.has(lower);
}

/**
 * Whether the run opens with a known name of two words or more ("Red Cross", "Doctors Without
 * Borders"), grown only while the words are a known name's start, so at most the longest name's length.
 */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Whether the lower-case word at `position` ends a known name with the capitalised word before
 * it: an adjective of another language, no English word ("Commission européenne", "Nations unies").
 */
function isLowerNameEnd(tokens: readonly Token[], position: number, gaz: Gazetteer): boolean {
  const token = tokens[position]!;
  const before = tokens[position - 1];
  return !token.cap && token.word && before !== undefined && before.cap && gaz.prefixes.has(before.key) && gaz.phrases.has(`${before.key} ${token.key}`) && !gaz.pos.has(token.lower) && !isCommonLower(gaz, token.lower);
}

/**
 * Endings of French, Italian, Spanish and Portuguese adjectives that name a body's kind
 * ("constitutionnel", "regionale", "nacional", "socialiste"), and a court's rank ("suprema",
 * "suprême", "superior", "superiore", "supérieure").
 */
export const ROMANCE_ADJECTIVE = /(?:el|elle|al|ale|ali|aux|ique|ico|ien|ienne|aire|ario|aria|if|ive|ivo|iva|ais|aise|ese|ois|oise|iste|ista|prema|premo|prême|rior|riore|rieur|rieure)$/u;

/** Whether a token is a lower-case adjective of a Romance language after a body's head, no English word. */
function isRomanceAdjective(token: Token, gaz: Gazetteer): boolean {
  return token.word && !token.cap && token.text.length >= 5 && ROMANCE_ADJECTIVE.test(token.lower) && !gaz.pos.has(token.lower) && !isCommonLower(gaz, token.lower);
}

/**
 * The position of the last word of a known name that opens at `at` and holds lower-case words
 * after it ("Jack in the Box"), ending in a capitalised word on the same line; else -1. Read only
 * while the words are a known name's start, so at most the longest name's length.
 */
function knownNameOverLowerWords(tokens: readonly Token[], at: number, gaz: Gazetteer): number {
  let phrase = tokens[at]!.key;
  if (!gaz.prefixes.has(phrase)) return -1;
  let found = -1;
  for (let k = at + 1; k < tokens.length && k - at < gaz.maxWords; k++) {
    const token = tokens[k]!;
    if (token.newline || !token.word) break;
    phrase = `${phrase} ${token.key}`;
    if (token.cap && gaz.phrases.has(phrase)) found = k;
    if (!gaz.prefixes.has(phrase)) break;
  }
  return found;
}

/**
 * How many words of the run name a known organisation of two words or more, where a given name
 * and one or two plain surname words follow it and end the run; else 0.
 */
function knownBodyBeforePerson(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): number {
  let phrase = tokens[positions[0]!]!.key;
  for (let at = 1; at < positions.length - 2 && at < gaz.maxWords; at++) {
    phrase = `${phrase} ${tokens[positions[at]!]!.key}`;
    const rest = positions.length - at - 1;
    if (rest <= 3 && gaz.phrases.get(phrase)?.includes('org') === true && positions[at + 1] === positions[at]! + 1) {
      const given = tokens[positions[at + 1]!]!;
      if (gaz.firstNames.has(given.lower) && !gaz.phrases.has(given.key) && positions.slice(at + 1).every((position) => PLAIN_NAME.test(tokens[position]!.text))) return at + 1;
    }
    if (!gaz.prefixes.has(phrase)) return 0;
  }
  return 0;
}

function knownNameAtStart(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  return knownPhraseAtStart(tokens, positions, gaz, 2, isKnownKind);
}

const isKnownKind = (kinds: readonly GazetteerKind[] | undefined): boolean => kinds !== undefined;

/**
 * Whether the run opens with a known name of `fewest` words or more whose kinds pass `accept`,
 * grown only while the words are a known name's start (every proper prefix of a known name is
 * in `gaz.prefixes`), so at most the longest name's length.
 */
function knownPhraseAtStart(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer, fewest: number, accept: (kinds: readonly GazetteerKind[] | undefined) => boolean): boolean {
  let phrase = tokens[positions[0]!]!.key;
  for (let at = 1; at < positions.length && at < gaz.maxWords; at++) {
    phrase = `${phrase} ${tokens[positions[at]!]!.key}`;
    if (at + 1 >= fewest && accept(gaz.phrases.get(phrase))) return true;
    if (!gaz.prefixes.has(phrase)) return false;
  }
  return false;
}

/**
 * Turns one run of tokens into candidates: titles off, sentence-initial words off, known names split.
 * Each step is a function of its own: most runs take few of them, and a step's first rare case
 * then recompiles that step alone, not the whole of this one with every step inlined in it.
 */
function splitRun(text: string, tokens: readonly Token[], run: number[], gaz: Gazetteer, facts: DocumentFacts, out: Candidate[]): void {
  let positions = withoutLeadingArticle(tokens, run, gaz);
  if (positions.length === 0) return;
  // "ruling No 173", "Gate No 4": "No" before a number abbreviates "number", no name.
  if (positions.length === 1 && isNumberSign(tokens, positions[0]!)) return;
  // "Human Rights Watch Kenneth Roth said": a known organisation, then a given name and one or
  // two surnames, are the body and its person (a name in apposition with its commas left out).
  const body = positions.length >= 4 ? knownBodyBeforePerson(tokens, positions, gaz) : 0;
  if (body > 0) {
    splitRun(text, tokens, positions.slice(0, body), gaz, facts, out);
    splitRun(text, tokens, positions.slice(body), gaz, facts, out);
    return;
  }
  const beforeDepartment = positions[0]!;
  const whole = positions;
  positions = dropDepartment(tokens, positions, gaz, facts);
  if (positions.length === 0) return;
  // "CEO of the Refugee Council Enver Solomon": a department of two words or more that a body's head ends is that body.
  const department = whole.length - positions.length;
  // (The department's last word is looked up on every call, in bounds: a lookup made only after
  // a department first ran after V8 had optimised this function, a deopt and a recompile.)
  const departmentEndsInHead = gaz.orgHeads.has(tokens[whole[Math.max(department - 1, 0)]!]!.lower);
  if (department >= 2 && departmentEndsInHead) splitRun(text, tokens, whole.slice(0, department), gaz, facts, out);
  // "Minister of State Lee Kah Wee": the office before the department is the person's title.
  const departmentTitle = positions[0] !== beforeDepartment ? tokens[beforeDepartment - 2]!.lower : null;
  positions = withoutPostNominals(tokens, positions, gaz);
  // "Ann Lee, QC, said": post-nominal letters in commas after a name are that person's, no body.
  if (positions.length === 1 && POST_NOMINALS.has(tokens[positions[0]!]!.key) && POST_NOMINAL_FORM.test(tokens[positions[0]!]!.text) && textAt(tokens, positions[0]! - 1) === ',' && tokenAt(tokens, positions[0]! - 2)?.nameLike === true) return;
  // "Queenslander Jo Hart", "Londoner Sam Price": a place's resident noun before a person's name is no part of it.
  if (positions.length >= 3 && isResidentNoun(tokens[positions[0]!]!, gaz) && demonymPerson(tokens, positions.slice(1), gaz, facts)) positions = positions.slice(1);
  // "Datuk Seri Anwar Ibrahim", "Minister in the Prime Minister's Department Datuk Seri Nancy
  // Shukri": an honorific sequence before a name is no part of it, and what stands before it
  // (an office, a title) is a name of its own.
  let honorific: string | null = null;
  for (let k = 0; k < positions.length - 1; k++) {
    if (!HONORIFIC_FIRST.has(tokens[positions[k]!]!.lower)) continue;
    const length = honorificLength(tokens, positions, k);
    if (length === 0) continue;
    if (k > 0) splitRun(text, tokens, positions.slice(0, k), gaz, facts, out);
    honorific = honorificWords(tokens, positions, k, length);
    positions = positions.slice(k + length);
    break;
  }
  // A sentence-initial ordinary word ("During", "Experts", "Company").
  if (tokens[positions[0]!]!.sentStart) {
    positions = withoutSentenceInitialWord(tokens, positions, gaz, facts, out);
    if (positions.length === 0) return;
  }
  // "(RELATED: Joan Benedict Dies At 96)": a headline's verb after a person's name, before the
  // headline's next capitalised small word or a number, is no part of the name.
  if (headlineVerbAfterName(tokens, positions, gaz)) positions = positions.slice(0, 2);
  // "Two Chambers of Commerce said", "Three Councils agreed": a number counting bodies before their plural head is no part of a name.
  if (positions.length >= 2 && NUMBER_WORDS.has(tokens[positions[0]!]!.lower) && isPluralOfHead(tokens[positions[1]!]!, gaz)) positions = positions.slice(1);
  // "Democrat Alan Grayson", "Republican Ted Cruz": a party's word before a person's name is no part of it.
  if (positions.length >= 3 && PARTY_ADJECTIVES.has(tokens[positions[0]!]!.lower) && partyWordBeforePerson(tokens, positions, gaz)) {
    emit(text, tokens, positions.slice(0, 1), null, gaz, facts, out);
    positions = positions.slice(1);
  }
  // "Presumptive Democratic White House hopeful": a party's word, and any modifiers before it,
  // before a known name of two words or more describe the name, no part of it.
  if (positions.length >= 3) {
    const known = knownNameAfterPartyWord(tokens, positions, gaz);
    if (known > 0) positions = positions.slice(known);
  }
  // "Former Chelsea manager …", "Acting Governor": a leading modifier of a title with no title after it is no part of a name.
  // "Late Okafor goal keeps …" in a headline: no name; "the Late Show" keeps its word.
  while (
    positions.length >= 2 &&
    LEADING_TITLE_MODIFIERS.has(tokens[positions[0]!]!.lower) &&
    !gaz.titles.has(tokens[positions[1]!]!.lower) &&
    !(THING_OPENERS.has(tokens[positions[0]!]!.lower) && isCommonLower(gaz, tokens[positions[1]!]!.lower))
  )
    positions = positions.slice(1);
  // "the Most Hon. Andrew Holness", "the Rt Hon.": the word raising a style is part of it, no name.
  if (STYLE_INTENSIFIERS.has(tokens[positions[0]!]!.lower)) {
    if (positions.length >= 2 && RAISED_STYLES.has(tokens[positions[1]!]!.lower)) positions = positions.slice(1);
    // ("the Rt. Hon.": its own full stop sets the word apart.)
    else if (positions.length === 1 && textAt(tokens, positions[0]! + 1) === '.' && RAISED_STYLES.has(lowerAt(tokens, positions[0]! + 2))) return;
  }
  // Titles: "[Peruvian] [Foreign] Minister Javier González-Olaechea Franco".
  let title: string | null = null;
  // "General Electric", "General Mills": a known organisation opening with a title word keeps it.
  const titledOrg = isTitledOrganisation(tokens, positions, gaz);
  let lastTitle = titledOrg ? -1 : leadingTitleEnd(tokens, positions, gaz);
  let loose = false;
  if (lastTitle < 0) {
    lastTitle = looseTitleAt(tokens, positions, gaz, facts);
    // (The title word opening a known name is the name's: "Prince Edward Island".)
    if (titledOrg && lastTitle === 0) lastTitle = -1;
    loose = lastTitle >= 0;
  }
  if (lastTitle >= 0) {
    const rest = splitOffTitle(text, tokens, positions, lastTitle, loose, titledOrg, gaz, facts, out);
    if (rest !== null) {
      title = tokens[positions[lastTitle]!]!.lower;
      positions = rest;
    }
  }
  // "Minister Dismisses Rumours", "Mayor Rejects Claims": a title, then a headline's verb and its object, name no one.
  if (title !== null && positions.length >= 2 && (isHeadlineVerb(tokens[positions[0]!]!, gaz) || isNounVerbPlural(tokens[positions[0]!]!, gaz))) return;
  // "Reebok's President Resigns", "Mayor Quits" ending their line: a title and a headline's verb alone name no one.
  if (title !== null && positions.length === 1 && tokens[positions[0]! + 1]?.newline !== false && isHeadlineVerb(tokens[positions[0]!]!, gaz)) return;
  if (title === null && honorific !== null) title = honorific;
  if (title === null && departmentTitle !== null && syllableDepartmentName(tokens, positions)) title = departmentTitle;
  // A run that is nothing but a title ("President") names no one.
  if ((positions.length === 1 || title === null) && isBareTitle(tokens, positions, gaz)) return;
  // "Minority Chief Whip, Kofi Mensah": an ordinary noun alone after a title, before the holder's name, finishes the title.
  // (Only before a comma and the holder's name: "Mayor Bass said", "General Ham and …" are people.)
  if (title !== null && positions.length === 1 && !PERSON_HONORIFICS.has(title) && textAt(tokens, positions[0]! + 1) === ',' && tokenAt(tokens, positions[0]! + 2)?.nameLike === true && isOrdinaryNounAfterTitle(tokens[positions[0]!]!, gaz, facts)) return;
  // "three ailing MPs", "MEPs voted": the plural of a title's initialism alone names members, no body or person.
  if (positions.length === 1 && isTitleInitialismPlural(tokens[positions[0]!]!, gaz)) return;
  // A title after an organisation: "State Department Spokesperson", "NASA Administrator".
  const end = trailingTitleStart(tokens, positions, gaz);
  if (end < positions.length) positions = positions.slice(0, end);
  if (title === null) {
    const acronym = acronymBeforeSyllableName(tokens, positions, gaz, facts);
    if (acronym >= 0) {
      // The acronym names the office, as a title does: no entity of its own.
      title = tokens[acronym]!.lower;
      if (positions.length === 4) positions = positions.slice(1);
    }
  }
  splitKnown(text, tokens, positions, title, gaz, facts, out);
}

/**
 * Whether the run is a known given name, one more name word and a headline's verb, with a
 * capitalised small word or a number after the verb ("Jo Park Dies At 81"); the small word may
 * have joined the run as its fourth word ("Jo Park Dies At").
 */
function headlineVerbAfterName(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  const smallWord = (token: Token): boolean => token.cap && CLOSED_CLASS_POS.has(gaz.pos.get(token.lower) ?? '');
  if (positions.length !== 3 && !(positions.length === 4 && smallWord(tokens[positions[3]!]!))) return false;
  const verb = positions[2]!;
  const next = tokenAt(tokens, verb + 1);
  if (next === undefined || next.newline || !(/^\d/.test(next.text) || smallWord(next))) return false;
  return gaz.givenNames.has(tokens[positions[0]!]!.lower) && isHeadlineVerb(tokens[verb]!, gaz);
}

/**
 * Whether a capitalised word is a verb's third person, as a headline writes it after its subject
 * ("Says", "Rejects", "Dismisses"), and no known name's part ("Moses", "Jones").
 */
function isHeadlineVerb(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  if (token.upper || gaz.givenNames.has(lower) || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.phrases.has(token.key)) return false;
  return gaz.pos.get(lower) === 'PresentTense' || /(?:ss|sh|ch|x)es$/.test(lower) || (/[^s]s$/.test(lower) && VERB_STEM_POS.has(gaz.pos.get(lower.slice(0, -1)) ?? ''));
}

/**
 * "Praises", "Backs", "Urges": a plural the lexicon files as a noun, whose stem is a noun that is
 * a verb too ("praise", "back"), is a headline's verb right after a title ("Mayor Praises
 * Rival"); no given name, surname or known name.
 */
function isNounVerbPlural(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  if (token.upper || !lower.endsWith('s') || gaz.pos.get(lower) !== 'Plural' || gaz.givenNames.has(lower) || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.phrases.has(token.key)) return false;
  const stem = gaz.pos.get(lower.slice(0, -1));
  return stem === 'Singular' || stem === 'Infinitive';
}

const NUMBER_WORDS = localeWords((locale) => locale.names.numberWords);
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['member', 'members']);

/** Whether a one-word run stands after "Member(s) of": "Member of Parliament", whose "for" names the seat. */
function memberSeatAfter(tokens: readonly Token[], run: readonly number[]): boolean {
  return run.length === 1 && lowerAt(tokens, run[0]! - 1) === 'of' && MEMBER_NOUNS.has(lowerAt(tokens, run[0]! - 2));
}
const ADMINISTRATIVE_HEADS = localeWords((locale) => locale.heads.administrative);
/** Initialisms of public offices ("DC", "SP"): their plurals ("DCs", "SHOs") name the holders. */
const OFFICE_INITIALISMS = localeWords((locale) => locale.names.officeInitialisms);

/**
 * Whether the tokens at `name` and `head` are a division's name: a plain capitalised word that is
 * no ordinary word, given name, party's word or known name, then a division's head ("Ogun State",
 * "Kwale County").
 */
function isDivisionName(tokens: readonly Token[], name: number, head: number, gaz: Gazetteer): boolean {
  const word = tokens[name]!;
  const division = tokens[head]!;
  // (A division's head names none ("County District Attorney"); a county may be named by an ordinary word, "Wake County", "Orange County".)
  return head === name + 1 && division.cap && ADMINISTRATIVE_HEADS.has(division.lower) && PLAIN_NAME.test(word.text) && !ADMINISTRATIVE_HEADS.has(word.lower) && (division.lower === 'county' || !isCommonLower(gaz, word.lower)) && !gaz.phrases.has(word.key) && !gaz.givenNames.has(word.lower) && !PARTY_ADJECTIVES.has(word.lower) && !gaz.titles.has(word.lower);
}

/** Whether a capitalised word is the plural of an organisation's head that is no title ("Chambers", "Councils", "Unions"). */
function isPluralOfHead(token: Token, gaz: Gazetteer): boolean {
  if (!token.cap || !token.lower.endsWith('s') || token.lower.length < 4) return false;
  const singular = token.lower.endsWith('ies') ? `${token.lower.slice(0, -3)}y` : token.lower.slice(0, -1);
  return gaz.orgHeads.has(singular) && !gaz.titles.has(singular) && !gaz.phrases.has(token.key);
}

/** compromise's tags of common nouns. */
const COMMON_NOUN_POS: ReadonlySet<string> = new Set(['Singular', 'Plural', 'Uncountable']);

/**
 * Whether a word after a title is an ordinary noun that finishes the title ("Whip" in "Chief
 * Whip", "Scientist" in "Chief Scientist"): a common noun that is no given name, surname or known
 * name, nor a word the text uses alone as a name.
 */
function isOrdinaryNounAfterTitle(token: Token, gaz: Gazetteer, facts: DocumentFacts): boolean {
  return PLAIN_NAME.test(token.text) && COMMON_NOUN_POS.has(gaz.pos.get(token.lower) ?? '') && isCommonLower(gaz, token.lower) && !gaz.firstNames.has(token.lower) && !gaz.givenNames.has(token.lower) && !gaz.lastNames.has(token.lower) && !gaz.phrases.has(token.key) && !facts.namesAlone.has(token.lower);
}

const ACRONYM_OF_OFFICE = /^\p{Lu}{2,6}$/u;

/**
 * "NCMP Leong Mun Wai", "Non-Constituency Member of Parliament (NCMP) Leong Mun Wai": three short
 * name words of a Chinese name (each of two to six letters, none the text writes in lower case,
 * no known name of a place or body, no head), right after an office's acronym in capitals or in brackets, are a person, the
 * acronym standing as a title. Returns the acronym's token index, or -1.
 */
function acronymBeforeSyllableName(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer, facts: DocumentFacts): number {
  const inRun = positions.length === 4 && ACRONYM_OF_OFFICE.test(tokens[positions[0]!]!.text) && positions[1]! - positions[0]! === 1;
  if (positions.length !== 3 && !inRun) return -1;
  const name = inRun ? positions.slice(1) : positions;
  if (name[2]! - name[0]! !== 2) return -1;
  const syllable = (position: number): boolean => {
    const token = tokens[position]!;
    // (Syllables spell English words too, "Wai", "How", "Man": only one the text writes in lower case is out.)
    return /^\p{Lu}\p{Ll}{1,5}$/u.test(token.text) && !facts.lowerWords.has(token.lower) && !gaz.titles.has(token.lower) && isPersonWord(token, gaz) && !isHead(gaz, token.lower);
  };
  if (!name.every(syllable)) return -1;
  if (inRun) return gaz.phrases.has(tokens[positions[0]!]!.key) ? -1 : positions[0]!;
  const first = name[0]!;
  const bracketed = textAt(tokens, first - 1) === ')' && textAt(tokens, first - 3) === '(' && ACRONYM_OF_OFFICE.test(textAt(tokens, first - 2));
  return bracketed ? first - 2 : -1;
}

/**
 * A resident noun made of a known place's name and "-er" ("Queenslander", "Londoner",
 * "Icelander"), itself no known name, given name or surname.
 */
function isResidentNoun(token: Token, gaz: Gazetteer): boolean {
  if (!PLAIN_NAME.test(token.text) || !token.lower.endsWith('er') || gaz.phrases.has(token.key) || gaz.firstNames.has(token.lower) || gaz.lastNames.has(token.lower)) return false;
  return isPlaceKind(gaz.phrases.get(lookupKey(token.text.slice(0, -2))));
}

const POST_NOMINALS = localeWords((locale) => locale.names.postNominals);
const PLACE_CODE_POST_NOMINALS = localeWords((locale) => locale.names.placeCodePostNominals);

/** A post-nominal's letters as written: "MP", "TD", "KC", or a degree's "PhD" and "Esq". */
const POST_NOMINAL_FORM = /^(?:\p{Lu}{2,4}|Ph\.?D|Esq)$/u;

/**
 * The run without post-nominal letters after a person's name ("Catherine Murphy TD", "Jane Doe
 * QC", "Ann Poe MP OBE"): at least two capitalised name words, no head of a body or place among
 * the last two, stand right before them.
 */
function withoutPostNominals(tokens: readonly Token[], positions: number[], gaz: Gazetteer): number[] {
  let end = positions.length;
  // A full stop after "Esq." or "Ph.D." goes with the letters. (A subtraction made on every call:
  // a decrement run only then first ran after V8 had optimised the caller, a deopt.)
  end -= end >= 4 && tokens[positions[end - 1]!]!.text === '.' ? 1 : 0;
  let dropped = false;
  // "Felix McEnroy SC": letters that are also a place's code count after a known given name only ("Myrtle Beach SC" is a place).
  // (The two given-name lookups are made only for such letters: most runs end in none.)
  const firstLower = tokens[positions[0]!]!.lower;
  while (end >= 3) {
    const last = tokens[positions[end - 1]!]!;
    if (!(POST_NOMINALS.has(last.key) || (PLACE_CODE_POST_NOMINALS.has(last.key) && (gaz.firstNames.has(firstLower) || gaz.givenNames.has(firstLower)))) || !POST_NOMINAL_FORM.test(last.text) || positions[end - 1]! - positions[end - 2]! !== 1) break;
    end--;
    dropped = true;
  }
  if (!dropped) return positions;
  const nameWord = (position: number): boolean => {
    const token = tokens[position]!;
    return (PLAIN_NAME.test(token.text) || INITIAL.test(token.text)) && !gaz.orgHeads.has(token.lower) && !gaz.placeHeads.has(token.lower);
  };
  if (end < 2 || !nameWord(positions[end - 1]!) || !nameWord(positions[end - 2]!)) return positions;
  return positions.slice(0, end);
}

/** The run without a leading "The", "A" or "An", unless the whole run is a known name with it ("The Hague"). */
function withoutLeadingArticle(tokens: readonly Token[], positions: number[], gaz: Gazetteer): number[] {
  let skip = 0;
  // A known name with "The" keeps it ("The Hague"), but not before an acronym in capitals ("The WHO").
  const acronymAfterThe = positions.length === 2 && tokens[positions[1]!]!.upper && !tokens[positions[0]!]!.upper;
  while (skip < positions.length && /^(?:the|a|an)$/.test(tokens[positions[skip]!]!.lower) && !(skip === 0 && positions.length <= 4 && !acronymAfterThe && gaz.phrases.has(keysAt(tokens, positions, 0, positions.length)))) skip++;
  // "La Commission européenne a annoncé …", "Die Europäische Union": another language's article
  // opening a sentence before a known name is no part of it ("Las Vegas", "El Salvador" are known whole).
  if (skip === 0 && positions.length >= 2 && positions.length <= 5 && SENTENCE_ARTICLES.has(tokens[positions[0]!]!.lower) && tokens[positions[0]!]!.sentStart && gaz.phrases.has(keysAt(tokens, positions, 1, positions.length)) && !gaz.phrases.has(keysAt(tokens, positions, 0, positions.length))) skip = 1;
  return skip > 0 ? positions.slice(skip) : positions;
}

/** The words of an honorific sequence ("datuk seri"), in lower case, its full stops left out. */
function honorificWords(tokens: readonly Token[], positions: readonly number[], k: number, length: number): string {
  return positions.slice(k, k + length).filter((position) => tokens[position]!.word).map((position) => tokens[position]!.lower).join(' ');
}

/**
 * A run opening a sentence: its first word, when an ordinary word ("During", "Experts",
 * "Company") rather than part of the name, becomes a weak candidate of its own and the run
 * goes on from the next name-like word (possibly none: an empty run).
 */
/** Whether `first` and a word naming residents ("yorkers", "zealanders") stand for a known place's people ("new york", "new zealand"). */
function residentsOfPlace(first: string, second: string, gaz: Gazetteer): boolean {
  for (const ending of RESIDENT_ENDINGS) {
    if (second.length > ending.length + 2 && second.endsWith(ending) && isPlaceKind(gaz.phrases.get(`${first} ${second.slice(0, -ending.length)}`))) return true;
  }
  return false;
}

/** Endings that make a place's name its residents' ("Yorkers", "Jerseyans", "Zealanders"). */
const RESIDENT_ENDINGS: readonly string[] = ['ers', 'ans', 'ites'];

function withoutSentenceInitialWord(tokens: readonly Token[], positions: number[], gaz: Gazetteer, facts: DocumentFacts, out: Candidate[]): number[] {
  const first = tokens[positions[0]!]!;
  // A company's kind before a name that is not known as a whole: "Retailer Walmart said", not "Carrier Global".
  // A kind noun before ordinary words is the name's own ("Carrier Global", "Giant Eagle").
  const companyKind = positions.length >= 2 && COMPANY_KINDS.has(first.lower) && !gaz.phrases.has(positions.map((position) => tokens[position]!.key).join(' ')) && !positions.slice(1).every((position) => isCommonLower(gaz, tokens[position]!.lower));
  if (gaz.titles.has(first.lower) || !(isCommonWord(first, gaz, facts) || isAgentPlural(first, gaz) || companyKind)) return positions;
  const second = positions[1] === undefined ? undefined : tokens[positions[1]]!;
  const keepsOf = second !== undefined && second.lower === 'of' && (gaz.orgFirstHeads.has(first.lower) || gaz.placeHeads.has(first.lower)) && !INHABITANT_NOUNS.has(first.lower);
  // "Red Cross", "Doctors Without Borders" (a leading "The" of a longer known name still drops: "The Associated Press").
  const knownPrefix = second !== undefined && (gaz.phrases.has(`${first.key} ${second.key}`) || (!ARTICLES.has(first.lower) && knownNameAtStart(tokens, positions, gaz)));
  // "National Bank" keeps its first word; "On Wall Street", "In Beijing Province" do not (a closed-class word is never part of a name).
  const closedClass = CLOSED_CLASS_POS.has(gaz.pos.get(first.lower) ?? '') || OTHER_PREPOSITIONS.has(first.lower);
  // "Writers Guild of America": the head may stand before "of" (the second word, after a plural's first).
  const headBeforeOf = positions.length >= 4 && tokens[positions[2]!]!.lower === 'of' && isHead(gaz, second!.lower);
  // ("Global Widget Corp. reported": the last word, not a legal form's full stop, is the head.)
  const lastWord = tokens[positions[positions.length - 1]!]!.text === '.' && positions.length >= 2 ? tokens[positions[positions.length - 2]!]! : tokens[positions[positions.length - 1]!]!;
  // ("Three New York Police Department officials said", "Four Fox News reporters": a number
  // before a known name counts what the name qualifies, and opens no body's name of its own.)
  const counted = NUMBER_WORDS.has(first.lower) && positions.length >= 3 && (gaz.phrases.has(second!.key) || knownNameAtStart(tokens, positions.slice(1), gaz));
  const headed = second !== undefined && !closedClass && (isHead(gaz, lastWord.lower) || headBeforeOf) && !gaz.demonyms.has(first.key) && !counted;
  // "Tennis Australia said": a national body named by a noun and its country.
  const nationalBody = positions.length === 2 && isNationalBody(tokens[positions[0]!]!, tokens[positions[1]!]!, gaz);
  // "Faith Kipyegon won", "Hope Solo was dropped": a given name that is also a word, before a surname.
  // A surname the knowledge base knows as a person is one ("Bill Clinton said it"). Alone,
  // before a noun or joined to a lower-case word, the word is the word ("Frank talks
  // continued", "Holly and ivy").
  const givenName = positions.length <= 3 && gaz.givenNames.has(first.lower) && !gaz.phrases.has(first.key) && (positions.length >= 2 || !opensAsWord(tokens, positions[0]!, gaz)) && (positions.slice(1).every((position) => isSurname(tokens[position]!, gaz, facts) && !gaz.phrases.get(tokens[position]!.key)?.some((kind) => kind !== 'person')) || speakingCompanySurname(tokens, positions, gaz));
  // "Fort Lee is small", "Lake Volta rose": a place's opening word before a name of its own.
  // "Air Chathams flies …": an airline's opening word before a place or a name of its own.
  const airline = isAirlineName(tokens, positions, gaz) || isBroadcasterName(tokens, positions, gaz);
  const placeFirst = positions.length <= 3 && PLACE_FIRST.has(first.lower) && positions.slice(1).every((position) => PLAIN_NAME.test(tokens[position]!.text) && (!isCommonLower(gaz, tokens[position]!.lower) || gaz.lastNames.has(tokens[position]!.lower) || gaz.phrases.has(tokens[position]!.key)));
  // "Ten Hag added", "Ter Stegen saved": a surname's particle, capitalised at the start, before a name that is no ordinary word.
  // (Also before a headline's words: "De Vries Signs New Deal", which the headline rules narrow to the surname.)
  const particleSurname = positions.length >= 2 && positions[1]! - positions[0]! === 1 && PERSON_PARTICLES.has(first.lower) && PLAIN_NAME.test(second!.text) && !isCommonLower(gaz, second!.lower) && !gaz.phrases.has(second!.key);
  // "Network Rail said", "Peace Now said": ordinary words in capitals that speak as a body.
  const body = second !== undefined && positions[positions.length - 1]! - positions[0]! === positions.length - 1 && isBodyOfOrdinaryWords(tokens, positions[0]!, positions[positions.length - 1]!, gaz);
  // "Gross Domestic Product (GDP) grew": the words an acronym in brackets right after spells, each its letter.
  const close = positions[positions.length - 1]!;
  const spelled = second !== undefined && textAt(tokens, close + 1) === '(' && textAt(tokens, close + 3) === ')' && textAt(tokens, close + 2).length === positions.length && spelledBefore(tokens, positions, textAt(tokens, close + 2));
  // "New Yorkers", "New Zealanders": the people of a place whose name opens with the word.
  const residents = positions.length === 2 && second !== undefined && residentsOfPlace(first.key, second.lower, gaz);
  if (!(companyKind && tokens[positions[1]!]!.lower !== 'of' || !keepsOf && !knownPrefix && !headed && !nationalBody && !givenName && !placeFirst && !airline && !body && !particleSurname && !spelled && !residents)) return positions;
  // "We have agreed to merge": a pronoun is never a name, not even a weak one a later rule could vote for.
  if (gaz.pos.get(first.lower) !== 'Pronoun') out.push({ start: first.start, end: first.end, words: [first.text], first: positions[0]!, last: positions[0]!, title: null, sentStart: true, caps: false, weak: true });
  let from = 1;
  while (from < positions.length && !tokens[positions[from]!]!.nameLike) from++;
  return positions.slice(from);
}

/**
 * "Bill Ford said": a known given name and a one-word company's name that speak are a person of
 * that surname, not the sentence's ordinary first word and the company (the company's name alone
 * stays the company; knownGivenName reads such a pair inside a sentence).
 */
function speakingCompanySurname(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (positions.length !== 2 || positions[1]! - positions[0]! !== 1 || !gaz.givenNames.has(tokens[positions[0]!]!.lower)) return false;
  const surname = tokens[positions[1]!]!;
  if (!PLAIN_NAME.test(surname.text) || !isCompanySurname(gaz.phrases.get(surname.key)) || gaz.phrases.has(`${tokens[positions[0]!]!.key} ${surname.key}`)) return false;
  const next = tokenAt(tokens, positions[1]! + 1);
  return next !== undefined && next.text === next.lower && SPEECH_VERBS.has(next.lower);
}

/** Whether what the knowledge base knows a word as is a company only (no place, agency or team): "Ford", "Dell". */
export function isCompanySurname(kinds: readonly GazetteerKind[] | undefined): boolean {
  return kinds !== undefined && kinds.includes('org') && kinds.every((kind) => kind === 'org' || kind === 'person');
}

/**
 * Whether a party's word opening a run of three words or more stands before a person's name:
 * a known given name next, or ("progressive Democrat Zephyr Teachout") an unknown one, when the
 * words after are plain names, no ordinary word or head.
 */
function partyWordBeforePerson(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  return gaz.firstNames.has(tokens[positions[1]!]!.lower) || positions.slice(1).every((position) => PLAIN_NAME.test(tokens[position]!.text) && !isCommonLower(gaz, tokens[position]!.lower) && !isHead(gaz, tokens[position]!.lower) && !gaz.phrases.has(tokens[position]!.key));
}

/**
 * Where a known organisation or place of two words or more starts in the run, when a party's
 * word stands right before it and only plain words no name knows before that ("Presumptive
 * Democratic White House"); else 0. A run the knowledge base knows from the party's word on
 * keeps it ("Conservative Party" whole), as does one whose rest opens with another party's word.
 */
function knownNameAfterPartyWord(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): number {
  for (let k = 0; k + 2 < positions.length; k++) {
    const token = tokens[positions[k]!]!;
    if (!PLAIN_NAME.test(token.text) || gaz.phrases.has(token.key) || gaz.givenNames.has(token.lower) || positions[k + 1] !== positions[k]! + 1) return 0;
    if (!PARTY_ADJECTIVES.has(token.lower)) continue;
    const rest = keysAt(tokens, positions, k + 1, positions.length);
    if (positions.length - k - 1 > gaz.maxWords || PARTY_ADJECTIVES.has(tokens[positions[k + 1]!]!.lower)) return 0;
    const kinds = gaz.phrases.get(rest);
    if (!isOrgKind(kinds) && !isPlaceKind(kinds)) return 0;
    return gaz.phrases.has(`${token.key} ${rest}`) ? 0 : k + 1;
  }
  return 0;
}

/**
 * Whether a run of four plain words or more opens with two people's names one after the other:
 * a known given name and a surname that is none, then another known given name that is no
 * surname and at least one more word ("David Bromwich David Brooks"). ("George Herbert Walker
 * Bush" has a second given name, no surname, after the first.)
 */
function personAfterPerson(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (positions.length < 4 || positions[1] !== positions[0]! + 1 || positions[2] !== positions[1]! + 1 || positions[3] !== positions[2]! + 1) return false;
  const [first, surname, second] = [tokens[positions[0]!]!, tokens[positions[1]!]!, tokens[positions[2]!]!];
  if (!PLAIN_NAME.test(surname.text) || !PLAIN_NAME.test(second.text) || !gaz.firstNames.has(first.lower) || !gaz.firstNames.has(second.lower)) return false;
  return !gaz.givenNames.has(surname.lower) && !gaz.firstNames.has(surname.lower) && !gaz.lastNames.has(second.lower) && !gaz.phrases.has(surname.key) && !gaz.phrases.has(second.key);
}

/**
 * Whether the run is an organisation that opens with a title word ("General Electric", "General
 * Mills") or a work's name in quotation marks ("hits like “Private Dancer”", "the film “Lady
 * Bird”": a title word and one ordinary word, which quotedTitles makes a thing): its title stays.
 */
function isTitledOrganisation(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  const quotedWork = positions.length === 2 && isQuotedWork(tokens, positions, gaz);
  return quotedWork || positions.length >= 2 && gaz.titles.has(tokens[positions[0]!]!.lower) && isOrgKind(gaz.phrases.get(keysAt(tokens, positions, 0, Math.min(2, positions.length)))) || (positions.length <= gaz.maxWords && isOrgKind(gaz.phrases.get(keysAt(tokens, positions, 0, positions.length)))) || isTitledCompany(tokens, positions, gaz) || titledPlaceAtStart(tokens, positions, gaz);
}

/** "Prince Edward Island Premier Dennis King", "King George Island": a known place of three words or more that opens with a title word keeps it. */
function titledPlaceAtStart(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (positions.length >= 2 && SAINT_WORDS.has(tokens[positions[0]!]!.lower)) return saintTownAtStart(tokens, positions, gaz);
  return positions.length >= 3 && gaz.titles.has(tokens[positions[0]!]!.lower) && knownPhraseAtStart(tokens, positions, gaz, 3, isPlaceKind);
}

/** A saint's title, which opens the names of towns ("Saint Paul", "St Albans") as well as the saints'. */
const SAINT_WORDS = localeWords((locale) => locale.names.saintWords);

/**
 * "Saint Paul", "Saint Petersburg", "Saint John, N.B.": a town named after a saint, known to the
 * knowledge base, or of one name before a comma and a known region or country ("Saint John,
 * N.B.", "Saint Denis, France"), is a place, no saint's title before a person. (Classify's
 * `saintPlace` reads such a pair later, where the model found no name.)
 */
function saintTownAtStart(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (knownPhraseAtStart(tokens, positions, gaz, 2, isPlaceKind)) return true;
  const last = positions[positions.length - 1]!;
  if (positions.length !== 2 || textAt(tokens, last + 1) !== ',') return false;
  const region = tokenAt(tokens, last + 2);
  if (region === undefined || !(region.nameLike || INITIALS.test(region.text))) return false;
  // (An abbreviation's full stop may be a token of its own: "Minn" ".".)
  const abbreviation = INITIALS.test(region.text) || (textAt(tokens, last + 3) === '.' && /^\p{Lu}\p{Ll}{1,4}$/u.test(region.text) && !TITLE_ABBREVIATIONS.has(region.lower));
  return abbreviation || isCountryOrRegion(gaz.phrases.get(region.key));
}

/** Initials with their full stops, as a province's or state's abbreviation ("N.B.", "B.C."). */
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * The index in the run of the last word of its leading titles and their qualifiers
 * ("[Peruvian] [Foreign] Minister Javier …"), or -1 when the run opens with no title.
 */
function leadingTitleEnd(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): number {
  let lastTitle = -1;
  for (let k = 0; k < positions.length - 1; k++) {
    const token = tokens[positions[k]!]!;
    if (token.text === '.') continue;
    const lower = token.lower;
    // "Senators Lisa Murkowski … and Susan Collins": a plural title before a given name (not "Doctors Without Borders").
    const pluralTitle = lower.length > 3 && lower.endsWith('s') && gaz.titles.has(lower.slice(0, -1)) && positions[k + 1] !== undefined && gaz.firstNames.has(tokens[positions[k + 1]!]!.lower);
    if (gaz.titles.has(lower) || pluralTitle || (token.text.includes('-') && lower.split('-').every((part) => gaz.titles.has(part)))) {
      // "Chief Executive Christian Bruch": a modifier right after a head title finishes that title.
      // ("Head Mohamed Zuhair", "Head M.M. Zuhair": "Head" before a given name or an initial is the title itself, as "Chief" is;
      // not before one of the world's given names that is also a place's word: "at Head Ganda Singhwala", a headworks.)
      const nextLower = lowerAt(tokens, positions[k + 1]!);
      if (!TITLE_MODIFIERS.has(lower) || lower === 'chief' || (lastTitle >= 0 && lastTitle === k - 1) || lower === 'head' && ((gaz.givenNames.has(nextLower) && !gaz.worldGivenNames.has(nextLower)) || (INITIAL.test(tokens[positions[k + 1]!]!.text) && !gaz.phrases.has(tokens[positions[k + 1]!]!.key)))) lastTitle = k;
      continue;
    }
    // "Chief Financial Officer", "Managing Director": words that are titles only inside one.
    if (TITLE_INNER.has(lower) && positions[k + 1] !== undefined && gaz.titles.has(tokens[positions[k + 1]!]!.lower)) continue;
    const kinds = gaz.phrases.get(token.key);
    if (kinds && (isPlaceKind(kinds) || kinds.includes('demonym') || kinds.includes('org') || kinds.includes('agency'))) continue;
    if (token.upper && token.text.length <= 5) continue;
    // "New York Attorney General Letitia James", "New Jersey Governor Phil Murphy": a known place
    // of two or three words before the title is one qualifier, not a word the title loses.
    const phrase = knownQualifierLength(tokens, positions, k, gaz);
    if (phrase > 0) {
      k += phrase - 1;
      continue;
    }
    break;
  }
  return lastTitle;
}

/**
 * "Emeritus Professor John Burrows", "Shadow Home Secretary Yvette Cooper": the index of a head
 * title further in, followed by nothing but a plain name, or -1. "Chief" heads one after a word
 * of a service ("and Police Chief Robert Hale", "Fire Chief Ann Moss"), as it does at the start.
 */
function looseTitleAt(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer, facts: DocumentFacts): number {
  for (let k = positions.length - 2; k >= 0; k--) {
    const lower = tokens[positions[k]!]!.lower;
    // (there a given name must follow: "Super PAC Chief Praises Rubio" is a headline's verb).
    // So does a modifier that is a role noun by itself: "Sheriff's Deputy Dana Cole", "Deputy
    // Dana Cole was hurt" (a sheriff's deputy), "Assistant Dana Cole".
    // "Deputy Murphy" (an Irish TD, a sheriff's deputy): such a role noun before one surname alone,
    // a plain name that is no ordinary word, title, country or region, heads it too ("Deputy Lee").
    const roleNoun = gaz.roles.has(lower) && gaz.pos.get(lower) === 'Actor';
    const surnameAlone = (at: number): boolean => {
      const token = tokens[at]!;
      return PLAIN_NAME.test(token.text) && !token.sentStart && !gaz.titles.has(token.lower) && !isCountryOrRegion(gaz.phrases.get(token.key)) && !isCommonWord(token, gaz, facts);
    };
    // A service's chief heads any two or three plain words ("Dallas Police Chief Art Acevedo": "art" is an ordinary word too),
    // but a headline's verb in -s is none ("Police Chief Praises Rubio"; given names in -s, "James", are known ones):
    // there the chief is still the title, and the verb and its object after it name no one (see splitRun).
    const afterChief = tokens[positions[k + 1]!]!;
    const serviceChief = lower === 'chief' && k > 0 && CHIEF_SERVICES.has(tokens[positions[k - 1]!]!.lower) && positions.length - k - 1 >= 2 && positions.length - k - 1 <= 3 && (!/s$/.test(afterChief.lower) || isHeadlineVerb(afterChief, gaz) || isNounVerbPlural(afterChief, gaz));
    // "Acme Chief Executive Jane Doe": a modifier after a title ("Chief Executive") is the head of both before a given name.
    const modifierAfterTitle = k > 0 && gaz.titles.has(tokens[positions[k - 1]!]!.lower) && gaz.givenNames.has(lowerAt(tokens, positions[k + 1]!));
    const headBeforeName = (lower === 'chief' || roleNoun) && gaz.givenNames.has(lowerAt(tokens, positions[k + 1]!)) || serviceChief || modifierAfterTitle || (roleNoun && k === positions.length - 2 && surnameAlone(positions[k + 1]!));
    if (!(gaz.titles.has(lower) || gaz.roles.has(lower)) || (TITLE_MODIFIERS.has(lower) && !headBeforeName) || gaz.orgHeads.has(lower)) continue;
    const rest: Token[] = [];
    for (let at = k + 1; at < positions.length; at++) rest.push(tokens[positions[at]!]!);
    // ("Ben van Beurden": a surname's particle inside the name.)
    if (rest.every((token, at) => PLAIN_NAME.test(token.text) || INITIAL.test(token.text) || token.text === '.' || (at > 0 && at < rest.length - 1 && PERSON_PARTICLES.has(token.text))) && rest.some((token) => token.word && !isCommonWord(token, gaz, facts))) return k;
    return -1;
  }
  return -1;
}

/**
 * After the title ending at `lastTitle`: emits the qualifiers before it ("Peruvian", "US", the
 * company before "CEO") as names of their own and returns the words after it, the person's
 * name; null when those words are no person's name (a head, "of", a street's or an event's word).
 */
function splitOffTitle(text: string, tokens: readonly Token[], positions: readonly number[], lastTitle: number, loose: boolean, titledOrg: boolean, gaz: Gazetteer, facts: DocumentFacts, out: Candidate[]): number[] | null {
  let restStart = lastTitle + 1;
  while (restStart < positions.length && tokens[positions[restStart]!]!.text === '.') restStart++;
  const rest = positions.slice(restStart);
  // "Senator Jo Park", "Dr. Dana Fields", "President Park Geun-hye": after a title, a given name and a
  // surname that is also a place's head word, or a Korean name (family name, hyphened given name), is a person.
  // (Not before an organisation's head: "Mother Emanuel Church".)
  // "Mrs. May Park", "Mr Will Lee": after an honorific only people take, two or three plain
  // capitalised words are the person, whatever month, verb or place head they also spell.
  const honorific = PERSON_HONORIFICS.has(tokens[positions[lastTitle]!]!.lower) && rest.every((position) => PLAIN_NAME.test(tokens[position]!.text) && !isPlaceKind(gaz.phrases.get(tokens[position]!.key)));
  // "Queen Victoria Road", "Prince Albert Street": a title, a name and a street's or a venue's last word name a place after the person.
  const namedPlace = rest.length >= 2 && NAMED_PLACE_END.has(tokens[rest[rest.length - 1]!]!.lower);
  // "Minister Aubyn Hill", "the Honourable Ama Woods": a place head that is a common surname, after a name of its own.
  const surnameHead = rest.length === 2 && SURNAME_HEADS.has(tokens[rest[1]!]!.lower) && PLAIN_NAME.test(tokens[rest[0]!]!.text) && !isCommonLower(gaz, tokens[rest[0]!]!.lower) && !gaz.phrases.has(tokens[rest[0]!]!.key) && !isHead(gaz, tokens[rest[0]!]!.lower);
  const personAfterTitle = !namedPlace && rest.length >= 2 && rest.length <= 3 && !gaz.orgHeads.has(tokens[rest[rest.length - 1]!]!.lower) && (gaz.givenNames.has(tokens[rest[0]!]!.lower) || honorific || surnameHead || rest.length === 2 && KOREAN_GIVEN_NAME.test(tokens[rest[1]!]!.text));
  // "the Prince Series", "the General Election", "the Child Citizenship Act": a title and words
  // ending in an event's, a series' or a law's head name that thing, no person.
  const eventAfterTitle = rest.length >= 1 && isLoneEventHead(tokens[rest[rest.length - 1]!]!, gaz);
  const restHead = namedPlace || eventAfterTitle || !personAfterTitle && (rest.some((position) => isHead(gaz, tokens[position]!.lower)) || rest.some((position) => tokens[position]!.lower === 'of'));
  // "DMP's Detective Branch (DB)", "the Special Branch (SB)": a title and the words after it that spell the acronym in
  // brackets right after them name a unit, not a person.
  const close = rest.length > 0 ? rest[rest.length - 1]! : -1;
  // (Not an office's own last word: "Citigroup Chief Executive Officer (CEO) Jane Fraser".)
  const unit = rest.length === 1 && textAt(tokens, close + 1) === '(' && textAt(tokens, close + 3) === ')' && (gaz.orgHeads.has(tokens[close]!.lower) || isCommonLower(gaz, tokens[close]!.lower)) && !gaz.titles.has(tokens[close]!.lower) && spelledBefore(tokens, positions.slice(0, lastTitle + 1).concat(rest), textAt(tokens, close + 2));
  // "Principal Consultant", "Senior Analyst": a role noun alone after a title that is an adjective is the
  // rest of the title; after an office it is a surname ("Senator Cook", "Judge Baker", "Dr. Butler").
  const roleAlone = rest.length === 1 && lastTitle === 0 && positions.length === 2 && (isAdjectiveTitleAndRole(tokens[positions[lastTitle]!]!.lower, tokens[rest[0]!]!.lower, gaz) || adjectiveTitleAndNoun(tokens[positions[0]!]!, tokens[rest[0]!]!, gaz)) && !gaz.lastNames.has(tokens[rest[0]!]!.lower);
  // "Son Heung-min", "Moon Jae-in": a role word that is a Korean family name before a hyphened
  // Korean given name opens the person's name, no title.
  const koreanFamilyName = rest.length === 1 && lastTitle === 0 && positions.length === 2 && KOREAN_GIVEN_NAME.test(tokens[rest[0]!]!.text) && !gaz.titles.has(tokens[positions[0]!]!.lower);
  if (rest.length === 0 || restHead || unit || roleAlone || koreanFamilyName) return null;
  // Emit the leading qualifiers ("Peruvian", "US") on their own, and the company before "CEO".
  // ("Acme Chief Executive Jane Doe", "Acme Chief Financial Officer Jo Lee": a chief's office
  // spelled out is a company's as its capitals are.)
  const companyTitle = (CAPITAL_FOLLOWERS.has(tokens[positions[lastTitle]!]!.lower) && tokens[positions[lastTitle]!]!.upper) || (loose && corporateChiefAt(tokens, positions, lastTitle));
  let group: number[] = [];
  let phrase = 0;
  // Where the words since the last title start.
  let stretch = 0;
  // Before a loose title a qualifier stays when known or a short acronym ("US"), but no code
  // with a digit: "K-9 Deputy" names a unit's kind, no body.
  for (let k = 0; k <= lastTitle; k++) {
    const token = tokens[positions[k]!]!;
    if (((gaz.titles.has(token.lower) || gaz.roles.has(token.lower)) && !(titledOrg && k === 0)) || token.text === '.') {
      if (group.length > 0) emit(text, tokens, group, null, gaz, facts, out);
      group = [];
      stretch = k + 1;
    } else if (loose && !companyTitle && k > stretch && k < lastTitle && gaz.orgHeads.has(token.lower) && PLAIN_NAME.test(token.text) && !JOB_MODIFIERS.has(token.lower)) {
      // "Palestinian Authority President Mahmoud Abbas", "Harbour Authority Chairman Dana Kell":
      // name words ending in a body's head before the title name the body (not a job's own
      // words: "Clinton Communications Director"); what stands before them keeps its reading.
      const from = bodyBeforeTitleStart(tokens, positions, stretch, k, gaz);
      if (from < k) {
        const before = group.filter((position) => position < positions[from]!);
        if (before.length > 0) emit(text, tokens, before, null, gaz, facts, out);
        group = positions.slice(from, k + 1);
      }
    } else if (loose && !companyTitle && k + 1 < lastTitle && isDivisionName(tokens, positions[k]!, positions[k + 1]!, gaz)) {
      // "Ogun State Governor Dapo Abiodun": a name and a division's head before the title are the
      // place, a name of its own ("Polk County GOP Chairman": the party after it is another).
      if (group.length > 0) emit(text, tokens, group, null, gaz, facts, out);
      emit(text, tokens, [positions[k]!, positions[k + 1]!], null, gaz, facts, out);
      group = [];
      k += 1;
    } else if (loose && !companyTitle && (phrase = knownQualifierLength(tokens, positions, k, gaz)) > 0 && k + phrase <= lastTitle) {
      // "New England Patriot Aaron Hernandez": a known place of two or three words before a
      // role stays whole ("New England"), not the one word of it the knowledge base also knows.
      for (let at = k; at < k + phrase; at++) group.push(positions[at]!);
      k += phrase - 1;
    } else if (!loose || companyTitle || gaz.phrases.has(token.key) || (token.upper && token.text.length <= 5 && !/\d/.test(token.text))) group.push(positions[k]!);
    // "Hidalgo County District Attorney": a division's head after a known place kept before the title is the place's.
    else if (token.lower === 'county' && token.cap && group.length > 0 && group[group.length - 1] === positions[k - 1]) group.push(positions[k]!);
  }
  if (group.length > 0) emit(text, tokens, group, null, gaz, facts, out);
  return rest;
}

/** Whether the title ending at positions[last] is a company's chief spelled out: "Chief Executive", "Chief Operating Officer" (a "Police Chief" ends in it). */
function corporateChiefAt(tokens: readonly Token[], positions: readonly number[], last: number): boolean {
  return last >= 2 && (lowerAt(tokens, positions[last - 1]!) === 'chief' || lowerAt(tokens, positions[last - 2]!) === 'chief') && tokens[positions[last - 1]!]!.cap;
}

/**
 * Where the body's name that ends in the head at positions[head] starts, no earlier than
 * `stretch`: back over capitalised name words and acronyms, to a closed-class word or a
 * headline's verb ("Wisconsin Elects A Supreme Court Justice …" → "Supreme Court").
 */
function bodyBeforeTitleStart(tokens: readonly Token[], positions: readonly number[], stretch: number, head: number, gaz: Gazetteer): number {
  let from = head;
  while (from > stretch) {
    const token = tokens[positions[from - 1]!]!;
    if (!token.word || !(token.cap || token.upper) || CLOSED_CLASS_POS.has(gaz.pos.get(token.lower) ?? '') || isHeadlineVerb(token, gaz)) break;
    from--;
  }
  // "National Economic Council Chair": a title's modifier that also opens bodies' names is the body's first word.
  while (from > 0 && from < head && BODY_OPENING_MODIFIERS.has(tokens[positions[from - 1]!]!.lower) && tokens[positions[from - 1]!]!.cap) from--;
  return from;
}

/** Title modifiers that also open the names of bodies ("National Economic Council", "Federal Reserve Board"); not "Former", "Acting". */
const BODY_OPENING_MODIFIERS: ReadonlySet<string> = new Set(['national', 'federal', 'supreme', 'united', 'royal', 'state', 'high', 'grand', 'special']);

/**
 * "the Official List", "Official Journal": a title that is an adjective ("official") before one
 * ordinary noun that is no name qualifies the noun; no person holds the title there.
 */
function adjectiveTitleAndNoun(title: Token, noun: Token, gaz: Gazetteer): boolean {
  return title.lower === 'official' && PLAIN_NAME.test(noun.text) && isCommonLower(gaz, noun.lower) && !gaz.givenNames.has(noun.lower) && !gaz.phrases.has(noun.key);
}

/** Whether the capitals of `acronym` ("DB") are the initials of the last words at `positions` ("Detective Branch"). */
function spelledBefore(tokens: readonly Token[], positions: readonly number[], acronym: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || acronym.length > positions.length) return false;
  const words = positions.slice(positions.length - acronym.length);
  return words.every((position, index) => tokens[position]!.cap && tokens[position]!.text[0] === acronym[index]);
}

/**
 * Whether a run of one word, or a run after no title, is nothing but titles ("President"), which
 * name no one. A party's word before a member's role ("Labour MP"), or a party's own name alone
 * ("Labour won 418 seats"), is none (partyAdjectives decides where it only describes).
 */
function isBareTitle(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  const only = tokens[positions[0]!]!;
  // tokenAt: a run may end the text, and an optimised read past the array's end is a deopt.
  const role = tokenAt(tokens, positions[0]! + 1);
  const partyBeforeRole = positions.length === 1 && PARTY_ADJECTIVES.has(only.lower) && role !== undefined && role.text === role.lower && MEMBER_ROLES.has(role.lower);
  const partyName = positions.length === 1 && PARTY_NAMES.has(only.lower) && !only.upper;
  // "Additional Deputy Commissioner (General)", "Senior Superintendent": a title's modifier before the title is part of it
  // (and so are a title's inner words: "Managing Director", "Chief Financial Officer").
  const last = positions.length - 1;
  return !partyBeforeRole && !partyName && positions.every((position, k) => gaz.titles.has(tokens[position]!.lower) || tokens[position]!.text === '.' || (k < last && (TITLE_MODIFIERS.has(tokens[position]!.lower) || TITLE_INNER.has(tokens[position]!.lower)) && !tokens[position]!.upper)) && positions.some((position) => gaz.titles.has(tokens[position]!.lower)) && !gaz.phrases.has(only.key);
}

/**
 * Where titles after an organisation's name start ("State Department Spokesperson", "NASA
 * Administrator", "Labour MPs"): the run's length when none ends it.
 */
function trailingTitleStart(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): number {
  let end = positions.length;
  // "Labour MPs", "SNP MEPs": the plural of a title's initialism names the members, no part of the name.
  if (end >= 2 && isTitleInitialismPlural(tokens[positions[end - 1]!]!, gaz)) end--;
  while (end >= 2) {
    const last = tokens[positions[end - 1]!]!;
    const before = tokens[positions[end - 2]!]!;
    const headTitle = gaz.titles.has(last.lower) && !TITLE_MODIFIERS.has(last.lower) && !gaz.orgHeads.has(last.lower);
    // "Cal Fire Capt. Scott McLean": a title's abbreviation and its full stop before a name open that person's name, whatever stands before.
    // (Not after a party's word: "Republican Sen. Ann Cole" keeps the run's reading.)
    // ("Kermie Worm & Mr. Marbles": one name joined by "&" is no office's.)
    const abbreviatedBeforeName = end === positions.length && before.word && TITLE_ABBREVIATIONS.has(last.lower) && !positions.some((position) => PARTY_ADJECTIVES.has(tokens[position]!.lower)) && isMarkAt(tokens, positions[end - 1]! + 1, 46) && tokenAt(tokens, positions[end - 1]! + 2)?.nameLike === true;
    // ("Lagos State Governor": a division's head before the title ends a place's name.)
    if (!headTitle || !(abbreviatedBeforeName || gaz.orgHeads.has(before.lower) || gaz.phrases.has(before.key) || (before.upper && before.text.length <= 5) || (end >= 3 && ADMINISTRATIVE_HEADS.has(before.lower)))) break;
    end--;
  }
  // "Kibra Deputy County Commissioner": a title's modifier before the division's head makes both
  // words part of the office ("Deputy County Commissioner"); the place is the name before them.
  if (end < positions.length && end >= 3 && ADMINISTRATIVE_HEADS.has(tokens[positions[end - 1]!]!.lower) && TITLE_MODIFIERS.has(tokens[positions[end - 2]!]!.lower)) end -= 2;
  return end;
}

const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['\u201c', '"', '\u2018', "'"]);
const CLOSING_QUOTE_MARKS: ReadonlySet<string> = new Set(['\u201d', '"', '\u2019', "'"]);

/** Whether two words, a title and an ordinary word that is no given name, stand alone in quotation marks ("“Private Dancer”"). */
function isQuotedWork(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  const first = tokens[positions[0]!]!;
  const second = tokens[positions[1]!]!;
  if (!gaz.titles.has(first.lower) || gaz.givenNames.has(second.lower) || gaz.firstNames.has(second.lower) || !isCommonLower(gaz, second.lower)) return false;
  // (Both marks are read, and the step past a comma or full stop made, on every call: a step or
  // a lookup made only for a quoted pair first ran after V8 had optimised the caller, a deopt.)
  const close = positions[1]! + 1 + (textAt(tokens, positions[1]! + 1) === ',' || textAt(tokens, positions[1]! + 1) === '.' ? 1 : 0);
  const opened = OPENING_QUOTE_MARKS.has(textAt(tokens, positions[0]! - 1));
  const closed = CLOSING_QUOTE_MARKS.has(textAt(tokens, close));
  return opened && closed;
}

/** The most words of a known place or body that may qualify a title ("New York", "Rio de Janeiro"). */
const QUALIFIER_WORDS = 3;

/**
 * How many words from `k` name a known place, nationality or organisation of two or three words
 * ("New York", "South Korean"), leaving at least one word after it; 0 when none does.
 */
function knownQualifierLength(tokens: readonly Token[], positions: readonly number[], k: number, gaz: Gazetteer): number {
  for (let length = Math.min(QUALIFIER_WORDS, positions.length - 1 - k); length >= 2; length--) {
    const kinds = gaz.phrases.get(keysAt(tokens, positions, k, k + length));
    if (kinds && (isPlaceKind(kinds) || kinds.includes('demonym') || kinds.includes('org') || kinds.includes('agency'))) return length;
  }
  return 0;
}

/** A Korean given name of two syllables joined by a hyphen: "Geun-hye", "Jae-in", "Suk-yeol". */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** "MPs", "MEPs", "MLAs": a title's initialism in capitals with a plural "s" (the stem a known title or role). */
function isTitleInitialismPlural(token: Token, gaz: Gazetteer): boolean {
  const stem = token.text.slice(0, -1);
  if (!token.text.endsWith('s') || stem.length < 2 || stem.length > 4 || stem !== stem.toUpperCase() || stem.toLowerCase() === stem) return false;
  const lower = stem.toLowerCase();
  return gaz.titles.has(lower) || gaz.roles.has(lower) || OFFICE_INITIALISMS.has(lower);
}

/**
 * "Secretary of State Ann Lowe", "Minister of Health Ana Silva": the run after a title and
 * "of" opens with the office's department, which is no part of the person's name. The person
 * starts at a given name with a name after it; without one, or when the department is a known
 * name ("President of Kenya William Ruto"), the run is left whole.
 */
function dropDepartment(tokens: readonly Token[], positions: number[], gaz: Gazetteer, facts: DocumentFacts): number[] {
  const first = positions[0]!;
  // ("Minister of Tourism and Lands Harin Fernando": a department of two words joined by "and".)
  const department = tokenAt(tokens, first - 2);
  const joined = textAt(tokens, first - 1) === 'and' && department?.cap === true && !department.upper ? 2 : 0;
  // ("Leader of the Opposition Pritam Singh", "Speaker of the House Ann Roe": "the" before the department.)
  const article = joined === 0 && textAt(tokens, first - 1) === 'the' && textAt(tokens, first - 2) === 'of' ? 1 : 0;
  const title = tokenAt(tokens, first - 2 - joined - article);
  const joiner = textAt(tokens, first - 1 - joined - article);
  // (Whether a title stands there, and whether the run is one word, are read on every call: the
  // tests below that use them run rarely, and their first run after V8 optimised this function
  // threw the optimised code away.)
  const titled = title !== undefined && gaz.titles.has(title.lower);
  const single = positions.length === 1;
  // "Minister without Portfolio, Robert Morgan": the office's own word, alone, names no one.
  if (joiner === 'without' && single && titled) return [];
  if (positions.length < 2 || (joiner !== 'of' && joiner !== 'for' && joiner !== 'without') || !titled || TITLE_MODIFIERS.has(title!.lower)) return positions;
  // "Secretary of State Rubio", "Minister of Finance Ncube": a portfolio's word, then a surname alone.
  if (positions.length === 2) {
    const surname = tokens[positions[1]!]!;
    return joined === 0 && TITLE_MODIFIERS.has(tokens[first]!.lower) && PLAIN_NAME.test(surname.text) && !isCommonWord(surname, gaz, facts) && !gaz.phrases.has(surname.key) ? positions.slice(1) : positions;
  }
  // "chairman for New Jersey Gov. Chris Christie": a known place of two or three words opens the run, split later.
  for (let length = 2; length <= 3 && length < positions.length; length++) if (gaz.phrases.has(keysAt(tokens, positions, 0, length))) return positions;
  for (let k = 1; k < positions.length - 1 && k <= 4; k++) {
    const token = tokens[positions[k - 1]!]!;
    // "President of Kenya William Ruto": a known name there is a place or body of its own, split later.
    if (gaz.phrases.has(token.key)) return positions;
    if (gaz.givenNames.has(tokens[positions[k]!]!.lower)) return positions.slice(k);
  }
  // A given name the list lacks ("Secretary of State Rex Tillerson"): the department is common
  // nouns ("State", "Foreign Affairs") and two or three words that are no common words follow.
  for (let k = 1; k < positions.length - 1 && k <= 4; k++) {
    if (!isCommonWord(tokens[positions[k - 1]!]!, gaz, facts)) return positions;
    const rest = positions.slice(k);
    // (Read on every pass, in bounds: the rare test below that used them first ran after V8 had
    // optimised this function, a deopt and a recompile.)
    const adjacent = rest[rest.length - 1]! - rest[0]! === 2;
    const opensWithFunctionWord = isCapitalisedFunctionWord(tokens[rest[0]!]!, gaz);
    // "Minister of State Tan Kiat How", "Minister for Health Ong Ye Kung": three name syllables,
    // which may also spell words the text never writes in lower case ("Tan", "Ye", "How").
    if (rest.length === 3 && adjacent && rest.every((position) => NAME_SYLLABLE.test(tokens[position]!.text) && !facts.lowerWords.has(tokens[position]!.lower) && !gaz.titles.has(tokens[position]!.lower) && !isHead(gaz, tokens[position]!.lower) && isPersonWord(tokens[position]!, gaz)) && !opensWithFunctionWord) return rest;
    if (rest.length <= 3 && rest.every((position) => PLAIN_NAME.test(tokens[position]!.text) && !isCommonWord(tokens[position]!, gaz, facts))) return rest;
  }
  return positions;
}

/** Splits "APEC Peru", "China Peru" and "Peru Photo" at the edges of known names. */
function splitKnown(text: string, tokens: readonly Token[], positions: number[], title: string | null, gaz: Gazetteer, facts: DocumentFacts, out: Candidate[], firstNameSplit = true): void {
  const lastLower = tokens[positions[positions.length - 1]!]!.lower;
  const known = positions.length <= gaz.maxWords && gaz.phrases.has(keysAt(tokens, positions, 0, positions.length));
  // "Edmonton Sun", "Ottawa Citizen": a city and a newspaper word name the city's paper; "Gulf Air" a place's
  // airline, "Korean Air" a nationality's (not before a noun it would modify: "British Air traffic").
  // The first word's kinds in a run of two, looked up once for every test below that asks (a newspaper's,
  // an airline's, a utility's or a water's place): a lookup written inside the rarer tests ran only when
  // they passed, and its first run stopped the optimised code (a deopt, then a recompile).
  const firstPlace = positions.length === 2 ? gaz.phrases.get(tokens[positions[0]!]!.key) : undefined;
  // "Bayer Leverkusen": in a sports report, a company's name before a city is the club. The
  // second word's kinds are read for every run of two, as the first word's are (the test is rare).
  // (Tested here with the names kept whole: the steps between would keep a run of two whole too.)
  const cityAfter = isCityKind(positions.length === 2 ? gaz.phrases.get(tokens[positions[1]!]!.key) : undefined);
  const sportsClub = positions.length === 2 && facts.sports && isOrgKind(firstPlace) && cityAfter;
  const nounAfter = NOUN_TAGS.has(gaz.pos.get(lowerAt(tokens, positions[positions.length - 1]! + 1)) ?? '');
  const nationalAirline = firstPlace?.includes('demonym') === true && !nounAfter;
  const newspaper = positions.length === 2 && ((NEWSPAPER.has(lastLower) && isPlaceKind(firstPlace)) || (AIRLINE_HEADS.has(lastLower) && (isPlaceKind(firstPlace) || nationalAirline)));
  // "British Gas", "Thames Water", "Welsh Water": a place or a nationality and a utility's last word name the utility.
  const firstKinds = positions.length === 2 && UTILITY_HEADS.has(lastLower) ? firstPlace : undefined;
  const utility = firstKinds !== undefined && (isPlaceKind(firstKinds) || firstKinds.includes('demonym'));
  // "Lincoln High": a school named after a place or a person is one name.
  // ("Virginia Tech", "Georgia Tech": a university's short last word after a known region or city.)
  const school = positions.length <= 3 && (SCHOOL_HEADS.has(lastLower) || (SCHOOL_AFTER_PLACE.has(lastLower) && isRegionOrCity(firstPlace)));
  // "the Bristol Channel": a place and a word for a stretch of water name the water.
  const water = positions.length === 2 && WATER_AFTER_PLACE.has(lastLower) && isPlaceKind(firstPlace);
  const club = positions.length === 2 && clubWithWeekday(tokens, positions, 0, 1, gaz);
  // "the Elizabeth Line", "the Victoria Line": a name and a railway's word name the line, not the place or person.
  const line = positions.length === 2 && TRANSPORT_LINE.has(lastLower);
  const punctuated = positions.some((position) => !tokens[position]!.word);
  // "Attorney for Arizona Dennis K. Burke": the place of an office, then its holder named with an initial.
  const place = punctuated && positions.length >= 5 ? placeBeforeInitialledPerson(tokens, positions, gaz, facts) : 0;
  if (place > 0) {
    emit(text, tokens, positions.slice(0, place), title, gaz, facts, out);
    emit(text, tokens, positions.slice(place), null, gaz, facts, out);
    return;
  }
  if (positions.length < 2 || known || newspaper || utility || school || water || club || line || sportsClub || isHead(gaz, lastLower) || gaz.eventHeads.has(lastLower) || punctuated) {
    emit(text, tokens, positions, title, gaz, facts, out);
    return;
  }
  // "... Islamic Relations Alia Salem": a first name after an ordinary word starts a new name,
  // when everything from it to the end is a plain name. The words from k on are checked once,
  // from the end backwards, so that a long run of capitalised words stays linear.
  if (firstNameSplit) {
    const plainFrom = new Uint8Array(positions.length + 1);
    plainFrom[positions.length] = 1;
    for (let k = positions.length - 1; k >= 1; k--) {
      const item = tokens[positions[k]!]!;
      plainFrom[k] = plainFrom[k + 1]! && (PLAIN_NAME.test(item.text) || INITIAL.test(item.text) || item.text === '.') && !isHead(gaz, item.lower) ? 1 : 0;
    }
    for (let k = 1; k < positions.length - 1; k++) {
      const token = tokens[positions[k]!]!;
      const before = tokens[positions[k - 1]!]!;
      if (!plainFrom[k] || !before.word || gaz.titles.has(before.lower)) continue;
      // "the Refugee Council Ada Stone", "Press Club Amjad Pervez Chattha": an organisation's head word of a name
      // of two words or more ends the body, when a given name and one or two surnames (a person in full) follow.
      const afterHead = k >= 2 && positions.length - k <= 3 && gaz.orgHeads.has(before.lower) && (gaz.firstNames.has(token.lower) || gaz.givenNames.has(token.lower)) && !gaz.lastNames.has(token.lower);
      // "Martin Amis Anne Applebaum Marie Arana": a list of names with no commas between them.
      if (k === 2 && personAfterPerson(tokens, positions, gaz)) {
        emit(text, tokens, positions.slice(0, 2), title, gaz, facts, out);
        splitKnown(text, tokens, positions.slice(2), null, gaz, facts, out);
        return;
      }
      if (!afterHead && (!gaz.firstNames.has(token.lower) || !isCommonWord(before, gaz, facts))) continue;
      // "Chairman Press Club …": the body's name loses the holder's title that opens the run (not "General Motors").
      let from = 0;
      if (afterHead) while (k - from > 2 && gaz.titles.has(tokens[positions[from]!]!.lower) && !isTitledOrganisation(tokens, positions.slice(from, k), gaz)) from++;
      // No earlier split point exists in the words before k (their rest would have had to be plain up to k), so the prefix skips this step.
      splitKnown(text, tokens, positions.slice(from, k), from > 0 ? null : title, gaz, facts, out, false);
      emit(text, tokens, positions.slice(k), null, gaz, facts, out);
      return;
    }
  }
  // "Deputy Commissioner Taunsa Nadeem Hashmi": after an office's title, one word the knowledge base does not know (no given
  // name, surname, ordinary word or particle), then a known given name and one or two surnames, is the office's seat and its
  // holder, as a known city there is (officePlace below).
  if (officeSeatBeforeHolder(tokens, positions, title, gaz, facts)) {
    emit(text, tokens, positions.slice(0, 1), title, gaz, facts, out);
    emit(text, tokens, positions.slice(1), null, gaz, facts, out);
    return;
  }
  // "Elizabeth Warren", "Jordan Lee": a given name and a surname, whatever places they also name.
  if (positions.length <= 3 && gaz.givenNames.has(tokens[positions[0]!]!.lower) && positions.slice(1).every((position) => isSurname(tokens[position]!, gaz, facts))) {
    emit(text, tokens, positions, title, gaz, facts, out);
    return;
  }
  // "Mary Stone", "Jack White": a given name the lexicon knows as one and a surname that is an
  // ordinary singular noun (no head, no place, no title) are a person, even where the given name
  // also names a town ("Mary" in Turkmenistan).
  // (News copy puts no article before a person's name: "the Elizabeth Line" is none.)
  // A common given name that is also a city reads the same way ("Florence Green", "Jordan Stone"),
  // unless the second word has an adjective's ending, which names a body after the city ("Georgia
  // Southern", "Lincoln Financial"); a street's last word is no surname ("Florence Place").
  const given = tokens[positions[0]!]!.lower;
  const givenOpens = gaz.firstNames.has(given) || (gaz.givenNames.has(given) && !hasAdjectiveEnding(tokens[positions[1]!]!.lower));
  if (positions.length === 2 && givenOpens && nounSurname(tokens[positions[1]!]!, gaz) && !ARTICLES.has(lowerAt(tokens, positions[0]! - 1))) {
    emit(text, tokens, positions, title, gaz, facts, out);
    return;
  }
  // Greedy longest known phrases from the left, as index ranges into positions.
  const pieces: Array<{ from: number; to: number; known: boolean }> = [];
  const phrases: string[] = [];
  let k = 0;
  while (k < positions.length) {
    let matched = 0;
    // The phrases starting at k, grown a word at a time while they begin a known phrase, then tried longest first.
    const longest = Math.min(gaz.maxWords, positions.length - k);
    phrases.length = 0;
    phrases.push(tokens[positions[k]!]!.key);
    while (phrases.length < longest && gaz.prefixes.has(phrases[phrases.length - 1]!)) phrases.push(`${phrases[phrases.length - 1]!} ${tokens[positions[k + phrases.length]!]!.key}`);
    for (let length = phrases.length; length >= 1; length--) {
      const kinds = gaz.phrases.get(phrases[length - 1]!);
      if (kinds && kinds.some((kind) => kind !== 'person' && kind !== 'team')) {
        matched = length;
        break;
      }
    }
    if (matched > 0) {
      pieces.push({ from: k, to: k + matched, known: true });
      k += matched;
    } else {
      const previous = pieces[pieces.length - 1];
      if (previous && !previous.known) previous.to = k + 1;
      else pieces.push({ from: k, to: k + 1, known: false });
      k++;
    }
    // Only a run that opens with a known name is ever split: stop reading one that does not.
    if (!pieces[0]!.known) break;
  }
  const isCommonSingle = (piece: { from: number; to: number }): boolean => {
    const token = tokens[positions[piece.from]!]!;
    return piece.to - piece.from === 1 && token.word && !isHead(gaz, token.lower) && isCommonWord(token, gaz, facts);
  };
  const unknownCommon = pieces.every((piece) => piece.known || isCommonSingle(piece));
  // "NASA Bill Ingalls": a known name, then a person's first name.
  // "Ambassador to the United States Hamdullah Mohib": after a title, a known country or region
  // and two or three plain words that are no ordinary words, plurals or heads is the place, then a person.
  const restPlain = pieces.length === 2 && pieces[0]!.known && !pieces[1]!.known && pieces[1]!.to - pieces[1]!.from >= 2 && pieces[1]!.to - pieces[1]!.from <= 3;
  let titleAt = positions[0]! - 1;
  if (lowerAt(tokens, titleAt) === 'the') titleAt--;
  if (lowerAt(tokens, titleAt) === 'to' || lowerAt(tokens, titleAt) === 'of' || lowerAt(tokens, titleAt) === 'in') titleAt--;
  // "Deputy Commissioner Bahawalpur Shozab Saeed", "Chief Minister Punjab Maryam Nawaz": an office's holder named right
  // after the city, district or province of the office, as South and Southeast Asian copy writes it (no country: "Ambassador
  // Israel Katz"; a place that is also a given name, "Jackson", "Virginia", opens a person).
  const firstKindsKnown = gaz.phrases.get(keysAt(tokens, positions, 0, pieces[0]!.to));
  const officePlace = titleAt === positions[0]! - 1 ? pieces[0]!.to === 1 && (isCityKind(firstKindsKnown) || firstKindsKnown?.includes('region') === true) && !firstKindsKnown!.includes('country') && !gaz.givenNames.has(tokens[positions[0]!]!.lower) : isCountryOrRegion(firstKindsKnown);
  const afterTitle = restPlain && gaz.titles.has(lowerAt(tokens, titleAt)) && officePlace && positions.slice(pieces[1]!.from).every((position) => isSurname(tokens[position]!, gaz, facts) && !/s$/.test(tokens[position]!.text));
  // "Hon. Bello Muhammad Matawalle": after a title, a one-word city that is no country, region or body, right before a
  // given name and a surname, is that person's own given name (Hausa "Bello"), unless the title is the office of that
  // place (afterTitle); "in Lagos Ahmed Musa" keeps the place.
  const titled = title !== null || gaz.titles.has(lowerAt(tokens, textAt(tokens, positions[0]! - 1) === '.' ? positions[0]! - 2 : positions[0]! - 1));
  const cityOnly = titled && pieces[0]!.to === 1 && isCityKind(firstKindsKnown) && firstKindsKnown!.every((kind) => kind === 'city' || kind === 'capital' || kind === 'person');
  const thenPerson = restPlain && ((gaz.firstNames.has(tokens[positions[pieces[1]!.from]!]!.lower) && !cityOnly) || afterTitle);
  // "American Madison Keys upset …", "American Sloane Stephens": a nationality word, then a person in
  // full, two or three plain words opening with a known given name or ending with a known surname
  // and holding no ordinary word, is the nationality and the person (a given name that is also a
  // city, "Madison", must not split the person in two).
  const demonymThenPerson = pieces[0]!.known && pieces[0]!.to === 1 && pieces.length >= 2 && gaz.demonyms.has(tokens[positions[0]!]!.key) && demonymPerson(tokens, positions.slice(1), gaz, facts);
  if (demonymThenPerson) {
    emit(text, tokens, positions.slice(0, 1), title, gaz, facts, out);
    emit(text, tokens, positions.slice(1), null, gaz, facts, out);
    return;
  }
  // "Kowloon West", "London North": a known place and a compass point name one district.
  const last = pieces[pieces.length - 1]!;
  const compassDistrict = pieces.length === 2 && pieces[0]!.known && last.to - last.from === 1 && COMPASS.has(tokens[positions[last.from]!]!.lower) && isPlaceKind(gaz.phrases.get(pieces[0]!.to - pieces[0]!.from === 1 ? tokens[positions[0]!]!.key : keysAt(tokens, positions, 0, pieces[0]!.to)));
  if (pieces[0]!.known && pieces.length >= 2 && (unknownCommon || thenPerson) && !compassDistrict && !placeAndTradeAdjective(tokens, positions, gaz)) {
    for (const [order, piece] of pieces.entries()) emit(text, tokens, positions.slice(piece.from, piece.to), order === (afterTitle ? 1 : 0) ? title : null, gaz, facts, out);
    return;
  }
  emit(text, tokens, positions, title, gaz, facts, out);
}

/** Endings of the adjectives firms put after a place's name ("Scientific", "Financial", "Electric"). */
const TRADE_ADJECTIVE_ENDING = /(?:ic|al)$/u;

/**
 * "Boston Scientific cut jobs", "Lincoln Financial said": a known place and one ordinary adjective
 * ending in -ic or -al (no compass point, nationality or head) name a firm after its town, not a
 * place and a stray word. Only two words, mid-sentence, the adjective right after the place.
 */
function placeAndTradeAdjective(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer): boolean {
  if (positions.length !== 2 || positions[1]! !== positions[0]! + 1) return false;
  const place = tokens[positions[0]!]!;
  const adjective = tokens[positions[1]!]!;
  if (!isPlaceKind(gaz.phrases.get(place.key)) || gaz.demonyms.has(place.key)) return false;
  const lower = adjective.lower;
  return PLAIN_NAME.test(adjective.text) && TRADE_ADJECTIVE_ENDING.test(lower) && gaz.pos.get(lower) === 'Adjective' && !COMPASS.has(lower) && !gaz.demonyms.has(adjective.key) && !isHead(gaz, lower) && !gaz.titles.has(lower) && !PARTY_ADJECTIVES.has(lower);
}

/** Words before the place of an office whose holder follows ("Attorney for Arizona …", "Governor of Ohio …"). */
const OFFICE_PLACE_OPENERS: ReadonlySet<string> = new Set(['for', 'of', 'in', 'to']);

/**
 * "U.S. Attorney for Arizona Dennis K. Burke", "Governor of Ohio John R. Kasich": after "for",
 * "of" (or a title), a known country, region or city, then a known given name, one or more
 * initials and one or two surnames, are the office's place and its holder (as "Arizona Dennis
 * Burke" splits in the pieces below, where an initial's full stop keeps the run whole).
 * Returns the number of the place's positions, or 0.
 */
function placeBeforeInitialledPerson(tokens: readonly Token[], positions: readonly number[], gaz: Gazetteer, facts: DocumentFacts): number {
  const before = tokenAt(tokens, positions[0]! - 1);
  if (before === undefined || !(OFFICE_PLACE_OPENERS.has(before.text) || (before.cap && gaz.titles.has(before.lower)))) return 0;
  let place = 0;
  for (let length = Math.min(3, positions.length - 3); length >= 1 && place === 0; length--) {
    const kinds = gaz.phrases.get(keysAt(tokens, positions, 0, length));
    if (isCountryOrRegion(kinds) || isCityKind(kinds)) place = length;
  }
  if (place === 0) return 0;
  const given = tokens[positions[place]!]!;
  if (!PLAIN_NAME.test(given.text) || !gaz.firstNames.has(given.lower)) return 0;
  let at = place + 1;
  let initials = 0;
  while (at < positions.length && INITIAL.test(tokens[positions[at]!]!.text)) {
    initials++;
    at++;
    if (at < positions.length && tokens[positions[at]!]!.text === '.') at++;
  }
  const surnames = positions.length - at;
  if (initials === 0 || surnames < 1 || surnames > 2) return 0;
  for (; at < positions.length; at++) if (!isSurname(tokens[positions[at]!]!, gaz, facts)) return 0;
  return place;
}

/** Whether a run after an office's title is an unknown seat and its holder ("Taunsa Nadeem Hashmi"; see splitKnown). */
function officeSeatBeforeHolder(tokens: readonly Token[], positions: readonly number[], title: string | null, gaz: Gazetteer, facts: DocumentFacts): boolean {
  if (title === null || !isSeatOffice(title) || positions.length < 3 || positions.length > 4 || positions[positions.length - 1]! - positions[0]! !== positions.length - 1) return false;
  const seat = tokens[positions[0]!]!;
  if (!isUnknownSeat(seat, gaz, facts) || !gaz.givenNames.has(tokens[positions[1]!]!.lower)) return false;
  return positions.slice(2).every((position) => isSurname(tokens[position]!, gaz, facts));
}

const SEAT_OFFICES = localeWords((locale) => [...locale.names.seatOffices, ...locale.names.officeInitialisms]);

/** Whether a title is an office named with its seat before the holder ("Deputy Commissioner", "ADC"; not "President"). */
export function isSeatOffice(title: string): boolean {
  return SEAT_OFFICES.has(title);
}

/** Whether a word may be an office's seat the knowledge base does not know: a plain name of four letters or more that is no given name, surname, ordinary word, title or particle. */
export function isUnknownSeat(token: Token, gaz: Gazetteer, facts: DocumentFacts): boolean {
  return PLAIN_NAME.test(token.text) && token.text.length >= 4 && !token.upper && !gaz.phrases.has(token.key) && !gaz.givenNames.has(token.lower) && !gaz.lastNames.has(token.lower) && !isCommonWord(token, gaz, facts) && !gaz.titles.has(token.lower) && !isHead(gaz, token.lower) && !PARTICLES.has(token.lower) && !HYPHENED_PARTICLE_WORDS.has(token.lower);
}

const HYPHENED_PARTICLE_WORDS = localeWords((locale) => locale.names.hyphenedParticles);

/**
 * Whether the words at `rest` (after a nationality word) are a person in full: two or three plain
 * capitalised words, none a known place, nationality or body except a given name that is also a
 * city, opening with a known given name (the rest surnames, "Madison Keys") or made of words that
 * are no ordinary words nor known names ("Sloane Stephens", "Janko Tipsarevic").
 */
function demonymPerson(tokens: readonly Token[], rest: readonly number[], gaz: Gazetteer, facts: DocumentFacts): boolean {
  if (rest.length < 1 || rest.length > 3 || !rest.every((position) => PLAIN_NAME.test(tokens[position]!.text))) return false;
  // "Brazilian Neymar scored …", "Senegalese Sadio Mane …": a name that the story also gives alone
  // ("Neymar added a second") is a person's, whatever the lists know of it.
  if (facts.namesAlone.has(tokens[rest[rest.length - 1]!]!.lower) && rest.every((position) => isPersonWord(tokens[position]!, gaz) && !isHead(gaz, tokens[position]!.lower) && !gaz.titles.has(tokens[position]!.lower))) return true;
  if (rest.length < 2) return false;
  const first = tokens[rest[0]!]!;
  if (gaz.firstNames.has(first.lower)) return rest.slice(1).every((position) => !isHead(gaz, tokens[position]!.lower) && !gaz.titles.has(tokens[position]!.lower) && isPersonWord(tokens[position]!, gaz));
  // ("Serbian Janko Tipsarevic", "American Reilly Opelka": name words no list knows, none an ordinary word, are a person's too.)
  return rest.every((position) => isSurname(tokens[position]!, gaz, facts) && isPersonWord(tokens[position]!, gaz));
}

/** Whether a word may stand in a person's name: no name the knowledge base files as a place, nationality or body. */
function isPersonWord(token: Token, gaz: Gazetteer): boolean {
  const kinds = gaz.phrases.get(token.key);
  return kinds === undefined || kinds.every((kind) => kind === 'person');
}

/** A saint's name joined by a hyphen ("Saint-Germain", "San-Juan"): places and clubs have them, people's surnames do not. */
export const SAINT_PREFIX = /^(?:Saint|Sainte|St|Ste|San|Santa|Santo|Sankt)-/u;

/** Whether a word can be a surname after a given name: a plain capitalised word that is no ordinary word, country or region. */
function isSurname(token: Token, gaz: Gazetteer, facts: DocumentFacts): boolean {
  if (!PLAIN_NAME.test(token.text) || (isCommonWord(token, gaz, facts) && !facts.namesAlone.has(token.lower)) || isHead(gaz, token.lower) || gaz.titles.has(token.lower)) return false;
  // "Paris Saint-Germain", "Rio San-Juan": a saint's name makes a place or a club.
  if (SAINT_PREFIX.test(token.text)) return false;
  const kinds = gaz.phrases.get(token.key);
  return kinds === undefined || !kinds.some((kind) => kind === 'country' || kind === 'region' || kind === 'capital' || kind === 'demonym' || kind === 'org' || kind === 'agency' || kind === 'other');
}

/** Parts of speech of a noun, the first word of a national body's name ("Tennis Australia"). */
const NOUN_POS: ReadonlySet<string> = new Set(['Singular', 'Uncountable', 'Plural']);

/**
 * Whether a word at `at` that opens a sentence reads as an ordinary word by what follows it: a
 * lower-case noun or adjective ("Frank talks continued") or a conjunction and a lower-case word
 * ("Holly and ivy").
 */
function opensAsWord(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const next = tokenAt(tokens, at + 1);
  if (!next || !next.word || next.text !== next.lower) return false;
  const tag = gaz.pos.get(next.lower) ?? '';
  if (NOUN_POS.has(tag) || tag === 'Adjective') return true;
  const after = tokenAt(tokens, at + 2);
  return tag === 'Conjunction' && after !== undefined && after.word && after.text === after.lower;
}

/**
 * "Tennis Australia", "Statistics Canada", "Sport England": an ordinary noun before a country
 * names the country's body for it (a sport's federation, an agency). Not an adjective or a
 * compass word ("Rural Australia", "Western Canada", "Classical Greece"), which name a part or
 * an age of the country.
 */
export function isNationalBody(first: Token, second: Token, gaz: Gazetteer): boolean {
  if (!first.cap || first.upper || !second.cap || !gaz.phrases.get(second.key)?.includes('country')) return false;
  const lower = first.lower;
  if (gaz.phrases.has(first.key) || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || COMPASS.has(lower)) return false;
  const tag = gaz.pos.get(lower);
  if (tag !== undefined) return NOUN_POS.has(tag);
  return gaz.common.has(lower) && !hasAdjectiveEnding(lower);
}

/** Whether a gazetteer entry names a company or club and no place. */
export function isOrgKind(kinds: readonly GazetteerKind[] | undefined): boolean {
  return kinds !== undefined && (kinds.includes('org') || kinds.includes('team')) && !isPlaceKind(kinds);
}

/** Whether a gazetteer entry names a country or a region. */
function isCountryOrRegion(kinds: readonly GazetteerKind[] | undefined): boolean {
  return kinds !== undefined && (kinds.includes('country') || kinds.includes('region'));
}

/** Whether a gazetteer entry names a region or a city ("Virginia", "Georgia", "Boston"; not "China" alone). */
export function isRegionOrCity(kinds: readonly GazetteerKind[] | undefined): boolean {
  return kinds !== undefined && (kinds.includes('region') || isCityKind(kinds));
}

/** Whether a gazetteer entry names a city. */
export function isCityKind(kinds: readonly GazetteerKind[] | undefined): boolean {
  return kinds !== undefined && (kinds.includes('city') || kinds.includes('capital'));
}

/** Participles that make a hyphenated modifier of a place or a maker: "Toronto-based", "London-born", "state-owned". */
const MODIFIER_PARTICIPLES = new Set(['based', 'born', 'bred', 'raised', 'owned', 'backed', 'led', 'run', 'funded', 'listed', 'made', 'built', 'headquartered', 'registered', 'controlled']);

/** A lower-case participle or agent noun after a hyphen: "Qaeda-linked", "Botox-maker", "Oscar-winner", "Co-moderator". */
const MODIFIER_TAIL = /^\p{Ll}{2,}(?:ed|ing|er|or)$/u;

/**
 * Whether a word is a compound modifier before a name: "Toronto-based", "Botox-maker",
 * "Oscar-winner", "Co-moderator" (a capital after the hyphen makes a name: "Jean-Luc").
 */
function isCompoundModifier(text: string): boolean {
  const hyphen = text.lastIndexOf('-');
  if (hyphen <= 0) return false;
  const tail = text.slice(hyphen + 1);
  return MODIFIER_PARTICIPLES.has(tail) || MODIFIER_TAIL.test(tail);
}

/** Articles that open place names in several languages ("The Hague", "A Coruña", "Les Saintes", "Los Angeles"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'les', 'los', 'las', 'il', 'lo', 'het']);

/**
 * "Bay of Plenty", "Land of Many Rivers": a capitalised quantifier right after "of" ends a name
 * as its noun does; the trimming that "Regina Ip In the" needs would leave "Bay of".
 */
function quantifierAfterOf(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const lower = tokens[at]!.lower;
  return lowerAt(tokens, at - 1) === 'of' && gaz.pos.get(lower) === 'Determiner' && !NAME_ARTICLES.has(lower);
}

/** A capitalised closed-class word ("In", "After", "He"), not an acronym in capitals ("The WHO", "US"). */
function isCapitalisedFunctionWord(token: Token, gaz: Gazetteer): boolean {
  return token.cap && !(token.upper && token.text.length >= 2) && CLOSED_CLASS_POS.has(gaz.pos.get(token.lower) ?? '');
}

/** A short capitalised syllable of a Chinese, Malay or Korean name: "Tan", "Kiat", "Leong", "Wai". */
const NAME_SYLLABLE = /^\p{Lu}\p{Ll}{1,5}$/u;

/** Whether the run is three name syllables, as dropDepartment reads them after an office ("Lee Kah Wee"). */
function syllableDepartmentName(tokens: readonly Token[], positions: readonly number[]): boolean {
  return positions.length === 3 && positions[2]! - positions[0]! === 2 && positions.every((position) => NAME_SYLLABLE.test(tokens[position]!.text));
}

/**
 * "MP Tan Kiat How said", "Minister Ong Ye Kung, who …": after a title, three name syllables whose
 * last is also an English function word ("How", "On", "An") that the text capitalises inside a
 * sentence, right before a speech verb or a comma, are the person's whole name (the function word
 * is no stray word after it). The first two are no ordinary word the text writes in lower case,
 * no title, head or known name of a place or body.
 */
function syllableNameEndingInFunctionWord(tokens: readonly Token[], positions: readonly number[], from: number, to: number, gaz: Gazetteer, facts: DocumentFacts): boolean {
  if (to - from !== 2 || positions[to]! - positions[from]! !== 2) return false;
  const last = tokens[positions[to]!]!;
  if (!NAME_SYLLABLE.test(last.text) || last.text.length > 4 || last.sentStart) return false;
  const next = tokenAt(tokens, positions[to]! + 1);
  if (!next || !(next.text === ',' || (next.text === next.lower && SPEECH_VERBS.has(next.lower)))) return false;
  for (let k = from; k < to; k++) {
    const token = tokens[positions[k]!]!;
    if (!NAME_SYLLABLE.test(token.text) || facts.lowerWords.has(token.lower) || gaz.titles.has(token.lower) || isHead(gaz, token.lower) || !isPersonWord(token, gaz) || isCapitalisedFunctionWord(token, gaz)) return false;
  }
  return true;
}

/**
 * "Theresa May", "Brian May": a month right after a given name alone, with no day number after
 * it, is the person's surname ("Theresa May said"), not the date ("Paris in May").
 */
function surnameLikeMonth(tokens: readonly Token[], positions: readonly number[], from: number, to: number, gaz: Gazetteer): boolean {
  if (to !== from + 1 || !gaz.firstNames.has(tokens[positions[from]!]!.lower) || !MONTH_WORDS.has(tokens[positions[to]!]!.lower)) return false;
  const after = tokenAt(tokens, positions[to]! + 1);
  return after === undefined || !/^\d/.test(after.text);
}

/**
 * "Jan Novak", "April Ryan": a month's name or abbreviation that is also a given name, right
 * before one plain capitalised word that is no month, weekday, ordinary or known word, opens
 * the person's name, unless a function word or a date's modifier stands before it ("in June
 * Smith said", "last June") or a number after ("April Ryan 5"). "Payable March", "Monday Reuters" keep theirs off.
 */
function givenNameLikeMonth(tokens: readonly Token[], positions: readonly number[], from: number, to: number, gaz: Gazetteer): boolean {
  const month = tokens[positions[from]!]!;
  const before = tokenAt(tokens, positions[from]! - 1);
  // "Mrs. May Park", "Ms June Stone": after an honorific any month is a given name, and the surname may be an ordinary word.
  const titled = before !== undefined && (PERSON_HONORIFICS.has(before.lower) || (before.text === '.' && PERSON_HONORIFICS.has(lowerAt(tokens, positions[from]! - 2))));
  if (to !== from + 1 || positions[to]! !== positions[from]! + 1 || !(MONTH_GIVEN_NAMES.has(month.lower) || (titled && MONTH_WORDS.has(month.lower))) || !/^\p{Lu}\p{Ll}+$/u.test(month.text)) return false;
  // "in June Smith said", "since April Jones", "last June": after a function word or a date's modifier the month is the date.
  if (before !== undefined && before.word && (CLOSED_CLASS_POS.has(gaz.pos.get(before.lower) ?? '') || DATE_MODIFIERS.has(before.lower))) return false;
  const surname = tokens[positions[to]!]!;
  const after = tokenAt(tokens, positions[to]! + 1);
  return PLAIN_NAME.test(surname.text) && !NOT_NAMES.has(surname.key) && (titled || !isCommonLower(gaz, surname.lower)) && !gaz.phrases.has(surname.key) && !(after !== undefined && /^\d/.test(after.text));
}

const MONTH_GIVEN_NAMES = localeWords((locale) => locale.names.monthGivenNames);
const DATE_MODIFIERS = localeWords((locale) => locale.names.dateModifiers);

/** Full month names ("may", "june"): abbreviations ("Mar") are no surnames. */
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES.en.names);
/** Weekday names ("wednesday"), which a club may carry ("Sheffield Wednesday"). */
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.en.names);
const RESULT_VERBS = localeWords((locale) => locale.sports.resultVerbs);

/**
 * "Sheffield Wednesday beat Leeds": a city and a weekday that open a sentence and beat, draw
 * with or lose to a capitalised side are a club's name (a day after a city would stand after
 * a verb: "in Sheffield Wednesday", "said in Leeds Monday").
 */
function clubWithWeekday(tokens: readonly Token[], positions: readonly number[], from: number, to: number, gaz: Gazetteer): boolean {
  if (to !== from + 1 || positions[to]! !== positions[from]! + 1 || !WEEKDAY_WORDS.has(tokens[positions[to]!]!.lower)) return false;
  const city = tokens[positions[from]!]!;
  if (!city.sentStart || !isCityKind(gaz.phrases.get(city.key))) return false;
  const verb = tokenAt(tokens, positions[to]! + 1);
  return verb !== undefined && verb.text === verb.lower && RESULT_VERBS.has(verb.lower) && tokenAt(tokens, positions[to]! + 2)?.cap === true;
}

const NUMBER_SIGNS = localeWords((locale) => locale.names.numberSigns);
const BYLINE_TAILS = localeWords((locale) => locale.context.bylineTails);

/** Whether the tokens from `first` to `last` make a line of their own. */
function aloneOnLine(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokenAt(tokens, last + 1);
  return (first === 0 || tokens[first]!.newline) && (after === undefined || after.newline);
}

/** Whether a number follows the token at `at`, after its full stop or sign or not ("No. 12", "No 12", "N° 1"). */
function numberAfterSign(tokens: readonly Token[], at: number): boolean {
  const next = tokenAt(tokens, at + 1);
  const number = next !== undefined && (next.text === '.' || SIGN_MARKS.has(next.text)) ? tokenAt(tokens, at + 2) : next;
  return number !== undefined && /^\d/.test(number.text);
}

/** A degree or ordinal sign written after "N" as a number's sign ("N°1", "N° 1"). */
const SIGN_MARKS: ReadonlySet<string> = new Set(['\u00b0', '\u00ba']);

/** Whether the token at `at` is a number's sign before its number ("No. 12", "No 12", "N°1", "N° 1"). */
function isNumberSign(tokens: readonly Token[], at: number): boolean {
  const token = tokenAt(tokens, at);
  return token !== undefined && (NUMBER_SIGNS.has(token.key) || isSignLetter(tokens, at)) && numberAfterSign(tokens, at);
}

/** Whether the token at `at` is an "N" followed right away by such a sign ("N°1"). */
function isSignLetter(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  const next = tokenAt(tokens, at + 1);
  return token.text === 'N' && next !== undefined && next.start === token.end && SIGN_MARKS.has(next.text);
}

function emit(text: string, tokens: readonly Token[], positions: number[], title: string | null, gaz: Gazetteer, facts: DocumentFacts, out: Candidate[]): void {
  // Trim connectors and stray periods at the edges. Each loop works out its next index before
  // its test: most names need no trimming, and an index step that V8's optimised code first
  // met at a rare name (a compound modifier, a month) stopped that code, as V8 had never seen
  // the step run; a step made before every test has been seen.
  let from = 0;
  let to = positions.length - 1;
  // Months and weekdays at the edges: "Payable March", "Monday Reuters".
  for (;;) {
    const next = from + 1;
    if (!(from < to && NOT_NAMES.has(tokens[positions[from]!]!.key) && !givenNameLikeMonth(tokens, positions, from, to, gaz))) break;
    from = next;
  }
  for (;;) {
    const next = to - 1;
    if (!(to > from && NOT_NAMES.has(tokens[positions[to]!]!.key) && !surnameLikeMonth(tokens, positions, from, to, gaz) && !clubWithWeekday(tokens, positions, from, to, gaz))) break;
    to = next;
  }
  // "Senate Resolution No. 12", "Resolution Nos. 12 and 13": the sign of a number before it ends the name.
  if (to > from && tokens[positions[to]!]!.text === '.' && NUMBER_SIGNS.has(tokens[positions[to - 1]!]!.key)) to -= 1;
  // (Or "N°", "N° 1", its letter and a degree or ordinal sign.)
  if (to > from && isNumberSign(tokens, positions[to]!)) to -= 1;
  // "TBS Report", "UNB Desk": an outlet's initials and a byline's last word, alone on their line, credit the outlet.
  if (to > from && BYLINE_TAILS.has(tokens[positions[to]!]!.lower) && tokens[positions[to - 1]!]!.upper && aloneOnLine(tokens, positions[from]!, positions[to]!)) to -= 1;
  for (;;) {
    const next = from + 1;
    if (!(from <= to && !tokens[positions[from]!]!.nameLike)) break;
    from = next;
  }
  for (;;) {
    const next = to - 1;
    if (!(to >= from && !tokens[positions[to]!]!.nameLike && !(to > from && elidedParticleName(tokens[positions[to]!]!.text)) && !(isMarkAt(tokens, positions[to]!, 46) && to > from && (CORPORATE_ABBREVIATIONS.has(tokens[positions[to - 1]!]!.lower) || keepsPeriod(tokens[positions[to - 1]!]!, gaz))) && !(to > from && (isLowerNameEnd(tokens, positions[to]!, gaz) || (to === from + 1 && ROMANCE_BODY_HEADS.has(tokens[positions[from]!]!.lower) && isRomanceAdjective(tokens[positions[to]!]!, gaz)))))) break;
    to = next;
  }
  // "Regina Ip In the …" (copy without a full stop): a name never ends in a capitalised function word.
  // An acronym in capitals is no function word ("The WHO said").
  // "Peace Now said": unless ordinary words in capitals speak as a body.
  // "Hawaii News Now": nor unless an outlet's name ends so after its head word.
  const outletEnd = (): boolean => AFTER_NEWS_HEAD.has(tokens[positions[to]!]!.lower) && NEWSPAPER.has(tokens[positions[to - 1]!]!.lower) && positions[to]! - positions[to - 1]! === 1;
  for (;;) {
    const next = to - 1;
    if (!(to > from && isCapitalisedFunctionWord(tokens[positions[to]!]!, gaz) && !(positions[to]! - positions[from]! === to - from && isBodyOfOrdinaryWords(tokens, positions[from]!, positions[to]!, gaz)) && !outletEnd() && !(title !== null && syllableNameEndingInFunctionWord(tokens, positions, from, to, gaz, facts)) && !quantifierAfterOf(tokens, positions[to]!, gaz))) break;
    to = next;
  }
  // "Immediately After Obama's Speech": nor does a name start with one, articles aside ("The Hague", "A Coruña", "Les Saintes").
  for (;;) {
    const next = from + 1;
    if (!(from < to && isCapitalisedFunctionWord(tokens[positions[from]!]!, gaz) && !NAME_ARTICLES.has(tokens[positions[from]!]!.lower) && !PARTICLES.has(tokens[positions[from]!]!.lower))) break;
    from = next;
  }
  // "Toronto-based Kestrel Gold", "London-born Jane Smith", "Botox-maker Allergan": the compound modifier describes the name, it is no part of it.
  for (;;) {
    const next = from + 1;
    if (!(from < to && isCompoundModifier(tokens[positions[from]!]!.text))) break;
    from = next;
  }
  if (from > to) return;
  // Alone, a name and a participle of where or whose is an adjective, no name: "its Nasdaq-listed
  // shares", "a Luxembourg-based firm" (other compounds may be names: "the E-meter"). So is a
  // whole name before one: "the Arvind Kejriwal-led government".
  const tail = tokens[positions[to]!]!;
  if (from <= to && tail.text.includes('-') && MODIFIER_PARTICIPLES.has(tail.lower.slice(tail.lower.lastIndexOf('-') + 1))) return;
  const chosen = positions.slice(from, to + 1);
  const firstToken = tokens[chosen[0]!]!;
  const lastToken = tokens[chosen[chosen.length - 1]!]!;
  // "Africa N°1", "Africa No. 1": a known place and a number's sign name a station, a brand or a
  // rank, not the place; without knowing which, the name gives no place (and no other reading).
  if (isNumberSign(tokens, chosen[chosen.length - 1]! + 1) && isPlaceKind(gaz.phrases.get(keysAt(tokens, chosen, 0, chosen.length)))) return;
  if (chosen.length === 1 && (NOT_NAMES.has(firstToken.key) || CORPORATE_ABBREVIATIONS.has(firstToken.key))) return;
  // "China-Peru": two known places joined by a hyphen are two mentions.
  if (chosen.length === 1 && firstToken.text.includes('-')) {
    const parts = firstToken.text.split('-');
    if (parts.length >= 2 && !gaz.phrases.has(firstToken.key) && parts.every((part) => isPlaceKind(gaz.phrases.get(lookupKey(part))))) {
      let offset = firstToken.start;
      for (const part of parts) {
        out.push({ start: offset, end: offset + part.length, words: [part], first: chosen[0]!, last: chosen[0]!, title: null, sentStart: firstToken.sentStart, caps: false, weak: false });
        offset += part.length + 1;
      }
      return;
    }
  }
  out.push({
    start: firstToken.start,
    end: lastToken.end,
    words: wordsAt(tokens, chosen),
    first: chosen[0]!,
    last: chosen[chosen.length - 1]!,
    title,
    sentStart: firstToken.sentStart,
    caps: false,
    weak: false,
  });
  void text;
}

/** Whether two words are a person's given name and surname ("Prakash Karat"), or a person the knowledge base knows ("Barack Obama"), and no body's name. */
function isPersonPair(first: Token, second: Token, gaz: Gazetteer): boolean {
  const kinds = gaz.phrases.get(`${first.key} ${second.key}`);
  if (isOrgKind(kinds)) return false;
  return kinds?.includes('person') === true || gaz.firstNames.has(first.lower) || gaz.givenNames.has(first.lower);
}

/**
 * Adds the connector after position `j` ("of", "for") and the name word after it, with a
 * "the" between them when one stands there ("Bank of the Philippines"); returns the new
 * position.
 */
function joinConnector(tokens: readonly Token[], run: number[], j: number): number {
  if (textAt(tokens, j + 2) === 'the' && tokenAt(tokens, j + 3)?.nameLike) {
    run.push(j + 1, j + 2, j + 3);
    return j + 3;
  }
  run.push(j + 1, j + 2);
  return j + 2;
}
