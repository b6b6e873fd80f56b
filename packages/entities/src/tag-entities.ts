import { assertText, isFamilyNameFirst, nameTokens } from '@newsparse/core';
import { type DocumentFacts, documentFacts, findCandidates, isCommonLower, PLAIN_NAME } from './candidates.js';
import { LABELS } from './features.js';
import { peopleWithParticleSurnames } from './particle-names.js';
import { demonymCountry, type Gazetteer, gazetteer, isAcronymInTitleCase, isKnownGivenName, isOnlyPlace, isPlaceKind, lookupKey } from './lexicon.js';
import { capitalisesNouns, readsAsEnglish } from './language.js';
import { cutBeforeOrigin, dropOpeningWord, isOrganisationHeadWord, listedWithNouns, namedTokens, endsInBodyHead, isBareBodyHead, isGermanArticle, isGermanFunctionWord, isGermanNounNamedLikeTown, isLoneArticle, readAsCompanyOfHead, readAsRomancePlace, keepGivenNameAndSurname, nounsAfterArticles, readInOtherLanguage } from './other-languages.js';
import { DEMONYMS, NATIONAL_ACRONYMS } from './data/knowledge.js';
import { clubShortForms, clubsInTransfers, clubsJoinedOrPlayedFor, clubsOfScorers, cricketDismissals, playersAfterNationality, hasFixtureClause, hasMatchResult, hasReportWords, hasResultClause, hasTableGap, sidesInSportsReports, teamsByPlural, teamsInContestPairs, teamsWinningContests } from './sports-sides.js';
import { localeWords } from './locales/index.js';
import { lowerAt, textAt, type Token, tokenAt, tokenize } from './tokenize.js';
import { type CheckedOptions, checkOptions } from './options.js';
import { advisersOfDeals, countiesInPossessive, givenNamesOfPeopleNamedInFull, placesByDistance, investorsOfRounds, brandsNamedLikePlaces, dataProviders, holidaysInPossessive, clubsByRole, commonWordsReadAsPeople, constituenciesOfLegislators, countyShortForms, irishCounties, employersOfPeople, givenNamesThatSpeak, makesBeforeProducts, marketIndices, modifiersAfterArticle, namedStorms, namesBeforePluralPlaceNoun, namesOfPeople, namesOfThings, noPersonBeforeCountry, notNames, organisationContexts, organisationPartners, organisationsByApposition, placesByApposition, organisationsByBusinessVerb, organisationsByNoun, organisationsByRelativeClause, organisationsInDeals, companiesOfCountries, sidesByPossessedResult, organisationsSayingIts, partiesByQualifiedPlural, companiesNamedByDemonym, organisationsByRole, partiesBySeats, partnersListedBeforeFirms, partyAdjectives, placesAfterIn, placePartners, playersAfterSideSingular, playersByStatLine, placeLists, placesBeforeRegionCompound, publicationsByCue, peopleAfterRole, peopleAfterKinNoun, peopleByApposition, playersAfterRole, peopleByRole, peopleBySpeechPronoun, placesInRegions, placesOfResidents, streetsByForm, companiesReadAsPeople, companiesNamedLikeFullNames, companyOnlyCue, firmsNamedLikeTheTextsPeople, fullNamesOfPeopleNamedAlone, peopleByDeed, thingsListedAfterThe, camelCaseCompanies, retailersByOutlets, organisationsNamedByPlace, peopleComparedWithPeople, peopleFacingPeople, relatedStoryHeadlines, companyWordsOpeningTeasers, schoolsByHead, seatsOfCompanies, peoplePartners, quotedTitles, worksAfterGenreNoun, stateCodesAfterTowns, companiesMovingTheirMeasures, subjectsNamedByKindLater, termAcronyms, titleCaseHeadlines, personRunsIntoHeadlineWords, wordsBeforeKnownPeople, qualifiersOfOffices, titlesAfterCapitalThe, unsupportedPlaces } from './context-rules.js';
import { kindsOf, type Typed, typedMention } from './typed.js';
import { classify, LABEL_TYPE } from './classify.js';
import { tellGenders } from './gender.js';
import { group } from './group.js';
import { isAcronymOf, isMixedCaseAcronymOf, isSyllableAcronymOf, orgShortForms } from './name-forms.js';
import type { CompromiseMatches, CompromiseNlp, EntityType, TagEntitiesOptions, TagEntitiesResult } from './types.js';

/** What the document steps share and revise, from the tokens to the mentions kept. */
interface DocumentState {
  readonly text: string;
  readonly options: CheckedOptions;
  readonly gaz: Gazetteer;
  readonly tokens: readonly Token[];
  readonly facts: DocumentFacts;
  /** every candidate's reading, revised in place by the steps */
  readonly typed: Typed[];
  /** whether the text has three or more match scores (set by teamsInMatchReports) */
  sports: boolean;
  /** names found on the all-caps lines (set by namesOnCapsLines) */
  capsMentions: Typed[];
  /** short forms defined in parentheses → their long form */
  readonly acronymOf: Map<Typed, Typed>;
  /** the mentions that survive, before overlaps and unwanted types go */
  kept: Typed[];
  /** whole-text scans for a sports report that more than one step asks for, each made once */
  readonly clues: { report?: boolean; result?: boolean; table?: boolean };
}

/** "striker", "the title race": a word only a sports report uses (one scan of the text per document). */
const reportWords = (state: DocumentState): boolean => (state.clues.report ??= hasReportWords(state.tokens, state.facts));
/** "Juventus lost 1-0 to Napoli": a result clause (one scan per document). */
const resultClause = (state: DocumentState): boolean => (state.clues.result ??= hasResultClause(state.tokens, state.facts));
/** "four points clear": a gap in a table (one scan per document). */
const tableGap = (state: DocumentState): boolean => (state.clues.table ??= hasTableGap(state.tokens));

/** One rule over the whole document: it reads and revises the shared state. */
type DocumentStep = (state: DocumentState) => void;

/** Each candidate on its own: knowledge, head words, the model (classify). */
const readCandidates: DocumentStep = (state) => {
  const candidates = findCandidates(state.text, state.tokens, state.gaz, state.facts);
  for (const candidate of candidates) {
    const result = classify(candidate, state.tokens, state.gaz, state.facts);
    if (result) state.typed.push(result);
  }
};

const EXPS = new Float64Array(LABELS.length);

/** One reading per name in a document: the model's votes for the same words are pooled. */
const poolVotes: DocumentStep = ({ typed }) => {
  const votes = new Map<string, Float32Array>();
  for (const item of typed) {
    if (item.firm || !item.scores) continue;
    const sum = votes.get(item.key) ?? new Float32Array(LABELS.length);
    // The softmax of the scores, in loops over one buffer (no array built per mention).
    const scores = item.scores;
    let max = -Infinity;
    for (let index = 0; index < scores.length; index++) max = Math.max(max, scores[index]!);
    let total = 0;
    for (let index = 0; index < scores.length; index++) total += EXPS[index] = Math.exp(Math.max(-30, scores[index]! - max));
    for (let index = scores.length; index < LABELS.length; index++) EXPS[index] = NaN;
    for (let index = 0; index < LABELS.length; index++) sum[index]! += EXPS[index]! / total;
    votes.set(item.key, sum);
  }
  for (const item of typed) {
    if (item.firm || !item.scores) continue;
    const sum = votes.get(item.key)!;
    let best = 0;
    for (let index = 1; index < LABELS.length; index++) if (sum[index]! > sum[best]!) best = index;
    item.type = LABEL_TYPE[LABELS[best]!] ?? 'other';
    if (LABELS[best] === 'O') item.scores = null;
  }
};

const PARTY_WORDS = localeWords((locale) => locale.context.partyAdjectives);
const CORPORATE_HEADS = localeWords((locale) => locale.names.corporateHeads);
/** Heads of bodies often named after a person: foundations, schools, parties, public bodies ("Trayvon Martin Foundation"). */
const TOWN_NAMED_BODIES = localeWords((locale) => locale.heads.townNamedBody);
const TOWN_PREPOSITIONS = localeWords((locale) => locale.context.placePrepositions);
const PERSON_NAMED_BODIES = localeWords((locale) => [...locale.heads.beforeFor, ...locale.heads.publicBody, ...locale.heads.school, ...locale.heads.venue, 'school', 'college', 'hospital', 'library', 'prize', 'award']);
const PERSON_PARTICLES = localeWords((locale) => locale.names.personParticles);

/**
 * A party's word or its members' plural is no surname, even at the end of a name misread as a
 * person ("Virginia Democratic primary voters", a headline "… Reassures House Democrats"):
 * lent as one, it made every "Democratic" and "Democrats" of the article a person.
 */
/** A party word's plural ("Democrats", "Socialists"): a party's members, or with a qualifier the party. */
const isPartyPlural = (part: string): boolean => part.endsWith('s') && PARTY_WORDS.has(part.slice(0, -1).toLowerCase());
const isPartyWord = (part: string): boolean => PARTY_WORDS.has(part.toLowerCase()) || (part.endsWith('s') && PARTY_WORDS.has(part.slice(0, -1).toLowerCase()));

/** People named in full lend their type to their surnames ("Wang", "Boluarte"). */
const surnamesOfPeople: DocumentStep = ({ typed, tokens, gaz }) => {
  const people = typed.filter((item) => item.type === 'person' && item.scores !== null && item.words.length >= 2 || (item.type === 'person' && item.firm && item.words.length >= 2));
  const surnames = new Map<string, string>();
  const lend = (part: string, key: string): void => {
    if (!isPartyWord(part)) surnames.set(part, key);
  };
  for (const person of people) {
    const parts = nameTokens(person.words.join(' '));
    if (parts.length < 2) continue;
    lend(parts[parts.length - 1]!, person.key);
    // "Erik ten Hag" → "Ten Hag": a particle is lent only with the surname after it.
    if (parts.length >= 3) lend(PERSON_PARTICLES.has(parts[parts.length - 2]!) ? `${parts[parts.length - 2]!} ${parts[parts.length - 1]!}` : parts[parts.length - 2]!, person.key);
    if (isFamilyNameFirst(parts[0]!)) lend(parts[0]!, person.key);
    surnames.set(parts.join(' '), person.key);
  }
  for (const item of typed) {
    if (item.type === 'person' || item.type === 'nationality' || item.words.length > 2 || surnames.size === 0) continue;
    const kinds = kindsOf(item, gaz);
    // A name typed by knowledge, a head word or a context rule ("DAB's Starry Lee") keeps its type.
    if (item.firm || (kinds && isPlaceKind(kinds))) continue;
    const key = nameTokens(item.words.join(' ')).join(' ');
    if (surnames.has(key)) {
      item.type = 'person';
      item.scores = new Float32Array(LABELS.length);
      item.firm = true;
    }
  }
  companiesNamedLikePeople(typed, tokens, gaz, surnames);
};

/**
 * "Premier Ford … Ford's plans", "Doug Ford … the Ford government": a known company's one-word
 * name (no agency's, no team's) that is the surname of a person the text names in full or after
 * a title is that person, unless the text also names a body whose longer name holds the word
 * ("Ford Motor", "Ford Foundation": there the company may be meant).
 */
function companiesNamedLikePeople(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, surnames: ReadonlyMap<string, string>): void {
  const isCompanyWord = (item: Typed): boolean => {
    const kinds = kindsOf(item, gaz);
    return item.type === 'organization' && item.words.length === 1 && PLAIN_NAME.test(item.words[0]!) && kinds !== undefined && kinds.includes('org') && !kinds.includes('agency') && !kinds.includes('team');
  };
  if (!typed.some(isCompanyWord)) return;
  const people = new Set<string>();
  for (const key of surnames.keys()) people.add(key);
  for (const item of typed) if (item.type === 'person' && item.words.length === 1 && item.candidate?.title != null) people.add(nameTokens(item.words[0]!).join(' '));
  const inLongerBodies = new Set<string>();
  for (const item of typed) if (item.type === 'organization' && item.words.length >= 2) for (const word of item.words) inLongerBodies.add(lookupKey(word));
  const namedInFull = fullNamesBySurname(typed);
  for (const item of typed) {
    if (!isCompanyWord(item) || inLongerBodies.has(item.key) || !people.has(nameTokens(item.words[0]!).join(' '))) continue;
    // "Ford shares rose" beside "Bill Ford": where only a company stands, the company.
    if (item.candidate && companyOnlyCue(tokens, item.candidate.first, item.candidate.last)) continue;
    if (item.candidate && namedInFull.has(item.key) && subjectAfterSpeaker(tokens, gaz, item.candidate.first, item.candidate.last, namedInFull.get(item.key)!)) continue;
    item.type = 'person';
    item.scores = new Float32Array(LABELS.length);
    item.firm = true;
  }
}

/** The last token of each person named in full, by the key of their surname ("ford" → the end of "Bill Ford"). */
function fullNamesBySurname(typed: readonly Typed[]): Map<string, number[]> {
  const ends = new Map<string, number[]>();
  for (const item of typed) {
    if (item.type !== 'person' || item.words.length < 2 || !item.candidate) continue;
    const key = lookupKey(item.words[item.words.length - 1]!);
    const list = ends.get(key);
    if (list) list.push(item.candidate.last);
    else ends.set(key, [item.candidate.last]);
  }
  return ends;
}

/** Finite verbs' tags: a subject's verb ("would", "is", "said", "builds"). */
const SUBJECT_VERB_TAGS: ReadonlySet<string> = new Set(['Modal', 'Copula', 'Verb', 'PastTense', 'PresentTense']);

/**
 * "Bill Ford said Ford would keep its plants": a name cannot refer back to the subject of its own
 * sentence (a speaker's self is "he"), so a company's word that is the subject of a verb later in
 * the sentence of a person named in full with that surname is the company.
 */
function subjectAfterSpeaker(tokens: readonly Token[], gaz: Gazetteer, first: number, last: number, personEnds: readonly number[]): boolean {
  const next = tokenAt(tokens, last + 1);
  if (!next || next.text !== next.lower || !SUBJECT_VERB_TAGS.has(gaz.pos.get(next.lower) ?? '') || lowerAt(tokens, first - 1) === 'the') return false;
  for (const end of personEnds) {
    if (end >= first || first - end > SENTENCE_REACH) continue;
    let sameSentence = true;
    for (let at = end + 1; at <= first && sameSentence; at++) if (tokens[at]!.sentStart || tokens[at]!.newline) sameSentence = false;
    if (sameSentence) return true;
  }
  return false;
}

/** How many tokens a sentence's subject and the name after it may stand apart. */
const SENTENCE_REACH = 40;

/**
 * Companies named in full lend their type to their short names ("Coleco" after "Coleco
 * Industries Inc"), but not to a name the text gives a person: "Trump University" leaves
 * "Trump" the person where the article names Donald Trump or Mr. Trump.
 */
const companyShortNames: DocumentStep = ({ typed, tokens, gaz }) => {
  const orgShort = new Set<string>();
  // The short names of bodies named after their town ("Cumilla" of "Cumilla University"): the town after a place preposition.
  const townShort = new Set<string>();
  // The short names of companies: bodies named after a person ("Trayvon Martin Foundation", "Jane
  // Addams School") lend theirs to no one the words alone read as a person.
  const companyShort = new Set<string>();
  for (const item of typed) {
    if (item.type !== 'organization') continue;
    const commercial = !PERSON_NAMED_BODIES.has(item.words[item.words.length - 1]!.toLowerCase());
    // "Republican" of "Republican National Committee" is the party's adjective or a member, not the committee.
    for (const short of orgShortForms(item.words, gaz)) {
      if (isPartyWord(short)) continue;
      orgShort.add(short);
      if (commercial) companyShort.add(short);
      if (TOWN_NAMED_BODIES.has(item.words[item.words.length - 1]!.toLowerCase())) townShort.add(short);
    }
  }
  if (orgShort.size === 0) return;
  const people = personKeys(typed);
  // "Bunbury residents … Bunbury Primary School": a name a rule fixed as a place elsewhere stays the town.
  const places = new Set<string>();
  for (const item of typed) if (item.type === 'place' && item.firm && !item.guess && orgShort.has(item.key)) places.add(item.key);
  for (const item of typed) {
    const plain = companyShort.has(item.key) && plainWordsPerson(item, gaz);
    if ((item.firm && !item.guess && !plain) || item.type === 'organization' || !orgShort.has(item.key) || (people.has(item.key) && !plain) || places.has(item.key)) continue;
    // "Students in Cumilla protested … Cumilla University": the town after a place preposition stays the town.
    if ((item.type === 'place' || item.type === 'other') && townShort.has(item.key) && item.candidate && TOWN_PREPOSITIONS.has(lowerAt(tokens, item.candidate.first - 1))) {
      if (item.type === 'other') {
        item.type = 'place';
        item.scores = item.scores ?? new Float32Array(LABELS.length);
      }
      continue;
    }
    item.type = 'organization';
    item.firm = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/** Nouns after a company's short name that no town has ("Concord shares fell", "Acme executives"; a town has polls). */
const COMPANY_FOLLOWERS = localeWords((locale) => [...locale.context.workforceNouns, ...locale.context.capitalFollowers, 'shares', 'stock', 'shareholders', 'stockholders', 'chairman']);
const ARTICLES_AFTER_VERB: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

/**
 * "Concord EFS … Concord shares began plummeting … the rumor that Concord is under
 * investigation": a company named in full after a town ("Waterford Wedgwood") goes by the town's
 * name, which the knowledge base files as a place. Where the text gives that short name a
 * company's noun ("shares", "executives"; not the verb of "Concord shares a border with"), every
 * mention of it is the company, save one after a place preposition ("offices in Concord").
 */
const companiesShortenedToTowns: DocumentStep = ({ typed, tokens, gaz }) => {
  let towns: Set<string> | undefined;
  for (const item of typed) {
    if (item.type !== 'organization' || item.words.length !== 2) continue;
    const first = lookupKey(item.words[0]!);
    const kinds = gaz.phrases.get(first);
    if (isPlaceKind(kinds) && !kinds!.includes('country')) (towns ??= new Set()).add(first);
  }
  if (towns === undefined) return;
  const cued = new Set<string>();
  for (const item of typed) {
    if (item.type !== 'place' || item.words.length !== 1 || !towns.has(item.key) || !item.candidate) continue;
    const next = tokenAt(tokens, item.candidate.last + 1);
    if (next && next.text === next.lower && COMPANY_FOLLOWERS.has(next.lower) && !ARTICLES_AFTER_VERB.has(lowerAt(tokens, item.candidate.last + 2))) cued.add(item.key);
  }
  if (cued.size === 0) return;
  for (const item of typed) {
    if (item.type !== 'place' || item.words.length !== 1 || !cued.has(item.key) || !item.candidate) continue;
    if (TOWN_PREPOSITIONS.has(lowerAt(tokens, item.candidate.first - 1))) continue;
    item.type = 'organization';
    item.firm = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/**
 * Whether a person's reading rests on the form of its words only: two or three plain words, no
 * title, no known given name first ("Marlow Fenwick" after "Marlow Fenwick Industries", "Severn
 * Trent" after "Severn Trent Water"), which the company's full name in the text outweighs.
 */
function plainWordsPerson(item: Typed, gaz: Gazetteer): boolean {
  return item.type === 'person' && item.words.length >= 2 && item.words.length <= 3 && item.candidate !== null && item.candidate.title === null && !gaz.firstNames.has(item.words[0]!.toLowerCase()) && !gaz.givenNames.has(item.words[0]!.toLowerCase()) && kindsOf(item, gaz) === undefined;
}

/** The names the text gives people: a person titled or named by knowledge, and the last word of a person named in full. */
function personKeys(typed: readonly Typed[]): Set<string> {
  const keys = new Set<string>();
  for (const item of typed) {
    if (item.type !== 'person') continue;
    if (item.firm && !item.guess) keys.add(item.key);
    if (item.words.length >= 2) keys.add(lookupKey(item.words[item.words.length - 1]!));
  }
  return keys;
}

/** How far back inside brackets a scorer's list is read: "(Overmars 12, Litmanen 45, Kluivert 80 …". */
const SCORERS_REACH = 24;

/**
 * Whether token `first` stands inside brackets that open right after a score on its line, with
 * only names, minutes and commas before it: "Ajax 2 (Overmars 12, Litmanen 45)".
 */
function inScorersBrackets(tokens: readonly Token[], first: number): boolean {
  for (let at = first - 1; at >= 0 && at >= first - SCORERS_REACH; at--) {
    const token = tokens[at]!;
    if (token.text === '(') return at > 0 && /^\d{1,2}$/.test(tokens[at - 1]!.text) && !tokens[at]!.newline;
    if (token.text === ')' || token.newline || !(token.word || token.text === ',' || token.text === '.' || token.text === '-' || /^\d{1,3}$/.test(token.text))) return false;
  }
  return false;
}

/** Runs and wickets of an innings: "532-8", "50-2" (two or three digits of runs, at most ten wickets; no football score). */
const RUNS_FOR_WICKETS = /^\d{2,3}-(?:10|\d)$/;
/** A completed innings' total: "210", "363". */
const INNINGS_TOTAL = /^\d{2,3}$/;

/**
 * Whether a cricket scorecard's innings starts at `at`: runs for wickets ("Essex 532-8
 * declared", "Kent 50-2"), or a total followed by "and" and a second innings, "all out" or
 * "declared" ("Yorkshire 210 and 150-3").
 */
function cricketInnings(tokens: readonly Token[], at: number): boolean {
  const score = tokenAt(tokens, at);
  if (!score) return false;
  if (runsForWickets(tokens, at)) return true;
  if (!INNINGS_TOTAL.test(score.text)) return false;
  const after = lowerAt(tokens, at + 1);
  if (after === 'and') return runsForWickets(tokens, at + 2);
  return after === 'declared' || (after === 'all' && lowerAt(tokens, at + 2) === 'out');
}

/** Whether the token at `at` is runs for wickets and no price's fraction ("308-3/4"). */
function runsForWickets(tokens: readonly Token[], at: number): boolean {
  const score = tokenAt(tokens, at);
  if (!score || !RUNS_FOR_WICKETS.test(score.text)) return false;
  const next = tokenAt(tokens, at + 1);
  return !(next && next.start === score.end && next.text.startsWith('/'));
}

/** Results tables ("Leeds 2 Chelsea 1") and cricket scorecards ("Essex 532-8 declared"): a city followed by a score is a team. */
const teamsInResultsTables: DocumentStep = ({ typed, tokens, gaz }) => {
  const scoreLines = new Map<number, boolean>();
  const lineStarts: { value: Int32Array | null } = { value: null };
  for (const item of typed) {
    if (!item.candidate || item.type === 'nationality' || (item.type === 'person' && item.firm)) continue;
    const kinds = kindsOf(item, gaz);
    if (kinds && (kinds.includes('country') || kinds.includes('demonym'))) continue;
    if (!kinds && item.words.length === 1 && isCommonLower(gaz, item.words[0]!.toLowerCase())) continue;
    const next = tokenAt(tokens, item.candidate.last + 1);
    if (!next || (!cricketInnings(tokens, item.candidate.last + 1) && (!/^\d{1,3}$/.test(next.text) || !isScoreLine(tokens, item.candidate.first, scoreLines, lineStarts)))) continue;
    // "Ajax 2 (Overmars 12, Litmanen 45)": a name and a minute inside the brackets after a side's score is a scorer.
    if (inScorersBrackets(tokens, item.candidate.first)) {
      if (item.type !== 'person') {
        item.type = 'person';
        item.firm = true;
        item.scores = item.scores ?? new Float32Array(LABELS.length);
      }
      continue;
    }
    item.type = 'organization';
    item.firm = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/**
 * Match reports ("Barcelona beat Valencia 2-1"): a city that beats or is beaten is a team.
 * In a sports report (several scores) the score need not stand in the same sentence, and a
 * city's player is its club's ("Seattle's Ken Griffey").
 */
const teamsInMatchReports: DocumentStep = (state) => {
  const { typed, tokens, gaz } = state;
  const sports = isSportsReport(tokens);
  state.sports = sports;
  const personAt = new Set<number>();
  if (sports) for (const item of typed) if (item.type === 'person' && item.candidate) personAt.add(item.candidate.first);
  for (const item of typed) {
    if (!item.candidate) continue;
    const kinds = kindsOf(item, gaz);
    // "the Blue Jays beat Boston": in a sports report an unknown plural name that plays is a team too.
    const pluralTeam = sports && item.type !== 'organization' && item.type !== 'nationality' && !item.firm && !kinds && item.scores !== null && /\p{Ll}s$/u.test(item.words[item.words.length - 1]!) && lowerAt(tokens, item.candidate.first - 1) === 'the';
    if (!pluralTeam && (item.type !== 'place' || !kinds || kinds.includes('country') || kinds.includes('demonym'))) continue;
    const next = tokenAt(tokens, item.candidate.last + 1);
    const previous = tokens[item.candidate.first - (pluralTeam ? 2 : 1)];
    // "Hamburg drew with Bremen", "lost to Bremen": the verb may take a preposition.
    const verbBefore = previous && (MATCH_VERBS.has(previous.lower) || ((previous.lower === 'with' || previous.lower === 'to') && MATCH_VERBS.has(tokens[item.candidate.first - (pluralTeam ? 3 : 2)]?.lower ?? '')));
    const player = sports && next !== undefined && (next.text === "'s" || next.text === '\u2019s') && personAt.has(item.candidate.last + 2);
    if (!(next && MATCH_VERBS.has(next.lower)) && !verbBefore && !player) continue;
    if (!player && !sports && !hasScoreNearby(tokens, item.candidate.first)) continue;
    item.type = 'organization';
    item.firm = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/**
 * A name typed firmly somewhere (knowledge, head word, results table) keeps that type everywhere;
 * a type from context ("shares of Qantas") beats a weak guess ("Qantas said" → person) elsewhere.
 */
const firmTypeEverywhere: DocumentStep = ({ typed }) => {
  const firmTypes = new Map<string, EntityType>();
  const sureTypes = new Map<string, EntityType>();
  for (const item of typed) {
    if (!item.firm || item.type === 'other') continue;
    if (!firmTypes.has(item.key)) firmTypes.set(item.key, item.type);
    if (!item.guess && !sureTypes.has(item.key)) sureTypes.set(item.key, item.type);
  }
  // A name of two words or more read as a person by its words that a rule placed by its context
  // ("in Glen Ellyn, Illinois") is the place where its words alone read it again ("Glen Ellyn
  // is 20 miles west": no person a given name and a surname spell). Only that way round: rules
  // that make a place's name a person or a body ("South Carolina" in a title) hold where they
  // stand; a one-word name ("Bryan", "Jordan") may be a person and a place in one story.
  const placed = new Set<string>();
  for (const item of typed) if (item.firm && item.made === 'person' && item.type === 'place' && item.words.length >= 2) placed.add(item.key);
  for (const item of typed) {
    if (placed.size > 0 && item.firm && item.made === 'person' && item.type === 'person' && placed.has(item.key)) {
      item.type = 'place';
      continue;
    }
    if (item.candidate?.weak || (item.firm && !(item.guess && sureTypes.has(item.key)))) continue;
    const type = sureTypes.get(item.key) ?? firmTypes.get(item.key);
    if (type === undefined) continue;
    item.type = type;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/**
 * "SADIO MANE (Liverpool)" above a profile of the player: a name in capitals is the person the
 * running text names in full with a surname it also gives alone ("Sadio Mane … Mane scored").
 * Capitals hide the case that tells a name's kind; a surname standing alone is a person's.
 * (Only people: "a Boca Raton lawyer" read as a person leaves "BOCA RATON, Fla." the place.)
 */
const namesInCapitalsAsInText: DocumentStep = ({ typed, facts }) => {
  let capitals: Typed[] | undefined;
  for (const item of typed) if (item.type !== 'person' && item.words.length >= 2 && item.words.every(isCapitalsWord)) (capitals ??= []).push(item);
  if (capitals === undefined) return;
  const people = new Set<string>();
  for (const item of typed) {
    if (item.type === 'person' && item.words.length >= 2 && !item.words.every(isCapitalsWord) && facts.namesAlone.has(item.words[item.words.length - 1]!.toLowerCase())) people.add(item.key);
  }
  for (const item of capitals) {
    if (!people.has(item.key)) continue;
    item.type = 'person';
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/** Whether a word is written in capitals ("MANE", "O'NEILL"), two letters or more. */
const isCapitalsWord = (word: string): boolean => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Acronyms defined in parentheses join their long form: "Belt and Road Initiative (BRI)". */
const acronymsInParentheses: DocumentStep = ({ typed, tokens, gaz, acronymOf }) => {
  const coined = new Set<string>();
  for (let index = 0; index + 1 < typed.length; index++) {
    const long = typed[index]!;
    if (long.scores === null && !long.firm) continue;
    const short = typed[index + 1]!;
    const open = tokenAt(tokens, long.candidate!.last + 1);
    if (!open || open.text !== '(' || !short.candidate || short.candidate.first !== long.candidate!.last + 2) continue;
    if (textAt(tokens, short.candidate.last + 1) !== ')') continue;
    const letters = short.words.join('');
    // "(ARGro)" after "Association of Rural Grocers" only joins an organisation: a coined short name.
    // "(GIHOC)" after "Ghana Industrial Holding Corporation": one spelled by its words' first syllables, too.
    if (!isAcronymOf(letters, long.words) && !(long.type === 'organization' && (isMixedCaseAcronymOf(letters, long.words) || isSyllableAcronymOf(letters, long.words)))) continue;
    short.type = long.type;
    short.scores = short.scores ?? new Float32Array(LABELS.length);
    short.firm = true;
    acronymOf.set(short, long);
    if (long.type === 'organization') coined.add(short.key);
  }
  // The company each such short name stands for, so that all its mentions join the full name.
  let standsFor: Map<string, Typed> | undefined;
  // "Rosatom (Russian State Nuclear Energy Corporation)": a one-word name with a company's full name
  // in parentheses after it is that company, however the model read it (a person's affiliation,
  // "Corbyn (Labour Party)", names no company; a known given name or surname is left alone).
  for (let index = 0; index + 1 < typed.length; index++) {
    const short = typed[index]!;
    const long = typed[index + 1]!;
    if (!short.candidate || !long.candidate || short.words.length !== 1 || long.words.length < 2 || long.type !== 'organization' || !long.firm || long.guess) continue;
    if (short.type === 'nationality' || short.type === 'organization' || (short.firm && !short.guess) || gaz.phrases.has(short.key)) continue;
    // "Kirill (Russian Orthodox Church)", "Corbyn (Labour Party)": a person with the body they belong to.
    const lower = short.words[0]!.toLowerCase();
    if (gaz.firstNames.has(lower) || gaz.givenNames.has(lower) || gaz.lastNames.has(lower) || short.candidate.title !== null || !CORPORATE_HEADS.has(long.words[long.words.length - 1]!.toLowerCase().replace(/\.$/, ''))) continue;
    if (textAt(tokens, short.candidate.last + 1) !== '(' || long.candidate.first !== short.candidate.last + 2 || textAt(tokens, long.candidate.last + 1) !== ')') continue;
    short.type = 'organization';
    short.scores = short.scores ?? new Float32Array(LABELS.length);
    short.firm = true;
    short.guess = false;
    acronymOf.set(short, long);
    coined.add(short.key);
    (standsFor ??= new Map()).set(short.key, long);
  }
  // A short name defined in parentheses keeps its organisation through the article ("ARGro wants …", "OCHA said …").
  if (coined.size === 0) return;
  for (const item of typed) {
    const long = standsFor?.get(item.key);
    if (long !== undefined && item.words.length === 1 && !acronymOf.has(item)) acronymOf.set(item, long);
    if (item.type === 'organization' || item.words.length !== 1 || !coined.has(item.key)) continue;
    item.type = 'organization';
    item.scores = item.scores ?? new Float32Array(LABELS.length);
    item.firm = true;
  }
};

/**
 * "the Sweden Democrats (SD)": a party's plural name that defines an acronym is the party.
 * "the Comisión Nacional del Mercado de Valores (CNMV) … the CNMV said": a long form read as
 * other (a term's words, by the model or the rule for terms), whose acronym in parentheses acts
 * as an organisation elsewhere in the text, is that organisation, and so is the acronym it
 * defines (one entity, one type).
 */
function bodiesOfAcronymsThatAct(typed: readonly Typed[], acronymOf: Map<Typed, Typed>, gaz: Gazetteer): void {
  if (acronymOf.size === 0) return;
  const acting = new Set<string>();
  for (const item of typed) if (item.type === 'organization' && item.firm && item.words.length === 1 && !acronymOf.has(item)) acting.add(item.key);
  for (const [short, long] of acronymOf) {
    // "the Sweden Democrats (SD)": members have no acronym; a party's plural name defining one is the party.
    if (long.type === 'other' && long.words.length >= 2 && isPartyPlural(long.words[long.words.length - 1]!)) {
      long.type = 'organization';
      short.type = 'organization';
      continue;
    }
    // (Capitalised words that define a term, "Compact Fluorescent Light (CFL)", are no body: a body's acronym acts elsewhere.)
    // (A long form without a body's head word is a term's or a document's, though its acronym "claims" something:
    // "End User Licence Agreement (EULA) … the EULA claims"; "Youth Accountability Team", "Comisión Nacional …" have one.)
    if (long.type !== 'other' || long.words.length < 2 || !acting.has(short.key) || !long.words.some((word) => isOrganisationHeadWord(word, gaz))) continue;
    long.type = 'organization';
    short.type = 'organization';
  }
}

/** An acronym in capitals: "SEC", "CNMV", "OMS". */
const CAPITALS_ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * "Comisión del Mercado de Valores de Estados Unidos (SEC)" … "Securities and Exchange
 * Commission (SEC)": an organisation's name before an acronym in parentheses that it does not
 * spell is the body the text defines that acronym for elsewhere by a name that spells it, or the
 * one the knowledge base knows by it, named in another language: both long forms and the
 * acronym are one entity (the same canonical name).
 */
const longFormsSharingAcronym: DocumentStep = ({ text, typed, tokens, gaz, acronymOf }) => {
  bodiesOfAcronymsThatAct(typed, acronymOf, gaz);
  let spelled: Map<string, Typed> | undefined;
  for (const [short, long] of acronymOf) if (long.type === 'organization' && long.words.length >= 2 && !spelled?.has(short.key)) (spelled ??= new Map()).set(short.key, long);
  for (let index = 0; index + 1 < typed.length; index++) {
    const long = typed[index]!;
    const short = typed[index + 1]!;
    // (The model may read a name in another language as other: the acronym the text spells elsewhere says what it is.)
    if ((long.type !== 'organization' && long.type !== 'other') || long.words.length < 2 || !long.candidate || !short.candidate || short.words.length !== 1 || !CAPITALS_ACRONYM.test(short.words[0]!)) continue;
    if (acronymOf.get(short) === long || textAt(tokens, long.candidate.last + 1) !== '(' || short.candidate.first !== long.candidate.last + 2 || textAt(tokens, short.candidate.last + 1) !== ')') continue;
    const other = spelled?.get(short.key);
    // ("Außenminister Heiko Mass (SPD)": only an organisation's long form takes a known acronym's body; other needs the text's own spelling.)
    if (other === long || (other === undefined && long.type !== 'organization')) continue;
    // (A body known by the acronym: its canonical name; else the long form the text spells it with.)
    const known = gaz.phrases.get(short.key)?.includes('org') === true ? gaz.canonical.get(short.key) : undefined;
    const canonical = other ? (other.canonical ??= text.slice(other.start, other.end)) : known;
    if (canonical === undefined || lookupKey(canonical) === long.key) continue;
    long.canonical = canonical;
    long.type = 'organization';
    short.type = 'organization';
    short.scores = short.scores ?? new Float32Array(LABELS.length);
    short.firm = true;
    acronymOf.set(short, other ?? long);
  }
};

/**
 * A short name an organisation is "known as" is that organisation: "the Water Services
 * Regulation Authority, known as Ofwat," (also "(known as X)", ", also known as X"); its other
 * mentions join the long form and keep the type.
 */
const namesKnownAs: DocumentStep = ({ typed, tokens, acronymOf }) => {
  const known = new Map<string, Typed>();
  for (let index = 0; index + 1 < typed.length; index++) {
    const long = typed[index]!;
    const short = typed[index + 1]!;
    if (long.type !== 'organization' || !long.candidate || !short.candidate || short.words.length > 3) continue;
    let at = long.candidate.last + 1;
    if (tokens[at]?.text !== ',' && tokens[at]?.text !== '(') continue;
    at++;
    if (tokens[at]?.lower === 'also' || tokens[at]?.lower === 'better' || tokens[at]?.lower === 'widely') at++;
    if (tokens[at]?.lower !== 'known' || tokens[at + 1]?.lower !== 'as' || short.candidate.first !== at + 2) continue;
    short.type = 'organization';
    short.scores = short.scores ?? new Float32Array(LABELS.length);
    short.firm = true;
    acronymOf.set(short, long);
    known.set(short.key, long);
  }
  if (known.size === 0) return;
  for (const item of typed) {
    const long = known.get(item.key);
    if (!long || item === long || item.type === 'organization' && acronymOf.has(item)) continue;
    item.type = 'organization';
    item.scores = item.scores ?? new Float32Array(LABELS.length);
    item.firm = true;
    acronymOf.set(item, long);
  }
};

/**
 * A text in another language: the English rules and model would read its capitalised nouns
 * as names, so only what the knowledge base knows and people with a known given name stay.
 */
const otherLanguages: DocumentStep = ({ typed, tokens, gaz }) => {
  if (!readsAsEnglish(tokens, gaz)) {
    // The words the text writes in lower case: ordinary words of its language ("speranza").
    const lowerWords = new Set<string>();
    for (const token of tokens) if (token.word && !token.cap) lowerWords.add(token.lower);
    const nouns = capitalisesNouns(tokens) ? nounsAfterArticles(tokens) : null;
    for (const item of typed) {
      if (nouns) keepGivenNameAndSurname(item, tokens, gaz, nouns);
      dropOpeningWord(item, tokens, gaz, lowerWords);
      if (readAsRomancePlace(item, tokens) || readAsCompanyOfHead(item, tokens, gaz)) continue;
      if (isLoneArticle(item, tokens) || !knownInAnyLanguage(item, gaz) && !trimToGivenName(item, tokens, gaz) && !readInOtherLanguage(item, tokens, gaz, lowerWords)) dropReading(item);
      // (Not only where the copy capitalises nouns: "zu Wort" after a surname ends a short German text's name too.)
      else cutBeforeOrigin(item, tokens, gaz);
    }
    // The people the readings above kept, read once, so that no step below sees another's changes.
    const people = peopleNamedInFull(typed);
    knownPlacesInOtherLanguages(typed, gaz, people.surnames);
    if (nouns) {
      germanGenitivesOfPeople(typed, gaz, people);
      townsReadAsNouns(typed, tokens, gaz);
    }
    surnamesInOtherLanguages(typed, people.surnames);
  }
};

/** The keys of the people a text names, and the surnames of those it names in full (two words or more). */
interface PeopleNamed {
  keys: Set<string>;
  surnames: Set<string>;
}

/** Reads {@link PeopleNamed} off the mentions typed as people. */
function peopleNamedInFull(typed: readonly Typed[]): PeopleNamed {
  const keys = new Set<string>();
  const surnames = new Set<string>();
  for (const item of typed) {
    if (item.type !== 'person') continue;
    keys.add(item.key);
    if (item.words.length >= 2) surnames.add(lookupKey(item.words[item.words.length - 1]!));
  }
  return { keys, surnames };
}

/**
 * "am Geburtstag Kim Il Sungs", "Merkels Sprecher": German writes a name's genitive with an "s"
 * and no apostrophe; a mention that is a person's name (or surname) the text gives elsewhere,
 * plus that "s", is the person, its span the name without the ending.
 */
function germanGenitivesOfPeople(typed: readonly Typed[], gaz: Gazetteer, people: PeopleNamed): void {
  const isName = (key: string): boolean => people.keys.has(key) || people.surnames.has(key);
  for (const item of typed) {
    const last = item.words[item.words.length - 1]!;
    // (A given name alone is its own: "Thomas" is no genitive of a "Thoma".)
    if (last.length < 4 || !last.endsWith('s') || (item.words.length === 1 && isKnownGivenName(last, gaz))) continue;
    const words = [...item.words.slice(0, -1), last.slice(0, -1)];
    const key = lookupKey(words.join(' '));
    if (!isName(key)) continue;
    item.words = words;
    item.key = key;
    item.end -= 1;
    item.type = 'person';
    item.firm = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
}

/**
 * "das Leiden", "das Essen", "die Male": in German copy a town's name right after an article is
 * the noun it also is (a country keeps its article: "die Schweiz", "der Iran"); "wegen Corona",
 * "Leiden und Sterben": a noun named like a town abroad is the noun, save after a place preposition.
 */
function townsReadAsNouns(typed: readonly Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let named: Uint8Array | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (item.type !== 'place' || item.words.length !== 1 || !candidate || candidate.first !== candidate.last) continue;
    const before = tokens[candidate.first - 1];
    const lowerBefore = before !== undefined && before.word ? before.lower : undefined;
    if (isGermanNounNamedLikeTown(item.key, lowerBefore)) {
      dropReading(item);
      continue;
    }
    const kinds = kindsOf(item, gaz);
    if (kinds === undefined || !kinds.every((kind) => kind === 'city')) continue;
    if (before !== undefined && isGermanArticle(before.lower)) dropReading(item);
    else if (listedWithNouns(candidate.first, tokens, (named ??= namedTokens(typed, tokens.length)))) dropReading(item);
  }
}


/**
 * "Garching bei München, dem Sitz des …": in another language's text the English model reads
 * a known place's name as a person by English cues (a name, a comma, a phrase); the knowledge
 * base decides instead, unless the text names a person with that surname ("Michael Jordan …
 * Jordan").
 */
function knownPlacesInOtherLanguages(typed: readonly Typed[], gaz: Gazetteer, surnames: ReadonlySet<string>): void {
  for (const item of typed) {
    if (item.type !== 'person' || item.words.length !== 1 || surnames.has(item.key)) continue;
    if (isOnlyPlace(kindsOf(item, gaz))) item.type = 'place';
  }
}

/**
 * "El ministro …, Eduardo González, … En principio González solo atinó …": in another
 * language's text, a surname alone is the person kept in full, as `surnamesOfPeople` does for
 * English (whose readings this step dropped with every unknown word).
 */
function surnamesInOtherLanguages(typed: readonly Typed[], surnames: ReadonlySet<string>): void {
  if (surnames.size === 0) return;
  for (const item of typed) {
    if (item.type !== 'other' || item.firm || item.scores !== null || item.words.length !== 1 || !PLAIN_NAME.test(item.words[0]!) || !surnames.has(item.key)) continue;
    item.type = 'person';
    item.firm = true;
    item.scores = new Float32Array(LABELS.length);
  }
}

/** Whether `word` stands in the text as a word of its own (no letter or digit touching it). */
function hasWord(text: string, word: string): boolean {
  const isWordChar = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && !isWordChar(text.charCodeAt(at + word.length) || 32)) return true;
  }
  return false;
}

/** Country → its demonyms ("Germany" → "German"), for {@link nationalAcronymsInContext}. */
const DEMONYMS_OF = new Map<string, string[]>();
for (const [demonym, country] of Object.entries(DEMONYMS)) DEMONYMS_OF.set(country, [...(DEMONYMS_OF.get(country) ?? []), demonym]);

/**
 * "shot by SPD officers" in a story about Spokane: a national body's acronym is named by its
 * long form ("Social Democratic Party") only where the text supports it, naming the long form,
 * the country, its capital or its people; otherwise the acronym stays the entity's name.
 */
const nationalAcronymsInContext: DocumentStep = ({ kept, text }) => {
  const supported = new Map<string, boolean>();
  for (const item of kept) {
    const surface = item.words.length === 1 ? item.words[0]! : '';
    const places = NATIONAL_ACRONYMS[surface];
    if (!places || !item.canonical || item.canonical === surface) continue;
    const canonical = item.canonical;
    let ok = supported.get(surface);
    if (ok === undefined) {
      ok = hasWord(text, canonical) || places.some((place) => hasWord(text, place) || (DEMONYMS_OF.get(place) ?? []).some((demonym) => hasWord(text, demonym)));
      supported.set(surface, ok);
    }
    if (!ok) item.canonical = undefined;
  }
};

const LEGAL_FORM_WORDS = localeWords((locale) => [...locale.names.legalForms, 'corp', 'co']);

/**
 * "Bursa Malaysia Bhd … Bursa Malaysia said": a company named with its legal form lends its name
 * without it to two names that stand side by side and spell it, which the knowledge base had read
 * as two places (a city, a country); they are one organisation.
 */
const companiesSplitIntoPlaces: DocumentStep = ({ typed }) => {
  let names: Set<string> | undefined;
  for (const item of typed) {
    if (item.type !== 'organization' || item.words.length < 3) continue;
    const last = item.words[item.words.length - 1]!.toLowerCase().replace(/\.$/, '');
    if (!LEGAL_FORM_WORDS.has(last)) continue;
    (names ??= new Set()).add(lookupKey(item.words.slice(0, -1).join(' ')));
  }
  if (names === undefined) return;
  for (let index = 0; index + 1 < typed.length; index++) {
    const first = typed[index]!;
    const second = typed[index + 1]!;
    if (!first.candidate || !second.candidate || second.candidate.first !== first.candidate.last + 1 || first.type === 'other' || second.type === 'other') continue;
    const words = [...first.words, ...second.words];
    if (!names.has(lookupKey(words.join(' ')))) continue;
    first.type = 'organization';
    first.scores = first.scores ?? new Float32Array(LABELS.length);
    mergeReadings(first, second, words);
  }
};

/** Makes the first of two readings span both with `words`, firmly, and drops the second. */
function mergeReadings(first: Typed, second: Typed, words: string[]): void {
  first.end = second.end;
  first.words = words;
  first.key = lookupKey(words.join(' '));
  first.candidate = { ...first.candidate!, end: second.candidate!.end, words, last: second.candidate!.last };
  first.firm = true;
  first.guess = false;
  first.canonical = undefined;
  first.country = undefined;
  dropReading(second);
}

/**
 * "the Gulf of Mexico", "the Gulf of Aden": a place's head that the knowledge base also knows
 * alone ("the Gulf"), "of" and a place were read as two places; the three words are one water
 * or land, as "Bay of Bengal" and "Strait of Hormuz" already are.
 */
const placeHeadsOfPlaces: DocumentStep = ({ typed, tokens, gaz }) => {
  for (let index = 0; index + 1 < typed.length; index++) {
    const head = typed[index]!;
    const place = typed[index + 1]!;
    if (head.type !== 'place' || place.type !== 'place' || head.words.length !== 1 || !head.candidate || !place.candidate || !gaz.placeHeads.has(head.key)) continue;
    if (place.candidate.first === head.candidate.last + 2 && textAt(tokens, head.candidate.last + 1) === 'of') mergeReadings(head, place, [...head.words, 'of', ...place.words]);
  }
};

/** What is still a name stays, with the names on the all-caps lines. */
const keepNames: DocumentStep = (state) => {
  let kept: Typed[] = state.typed.filter((item) => item.type !== 'other' || item.scores !== null || item.type === 'other' && item.firm);
  kept = kept.filter((item) => !(item.type === 'other' && item.scores === null && !item.firm));
  kept.push(...state.capsMentions);
  state.kept = kept;
};

/**
 * The document's rules, in order; each one reads what the steps before it decided, so the
 * order is part of the behaviour.
 */
const DOCUMENT_STEPS: readonly DocumentStep[] = [
  readCandidates,
  // "Bashar al-Assad met …": name words ending in a surname with a hyphened particle.
  ({ typed, gaz, tokens }) => peopleWithParticleSurnames(typed, gaz, tokens),
  // Context: what is no name where it stands, market indices, organisations by the words around them.
  ({ typed, tokens, gaz }) => notNames(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => marketIndices(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationContexts(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationsByNoun(typed, tokens, gaz),
  // "The Independent reported", "a writer for The Onion": publications.
  ({ typed, tokens, gaz }) => publicationsByCue(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationPartners(typed, tokens, gaz),
  ({ typed }) => streetsByForm(typed),
  ({ typed, tokens, gaz }) => placesInRegions(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => placesOfResidents(typed, tokens, gaz),
  ({ typed, gaz }) => noPersonBeforeCountry(typed, gaz),
  ({ typed, tokens, gaz }) => brandsNamedLikePlaces(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => peopleByApposition(typed, tokens, gaz),
  // "baby Elizabeth": a given name that is also a town, after a noun of kin.
  ({ typed, tokens, gaz }) => peopleAfterKinNoun(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationsByApposition(typed, tokens, gaz),
  // "Magdalena Medio, a region along the river": a settlement by its apposition.
  ({ typed, tokens, gaz }) => placesByApposition(typed, tokens, gaz),
  // "Acme Inc of Trenton, a maker of …": where a company is, after its legal form and "of".
  ({ typed, tokens, gaz }) => seatsOfCompanies(typed, tokens, gaz),
  // "Emirates orders 50 jets", "Unison, which represents nurses", "Zomato said its losses …": companies by what they do.
  ({ typed, tokens, gaz }) => organisationsByBusinessVerb(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationsByRelativeClause(typed, tokens, gaz),
  // "Talbrook agreed to buy Verlo", "Corvina and Teldex agreed to merge".
  ({ typed, tokens, gaz }) => organisationsInDeals(typed, tokens, gaz),
  // "Italy's Snam has started talks to buy …": a country's one unknown word that does business.
  ({ typed, tokens, gaz }) => companiesOfCountries(typed, tokens, gaz),
  // "Fulham's biggest victory": a town's or an unknown word's possessive with a match's result is a side.
  (state) =>
    sidesByPossessedResult(
      state.typed,
      state.tokens,
      state.gaz,
      state.sports || (state.facts.sports && hasMatchResult(state.tokens)) || resultClause(state) || tableGap(state) || hasFixtureClause(state.tokens, state.gaz, state.facts) || reportWords(state),
    ),
  // "The sale was advised by Lazard and Rothschild": the firms that advise a deal.
  ({ typed, tokens, gaz }) => advisersOfDeals(typed, tokens, gaz),
  // "Series A funding led by Benchmark", "participation from Atomico and Eurazeo": a round's investors.
  ({ typed, tokens, gaz }) => investorsOfRounds(typed, tokens, gaz),
  // "Fidesz won 133 seats": a party by the seats it wins.
  ({ typed, tokens, gaz }) => partiesBySeats(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationsSayingIts(typed, tokens, gaz),
  // "Norwegian will open new routes", "American said it …": a company named after a nation.
  ({ typed, tokens, gaz }) => companiesNamedByDemonym(typed, tokens, gaz),
  // "Shares of Norsk Hydro fell": unknown words read as a person by their form, in a company's context.
  ({ typed, tokens, gaz }) => companiesReadAsPeople(typed, tokens, gaz),
  // "Morgan Stanley posted results": a given name and a surname in a company's context, with no person's evidence in the text.
  ({ typed, tokens, gaz }) => companiesNamedLikeFullNames(typed, tokens, gaz),
  // "ShoreTel expects …": a word with a capital inside after lower-case letters is a company's coinage.
  ({ typed, tokens, gaz }) => camelCaseCompanies(typed, tokens, gaz),
  // "Tiffany also upped its full-year forecast": one word read as a person that moves a company's measure.
  ({ typed, tokens, gaz }) => companiesMovingTheirMeasures(typed, tokens, gaz),
  // "Macy's department store", "Kohl's stores": a retailer named in the possessive.
  ({ typed, tokens, gaz }) => retailersByOutlets(typed, tokens, gaz),
  // "Thomson shares rose" beside "David Thomson": a company named like the text's person, at that mention.
  ({ typed, tokens }) => firmsNamedLikeTheTextsPeople(typed, tokens),
  // "Georgia Pacific said": a place and one more word that speak as a body.
  ({ typed, tokens, gaz }) => organisationsNamedByPlace(typed, tokens, gaz),
  // "Aer Lingus will cut 2,000 jobs, the airline said": a subject the sentence names by its kind.
  ({ typed, tokens, gaz }) => subjectsNamedByKindLater(typed, tokens, gaz),
  // "Okafor, the union's founder, said": a person by the role an apposition gives them.
  ({ typed, tokens, gaz, facts }) => peopleByRole(typed, tokens, gaz, facts.sports, facts.lowerWords),
  // "The event's director, Jürgen Lock, called …": a name in commas after a role.
  ({ typed, tokens, gaz }) => peopleAfterRole(typed, tokens, gaz),
  // "Rangers striker Ally McCoist": a player after a role of the playing side.
  (state) => playersAfterRole(state.typed, state.tokens, state.gaz, state.sports || state.facts.sports || reportWords(state) || resultClause(state) || tableGap(state)),
  ({ typed, tokens, gaz }) => peopleBySpeechPronoun(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => schoolsByHead(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => employersOfPeople(typed, tokens, gaz),
  ({ typed, gaz }) => namesOfThings(typed, gaz),
  // "released “Battlefield V,”": a name alone in quotation marks is a title.
  ({ typed, tokens, gaz }) => quotedTitles(typed, tokens, gaz),
  // "the BBC drama Silent Harbour": a name right after a kind of creative work is its title.
  ({ typed, tokens, gaz }) => worksAfterGenreNoun(typed, tokens, gaz),
  poolVotes,
  ({ typed, tokens, gaz }) => titlesAfterCapitalThe(typed, tokens, gaz),
  surnamesOfPeople,
  // A surname or given name alone is the person named in full earlier, even when it is also a city.
  ({ typed, tokens, gaz }) => namesOfPeople(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => givenNamesThatSpeak(typed, tokens, gaz),
  // "Florence Pugh … Florence thanked her family": a given name alone after the full name, before a verb.
  ({ typed, tokens, gaz }) => givenNamesOfPeopleNamedInFull(typed, tokens, gaz),
  // "Asset Management", "Cystic Fibrosis": ordinary words only the model read as a person.
  ({ typed, gaz }) => commonWordsReadAsPeople(typed, gaz),
  // "a Chicano group": a capitalised modifier between an article and a noun is no person.
  ({ typed, tokens, gaz }) => modifiersAfterArticle(typed, tokens, gaz),
  // "Elgeyo Marakwet, West Pokot and Baringo counties": names listed before a plural place noun.
  ({ typed, tokens, gaz }) => namesBeforePluralPlaceNoun(typed, tokens, gaz),
  // "Macintosh computers": a one-word name before a plural noun of goods is a make, no person (after the lists of such names are read).
  ({ typed, tokens, gaz }) => makesBeforeProducts(typed, tokens, gaz),
  // "Dara Okafor scored 22 points", "10 rebounds from Lind": a name with a box score is a player.
  ({ typed, tokens, gaz }) => playersByStatLine(typed, tokens, gaz),
  // "hotels in Hadibo": a name only the model reads as a person, after "in", is a place.
  ({ typed, tokens, gaz }) => placesAfterIn(typed, tokens, gaz),
  // "in Leslie, about 77 miles north of Little Rock": a name a distance from a place.
  ({ typed, tokens }) => placesByDistance(typed, tokens),
  // "from Heathrow and Gatwick": an unknown word joined to a place after a place preposition is a place.
  ({ typed, tokens, gaz }) => placePartners(typed, tokens, gaz),
  // "a diversion via Alby, Brent Hollow and Carrow": three names or more listed after a place preposition.
  ({ typed, tokens, gaz }) => placeLists(typed, tokens, gaz),
  // "Smith and Bourla will meet": an unknown word joined to a person, the pair doing something.
  ({ typed, tokens, gaz }) => peoplePartners(typed, tokens, gaz),
  // "Alcaraz will have a better career than Jannik Sinner": a name compared with a person.
  ({ typed, tokens, gaz }) => peopleComparedWithPeople(typed, tokens, gaz),
  // "Jannik Sinner beat Carlos Alcaraz": one who beats or plays against a person is a person.
  ({ typed, tokens, gaz }) => peopleFacingPeople(typed, tokens, gaz),
  // "The Waterloo, Ontario-based company": the town a region's "-based" compound follows.
  ({ typed, tokens, gaz }) => placesBeforeRegionCompound(typed, tokens, gaz),
  // "Leeds striker Tony Yeboah": a city's club; "Labour leader Tony Blair": a party.
  (state) => clubsByRole(state.typed, state.tokens, state.gaz, state.sports || state.facts.sports || reportWords(state) || resultClause(state) || tableGap(state)),
  ({ typed, tokens, gaz }) => organisationsByRole(typed, tokens, gaz),
  // "according to Refinitiv", "Cirium schedule data": a data firm the model read as a person.
  ({ typed, tokens, gaz }) => dataProviders(typed, tokens, gaz),
  companyShortNames,
  companiesShortenedToTowns,
  teamsInResultsTables,
  teamsInMatchReports,
  // Clubs by what they do in a sports report: "Juventus lost 1-0 to Napoli", "Munich remains second".
  (state) =>
    sidesInSportsReports(
      state.typed,
      state.tokens,
      state.gaz,
      state.sports || (state.facts.sports && hasMatchResult(state.tokens)) || resultClause(state) || tableGap(state) || hasFixtureClause(state.tokens, state.gaz, state.facts) || reportWords(state),
    ),
  ({ typed, tokens, gaz, sports, facts }) => teamsByPlural(typed, tokens, gaz, sports || facts.sports),
  // "c Latif b Wasim 31": a scorecard's fielders and bowlers.
  ({ typed, tokens }) => cricketDismissals(typed, tokens),
  // "The Springboks won the final": a plural name that wins a match, in any text.
  ({ typed, tokens, gaz }) => teamsWinningContests(typed, tokens, gaz),
  // "a showdown between the Cavs and the Warriors": two plural names a contest is between.
  ({ typed, tokens, gaz }) => teamsInContestPairs(typed, tokens, gaz),
  // "Hornet Dara Okafor" with "the Hornets" a side in the text: the side's singular before a player's name (after the sides are read).
  ({ typed, tokens, gaz }) => playersAfterSideSingular(typed, tokens, gaz),
  // "played for Leicester before joining Everton": the town one plays for or joins is its club.
  ({ typed, tokens, gaz }) => clubsJoinedOrPlayedFor(typed, tokens, gaz),
  // "the Labour MP for Newcastle Central": a legislator's constituency is a place.
  ({ typed, tokens, gaz }) => constituenciesOfLegislators(typed, tokens, gaz),
  // "Everton have signed the defender from Lille": clubs deal in players.
  ({ typed, tokens, gaz }) => clubsInTransfers(typed, tokens, gaz),
  // "Chelsea's Gianluca Vialli scored the winner": a scorer's side.
  ({ typed, tokens, gaz }) => clubsOfScorers(typed, tokens, gaz),
  // "Chilean Bravo saved a penalty … Bravo denied him again": a nationality's one word the report gives alone is the player.
  (state) =>
    playersAfterNationality(
      state.typed,
      state.tokens,
      state.gaz,
      state.facts.namesAlone,
      state.sports || (state.facts.sports && hasMatchResult(state.tokens)) || resultClause(state) || tableGap(state) || hasFixtureClause(state.tokens, state.gaz, state.facts) || reportWords(state),
    ),
  // "RJ Barrett had 16 points … Barrett scored": a model's place whose last word the text gives alone as a person.
  ({ typed, tokens, gaz }) => fullNamesOfPeopleNamedAlone(typed, tokens, gaz),
  // "Mikevious Young pled guilty": a model's place that does what only people do.
  ({ typed, tokens, gaz }) => peopleByDeed(typed, tokens, gaz),
  // "the Krzr, Rizr and 3G Razr": names listed after "the" with a thing first are things.
  ({ typed, tokens, gaz }) => thingsListedAfterThe(typed, tokens, gaz),
  // "Goldman, Sachs and Co": the partners listed with commas before "and Co" are the firm's name.
  ({ typed, tokens, gaz }) => partnersListedBeforeFirms(typed, tokens, gaz),
  firmTypeEverywhere,
  // "Beds, Herts and Bucks": a county's short form listed with another place.
  ({ typed, tokens }) => countyShortForms(typed, tokens),
  // "Listowel, Co. Kerry": an Irish county after "Co." and its town.
  ({ typed, tokens, gaz }) => irishCounties(typed, tokens, gaz),
  // "Hartford, CT", "Moline, Ill.": a state's code after a town (after the spread: "the funeral Mass" keeps its word).
  ({ typed, tokens }) => stateCodesAfterTowns(typed, tokens),
  // After the types have spread: the party named elsewhere lends its adjective no type.
  ({ typed, tokens, gaz }) => partyAdjectives(typed, tokens, gaz),
  // "the Social Democrats": an adjective and a party's plural name a party.
  ({ typed, gaz }) => partiesByQualifiedPlural(typed, gaz),
  // A one-word place that only the model read, never after a place preposition, is no place.
  ({ typed, tokens, gaz }) => unsupportedPlaces(typed, tokens, gaz),
  // An acronym that lower-case words define is a term: "gross domestic product (GDP)".
  ({ typed, tokens, gaz }) => termAcronyms(typed, tokens, gaz),
  // "Read more: Flood Waters Reach Town Centre": a related story's headline gives known names only.
  ({ typed, tokens, gaz }) => relatedStoryHeadlines(typed, tokens, gaz),
  // "Marathon runner gets engaged at finish line": a teaser's first word guessed as a company.
  ({ typed, tokens }) => companyWordsOpeningTeasers(typed, tokens),
  // "Trump Says He Will Act": a headline in title case keeps the names the article knows.
  ({ text, typed, tokens, gaz }) => titleCaseHeadlines(text, typed, tokens, gaz),
  // "Donald Trump Rampages Through Iowa": a known full name run on into a headline's verb.
  ({ text, typed, tokens, gaz }) => personRunsIntoHeadlineWords(text, typed, tokens, gaz),
  // "fellow Kentuckian Rand Paul": a capitalised word run on before a known full name.
  ({ typed, tokens, gaz }) => wordsBeforeKnownPeople(typed, tokens, gaz),
  // "Union Minister Hardeep Singh Puri": a level of government before a minister's title qualifies it.
  ({ typed, tokens }) => qualifiersOfOffices(typed, tokens),
  // "Hurricane Milton … Milton weakened": a storm and its bare name.
  ({ typed, tokens }) => namedStorms(typed, tokens),
  // "Valentine's Day", "New Year's Eve": no person "Valentine", no "Eve".
  ({ typed, tokens }) => holidaysInPossessive(typed, tokens),
  ({ typed, tokens, gaz }) => countiesInPossessive(typed, tokens, gaz),
  // Headlines and datelines in capitals: names known from the text or the knowledge base (read before acronyms retype).
  (state) => {
    state.capsMentions = tagCapsLines(state.tokens, state.typed, state.gaz);
  },
  namesInCapitalsAsInText,
  acronymsInParentheses,
  namesKnownAs,
  companiesSplitIntoPlaces,
  placeHeadsOfPlaces,
  otherLanguages,
  // "Comisión del Mercado de Valores de Estados Unidos (SEC)": a long form in another language of an acronym defined or known (once other languages' names are read).
  longFormsSharingAcronym,
  keepNames,
  // "Manchester City … City's second goal": a club's last word alone, in a sports text.
  (state) => {
    state.kept.push(...clubShortForms(state.typed, state.kept, state.tokens, state.sports || state.facts.sports));
  },
  nationalAcronymsInContext,
  // Optional second opinion from compromise's full tagger.
  (state) => {
    if (state.options.nlp) state.kept.push(...compromiseMentions(state.text, state.kept, state.options.nlp));
  },
  // A newsroom's own lexicon wins over everything else.
  (state) => {
    const lexiconMentions = findLexiconEntries(state.text, state.options.lexicon);
    if (lexiconMentions.length > 0) {
      const covered = coverage(lexiconMentions);
      state.kept = state.kept.filter((item) => !covered(item.start, item.end));
      state.kept.push(...lexiconMentions);
    }
  },
];

/**
 * Tags people, organizations, places and nationalities in news text and groups their mentions
 * into entities ("Wang" → "Wang Youming", "U.S." = "US" = "United States").
 *
 * Spans follow CoNLL conventions: no title inside a person ("President Bill Clinton" →
 * "Bill Clinton"), no trailing punctuation or possessive 's, organisation names whole ("Bank
 * of England"), "Xinhua news agency" → "Xinhua". Nationality words are `nationality`.
 *
 * @example
 * tagEntities('Peruvian President Dina Boluarte met Xi Jinping in Beijing. Boluarte said ...').entities
 * //=> [{ id: 'e1', type: 'nationality', name: 'Peruvian', country: 'Peru', ... },
 * //    { id: 'e2', type: 'person', name: 'Dina Boluarte', aliases: ['Boluarte'], mentions: 2 }, ...]
 */
export function tagEntities(text: string, options?: TagEntitiesOptions): TagEntitiesResult {
  assertText(text, 'tagEntities');
  const checked = checkOptions(options, text);
  const gaz = gazetteer();
  const tokens = tokenize(text, checked.analysis);
  const facts = documentFacts(tokens);
  const state: DocumentState = { text, options: checked, gaz, tokens, facts, typed: [], sports: false, capsMentions: [], acronymOf: new Map(), kept: [], clues: {} };
  for (const step of DOCUMENT_STEPS) step(state);

  // One mention per stretch of text, of the types asked for.
  const wanted = checked.types;
  const kept = state.kept;
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionsTyped: Typed[] = [];
  let lastEnd = -1;
  for (const item of kept) {
    if (item.start < lastEnd || item.end <= item.start) continue;
    if (!wanted.has(item.type)) continue;
    mentionsTyped.push(item);
    lastEnd = item.end;
  }
  const result = group(text, mentionsTyped, state.acronymOf, gaz);
  tellGenders(result, text, gaz);
  return result;
}

/**
 * Whether a range overlaps any of the given spans: the spans are merged once and each question
 * is a binary search, so filtering every mention against every lexicon hit stays n log n.
 */
function coverage(spans: ReadonlyArray<{ start: number; end: number }>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const span of sorted) {
    if (ends.length > 0 && span.start < ends[ends.length - 1]!) ends[ends.length - 1] = Math.max(ends[ends.length - 1]!, span.end);
    else {
      starts.push(span.start);
      ends.push(span.end);
    }
  }
  return (start, end) => {
    // The last merged span that starts before `end`.
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < end) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && ends[found]! > start;
  };
}

/**
 * Whether a name reads the same in any language: known to the knowledge base, or a known given
 * name and a surname ("Peter Tschentscher"). A knowledge-base acronym counts only in capitals:
 * German "Mit" opening a sentence is "with", not MIT (English "Nasa" is left to the English rules).
 */
function knownInAnyLanguage(item: Typed, gaz: Gazetteer): boolean {
  if (item.words.length === 1 && (isAcronymInTitleCase(item.words[0]!, item.key) || isBareBodyHead(item.words[0]!) || isGermanFunctionWord(item.words[0]!))) return false;
  if (item.type === 'nationality' || kindsOf(item, gaz) !== undefined) return true;
  const words = item.words;
  // ("Robert Koch-Institut" is the institute named after him.)
  return item.type === 'person' && words.length >= 2 && words.length <= 3 && isKnownGivenName(words[0]!, gaz) && words.every((word) => PLAIN_NAME.test(word)) && !endsInBodyHead(words[words.length - 1]!);
}


/**
 * "Bürgermeister Peter Tschentscher": in another language an unknown capitalised word (a
 * noun, a title) may open the run; the person starts at a known given name two or three words
 * from its end. Narrows the mention to that name and says whether it did.
 */
function trimToGivenName(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate;
  if (!candidate || candidate.last - candidate.first + 1 !== item.words.length) return false;
  for (let index = Math.max(1, item.words.length - 3); index <= item.words.length - 2; index++) {
    const words = item.words.slice(index);
    if (!isKnownGivenName(words[0]!, gaz) || !words.every((word) => PLAIN_NAME.test(word))) continue;
    // "María José Pérez García": a name that opens with a known given name is the person's from its first word.
    if (item.words.length <= 4 && isKnownGivenName(item.words[0]!, gaz) && item.words.every((word) => PLAIN_NAME.test(word))) {
      item.type = 'person';
      item.firm = true;
      item.scores = item.scores ?? new Float32Array(LABELS.length);
      return true;
    }
    const first = tokens[candidate.first + index];
    if (!first || first.text !== words[0]) return false;
    item.start = first.start;
    item.words = words;
    item.key = lookupKey(words.join(' '));
    item.type = 'person';
    item.firm = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
    return true;
  }
  return false;
}


/** Takes a mention's reading away: it is then no name. */
function dropReading(item: Typed): void {
  item.type = 'other';
  item.firm = false;
  item.scores = null;
}



const MATCH_VERBS = localeWords((locale) => locale.sports.matchVerbs);

/** Whether a score ("2-1", "6-3") stands in the same sentence, within a few words. */
function hasScoreNearby(tokens: readonly Token[], index: number): boolean {
  const isScore = (token: Token): boolean => /^\d{1,3}-\d{1,3}$/.test(token.text);
  for (let at = index; at < tokens.length && at < index + 15; at++) {
    const token = tokens[at]!;
    if (at > index && (token.newline || token.text === '.')) break;
    if (isScore(token)) return true;
  }
  for (let at = index - 1; at >= 0 && at > index - 15; at--) {
    const token = tokens[at]!;
    if (token.text === '.') break;
    if (isScore(token)) return true;
    if (token.newline) break;
  }
  return false;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Whether the text reads like a sports report: three or more match scores ("2-1", "6-3"). */
function isSportsReport(tokens: readonly Token[]): boolean {
  let scores = 0;
  // A score opens with a digit: other tokens are ruled out by their first character, without the expression.
  // (An indexed loop that adds 1 or 0 and compares on every token: an increment, and the array
  // iterator's close on the early return, first ran after V8 had optimised this loop, two deopts.)
  for (let at = 0; at < tokens.length; at++) {
    const text = tokens[at]!.text;
    scores += isDigitCode(text.charCodeAt(0)) && /^\d{1,2}-\d{1,2}$/.test(text) ? 1 : 0;
    if (scores >= 3) return true;
  }
  return false;
}

/** Whether the token's line reads like a results table: many numbers, few lower-case words. */
function isScoreLine(tokens: readonly Token[], index: number, cache: Map<number, boolean>, lineStarts: { value: Int32Array | null }): boolean {
  if (!lineStarts.value) {
    const starts = new Int32Array(tokens.length);
    for (let at = 1; at < tokens.length; at++) starts[at] = tokens[at]!.newline ? at : starts[at - 1]!;
    lineStarts.value = starts;
  }
  const from = lineStarts.value[index] ?? 0;
  const known = cache.get(from);
  if (known !== undefined) return known;
  const result = scoreLine(tokens, from);
  cache.set(from, result);
  return result;
}

function scoreLine(tokens: readonly Token[], from: number): boolean {
  let numbers = 0;
  let lowers = 0;
  for (let at = from; at < tokens.length && (at === from || !tokens[at]!.newline); at++) {
    const token = tokens[at]!;
    if (/^\d/.test(token.text)) numbers++;
    else if (token.word && !token.cap && !token.upper) lowers++;
  }
  return numbers >= 2 && lowers <= 1;
}

/** Whether a word of the text stands on a line in capitals (a headline, a dateline). */
function hasCapsLineWord(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (token.capsLine && token.word) return true;
  return false;
}

/** Tags the all-caps lines: text-known names first, then the knowledge base (longest match). */
function tagCapsLines(tokens: readonly Token[], typed: readonly Typed[], gaz: Gazetteer): Typed[] {
  const out: Typed[] = [];
  // Most texts have no line in capitals: the names the text spells are gathered only for one
  // that has, so that V8 optimises the reading of such lines only after it has seen some (code
  // optimised on texts without them stopped, and was compiled again, at the first one).
  if (!hasCapsLineWord(tokens)) return out;
  const known = new Map<string, EntityType>();
  const surnameKeys = new Map<string, EntityType>();
  for (const item of typed) {
    if (item.type === 'other' && !item.firm) continue;
    if (item.type === 'other') continue;
    known.set(item.key, item.type);
    if (item.type === 'person') {
      const parts = item.key.split(' ');
      if (parts.length >= 2) surnameKeys.set(parts[parts.length - 1]!, 'person');
    }
  }
  const maxWords = Math.max(gaz.maxWords, 4);
  // Word prefixes of the names the text spells, so that a longest match grows only while it can still match.
  const knownPrefixes = new Set<string>();
  for (const key of known.keys()) {
    let space = key.indexOf(' ');
    for (let words = 1; space > 0 && words < maxWords; words++, space = key.indexOf(' ', space + 1)) knownPrefixes.add(key.slice(0, space));
  }
  const phrases: string[] = [];
  const scoreLines = new Map<number, boolean>();
  const lineStarts: { value: Int32Array | null } = { value: null };
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!token.capsLine || !token.word) {
      index++;
      continue;
    }
    let matched = 0;
    let type: EntityType | null = null;
    let canonical: string | undefined;
    let country: string | undefined;
    phrases.length = 0;
    phrases.push(token.key);
    for (let at = index + 1; phrases.length < maxWords; at++) {
      const item = tokens[at];
      const last = phrases[phrases.length - 1]!;
      if (!item || !item.capsLine || !item.word || item.newline || !(gaz.prefixes.has(last) || knownPrefixes.has(last))) break;
      phrases.push(`${last} ${item.key}`);
    }
    for (let length = phrases.length; length >= 1; length--) {
      const key = phrases[length - 1]!;
      const fromText = known.get(key) ?? (gaz.phrases.has(key) ? undefined : surnameKeys.get(key));
      if (fromText) {
        type = fromText;
        matched = length;
        break;
      }
      const kinds = gaz.phrases.get(key);
      if (!kinds) continue;
      if (length === 1 && token.text.length <= 2 && !kinds.includes('country')) continue;
      if (length === 1 && isCommonLower(gaz, token.lower) && !kinds.some((kind) => kind === 'country' || kind === 'demonym' || kind === 'agency' || kind === 'org')) continue;
      if (kinds.includes('demonym')) {
        type = 'nationality';
        country = demonymCountry(gaz, key);
      } else if (kinds.includes('agency') || kinds.includes('org') || kinds.includes('team')) type = 'organization';
      else if (isPlaceKind(kinds)) type = 'place';
      else continue;
      canonical = gaz.canonical.get(key);
      matched = length;
      break;
    }
    if (matched === 0) {
      // "LONDON (Reuters) -", "BEIJING, June 27": a dateline names a place.
      index++;
      continue;
    }
    const last = tokens[index + matched - 1]!;
    // "NEW YORK 74 57 .565": a city in a standings table is its team.
    const after = tokens[index + matched];
    if (type === 'place' && after && /^\d{1,3}$/.test(after.text) && !gaz.phrases.get(phrases[matched - 1]!)?.includes('country') && isScoreLine(tokens, index, scoreLines, lineStarts)) type = 'organization';
    const words: string[] = [];
    for (let at = index; at < index + matched; at++) words.push(tokens[at]!.text);
    out.push(typedMention({ start: token.start, end: last.end, words, key: lookupKey(words.join(' ')), candidate: null }, type!, true, null, canonical, country));
    index += matched;
  }
  return out;
}

const TRAILING = new Set([' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', ')', '"', '\u201d', '\u2019']);

/** compromise's own people, places and organisations where ours found nothing. */
function compromiseMentions(text: string, kept: readonly Typed[], nlp: CompromiseNlp): Typed[] {
  const out: Typed[] = [];
  const taken = coverage(kept);
  const document = nlp(text);
  const collect = (view: CompromiseMatches, type: EntityType): void => {
    for (const item of view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
      let start = item.offset.start;
      let end = start + item.offset.length;
      // compromise's offsets include trailing punctuation and possessives.
      while (end > start && TRAILING.has(text[end - 1]!)) end--;
      if (end - 2 > start && /['\u2019]s$/i.test(text.slice(end - 2, end))) end -= 2;
      else if (end - 1 > start && /['\u2019]/.test(text[end - 1]!)) end--;
      const surface = text.slice(start, end);
      const lead = surface.length - surface.trimStart().length;
      start += lead;
      if (end <= start || taken(start, end)) continue;
      const words = text.slice(start, end).split(/\s+/);
      out.push(typedMention({ start, end, words, key: lookupKey(words.join(' ')), candidate: null }, type, false, null));
    }
  };
  collect(document.people(), 'person');
  collect(document.organizations(), 'organization');
  collect(document.places(), 'place');
  return out;
}

function findLexiconEntries(text: string, lexicon: CheckedOptions['lexicon']): Typed[] {
  const out: Typed[] = [];
  for (const [entry, type] of lexicon) {
    let from = text.indexOf(entry);
    while (from !== -1) {
      const before = text.charCodeAt(from - 1);
      const after = text.charCodeAt(from + entry.length);
      const boundary = (code: number): boolean => Number.isNaN(code) || !/[\p{L}\p{N}]/u.test(String.fromCharCode(code));
      if (boundary(before) && boundary(after)) {
        const words = entry.split(/\s+/);
        out.push(typedMention({ start: from, end: from + entry.length, words, key: lookupKey(entry), candidate: null }, type, true, null, entry));
      }
      from = text.indexOf(entry, from + Math.max(1, entry.length));
    }
  }
  return out;
}
