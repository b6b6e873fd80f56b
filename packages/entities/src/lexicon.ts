import { FEMININE_GIVEN_NAMES, foldDiacritics, MASCULINE_GIVEN_NAMES, UNISEX_GIVEN_NAMES, unpackNames } from '@newsparse/core';
import { LAST_NAME_PHRASES, POS_WORDS, TABLE_MAX_WORDS, TABLE_PHRASES, TABLE_PREFIXES } from './data/gazetteer.generated.js';
import { WORLD_GIVEN_NAMES } from './data/given-names.generated.js';
import { AGENCIES, CITY_ENDONYMS, COMPETITION_NAMES, DEMONYMS, GIVEN_NAMES, MUSLIM_GIVEN_NAMES, NEWS_MAKER_SURNAMES, ORGANIZATIONS, OTHER_NAMES, REGIONS, TITLES } from './data/knowledge.js';
import { localeWords } from './locales/index.js';
import { COUNTRIES } from './data/places.generated.js';
import { COMMON_WORDS } from './model.generated.js';

/** The lookup key of a word or phrase: diacritics folded, lower case, periods dropped. */
export function lookupKey(text: string): string {
  return keyOfLower(text.toLowerCase());
}

/** Plain ASCII words without periods or spaces are their own key (most tokens: no further copies). */
const PLAIN_KEY = /^[a-z0-9'&-]*$/;

/** {@link lookupKey} of text that is already lower case. */
export function keyOfLower(lower: string): string {
  if (PLAIN_KEY.test(lower)) return lower;
  let key = lower;
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(key)) key = foldDiacritics(key).replace(/[\u2019\u2018]/g, "'");
  return key.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** What the knowledge base says about a phrase. */
export type GazetteerKind = 'country' | 'region' | 'city' | 'capital' | 'org' | 'agency' | 'demonym' | 'team' | 'person' | 'other';

export interface Gazetteer {
  /** phrase key → kinds it is known as */
  phrases: Map<string, GazetteerKind[]>;
  /** phrase key → canonical name (countries, organisations with acronyms, demonyms → country) */
  canonical: Map<string, string>;
  /** the longest known phrase, in words */
  maxWords: number;
  /** every proper word prefix of a known phrase ("united", "united arab"): a longest match stops where none fits */
  prefixes: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgFirstHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  /** role nouns from compromise's lexicon ("biologist", "magician"): they stand before names like titles */
  roles: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  /** the gender of given names whose bearers are mostly of one (core's lists, then compromise's MaleName and FemaleName) */
  givenGenders: ReadonlyMap<string, 'female' | 'male'>;
  /** core's hand-checked given names alone, by gender */
  curatedGenders: ReadonlyMap<string, 'female' | 'male'>;
  lastNames: ReadonlySet<string>;
  /**
   * first names, the common given names that compromise files as places or ordinary words ("Jordan",
   * "Florence") and the world's given names (worldGivenNames)
   */
  givenNames: ReadonlySet<string>;
  /**
   * Given names of South Asia, Africa, Indonesia and Turkey that the lexicon lacks ("Narendra",
   * "Kwame"), from Faker's locales.
   */
  worldGivenNames: ReadonlySet<string>;
  /** compromise's part-of-speech tag for a lower-case word, where its lexicon has one */
  pos: Map<string, string>;
  /** lower-case words common in running English text (learned from the training corpus) */
  common: ReadonlySet<string>;
  /** demonym key → country or region name */
  demonyms: Map<string, string>;
}

/**
 * Files `kind` under a phrase's key, after the kinds it already has. The build-time table
 * (scripts/build-gazetteer.ts) and gazetteer() both add through it, so their kind order agrees.
 */
export function addKind(kindsOf: Map<string, GazetteerKind[]>, key: string, kind: GazetteerKind): void {
  const kinds = kindsOf.get(key);
  if (kinds === undefined) kindsOf.set(key, [kind]);
  else if (!kinds.includes(kind)) kinds.push(kind);
}

/** Adds every word-boundary prefix of a multi-word key ("new york" of "new york city"): the lookup extends a match only while it is one. */
export function addPrefixes(prefixes: Set<string>, key: string): void {
  for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
}

let cached: Gazetteer | null = null;

/** Extra phrases a caller added through options.lexicon; merged per call. */
/** The locales' holidays as written ("Valentine's Day"): the gazetteer keys them as it keys every name. */
const HOLIDAYS: readonly string[] = [...localeWords((locale) => locale.names.holidays)];

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const phrases = new Map<string, GazetteerKind[]>();
  const canonical = new Map<string, string>();
  let maxWords = 1;
  const add = (phrase: string, kind: GazetteerKind, canonicalName?: string): void => {
    const key = lookupKey(phrase);
    if (!key) return;
    addKind(phrases, key, kind);
    if (canonicalName && !canonical.has(key)) canonical.set(key, canonicalName);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  // Our curated knowledge first: it decides canonical names.
  for (const row of COUNTRIES) {
    const name = row[1] ?? '';
    for (const alias of row.slice(1)) add(alias, 'country', name);
  }
  for (const region of REGIONS) add(region, 'region');
  for (const name of OTHER_NAMES) add(name, 'other');
  for (const name of COMPETITION_NAMES) add(name, 'other');
  // Holidays are named days, no person, place or body ("Halloween", "Passover").
  for (const name of HOLIDAYS) add(name, 'other');
  for (const agency of AGENCIES) add(agency, 'agency');
  for (const [short, long] of ORGANIZATIONS) {
    add(short, 'org', long);
    add(long, 'org', long);
  }
  // "Germany's Scholz", "Erdogan Warns Sweden": the surnames world news names alone.
  for (const name of NEWS_MAKER_SURNAMES) add(name, 'person');
  const demonyms = new Map<string, string>();
  for (const [demonym, country] of Object.entries(DEMONYMS)) {
    add(demonym, 'demonym', country);
    demonyms.set(lookupKey(demonym), country);
  }
  const curatedKeys = [...phrases.keys()];
  // Capitals, cities and compromise's lexicon (people's names, places, organisations, sports
  // teams, parts of speech) come keyed and grouped from a table generated at build time
  // (scripts/build-gazetteer.ts): computing them here was most of a fresh process's first call.
  // They come after our curated knowledge, which decides canonical names, and add their kinds
  // after its kinds, as adding them one by one did. Kind lists are shared between the phrases
  // of a group: the gazetteer is only read.
  for (const [group, keys] of Object.entries(TABLE_PHRASES)) {
    const groupKinds = group.split(',') as GazetteerKind[];
    for (const key of keys.split('\n')) {
      const kinds = phrases.get(key);
      if (kinds === undefined) phrases.set(key, groupKinds);
      else for (const kind of groupKinds) if (!kinds.includes(kind)) kinds.push(kind);
    }
  }
  maxWords = Math.max(maxWords, TABLE_MAX_WORDS);
  // A city's own name ("Milano") is known as its English name is, under that name.
  const endonymKeys: string[] = [];
  for (const [local, english] of CITY_ENDONYMS) {
    const key = lookupKey(local);
    const kinds = phrases.get(lookupKey(english));
    if (kinds === undefined || phrases.has(key)) continue;
    phrases.set(key, [...kinds]);
    canonical.set(key, canonical.get(lookupKey(english)) ?? english);
    endonymKeys.push(key);
  }
  const pos = new Map<string, string>();
  for (const [tag, words] of Object.entries(POS_WORDS)) for (const word of words.split('\n')) pos.set(word, tag);
  // compromise's first names are its one-word entries tagged FirstName (either gender), MaleName or FemaleName.
  const maleNames = (POS_WORDS.MaleName ?? '').split('\n');
  const femaleNames = (POS_WORDS.FemaleName ?? '').split('\n');
  const firstNames = new Set([...(POS_WORDS.FirstName ?? '').split('\n'), ...maleNames, ...femaleNames]);
  // Core's hand-checked names decide where compromise files a name under the other gender.
  const curatedGenders = new Map<string, 'female' | 'male'>();
  for (const name of FEMININE_GIVEN_NAMES) curatedGenders.set(name, 'female');
  for (const name of MASCULINE_GIVEN_NAMES) curatedGenders.set(name, 'male');
  const givenGenders = new Map(curatedGenders);
  for (const [names, gender] of [[femaleNames, 'female'], [maleNames, 'male']] as const) {
    for (const name of names) if (!givenGenders.has(name)) givenGenders.set(name, gender);
  }
  // Names both men and women bear tell nothing ("Lindsey Graham"), whatever a list says.
  for (const name of UNISEX_GIVEN_NAMES) {
    givenGenders.delete(name);
    curatedGenders.delete(name);
  }
  const common = new Set(COMMON_WORDS.split('|'));
  const worldNames = worldGivenNames(pos, phrases, common);
  const prefixes = new Set(TABLE_PREFIXES.split('\n'));
  for (const key of [...curatedKeys, ...endonymKeys]) addPrefixes(prefixes, key);
  cached = {
    phrases,
    canonical,
    maxWords,
    prefixes,
    // "Acme VP Jo Park": the abbreviated corporate titles written after a company's name stand before a person as titles do;
    // so do a legislator's initialisms ("Edmonton MLA Sarah Kaur", "Ontario MPP Jane Lee"), their plurals and
    // two-letter ones left out ("TD Ameritrade": a bank's initials too).
    // So are the initialisms of public offices of three letters or more ("DPO Ali Shah"; "DC" also names a place).
    titles: new Set([...TITLES, ...localeWords((locale) => locale.context.capitalFollowers), ...[...localeWords((locale) => locale.context.legislatorRoles)].filter((role) => role.length >= 3 && !role.endsWith('s')), ...[...localeWords((locale) => locale.names.officeInitialisms)].filter((office) => office.length >= 3)]),
    orgHeads: localeWords((locale) => locale.heads.organisation),
    orgFirstHeads: localeWords((locale) => locale.heads.organisationFirst),
    placeHeads: localeWords((locale) => locale.heads.place),
    eventHeads: localeWords((locale) => locale.heads.event),
    roles: new Set((POS_WORDS.Actor ?? '').split('\n')),
    firstNames,
    givenGenders,
    curatedGenders,
    lastNames: new Set([...(POS_WORDS.LastName ?? '').split('\n'), ...LAST_NAME_PHRASES.split('\n')]),
    givenNames: new Set([...firstNames, ...GIVEN_NAMES, ...worldNames]),
    worldGivenNames: worldNames,
    pos,
    common,
    demonyms,
  };
  return cached;
}

/**
 * The knowledge base's names written in capitals ("MIT", "AFP", "NATO"), lower-cased: its
 * organisations' acronyms and the agencies' and outlets' initials. The one list the rules read
 * when a word spells one of them in title case ({@link isAcronymInTitleCase}).
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(
  [...ORGANIZATIONS.map(([alias]) => alias), ...AGENCIES].filter((name) => /^[A-Z]{2,}$/.test(name)).map((name) => name.toLowerCase()),
);

/**
 * Whether one word spells a known acronym ({@link KNOWN_ACRONYMS}) in title case, not in
 * capitals ("Mit", "Sec", "Spa", "Nato"), given its lookup key: then it may be another word.
 */
export function isAcronymInTitleCase(word: string, key: string): boolean {
  return KNOWN_ACRONYMS.has(key) && word !== word.toUpperCase();
}

/** Whether a title that is an adjective and a role noun after it make a job's title, no name ("Principal Consultant", "Senior Analyst"). */
export function isAdjectiveTitleAndRole(title: string, role: string, gaz: Gazetteer): boolean {
  return gaz.titles.has(title) && gaz.pos.get(title) === 'Adjective' && gaz.roles.has(role);
}

/** Whether every part of a hyphenated given name (lower-case) passes `isGiven`: "jean-luc", "hans-peter"; "jean-l" does not. */
export function isHyphenatedName(lower: string, isGiven: (part: string) => boolean): boolean {
  return lower.split('-').every((part) => part.length > 1 && isGiven(part));
}

/**
 * Whether a word is a given name the lexicon knows, as written or with its accents folded: the
 * lexicon spells given names without them ("maria", "jose"), the copy of other languages with
 * them ("María Fernanda Valdés", "José Pérez").
 */
export function isKnownGivenName(word: string, gaz: Gazetteer): boolean {
  const lower = word.toLowerCase();
  if (gaz.firstNames.has(lower)) return true;
  if (lower.indexOf('-') > 0) return isHyphenatedName(lower, (part) => isKnownGivenName(part, gaz));
  const key = lookupKey(word);
  return key !== lower && gaz.firstNames.has(key);
}

const PLACE_KINDS: readonly GazetteerKind[] = ['country', 'region', 'city', 'capital'];

/** Whether a gazetteer entry is a place of any kind. */
export function isPlaceKind(kinds: readonly GazetteerKind[] | undefined): boolean {
  return kinds !== undefined && kinds.some((kind) => PLACE_KINDS.includes(kind));
}

/** Whether a gazetteer entry is a place and nothing else (no person, no organisation of that name). */
export function isOnlyPlace(kinds: readonly GazetteerKind[] | undefined): boolean {
  return kinds !== undefined && kinds.every((kind) => PLACE_KINDS.includes(kind));
}

/** The country of a demonym ("Peruvian" → "Peru"), plural ones too ("Germans"). */
export function demonymCountry(gaz: Gazetteer, key: string): string | undefined {
  const direct = gaz.demonyms.get(key);
  if (direct) return direct;
  if (key.endsWith('s')) return gaz.demonyms.get(key.slice(0, -1));
  // "Frenchman", "Dutchwomen": a nationality's adjective and "man" or "woman" name one of its people.
  const person = PERSON_OF_NATION.exec(key);
  return person ? gaz.demonyms.get(person[1]!) : undefined;
}

const PERSON_OF_NATION = /^(\p{Ll}{4,}?)(?:wo)?m[ae]n$/u;

/**
 * The world's given names (South Asian, African, Indonesian, Turkish: "Narendra", "Kwame",
 * "Prabowo") that are no word compromise or the model knows and no place or body the gazetteer knows.
 */
function worldGivenNames(pos: ReadonlyMap<string, string>, phrases: ReadonlyMap<string, readonly GazetteerKind[]>, common: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const name of [...unpackNames(WORLD_GIVEN_NAMES), ...MUSLIM_GIVEN_NAMES]) if (!pos.has(name) && !phrases.has(name) && !common.has(name)) names.add(name);
  return names;
}
