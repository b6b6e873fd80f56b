// Classification of one candidate on its own, before the document's rules: the rules that
// need no model (RULES_BEFORE_MODEL), the model's scores, then the rules after it
// (MODEL_RULES), each a small named function; the first rule that decides wins.
import { calendarWordsInEveryLanguage, isFamilyNameFirst, unpackNames } from '@newsparse/core';
import { type Candidate, type DocumentFacts, INITIAL, isBodyOfOrdinaryWords, isCityKind, isCommonLower, isNationalBody, isAirlineName, isSeatOffice, isUnknownSeat, isCompanySurname, isOrgKind, isTitledCompany, PLAIN_NAME, plainTradeWord, ROMANCE_BODY_HEADS, SAINT_PREFIX } from './candidates.js';
import { LABELS, type Label, type LinearModel, parseWeights, scoreCandidate } from './features.js';
import { demonymCountry, type Gazetteer, type GazetteerKind, isAcronymInTitleCase, isKnownGivenName, isPlaceKind, lookupKey } from './lexicon.js';
import { O_BIAS, WEIGHTS } from './model.generated.js';
import { isAcronymOf } from './name-forms.js';
import { elidedParticleName, isPossessive, lowerAt, lowerOfWord, textAt, type Token, tokenAt } from './tokenize.js';
import { type Place, type Typed, typedMention } from './typed.js';
import { localePattern, localeWords } from './locales/index.js';
import { COMPANY_WORDS } from './data/companies.generated.js';
import type { EntityType } from './types.js';

let weights: LinearModel | null = null;
const model = (): LinearModel => (weights ??= parseWeights(WEIGHTS));
/** Endings of role nouns the lexicon may lack ("Ombudsman", "Spokesperson"). */
const hasRoleNounEnding = localePattern((locale) => locale.patterns.roleNounEnding);
/** Endings of adjectives, for words with no known part of speech ("classical", "northern"). */
const hasAdjectiveEnding = localePattern((locale) => locale.patterns.adjectiveEnding);

/** Head words that make a name an organisation in any style guide. */
const STRONG_ORG_HEADS = localeWords((locale) => locale.heads.strongOrganisation);
/** Heads of protected land after "National" or "State" ("Sierra National Forest", "Point Reyes National Seashore"). */
const PROTECTED_LAND = localeWords((locale) => locale.heads.protectedLand);
const PROTECTED_BY = localeWords((locale) => locale.heads.protectedBy);
/** Strong heads only at a name's end ("Oil Capital of the World" is no firm). */
const STRONG_ONLY_LAST = localeWords((locale) => locale.heads.strongOnlyLast);
const UNITS_BEFORE_OF = localeWords((locale) => locale.heads.unitBeforeOf);
/** Heads of bodies named with "on" ("Council on Foreign Relations", "Center on Budget …"). */
const ON_HEADS = localeWords((locale) => locale.heads.beforeOn);
/** Heads of bodies named with "for" ("Movement for Democratic Change"). */
const FOR_HEADS = localeWords((locale) => locale.heads.beforeFor);
/** Head words that make a name a place. */
const STRONG_PLACE_HEADS = localeWords((locale) => locale.heads.strongPlace);

/** The entity type of each model label; O is no entity. */
export const LABEL_TYPE: Record<Label, EntityType | null> = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'other', O: null };

/** The type of the best-scoring label other than `not`, or null when that is no entity. */
function nextBestType(scores: Float32Array, not: Label): EntityType | null {
  let next = -1;
  for (let index = 0; index < LABELS.length; index++) if (LABELS[index] !== not && (next < 0 || scores[index]! > scores[next]!)) next = index;
  return LABEL_TYPE[LABELS[next]!];
}

/** Whether a capitalised word is the plural of a role, a title or an ordinary noun ("Prosecutors", "Unions"), and no name. */
function isPluralNoun(word: string, gaz: Gazetteer): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}s$/u.test(word)) return false;
  const lower = word.toLowerCase();
  const singular = lower.slice(0, -1);
  if (gaz.firstNames.has(singular) || gaz.lastNames.has(singular) || gaz.lastNames.has(lower)) return false;
  if (gaz.roles.has(singular) || gaz.titles.has(singular) || gaz.orgHeads.has(singular) || isCommonLower(gaz, singular)) return true;
  // "Witnesses said", "Eyewitnesses said": a plural in -es of a role noun, alone or after an ordinary word joined to it.
  if (!lower.endsWith('es')) return false;
  const stem = lower.slice(0, -2);
  if (gaz.roles.has(stem)) return true;
  for (let split = 2; split <= stem.length - 4; split++) if (gaz.roles.has(stem.slice(split)) && isCommonLower(gaz, stem.slice(0, split))) return true;
  return false;
}

/**
 * Korean family names that core's list of names written first lacks ("Son Heung-min", "Ryu
 * Hyun-jin", "Noh Tae-woo"); kept here, as that list ships in every package's bundle.
 */
const MORE_FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(['son', 'ryu', 'noh']);

/** A Chinese or Korean given name of two syllables joined by a hyphen: "Cheuk-yan", "Joo-Ho". */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u;

/** Verbs that follow a speaker's name in news copy. */
const SPEECH_VERBS = localeWords((locale) => locale.context.speechVerbs);
const CLUB_FIRST = localeWords((locale) => locale.sports.clubFirst);
const AFTER_NEWS_HEAD = localeWords((locale) => locale.heads.afterNewsHead);
const NEWSPAPER_HEADS = localeWords((locale) => locale.heads.newspaper);
const AIRLINE_HEADS = localeWords((locale) => locale.heads.airline);
const WATER_AFTER_PLACE = localeWords((locale) => locale.heads.waterAfterPlace);
const TRANSPORT_LINE = localeWords((locale) => locale.heads.transportLine);
const ORDINARY_ACRONYMS = localeWords((locale) => locale.names.commonAcronyms);
const SECTOR_NOUNS = localeWords((locale) => locale.names.sectorNouns);
const SOURCE_BEFORE_TO = localeWords((locale) => locale.context.sourceBeforeTo);
const SOURCE_VERBS = localeWords((locale) => locale.context.sourceVerbs);
let companies: ReadonlySet<string> | null = null;
/** Well-known company and brand names, spelled as written ("Lufthansa", "YouTube"). */
const companyWords = (): ReadonlySet<string> => (companies ??= new Set(unpackNames(COMPANY_WORDS)));
/** Whether a word, spelled as written, is a word of a well-known company's or brand's name ("Royal", "Lufthansa"). */
export function isKnownCompanyWord(word: string): boolean {
  return companyWords().has(word);
}
/** Whether a word is a known company's name and no place, person's name or ordinary word ("Siemens", "Toyota"). */
function isCompanyWord(word: string, gaz: Gazetteer): boolean {
  const lower = word.toLowerCase();
  const kinds = gaz.phrases.get(lookupKey(word));
  // "Cape Canaveral", "American Revolution Hall": a place head or a nationality opens no company's name.
  if (isPlaceKind(kinds) || kinds?.includes('demonym') === true || gaz.placeHeads.has(lower) || gaz.orgHeads.has(lower) || gaz.orgFirstHeads.has(lower)) return false;
  if (gaz.givenNames.has(lower) || gaz.lastNames.has(lower) || isCommonLower(gaz, lower)) return false;
  return isOrgKind(kinds) || companyWords().has(word);
}
/** Whether a word is a capitalised name word that the knowledge base does not know as a place, head or ordinary word ("Gamesa"). */
function isUnknownNameWord(word: string, gaz: Gazetteer): boolean {
  const lower = word.toLowerCase();
  if (!PLAIN_NAME.test(word) || isPlaceKind(gaz.phrases.get(lookupKey(word)))) return false;
  return !gaz.placeHeads.has(lower) && !gaz.orgHeads.has(lower) && !STRONG_PLACE_HEADS.has(lower) && !isCommonLower(gaz, lower);
}
/** Prepositions before a place ("in Paris", "from Lima"). */
const LOCATIVE_WORDS = localeWords((locale) => locale.context.placePrepositions);
const PARTICLE_WORDS = localeWords((locale) => locale.names.personParticles);

/** What every rule may read about one candidate; the model's part is filled in before MODEL_RULES run. */
interface Reading {
  readonly candidate: Candidate;
  readonly tokens: readonly Token[];
  readonly gaz: Gazetteer;
  readonly facts: DocumentFacts;
  readonly words: string[];
  /** each word in lower case (its token's lower case, where the word is its token: no copy made, its hash already known) */
  readonly lowers: readonly string[];
  readonly key: string;
  readonly base: Place;
  /** what the knowledge base knows the whole name as */
  readonly kinds: GazetteerKind[] | undefined;
  /** the model's scores per label (O_BIAS added); rules may lower or raise a label */
  scores: Float32Array;
  modelLabel: Label;
  /** an organisation's head word alone ("Commission") that is no known name */
  loneHead: boolean;
  /** a hyphenated saint's name after the first word ("Paris Saint-Germain") */
  saintly: boolean;
  /** the type the model's reading gives, as the last rules revise it */
  type: EntityType | null;
}

/** One rule: the candidate's reading if the rule decides it, undefined to let the next rule try. */
type ClassifyRule = (reading: Reading) => Typed | undefined;

const NO_SCORES = new Float32Array(0);

/**
 * "BUSY BEES: Council staff …", "POST CABINET REPORT - January 29": two or more ordinary words in
 * capitals opening a line before a colon or a dash are a caption's or a section's label, no name
 * (a dateline's place is a name the knowledge base knows, or a word that is no ordinary word).
 */
const labelInCapitals: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, kinds }) => {
  const firstToken = tokens[candidate.first];
  if (kinds || words.length < 2 || !firstToken || !(candidate.first === 0 || firstToken.newline) || !words.every((word) => /^\p{Lu}+$/u.test(word))) return undefined;
  const after = textAt(tokens, candidate.last + 1);
  if (after !== ':' && after !== '-' && after !== '\u2013' && after !== '\u2014') return undefined;
  const ordinary = lowers.every((lower, index) => (isCommonLower(gaz, lower) || (lower.endsWith('s') && isCommonLower(gaz, lower.slice(0, -1))) || gaz.orgHeads.has(lower)) && !gaz.phrases.has(lookupKey(words[index]!)) && !gaz.givenNames.has(lower) && !gaz.lastNames.has(lower));
  return ordinary ? typedMention(base, 'other', false, null) : undefined;
};

/** "TROY, Mich., March 2 -", "LONDON (Reuters) -": a dateline in capitals names a place. */
const datelineInCapitals: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, key, base, kinds }) => {
  const firstToken = tokens[candidate.first];
  if (firstToken && (candidate.first === 0 || firstToken.newline) && words.every((word) => /^[\p{Lu}\p{M}.'\u2019-]+$/u.test(word)) && !(kinds && (kinds.includes('org') || kinds.includes('agency')))) {
    const after = tokenAt(tokens, candidate.last + 1);
    // "SOCCER - JAPAN GET LUCKY WIN", "NOTE - …", "WHEREAS, a body …": an ordinary word is a
    // section's label or a clause's opener unless a capitalised state or country follows its comma
    // ("CANTON, Ohio", "TRAIL, British Columbia").
    const ordinary = !kinds && words.length === 1 && isCommonLower(gaz, lowers[0]!) && !(after?.text === ',' && tokenAt(tokens, candidate.last + 2)?.cap === true);
    // "TONY JONES, PRESENTER:", "JO ROE, REPORTER:": a transcript's speaker label, a name and a role in capitals.
    const role = after?.text === ',' ? tokenAt(tokens, candidate.last + 2) : undefined;
    if (role && role.text === role.text.toUpperCase() && (gaz.titles.has(role.lower) || gaz.roles.has(role.lower)) && !(kinds && isPlaceKind(kinds))) return typedMention(base, 'person', true, null);
    // ("TONY ABBOTT (May, 2013): The tax will go": a label closed by a colon after its parenthesis; a dateline's "(AP)" is followed by a dash.)
    if (after?.text === '(' && !(kinds && isPlaceKind(kinds))) {
      let close = candidate.last + 2;
      while (close < candidate.last + 10 && tokenAt(tokens, close) !== undefined && textAt(tokens, close) !== ')') close++;
      if (textAt(tokens, close) === ')' && textAt(tokens, close + 1) === ':') return typedMention(base, 'person', true, null);
    }
    // ("HTC, which in January reported …": a dateline's comma is followed by a state, a country or
    // a date, capitalised or in figures; a lower-case word after it goes on a sentence.)
    const afterComma = after?.text === ',' ? tokenAt(tokens, candidate.last + 2) : undefined;
    const sentence = afterComma !== undefined && afterComma.word && !afterComma.cap && !/^\d/.test(afterComma.text);
    if (after && !ordinary && !sentence && (after.text === ',' || after.text === '(' || after.text === '-' || after.text === '\u2014' || after.text === '\u2013' || /^\d{4}-\d\d-\d\d$/.test(after.text))) {
      return typedMention(base, 'place', true, null, gaz.canonical.get(key));
    }
  }
  return undefined;
};

/** "Peruvian", "Germans": a demonym of one or two words is a nationality, unless it is also a place. */
const nationalityWord: ClassifyRule = ({ gaz, words, key, base, kinds }) => {
  const country = words.length <= 2 ? demonymCountry(gaz, key) : undefined;
  if (country !== undefined && !(kinds && isPlaceKind(kinds))) return typedMention(base, 'nationality', true, null, undefined, country);
  return undefined;
};

/**
 * "Prosecutors said", "Unions called a strike": a sentence-initial plural of a role or an
 * ordinary noun, which the text never capitalises inside a sentence, is no name.
 */
const sentenceInitialPlural: ClassifyRule = ({ candidate, gaz, facts, words, lowers, base, kinds }) => {
  if (words.length === 1 && candidate.sentStart && !kinds && isPluralNoun(words[0]!, gaz) && !facts.capitalisedInside.has(lowers[0]!)) return typedMention(base, 'other', false, null);
  return undefined;
};

/** "DNA", "an IQ test", "TV": an initialism of an ordinary noun alone is no name. */
const ordinaryAcronym: ClassifyRule = ({ words, base, kinds }) => (words.length === 1 && !kinds && ORDINARY_ACRONYMS.has(words[0]!) ? typedMention(base, 'other', false, null) : undefined);

/**
 * "Banca d’Italia", "Valéry Giscard d'Estaing", "Giro d'Italia": a name with an elided "of"
 * inside, which the model never saw, is a body after a body's head, a person after a known
 * given name, else a name of something else ("Giro d'Italia", a race); a name the knowledge
 * base knows ("Côte d'Ivoire") is left to it.
 */
const elidedOfName: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, kinds }) => {
  if (kinds || words.length < 2 || !words.some((word, index) => index > 0 && elidedParticleName(word))) return undefined;
  if (ROMANCE_BODY_HEADS.has(lowers[0]!) || gaz.orgHeads.has(lowers[0]!) || gaz.orgFirstHeads.has(lowers[0]!)) return typedMention(base, 'organization', true, null);
  // ("Jean le Rond d'Alembert": a particle may stand between, the given name be one of the world's;
  // "Prof. Patrizia d'Ettorre": a person's title before the name stands for the given name.)
  const given = isKnownGivenName(words[0]!, gaz) || gaz.givenNames.has(lowers[0]!) || gaz.givenNames.has(lookupKey(words[0]!)) || (!candidate.caps && (candidate.title !== null || personalTitleBefore(candidate, tokens)));
  if (given && words.every((word, index) => PLAIN_NAME.test(word) || elidedParticleName(word) || (index > 0 && PARTICLE_WORDS.has(word)))) return typedMention(base, 'person', true, null);
  return typedMention(base, 'other', true, null);
};

/** Rules that need no model: their decisions carry no scores. */
/** "Amazon.com", "Booking.com", "Change.org", "Daily Maverick.co.za": a capitalised name written as its web domain is the company or body behind it. */
const WEB_NAME = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|io|(?:co|com)\.[a-z]{2})$/u;
/** Words that make a domain name the site itself, not who runs it: "the Scientology.org site", "sites such as Gawker.com", "on Change.org". */
const WEB_THINGS: ReadonlySet<string> = new Set(['site', 'sites', 'website', 'websites', 'page', 'pages', 'homepage', 'blog', 'blogs', 'domain', 'url', 'link', 'feed']);
const WEB_PLACES: ReadonlySet<string> = new Set(['on', 'at', 'via', 'visit', 'visiting', 'visited', 'www']);
const webDomainName: ClassifyRule = ({ candidate, tokens, words, base, scores }) => {
  // ("New Zimbabwe.com", "Daily Maverick.co.za": a name of two or three words, its last written as the domain.)
  if (words.length > 3 || !WEB_NAME.test(words[words.length - 1]!)) return undefined;
  // The three words before, as a literal: TurboFan's inlined map returns a holey array, another shape for the reads below.
  const before = [lowerAt(tokens, candidate.first - 1), lowerAt(tokens, candidate.first - 2), lowerAt(tokens, candidate.first - 3)];
  const site = WEB_THINGS.has(lowerAt(tokens, candidate.last + 1)) || WEB_PLACES.has(before[0]!) || before.some((word) => WEB_THINGS.has(word));
  return typedMention(base, site ? 'other' : 'organization', true, scores);
};

/**
 * "Pacific Gas and Electric", "Baltimore Gas and Electric": a place, an ordinary word of a trade,
 * "and" and one more such word are a firm's name (the candidate finder joins them only so).
 */
const placeAndTrades: ClassifyRule = ({ candidate, tokens, gaz, base, scores }) => {
  if (candidate.last - candidate.first !== 3 || tokens[candidate.first + 2]!.lower !== 'and' || !isPlaceKind(gaz.phrases.get(tokens[candidate.first]!.key))) return undefined;
  return plainTradeWord(tokens[candidate.first + 1]!, gaz) && plainTradeWord(tokens[candidate.last]!, gaz) ? typedMention(base, 'organization', true, scores) : undefined;
};

const ILLNESS_HEADS = localeWords((locale) => locale.heads.illness);
/** The illness heads long enough to end a compound of one word ("virus", "sclerosis"; not "flu"). */
const ILLNESS_SUFFIXES: readonly string[] = [...ILLNESS_HEADS].filter((head) => head.length >= 5);

/** Whether a lower-case word is a compound ending in an illness's head, with at least three letters before it ("coronavirus"). */
function isIllnessCompound(lower: string): boolean {
  for (const suffix of ILLNESS_SUFFIXES) if (lower.length >= suffix.length + 3 && lower.endsWith(suffix)) return true;
  return false;
}

/**
 * "Cystic Fibrosis", "Down Syndrome", "Lyme Disease": plain words before an illness's last word
 * name the illness, a thing; the word alone ("Syndrome" where "Down" was taken off) is no name.
 */
const illnessName: ClassifyRule = ({ words, lowers, base, scores }) => {
  const last = lowers[words.length - 1]!;
  // "Coronavirus", "Norovirus", "Osteosclerosis": one word compounded on an illness's long last
  // word names the illness too, never a person (the heads are a few: a constant cost per word).
  if (words.length === 1 && PLAIN_NAME.test(words[0]!) && isIllnessCompound(last)) return typedMention(base, 'other', false, null);
  // So does a field of study or medicine ("Preventive Cardiology", "Clinical Psychology"): a
  // department's or a discipline's name, no person's ("Technology" ends firms' names).
  // (A single word is left alone: "Scientology" is a church.)
  if (!(ILLNESS_HEADS.has(last) || (words.length > 1 && last.endsWith('ology') && last !== 'technology')) || !words.every((word) => PLAIN_NAME.test(word))) return undefined;
  return words.length === 1 ? typedMention(base, 'other', false, null) : typedMention(base, 'other', true, scores);
};

const OFFICE_INITIALISMS = localeWords((locale) => locale.names.officeInitialisms);
/** Words before an office's initialism that make it the office: "the DC", "a DC", "his SP". */
const OFFICE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** compromise's tags of the words that follow an office as its verb or a list's joint ("the DC said", "the DC and the SP"). */
const AFTER_OFFICE_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Verb', 'Adverb', 'Conjunction', 'Preposition', 'Infinitive', 'Participle', 'Negative', 'Gerund']);

/**
 * "The DC said", "the CM and the SP visited": an office's initialism in capitals after "the",
 * "a" or a possessive and before a verb, a joint or a punctuation mark is the office holder
 * (Deputy Commissioner, Chief Minister), no place ("DC") or body (not "the DC area").
 */
const officeInitialism: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base }) => {
  if (words.length !== 1 || !OFFICE_INITIALISMS.has(lowers[0]!) || words[0] !== words[0]!.toUpperCase() || !OFFICE_DETERMINERS.has(lowerAt(tokens, candidate.first - 1))) return undefined;
  const next = tokenAt(tokens, candidate.last + 1);
  const office = next === undefined || !next.word || (!next.cap && AFTER_OFFICE_TAGS.has(gaz.pos.get(next.lower) ?? ''));
  return office ? typedMention(base, 'other', false, null) : undefined;
};

/** Every calendar language's weekday names, whole (no abbreviations: "MAR", "SAM" are names too), lower-cased. */
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(calendarWordsInEveryLanguage('weekdays', { shortForms: false }).keys());

/** "SENIN, 12 Februari 2024", "MONTAG": a weekday's name in capitals, in any language, opens a stamp: no place or person. */
const weekdayInCapitals: ClassifyRule = ({ words, lowers, base }) => (words.length === 1 && WEEKDAY_WORDS.has(lowers[0]!) && words[0] === words[0]!.toUpperCase() ? typedMention(base, 'other', false, null) : undefined);

/** A product's model code after its name: "S6", "M9", "A320", "X5" (a letter or two and figures). */
const MODEL_CODE = /^\p{Lu}{1,2}\d{1,4}\p{Ll}?$/u;

/**
 * "the Galaxy S6", "the One M9", "an Airbus A320": a name or two and a model code after them
 * name a product, no place or person (a company's name before it stays the company's where
 * the candidates split it off).
 */
const productModel: ClassifyRule = ({ words, lowers, gaz, base, kinds }) => {
  if (kinds || words.length < 2 || words.length > 3 || !MODEL_CODE.test(words[words.length - 1]!)) return undefined;
  return lowers.some((lower) => gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower)) ? undefined : typedMention(base, 'other', true, null);
};

const RULES_BEFORE_MODEL: readonly ClassifyRule[] = [
  officeInitialism,
  weekdayInCapitals,
  productModel,
  illnessName,
  webDomainName,
  // A weak candidate (a lone capitalised word the candidate finder doubts) is no name unless the text votes otherwise.
  ({ candidate, base }) => (candidate.weak ? typedMention(base, 'other', false, null) : undefined),
  elidedOfName,
  placeAndTrades,
  labelInCapitals,
  datelineInCapitals,
  nationalityWord,
  sentenceInitialPlural,
  ordinaryAcronym,
];

const ROYAL_TITLES = localeWords((locale) => locale.names.royalTitles);
/** Titles that stand only before a person: "Mr", "Ms", "Dr", "Rep.". */
const PERSONAL_TITLES = localeWords((locale) => [...locale.names.maleHonorifics, ...locale.names.femaleHonorifics, ...locale.names.personalTitles, ...locale.names.honorificSequences]);

/**
 * What the knowledge base knows the whole name as: organisation, place, person or other; a city
 * may be a person's name, and a known place that is also a given name surely is one alone after
 * a royal title ("Queen Elizabeth", "Queen Victoria": monarchs go by their given names).
 */
/** Whether a title only people take stands right before the candidate: its own ("Rep. Israel") or outside it with its full stop ("Ms." ends a run). */
function personalTitleBefore(candidate: Candidate, tokens: readonly Token[]): boolean {
  if (candidate.title !== null) return PERSONAL_TITLES.has(candidate.title);
  const before = textAt(tokens, candidate.first - 1) === '.' ? candidate.first - 2 : candidate.first - 1;
  const token = tokenAt(tokens, before);
  return token !== undefined && token.cap && PERSONAL_TITLES.has(token.lower);
}

const PERSON_HONORIFICS = localeWords((locale) => locale.names.personOnlyHonorifics);
/** Tags of words that a title-case headline holds and no surname is: "Mr. Sanders Is Not a …", "Mr. Trump Says". */
const NO_SURNAME_TAGS = new Set(['Copula', 'Negative', 'Modal', 'Verb', 'PresentTense', 'PastTense', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Possessive', 'Reflexive', 'Gerund', 'Participle']);

/** Whether the words after an honorific may all be a person's: no known place, and after the first no verb or function word. */
function namesAfterHonorific(words: readonly string[], gaz: Gazetteer): boolean {
  return words.every((word, index) => !isPlaceKind(gaz.phrases.get(lookupKey(word))) && (index === 0 || !NO_SURNAME_TAGS.has(gaz.pos.get(word.toLowerCase()) ?? '')));
}

/** Whether an honorific only people take ("Mr", "Mrs", "Ms") stands right before the candidate, its own or outside it with its full stop. */
function honorificBefore(candidate: Candidate, tokens: readonly Token[]): boolean {
  if (candidate.title !== null) return PERSON_HONORIFICS.has(candidate.title);
  const before = textAt(tokens, candidate.first - 1) === '.' ? candidate.first - 2 : candidate.first - 1;
  const token = tokenAt(tokens, before);
  return token !== undefined && token.cap && PERSON_HONORIFICS.has(token.lower);
}

/**
 * "Ms. Compton", "Rep. Israel", "Mr Jordan", "Mr. Guild": one word after a title only people take
 * is a person, whatever place, body or head word it also names; so is a given name and such a
 * word ("Dr. Jo Lake").
 */
const nameAfterPersonalTitle: ClassifyRule = ({ candidate, tokens, words, lowers, base, scores, gaz }) => {
  // "Dr. Jo Lake", "Ms. Ann Hill": a given name and a surname that is also a place's head word.
  // "Mrs. May Park", "Mr. Will Lee": after an honorific, a given name that is also a month or a verb.
  if (words.length >= 2 && words.length <= 3 && !gaz.orgHeads.has(lowers[words.length - 1]!) && words.every((word) => PLAIN_NAME.test(word))) {
    if (gaz.givenNames.has(lowers[0]!) ? personalTitleBefore(candidate, tokens) : honorificBefore(candidate, tokens) && namesAfterHonorific(words, gaz)) return typedMention(base, 'person', true, scores);
  }
  if (words.length !== 1 || !(PLAIN_NAME.test(words[0]!) || CAMEL_NAME.test(words[0]!)) || !personalTitleBefore(candidate, tokens)) return undefined;
  // Only where the name ends there: not initials ("Gov. C.L. Otter"), a word glued to the next
  // ("Ra\u00c3\u00bal" in broken encoding) or one before a particle's surname ("Prof. Anna d'Este").
  const next = tokenAt(tokens, candidate.last + 1);
  if (next && ((next.word && next.start === candidate.end) || ELIDED_PARTICLE.test(next.text))) return undefined;
  return typedMention(base, 'person', true, scores);
};

/** A surname written with an inner capital: "DeSantis", "LaHood". */
const CAMEL_NAME = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
/** A surname with an elided lower-case particle: "d'Este", "dell'Orto". */
const ELIDED_PARTICLE = /^\p{Ll}{1,4}['\u2019]\p{Lu}/u;

/**
 * Whether two to four name-like words from `from`, none a known place, nationality or party's
 * word ("Massachusetts Democrat"), are closed by a comma ("Nadir Shehzad Khan,").
 */
function seatBeforeHolder(tokens: readonly Token[], from: number, gaz: Gazetteer): boolean {
  let at = from;
  for (let token = tokenAt(tokens, at); at < from + 4 && token?.nameLike === true; token = tokenAt(tokens, at)) {
    const kinds = gaz.phrases.get(token.key);
    if ((kinds && (isPlaceKind(kinds) || kinds.includes('demonym'))) || isPartyWord(token.text)) return false;
    at++;
  }
  return at - from >= 2 && textAt(tokens, at) === ',';
}

const knownPhrase: ClassifyRule = ({ candidate, tokens, gaz, key, words, lowers, base, kinds, scores, modelLabel }) => {
  if (!kinds) return undefined;
  const canonical = gaz.canonical.get(key);
  // "Sec. Eduardo Año", "Tap water …": a known acronym of two or three letters written in title
  // case is a word of its own (a title, an ordinary word), not the body ("SEC") or the agency
  // ("TAP"): the model reads it ("Afp reported" stays the agency). A short name written so keeps
  // it ("the Fed"), and so does a longer acronym, which English writes so when it is said as a
  // word ("Nato", "Unicef").
  if (words.length === 1 && key.length <= 3 && isAcronymInTitleCase(words[0]!, key)) return undefined;
  // "Premier Ford", "Mayor Chase": a company's one-word name after a person's title is a person of that surname.
  if (kinds.includes('org') && !kinds.includes('agency') && !kinds.includes('team') && candidate.title !== null && words.length === 1 && PLAIN_NAME.test(words[0]!) && !gaz.orgHeads.has(lowers[0]!)) return typedMention(base, 'person', true, scores);
  if (kinds.includes('agency') || kinds.includes('org') || kinds.includes('team')) return typedMention(base, 'organization', true, scores, canonical);
  // "Queen Victoria", "Princess Charlotte": a state or a capital too, but not a country.
  const royal = candidate.title !== null && ROYAL_TITLES.has(candidate.title) && words.length === 1 && gaz.givenNames.has(lowers[0]!) && !kinds.includes('country');
  if (royal) return typedMention(base, 'person', true, scores);
  if (kinds.includes('country') || kinds.includes('region') || kinds.includes('capital')) return typedMention(base, 'place', true, scores, canonical);
  if (kinds.includes('city')) {
    // "Deputy Commissioner Sukkur, Nadir Shehzad Khan,", "Deputy Commissioner (DC) Dera Ghazi Khan, Muhammad
    // Usman Khalid,": a city after a title, then a name of two to four words between commas, is the office's
    // seat; the holder follows.
    if (candidate.title && textAt(tokens, candidate.last + 1) === ',' && seatBeforeHolder(tokens, candidate.last + 2, gaz)) return typedMention(base, 'place', true, scores, canonical);
    // "Senator Warren": a city's name alone after a title is the person, surely.
    if (candidate.title && words.length === 1) return typedMention(base, 'person', true, scores);
    if (candidate.title || modelLabel === 'PER') return typedMention(base, 'person', false, scores);
    return typedMention(base, 'place', true, scores);
  }
  if (kinds.includes('person')) return typedMention(base, 'person', true, scores);
  if (kinds.includes('other')) return typedMention(base, 'other', true, scores);
  return undefined;
};

/**
 * "Network Rail said", "Peace Now said", "Save the Children said": ordinary words in capitals
 * that open a sentence and speak, or own a company's office, are a body's name, whatever the
 * model makes of the words ("Network Rail" reads like a place to it).
 */
const bodyOfOrdinaryWords: ClassifyRule = ({ candidate, tokens, gaz, base, scores }) => (isBodyOfOrdinaryWords(tokens, candidate.first, candidate.last, gaz) ? typedMention(base, 'organization', true, scores) : undefined);

/**
 * "Georgia Chambers of Commerce", "Ohio Departments of Health": a head's plural before "of"
 * names bodies, whatever the model reads (it knows the singular head only).
 */
const pluralHeadOf: ClassifyRule = ({ gaz, words, lowers, base, scores }) => {
  const of = words.indexOf('of');
  if (of < 1 || of === words.length - 1) return undefined;
  const plural = lowers[of - 1]!;
  return plural.endsWith('s') && gaz.orgHeads.has(plural.slice(0, -1)) && !gaz.titles.has(plural.slice(0, -1)) ? typedMention(base, 'organization', true, scores) : undefined;
};

/** "Tennis Australia", "Statistics Canada": an ordinary noun and a country name a national body. */
const nationalBody: ClassifyRule = ({ candidate, tokens, words, gaz, base, scores }) => (words.length === 2 && isNationalBody(tokens[candidate.first]!, tokens[candidate.last]!, gaz) ? typedMention(base, 'organization', true, scores) : undefined);

/** "the executive Commission": an organisation's head word alone is never a person, whatever stands before it. */
const headWordAfterTitle: ClassifyRule = ({ candidate, base, scores, loneHead }) => (candidate.title && loneHead && !candidate.sentStart ? typedMention(base, 'organization', true, scores) : undefined);

/**
 * "ADC Nowshera, Sania Safi,", "Assistant Commissioner Taunsa, Nadeem Hashmi,": one word the
 * knowledge base does not know, no given name or surname, after an office's title and before
 * the holder named from a given name (between commas, or right after it) is the office's seat, as a known city is
 * (knownPhrase), whatever the model makes of the word.
 */
const unknownSeatBeforeHolder: ClassifyRule = ({ candidate, tokens, gaz, facts, words, kinds, base, scores }) => {
  if (!candidate.title || !isSeatOffice(candidate.title) || kinds || words.length !== 1 || candidate.last !== candidate.first || !isUnknownSeat(tokens[candidate.first]!, gaz, facts)) return undefined;
  // "Deputy Commissioner Taunsa Nadeem Hashmi": the holder right after the seat (split off in candidates.ts).
  if (gaz.givenNames.has(lowerAt(tokens, candidate.last + 1)) && tokenAt(tokens, candidate.last + 1)?.nameLike === true) return typedMention(base, 'place', true, scores);
  if (textAt(tokens, candidate.last + 1) !== ',' || !gaz.givenNames.has(lowerAt(tokens, candidate.last + 2))) return undefined;
  // The holder: the given name and one to three more words, none a country, region or nationality ("Safi" is also a Moroccan city).
  let at = candidate.last + 3;
  for (let token = tokenAt(tokens, at); at < candidate.last + 6 && token?.nameLike === true && !gaz.phrases.get(token.key)?.some((kind) => kind === 'country' || kind === 'region' || kind === 'demonym'); token = tokenAt(tokens, at)) at++;
  return at > candidate.last + 3 && textAt(tokens, at) === ',' ? typedMention(base, 'place', true, scores) : undefined;
};

/** "President Bill Clinton": a name after a title is a person. */
const nameAfterTitle: ClassifyRule = ({ candidate, gaz, words, lowers, base, scores }) => {
  if (!candidate.title) return undefined;
  // "The Chief Ombudsman is concerned", "eight Chief Executive Officers": a role noun or its plural after the title is the office, no one's name.
  // (A singular agent noun may be a surname, "Dean Forester", "Sheriff Baker": only the plural of one tells.)
  const lower = lowers[0]!;
  if (words.length === 1 && (hasRoleNounEnding(lower) || (lower.endsWith('s') && gaz.pos.get(lower.slice(0, -1)) === 'Actor' && !gaz.lastNames.has(lower)))) return typedMention(base, 'other', false, null);
  return typedMention(base, 'person', true, scores);
};

/**
 * "the Bristol Channel", "the Severn Estuary": a known place and a word for a stretch of water
 * name the water, a place ("Disney Channel", "History Channel": no place, read as before).
 */
const waterAfterPlace: ClassifyRule = ({ gaz, words, lowers, base, scores }) => {
  if (words.length === 2 && WATER_AFTER_PLACE.has(lowers[1]!) && isPlaceKind(gaz.phrases.get(lookupKey(words[0]!)))) return typedMention(base, 'place', true, scores);
  return undefined;
};

/**
 * "the Elizabeth Line", "the Victoria Line": a name and a railway's word name a line, no person
 * or place (the first word is often a given name or a city), read as other. One that speaks with
 * no article before it is a shipping company ("Maersk Line said").
 */
const transportLine: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores }) => {
  if (words.length !== 2 || !TRANSPORT_LINE.has(lowers[1]!)) return undefined;
  const next = tokenAt(tokens, candidate.last + 1);
  const noArticle = tokenAt(tokens, candidate.first - 1)?.lower !== 'the';
  const speaks = SPEECH_VERBS.has(next?.lower ?? '') && noArticle;
  // "Stena Line cancelled crossings": a line named by a word of its own (no place, given name or
  // ordinary word, as railway lines are) that does something, with no article, is the operator.
  const firstWord = lowers[0]!;
  const ownName = isUnknownNameWord(words[0]!, gaz) && !gaz.givenNames.has(firstWord) && !gaz.lastNames.has(firstWord);
  const acts = next !== undefined && next.text === next.lower && VERB_TAGS.has(gaz.pos.get(next.lower) ?? '') && noArticle && ownName;
  return typedMention(base, speaks || acts ? 'organization' : 'other', true, scores);
};

/** compromise's tags of finite verbs: what a subject does ("cancelled", "runs"). */
const VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense']);

/** "Ottawa Citizen", "Edmonton Sun": a city's newspaper; "Gulf Air", "Oman Air": a place's airline; "Korean Air": a nationality's; "Pellico Air": a name's. */
const cityNewspaper: ClassifyRule = ({ gaz, words, lowers, base, scores }) => {
  const last = lowers[words.length - 1]!;
  // "Hawaii News Now": an outlet's head and the function word its name may end in (the candidate finder keeps it only there).
  if (words.length >= 3 && AFTER_NEWS_HEAD.has(last) && NEWSPAPER_HEADS.has(lowers[words.length - 2]!)) return typedMention(base, 'organization', true, scores);
  if (words.length !== 2) return undefined;
  const first = gaz.phrases.get(lookupKey(words[0]!));
  if ((NEWSPAPER_HEADS.has(last) && isPlaceKind(first)) || (AIRLINE_HEADS.has(last) && (isPlaceKind(first) || first?.includes('demonym') === true))) return typedMention(base, 'organization', true, scores);
  // "Pellico Air", "Veltrio Airlines": a name of its own before an airline's head (no ordinary word: "Open Air", "Hot Air"; no known place: "Bel Air").
  if (AIRLINE_HEADS.has(last) && first === undefined && PLAIN_NAME.test(words[0]!) && !isCommonLower(gaz, lowers[0]!) && !gaz.phrases.has(lookupKey(words.join(' ')))) return typedMention(base, 'organization', true, scores);
  return undefined;
};

/** "Commerzbank", "Rabobank", "Sberbank": a bank's name written as one word. */
const bankInOneWord: ClassifyRule = ({ words, base, scores }) => (words.length === 1 && /^\p{Lu}\p{Ll}{2,}bank$/u.test(words[0]!) ? typedMention(base, 'organization', true, scores) : undefined);

/**
 * "Lufthansa", "Barclays", "Petrobras": a well-known company that is no place, name or common
 * word. The list holds the words of longer names too ("Hong", "Vegas"), so a word that begins a
 * known phrase is left out, and the model's reading of a person wins.
 */
const knownCompany: ClassifyRule = ({ candidate, tokens, gaz, facts, words, lowers, key, base, scores, modelLabel }) => {
  if (words.length === 1 && companyWords().has(words[0]!) && !gaz.prefixes.has(key)) {
    const lower = lowers[0]!;
    const ordinary = isCommonLower(gaz, lower) || gaz.pos.has(lower) || facts.lowerWords.has(lower) || gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower);
    const personal = gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || demonymCountry(gaz, key) !== undefined;
    // "Campbell's Soup": a possessed word; "German, Hebrew, and Japanese": a list of languages.
    const previousWord = tokenAt(tokens, candidate.first - 1);
    const possessed = previousWord?.text === "'s" || previousWord?.text === '\u2019s';
    // "Colombia's Ecopetrol", "Brazil's Petrobras": a known place's possessive names the company
    // (a person's names a product: "Campbell's Soup"), whatever the model reads.
    const owner = possessed ? tokenAt(tokens, candidate.first - 2) : undefined;
    const placeOwned = owner !== undefined && owner.cap && isPlaceKind(gaz.phrases.get(owner.key));
    if (modelLabel === 'PER' && !placeOwned) return undefined;
    if (placeOwned && !ordinary && !personal) return typedMention(base, 'organization', true, scores, undefined, undefined, true);
    const listed = [tokenAt(tokens, candidate.first - 2), tokenAt(tokens, candidate.last + 2), tokenAt(tokens, candidate.last + 3)].some((token) => token !== undefined && token.cap && demonymCountry(gaz, token.key) !== undefined);
    if (!ordinary && !personal && !possessed && !listed) return typedMention(base, 'organization', true, scores, undefined, undefined, true);
  }
  return undefined;
};

const AGENCY_HEADS = localeWords((locale) => locale.heads.agency);

/**
 * "the Met Office", "the Environment Agency": capitalised words before an agency's head, after
 * "the", are its name even when the first word is also a verb ("Met") and the model reads no name.
 */
const agencyAfterThe: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores, modelLabel }) => {
  if (words.length < 2 || words.length > 4 || (modelLabel !== 'O' && modelLabel !== 'MISC') || lowerAt(tokens, candidate.first - 1) !== 'the') return undefined;
  const head = lowers[words.length - 1]!;
  if (!AGENCY_HEADS.has(head) || gaz.titles.has(lowers[0]!)) return undefined;
  return words.every((word) => PLAIN_NAME.test(word) || /^\p{Lu}{2,}$/u.test(word)) ? typedMention(base, 'organization', true, scores) : undefined;
};

const UTILITY_HEADS = localeWords((locale) => locale.heads.utility);

/** Tags of nouns and verb stems: an ordinary word that can name a utility's network ("Network Rail"), unlike an adjective ("Natural Gas", "Light Rail"). */
const NOUN_OR_STEM = new Set(['Singular', 'Plural', 'Uncountable', 'Infinitive']);

/**
 * "Northbridge Water", "British Gas", "Network Rail": a utility's last word after a name of its
 * own (no given name; an ordinary word only if it is a noun written with a capital inside a
 * sentence, not an adjective: "Natural Gas", "Light Rail"; a word that opens public bodies' names
 * counts as a name: "National Grid", "State Grid") is a company, except right after a
 * place preposition ("sailing on Rutland Water": a lake).
 */
const utilityAfterName: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores, modelLabel }) => {
  if (words.length < 2 || words.length > 3 || modelLabel === 'PER' || !UTILITY_HEADS.has(lowers[words.length - 1]!)) return undefined;
  const first = lowers[0]!;
  const before = lowerAt(tokens, candidate.first - 1);
  const ordinaryNoun = !candidate.sentStart && NOUN_OR_STEM.has(gaz.pos.get(first) ?? '');
  // "National Grid", "State Grid": a word that opens public bodies' names names the operator, not a kind of network.
  const bodyOpening = gaz.orgFirstHeads.has(first);
  if ((isCommonLower(gaz, first) && !ordinaryNoun && !bodyOpening) || gaz.firstNames.has(first) || LOCATIVE_WORDS.has(before) || before === 'on') return undefined;
  return words.slice(0, -1).every((word) => PLAIN_NAME.test(word)) ? typedMention(base, 'organization', true, scores) : undefined;
};

const PLACE_FIRST = localeWords((locale) => locale.heads.placeFirst);
const VENUE_HEADS = localeWords((locale) => locale.heads.venue);
const BUILDINGS = localeWords((locale) => locale.heads.building);
const BODY_AFTER_PERSON = localeWords((locale) => locale.heads.bodyAfterPerson);
/** A street's last word that is no surname: "Albert Drive", "Victoria Crescent". */
const THOROUGHFARE = localeWords((locale) => locale.heads.thoroughfare);

/**
 * "Fort Lee", "Port Hutt", "Mount Kessel": a place's opening word before one or two plain names
 * of its own is a place, whatever a surname in it says ("Lee"). A known name keeps its reading
 * (knownPhrase runs first), and an organisation's head at the end makes no place ("Port Talbot
 * Steel" reads by its head).
 */
const placeOpeningWord: ClassifyRule = ({ gaz, words, lowers, base, scores }) => {
  if (words.length < 2 || words.length > 3 || !PLACE_FIRST.has(lowers[0]!)) return undefined;
  const rest = words.slice(1);
  if (!rest.every((word) => PLAIN_NAME.test(word)) || gaz.orgHeads.has(rest[rest.length - 1]!.toLowerCase())) return undefined;
  return typedMention(base, 'place', true, scores);
};

const POLICE = localeWords((locale) => locale.heads.police);
const POLICE_UNITS = localeWords((locale) => locale.heads.policeUnits);
/** Tags of a finite verb right after a subject: "said", "arrested", "is", "will", "has". */
const FINITE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Verb']);

/**
 * "The Calamba City Police Station said", "Saddar Police Station registered a case": a police
 * unit's name that acts is the police body; where one is or goes ("at Saddar Police Station")
 * it stays the place (headWordSaysWhat).
 */
const policeUnitActing: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores }) => {
  if (words.length < 3 || !POLICE_UNITS.has(lowers[words.length - 1]!) || !POLICE.has(lowers[words.length - 2]!)) return undefined;
  const previous = tokenAt(tokens, candidate.first - 1);
  if (previous !== undefined && LOCATIVE_WORDS.has(previous.lower)) return undefined;
  const next = tokenAt(tokens, candidate.last + 1);
  // ("registered", which the lexicon files as an adjective: a past form ends in "ed")
  if (next === undefined || next.text !== next.lower || !(SPEECH_VERBS.has(next.lower) || FINITE_VERB_TAGS.has(gaz.pos.get(next.lower) ?? '') || (next.lower.endsWith('ed') && gaz.pos.get(next.lower) === 'Adjective'))) return undefined;
  return typedMention(base, 'organization', true, scores);
};

const PROVINCE_COMPASS = localeWords((locale) => locale.names.provinceCompassWords);

/**
 * "Negros Occidental", "Ilocos Norte", "Surigao del Sur": a name of its own (no ordinary word, no
 * known company) and a Spanish compass word name a province, not a person or a term.
 */
const provinceWithCompass: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores }) => {
  if (words.length < 2 || words.length > 3 || !PROVINCE_COMPASS.has(lowers[words.length - 1]!)) return undefined;
  // (A province takes no article and does not speak: "the Mandarin Oriental", "Mandarin Oriental said" are the hotels.)
  if (lowerAt(tokens, candidate.first - 1) === 'the' || SPEECH_VERBS.has(lowerAt(tokens, candidate.last + 1))) return undefined;
  // ("Surigao del Sur": the particle between, the candidate finder's own joining word)
  if (words.length === 3 && !PARTICLE_WORDS.has(words[1]!)) return undefined;
  const name = words[0]!;
  return PLAIN_NAME.test(name) && !isCommonLower(gaz, lowers[0]!) && !isOrgKind(gaz.phrases.get(lookupKey(name))) && !companyWords().has(name) ? typedMention(base, 'place', true, scores) : undefined;
};

const POSSESSIVE_PLACE_HEADS = localeWords((locale) => locale.names.possessivePlaceHeads);

/** "Hawke's Bay", "Martha's Vineyard": one word's possessive and a landform's head (joined only so by the candidate finder) name a place. */
const possessivePlace: ClassifyRule = ({ words, lowers, base, scores }) =>
  words.length === 3 && (words[1] === "'s" || words[1] === '\u2019s') && POSSESSIVE_PLACE_HEADS.has(lowers[2]!) ? typedMention(base, 'place', true, scores) : undefined;

/** A part after a hyphen that qualifies a body's head: "Movement-Pakistan", "League-Nawaz", "Party-Mengal". */
const HYPHENED_QUALIFIER = /^(\p{Ll}+)-\p{Lu}/u;

/**
 * The word that says what a name is: its last, with an abbreviation's full stop off; the
 * body's head before a country's name that only places the body ("Mizuho Securities USA"),
 * or before a hyphen and a faction's or country's name ("Muttahida Qaumi Movement-Pakistan",
 * "Pakistan Muslim League-Nawaz").
 */
function bodyHead(gaz: Gazetteer, words: readonly string[], lowers: readonly string[]): string {
  const last = lowers[words.length - 1]!.replace(/\.$/, '');
  if (words.length >= 3 && gaz.phrases.get(lookupKey(words[words.length - 1]!))?.includes('country') === true && STRONG_ORG_HEADS.has(lowers[words.length - 2]!)) return lowers[words.length - 2]!;
  const hyphened = HYPHENED_QUALIFIER.exec(words[words.length - 1]!.charAt(0).toLowerCase() + words[words.length - 1]!.slice(1));
  return hyphened !== null && words.length >= 2 && STRONG_ORG_HEADS.has(hyphened[1]!) ? hyphened[1]! : last;
}

/** Names whose head word says what they are: "BankAmerica Corp", "Guangdong Province", "Vietnam War". */
const headWordSaysWhat: ClassifyRule = ({ gaz, words, lowers, base, scores }) => {
  if (words.length < 2) return undefined;
  if (gaz.eventHeads.has(lowers[words.length - 1]!) && words.length <= 4) return typedMention(base, 'other', true, scores);
  const head = bodyHead(gaz, words, lowers);
  const lead = lowers[0]!;
  const beforeOf = words.indexOf('of') > 0 ? lowers[words.indexOf('of') - 1]! : '';
  // "Center on Budget and Policy Priorities": a body's head before "on" (the candidate reader joins "on" only after one).
  const beforeOn = words.indexOf('on') > 0 ? lowers[words.indexOf('on') - 1]! : '';
  // "Movement for Democratic Change", "Campaign for Nuclear Disarmament": a body's head before "for"
  // (not a hall named for a city's team: "Wolstein Center for the Cleveland State University Vikings").
  const forAt = words.indexOf('for');
  const beforeFor = forAt > 0 && !words.slice(forAt + 1).some((word) => isCityKind(gaz.phrases.get(lookupKey(word)))) ? lowers[forAt - 1]! : '';
  // "School of Animal and Veterinary Sciences", "Faculty of Law": an institution's unit opening the name before "of".
  const unitOf = beforeOf === lead && UNITS_BEFORE_OF.has(lead);
  if (STRONG_ORG_HEADS.has(head) || (STRONG_ORG_HEADS.has(beforeOf) && !STRONG_ONLY_LAST.has(beforeOf)) || unitOf || ON_HEADS.has(beforeOn) || FOR_HEADS.has(beforeFor)) return typedMention(base, 'organization', true, scores);
  // "Sierra National Forest", "Grace State Park": protected land, whatever its first word ("Sierra", "Grace" are given names).
  const beforeHead = words[words.length - 2]!;
  if (PROTECTED_LAND.has(head) && /^\p{Lu}\p{Ll}+$/u.test(beforeHead) && PROTECTED_BY.has(beforeHead.toLowerCase())) return typedMention(base, 'place', true, scores);
  // "Irving Independent School District", "Water District": a district that an institution heads is a public body.
  if (head === 'district' && gaz.orgHeads.has(lowers[words.length - 2]!)) return typedMention(base, 'organization', true, scores);
  if (STRONG_PLACE_HEADS.has(head) || (STRONG_PLACE_HEADS.has(beforeOf) && beforeOf === lead)) return typedMention(base, 'place', true, scores);
  return undefined;
};

/** "Bayern Munich", "Dynamo Kiev", "Red Star Belgrade": a club word before a city names the club. */
const clubWordFirst: ClassifyRule = ({ gaz, facts, words, lowers, key, base, scores }) => {
  // "signed from Feyenoord", "Bayern lead": in a text about sport, such a word alone is the club,
  // unless it is an ordinary word, an abbreviation or a known name ("Real", "Union", "FC", "Sparta").
  if (words.length === 1 && facts.sports && key.length >= 4 && CLUB_FIRST.has(key) && !gaz.phrases.has(key) && !isCommonLower(gaz, key) && !gaz.firstNames.has(key)) return typedMention(base, 'organization', true, scores);
  if (words.length >= 2 && words.length <= 3 && CLUB_FIRST.has(lowers[0]!)) {
    const cityKinds = gaz.phrases.get(lookupKey(words[words.length - 1]!));
    if (cityKinds && (cityKinds.includes('city') || cityKinds.includes('capital'))) return typedMention(base, 'organization', true, scores);
    // "Deportivo Coruna", "Sporting Gijon": in a text about sport, a club word opens a club's name before any town, known or not.
    if (facts.sports && words.slice(1).every((word) => PLAIN_NAME.test(word) && !gaz.firstNames.has(word.toLowerCase()))) return typedMention(base, 'organization', true, scores);
  }
  return undefined;
};

const CLUB_LAST = localeWords((locale) => locale.sports.clubLast);

/** "Manchester United", "Blackburn Rovers": a town and a club's last word name the club, in any text. */
const clubWordLast: ClassifyRule = ({ gaz, words, lowers, key, base, scores }) => {
  if (words.length === 2 && CLUB_LAST.has(lowers[1]!) && !gaz.phrases.has(key) && isCityKind(gaz.phrases.get(lookupKey(words[0]!)))) return typedMention(base, 'organization', true, scores);
  return undefined;
};

/** "Bayer Leverkusen": in a sports report, a company's name before a city is the club. */
const companyClubOfCity: ClassifyRule = ({ gaz, facts, words, base, scores }) => {
  if (words.length === 2 && facts.sports && isOrgKind(gaz.phrases.get(lookupKey(words[0]!))) && isCityKind(gaz.phrases.get(lookupKey(words[1]!)))) return typedMention(base, 'organization', true, scores);
  return undefined;
};

/** "Lee Cheuk-yan", "Park Joo-ho": a family name written first, then a hyphenated given name. */
const familyNameFirst: ClassifyRule = ({ words, lowers, base, scores }) => (words.length === 2 && (isFamilyNameFirst(words[0]!) || MORE_FAMILY_NAMES_FIRST.has(lowers[0]!)) && HYPHENATED_GIVEN_NAME.test(words[1]!) ? typedMention(base, 'person', true, scores) : undefined);

const MONTH_GIVEN_NAMES = localeWords((locale) => locale.names.monthGivenNames);
const PARTY_WORDS = localeWords((locale) => locale.context.partyAdjectives);

/** A party's word or its members' plural: "Democratic", "Republicans". */
const isPartyWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return PARTY_WORDS.has(lower) || (lower.endsWith('s') && PARTY_WORDS.has(lower.slice(0, -1)));
};

/**
 * "Albert Drive", "Victoria Crescent", "Prince Albert Terrace": plain names before a street's last
 * word that is no surname name the street, whatever given name or title they hold.
 */
const streetAfterName: ClassifyRule = ({ words, lowers, base, scores }) => (words.length >= 2 && THOROUGHFARE.has(lowers[words.length - 1]!) && words.every((word) => PLAIN_NAME.test(word)) ? typedMention(base, 'place', true, scores) : undefined);

/** "Helmut Kohl", "Dina Boluarte": a known first name and capitalised words after it. */
const knownGivenName: ClassifyRule = ({ candidate, tokens, gaz, facts, words, lowers, base, scores, saintly, modelLabel }) => {
  // Two to four words, opening with a known given name: the cheap tests first, as this runs for
  // every candidate and most are one word (the head-word tests lower-case every word).
  if (words.length < 2 || words.length > 4) return undefined;
  // "Orlando Pirates", "Jordan Kings": in a sports report, a given name and a plural that is no
  // surname, which the model reads as a body, name a club (the model's reading stands).
  if (facts.sports && modelLabel === 'ORG' && words.length === 2 && lowers[1]!.length > 3 && lowers[1]!.endsWith('s') && !lowers[1]!.endsWith('ss') && !gaz.lastNames.has(lowers[1]!)) return undefined;
  const firstWord = words.find((word) => !INITIAL.test(word)) ?? '';
  const firstLower = firstWord.toLowerCase();
  // "Jan Novak", "April Ryan": the candidate finder keeps such a month only before a surname.
  const monthName = words.length === 2 && MONTH_GIVEN_NAMES.has(lowers[0]!);
  // A given name that compromise files as a place ("Florence") needs a name without any head word after it ("Florence Nightingale Hospital").
  const headed = (): boolean => lowers.some((lower) => gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower));
  const given = gaz.firstNames.has(firstLower) || (firstWord === words[0] && gaz.givenNames.has(firstLower) && !headed()) || monthName;
  if (!given) return undefined;
  // "Arthur Ashe Stadium", "George Washington Bridge": a person's name and a venue's head that is
  // no surname name the place called after the person.
  const last = lowers[words.length - 1]!;
  if (words.length >= 3 && VENUE_HEADS.has(last)) return typedMention(base, 'place', true, scores);
  // "She spoke in Gordon House", "a concert at Albert Hall": a given name and a building's last word right after a place
  // preposition name the building (not a possessor: "in Ann Hall's view").
  const next = textAt(tokens, candidate.last + 1);
  if (words.length === 2 && (VENUE_HEADS.has(last) || BUILDINGS.has(last)) && LOCATIVE_WORDS.has(lowerAt(tokens, candidate.first - 1)) && next !== "'s" && next !== '\u2019s') return typedMention(base, 'place', true, scores);
  // "the Woodrow Wilson Center", "the Muhammad Ali Center": a body called after the person.
  if (words.length >= 3 && BODY_AFTER_PERSON.has(last)) return typedMention(base, 'organization', true, scores);
  const strongHead = lowers.some((lower) => STRONG_ORG_HEADS.has(lower) || STRONG_PLACE_HEADS.has(lower) || gaz.eventHeads.has(lower));
  // "Virginia Democratic primary voters": a party's word ends no person's name.
  if (!strongHead && !saintly && !isPartyWord(words[words.length - 1]!)) {
    const plain = words.every((word) => PLAIN_NAME.test(word) || INITIAL.test(word) || PARTICLE_WORDS.has(word));
    // "Bill Ford", "Michael Dell": a known given name and a one-word company's name are the person of that surname.
    const companySurname = words.length === 2 && firstWord === words[0] && isCompanySurname(gaz.phrases.get(lookupKey(words[1]!)));
    const known = !companySurname && words.some((word) => {
      const wordKinds = gaz.phrases.get(lookupKey(word));
      return wordKinds !== undefined && !wordKinds.includes('person') && !wordKinds.includes('city') && word !== words[0];
    });
    if (plain && !known) return typedMention(base, 'person', true, scores);
  }
  return undefined;
};

/**
 * Two or three plain capitalised words that are neither ordinary words nor known names of
 * places or organisations are, in news copy, nearly always a person ("Helmut Kohl").
 */
const plainCapitalisedWords: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, kinds, scores, modelLabel, saintly }) => {
  // "Virginia Democratic primary voters": a party's word makes no person's name.
  if (words.length >= 2 && words.length <= 3 && modelLabel !== 'ORG' && !saintly && !words.some(isPartyWord)) {
    const plain = words.every((word, index) => INITIAL.test(word) || (PLAIN_NAME.test(word) && !isCommonLower(gaz, lowers[index]!) && !gaz.orgHeads.has(lowers[index]!) && !gaz.placeHeads.has(lowers[index]!))) && !INITIAL.test(words[words.length - 1]!);
    const known = words.some((word) => {
      const wordKinds = gaz.phrases.get(lookupKey(word));
      return wordKinds !== undefined && !wordKinds.includes('person');
    });
    // "Bovine Spongiform Encephalopathy (BSE)": a name that defines an acronym is no person.
    const definesAcronym = textAt(tokens, candidate.last + 1) === '(' && /^\p{Lu}{2,}$/u.test(tokenAt(tokens, candidate.last + 2)?.text ?? '');
    // "the Adler Planetarium", "the Masjid Al-Haram": news copy puts no article before a person's name.
    const previous = tokenAt(tokens, candidate.first - 1);
    const afterArticle = previous !== undefined && previous.lower === 'the';
    const afterLocative = previous !== undefined && LOCATIVE_WORDS.has(previous.lower);
    if (plain && !known && !kinds && !definesAcronym && !afterArticle && !(afterLocative && words.some((word) => gaz.phrases.has(lookupKey(word))))) return typedMention(base, 'person', true, scores);
  }
  return undefined;
};

/**
 * "Leong Mun Wai said", "Dara Okafor told": two or three plain capitalised words that speak are
 * a person, whatever the model reads (a place, no name), unless the knowledge base knows a word
 * as a place or a body, a word is a head, a title or a party's, "the" or a place preposition
 * stands before, or the first word is an ordinary word (a later one may be, when the text never
 * writes it in lower case: "Wai").
 */
/** A short capitalised syllable of a Chinese, Malay or Korean name: "Leong", "Mun", "Wai". */
const NAME_SYLLABLE = /^\p{Lu}\p{Ll}{1,5}$/u;

const isCompanyKind = (kind: GazetteerKind): boolean => kind === 'org' || kind === 'agency' || kind === 'person';

const namesThatSpeak: ClassifyRule = ({ candidate, tokens, gaz, facts, words, base, kinds, scores, modelLabel, saintly }) => {
  if (words.length < 2 || words.length > 3 || modelLabel === 'ORG' || modelLabel === 'PER' || kinds || saintly || candidate.last - candidate.first !== words.length - 1) return undefined;
  const next = tokenAt(tokens, candidate.last + 1);
  if (!next || next.text !== next.lower || !SPEECH_VERBS.has(next.lower)) return undefined;
  const previous = tokenAt(tokens, candidate.first - 1);
  if (previous && (previous.lower === 'the' || (previous.text === previous.lower && LOCATIVE_WORDS.has(previous.lower)))) return undefined;
  const nameWord = (word: string, index: number): boolean => {
    const lower = word.toLowerCase();
    if (!PLAIN_NAME.test(word) || isPartyWord(word) || gaz.titles.has(lower) || gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower) || STRONG_PLACE_HEADS.has(lower) || STRONG_ORG_HEADS.has(lower)) return false;
    const wordKinds = gaz.phrases.get(lookupKey(word));
    // "Tane Fox said", "Zain Taikato Fox said": a surname that is also a company's or an agency's
    // word, after a name of unknown words that opens the name, is the speaker's surname.
    if (wordKinds !== undefined && !wordKinds.every((kind) => kind === 'person') && !(index === words.length - 1 && unknownFirst && wordKinds.every(isCompanyKind))) return false;
    return !isCommonLower(gaz, lower) || (syllables && index > 0 && !facts.lowerWords.has(lower) && !gaz.pos.has(lower));
  };
  const unknownFirst = isUnknownNameWord(words[0]!, gaz) && !gaz.phrases.has(lookupKey(words[0]!)) && !companyWords().has(words[0]!);
  // (Only a name of three short syllables may hold such a word: "Trump World told me" is no person.)
  const syllables = words.length === 3 && words.every((word) => NAME_SYLLABLE.test(word));
  return words.every(nameWord) ? typedMention(base, 'person', true, scores) : undefined;
};

/**
 * "Albright said", "Capuñay noted": an unknown capitalised word before a speech verb is a person,
 * unless a place preposition stands before it ("people in Kilifi said": the speaker is elsewhere)
 * or "the" ("the Democrats said").
 */
const speakerBeforeSpeechVerb: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, kinds, scores, modelLabel, loneHead }) => {
  if (words.length === 1 && modelLabel !== 'ORG' && !loneHead && /^\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*$/u.test(words[0]!) && !kinds && !isCommonLower(gaz, lowers[0]!)) {
    const previous = tokenAt(tokens, candidate.first - 1);
    if (previous && previous.text === previous.lower && LOCATIVE_WORDS.has(previous.lower)) return undefined;
    const next = tokenAt(tokens, candidate.last + 1);
    if (next && SPEECH_VERBS.has(next.lower)) {
      // "The Democrats said", "the Hales said": news copy puts no article before a person's name;
      // a plural there is a group (a party's members, a family), no place either; so are a
      // party's members without the article ("Democrats said").
      if (previous?.lower === 'the') return /\p{Ll}s$/u.test(words[0]!) ? typedMention(base, 'other', true, scores) : undefined;
      if (words[0]!.endsWith('s') && isPartyWord(words[0]!)) return typedMention(base, 'other', true, scores);
      return typedMention(base, 'person', true, scores, undefined, undefined, true);
    }
  }
  return undefined;
};

/**
 * "the Bank said", "the Commission proposed": a capitalised head noun alone after "the" or
 * "this" refers back to the organisation and names it, as news corpora mark it; elsewhere
 * ("Bank shares", a sentence-initial "Council") it is no name.
 */
const headNounAlone: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores }) => {
  if (words.length === 1 && (gaz.orgHeads.has(lowers[0]!) || gaz.orgFirstHeads.has(lowers[0]!)) && isCommonLower(gaz, lowers[0]!)) {
    const determiner = tokenAt(tokens, candidate.first - 1)?.lower;
    // "the People": a plural names the members, not the body; "the Times" is a paper.
    const plural = gaz.pos.get(lowers[0]!) === 'Plural' && !NEWSPAPER_HEADS.has(lowers[0]!);
    if (!candidate.sentStart && !plural && (determiner === 'the' || determiner === 'this')) return typedMention(base, 'organization', true, scores);
    return typedMention(base, 'other', false, null);
  }
  return undefined;
};

/**
 * "Siemens Gamesa", "Toyota Tsusho": a name that opens with a known company is no place. Only
 * where the rest is no place, place head or ordinary word: "Carnegie Hall", "Apache Junction",
 * "Progressive Mérida" are places.
 */
const companyLedName: ClassifyRule = ({ gaz, words, base, scores, type }) => {
  if (type === 'place' && words.length >= 2 && isCompanyWord(words[0]!, gaz) && words.slice(1).every((word) => isUnknownNameWord(word, gaz))) return typedMention(base, 'organization', true, scores);
  return undefined;
};

/**
 * "the Halvorsen Planetarium": a name of two or more words after "the" is no person ("the
 * Clinton administration" keeps its one-word person, "the Narendra Modi government" its person
 * with a known given name); the model's next reading stands.
 */
const noPersonAfterThe: ClassifyRule = (reading) => {
  const { candidate, tokens, gaz, words, lowers, scores } = reading;
  if (reading.type === 'person' && words.length >= 2 && lowerAt(tokens, candidate.first - 1) === 'the' && !gaz.firstNames.has(lowers[0]!) && !gaz.worldGivenNames.has(lowers[0]!) && !gaz.lastNames.has(lowers[words.length - 1]!) && !words.some((word) => gaz.phrases.get(lookupKey(word))?.includes('person') === true)) {
    let next = -1;
    for (let index = 0; index < LABELS.length; index++) if (LABELS[index] !== 'PER' && (next < 0 || scores[index]! > scores[next]!)) next = index;
    scores[LABELS.indexOf('PER')] = scores[next]! - 1;
    reading.type = LABEL_TYPE[LABELS[next]!];
  }
  return undefined;
};

/**
 * "Kenyatta National Hospital", "Mandela Rhodes Foundation": a name of three words or more
 * that ends in an organisation's head word, and that the model reads as an organisation, is
 * one, not the person whose given name opens it (a head word that is also a surname is left
 * to the other rules).
 */
const noPersonWithHead: ClassifyRule = ({ gaz, words, lowers, base, scores, modelLabel }) => {
  const head = lowers[words.length - 1]!;
  if (modelLabel === 'ORG' && words.length >= 3 && gaz.orgHeads.has(head) && !gaz.lastNames.has(head) && !gaz.titles.has(head)) return typedMention(base, 'organization', true, scores);
  return undefined;
};

/**
 * "according to Quantcast", "told Nexora": a source of what is said or told is a person or an
 * organisation, never a place, unless the knowledge base knows the place (a capital standing
 * for its government keeps its type) or the name is a possessor ("told Kenya's parliament").
 */
const MEASURE_NOUNS = localeWords((locale) => locale.names.measureNouns);

/**
 * "Growth in Gross Domestic Product slowed": two to four ordinary words ending in a noun of an
 * economic measure, none a place's head, a known name's word or a name, are a term written in
 * capitals, never a place by the model's reading alone ("Broken Arrow", "Sand Springs" are towns
 * of ordinary words, so only a measure's noun tells).
 */
const noPlaceOfOrdinaryWords: ClassifyRule = (reading) => {
  const { gaz, words, lowers, kinds } = reading;
  if (reading.type !== 'place' || kinds !== undefined || words.length < 2 || words.length > 4 || !MEASURE_NOUNS.has(lowers[words.length - 1]!)) return undefined;
  const ordinary = (word: string, index: number): boolean => {
    const lower = lowers[index]!;
    // (a modifier may be an adjective the lexicon lacks: "Domestic")
    return /^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(word) && (isCommonLower(gaz, lower) || (index < words.length - 1 && hasAdjectiveEnding(lower))) && !gaz.placeHeads.has(lower) && !STRONG_PLACE_HEADS.has(lower) && !gaz.phrases.has(lookupKey(word)) && !gaz.givenNames.has(lower) && !gaz.lastNames.has(lower);
  };
  return words.every(ordinary) ? typedMention(reading.base, 'other', false, null) : undefined;
};

const noPlaceAsSource: ClassifyRule = (reading) => {
  const { candidate, tokens, kinds, scores } = reading;
  if (reading.type !== 'place' || kinds || !isSourcePosition(tokens, candidate.first)) return undefined;
  const next = tokenAt(tokens, candidate.last + 1)?.text;
  if (next === "'s" || next === '\u2019s') return undefined;
  const type = nextBestType(scores, 'LOC');
  reading.type = type === 'person' ? 'person' : 'organization';
  // The document's vote reads the scores again: the place's must stay below, the new reading's above no entity.
  scores[LABELS.indexOf('LOC')] = Math.min(...scores) - 1;
  scores[LABELS.indexOf(reading.type === 'person' ? 'PER' : 'ORG')] = Math.max(...scores) + 1;
  return undefined;
};

/** Whether the words before a name make it a source: "according to X", "told X". */
function isSourcePosition(tokens: readonly Token[], first: number): boolean {
  const previous = tokenAt(tokens, first - 1)?.lower;
  if (previous === undefined) return false;
  if (previous === 'to') return SOURCE_BEFORE_TO.has(tokenAt(tokens, first - 2)?.lower ?? '');
  return SOURCE_VERBS.has(previous);
}

/** "Paris Saint-Germain": a saint's name makes no person; the next reading, else a place. */
const noSaintlyPerson: ClassifyRule = (reading) => {
  const { scores } = reading;
  if (reading.type === 'person' && reading.saintly) {
    reading.type = nextBestType(scores, 'PER') ?? 'place';
    // The document's vote reads the scores again: the person's must stay below, a place's above no entity.
    scores[LABELS.indexOf('PER')] = Math.min(...scores) - 1;
    if (reading.type === 'place') scores[LABELS.indexOf('LOC')] = Math.max(...scores) + 1;
  }
  return undefined;
};

/** "Bovine Spongiform Encephalopathy (BSE)": people are not defined with acronyms. */
const noPersonDefiningAcronym: ClassifyRule = ({ candidate, tokens, base, scores, type }) => {
  if (type === 'person' && textAt(tokens, candidate.last + 1) === '(' && /^\p{Lu}{2,}$/u.test(tokenAt(tokens, candidate.last + 2)?.text ?? '')) return typedMention(base, 'other', true, scores);
  return undefined;
};

/** "Bovine Spongiform Encephalopathy (BSE)": a name that defines an acronym is a name. */
const nameDefiningAcronym: ClassifyRule = ({ candidate, tokens, words, base, scores, type }) => {
  if (type === null && words.length >= 2 && textAt(tokens, candidate.last + 1) === '(' && isAcronymOf(tokenAt(tokens, candidate.last + 2)?.text ?? '', words)) return typedMention(base, 'other', true, scores);
  return undefined;
};

const SAINT_WORDS = localeWords((locale) => locale.names.saintWords);

/**
 * "The storm hit St George", "Residents of St George": a saint's title and one name that the
 * model reads as no name is a place called after the saint (a town, a parish), unless it speaks
 * or is the saint of a place.
 */
const saintPlace: ClassifyRule = ({ candidate, tokens, words, lowers, base, scores, type }) => {
  if (type !== null || words.length !== 2 || !SAINT_WORDS.has(lowers[0]!.replace(/\.$/, '')) || !PLAIN_NAME.test(words[1]!)) return undefined;
  const next = tokenAt(tokens, candidate.last + 1);
  // (nor a saint named by their town: "St Francis of Assisi", "St. Theodorus of Tabennese")
  if (next !== undefined && (SPEECH_VERBS.has(next.lower) || next.text === 'of')) return undefined;
  return typedMention(base, 'place', true, scores);
};

/**
 * An unknown acronym in running text ("FTU", "VCG") is most often an organisation; not right before
 * a noun of a trade's whole, where it names the trade ("the QSR sector", "many QSR chains").
 */
const unknownAcronym: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, type }) => {
  if ((type === null || type === 'person') && words.length === 1 && /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(words[0]!) && (type === 'person' || !isCommonLower(gaz, lowers[0]!))) {
    const next = tokenAt(tokens, candidate.last + 1);
    if (next !== undefined && next.text === next.lower && SECTOR_NOUNS.has(next.lower)) return typedMention(base, 'other', false, null);
    return typedMention(base, 'organization', true, new Float32Array(LABELS.length));
  }
  return undefined;
};

/**
 * The rules after the model has scored the candidate, in order: first match wins. Knowledge and
 * name shapes come first; from companyLedName on, the rules revise the model's own reading.
 */
/**
 * "Democratic Sen. Claire McCaskill", "Democrat Rep. Dina Titus": a party's word and a title
 * before a person's name are no name of their own (the person follows).
 */
const partyAndTitle: ClassifyRule = ({ gaz, words, lowers, base }) => (words.length >= 2 && gaz.titles.has(lowers[words.length - 1]!) && words.slice(0, -1).every(isPartyWord) ? typedMention(base, 'other', false, null) : undefined);

/** "Air New Zealand", "Air Chathams": an airline's opening word and a place or a name of its own (isAirlineName). */
const airlineOpening: ClassifyRule = ({ candidate, tokens, gaz, words, base, scores }) => {
  if (words.length < 2 || candidate.last - candidate.first !== words.length - 1) return undefined;
  const positions: number[] = [];
  for (let at = candidate.first; at <= candidate.last; at++) positions.push(at);
  return isAirlineName(tokens, positions, gaz) ? typedMention(base, 'organization', true, scores) : undefined;
};

const BROADCASTER_FIRST = localeWords((locale) => locale.heads.broadcasterFirst);

/**
 * "Radio France Internationale", "Radio Free Asia", "Radio Australia": a broadcaster's word and
 * plain capitalised words after it, one of them a known place or nationality, name the
 * broadcaster, wherever the place inside or a list of places around it ("… and France 24")
 * would lead the model; not a venue named after it ("Radio City Music Hall": a place's head
 * ends it), nor a category of ordinary words ("Television Film").
 */
const broadcasterOpening: ClassifyRule = ({ candidate, gaz, words, lowers, base, scores, kinds }) => {
  if (kinds || words.length < 2 || !BROADCASTER_FIRST.has(lowers[0]!) || candidate.last - candidate.first !== words.length - 1) return undefined;
  const last = lowers[lowers.length - 1]!;
  if (gaz.placeHeads.has(last) || STRONG_PLACE_HEADS.has(last) || last === 'city' || !words.every((word) => PLAIN_NAME.test(word))) return undefined;
  if (!words.some((word, index) => index > 0 && (isPlaceKind(gaz.phrases.get(lookupKey(word))) || gaz.demonyms.has(lookupKey(word)))) && !isPlaceKind(gaz.phrases.get(lookupKey(words.slice(1).join(' '))))) return undefined;
  return typedMention(base, 'organization', true, scores);
};

const STATE_UNIVERSITY = localeWords((locale) => locale.heads.stateUniversity);
const MATCH_VERBS = localeWords((locale) => locale.sports.matchVerbs);

/**
 * "Ohio State said it would appeal", "a professor at Penn State", "Iowa State beat Kansas": a
 * region's name and "State" that speak, play, own or are studied and worked "at" are its
 * university; "in Washington State", "New York State's budget" (no such cue) stay the state.
 */
const stateUniversity: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores }) => {
  if (words.length !== 2 || !STATE_UNIVERSITY.has(lowers[1]!)) return undefined;
  const kinds = gaz.phrases.get(lookupKey(words[0]!));
  if (!kinds || !kinds.includes('region') || kinds.includes('country')) return undefined;
  const previous = tokenAt(tokens, candidate.first - 1);
  const next = tokenAt(tokens, candidate.last + 1);
  const at = previous !== undefined && previous.lower === 'at';
  const acts = next !== undefined && next.text === next.lower && (SPEECH_VERBS.has(next.lower) || MATCH_VERBS.has(next.lower));
  return at || acts ? typedMention(base, 'organization', true, scores) : undefined;
};

const SETTLEMENT_LANDFORMS = localeWords((locale) => locale.heads.settlementLandforms);

/**
 * "a standoff in Kelly Ridge", "found in Cordes Lakes": after a place preposition, one or two
 * plain names and a landform's word that suburbs and villages are named with are the place, even
 * where the first is a given name. A known surname last ("near Tom Ridge's home") or a known
 * name of another kind keeps its reading.
 */
const landformAfterPreposition: ClassifyRule = ({ candidate, tokens, gaz, words, lowers, base, scores, kinds }) => {
  if (words.length < 2 || words.length > 3 || kinds !== undefined) return undefined;
  const last = lowers[words.length - 1]!;
  if (!SETTLEMENT_LANDFORMS.has(last) || gaz.lastNames.has(last) || !LOCATIVE_WORDS.has(lowerAt(tokens, candidate.first - 1))) return undefined;
  const next = textAt(tokens, candidate.last + 1);
  if (next === "'s" || next === '\u2019s' || !words.every((word) => (PLAIN_NAME.test(word) && !gaz.phrases.has(lookupKey(word))) || isPlaceKind(gaz.phrases.get(lookupKey(word))))) return undefined;
  return typedMention(base, 'place', true, scores);
};

const PLACE_MODIFIERS = localeWords((locale) => locale.context.placeModifiers);

/**
 * "in west suburban Oak Brook", "from nearby Kaya": lower-case words that only places take
 * between a place preposition and a name make the name a place, whatever given name or surname
 * it holds (nobody is "in nearby Smith"). A possessor ("in nearby Ann Hill's home") and a name the
 * knowledge base files as a body or a person only keep their reading.
 */
const nameAfterPlaceModifier: ClassifyRule = ({ candidate, tokens, words, base, scores, kinds }) => {
  if (candidate.title !== null || words.length > 3 || (kinds && !isPlaceKind(kinds) && !kinds.includes('city'))) return undefined;
  let at = candidate.first - 1;
  while (at >= candidate.first - 3 && PLACE_MODIFIERS.has(textAt(tokens, at))) at--;
  if (at === candidate.first - 1 || !LOCATIVE_WORDS.has(textAt(tokens, at))) return undefined;
  if (isPossessive(tokenAt(tokens, candidate.last + 1)) || !words.every((word) => PLAIN_NAME.test(word))) return undefined;
  return typedMention(base, 'place', true, scores);
};

const TRANSIT_STOPS = localeWords((locale) => locale.context.transitStops);

/**
 * "the Red Line's Jackson stop", "change at Elm station": a name right before a lower-case noun of
 * a transit stop names the stop, a place, even when it is a surname too. A person the knowledge
 * base knows ("a Biden stop") keeps the reading.
 */
const nameBeforeTransitStop: ClassifyRule = ({ candidate, tokens, words, base, scores, kinds }) => {
  if (candidate.title !== null || words.length > 2 || (kinds && !isPlaceKind(kinds) && !kinds.includes('city'))) return undefined;
  if (!TRANSIT_STOPS.has(textAt(tokens, candidate.last + 1)) || !words.every((word) => PLAIN_NAME.test(word))) return undefined;
  // A noun phrase's word before ("the", "at", "line"), not a headline's opening: "Guard Service stop protest" is no stop.
  const previous = tokenAt(tokens, candidate.first - 1);
  if (!previous || !previous.word || previous.text !== previous.lower) return undefined;
  return typedMention(base, 'place', true, scores);
};

/** "General Mills", "General Dynamics": a company's title word and a plural noun (isTitledCompany). */
const titledCompany: ClassifyRule = ({ candidate, tokens, gaz, words, base, scores }) => (words.length === 2 && candidate.last === candidate.first + 1 && isTitledCompany(tokens, [candidate.first, candidate.last], gaz) ? typedMention(base, 'organization', true, scores) : undefined);

const MODEL_RULES: readonly ClassifyRule[] = [
  partyAndTitle,
  nameAfterPersonalTitle,
  nameAfterPlaceModifier,
  nameBeforeTransitStop,
  knownPhrase,
  titledCompany,
  airlineOpening,
  broadcasterOpening,
  stateUniversity,
  nationalBody,
  pluralHeadOf,
  bodyOfOrdinaryWords,
  headWordAfterTitle,
  unknownSeatBeforeHolder,
  nameAfterTitle,
  waterAfterPlace,
  transportLine,
  cityNewspaper,
  bankInOneWord,
  knownCompany,
  policeUnitActing,
  provinceWithCompass,
  possessivePlace,
  headWordSaysWhat,
  placeOpeningWord,
  agencyAfterThe,
  utilityAfterName,
  clubWordFirst,
  clubWordLast,
  companyClubOfCity,
  familyNameFirst,
  noPersonWithHead,
  landformAfterPreposition,
  streetAfterName,
  knownGivenName,
  plainCapitalisedWords,
  namesThatSpeak,
  speakerBeforeSpeechVerb,
  headNounAlone,
  companyLedName,
  noPersonAfterThe,
  noSaintlyPerson,
  noPlaceOfOrdinaryWords,
  noPlaceAsSource,
  noPersonDefiningAcronym,
  nameDefiningAcronym,
  saintPlace,
  unknownAcronym,
];

/**
 * The candidate's words in lower case, read once for all the rules (they asked for the same
 * words' lower case one by one, each a new string to hash again at every lookup).
 */
function lowerWords(words: readonly string[], tokens: readonly Token[], first: number): string[] {
  const lowers: string[] = [];
  for (let index = 0; index < words.length; index++) lowers.push(lowerOfWord(words[index]!, tokens[first + index]));
  return lowers;
}

/** Types one candidate on its own: the rules before the model, the model, then the rules after it. */
export function classify(candidate: Candidate, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts): Typed {
  const words = candidate.words;
  // A one-word name's key is its token's (a word token's key is lookupKey of its text).
  const token = words.length === 1 ? tokens[candidate.first] : undefined;
  const key = token !== undefined && token.word && token.text === words[0] ? token.key : lookupKey(words.join(' '));
  const base: Place = { start: candidate.start, end: candidate.end, words, key, candidate };
  const reading: Reading = { candidate, tokens, gaz, facts, words, lowers: lowerWords(words, tokens, candidate.first), key, base, kinds: gaz.phrases.get(key), scores: NO_SCORES, modelLabel: 'O', loneHead: false, saintly: false, type: null };
  for (const rule of RULES_BEFORE_MODEL) {
    const typed = rule(reading);
    if (typed) return typed;
  }
  const scores = scoreCandidate(model(), candidate, tokens, gaz, facts);
  scores[LABELS.length - 1]! += O_BIAS;
  let best = 0;
  for (let index = 1; index < LABELS.length; index++) if (scores[index]! > scores[best]!) best = index;
  reading.scores = scores;
  reading.modelLabel = LABELS[best]!;
  const loneWord = words.length === 1 ? reading.lowers[0]! : '';
  reading.loneHead = words.length === 1 && gaz.orgHeads.has(loneWord) && !gaz.lastNames.has(loneWord) && !gaz.firstNames.has(loneWord);
  reading.saintly = words.length >= 2 && words.slice(1).some((word) => SAINT_PREFIX.test(word));
  reading.type = LABEL_TYPE[reading.modelLabel];
  for (const rule of MODEL_RULES) {
    const typed = rule(reading);
    if (typed) return typed;
  }
  if (reading.type === null) return typedMention(base, 'other', false, scores); // no entity unless the rest of the text votes otherwise
  return typedMention(base, reading.type, false, scores);
}
