import { HEADLINE_SMALL_WORDS, TITLE_ABBREVIATIONS } from '@newsparse/core';
import { CLOSED_CLASS_POS, isAgentPlural, isCityKind, isCommonLower, isRegionOrCity, nounBeforePlace, PLAIN_NAME } from './candidates.js';
import { localePattern, localeWords } from './locales/index.js';
import { LABELS } from './features.js';
import { isKnownCompanyWord } from './classify.js';
import { type Gazetteer, isAdjectiveTitleAndRole, isPlaceKind, lookupKey } from './lexicon.js';
import { hyphenedParticleName, isHandleAt, isMarkAt, isPossessive, isTicker, lowerAt, lowerOfWord, textAt, type Token, tokenAt } from './tokenize.js';
import { type EdgeIndex, kindsOf, mentionsByEdgeToken, type Typed, typedMention } from './typed.js';
import { COUNTY_SHORT_FORMS, CURRENCY_CODES, OTHER_NAMES, POSSESSIVE_BRANDS, STATE_CODES_AFTER_TOWNS, STATE_FORMS_IN_PARTY_TAGS, WORDLIKE_STATE_ABBREVIATIONS } from './data/knowledge.js';

// Rules that read the words around a name, applied after the classifier. Each one is a
// general convention of news copy (none is keyed to a particular name), and each has a
// hand-written fixture in test/fixtures/cases.json.

/** Words that, after "X's", make X a company or other organisation ("Acme's chief executive"). */
const ORG_POSSESSIONS = localeWords((locale) => locale.context.organisationPossessions);
const hasAdjectiveEnding = localePattern((locale) => locale.patterns.adjectiveEnding);
const hasFollowerEnding = localePattern((locale) => locale.patterns.followerEnding);
/** Of those, what a person may have as well: "Yeltsin's spokesman", "her staff". */
const PERSONAL_POSSESSIONS = localeWords((locale) => locale.context.personalPossessions);
/** Lower-case words that, right after a name, make it an organisation ("Acme shares fell", "an Acme spokesman"). */
const ORG_FOLLOWERS = localeWords((locale) => locale.context.organisationFollowers);
const CAPITAL_FOLLOWERS = localeWords((locale) => locale.context.capitalFollowers);
/** compromise's tags of common nouns. */
const COMMON_NOUN_TAGS: ReadonlySet<string> = new Set(['Singular', 'Plural']);
/** Whether the token at `at` is a lower-case common noun ("pick" in "Clinton's VP pick"). */
function beforeCommonNoun(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const token = tokenAt(tokens, at);
  return token !== undefined && token.word && token.text === token.lower && COMMON_NOUN_TAGS.has(gaz.pos.get(token.lower) ?? '');
}
const OFFICES_OF = localeWords((locale) => locale.context.officesOf);
const GOVERNMENT_LEVELS = localeWords((locale) => locale.context.governmentLevels);
const GOVERNMENT_OFFICES = localeWords((locale) => locale.context.governmentOffices);
const MERGER_WORDS = localeWords((locale) => locale.context.mergerWords);
const SPOKES_NOUNS = localeWords((locale) => locale.context.spokesNouns);
const WORKFORCE_NOUNS = localeWords((locale) => locale.context.workforceNouns);
/** Words before "of"/"in" that make the next name a company: "shares of X", "a stake in X". */
const STAKE_WORDS = localeWords((locale) => locale.context.stakeWords);
const DEAL_WORDS = localeWords((locale) => locale.context.dealWords);
const COMMERCIAL_DEAL_KINDS = localeWords((locale) => locale.context.commercialDealKinds);
const DEAL_NOUNS = localeWords((locale) => locale.context.dealNouns);
const INSTITUTION_PARTS = localeWords((locale) => locale.context.institutionParts);
/** Verbs of joining and leaving before "the X": "joined the X", "quit the X". */
const MEMBERSHIP_VERBS = localeWords((locale) => locale.context.membershipVerbs);
/** Nouns before "of the X" that name its members and leaders: "members of the X". */
const MEMBERSHIP_NOUNS = localeWords((locale) => locale.context.membershipNouns);
/** What a statement is issued in: "X said in a statement" is how news copy quotes an organisation. */
const STATEMENT_WORDS = localeWords((locale) => locale.context.statementWords);
const SAY_WORDS = localeWords((locale) => locale.context.sayWords);
const COMPANY_PARTS = localeWords((locale) => locale.context.companyParts);
/** Last words of market indices: "Nasdaq Composite", "Dow Jones Industrial Average". */
const INDEX_HEADS = localeWords((locale) => locale.context.indexHeads);
/** Prepositions before a place: "in Paris" is the city, "Paris said" the person. */
const LOCATIVES = localeWords((locale) => locale.context.locatives);

const setType = (item: Typed, type: Typed['type']): void => {
  item.type = type;
  item.firm = true;
  item.guess = false;
  item.scores = item.scores ?? new Float32Array(LABELS.length);
};

/** Whether a mention is one function word in mixed case ("It said its …", "Those hired …"): a pronoun or determiner opening a sentence, never a body ("US", "WHO" are left to the knowledge base). */
const isFunctionWord = (item: Typed, gaz: Gazetteer): boolean => item.words.length === 1 && item.words[0] !== item.words[0]!.toUpperCase() && CLOSED_CLASS_POS.has(gaz.pos.get(item.words[0]!.toLowerCase()) ?? '');

const TIME_ZONE_WORDS = localeWords((locale) => locale.names.timeZoneWords);
/** A clock time's last token: "p.m.", "pm", "a.m.", "9:30". */
const CLOCK_END = /^(?:[ap]\.?m\.?|\d{1,2}:\d{2})$/i;

/** Whether the zone word at `first`–`last` is followed by "time" ("Standard Time" too) or follows a clock time. */
function namesTimeZone(tokens: readonly Token[], first: number, last: number): boolean {
  let next = tokenAt(tokens, last + 1);
  if (next && (next.lower === 'standard' || next.lower === 'daylight')) next = tokenAt(tokens, last + 2);
  if (next?.lower === 'time') return true;
  return afterClockTime(tokens, first);
}

/** Whether a clock time ends right before token `first`: "7:15 a.m.", "9 pm", "14:00" (split at its colon). */
function afterClockTime(tokens: readonly Token[], first: number): boolean {
  const previous = tokenAt(tokens, first - 1);
  if (previous === undefined) return false;
  return CLOCK_END.test(previous.text) || (/^\d{2}$/.test(previous.text) && textAt(tokens, first - 2) === ':');
}

const TIME_ZONE_CODES = localeWords((locale) => locale.names.timeZoneCodes);

const ERA_ABBREVIATIONS = localeWords((locale) => locale.names.eraAbbreviations);
const GIVEN_NAME_ABBREVIATIONS = localeWords((locale) => locale.names.givenNameAbbreviations);
/** Words of a span of time that an era follows ("the 7th century BC"). */
const ERA_SPANS: ReadonlySet<string> = new Set(['century', 'centuries', 'millennium', 'millennia']);

/** Whether a year stands right before token `first` ("3000 BC", "7th century BC") or right after token `last` ("AD 79"). */
function isBesideYear(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokenAt(tokens, first - 1);
  if (before !== undefined && (/^\d{1,4}$/.test(before.text) || ERA_SPANS.has(before.lower))) return true;
  // ("394 A.D.": the era's last full stop may be a token of its own.)
  let after = last + 1;
  if (textAt(tokens, after) === '.') after++;
  return /^\d{1,4}$/.test(textAt(tokens, after));
}

/**
 * "Beds, Herts and Bucks", "Hants and Dorset": a county's short form listed with another one
 * or with a place (a comma, "and" or "or" between them) is that county, though alone it may
 * be a word or a name ("Bucks" the team).
 */
export function countyShortForms(typed: Typed[], tokens: readonly Token[]): void {
  let index: EdgeIndex | undefined;
  const placeOrCounty = (item: Typed | undefined): boolean => item !== undefined && (item.type === 'place' || (item.words.length === 1 && COUNTY_SHORT_FORMS.has(item.words[0]!)));
  const joiner = (at: number): boolean => {
    const text = textAt(tokens, at);
    return text === ',' || text === 'and' || text === 'or';
  };
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'place' || item.words.length !== 1 || !COUNTY_SHORT_FORMS.has(item.words[0]!)) continue;
    index ??= mentionsByEdgeToken(typed);
    // ("Beds, Herts and Bucks": the partner may stand before, after "and", or after a comma.)
    const before = joiner(candidate.first - 1) && placeOrCounty(index.byLastToken.get(candidate.first - 2));
    const after = joiner(candidate.last + 1) && placeOrCounty(index.byFirstToken.get(candidate.last + 2));
    if (before || after) {
      setType(item, 'place');
      candidate.weak = false;
    }
  }
}

const COUNTY_ABBREVIATIONS = localeWords((locale) => locale.context.countyAbbreviations);

/**
 * "Listowel, Co. Kerry", "a farm in Co. Cork": Irish copy shortens "County" to "Co."; after a
 * comma or a place preposition (not after "&" or a firm's name: "Smith & Co.") the plain name
 * after it is the county, and a single plain name right before the comma is its town.
 */
export function irishCounties(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let index: EdgeIndex | undefined;
  const plain = (item: Typed): boolean => item.words.length <= 2 && item.words.every((word) => PLAIN_NAME.test(word));
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || !plain(item)) continue;
    // "Co." may be one token or "Co" and its full stop.
    let at = candidate.first - 1;
    if (textAt(tokens, at) === '.') at--;
    const abbreviation = textAt(tokens, at).replace(/\.$/, '');
    if (!/^\p{Lu}\p{Ll}$/u.test(abbreviation) || !COUNTY_ABBREVIATIONS.has(abbreviation.toLowerCase())) continue;
    const before = tokenAt(tokens, at - 1);
    if (!before) continue;
    const afterComma = before.text === ',';
    if (!afterComma && !(before.text === before.lower && LOCATIVES.has(before.lower))) continue;
    setType(item, 'place');
    candidate.weak = false;
    if (!afterComma) continue;
    index ??= mentionsByEdgeToken(typed);
    const town = index.byLastToken.get(at - 2);
    // (One word, no title, no known surname read as a person: "Paddy Burke, Co. Galway", "Burke, Co. Galway" are people from the county.)
    if (town?.candidate && town.words.length === 1 && PLAIN_NAME.test(town.words[0]!) && town.candidate.title === null && town.type !== 'organization' && !(town.type === 'person' && gaz.lastNames.has(town.words[0]!.toLowerCase()))) {
      setType(town, 'place');
      town.candidate.weak = false;
    }
  }
}

/** Whether a word is a U.S. legislator's party initial, a hyphen and their state ("D-Ore", "R-Texas", "I-Vt", "D-N.Y"). */
function isPartyStateTag(word: string): boolean {
  const initial = word.charCodeAt(0);
  // D, R or I, then a hyphen.
  if (word.length < 4 || word.charCodeAt(1) !== 45 || (initial !== 68 && initial !== 82 && initial !== 73)) return false;
  return STATE_FORMS_IN_PARTY_TAGS.has(word.slice(2)) || STATE_FORMS_IN_PARTY_TAGS.has(word.slice(2, 3) + word.slice(3).toLowerCase());
}

const dropMention = (item: Typed): void => {
  item.type = 'other';
  item.firm = false;
  item.scores = null;
  // Not even where the same letters are a name elsewhere ("Who" here, "WHO" there).
  if (item.candidate) item.candidate.weak = true;
};

/** Whether the knowledge base types this name as a place or a nationality (those keep their type). */
function knownPlace(item: Typed, gaz: Gazetteer): boolean {
  const kinds = kindsOf(item, gaz);
  return isPlaceKind(kinds) || (kinds !== undefined && kinds.includes('demonym'));
}

/** Whether the knowledge base knows this name as a country or region ("Texas crude", "Dubai crude" keep their place). */
function knownCountryOrRegion(item: Typed, gaz: Gazetteer): boolean {
  const kinds = kindsOf(item, gaz);
  return kinds !== undefined && (kinds.includes('country') || kinds.includes('region') || kinds.includes('capital'));
}

/** Whether a name's first word is a known given name or surname, or the name a known person ("Obama's Chief of Staff"). */
function knownPersonWord(item: Typed, gaz: Gazetteer): boolean {
  const first = item.words[0]!.toLowerCase();
  return gaz.firstNames.has(first) || gaz.lastNames.has(first) || kindsOf(item, gaz)?.includes('person') === true;
}

/** Whether the name between first and last stands in apposition after "unit," or "subsidiary,". */
function isCompanyPartApposition(tokens: readonly Token[], first: number, last: number): boolean {
  const comma = tokenAt(tokens, first - 1);
  const noun = tokenAt(tokens, first - 2);
  const after = tokenAt(tokens, last + 1);
  if (comma?.text !== ',' || !noun || noun.text !== noun.lower || !COMPANY_PARTS.has(noun.lower)) return false;
  return after === undefined || after.text === ',' || after.text === '.' || after.text === ';' || after.text === '\u2014' || after.text === '(';
}

/**
 * Organisations by context: "X's chief executive", "X's <person>", "shares of X", "X shares",
 * "an X spokesman", "X said in a statement".
 */
export function organisationContexts(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken, byLastToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'nationality' || item.type === 'organization') continue;
    // "the super PAC's chairman": an initialism of an ordinary noun names no body.
    if (knownPlace(item, gaz) || (item.words.length === 1 && ORDINARY_ACRONYMS.has(item.words[0]!))) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    // "the wind-turbine unit, Siemens Gamesa,": a company's part named in apposition, even
    // where its words read as a person's name.
    if (isCompanyPartApposition(tokens, candidate.first, candidate.last) && !knownPersonWord(item, gaz)) {
      setType(item, 'organization');
      continue;
    }
    if (item.firm && !item.guess && (item.type === 'person' || item.type === 'place')) continue;
    // "The World Food Programme said": a name the model read as other, headed by an
    // organisation word, that speaks is the organisation ("Programme" also heads TV shows).
    if (item.type === 'other' && item.words.length >= 2 && next && SAY_WORDS.has(next.lower) && gaz.orgHeads.has(item.words[item.words.length - 1]!.toLowerCase())) {
      setType(item, 'organization');
      continue;
    }
    const next2 = tokenAt(tokens, candidate.last + 2);
    const previous = tokenAt(tokens, candidate.first - 1);
    const previous2 = tokenAt(tokens, candidate.first - 2);
    let organisation = false;
    const personal = next2 !== undefined && PERSONAL_POSSESSIONS.has(next2.lower) && item.type === 'person';
    if (next && (next.text === "'s" || next.text === '\u2019s') && next2 && !personal) {
      // People have spokesmen and staff too ("Yeltsin's spokesman"): those make an organisation
      // only of a name the model does not read as a person.
      if (ORG_POSSESSIONS.has(next2.lower) && !next2.cap) organisation = true;
      // "Acme's Chief Executive Jane Doe", "Acme's Vice President": an office title held in X.
      // ("Clinton's VP pick", "her Senate campaign": a title before a lower-case noun qualifies the noun, and the owner may be anyone.)
      else if (gaz.titles.has(next2.lower) && !knownPersonWord(item, gaz) && !beforeCommonNoun(tokens, candidate.last + 3, gaz)) organisation = true;
      // "DAB's Starry Lee": a single-word name owning a person's full name is their party or company.
      else if (item.words.length === 1 && !gaz.firstNames.has(item.words[0]!.toLowerCase())) {
        const owned = byFirstToken.get(candidate.last + 2);
        if (owned && owned.type === 'person' && owned.words.length >= 2) organisation = true;
      }
    }
    if (next && ORG_FOLLOWERS.has(next.lower) && next.text === next.lower) organisation = true;
    // "Acme CEO Jane Doe": an abbreviated title in capitals after the name.
    if (next && next.upper && CAPITAL_FOLLOWERS.has(next.lower) && !knownPersonWord(item, gaz)) organisation = true;
    // "Acme Chief Executive Jane Doe", "Acme Chief Operating Officer": a chief's office spelled out after the name.
    if (next && next.text === 'Chief' && next2 && next2.cap && (gaz.titles.has(next2.lower) || gaz.titles.has(lowerAt(tokens, candidate.last + 3))) && !knownPersonWord(item, gaz)) organisation = true;
    // "Ann Cole, chief executive of Acme", "a subsidiary of Acme": a company's office or part of it.
    if (previous?.lower === 'of' && previous2 && previous2.text === previous2.lower && (OFFICES_OF.has(previous2.lower) || (previous2.lower === 'executive' && lowerAt(tokens, candidate.first - 3) === 'chief')) && !knownPersonWord(item, gaz)) organisation = true;
    // "Qantas pilots", "a Boeing engineer"; "Smith workers" may be a family's.
    if (next && WORKFORCE_NOUNS.has(next.lower) && next.text === next.lower && item.type !== 'person' && !knownPersonWord(item, gaz)) organisation = true;
    // "members of the X", "joined the X", "leader of the X": people belong to organisations.
    if (previous && previous.lower === 'the' && previous2 && (MEMBERSHIP_VERBS.has(previous2.lower) || (previous2.lower === 'of' && MEMBERSHIP_NOUNS.has(tokenAt(tokens, candidate.first - 3)?.lower ?? '')))) {
      if (!knownPersonWord(item, gaz) && item.type !== 'person') organisation = true;
    }
    if (previous && previous2 && (previous.lower === 'of' || previous.lower === 'in') && STAKE_WORDS.has(previous2.lower)) organisation = true;
    if (armedOrPartyGroup(item, tokens, gaz)) organisation = true;
    if (joinedAsRole(item, tokens, gaz)) organisation = true;
    // "members of Syriza", "The leader of Podemos said": one word that people lead or belong to
    // is their body, not the speaker (the leader speaks), unless a person's name or a possessive
    // ("members of Smith's family") says otherwise; an ordinary word may open a longer name
    // ("founder of Correct the Record").
    // (The noun may open the sentence: "Members of Syriza voted".)
    if (previous?.lower === 'of' && previous2 && (previous2.text === previous2.lower || previous2.sentStart) && MEMBERSHIP_NOUNS.has(previous2.lower) && item.words.length === 1 && !isCommonLower(gaz, item.key) && (item.type !== 'person' || item.guess) && !knownPersonWord(item, gaz) && next?.text !== "'s" && next?.text !== '\u2019s') organisation = true;
    // "Shares of Deutsche Bank and BNP Paribas rose": the second holding of the pair is a company too.
    if (previous?.lower === 'and' && !knownPersonWord(item, gaz)) {
      const partnerFirst = byLastToken.get(candidate.first - 2)?.candidate?.first;
      const of = partnerFirst === undefined ? '' : lowerAt(tokens, partnerFirst - 1);
      if ((of === 'of' || of === 'in') && STAKE_WORDS.has(lowerAt(tokens, partnerFirst! - 2))) organisation = true;
    }
    // "the merger of Talbrook and Verlo", "a merger with Verlo": both sides of a merger.
    if (previous && (previous.lower === 'of' || previous.lower === 'between' || previous.lower === 'with') && MERGER_WORDS.has(previous2?.lower ?? '') && !knownPersonWord(item, gaz)) organisation = true;
    if (previous?.lower === 'and' && MERGER_WORDS.has(lowerAt(tokens, candidate.first - 4)) && (lowerAt(tokens, candidate.first - 3) === 'of' || lowerAt(tokens, candidate.first - 3) === 'between') && !knownPersonWord(item, gaz)) organisation = true;
    // "a supply deal with Talbrook", "a licensing agreement with Verlo": the other side of a deal only a business signs.
    if (previous?.lower === 'with' && previous2 && DEAL_NOUNS.has(previous2.text) && COMMERCIAL_DEAL_KINDS.has(textAt(tokens, candidate.first - 3)) && !knownPersonWord(item, gaz) && !(item.type === 'person' && item.words.length >= 2)) organisation = true;
    // "a spokeswoman for Talbrook": people have spokesmen too, so not a known given name or surname, nor a person named in full.
    if (previous?.lower === 'for' && SPOKES_NOUNS.has(previous2?.lower ?? '') && !knownPersonWord(item, gaz) && !(item.type === 'person' && item.words.length >= 2)) organisation = true;
    // "the sale of Northbridge Water to Ashgrove": what a deal sells or takes over is a company (a known place keeps its type above).
    const dealAfter = lowerAt(tokens, candidate.last + 1);
    // "the emergency department at Salford Royal": a part of an institution is at the institution, not a place.
    if (previous?.text === 'at' && isInstitutionPart(tokens, candidate.first - 2) && !knownPersonWord(item, gaz)) organisation = true;
    if (previous?.lower === 'of' && previous2 && DEAL_WORDS.has(previous2.lower) && (dealAfter === 'to' || dealAfter === 'by' || dealAfter === 'for') && !knownPersonWord(item, gaz)) organisation = true;
    const statedAfter = next && SAY_WORDS.has(next.lower) && lowerAt(tokens, candidate.last + 2) === 'in' ? statementAfter(tokens, candidate.last + 3) : null;
    // "In a statement, Acme said": fronted, only for a name that is no known given name or surname.
    const statement = statedAfter ?? (next && SAY_WORDS.has(next.lower) && !knownPersonWord(item, gaz) ? statementBefore(tokens, candidate.first) : null);
    if (statement !== null && !speaksAsPerson(tokens, candidate.last + 2)) {
      // People say things in statements too: only a name that is not a person's full name,
      // but a regulatory filing is a company's ("SK Hynix said in a regulatory filing").
      // A title just before the name makes a person ("commissioner Des Hogan said in a statement").
      const titled = gaz.titles.has(previous?.lower ?? '') || gaz.titles.has(previous2?.lower ?? '');
      if (!titled && (!(item.type === 'person' && item.words.length >= 2) || statement === 'filing' && !knownPersonWord(item, gaz))) organisation = true;
    }
    if (organisation) setType(item, 'organization');
  }
}

/** Words between "as" and a role: "joined Acme as a senior analyst", "as its head". */
const ROLE_OPENERS = new Set(['a', 'an', 'the', 'its', 'their']);
/** How many lower-case words may qualify the role: "as senior vice president". */
const ROLE_MODIFIERS_REACH = 3;

/**
 * "He joined Veltrio as finance director", "left Brenmark as its chief executive": what one
 * joins, quits or leaves in a role is the employer. A person named in full is joined as a
 * partner too, and a known given name or surname only with "its" before the role.
 */
function joinedAsRole(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  const verb = tokenAt(tokens, candidate.first - 1);
  if (!verb || verb.text !== verb.lower || !MEMBERSHIP_VERBS.has(verb.lower) || lowerAt(tokens, candidate.last + 1) !== 'as') return false;
  if (item.type === 'person' && item.words.length >= 2) return false;
  let at = candidate.last + 2;
  const opener = lowerAt(tokens, at);
  if (ROLE_OPENERS.has(opener)) at++;
  if (knownPersonWord(item, gaz) && opener !== 'its') return false;
  for (let end = at + ROLE_MODIFIERS_REACH; at <= end; at++) {
    const word = tokenAt(tokens, at);
    if (!word || !word.word || word.text !== word.lower) return false;
    if (gaz.roles.has(word.lower) || gaz.titles.has(word.lower)) return true;
  }
  return false;
}

/**
 * Whether token `at` ends "the <part>" or "the <modifier> <part>" of an institution ("the
 * emergency department", "the intensive care unit"), all in lower case.
 */
function isInstitutionPart(tokens: readonly Token[], at: number): boolean {
  const part = tokenAt(tokens, at);
  if (!part || part.text !== part.lower || !INSTITUTION_PARTS.has(part.lower)) return false;
  for (let index = at - 1; index >= at - 3; index--) {
    const token = tokenAt(tokens, index);
    if (!token || !token.word || token.text !== token.lower) return false;
    if (token.lower === 'the' || token.lower === 'its' || token.lower === 'their') return true;
  }
  return false;
}

/**
 * Whether what a name says, from token `at` after its verb of saying, opens with "he" or "she"
 * ("… said in a statement that she would resign", "said he"): a person's statement.
 */
function speaksAsPerson(tokens: readonly Token[], at: number): boolean {
  let index = at;
  if (lowerAt(tokens, index) === 'in' && lowerAt(tokens, index + 1) === 'a') {
    index += 2;
    while (index < at + 6 && !STATEMENT_WORDS.has(lowerAt(tokens, index))) index++;
    index++;
  }
  if (lowerAt(tokens, index) === 'that') index++;
  const pronoun = lowerAt(tokens, index);
  return pronoun === 'he' || pronoun === 'she';
}

/** How far back from a name "In a statement on Monday," may open its sentence. */
const STATEMENT_REACH = 8;

/**
 * "In a statement, Acme said …", "In a regulatory filing on Monday, Acme said": the statement
 * word of a sentence-opening "In a … statement" and words up to a comma right before the name
 * at `first`, or null.
 */
function statementBefore(tokens: readonly Token[], first: number): string | null {
  if (textAt(tokens, first - 1) !== ',') return null;
  for (let at = first - 2; at >= 0 && at >= first - STATEMENT_REACH; at--) {
    const token = tokens[at]!;
    if (token.text === '.' || token.text === ',' || token.newline) return null;
    if (token.lower === 'in' && token.sentStart) return statementAfter(tokens, at + 1);
  }
  return null;
}

/**
 * The statement word of "a statement", "a regulatory filing", "a joint statement" (an article
 * and up to two lower-case modifiers) from token `at`, or null.
 */
function statementAfter(tokens: readonly Token[], at: number): string | null {
  if (tokens[at]?.lower !== 'a') return null;
  for (let index = at + 1; index <= at + 3; index++) {
    const token = tokens[index];
    if (!token || token.text !== token.lower) return null;
    if (STATEMENT_WORDS.has(token.lower)) return token.lower;
  }
  return null;
}

/** What each not-a-name rule reads: one mention with its candidate, and the document around it. */
interface NotNameReading {
  item: Typed;
  candidate: NonNullable<Typed['candidate']>;
  /** the token right after the candidate */
  next: Token | undefined;
  /** the mention's first word in lower case (its token's own lower form where the word is that token) */
  firstLower: string;
  typed: Typed[];
  tokens: readonly Token[];
  gaz: Gazetteer;
  /** currency codes found beside an amount: the currency everywhere in the text */
  currencies: Set<string>;
}

/** One rule of notNames: whether it decided the mention (dropped or retyped it), so that the rules after it are skipped. */
type NotNameRule = (reading: NotNameReading) => boolean;

/** Drops the mention and says the rule decided it. */
const dropped = (item: Typed): boolean => {
  dropMention(item);
  return true;
};

/** "Who takes the decisions?", "In the north": a capitalised closed-class word alone. Knowledge-base acronyms ("WHO", "US") match only in capitals. */
const closedClassWord: NotNameRule = ({ item, candidate, tokens, gaz }) => {
  if (item.words.length !== 1) return false;
  const word = item.words[0]!;
  const tag = gaz.pos.get(lowerOfWord(word, tokens[candidate.first]));
  return tag !== undefined && CLOSED_CLASS_POS.has(tag) && word !== word.toUpperCase() && dropped(item);
};

/** "Portfolio manager Ann Cole said": a job title's opening word. */
const jobTitleOpening: NotNameRule = ({ item, tokens, gaz }) => isJobTitleOpening(item, tokens, gaz) && dropped(item);

/** "3000 BC", "the 7th century BCE", "AD 79": an era beside a year or a century is no name. */
const eraBesideYear: NotNameRule = ({ item, candidate, tokens }) => item.words.length === 1 && ERA_ABBREVIATIONS.has(item.words[0]!) && isBesideYear(tokens, candidate.first, candidate.last) && dropped(item);

/**
 * "Md. Jashim Uddin", "Mohd. Fairuz": an abbreviated given name, its full stop, then the rest of the
 * name is no place (Maryland's "Md." follows a town and a comma) and no name of its own.
 */
const givenNameAbbreviation: NotNameRule = ({ item, candidate, tokens, firstLower }) => item.words.length === 1 && GIVEN_NAME_ABBREVIATIONS.has(firstLower) && textAt(tokens, candidate.last + 1) === '.' && /^\p{Lu}\p{Ll}/u.test(textAt(tokens, candidate.last + 2)) && textAt(tokens, candidate.first - 1) !== ',' && dropped(item);

/** "Sen. Jeff Merkley (D-Ore.)", "Rep. Ann Ruiz, R-Texas,": a legislator's party and state is no name. */
const partyStateTag: NotNameRule = ({ item }) => item.words.length === 1 && isPartyStateTag(item.words[0]!) && dropped(item);

/** "New Yorkers", "Londoners": a place's people are a group, no place or person. */
const peopleOfPlace: NotNameRule = ({ item, gaz }) => {
  if (!isPeopleOfPlace(item, gaz)) return false;
  setType(item, 'other');
  return true;
};

/** "US$ 20", "NZ $26 million", "HK$": a country code before a dollar sign is part of a currency. */
const codeBeforeDollar: NotNameRule = ({ item, next }) => next !== undefined && next.text.startsWith('$') && item.words.length === 1 && /^(?:\p{Lu}\.?){1,3}$/u.test(item.words[0]!) && dropped(item);

/**
 * "a bid of 2.13B", "$7.6B", "$40M": an amount with a decimal part or after a currency sign, and a
 * scale's letter, is no name ("3M" alone stays the company).
 */
const scaledAmount: NotNameRule = ({ item, candidate, tokens }) => item.words.length === 1 && isScaledAmount(item.words[0]!, tokenAt(tokens, candidate.first - 1)) && dropped(item);

/** "Skip to content", "Jump to main navigation": a web page's skip link on a line of its own is no name. */
const skipLink: NotNameRule = ({ item, candidate, tokens }) => item.words.length === 1 && isSkipLink(tokens, candidate.first) && dropped(item);

/** "pic.twitter.com/RdXQjcTf5e", "example.com/News": a path's segment of a web address is no name. */
const webAddressPart: NotNameRule = ({ item, candidate, tokens }) => inWebAddress(tokens, candidate.first) && dropped(item);

/** "RM267.2 million", "Rs500 crore", "EUR5m": a currency's abbreviation written close up to a number is an amount. */
const prefixedAmount: NotNameRule = ({ item }) => item.words.length === 1 && isPrefixedAmount(item.words[0]!) && dropped(item);

/** "World War XVII", "part XVII": a Roman numeral alone is no name. */
const romanNumeral: NotNameRule = ({ item, gaz }) => item.words.length === 1 && item.words[0]!.length >= 2 && /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(item.words[0]!) && item.type !== 'person' && kindsOf(item, gaz) === undefined && dropped(item);

/** "9:30 Eastern time", "8 p.m. Pacific", "Central Standard Time": a time zone. */
const timeZoneWord: NotNameRule = ({ item, candidate, tokens, firstLower }) => item.words.length === 1 && TIME_ZONE_WORDS.has(firstLower) && namesTimeZone(tokens, candidate.first, candidate.last) && dropped(item);

/** "7:15 a.m. CT", "14:00 GMT": a time zone's code after a clock time ("Hartford, CT" stays the state). */
const timeZoneCode: NotNameRule = ({ item, candidate, tokens }) => item.words.length === 1 && TIME_ZONE_CODES.has(item.words[0]!) && afterClockTime(tokens, candidate.first) && dropped(item);

const CURRENCY_JOINERS = localeWords((locale) => locale.context.currencyJoiners);
const DECADES = localeWords((locale) => locale.context.decades);
const PART_ORDINALS = localeWords((locale) => locale.context.partOrdinals);
const NUMBERED_PARTS = localeWords((locale) => locale.context.numberedParts);

/** "the Founder & Principal Consultant at …": an adjective's title and a role noun are a job's title, no person's name. */
const titleWithoutName: NotNameRule = ({ item, firstLower, gaz }) => item.words.length === 2 && item.type === 'person' && isAdjectiveTitleAndRole(firstLower, item.words[1]!.toLowerCase(), gaz) && dropped(item);

/** A document's number: three digits or more, or a letter code and digits ("2508", "C-69"). */
const DOCUMENT_NUMBER = /^(?:\d{3,}|\p{Lu}{1,2}-\d+)$/u;

/**
 * "voted to adopt Bill 2508", "Bill C-69": one ordinary noun read as a person right before a
 * document's number that is no year is the numbered bill or measure, no person (a box score's
 * "Brown 30" keeps its player: two digits, and a surname the lexicon knows).
 */
const numberedDocument: NotNameRule = ({ item, candidate, tokens, firstLower, gaz }) => {
  if (item.words.length !== 1 || item.type !== 'person' || gaz.lastNames.has(firstLower) || !isCommonLower(gaz, firstLower)) return false;
  const number = textAt(tokens, candidate.last + 1);
  // ("Vandergrift and Cross 2017": an author and a year cite a work.)
  return DOCUMENT_NUMBER.test(number) && !YEAR.test(number) && dropped(item);
};
/** A year a citation or a date gives: "2017", "1896". */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** "Suns 118 (OT)", "won 2-1 (AET)": capitals in brackets right after a score are how it was won, no body. */
const scoreNote: NotNameRule = ({ item, candidate, tokens, gaz }) => item.words.length === 1 && textAt(tokens, candidate.first - 1) === '(' && textAt(tokens, candidate.last + 1) === ')' && /^\p{Lu}{2,3}$/u.test(item.words[0]!) && /^\d{1,3}$/.test(textAt(tokens, candidate.first - 2)) && kindsOf(item, gaz) === undefined && dropped(item);

/** "First Quarter", "Second Half", "Ninth Inning": a numbered part of a game or a year, a subhead's capitals, no place. */
const numberedPart: NotNameRule = ({ item, firstLower }) => item.words.length === 2 && PART_ORDINALS.has(firstLower) && NUMBERED_PARTS.has(item.words[1]!.toLowerCase()) && dropped(item);

/** "in the Seventies", "the Roaring Twenties" aside: a decade after "the" is a time, no place or person. */
const decadeWord: NotNameRule = ({ item, candidate, tokens, firstLower }) => item.words.length === 1 && DECADES.has(firstLower) && lowerAt(tokens, candidate.first - 1) === 'the' && dropped(item);
const PRICE_PREPOSITIONS = localeWords((locale) => locale.context.pricePrepositions);

/** Whether the code at `at` stands with another currency code ("USD or GBP", "EUR/USD") or after "in", "into", "per", "against". */
function amidCurrencies(tokens: readonly Token[], at: number): boolean {
  const before = tokenAt(tokens, at - 1);
  const after = tokenAt(tokens, at + 1);
  if (before && PRICE_PREPOSITIONS.has(before.lower)) return true;
  const codeAt = (index: number): boolean => isCurrencyCode(tokenAt(tokens, index)?.text ?? '');
  return (after !== undefined && CURRENCY_JOINERS.has(after.lower) && codeAt(at + 2)) || (before !== undefined && CURRENCY_JOINERS.has(before.lower) && codeAt(at - 2));
}

/**
 * "DKK 800", "EUR 40 million", "120 USD", "USD or GBP", "priced in EUR": an ISO currency code beside an amount,
 * another code or a preposition of price ("325 billion
 * USD": the amount's scale word may stand between); the code is then the currency everywhere.
 */
const currencyBesideAmount: NotNameRule = ({ item, candidate, next, tokens, gaz, currencies }) => {
  const before = tokenAt(tokens, candidate.first - 1);
  const scaled = before !== undefined && SCALE_WORDS.test(before.lower) && isAmount(tokenAt(tokens, candidate.first - 2), before);
  if (!(item.words.length === 1 && isCurrencyCode(item.words[0]!) && kindsOf(item, gaz) === undefined && (isAmount(next, tokenAt(tokens, candidate.last + 2)) || isAmount(before, undefined) || scaled || amidCurrencies(tokens, candidate.first)))) return false;
  currencies.add(item.key);
  return dropped(item);
};

/**
 * "Norvale Systems (NASDAQ:NRVL)": a listing in brackets after a name makes it the company, unless
 * the name is a person's in full ("Jo Reyes (NYSE:JRY)" is a careless link, not a firm).
 */
const listedCompany: NotNameRule = ({ item, candidate, typed, tokens, gaz }) => {
  if (!isListingAt(tokens, candidate.last + 1)) return false;
  if (item.type === 'nationality' || knownPlace(item, gaz) || isFullPersonName(item, gaz)) return true;
  setType(item, 'organization');
  // "Network International (LON:NETW) shares rose": the company's first word, taken off as a
  // capitalised common word opening the sentence, is part of the listed name.
  const opening = tokenAt(tokens, candidate.first - 1);
  if (opening && opening.sentStart && opening.cap && opening.word && !opening.upper && !CLOSED_CLASS_POS.has(gaz.pos.get(opening.lower) ?? '') && isDropped(mentionsByEdgeToken(typed).byLastToken.get(candidate.first - 1))) prependToken(item, candidate, opening);
  return true;
};

/** Inside the listing, the share's code names no one, nor does an exchange the knowledge base does not know ("LON", "NS"). */
const insideListing: NotNameRule = ({ item, candidate, tokens, gaz }) => (isListingAt(tokens, candidate.first - 3) || (isListingAt(tokens, candidate.first - 1) && kindsOf(item, gaz) === undefined)) && dropped(item);

/** The token after a name, or after the bracket that opens right after it: where a share's code stands. */
const codeAfter = (reading: NotNameReading): Token | undefined => (reading.next?.text === '(' || reading.next?.text === '<' ? tokenAt(reading.tokens, reading.candidate.last + 2) : reading.next);

/** "Talbrook (TAL.N)", "Verlo <VRL.O>": a share's code on an exchange after a name makes it the company. */
const tickerInBrackets: NotNameRule = (reading) => {
  const { item, next, gaz } = reading;
  const after = codeAfter(reading);
  if (!(after && after !== next && after.text.includes('.') && isTicker(after.text) && item.type !== 'nationality' && !knownPlace(item, gaz))) return false;
  setType(item, 'organization');
  return true;
};

/** "Brent LCOc1": a commodity or instrument, neither the person nor the place of that name. */
const instrumentBeforeTicker: NotNameRule = (reading) => {
  const after = codeAfter(reading);
  return after !== undefined && isTicker(after.text) && (reading.item.type === 'person' || reading.item.type === 'place') && dropped(reading.item);
};

/**
 * "DAB", "FTU": an all-capitals word of two or more letters is an acronym, not a person's name.
 * "Pro-Beijing DAB": nor is a name that ends in one and starts with no given name.
 */
const acronymReadAsPerson: NotNameRule = ({ item, candidate, gaz }) => {
  const last = item.words[item.words.length - 1]!;
  if (item.type === 'person' && /^\p{Lu}{2,6}$/u.test(last) && !candidate.caps && (item.words.length === 1 || !gaz.firstNames.has(item.words[0]!.toLowerCase()))) setType(item, 'organization');
  return true;
};

/**
 * The rules of notNames, in order: the first that decides a mention wins. Each is a function of
 * its own, called through this list, so that V8 compiles each alone: a rare branch that runs
 * first late (a ticker, a time zone) recompiles one small rule, not the whole step.
 */
const NOT_NAME_RULES: readonly NotNameRule[] = [
  closedClassWord,
  jobTitleOpening,
  eraBesideYear,
  decadeWord,
  numberedPart,
  numberedDocument,
  scoreNote,
  titleWithoutName,
  givenNameAbbreviation,
  partyStateTag,
  peopleOfPlace,
  codeBeforeDollar,
  scaledAmount,
  skipLink,
  webAddressPart,
  prefixedAmount,
  romanNumeral,
  timeZoneWord,
  timeZoneCode,
  currencyBesideAmount,
  listedCompany,
  insideListing,
  tickerInBrackets,
  instrumentBeforeTicker,
  acronymReadAsPerson,
];

/**
 * Names that are no names where they stand: a capitalised question word or preposition on its
 * own ("Who takes the decisions?", "In the north"), an instrument before a ticker code
 * ("Brent LCOc1"), and an acronym read as a person (NOT_NAME_RULES).
 */
export function notNames(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  // A currency code beside an amount anywhere is the currency everywhere ("prices in MXN").
  const currencies = new Set<string>();
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate) continue;
    const reading: NotNameReading = { item, candidate, next: tokenAt(tokens, candidate.last + 1), firstLower: lowerOfWord(item.words[0]!, tokenAt(tokens, candidate.first)), typed, tokens, gaz, currencies };
    for (const rule of NOT_NAME_RULES) if (rule(reading)) break;
  }
  if (currencies.size === 0) return;
  for (const item of typed) if (item.words.length === 1 && currencies.has(item.key)) dropMention(item);
}

/**
 * Whether a name is the plural of a known place's inhabitants formed with "-ers" ("New Yorkers",
 * "Londoners", "Berliners"): the place's name and "ers" on its last word.
 */
function isPeopleOfPlace(item: Typed, gaz: Gazetteer): boolean {
  const last = item.words[item.words.length - 1]!;
  // ("Users": a stem of three letters or fewer, "US", is too short to tell.)
  // An English word is read as the word ("Hammers", a headline's verb, though Hamm is a town).
  if (item.candidate!.weak || !last.endsWith('ers') || !/^\p{Lu}\p{Ll}{3,}ers$/u.test(last) || kindsOf(item, gaz) !== undefined || isCommonLower(gaz, last.toLowerCase()) || gaz.pos.has(last.toLowerCase())) return false;
  const place = [...item.words.slice(0, -1), last.slice(0, -3)].join(' ');
  return isPlaceKind(gaz.phrases.get(lookupKey(place)));
}

const JOB_MODIFIERS = localeWords((locale) => locale.context.jobModifiers);
const JOB_ROLES = localeWords((locale) => locale.context.jobRoles);

/**
 * "Portfolio manager Ann Cole said", "Hedge fund manager Bill Ackman": a sentence's first word
 * that makes a job title with the lower-case role after it (a modifier or two may stand
 * between) is the title's word, capitalised by its place, and names no organisation.
 */
function isJobTitleOpening(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  if (!candidate.sentStart || item.words.length !== 1 || kindsOf(item, gaz) !== undefined || !JOB_MODIFIERS.has(item.key)) return false;
  for (let at = candidate.last + 1; at <= candidate.last + 3; at++) {
    const token = tokenAt(tokens, at);
    if (!token || token.text !== token.lower) return false;
    if (JOB_ROLES.has(token.lower)) return true;
    if (!JOB_MODIFIERS.has(token.lower)) return false;
  }
  return false;
}

/** Whether a mention reads as a person named in full: a known given name first, no common word last ("Jo Reyes", not "Emerson Electric"). */
function isFullPersonName(item: Typed, gaz: Gazetteer): boolean {
  const last = item.words[item.words.length - 1]!.toLowerCase();
  return item.type === 'person' && item.words.length >= 2 && gaz.firstNames.has(item.words[0]!.toLowerCase()) && (gaz.lastNames.has(last) || !isCommonLower(gaz, last));
}

/** Whether no mention stands there, or only one a rule has read as no name. */
const isDropped = (item: Typed | undefined): boolean => item === undefined || (item.type === 'other' && item.scores === null && !item.firm);

/** An exchange's code in capitals ("NYSE", "LON") or a share's code ("CSCO", "BRK.B", "005930"). */
const EXCHANGE_CODE = /^\p{Lu}{1,8}$/u;
const SHARE_CODE = /^[\p{Lu}\d][\p{Lu}\d.]{0,9}$/u;

const EXCHANGE_CODES = localeWords((locale) => locale.context.exchangeCodes);

/**
 * Whether a share's listing in brackets opens at token `open`: "(NYSE:GE)", "(LON:GLEN)", and
 * "(NASDAQ:)" where a page dropped the code; the colon is written close up on both sides, or
 * followed by one space after an exchange's known code ("(NYSE: GE)"), which "(PHOTO: AFP)" is not.
 */
function isListingAt(tokens: readonly Token[], open: number): boolean {
  if (open < 0 || tokens[open]?.text !== '(') return false;
  const exchange = tokens[open + 1];
  const colon = tokens[open + 2];
  if (!exchange || !colon || colon.text !== ':' || colon.start !== exchange.end || !EXCHANGE_CODE.test(exchange.text)) return false;
  const code = tokens[open + 3];
  if (code?.text === ')') return code.start === colon.end;
  if (code === undefined || !SHARE_CODE.test(code.text) || tokens[open + 4]?.text !== ')') return false;
  return code.start === colon.end || (code.start === colon.end + 1 && EXCHANGE_CODES.has(exchange.lower));
}

/** A number with a decimal part and a scale's letter ("2.13B", "7.6bn"), or a whole number and one ("40M"). */
const DECIMAL_SCALED = /^\d{1,4}[.,]\d{1,3}(?:[KMBT]|bn|mn|tn)$/;
const WHOLE_SCALED = /^\d{1,4}(?:[KMBT]|bn|mn|tn)$/;
/** Signs of a currency written close before an amount. */
const CURRENCY_SIGNS = new Set(['$', '\u00a3', '\u20ac', '\u00a5']);

/** Whether a word is an amount with a scale's letter: "2.13B" anywhere, "40M" after a currency sign written close up. */
function isScaledAmount(word: string, before: Token | undefined): boolean {
  if (DECIMAL_SCALED.test(word)) return true;
  return WHOLE_SCALED.test(word) && before !== undefined && CURRENCY_SIGNS.has(before.text);
}

const PAGE_PARTS = localeWords((locale) => locale.context.pageParts);

/**
 * Whether the word at `first` opens a skip link, a line of its own: the word at the line's
 * start, "to", then a page's part with at most one lower-case word before it ("Skip to
 * content", "Skip to main content"), and the line ends there.
 */
function isSkipLink(tokens: readonly Token[], first: number): boolean {
  const word = tokens[first]!;
  if (!(first === 0 || word.newline) || textAt(tokens, first + 1) !== 'to') return false;
  let at = first + 2;
  if (tokens[at] !== undefined && !PAGE_PARTS.has(tokens[at]!.text) && tokens[at]!.text === tokens[at]!.lower && PAGE_PARTS.has(textAt(tokens, at + 1))) at++;
  if (tokens[at] === undefined || !PAGE_PARTS.has(tokens[at]!.text) || tokens[at]!.newline) return false;
  const after = tokens[at + 1];
  return after === undefined || after.newline;
}

/** A host name with a lower-case top-level domain: "pic.twitter.com", "bbc.co.uk". */
const HOST_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/u;
/** How far back over tokens written close up a web address is looked for. */
const ADDRESS_REACH = 12;

/**
 * Whether token `first` stands inside a web address: written close up after a slash, in a run
 * of tokens without spaces that holds a host name ("pic.twitter.com/RdXQjcTf5e"). "Anglo/French"
 * has no host name.
 */
function inWebAddress(tokens: readonly Token[], first: number): boolean {
  const slash = tokenAt(tokens, first - 1);
  if (slash?.text !== '/' || slash.end !== tokens[first]!.start) return false;
  for (let at = first - 2; at >= 0 && at >= first - ADDRESS_REACH; at--) {
    const token = tokens[at]!;
    if (token.end !== tokens[at + 1]!.start) return false;
    if (HOST_NAME.test(token.text)) return true;
  }
  return false;
}

/** Letters, then a number close up with an optional scale: "RM267.2", "Rs500", "RM1.2bil", "EUR5m". */
const PREFIXED_AMOUNT = /^(\p{L}{2,4})\d{1,4}(?:[.,]\d{1,3})*(?:[kmbt]|bn|mn|tn|bil|mil|mln)?$/iu;
const CURRENCY_ABBREVIATIONS = localeWords((locale) => locale.context.currencyAbbreviations);
/** A year alone, with no decimals or scale: "2017". */
const YEAR_AFTER_LETTERS = /^(?:19|20)\d\d$/;

/** Whether a word is a currency's abbreviation or ISO code written close up to an amount ("RM267.2", "USD5m"). */
function isPrefixedAmount(word: string): boolean {
  const match = PREFIXED_AMOUNT.exec(word);
  if (match === null) return false;
  const prefix = match[1]!;
  // "DH2017", "SR2024": letters and a year are an event's or a model's name, no amount.
  if (YEAR_AFTER_LETTERS.test(word.slice(prefix.length))) return false;
  return CURRENCY_ABBREVIATIONS.has(prefix.toLowerCase()) || isCurrencyCode(prefix);
}

let currencyCodes: ReadonlySet<string> | null = null;

/** Whether a word is an ISO 4217 currency code ("DKK", "USD", "EUR"). */
function isCurrencyCode(word: string): boolean {
  if (!/^[A-Z]{3}$/.test(word)) return false;
  currencyCodes ??= new Set(CURRENCY_CODES.split(' '));
  return currencyCodes.has(word);
}

/** Words of an amount's scale after its number: "325 billion". */
const SCALE_WORDS = /^(?:million|billion|trillion|m|bn)$/;

/** Whether a token is an amount: a number of two or more digits, with decimals, or before "million". */
function isAmount(token: Token | undefined, after: Token | undefined): boolean {
  if (!token || !/^\d/.test(token.text)) return false;
  return /\d[\d,.]*\d/.test(token.text) || (after !== undefined && SCALE_WORDS.test(after.lower));
}

const MOVE_NOUNS = localeWords((locale) => locale.context.moveNouns);
const MARKET_REPORT_WORDS = localeWords((locale) => locale.context.marketReportWords);
/** Whether the text reports on a market: "index", "indexes", "stocks" in it, lower-case or opening a sentence. */
function isMarketReport(tokens: readonly Token[]): boolean {
  for (const token of tokens) if ((token.text === token.lower || token.sentStart) && MARKET_REPORT_WORDS.has(token.lower)) return true;
  return false;
}
let indexFirstWords: ReadonlySet<string> | undefined;
/** First words of the market indices the knowledge base names ("Dow" of "Dow Jones Industrial Average", "Nikkei" of "Nikkei 225"). */
function knownIndexFirstWords(): ReadonlySet<string> {
  if (indexFirstWords) return indexFirstWords;
  const words = new Set<string>();
  for (const name of OTHER_NAMES) {
    const parts = name.split(' ');
    const last = parts[parts.length - 1]!;
    if (parts.length >= 2 && (INDEX_HEADS.has(last.toLowerCase()) || /^\d{2,4}$/.test(last))) words.add(parts[0]!);
  }
  return (indexFirstWords = words);
}

/** Market indices are no places or companies: "Nasdaq Composite", "the Nikkei index", "Brent crude". */
export function marketIndices(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  // Read once, when a name of two words first moves by an amount.
  let pollText: boolean | undefined;
  const polls = (): boolean => (pollText ??= hasPollWords(tokens));
  let marketText: boolean | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'nationality') continue;
    const next = tokenAt(tokens, candidate.last + 1);
    const headed = item.words.length >= 2 && INDEX_HEADS.has(item.words[item.words.length - 1]!.toLowerCase());
    const before = next !== undefined && next.text === next.lower && INDEX_HEADS.has(next.lower);
    // "Brent crude", "WTI futures": a grade of oil or a contract, unless a country or region names it.
    const grade = next !== undefined && next.text === next.lower && GRADE_WORDS.has(next.lower) && item.type !== 'person' && !knownCountryOrRegion(item, gaz);
    // "Dow's losses", "the Nikkei's gains": the first word of an index the knowledge base knows, before a possessive
    // and a move's noun, in a market report (a company of that name has losses too: "Dow's losses widened, the chemicals maker said").
    const knownIndexMoves = item.words.length === 1 && knownIndexFirstWords().has(item.words[0]!) && isPossessive(next) && MOVE_NOUNS.has(textAt(tokens, candidate.last + 2)) && (marketText ??= isMarketReport(tokens));
    if (headed || before || grade || knownIndexMoves || indexMovedByAmount(item, tokens, gaz, polls)) {
      setType(item, 'other');
      continue;
    }
    // "S&P 500", "FTSE 100", "CAC 40": an acronym and a number that rise or fall are an index, number included.
    const after = tokenAt(tokens, candidate.last + 2);
    // (The cheap tests first: this runs for every mention, and a Unicode class test costs more.)
    // ("S&P 500 companies", "the broader S&P 500 wiped out": an acronym with an ampersand and a number names the index whatever follows.)
    if (item.words.length === 1 && next && next.start === item.end + 1 && /^\d{2,4}$/.test(next.text) && (/^[\p{Lu}&]{2,6}$/u.test(item.words[0]!) || wordIndexName(item, tokens)) && ((after && (MARKET_MOVES.has(after.lower) || INDEX_HEADS.has(after.lower) || movedByAmount(tokens, candidate.last + 2))) || item.words[0]!.includes('&'))) {
      item.end = next.end;
      item.words = [...item.words, next.text];
      item.key = `${item.key} ${next.text}`;
      setType(item, 'other');
    }
  }
  shortFormsOfIndices(typed, gaz);
}

/**
 * Whether a word in mixed case may open an index named with a number: after "the" ("the Russell
 * 2000 rose", "the Stoxx 600 fell"), as a person or a company seldom stands before a number
 * that moves. The caller checks the number and the move after it.
 */
function wordIndexName(item: Typed, tokens: readonly Token[]): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(item.words[0]!) && lowerAt(tokens, item.candidate!.first - 1) === 'the';
}

/**
 * "the Dow Jones industrial average … the Dow's losses": the first word of an index named in full
 * in the text, alone, is that index (not a person or the company). Only a word that is no name the
 * knowledge base files as a place, and not before "Jones" ("according to Dow Jones" is the publisher).
 */
function shortFormsOfIndices(typed: Typed[], gaz: Gazetteer): void {
  let firstWords: Set<string> | undefined;
  for (const item of typed) {
    if (item.type !== 'other' || item.words.length < 3 || !INDEX_HEADS.has(item.words[item.words.length - 1]!.toLowerCase())) continue;
    (firstWords ??= new Set()).add(lookupKey(item.words[0]!));
  }
  if (firstWords === undefined) return;
  for (const item of typed) {
    if (item.words.length !== 1 || item.type === 'other' || item.type === 'nationality' || !item.candidate || !firstWords.has(item.key) || knownPlace(item, gaz)) continue;
    setType(item, 'other');
  }
}

const MOVE_UNITS = localeWords((locale) => locale.context.moveUnits);
const MOVE_ADVERBS = localeWords((locale) => locale.context.moveAdverbs);

/**
 * Whether the words from `at` move a market by an amount: a verb of a market's move (not a
 * form of "be") or "up"/"down", then within two words a number and its unit ("fell 2
 * percent", "gained 100 points", "down 1.5 %").
 */
function movedByAmount(tokens: readonly Token[], at: number): boolean {
  const verb = tokenAt(tokens, at);
  if (!verb || verb.text !== verb.lower || !(MARKET_MOVES.has(verb.lower) || MOVE_ADVERBS.has(verb.lower)) || verb.lower === 'was' || verb.lower === 'is' || verb.lower === 'futures') return false;
  // "fell 2 percent", "fell by 2 percent"; not "fell to 15 percent", a level (a party in a poll).
  const number = lowerAt(tokens, at + 1) === 'by' ? at + 2 : at + 1;
  return /^\d/.test(textAt(tokens, number)) && MOVE_UNITS.has(lowerAt(tokens, number + 1));
}

/**
 * "the Nikkei dropped 2 percent", "Japan's Topix lost 30 points": a name of one or two words in mixed
 * case after "the" or a place's possessive that moves by a percentage or points is an index
 * (shares move so too, but a company's name takes no article: "Toyota fell 2 percent").
 * Known places, people, plurals and acronyms (parties in polls) keep their reading.
 */
function indexMovedByAmount(item: Typed, tokens: readonly Token[], gaz: Gazetteer, polls: () => boolean): boolean {
  const candidate = item.candidate!;
  // A plural or an acronym may be a party in a poll ("the Greens gained 3 points", "the SPD lost 5 points").
  // "the Hang Seng fell 1.5 percent": two such words too, no organisation's head among them.
  const words = item.words;
  if (words.length > 2 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) || words[words.length - 1]!.endsWith('s') || item.type === 'person' || knownPlace(item, gaz) || !movedByAmount(tokens, candidate.last + 1)) return false;
  if (words.length === 2 && (words.some((word) => gaz.orgHeads.has(word.toLowerCase()) || gaz.firstNames.has(word.toLowerCase())) || polls())) return false;
  const previous = tokenAt(tokens, candidate.first - 1);
  if (previous?.lower === 'the') return true;
  return (previous?.text === "'s" || previous?.text === '\u2019s') && isPlaceKind(gaz.phrases.get(tokenAt(tokens, candidate.first - 2)?.key ?? ''));
}

const POLL_WORDS = localeWords((locale) => locale.context.pollWords);

/** Whether the text speaks of polls or elections ("the Five Star rose 3 points" is a party there). */
function hasPollWords(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (token.text === token.lower && POLL_WORDS.has(token.lower)) return true;
  return false;
}

/** Lower-case words after an oil grade or a traded contract: "Brent crude", "WTI futures". */
const GRADE_WORDS = localeWords((locale) => locale.context.gradeWords);
/** Verbs of a market's move: "the S&P 500 rose". */
const MARKET_MOVES = localeWords((locale) => locale.context.marketMoves);

/** Lower-case nouns for a company or an organisation's kind that stand right before its name: "rival Skyreach", "carmaker Volkswagen". */
const KIND_NOUNS = localeWords((locale) => locale.context.kindNouns);
/** Kind nouns that people are too ("investor Bill Smith"): a given name after them, even a common word's ("Bill", "Rich"), makes a person. */
const PERSON_KIND_NOUNS = localeWords((locale) => locale.context.personKindNouns);
/** Plural nouns of kinds only companies are, before examples: "chains like Chipotle". */
const EXAMPLE_KINDS = localeWords((locale) => locale.context.companyExampleKinds);
/** Words before "groups" that make its examples bodies: "interest groups such as X", "advocacy groups like Y". */
const BODY_GROUP_KINDS = localeWords((locale) => locale.context.bodyGroupKinds);

/**
 * "vaccine makers CSL Seqirus and Moderna", "carriers Emirates and Qantas": the plural of a kind
 * noun that only companies are (a "…maker", or one of the locale's company-only kinds), not of
 * kinds that people are too ("investors", "producers", "developers").
 */
function pluralKind(lower: string): boolean {
  if (!lower.endsWith('s') || lower.length < 5) return false;
  const singular = lower.slice(0, -1);
  return singular.endsWith('maker') || COMPANY_ONLY_KINDS.has(singular);
}

/** Lower-case nouns after a newspaper's, broadcaster's or agency's name: "Al-Ahram newspaper". */
const MEDIA_KINDS = localeWords((locale) => locale.context.mediaKinds);
/** Words before a party's or a movement's name: "the ruling Jubilee party", "the opposition Social Democrats". */
const PARTY_MODIFIERS = localeWords((locale) => locale.context.partyModifiers);
/** Plural role nouns before "at X": people who work at an organisation ("analysts at Goldman Sachs"). */
const STAFF_NOUNS = localeWords((locale) => locale.context.staffNouns);
const FIRM_STAFF_NOUNS = localeWords((locale) => locale.context.firmStaffNouns);

const MEDIA_VERBS = localeWords((locale) => locale.context.mediaVerbs);
/** Words after a participle that make it a passive: "published in", "reported by". */
const PASSIVE_AGENTS = new Set(['in', 'by', 'on', 'at', 'as']);
/** Compromise's tags of words that may follow a noun phrase's end (not a noun it would modify: "the Biblical story"). */
const PHRASE_END_TAGS = new Set(['Preposition', 'Determiner', 'Pronoun', 'Copula', 'PastTense', 'PresentTense', 'Modal', 'Adverb', 'Gerund', 'Conjunction']);
const MEDIA_ROLES = localeWords((locale) => locale.context.mediaRoles);

/**
 * "The Independent reported", "told The Guardian", "according to The Onion", "a writer for The
 * Onion": a name after "the" that reports, is told or quoted, or employs writers is a
 * publication, an organisation (a work's title after "The" is read elsewhere as other). Known
 * places, given names and names the knowledge base types keep theirs; the type then holds
 * across the article.
 */
export function publicationsByCue(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'organization' || item.type === 'nationality' || (item.firm && !item.guess)) continue;
    if (lowerAt(tokens, candidate.first - 1) !== 'the' || kindsOf(item, gaz) !== undefined || gaz.firstNames.has(item.words[0]!.toLowerCase())) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    const before = lowerAt(tokens, candidate.first - 2);
    // "The Independent reported", not "the … Study published in the Journal" (a passive).
    const reports = next !== undefined && next.text === next.lower && MEDIA_VERBS.has(next.lower) && !PASSIVE_AGENTS.has(lowerAt(tokens, candidate.last + 2));
    // "told The Guardian", "according to the Beacon": the name ends its phrase ("told the Biblical story", "the West European system" do not).
    const ends = next === undefined || !next.word || next.sentStart || (next.text === next.lower && PHRASE_END_TAGS.has(gaz.pos.get(next.lower) ?? '') && next.lower !== 'and' && next.lower !== 'of');
    const told = ends && (before === 'told' || (before === 'to' && lowerAt(tokens, candidate.first - 3) === 'according'));
    const employs = (before === 'for' || before === 'at' || before === 'of') && MEDIA_ROLES.has(lowerAt(tokens, candidate.first - 3));
    if (reports || told || employs) setType(item, 'organization');
  }
}

/**
 * Organisations by the noun around them: a company's kind right before its name ("rival
 * Skyreach", "French retailer Carrefour"), a party after "ruling" or "opposition" or before
 * "party" ("the ruling Jubilee party"), and the employer of analysts, traders or economists
 * ("analysts at Goldman Sachs and Morgan Stanley").
 */
export function organisationsByNoun(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'nationality' || (item.type === 'other' && item.firm)) continue;
    if (knownCountryOrRegion(item, gaz) || kindsOf(item, gaz)?.includes('demonym') === true) continue;
    // A city's name may be a company's too ("retailer Carrefour"); only a kind noun says so.
    const city = knownPlace(item, gaz);
    const previous = tokenAt(tokens, candidate.first - 1);
    const next = tokenAt(tokens, candidate.last + 1);
    // "engineers at the Halvorsen Planetarium": a place head names a place where people work.
    const placeHeaded = gaz.placeHeads.has(lowerOfWord(item.words[item.words.length - 1]!, tokens[candidate.last]));
    // ("an analyst with Edward Jones": American copy names one employee's employer with "with" too,
    // after "a" or "an" and a singular role; "researchers with Tom Hale" work with a person.)
    const role = lowerAt(tokens, candidate.first - 2);
    const oneEmployee = previous?.text === 'with' && !role.endsWith('s') && (lowerAt(tokens, candidate.first - 3) === 'a' || lowerAt(tokens, candidate.first - 3) === 'an');
    const staff = !city && !placeHeaded && previous !== undefined && (previous.text === 'at' || oneEmployee) && STAFF_NOUNS.has(role);
    // "analysts at Goldman Sachs and Morgan Stanley": the second employer too. The name after
    // "and" is looked up for every name (an "and" after a name is common), not only after a
    // staff noun (rare): a lookup first run after V8 optimised this loop threw that code away.
    const partner = next !== undefined && next.lower === 'and' ? byFirstToken.get(candidate.last + 2) : undefined;
    if (staff && partner !== undefined && partner.type !== 'nationality' && !knownPlace(partner, gaz)) setType(partner, 'organization');
    // An organisation the model guessed is made sure by the same context, so that it lends its
    // type to the name's other mentions ("rivals Lloyds and NatWest" … "Lloyds said").
    if (item.type === 'organization' && !item.guess) continue;
    const lowerPrevious = previous !== undefined && previous.text === previous.lower;
    // A person with a given name may follow a noun too ("rival Jane Doe"), never work "at" an analyst's employer;
    // so may one whose surname has a hyphened particle ("opposition coalition Moaz al-Khatib").
    // After a kind that people are too ("investor Bill Smith"), a curated given name counts even
    // where it is a common word as well ("Bill", "Rich"): two words only, no organisation's head at the end.
    const personKind = item.words.length === 2 && previous !== undefined && PERSON_KIND_NOUNS.has(previous.lower) && gaz.givenNames.has(item.words[0]!.toLowerCase()) && !gaz.orgHeads.has(item.words[item.words.length - 1]!.toLowerCase());
    const person = item.type === 'person' && item.words.length >= 2 && (gaz.firstNames.has(item.words[0]!.toLowerCase()) || personKind || hyphenedParticleName(item.words[item.words.length - 1]!));
    let organisation = false;
    if (lowerPrevious && (KIND_NOUNS.has(previous.lower) || pluralKind(previous.lower)) && !person) organisation = true;
    // "Retailer Walmart said": the kind noun opens the sentence, capitalised.
    if (previous !== undefined && previous.sentStart && OPENING_KINDS.has(previous.lower) && !person) organisation = true;
    if (lowerPrevious && PARTY_MODIFIERS.has(previous.lower) && !person && !city) organisation = true;
    if (next && next.text === 'party' && !person && !city) organisation = true;
    // "Al-Ahram newspaper said", "Kestrel Radio": a medium's kind after its name.
    // The name must be whole: "Travel and Leisure magazine" is split by "and" before this.
    const partOfName = previous !== undefined && (previous.text === 'and' || previous.text === '&' || previous.text === 'of');
    // "a Jewish newspaper", "a Catholic weekly": after "a" an adjective describes the medium, it names none.
    const describing = (previous?.lower === 'a' || previous?.lower === 'an') && item.words.length === 1 && hasAdjectiveEnding(item.key);
    if (next && next.text === next.lower && MEDIA_KINDS.has(next.lower) && !person && !city && !partOfName && !describing) organisation = true;
    // "fast-casual chains like Chipotle", "lenders such as Barclays": an example of a kind only companies are.
    // ("interest groups, such as Planned Parenthood": a comma may stand before "such as".)
    let kindAt = previous?.lower === 'like' ? candidate.first - 2 : previous?.lower === 'as' && lowerAt(tokens, candidate.first - 2) === 'such' ? candidate.first - 3 : -1;
    if (kindAt >= 0 && previous?.lower === 'as' && isMarkAt(tokens, kindAt, 44)) kindAt--;
    const exampleKind = kindAt >= 0 ? lowerAt(tokens, kindAt) : '';
    // "advocacy groups such as X": groups only of a kind that bodies are (not "ethnic groups such as the Uighurs").
    const bodyGroups = exampleKind === 'groups' && BODY_GROUP_KINDS.has(lowerAt(tokens, kindAt - 1));
    if (exampleKind !== '' && (EXAMPLE_KINDS.has(exampleKind) || pluralKind(exampleKind) || bodyGroups) && !person && !city) organisation = true;
    if (staff) organisation = true;
    // "said lead manager Morgan Stanley": banks fill an issue's syndicate, whatever their given-name first word.
    if (!city && syndicateRoleBefore(tokens, candidate.first)) organisation = true;
    if (organisation) setType(item, 'organization');
  }
}

const SYNDICATE_ROLES = localeWords((locale) => locale.context.syndicateRoles);
const SYNDICATE_MODIFIERS = localeWords((locale) => locale.context.syndicateModifiers);

/**
 * Whether a syndicate's role stands right before token `first`: "said lead manager X", "sole
 * manager X", "Lead manager is X", "co-lead managers: X"; "manager" and "runner" need a word
 * that makes them the issue's (lead, sole, joint, book), "bookrunner" and "co-manager" do not.
 */
function syndicateRoleBefore(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  const link = tokenAt(tokens, at);
  if (link && (link.text === ':' || link.lower === 'is' || link.lower === 'are' || link.lower === 'was' || link.lower === 'were')) at--;
  // Every test runs for every name, each a set lookup: a test run only after a syndicate's role
  // (rare) was first run after V8 had optimised the rule, and threw that code away.
  const role = lowerAt(tokens, at);
  const needsNoModifier = SELF_SYNDICATE_ROLES.has(role);
  const modified = SYNDICATE_MODIFIERS.has(lowerAt(tokens, at - 1));
  return SYNDICATE_ROLES.has(role) && (needsNoModifier || modified);
}

/** The syndicate's roles that need no modifier ("bookrunner", "co-manager"). */
const SELF_SYNDICATE_ROLES: ReadonlySet<string> = new Set([...SYNDICATE_ROLES].filter((role) => role.startsWith('book') || role.startsWith('co-')));

/** Words before "in X" that hold a share of X ("a position in X", "invested in X"): X is a company. */
const HOLDING_WORDS = localeWords((locale) => locale.context.holdingWords);

const TRAVEL_VERBS = localeWords((locale) => locale.context.travelVerbs);

/** Whether a verb of going ends at `index`, maybe before "back", "home" or "away": "flew back (from)". */
function travelsFrom(tokens: readonly Token[], index: number): boolean {
  const word = lowerAt(tokens, index);
  if (word === 'back' || word === 'home' || word === 'away') return TRAVEL_VERBS.has(lowerAt(tokens, index - 1));
  return TRAVEL_VERBS.has(word);
}

/**
 * "hotels in Hadibo", "born in 1958 in Kibbutz Kinneret", "in Socotra's arid climate": a name
 * only the model reads as a person, right after "in", is a place (in the leave-one-genre-out
 * folds every such reading was one). A known given name, a known person's name, a part of a
 * person the article names in full and a case's party ("in Moran and Pyle", "in Kennedy versus
 * Washington") keep the person. So does one after "from" and a verb of going ("returned from
 * Kaya", "fled back from Kaya"), where "a letter from Kaya" may be a person's.
 */
export function placesAfterIn(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const personParts = new Set<string>();
  for (const item of typed) if (item.type === 'person' && item.words.length >= 2) for (const word of item.words) personParts.add(word.toLowerCase());
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'person' || (item.firm && !item.guess) || item.words.length > 3) continue;
    const preposition = textAt(tokens, candidate.first - 1);
    if (preposition !== 'in' && !(preposition === 'from' && travelsFrom(tokens, candidate.first - 2))) continue;
    if (gaz.firstNames.has(item.words[0]!.toLowerCase()) || kindsOf(item, gaz) !== undefined || item.words.some((word) => personParts.has(word.toLowerCase()) || isCommonLower(gaz, word.toLowerCase()))) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    // "in Obama's cabinet", "in Gallup's tracking", "in Ward 8", "in Moran and Pyle": a possessor, a numbered division, a case.
    if (next && (isPossessive(next) || next.text === '\u2019' || next.text === "'" || /^\d/.test(next.text) || next.lower === 'v' || next.lower === 'vs' || next.lower === 'versus' || (next.lower === 'and' && tokenAt(tokens, candidate.last + 2)?.cap === true))) continue;
    // "a stake in Valeant", "put your money in Vanguard": what one holds is a company.
    if (STAKE_WORDS.has(lowerAt(tokens, candidate.first - 2)) || HOLDING_WORDS.has(lowerAt(tokens, candidate.first - 2))) continue;
    setType(item, 'place');
  }
}

const DISTANCE_UNITS = localeWords((locale) => locale.context.distanceUnits);
const APPROXIMATIONS = localeWords((locale) => locale.context.approximations);
const COMPASS_POINTS = localeWords((locale) => locale.names.compassPoints);

/**
 * Whether the words after the name ending at `last` put it at a distance from another place:
 * a comma, an optional "about", a number, a unit, an optional bracket and a direction and "of"
 * "from" ("Leslie, about 77 miles (124 kilometers) north of Little Rock"), or "from" and a name
 * ("Ashby, 20 km from Leeds"). Only places lie so many miles north of each other (players stand
 * yards and metres from a line, which the units leave out).
 */
function distanceAfter(tokens: readonly Token[], last: number): boolean {
  if (textAt(tokens, last + 1) !== ',') return false;
  let at = last + 2;
  if (APPROXIMATIONS.has(textAt(tokens, at))) at++;
  if (!/^\d[\d,.]*$/.test(textAt(tokens, at)) || !DISTANCE_UNITS.has(textAt(tokens, at + 1))) return false;
  at += 2;
  // "(124 kilometers)": the other unit in brackets.
  if (textAt(tokens, at) === '(') {
    const close = tokens.findIndex((token, index) => index > at && index <= at + 4 && token.text === ')');
    if (close < 0) return false;
    at = close + 1;
  }
  // "north of the capital": a direction says it; "20 km from Leeds" needs the place's name ("40 miles from home" is a person's).
  if (COMPASS_POINTS.has(textAt(tokens, at))) return textAt(tokens, at + 1) === 'of' || textAt(tokens, at + 1) === 'from';
  return (textAt(tokens, at) === 'of' || textAt(tokens, at) === 'from') && tokenAt(tokens, at + 1)?.cap === true;
}

/**
 * "in Leslie, about 77 miles north of Little Rock": a name (read as a person, a given name even)
 * that lies a distance from a place is a place. Names the text gives a person in full keep it.
 */
export function placesByDistance(typed: Typed[], tokens: readonly Token[]): void {
  let personParts: Set<string> | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'place' || item.type === 'organization' || item.words.length > 3 || !distanceAfter(tokens, candidate.last)) continue;
    if (!personParts) {
      personParts = new Set();
      for (const person of typed) if (person.type === 'person' && person.words.length >= 2 && person !== item) for (const word of person.words) personParts.add(word.toLowerCase());
    }
    if (item.words.some((word) => personParts!.has(word.toLowerCase()))) continue;
    setType(item, 'place');
    candidate.weak = false;
  }
}

/**
 * "flights from Heathrow and Gatwick", "trains between Leeds and Wetherby": one unknown word
 * joined by "and" or "or" to a place after a place preposition is a place of the same list, where
 * the model read a person. A name known as a person's or an ordinary word, a possessor and the
 * subject of a new clause ("in Paris and Ostrowski said") keep their reading.
 */
export function placePartners(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byLastToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type !== 'person' || (item.firm && !item.guess) || item.words.length !== 1) continue;
    const join = lowerAt(tokens, candidate.first - 1);
    if (join !== 'and' && join !== 'or') continue;
    const partner = byLastToken.get(candidate.first - 2);
    const partnerFirst = partner?.candidate?.first;
    if (!partner || partner.type !== 'place' || partnerFirst === undefined) continue;
    const before = lowerAt(tokens, partnerFirst - 1);
    const inList = listOfPlaces(tokens, byLastToken, partnerFirst);
    if (!LOCATIVES.has(before) && before !== 'between' && !inList) continue;
    // "stakes in Bristol and Verlo": what one holds may be a company.
    if (STAKE_WORDS.has(lowerAt(tokens, partnerFirst - 2)) || HOLDING_WORDS.has(lowerAt(tokens, partnerFirst - 2))) continue;
    const lower = item.words[0]!.toLowerCase();
    if (kindsOf(item, gaz) !== undefined || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.givenNames.has(lower) || isCommonLower(gaz, lower)) continue;
    // The list must end there: punctuation, a preposition or a plural copula ("Gatwick were
    // cancelled") may follow, but no other word, as "in Leeds and Ashworth joined him" opens a clause.
    // After "between" the pair is the whole phrase ("buses between Leeds and Wetherby stopped").
    // (After a list of two places or more, "in Seoul, Daejeon and Cheongju reaching ten degrees",
    // the last item is a place whatever follows.)
    const next = tokenAt(tokens, candidate.last + 1);
    if (before !== 'between' && !inList && next && next.word && !(next.lower === 'were' || next.lower === 'are' || LOCATIVES.has(next.lower) || gaz.pos.get(next.lower) === 'Preposition')) continue;
    if (next && isPossessive(next)) continue;
    setType(item, 'place');
  }
}

const PLACE_LIST_PREPOSITIONS = localeWords((locale) => locale.context.placeListPrepositions);
/** The most names a list of places is read for, and the most words of each. */
const PLACE_LIST_MAX = 16;
const PLACE_LIST_NAME_WORDS = 3;
/** What may close a list of places: a stop, a comma, a colon or a closing bracket. */
const LIST_STOPS = new Set(['.', ',', ';', ':', ')', '!', '?']);

/**
 * "a diversion via Alby, Brent Hollow and Carrow", "sites at Dunmere, Oxley, Penhallow and
 * Ross": three names or more listed with commas and a last "and" or "or" after a place
 * preposition are places of one list, where the model read small towns as people, companies or
 * nothing. The whole list is left as it is when a name in it is surely something else (known or
 * typed by a rule as a person or an organisation, a nationality, a given name and a surname), when
 * the preposition follows shares or an investment ("stakes in …"), or, after "at", when no name
 * in it is a place yet (people work "at" firms).
 */
export function placeLists(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken, byLastToken } = mentionsByEdgeToken(typed);
  const members: Typed[] = [];
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate) continue;
    const preposition = lowerAt(tokens, candidate.first - 1);
    // "from St George to Cunnamulla, Thargomindah and Roma": a list after "to" that closes the range a place after "from" opens.
    // (The "from" name must be a place: "power passed from Mugabe to Mnangagwa, Chiwenga and Mohadi" lists people.)
    const from = preposition === 'to' ? byLastToken.get(candidate.first - 2) : undefined;
    const range = from?.candidate !== undefined && from.candidate !== null && from.type === 'place' && lowerAt(tokens, from.candidate.first - 1) === 'from';
    if (!(PLACE_LIST_PREPOSITIONS.has(preposition) || range) || STAKE_WORDS.has(lowerAt(tokens, candidate.first - 2)) || HOLDING_WORDS.has(lowerAt(tokens, candidate.first - 2))) continue;
    members.length = 0;
    let current: Typed | undefined = item;
    let closed = false;
    while (current?.candidate && members.length < PLACE_LIST_MAX) {
      members.push(current);
      const joint = lowerAt(tokens, current.candidate.last + 1);
      if (closed || (joint !== ',' && joint !== 'and' && joint !== 'or')) break;
      // "in Tema, Kasoa, and Winneba": a comma may stand before the last "and" (the serial comma).
      const serial = joint === ',' && members.length >= 2 && (lowerAt(tokens, current.candidate.last + 2) === 'and' || lowerAt(tokens, current.candidate.last + 2) === 'or');
      if (joint !== ',' || serial) closed = true;
      current = byFirstToken.get(current.candidate.last + (serial ? 3 : 2));
      if (!current && joint === ',') break;
    }
    if (!closed || members.length < 3 || !members.every((member) => mayBeListedPlace(member, gaz))) continue;
    // A range needs a place the knowledge base knows at one end or in the list ("from Mugabe" may have been read as a place).
    if (range && !PLACE_LIST_PREPOSITIONS.has(preposition) && !isPlaceKind(kindsOf(from!, gaz)) && !(from!.firm && !from!.guess) && !members.some((member) => isPlaceKind(kindsOf(member, gaz)))) continue;
    // The list ends with its last name and a stop or a lower-case word: "in Alby, Brent and Cole
    // said" would open a clause, "in Brent and Cole / Dunmere" is no list of places.
    const after = tokenAt(tokens, members[members.length - 1]!.candidate!.last + 1);
    if (after && (isPossessive(after) || (after.word ? after.text !== after.lower : !LIST_STOPS.has(after.text)))) continue;
    // "Professor in Urban Studies, Law and Economics": fields after a capitalised title.
    const opener = tokenAt(tokens, candidate.first - 2);
    if (opener?.word && opener.cap && !opener.sentStart && !range) continue;
    if (preposition === 'at' && !members.some((member) => member.type === 'place')) continue;
    // Every member, a place the model read too: the list is the evidence a lone place needs (unsupportedPlaces).
    for (const member of members) if (member.type !== 'place' || !member.firm) setType(member, 'place');
  }
}

/** Whether a name may stand in a list of places: not surely a person, an organisation or a nationality. */
function mayBeListedPlace(item: Typed, gaz: Gazetteer): boolean {
  if (item.words.length > PLACE_LIST_NAME_WORDS || item.type === 'nationality' || item.candidate!.weak) return false;
  const kinds = kindsOf(item, gaz);
  if (kinds && !isPlaceKind(kinds)) return false;
  // A person is sure by a title or a given name ("Mr Lount", "Jo Reyes"); a surname's form alone ("Melton Mowbray") is not.
  if (item.type === 'person') return item.candidate!.title === null && !gaz.firstNames.has(item.words[0]!.toLowerCase());
  return item.type === 'place' || !item.firm || item.guess;
}

/** Compromise's tags of a finite verb after a subject: "will", "said", "were", "has". */
const PAIR_VERB_TAGS = new Set(['Modal', 'PastTense', 'PresentTense', 'Copula', 'Verb']);

/**
 * "whether Smith and Bourla will meet": one unknown word joined by "and" to a person, the pair
 * then doing something (a lower-case verb after it), is a person too, where the model read none
 * or a place. The partner must be a person surely: named in full, titled, known by knowledge or
 * a surname the lexicon knows. Known names, ordinary words and possessors keep their reading.
 */
export function peoplePartners(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byLastToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.words.length !== 1 || !(item.type === 'other' || (item.type === 'place' && !item.firm)) || lowerAt(tokens, candidate.first - 1) !== 'and') continue;
    const word = item.words[0]!;
    if (!PLAIN_NAME.test(word) || kindsOf(item, gaz) !== undefined || isCommonLower(gaz, word.toLowerCase())) continue;
    const partner = byLastToken.get(candidate.first - 2);
    if (partner?.type !== 'person' || !(partner.words.length >= 2 || (partner.firm && !partner.guess) || gaz.lastNames.has(partner.key))) continue;
    // The pair is the subject of a verb ("will meet", "said", "were"), not a modifier ("and Democratic presidential candidate …", "the Dunn and Bradstreet study").
    const next = tokenAt(tokens, candidate.last + 1);
    if (!next || !next.word || next.text !== next.lower || !PAIR_VERB_TAGS.has(gaz.pos.get(next.lower) ?? '') || PARTY_ADJECTIVES.has(item.key)) continue;
    setType(item, 'person');
  }
}

/** How many lower-case words may stand between a person and "than": "Alcaraz will have a better career than". */
const COMPARISON_REACH = 10;

/**
 * "Carlos Alcaraz will have a better career than Jannik Sinner": a person named in full,
 * compared in the same clause (only lower-case words between) with a two-word name after
 * "than", is compared with a person, where the model read the name as something else or a
 * place (its surname an ordinary noun). The name's first word must be unknown to the lexicon:
 * "better than Apple Music" keeps its reading.
 */
export function peopleComparedWithPeople(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let byLastToken: ReadonlyMap<number, Typed> | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length !== 2 || candidate.last !== candidate.first + 1 || !(item.type === 'other' || (item.type === 'place' && !item.firm))) continue;
    if (lowerAt(tokens, candidate.first - 1) !== 'than' || !item.words.every((word) => PLAIN_NAME.test(word)) || kindsOf(item, gaz) !== undefined) continue;
    const given = item.words[0]!.toLowerCase();
    if (isCommonLower(gaz, given) || gaz.pos.has(given) || gaz.orgHeads.has(item.words[1]!.toLowerCase()) || gaz.placeHeads.has(item.words[1]!.toLowerCase())) continue;
    // Back over the clause's lower-case words to the person who is compared.
    byLastToken ??= mentionsByEdgeToken(typed).byLastToken;
    let at = candidate.first - 2;
    while (at >= 0 && candidate.first - 2 - at < COMPARISON_REACH && tokens[at]!.word && tokens[at]!.text === tokens[at]!.lower) at--;
    const person = byLastToken.get(at);
    if (person?.type !== 'person' || person.words.length < 2 || at === candidate.first - 2) continue;
    setType(item, 'person');
  }
}

/**
 * "Jannik Sinner beat Carlos Alcaraz", "Carlos Alcaraz against Jannik Sinner": a person named in full meets an opponent of the same kind, so a two-word name on the
 * other side of "beat", "defeated" or "against" that the model read as a place or as nothing
 * (its surname an ordinary noun, its given name unknown) is a person. The same guards as the
 * comparison rule: the name's first word unknown to the lexicon, no head of a body or a place,
 * nothing the knowledge base knows ("France beat Carlos …" keeps France).
 */
export function peopleFacingPeople(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let edges: EdgeIndex | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length !== 2 || candidate.last !== candidate.first + 1 || !(item.type === 'other' || (item.type === 'place' && !item.firm))) continue;
    if (!item.words.every((word) => PLAIN_NAME.test(word)) || kindsOf(item, gaz) !== undefined) continue;
    const given = item.words[0]!.toLowerCase();
    if (isCommonLower(gaz, given) || gaz.pos.has(given) || gaz.orgHeads.has(item.words[1]!.toLowerCase()) || gaz.placeHeads.has(item.words[1]!.toLowerCase())) continue;
    edges ??= mentionsByEdgeToken(typed);
    const after = OPPONENT_WORDS.has(lowerAt(tokens, candidate.last + 1)) ? edges.byFirstToken.get(candidate.last + 2) : undefined;
    const before = OPPONENT_WORDS.has(lowerAt(tokens, candidate.first - 1)) ? edges.byLastToken.get(candidate.first - 2) : undefined;
    if (!isPersonInFull(after) && !isPersonInFull(before)) continue;
    setType(item, 'person');
  }
}

/** Whether a mention is a person named by two words or more. */
function isPersonInFull(item: Typed | undefined): boolean {
  return item !== undefined && item.type === 'person' && item.words.length >= 2;
}

const LEGAL_FORMS = localeWords((locale) => locale.names.legalForms);

/**
 * "Acme Inc of Trenton, a maker of …", "Novo Ltd of Canada": after a company's legal form, "of"
 * names where the company is (the candidates end its name there), a place whatever the model or an
 * apposition read; a name the knowledge base files as anything else keeps that.
 */
export function seatsOfCompanies(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byLastToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'place' || item.words.length > 3 || textAt(tokens, candidate.first - 1) !== 'of') continue;
    const form = tokenAt(tokens, candidate.first - 2);
    if (!form || !form.cap || !LEGAL_FORMS.has(form.lower) || byLastToken.get(candidate.first - 2)?.type !== 'organization') continue;
    const kinds = kindsOf(item, gaz);
    if (kinds !== undefined && !isPlaceKind(kinds)) continue;
    setType(item, 'place');
  }
}

/** Whether a place and a comma stand right before the place at `first`: "Seoul, Daejeon …". */
function listOfPlaces(tokens: readonly Token[], byLastToken: ReadonlyMap<number, Typed>, first: number): boolean {
  if (textAt(tokens, first - 1) !== ',') return false;
  const before = byLastToken.get(first - 2);
  return before !== undefined && before.type === 'place';
}

/** A hyphenated modifier of where something is: "Ontario-based", "Calif.-based", "Texas-headquartered". */
const REGION_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;

/** Where a region's abbreviation is split from its compound: "Ill" "." "-" "based". */
const BASED_WORDS = new Set(['based', 'headquartered']);

/** Whether the token at `at` opens a region's "-based" compound, whole ("Ontario-based") or split after an abbreviation's full stop ("Ill.-based"). */
function regionCompoundAt(tokens: readonly Token[], at: number): boolean {
  if (REGION_COMPOUND.test(textAt(tokens, at))) return true;
  // "Summit, New Jersey-based", "Greenville, South Carolina-based": a region of two words.
  if (tokenAt(tokens, at)?.cap === true && tokenAt(tokens, at)!.word && REGION_COMPOUND.test(textAt(tokens, at + 1))) return true;
  const region = tokenAt(tokens, at);
  const stop = tokenAt(tokens, at + 1);
  const hyphen = tokenAt(tokens, at + 2);
  const based = tokenAt(tokens, at + 3);
  if (!region || !stop || !hyphen || !based || !region.cap || stop.text !== '.' || hyphen.text !== '-' || !BASED_WORDS.has(based.text)) return false;
  return stop.start === region.end && hyphen.start === stop.end && based.start === hyphen.end;
}

/** Whether a capitalised name follows the region's compound that opens at `at` ("Ontario-based BlackBerry", "Ill.-based Acme"). */
function nameAfterRegionCompound(tokens: readonly Token[], at: number): boolean {
  const after = tokenAt(tokens, REGION_COMPOUND.test(textAt(tokens, at)) ? at + 1 : at + 4);
  return after !== undefined && after.nameLike && !after.newline;
}

/**
 * "The Waterloo, Ontario-based company": a name after an article, before a comma and a region's
 * "-based" compound, is the town the region holds, a place, where the model read a person. A name the knowledge
 * base or a firm rule types keeps its type.
 */
export function placesBeforeRegionCompound(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'place' || item.type === 'nationality' || (item.firm && !item.guess) || item.words.length > 3 || kindsOf(item, gaz) !== undefined) continue;
    // ("a Russian-born, London-based investor": a compound modifier of its own is no town.)
    if (item.words.some((word) => /-\p{Ll}+$/u.test(word))) continue;
    if (textAt(tokens, candidate.last + 1) !== ',' || !regionCompoundAt(tokens, candidate.last + 2)) continue;
    // Only as a modifier after an article ("the Waterloo, Ontario-based …") or of a name
    // ("Waterloo, Ontario-based BlackBerry reported"): "Okafor, Texas-based lawyer, said" is a person.
    const article = lowerAt(tokens, candidate.first - 1);
    if (article !== 'the' && article !== 'a' && article !== 'an' && !nameAfterRegionCompound(tokens, candidate.last + 2)) continue;
    setType(item, 'place');
  }
}

const LEGISLATOR_ROLES = localeWords((locale) => locale.context.legislatorRoles);

/** Whether the token at `at` is a body's head after "Member(s) of": "the Member of Parliament for Asawase". */
function memberOfLegislature(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const head = tokenAt(tokens, at);
  if (!head || !head.cap || !gaz.orgHeads.has(head.lower) || lowerAt(tokens, at - 1) !== 'of') return false;
  const member = lowerAt(tokens, at - 2);
  return member === 'member' || member === 'members';
}

/**
 * "the Labour MP for Newcastle Central", "the MEP for London", "the Member of Parliament for
 * Asawase": what a legislator sits for is a
 * constituency, a place, whatever the model read (a person, an organisation after "for"). A
 * name the knowledge base knows as an organisation or a person keeps its reading.
 */
export function constituenciesOfLegislators(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'place' || item.type === 'nationality' || item.words.length > 4) continue;
    if (lowerAt(tokens, candidate.first - 1) !== 'for' || !(LEGISLATOR_ROLES.has(lowerAt(tokens, candidate.first - 2)) || memberOfLegislature(tokens, candidate.first - 2, gaz))) continue;
    const kinds = kindsOf(item, gaz);
    if (kinds?.some((kind) => kind === 'org' || kind === 'agency' || kind === 'person' || kind === 'team')) continue;
    setType(item, 'place');
  }
}

/**
 * A one-word name that is the surname (or the given name) of a person the article names in
 * full is that person, even when it is also a city ("Valeska Paris" … "Paris said"), unless a
 * locative preposition stands before it ("in Paris").
 */
export function namesOfPeople(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const parts = new Set<string>();
  const surnames = new Set<string>();
  for (const item of typed) {
    if (item.type !== 'person' || item.words.length < 2 || item.words.length > 4) continue;
    const first = item.words[0]!.toLowerCase();
    const last = item.words[item.words.length - 1]!.toLowerCase();
    // "Virginia Democratic primary voters" misread as a person lends no surname: a party's word is none.
    if (!PARTY_ADJECTIVES.has(last) && !(last.endsWith('s') && PARTY_ADJECTIVES.has(last.slice(0, -1)))) {
      parts.add(last);
      surnames.add(last);
    }
    if (gaz.firstNames.has(first)) parts.add(first);
  }
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'person' || item.type === 'nationality' || item.words.length !== 1) continue;
    // A thing by its own rule ("Polaroids", "IE6") stays one.
    if (item.type === 'other' && item.firm) continue;
    // "Thomson shares rose" beside "David Thomson": a company where only a company stands.
    if (item.type === 'organization' && companyOnlyCue(tokens, candidate.first, candidate.last)) continue;
    const lower = item.words[0]!.toLowerCase();
    const kinds = kindsOf(item, gaz);
    // A region's name is the person's only as a surname ("John Bolton" … "Bolton said", "Ann
    // Compton" … "Compton recalled"); as a given name it is the state ("Georgia Lee" … "Georgia").
    // Not in capitals ("WASHINGTON (AP)", a dateline) nor before a comma and a place ("Washington, D.C.").
    const placeAfter = textAt(tokens, candidate.last + 1) === ',' && isPlaceKind(gaz.phrases.get(tokenAt(tokens, candidate.last + 2)?.key ?? ''));
    const region = kinds !== undefined && kinds.includes('region') && !(surnames.has(lower) && !kinds.includes('capital') && !tokens[candidate.first]!.upper && !placeAfter);
    if (kinds && (kinds.includes('country') || region || kinds.includes('org') || kinds.includes('agency'))) continue;
    if (!parts.has(lower)) continue;
    const previous = tokenAt(tokens, candidate.first - 1);
    if (previous && LOCATIVES.has(previous.lower)) continue;
    setType(item, 'person');
  }
}

/** Locatives that people stand after too ("letters went to Jane Ross"): no town is read after them. */
const PEOPLE_PREPOSITIONS = new Set(['to', 'toward', 'towards', 'through', 'across']);

/** Where the name after "near" or "north of" starting at `at` begins ("near Malvern", "south of Leeds"), or -1. */
function nearPlaceAt(tokens: readonly Token[], at: number): number {
  const word = lowerAt(tokens, at);
  if (textAt(tokens, at) !== word) return -1;
  if (word === 'near' || word === 'outside') return at + 1;
  return COMPASS_POINTS.has(word) && lowerAt(tokens, at + 1) === 'of' ? at + 2 : -1;
}

/** German street names' last part ("Lüderitzstraße", "Petersallee", "Nachtigalplatz", "Kurfürstendamm"), after two letters at least. */
const GERMAN_STREET = /^\p{Lu}\p{L}+(?:-\p{L}+)*(?:stra(?:ß|ss)e|platz|allee|gasse|chaussee|damm|-(?:Stra(?:ß|ss)e|Platz|Allee|Gasse|Chaussee|Damm))$/u;

/**
 * "Petersallee", "Lüderitzstrasse", "Anna-Mungunda-Allee": a name of one word that ends like a
 * German street is the street, a place, in any language's copy (read by its form, it looked
 * like a surname).
 */
export function streetsByForm(typed: Typed[]): void {
  for (const item of typed) {
    if (item.words.length !== 1 || item.type === 'place' || item.type === 'organization' || !GERMAN_STREET.test(item.words[0]!)) continue;
    setType(item, 'place');
  }
}

/**
 * "Kanata, Ontario", "in Bogliasco, Liguria": an unknown name followed by a comma and a known
 * state, region or country is a place in it. A person may stand before a country in results
 * lists ("Jan Ullrich, Germany"), so a locative preposition must stand before the name too.
 */
export function placesInRegions(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  let nearPlaces: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'place' || item.type === 'nationality' || item.words.length > 2) continue;
    if (item.firm && !item.guess && item.type !== 'person') continue;
    if (textAt(tokens, candidate.last + 1) !== ',') continue;
    // "in Hammond, Indiana", "in Lincoln, Nebraska": a one-word name the knowledge base knows only as
    // a person's or a city, read as a person, is a town in a state or country after a place
    // preposition (people are "in" no state that way).
    const kinds = kindsOf(item, gaz);
    const townOfPersonName = kinds !== undefined && kinds.every((kind) => kind === 'person' || kind === 'city') && item.words.length === 1 && candidate.title === null && LOCATIVES.has(lowerAt(tokens, candidate.first - 1)) && !PEOPLE_PREPOSITIONS.has(lowerAt(tokens, candidate.first - 1));
    if (kinds !== undefined && !townOfPersonName) continue;
    // "houses in Leigh Sinton, near Malvern", "in Kelby, north of Leeds": a place near another place.
    const nearAt = nearPlaceAt(tokens, candidate.last + 2);
    if (nearAt > 0) {
      const near = byFirstToken.get(nearAt);
      if (near?.type === 'place' && LOCATIVES.has(lowerAt(tokens, candidate.first - 1)) && !PEOPLE_PREPOSITIONS.has(lowerAt(tokens, candidate.first - 1)) && candidate.title === null) {
        setType(item, 'place');
        (nearPlaces ??= new Set()).add(item.key);
      }
      continue;
    }
    // "in Ferguson, Mo., last week", "Joplin, Miss.": a word-like AP state abbreviation, its full
    // stop, then a comma or the sentence's end, after a name and a comma: the name is a town there.
    if (candidate.title === null && textAt(tokens, candidate.last + 3) === '.' && WORDLIKE_STATE_ABBREVIATIONS.has(`${textAt(tokens, candidate.last + 2)}.`) && /^[,;]?$/.test(textAt(tokens, candidate.last + 4))) {
      setType(item, 'place');
      continue;
    }
    let region = byFirstToken.get(candidate.last + 2);
    if (!region?.candidate) continue;
    // "in Levico Terme, Trento, Italy": an unknown town between the name and the known region is in it too.
    let between: Typed | undefined;
    if (!gaz.phrases.has(region.key) && region.words.length <= 2 && region.type !== 'nationality' && textAt(tokens, region.candidate.last + 1) === ',') {
      between = region;
      region = byFirstToken.get(region.candidate.last + 2);
      if (!region?.candidate) continue;
    }
    const regionKinds = gaz.phrases.get(region.key);
    // "in Kibbutz Kinneret, Tiberias": a known city holds the place too (a name with no comma after it).
    const city = between === undefined && regionKinds !== undefined && isCityKind(regionKinds) && /^[.;]$/.test(textAt(tokens, region.candidate.last + 1));
    if (!regionKinds || !(regionKinds.includes('region') || regionKinds.includes('country') || (city && !townOfPersonName))) continue;
    const afterRegion = tokenAt(tokens, region.candidate.last + 1);
    if (afterRegion && (afterRegion.text === "'s" || afterRegion.text === '\u2019s')) continue;
    const previous = tokenAt(tokens, candidate.first - 1);
    // (Or an article before and a noun after: "the Cupertino, Calif., company".)
    const modifier = previous?.lower === 'the' && afterRegion?.text === ',' && tokenAt(tokens, region.candidate.last + 2)?.word === true && !tokens[region.candidate.last + 2]!.cap;
    if (!(previous && LOCATIVES.has(previous.lower)) && !modifier) continue;
    setType(item, 'place');
    if (between && !(between.firm && !between.guess && between.type !== 'person')) setType(between, 'place');
    if (city && region.type !== 'place' && !(region.firm && !region.guess)) setType(region, 'place');
  }
  // The town near another is that town through the text ("between Malvern and Leigh Sinton"), unless titled.
  if (nearPlaces !== null) for (const item of typed) if (item.type === 'person' && nearPlaces.has(item.key) && item.candidate?.title === null) setType(item, 'place');
}

let stateCodes: ReadonlySet<string> | null = null;

/**
 * "Hartford, CT", "Moline, Ill.": a state's postal code or word-like abbreviation right after a
 * place and a comma is the state (alone, "CT" and "Ill." may be anything: a time zone, a word).
 * Read after the types have spread, so the word elsewhere keeps its own ("the funeral Mass").
 */
export function stateCodesAfterTowns(typed: Typed[], tokens: readonly Token[]): void {
  let byLastToken: ReadonlyMap<number, Typed> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'place' || item.words.length !== 1 || textAt(tokens, candidate.first - 1) !== ',') continue;
    stateCodes ??= new Set(STATE_CODES_AFTER_TOWNS);
    if (!stateCodes.has(item.words[0]!.replace(/\.$/, ''))) continue;
    byLastToken ??= mentionsByEdgeToken(typed).byLastToken;
    const town = byLastToken.get(candidate.first - 2);
    if (town?.type !== 'place') continue;
    // "the Moline, Ill.-based company": inside a compound the state is a modifier's word, as "Ontario-based" is.
    const stop = tokenAt(tokens, candidate.last + 1);
    if (stop?.text === '.' && isMarkAt(tokens, candidate.last + 2, 45) && tokens[candidate.last + 2]!.start === stop.end) continue;
    setType(item, 'place');
    candidate.weak = false;
    // "Ill." keeps its full stop, as the dotted abbreviations the knowledge base knows do ("Calif.");
    // a postal code has none ("Halifax, NS." ends the sentence).
    if (stop?.text === '.' && stop.start === item.end && !item.words[0]!.endsWith('.') && !/^\p{Lu}{2}$/u.test(item.words[0]!)) {
      item.end = stop.end;
      candidate.end = stop.end;
      item.words = [`${item.words[0]!}.`];
      candidate.words = item.words;
    }
  }
}

const PLACE_PREPOSITIONS = localeWords((locale) => locale.context.placePrepositions);
const INHABITANT_NOUNS = localeWords((locale) => locale.context.inhabitantNouns);
const SETTLEMENT_NOUNS = localeWords((locale) => locale.context.settlementNouns);
const PLACE_PARTS_OF = localeWords((locale) => locale.context.placePartsOf);
const PLACE_OFFICES = localeWords((locale) => locale.context.placeOffices);
/** Compromise's tags of singular nouns: a capitalised word before one modifies it ("Viking trade"); plurals are left out, as they share their form with verbs ("of Temescal lies"). */
const MODIFIED_NOUN_TAGS = new Set(['Singular', 'Uncountable']);

/**
 * "Residents of Kilifi said", "villagers in Ganze", "the county of Kwale": a name after the
 * people who live somewhere, or after a lower-case settlement noun and "of", is that place, and
 * so is a person's reading after "suburban" or before "police" ("west suburban Oak Brook"). Only
 * names the knowledge base does not know and no rule has fixed, read as a person or an
 * organisation, are retyped ("the people of Israel" keeps its entry, "members of the Acme Party" its head).
 */
export function placesOfResidents(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'nationality' || item.words.length > 3) continue;
    if (kindsOf(item, gaz) !== undefined) continue;
    const after = tokenAt(tokens, candidate.last + 1);
    // "Barwell resident Huw Williams", "Bunbury residents wrote": the people who live there, after the name.
    const residents = after !== undefined && after.text === after.lower && INHABITANT_NOUNS.has(after.lower) && after.lower !== 'people' && after.lower !== 'population';
    // A name fixed by a rule keeps its type, except a person read from the form of its words
    // alone, with no title: "all Kampung Baru residents" is the place, as "the Kampung Baru
    // residents" is (a person has no residents).
    // So is one after a place preposition and before a settlement noun ("in Amuria Mondolpara area", "in Karimganj upazila").
    const before = tokenAt(tokens, candidate.first - 1);
    const settled = after !== undefined && after.text === after.lower && SETTLEMENT_NOUNS.has(after.lower) && before !== undefined && PLACE_PREPOSITIONS.has(before.text);
    // "in west suburban Oak Brook", "Oak Brook police said": a town by the suburbs it is one of,
    // or by its police (a person has none), where a person was read from the words alone.
    const suburb = before?.text === 'suburban' || after?.text === 'police';
    if (suburb && item.type === 'person' && candidate.title === null && item.words.every((word) => PLAIN_NAME.test(word) && !gaz.givenNames.has(word.toLowerCase()) && !gaz.lastNames.has(word.toLowerCase()))) {
      setType(item, 'place');
      continue;
    }
    if (item.firm && !item.guess && !((residents || settled) && item.type === 'person' && candidate.title === null && item.words.length >= 2)) continue;
    // Plain names only: not a people's compound or an initialism ("African-American residents", "LGBT
    // residents"), an organisation's head ("Council residents"), a known given name or surname; a
    // name the model read as none too, unless it is an ordinary word.
    const plainPlaceName = item.words.every((word) => PLAIN_NAME.test(word) && !word.includes('-') && !gaz.orgHeads.has(word.toLowerCase()) && !gaz.firstNames.has(word.toLowerCase()) && !gaz.lastNames.has(word.toLowerCase()) && !gaz.demonyms.has(lookupKey(word)));
    if (residents && plainPlaceName && (item.type === 'person' || item.type === 'organization' || (item.type === 'other' && !item.words.some((word) => isCommonLower(gaz, word.toLowerCase()))))) {
      setType(item, 'place');
      continue;
    }
    // "homes at Hollybush farm", "Kelso town centre": a name the model alone read as a person
    // before a lower-case settlement noun names that settlement (no known given name or surname).
    if (after !== undefined && after.text === after.lower && (SETTLEMENT_NOUNS.has(after.lower) || after.lower === 'farm') && item.type === 'person' && (!item.firm || settled) && plainPlaceName) {
      setType(item, 'place');
      continue;
    }
    const preposition = tokenAt(tokens, candidate.first - 1);
    const noun = tokenAt(tokens, candidate.first - 2);
    if (!preposition || !noun || preposition.text !== preposition.lower) continue;
    // "the outskirts of Grozny", "north of Vedeno": a part of a place before "of", whatever the model read.
    // Not a modifier of a noun after it ("a centre of Viking trade").
    const modifier = after !== undefined && after.word && after.text === after.lower && MODIFIED_NOUN_TAGS.has(gaz.pos.get(after.lower) ?? '');
    // ("the outskirts of Skelton Green": an ordinary word may end the name after one that is none.)
    const ordinary = (word: string): boolean => isCommonLower(gaz, word.toLowerCase());
    if (preposition.lower === 'of' && noun.text === noun.lower && PLACE_PARTS_OF.has(noun.lower) && !modifier && !ordinary(item.words[0]!) && !(item.words.length === 1 && ordinary(item.words[0]!))) {
      setType(item, 'place');
      continue;
    }
    // Otherwise only a reading as a person or an organisation is corrected: a name the model reads
    // as none stays none ("the village of X" is one place in corpora that mark the noun phrase).
    if (item.type !== 'person' && item.type !== 'organization') continue;
    const inhabitants = (preposition.lower === 'of' || preposition.lower === 'in') && INHABITANT_NOUNS.has(noun.lower);
    const settlement = preposition.lower === 'of' && noun.text === noun.lower && SETTLEMENT_NOUNS.has(noun.lower);
    // "Patricia Hale, 58, of Knaresford, admitted …": news style gives a person's age, then their home town.
    const age = tokenAt(tokens, candidate.first - 3);
    const home = preposition.lower === 'of' && noun.text === ',' && age !== undefined && /^\d{1,3}$/.test(age.text) && textAt(tokens, candidate.first - 4) === ',' && !gaz.orgHeads.has(item.words[item.words.length - 1]!.toLowerCase());
    // "The mayor of Dunmore said": a town's office before "of"; the speaker is the mayor, not the town.
    const office = preposition.lower === 'of' && noun.text === noun.lower && PLACE_OFFICES.has(noun.lower) && item.type === 'person';
    if (inhabitants || settlement || home || office) setType(item, 'place');
  }
}

/**
 * "Rural Australia", "Drought-hit Kenya": a two-word name that ends in a country and does not
 * start with a given name is no person (a person's surname is no country's name); it keeps the
 * country's type. "Jordan Henderson" and "Chad Smith" start with given names and are untouched.
 */
export function noPersonBeforeCountry(typed: Typed[], gaz: Gazetteer): void {
  for (const item of typed) {
    if (!item.candidate || item.type !== 'person' || item.words.length !== 2 || item.candidate.title) continue;
    if (item.firm && !item.guess) continue;
    const first = item.words[0]!.toLowerCase();
    if (gaz.firstNames.has(first) || gaz.givenNames.has(first) || kindsOf(item, gaz) !== undefined) continue;
    if (gaz.phrases.get(lookupKey(item.words[1]!))?.includes('country') === true) setType(item, 'place');
  }
}

const COMPANY_ONLY_KINDS = localeWords((locale) => locale.context.companyOnlyKinds);
const OPENING_KINDS = localeWords((locale) => locale.context.openingKinds);

/**
 * "Dubai carrier Emirates … Emirates ordered jets": a country's or region's name right after a
 * noun that only describes a company is a brand, and the bare name is that company throughout
 * the article; "the Emirates" and a name after a place preposition ("flights to Emirates") stay
 * the place.
 */
export function brandsNamedLikePlaces(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const brands = new Set<string>();
  for (const item of typed) {
    const previous = item.candidate ? tokenAt(tokens, item.candidate.first - 1) : undefined;
    if (!previous || previous.text !== previous.lower || !COMPANY_ONLY_KINDS.has(previous.lower)) continue;
    if (item.type === 'place' && knownCountryOrRegion(item, gaz)) brands.add(item.key);
  }
  if (brands.size === 0) return;
  for (const item of typed) {
    if (!item.candidate || item.type !== 'place' || !brands.has(item.key)) continue;
    const previous = tokenAt(tokens, item.candidate.first - 1);
    if (previous && (previous.lower === 'the' || LOCATIVES.has(previous.lower))) continue;
    setType(item, 'organization');
  }
}

/** Nouns that describe a person in an apposition: "X, a 45-year-old teacher". */
const PERSON_NOUNS = localeWords((locale) => locale.context.personNouns);

/**
 * "Valeska Paris, an Australian woman, …", "Jo Bloggs, a 45-year-old teacher": a name that
 * an apposition describes as a person is one, whatever its words also name.
 */
export function peopleByApposition(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'person' || item.type === 'nationality' || item.words.length > 4) continue;
    if (item.firm && !item.guess && kindsOf(item, gaz) !== undefined) continue;
    if (textAt(tokens, candidate.last + 1) !== ',') continue;
    const article = tokenAt(tokens, candidate.last + 2);
    if (!article || (article.lower !== 'a' && article.lower !== 'an')) continue;
    // Up to four modifiers ("an Australian woman", "a 45 - year - old retired teacher"), then the noun.
    for (let index = candidate.last + 3; index <= candidate.last + 9 && index < tokens.length; index++) {
      const token = tokens[index]!;
      if (PERSON_NOUNS.has(token.lower) && token.text === token.lower) {
        const after = tokenAt(tokens, index + 1);
        // "a man's world", "a woman-owned firm": the noun must end the phrase.
        if (!after || !after.word || after.lower === 'who' || after.lower === 'from' || after.lower === 'of' || after.lower === 'and' || after.lower === 'in' || after.lower === 'at' || after.lower === 'with') setType(item, 'person');
        break;
      }
      // "Leong Mun Wai, a Singaporean Chinese, was …", "Okafor, a Nigerian, said": a people's name as the phrase's last word is a person of that people.
      // (Only a phrase of capitalised words: "Cinco de Mayo, a day on which Americans …" is none.)
      if (token.cap && gaz.phrases.get(token.key)?.includes('demonym') === true && capitalisedFrom(tokens, candidate.last + 3, index)) {
        const after = tokenAt(tokens, index + 1);
        if (!after || !after.word || after.lower === 'who' || after.lower === 'in' || after.lower === 'from' || after.lower === 'at' || after.lower === 'with') setType(item, 'person');
      }
      if (!token.word || token.lower === 'of' || token.lower === 'who' || token.lower === 'and') break;
    }
  }
}

/** Whether every token from `from` to `to` is a capitalised word. */
function capitalisedFrom(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at <= to; at++) if (!tokens[at]!.word || !tokens[at]!.cap) return false;
  return true;
}

const KIN_NOUNS = localeWords((locale) => locale.context.kinNouns);

/**
 * "baby Elizabeth", "her daughter Florence": a given name that is also a town ("Elizabeth",
 * "Florence"), right after a noun of kin in lower case, is the person.
 */
export function peopleAfterKinNoun(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'place' || item.words.length !== 1 || !gaz.givenNames.has(item.words[0]!.toLowerCase())) continue;
    const kin = tokenAt(tokens, candidate.first - 1);
    if (kin && kin.text === kin.lower && KIN_NOUNS.has(kin.lower)) setType(item, 'person');
  }
}

const ORGANISATION_NOUNS = localeWords((locale) => locale.context.organisationNouns);
/** Words that end an apposition's noun phrase: the noun before them is its head. */
const APPOSITION_ENDS = new Set(['based', 'owned', 'that', 'which', 'whose', 'in', 'with', 'from', 'and', 'at', 'for', 'founded', 'headquartered', 'listed', 'known', 'run', 'backed', 'controlled', 'led', 'managed', 'operated']);
/** Kinds of company that name what they make or trade after "of": "the largest exporter of copper". */
const MAKERS_OF = localeWords((locale) => locale.context.makersOf);
/** Words that an organisation's apposition never passes: "a group of villagers", "a man who". */
const APPOSITION_STOPS = new Set(['of', 'who', 'and', 'to', 'by', 'on', 'as']);

const NOUN_PHRASE_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/**
 * Whether the name at token `first` names the organisation noun phrase before it, set off by
 * commas: "The pilots' union, Balpa, said", "the company, Northjet, said" (not "His lawyer, Ben
 * Cole," whose noun is no organisation's).
 */
function organisationNamedBefore(tokens: readonly Token[], first: number): boolean {
  if (textAt(tokens, first - 1) !== ',') return false;
  const noun = tokenAt(tokens, first - 2);
  if (!noun || !noun.word || noun.text !== noun.lower || !ORGANISATION_NOUNS.has(noun.lower)) return false;
  // Back over up to four modifiers ("the country's largest union") to an article or a possessor.
  for (let index = first - 3; index >= 0 && index >= first - 7; index--) {
    const token = tokens[index]!;
    if (NOUN_PHRASE_OPENERS.has(token.lower) || isPossessive(token) || token.text === "'" || token.text === '\u2019') return true;
    if (!token.word) return false;
  }
  return false;
}

/** Lower-case words that an apposition may stand before its settlement noun: "a mountainous border region", "a small fishing town". */
const PLACE_APPOSITION_MODIFIERS = 3;

/**
 * Whether the words after the name ending at `last` are an apposition that calls it a settlement:
 * a comma, an article, up to three lower-case modifiers and a settlement noun after which no
 * noun goes on ("X, a region along the river", "X, a small town."; not "X, a town councillor").
 */
function settlementApposition(tokens: readonly Token[], last: number, gaz: Gazetteer): boolean {
  if (textAt(tokens, last + 1) !== ',') return false;
  const article = lowerAt(tokens, last + 2);
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let at = last + 3; at <= last + 3 + PLACE_APPOSITION_MODIFIERS && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.word || token.text !== token.lower) return false;
    if (!SETTLEMENT_NOUNS.has(token.lower)) continue;
    const after = tokenAt(tokens, at + 1);
    // ("X, the city's mayor": the noun's possessor is no apposition of it.)
    return after === undefined || (!after.word && !isPossessive(after)) || (after.text === after.lower && (CLOSED_CLASS_POS.has(gaz.pos.get(after.lower) ?? '') || APPOSITION_ENDS.has(after.lower)));
  }
  return false;
}

/**
 * "Magdalena Medio, a region along the river", "Kessel Vale, a small town,": a name that an
 * apposition calls a settlement is a place, though a given name opens it, and so is every other
 * mention of it that no title opens. Names the knowledge base knows keep their reading.
 */
export function placesByApposition(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let places: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'place' || item.type === 'nationality' || candidate.title !== null || !settlementApposition(tokens, candidate.last, gaz) || kindsOf(item, gaz) !== undefined) continue;
    (places ??= new Set()).add(item.key);
  }
  if (places === null) return;
  for (const item of typed) if (item.type !== 'place' && places.has(item.key) && item.candidate?.title === null) setType(item, 'place');
}

/**
 * "Kordell, a software maker, said …", "Talvane, a Dutch logistics firm based in Breda": a name
 * that an apposition describes as a company or another organisation is one, even at a
 * sentence's start where an unknown capitalised word is otherwise no name. Known places and
 * people with a known given name keep their reading.
 */
export function organisationsByApposition(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'organization' || item.type === 'nationality' || item.words.length > 5) continue;
    // "The pilots' union, Balpa, said": the name of the noun phrase before it.
    if (textAt(tokens, candidate.last + 1) === ',' && organisationNamedBefore(tokens, candidate.first) && !knownPlace(item, gaz) && !gaz.firstNames.has(item.words[0]!.toLowerCase())) {
      setType(item, 'organization');
      candidate.weak = false;
      continue;
    }
    // The words after the name first: most names have no apposition.
    if (textAt(tokens, candidate.last + 1) !== ',') continue;
    const article = tokenAt(tokens, candidate.last + 2);
    if (!article) continue;
    // "X, the country's largest union", "X, Germany's biggest bank": a possessor ("the
    // country's", a place's name) stands where the article does, and the head noun follows it.
    const namedPossessor = article.cap && article.word && isPossessive(tokenAt(tokens, candidate.last + 3));
    if (article.lower !== 'a' && article.lower !== 'an' && article.lower !== 'the' && !namedPossessor) continue;
    if (item.firm && !item.guess && !candidate.weak && kindsOf(item, gaz) !== undefined) continue;
    if (knownPlace(item, gaz) || (item.words.length >= 2 && gaz.firstNames.has(item.words[0]!.toLowerCase()))) continue;
    const possessive = namedPossessor ? 1 : article.lower === 'the' && isPossessive(tokenAt(tokens, candidate.last + 4)) ? 2 : 0;
    // Up to five modifiers ("a Texas-based software maker", "a Dutch logistics firm"), then the noun.
    for (let index = candidate.last + 3 + possessive; index <= candidate.last + 8 + possessive && index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.word || APPOSITION_STOPS.has(token.lower)) break;
      const part = COMPANY_PARTS.has(token.lower);
      if (token.text !== token.lower || (!ORGANISATION_NOUNS.has(token.lower) && !part)) continue;
      const after = tokenAt(tokens, index + 1);
      // "X, the company's founder": a possessor is no head.
      if (isPossessive(after)) break;
      // "X, the world's largest maker of widgets", "X, a unit of Y": a company's kind or part before "of" (not "a group of villagers").
      const kindOf = after?.lower === 'of' && (part || MAKERS_OF.has(token.lower) || (ORGANISATION_NOUNS.has(token.lower) && token.lower.endsWith('maker')));
      if (after && after.word && !APPOSITION_ENDS.has(after.lower) && !kindOf) continue;
      setType(item, 'organization');
      candidate.weak = false;
      break;
    }
  }
}

const SCHOOL_HEADS = localeWords((locale) => locale.heads.school);
const SCHOOL_HEADS_IN_CONTEXT = localeWords((locale) => locale.heads.schoolInContext);
const SCHOOL_AFTER_PLACE = localeWords((locale) => locale.heads.schoolAfterPlace);
const SCHOOL_WORDS = localeWords((locale) => locale.context.schoolWords);

/**
 * "Riverbend High", "Oakwood Elementary", and in a text about schools "Carver Middle": a name
 * of one or two words and a school's last word is the school, an organisation, whatever place
 * or person its first word also names.
 */
export function schoolsByHead(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let schoolText: boolean | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length < 2 || item.words.length > 3 || item.type === 'organization') continue;
    const head = item.words[item.words.length - 1]!.toLowerCase();
    // "Virginia Tech", "Texas Tech": a known region or city and a university's short last word.
    if (item.words.length === 2 && SCHOOL_AFTER_PLACE.has(head) && isRegionOrCity(gaz.phrases.get(lookupKey(item.words[0]!))) && kindsOf(item, gaz) === undefined) {
      setType(item, 'organization');
      continue;
    }
    if (!SCHOOL_HEADS.has(head) && !SCHOOL_HEADS_IN_CONTEXT.has(head)) continue;
    if (kindsOf(item, gaz) !== undefined || !item.words.slice(0, -1).every((word) => PLAIN_NAME.test(word))) continue;
    if (!SCHOOL_HEADS.has(head)) {
      schoolText ??= tokens.some((token) => SCHOOL_WORDS.has(token.lower));
      if (!schoolText) continue;
    }
    setType(item, 'organization');
  }
}

/** Words before a nickname in quotation marks: "known as", "called", "dubbed". */
const NAMING_WORDS = new Set(['as', 'called', 'dubbed', 'nicknamed', 'renamed']);
const OPENING_QUOTES = new Set(['\u201c', '"', '\u2018', "'"]);
const CLOSING_QUOTES = new Set(['\u201d', '"', '\u2019', "'"]);

/**
 * "the company released “Battlefield V,”", "the sitcom “Full House”": a name that fills a pair of
 * quotation marks alone, read as a place by the model, is a title (a game, a show, a book), no
 * place. Names the knowledge base or a rule typed keep theirs ("the so-called “Islamic State”");
 * a name read as a person stays one, as people are quoted by name ("refers to him as “Chris.”").
 */
export function quotedTitles(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.title !== null || kindsOf(item, gaz) !== undefined || !OPENING_QUOTES.has(textAt(tokens, candidate.first - 1))) continue;
    // "“Private Dancer”", "“Lady Bird”": a title word and an ordinary word alone in quotation marks name a work.
    if (item.words.length === 2 && gaz.titles.has(item.words[0]!.toLowerCase()) && item.type !== 'other' && CLOSING_QUOTES.has(textAt(tokens, candidate.last + 1))) {
      setType(item, 'other');
      continue;
    }
    if (item.type !== 'place' || (item.firm && !item.guess)) continue;
    // "the desert known as the “Syrian Thebaid”", "also called “T-town”", "(… Expressway, The "B.A.")":
    // a name given to the place itself, after a naming word ("so called" marks doubt, not a
    // name: "the so called “Self-Determination Initiative”") or inside a nickname's own "The".
    let namer = candidate.first - 2;
    if (textAt(tokens, namer) === 'The') continue;
    if (lowerAt(tokens, namer) === 'the') namer--;
    if (NAMING_WORDS.has(lowerAt(tokens, namer)) && lowerAt(tokens, namer - 1) !== 'so') continue;
    // A place's head word keeps the place even in quotation marks ("the "Smithsonian Museum" in Washington").
    if (gaz.placeHeads.has(item.words[item.words.length - 1]!.toLowerCase())) continue;
    let close = candidate.last + 1;
    if (textAt(tokens, close) === ',' || textAt(tokens, close) === '.') close++;
    if (!CLOSING_QUOTES.has(textAt(tokens, close))) continue;
    setType(item, 'other');
  }
}

/**
 * "Polaroids" beside "Polaroid", "IE6", "STS-1": a capitalised word that the article also uses
 * in the plural, or a word of letters and digits, names a thing (a product, a mission), not a
 * person or a place.
 */
export function namesOfThings(typed: Typed[], gaz: Gazetteer): void {
  const single = new Set<string>();
  for (const item of typed) if (item.words.length === 1 && item.candidate && !item.candidate.weak) single.add(item.words[0]!);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.words.length !== 1 || item.type === 'organization' || item.type === 'nationality') continue;
    if (item.firm && !item.guess) continue;
    const word = item.words[0]!;
    // "a super PAC … super PACs": an initialism of an ordinary noun names no thing either.
    if (kindsOf(item, gaz) !== undefined || ORDINARY_ACRONYMS.has(word)) continue;
    const lower = word.toLowerCase();
    const plural = word.endsWith('s') && single.has(word.slice(0, -1));
    const singular = single.has(`${word}s`);
    const stem = plural ? lower.slice(0, -1) : lower;
    const thing = (plural || singular) && !gaz.firstNames.has(stem) && !gaz.lastNames.has(stem);
    const alphanumeric = /\p{L}/u.test(word) && /\p{N}/u.test(word);
    // (A doctrine's word only loses a reading it has: "Western Journalism" is left to other rules.)
    const doctrine = item.scores !== null && item.type !== 'other' && isDoctrineWord(word);
    if (thing || alphanumeric || doctrine) {
      item.type = 'other';
      item.firm = true;
      item.scores = item.scores ?? new Float32Array(LABELS.length);
    }
  }
}

const WORK_GENRES = localeWords((locale) => locale.context.workGenres);
const PRODUCT_NOUNS = localeWords((locale) => locale.context.productNouns);

/**
 * "the iPhone and Macintosh computers", "Corolla cars": a one-word name that only the model or a
 * weak rule reads as a person, right before a plural noun of manufactured goods, is the make
 * or the model (other); no person's name stands there.
 */
export function makesBeforeProducts(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || (item.type !== 'person' && item.type !== 'place') || (item.firm && !item.guess)) continue;
    if (item.words.length === 1 && item.type === 'person') {
      const next = tokens[candidate.last + 1];
      const beforeGoods = next !== undefined && next.text === next.lower && PRODUCT_NOUNS.has(next.lower);
      if (!beforeGoods && !exampleOfProducts(tokens, candidate.first)) continue;
    } else if (!modelReadAsPersonOrPlace(item, gaz) || !exampleOfProducts(tokens, candidate.first)) continue;
    setType(item, 'other');
  }
}

/**
 * Whether a name in a list of products ("phones such as the Krzr, Rizr and 3G Razr") that is
 * read as a place or a person of several words may be a model instead: no place the knowledge
 * base knows, no person opening with a known given name ("models such as Kate Moss"), three
 * words at most.
 */
function modelReadAsPersonOrPlace(item: Typed, gaz: Gazetteer): boolean {
  if (item.words.length > 3) return false;
  if (item.type === 'place') return !isPlaceKind(kindsOf(item, gaz));
  return !gaz.firstNames.has(item.words[0]!.toLowerCase()) && !gaz.givenNames.has(item.words[0]!.toLowerCase());
}

/** Words of things made or sold whose examples are products: goods and the other kinds. */
const PRODUCT_KINDS = localeWords((locale) => [...locale.context.productNouns, ...locale.context.productKinds]);
/** A model's name or part of it opening with a digit and holding a capital ("3G", "4S", "5X"). */
const MODEL_DIGITS = /^\d+\p{Lu}/u;
/** How many tokens of a list of names may stand between an example and its "including", "such as" or "like". */
const EXAMPLE_LIST_REACH = 12;

/**
 * Whether the name at tokens[first] is in a list of examples of products: "new products,
 * including Acme Trader and Xtra", "apps such as Zing". Back over the list's names, commas
 * and "and"/"or" to the opener, and the kind noun right before it (a comma may stand between).
 */
function exampleOfProducts(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  while (at >= 0 && first - at <= EXAMPLE_LIST_REACH) {
    const token = tokens[at]!;
    if (token.lower === 'including' || token.lower === 'like' || (token.lower === 'as' && lowerAt(tokens, at - 1) === 'such')) break;
    // ("such as the Krzr, Rizr and 3G Razr": an article before a model, a model's name opening with a digit.)
    if (token.text !== ',' && token.lower !== 'and' && token.lower !== 'or' && token.text !== 'the' && !(token.word && (token.cap || MODEL_DIGITS.test(token.text)))) return false;
    at--;
  }
  if (at < 0 || first - at > EXAMPLE_LIST_REACH) return false;
  let kindAt = tokens[at]!.lower === 'as' ? at - 2 : at - 1;
  if (textAt(tokens, kindAt) === ',') kindAt--;
  const kind = tokenAt(tokens, kindAt);
  return kind !== undefined && kind.text === kind.lower && PRODUCT_KINDS.has(kind.lower);
}

/**
 * "the BBC drama Silent Harbour", "the soap Eastgate Lane", "the album Blue Hour": a name right
 * after a lower-case kind of creative work is the work's title, not a place or a person (the
 * kind names what follows; a role between them, "the drama teacher Ann Cole", breaks it).
 */
export function worksAfterGenreNoun(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'other' || item.type === 'nationality') continue;
    const genre = tokens[candidate.first - 1];
    if (genre === undefined || genre.text !== genre.lower || !WORK_GENRES.has(genre.lower)) continue;
    // "the series Tuesday": a day or a month is when, not what.
    if (item.words.length === 1 && gaz.pos.get(item.words[0]!.toLowerCase()) !== undefined && CALENDAR_POS.has(gaz.pos.get(item.words[0]!.toLowerCase())!)) continue;
    setType(item, 'other');
  }
}

/** compromise's parts of speech of days and months. */
const CALENDAR_POS: ReadonlySet<string> = new Set(['WeekDay', 'Month', 'Date']);

const ORDINARY_ACRONYMS = localeWords((locale) => locale.names.commonAcronyms);
const DOCTRINE_ENDINGS: readonly string[] = [...localeWords((locale) => locale.names.doctrineEndings)];

/** "Zionism", "Islamophobia": one plain word with a doctrine's or an attitude's ending, longer than the ending by three letters or more. */
function isDoctrineWord(word: string): boolean {
  if (!PLAIN_NAME.test(word)) return false;
  return DOCTRINE_ENDINGS.some((ending) => word.length >= ending.length + 3 && word.endsWith(ending));
}
const CLUB_ROLE_WORDS = localeWords((locale) => locale.sports.clubRoles);
const PLAYING_ROLES = localeWords((locale) => locale.sports.playingRoles);

/**
 * "Leeds striker Tony Yeboah", "Milan coach Arrigo Sacchi": a city, or a one-word name the
 * knowledge base does not know ("Arsenal"), before a player's or manager's role and a person's
 * name is that club (opening a sentence, only in a sports report: `sportsReport`). A country there is its national
 * team, which news corpora keep as the place.
 */
export function clubsByRole(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, sportsReport = false): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || (item.type !== 'place' && item.type !== 'other') || (item.type === 'other' && item.firm)) continue;
    const kinds = kindsOf(item, gaz);
    // "Former Arsenal striker Ian Wright": a name the knowledge base does not know stands for a club there too.
    const unknown = kinds === undefined && item.words.length === 1 && !gaz.firstNames.has(item.key) && !gaz.lastNames.has(item.key);
    // "Arsenal manager Mikel Arteta said" opening a sentence of a sports report: a word rare in
    // running text is the club too (not "Campaign manager Ann Cole", whose word is a common one;
    // outside a report not "Portfolio manager Ann Cole").
    if (candidate.weak && !(sportsReport && unknown && tokens[candidate.first]!.sentStart && !gaz.common.has(item.key))) continue;
    // "Essex captain Paul Prichard": a county or a state before a role of the playing side.
    const region = kinds !== undefined && kinds.includes('region') && !kinds.includes('country') && item.type === 'place';
    // "Man City ace Erling Haaland" in a sports report: a place of two words no knowledge base holds is a club's short name there.
    const shortName = sportsReport && kinds === undefined && item.words.length === 2 && item.type === 'place';
    if (!unknown && !region && !shortName && (!kinds || !kinds.includes('city') || kinds.includes('country') || item.type !== 'place')) continue;
    const role = tokenAt(tokens, candidate.last + 1);
    if (!role || role.text !== role.lower || !(PLAYING_ROLES.has(role.lower) || (CLUB_ROLE_WORDS.has(role.lower) && !(region && !kinds.includes('city'))))) continue;
    // The role must name someone: "Leeds striker Tony Yeboah", not "a Leeds manager's salary".
    const person = byFirstToken.get(candidate.last + 2);
    if (!person || person.type !== 'person' || (candidate.weak && person.words.length < 2)) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

/** Verbs that follow a speaker's name in news copy: "Elizabeth said". */
const SPEECH_VERBS = localeWords((locale) => locale.context.speechVerbs);

/**
 * "Elizabeth said she was tired", "Sydney, 34, works nights": a one-word name that is a common
 * given name and also a town is the person when it speaks or is given an age, unless a place
 * preposition stands before it. Countries, regions and capitals keep their reading ("Paris
 * said" may be the government).
 */
export function givenNamesThatSpeak(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'place' || item.words.length !== 1) continue;
    const lower = item.words[0]!.toLowerCase();
    if (!gaz.givenNames.has(lower) && !gaz.firstNames.has(lower)) continue;
    const kinds = kindsOf(item, gaz);
    if (kinds === undefined || !kinds.includes('city') || kinds.some((kind) => kind !== 'city' && kind !== 'person')) continue;
    const previous = tokenAt(tokens, candidate.first - 1);
    if (previous && (LOCATIVES.has(previous.lower) || previous.lower === 'of' || previous.lower === 'the')) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    const speaks = next !== undefined && next.text === next.lower && SPEECH_VERBS.has(next.lower);
    const aged = next?.text === ',' && /^\d{1,3}$/.test(tokenAt(tokens, candidate.last + 2)?.text ?? '') && textAt(tokens, candidate.last + 3) === ',';
    if (speaks || aged) setType(item, 'person');
  }
}

/** compromise's tags of a verb that a subject acts with: "Florence thanked", "Paris waved" (no copula: "Sydney is a big city"). */
const SUBJECT_VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Modal']);
/**
 * "Florence Pugh won an award. Florence thanked her family", "Georgia Meloni met Macron. Georgia
 * said she …", "Queen Elizabeth … Elizabeth smiled": a person's given name alone, after the text
 * has named them in full or with a title, is that
 * person where it opens a clause before a verb, though it also names a town or a country. A
 * country (or a town after which no verb of a person follows) needs a person's pronoun after it
 * ("Georgia said she"), as a government speaks too ("Georgia said it would").
 */
export function givenNamesOfPeopleNamedInFull(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  // Given names of people named in full, by where the first full name starts.
  let givenAt: Map<string, number> | undefined;
  for (const item of typed) {
    // ("Queen Elizabeth": a titled name alone is given too.)
    if (item.type !== 'person' || item.words.length > 3 || !item.candidate || (item.words.length === 1 && item.candidate.title === null)) continue;
    givenAt ??= new Map();
    if (!givenAt.has(item.words[0]!)) givenAt.set(item.words[0]!, item.start);
  }
  if (!givenAt) return;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'place' || item.words.length !== 1 || candidate.caps || !((givenAt.get(item.words[0]!) ?? Infinity) < item.start)) continue;
    const previous = tokenAt(tokens, candidate.first - 1);
    if (previous?.word && (LOCATIVES.has(previous.lower) || previous.lower === 'of' || previous.lower === 'the' || previous.cap)) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    if (!next || next.text !== next.lower || !next.word) continue;
    const verb = SPEECH_VERBS.has(next.lower) || SUBJECT_VERB_TAGS.has(gaz.pos.get(next.lower) ?? '');
    const pronoun = personalPronounAfter(tokens, candidate.last + 1);
    const country = kindsOf(item, gaz)?.includes('country') === true;
    if (country ? verb && pronoun : verb || pronoun) setType(item, 'person');
  }
}

/** Lower-case roles that a party, company or other organisation gives a person: "Labour leader Tony Blair". */
const MEMBER_ROLES = localeWords((locale) => locale.context.memberRoles);
/** Heads of public bodies ("council", "ministry"): ordinary nouns, even where the English lexicon lacks them. */
const PUBLIC_BODY_HEADS = localeWords((locale) => locale.heads.publicBody);

/**
 * "Board member Tom Reyes", "Union leader Ann Cole" opening a sentence: an ordinary noun or an
 * organisation's head word alone names no particular body; a party named by an ordinary word
 * ("Labour leader") does.
 */
function isGenericNoun(item: Typed, gaz: Gazetteer): boolean {
  if (item.words.length !== 1) return false;
  const lower = item.words[0]!.toLowerCase();
  return (gaz.orgHeads.has(lower) || gaz.common.has(lower)) && !PARTY_ADJECTIVES.has(lower);
}

/** A one-word name that is an organisation's head and an ordinary noun ("Council", "Board"), and no known name. */
function isCommonHeadNoun(item: Typed, gaz: Gazetteer): boolean {
  if (item.words.length !== 1 || kindsOf(item, gaz) !== undefined) return false;
  const lower = item.words[0]!.toLowerCase();
  // Looked up for every one-word name: a lookup first made after V8 had optimised the caller
  // (a head that is no common word, rare) stopped that code.
  const publicBody = PUBLIC_BODY_HEADS.has(lower);
  return (gaz.orgHeads.has(lower) || gaz.orgFirstHeads.has(lower)) && (isCommonLower(gaz, lower) || publicBody) && !PARTY_ADJECTIVES.has(lower);
}

/**
 * "Labour leader Tony Blair", "Likud lawmaker Dan Meridor", "Acme chief executive Jane Doe": a
 * one-word name before an organisation's role and a person's name is that organisation. A
 * place there is the person's place ("Texas lawmaker Jane Doe"), a nationality their nation.
 */
export function organisationsByRole(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  // The names a rank's abbreviation shows to be bodies ("Cal Fire Capt. Scott McLean").
  let bodiesByRank: Set<string> | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length > 3 || item.type === 'nationality' || (item.type === 'other' && item.firm)) continue;
    // "Morgan Stanley analysts thought …", "Citi economists expect …": only a firm has analysts,
    // however much its name reads as a person's.
    const next = tokens[candidate.last + 1];
    if (item.type === 'person' && next !== undefined && next.text === next.lower && FIRM_STAFF_NOUNS.has(next.lower)) {
      setType(item, 'organization');
      continue;
    }
    // "Dresdner Kleinwort Benson analyst Tom Hale": a name of three plain words reads as a
    // person, but only a firm's people are its analysts, economists and strategists.
    // ("Nobel Prize-winning economist": a compound modifier is no firm.)
    const staffRole = STAFF_NOUNS.has(lowerAt(tokens, candidate.last + 1)) && MEMBER_ROLES.has(lowerAt(tokens, candidate.last + 1)) && !item.words.some((word) => /-\p{Ll}/u.test(word));
    if (item.words.length === 3 && !staffRole) continue;
    // The model's own reading of a sentence-initial head noun as an organisation is weighed below ("Council leader …").
    const headNoun = candidate.sentStart && !item.firm && isCommonHeadNoun(item, gaz);
    if (item.type === 'organization' && !headNoun) continue;
    // "Cal Fire Capt. Scott McLean", "Metro Police Sgt. Ann Cole": a rank's abbreviation and its
    // full stop before a person; the name before it is the body they serve, even where its words
    // read as a person's ("Cal"). Not a party's word ("Republican Sen. Ann Cole").
    const rank = isRankAbbreviation(tokens, candidate.last + 1, gaz) && !item.words.some((word) => PARTY_ADJECTIVES.has(word.toLowerCase()));
    if (item.type === 'person' && item.firm && !item.guess && !(staffRole && !knownPersonWord(item, gaz)) && !rank) continue;
    const kinds = kindsOf(item, gaz);
    if (isPlaceKind(kinds) || kinds?.includes('demonym') === true || kinds?.includes('person') === true) continue;
    if (candidate.weak && isGenericNoun(item, gaz)) continue;
    let at = candidate.last + 1;
    // Up to two role words: "chief executive", "deputy leader".
    while (at <= candidate.last + 2 && tokens[at] !== undefined && tokens[at]!.text === tokens[at]!.lower && MEMBER_ROLES.has(tokens[at]!.lower)) at++;
    if (at === candidate.last + 1 && rank) at += 2;
    if (at === candidate.last + 1) continue;
    const person = byFirstToken.get(at);
    if (!person || person.type !== 'person' || person.words.length < 2) continue;
    // "Council leader Claire Douglas", "Board member Tom Reyes": an organisation's common noun,
    // capitalised only as a sentence's first word, says of which body, not which one.
    if (candidate.sentStart && isCommonHeadNoun(item, gaz)) {
      dropMention(item);
      continue;
    }
    setType(item, 'organization');
    if (rank && item.words.length >= 2) (bodiesByRank ??= new Set()).add(item.key);
  }
  // "a Cal Fire official said …": the same words elsewhere in the article name the same body,
  // though their form alone reads as a person's (a given name and a word).
  if (bodiesByRank === undefined) return;
  for (const item of typed) if (item.type === 'person' && bodiesByRank.has(item.key)) setType(item, 'organization');
}

/** Whether token `at` is an office's or a rank's abbreviation with its full stop ("Capt.", "Sgt.", "Gov."), no honorific ("Mr.", "Mrs."). */
function isRankAbbreviation(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const token = tokens[at];
  if (token === undefined || !token.cap || textAt(tokens, at + 1) !== '.' || tokens[at + 1]!.start !== token.end) return false;
  return TITLE_ABBREVIATIONS.has(token.lower) && gaz.titles.has(token.lower) && !PERSONAL_TITLE_WORDS.has(token.lower);
}

/** Honorifics any person may bear, which say nothing of a body: "Mr", "Mrs", "Ms". */
const PERSONAL_TITLE_WORDS = localeWords((locale) => [...locale.names.maleHonorifics, ...locale.names.femaleHonorifics, ...locale.names.personOnlyHonorifics]);

/** An acronym in capitals: "MSNBC", "BJD". */
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;
/** A brand's word that starts in lower case and has a capital inside: "easyJet", "eBay". */
const LOWER_CAMEL = /^\p{Ll}{1,12}\p{Lu}\p{Ll}+$/u;

/**
 * "Commerzbank and Dresdner said", "Sony or Panasonic", "Ryanair and easyJet": a plain one-word
 * name (or a brand's word in lower camel case) joined by "and"
 * or "or" to a whole organisation's name, or listed with two of them, is an organisation too. Not inside a longer name
 * ("Institute of History and Philology", "The Globe and Mail"), and not an acronym or a known
 * given name, surname or place.
 */
export function organisationPartners(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken, byLastToken } = mentionsByEdgeToken(typed);
  const wholeOrganisation = (item: Typed | undefined): boolean => {
    if (!item || item.type !== 'organization' || !item.firm || item.guess || !item.candidate) return false;
    // A head noun alone ("the Globe") or a name with "of" may be the first half of a longer name.
    if (item.words.some((word) => word === 'of') || (item.words.length === 1 && gaz.orgHeads.has(item.words[0]!.toLowerCase()))) return false;
    return lowerAt(tokens, item.candidate.first - 1) !== 'of';
  };
  let personParts: Set<string> | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'organization' || item.type === 'nationality') continue;
    // "American Airlines and Union Pacific will report": two words read as a place that the knowledge base does not know whole
    // (no compass point's part of a town, "West Oakland", and no modifier of a noun, "Costa Brava hotels").
    if (item.words.length === 2 && (isBrandOfCountry(item, gaz) || (item.type === 'place' && kindsOf(item, gaz) === undefined && !(item.firm && !item.guess) && !COMPASS_POINTS.has(item.words[0]!.toLowerCase()) && !beforeCommonNoun(tokens, candidate.last + 1, gaz)))) {
      // "Virgin Australia and Rex Airlines": a word before a country, beside an organisation, is a brand of it.
      const before = lowerAt(tokens, candidate.first - 1) === 'and' ? byLastToken.get(candidate.first - 2) : undefined;
      const after = lowerAt(tokens, candidate.last + 1) === 'and' ? byFirstToken.get(candidate.last + 2) : undefined;
      if (wholeOrganisation(before) || wholeOrganisation(after)) setType(item, 'organization');
      continue;
    }
    if (item.words.length !== 1 || (item.firm && !item.guess)) continue;
    const word = item.words[0]!;
    const lower = word.toLowerCase();
    const kinds = kindsOf(item, gaz);
    // "CNN, MSNBC and Fox News": an acronym in capitals listed among organisations is one too.
    if (ACRONYM_WORD.test(word) && !kinds && !ORDINARY_ACRONYMS.has(word) && organisationList(item, tokens, byFirstToken, byLastToken)) {
      setType(item, 'organization');
      continue;
    }
    if (!(/^\p{Lu}\p{Ll}+$/u.test(word) || LOWER_CAMEL.test(word)) || gaz.orgHeads.has(lower)) continue;
    // A listed name that the knowledge base files as a person's name at most ("Bing", "Jezebel").
    if ((!kinds || kinds.every((kind) => kind === 'person')) && organisationList(item, tokens, byFirstToken, byLastToken)) {
      setType(item, 'organization');
      continue;
    }
    if (kinds || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.givenNames.has(lower)) continue;
    // "Zaliha Mustafa … the Ministry and Zaliha": a word of a person the text names in full is that person.
    if ((personParts ??= partsOfPeople(typed)).has(item.key)) continue;
    const joinBefore = tokenAt(tokens, candidate.first - 1)?.lower;
    const joinAfter = tokenAt(tokens, candidate.last + 1)?.lower;
    const before = joinBefore === 'and' || joinBefore === 'or' ? byLastToken.get(candidate.first - 2) : undefined;
    const after = joinAfter === 'and' || joinAfter === 'or' ? byFirstToken.get(candidate.last + 2) : undefined;
    if (after && lowerAt(tokens, candidate.first - 1) === 'of') continue;
    if (wholeOrganisation(before) || wholeOrganisation(after)) setType(item, 'organization');
  }
}

/** The first and last words (keys) of the people named in full by a title, knowledge or a rule: "zaliha", "mustafa". */
function partsOfPeople(typed: readonly Typed[]): Set<string> {
  const parts = new Set<string>();
  for (const item of typed) {
    if (item.type !== 'person' || !item.firm || item.guess || item.words.length < 2) continue;
    parts.add(lookupKey(item.words[0]!));
    parts.add(lookupKey(item.words[item.words.length - 1]!));
  }
  return parts;
}

/** "Virgin Australia": a name the knowledge base does not know, of a plain word that is no place or person's name and a country. */
function isBrandOfCountry(item: Typed, gaz: Gazetteer): boolean {
  if (kindsOf(item, gaz) !== undefined || !/^\p{Lu}\p{Ll}+$/u.test(item.words[0]!)) return false;
  const first = item.words[0]!.toLowerCase();
  if (gaz.phrases.has(lookupKey(item.words[0]!)) || gaz.firstNames.has(first) || gaz.lastNames.has(first)) return false;
  return gaz.phrases.get(lookupKey(item.words[1]!))?.includes('country') === true;
}

/** The token before the neighbour that a list join leaves: "A, B", "A and B", "A, and B"; -1 if none. */
function listJoinBefore(tokens: readonly Token[], index: number): number {
  const join = tokenAt(tokens, index - 1);
  if (!join) return -1;
  if (join.text === ',') return index - 2;
  if (join.lower !== 'and' && join.lower !== 'or') return -1;
  return textAt(tokens, index - 2) === ',' ? index - 3 : index - 2;
}

/** The first token of a list's next item: "the Guardian" starts at "Guardian". */
const skipArticle = (tokens: readonly Token[], index: number): number => (tokens[index]?.lower === 'the' ? index + 1 : index);

/** The token after the neighbour that a list join leaves: "A, B", "A and B", "A, and B"; -1 if none. */
function listJoinAfter(tokens: readonly Token[], index: number): number {
  const join = tokenAt(tokens, index + 1);
  if (!join) return -1;
  if (join.lower === 'and' || join.lower === 'or') return skipArticle(tokens, index + 2);
  if (join.text !== ',') return -1;
  const next = tokenAt(tokens, index + 2);
  return skipArticle(tokens, next && (next.lower === 'and' || next.lower === 'or') ? index + 3 : index + 2);
}

/** Longest list read on either side of a name; lists in news copy are short. */
const MAX_LIST_ITEMS = 8;

/**
 * "Delta, Frontier, Hawaiian and JetBlue", "Google, Bing and Yahoo": a name in a list of three
 * or more, half of the others organisations and none of them a person or place by knowledge or
 * context, is an organisation too, even when it is also a given name or surname.
 */
function organisationList(item: Typed, tokens: readonly Token[], byFirstToken: ReadonlyMap<number, Typed>, byLastToken: ReadonlyMap<number, Typed>): boolean {
  let organisations = 0;
  let others = 0;
  let mixed = false;
  // Known companies count here though they are guesses alone: the list confirms them.
  const visit = (other: Typed): void => {
    others++;
    if (other.type === 'organization' && other.firm) organisations++;
    else if (other.firm && !other.guess && (other.type === 'person' || other.type === 'place')) mixed = true;
  };
  // Leftwards from the name's first token, then rightwards from its last.
  const walk = (from: number, join: (tokens: readonly Token[], index: number) => number, byEdge: ReadonlyMap<number, Typed>, leftwards: boolean): void => {
    let at = from;
    for (let count = 0; count < MAX_LIST_ITEMS; count++) {
      const edge = join(tokens, at);
      const other = edge >= 0 ? byEdge.get(edge) : undefined;
      if (!other?.candidate) return;
      visit(other);
      at = leftwards ? other.candidate.first : other.candidate.last;
    }
  };
  walk(item.candidate!.first, listJoinBefore, byLastToken, true);
  walk(item.candidate!.last, listJoinAfter, byFirstToken, false);
  // Three items at least, half of the others organisations ("Google, Bing and Yahoo").
  return others >= 2 && organisations * 2 >= others && !mixed;
}

/** Whether a name follows a capitalised "The" inside a sentence ("a writer for The Onion"). */
function afterCapitalThe(item: Typed, tokens: readonly Token[]): boolean {
  const candidate = item.candidate;
  if (!candidate) return false;
  const article = tokenAt(tokens, candidate.first - 1);
  const before = tokenAt(tokens, candidate.first - 2);
  // "(AFP) – The Trump troops", "Update: The Smith family": after a dash or a colon "The" opens a clause.
  return article !== undefined && article.text === 'The' && !article.sentStart && !article.capsLine && before !== undefined && !(before.word && before.cap) && !CLAUSE_OPENERS.has(before.text);
}

/** Marks after which a capitalised "The" opens a clause rather than a title. */
const CLAUSE_OPENERS = new Set(['\u2013', '\u2014', '-', '--', ':', ';']);

/**
 * "a writer for The Onion", "quoted by The Canadian Press": a capitalised "The" inside a
 * sentence belongs to a title (a paper, a band, a work), never to a place or a person, so a name
 * the knowledge base does not know, written so once, is neither anywhere in the text; it is an
 * organisation unless the model reads it as another kind of name.
 */
export function titlesAfterCapitalThe(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  // Per name, how much more the model reads it as some other name than as an organisation.
  const titles = new Map<string, number>();
  const org = LABELS.indexOf('ORG');
  const misc = LABELS.indexOf('MISC');
  for (const item of typed) {
    // "(The Royal Palace)": a place's head word keeps it a place.
    // The article test first: few names follow "The", and it needs no lower-casing.
    // ("The Hill", a head word alone, is a paper's title.)
    if (!afterCapitalThe(item, tokens) || kindsOf(item, gaz) !== undefined || gaz.firstNames.has(item.words[0]!.toLowerCase()) || item.words.length > 1 && gaz.placeHeads.has(item.words[item.words.length - 1]!.toLowerCase())) continue;
    titles.set(item.key, (titles.get(item.key) ?? 0) + (item.scores ? item.scores[misc]! - item.scores[org]! : 0));
  }
  if (titles.size === 0) return;
  for (const item of typed) {
    const lean = titles.get(item.key);
    if (lean === undefined || (item.firm && !item.guess) || item.candidate?.weak) continue;
    if (item.type === 'place' || item.type === 'person') setType(item, lean > 0 ? 'other' : 'organization');
  }
}

const PARTY_ADJECTIVES = localeWords((locale) => locale.context.partyAdjectives);
const PARTY_NAMES = localeWords((locale) => locale.context.partyNames);
/** Words before a party's word that make it a common noun ("a labour of love", "the Labour market"). */
const ARTICLES_BEFORE_MEMBER: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Tags of a word that a party's word before it describes ("Labour voters", "Labour-friendly"), or whose tag is unknown. */
const DESCRIBED_TAGS: ReadonlySet<string> = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Adjective', 'Comparative', 'Superlative']);

/** Whether the word after a party's word is a lower-case noun or adjective it describes (or one the lexicon does not know). */
function describesNoun(next: Token | undefined, gaz: Gazetteer): boolean {
  if (!next || !next.word || next.text !== next.lower || next.lower === 'and' || next.lower === 'or') return false;
  const tag = gaz.pos.get(next.lower);
  return tag === undefined || DESCRIBED_TAGS.has(tag);
}

/** Parts of speech of a word that qualifies a party's members' name into a party's ("Social Democrats", "Free Democrats"). */
const PARTY_QUALIFIER_POS: ReadonlySet<string> = new Set(['Adjective', 'Noun']);

/**
 * "the Social Democrats", "the Christian Democrats", "a Social Democrat led coalition": an
 * adjective (or a party's own word: "Liberal Democrats") before the plural of a party's word names a party, an organisation (the plural
 * alone, "the Democrats", and a place's members, "Texas Democrats", stay the members); before
 * the singular it names the party's member or adjective, no place or person.
 */
export function partiesByQualifiedPlural(typed: Typed[], gaz: Gazetteer): void {
  for (const item of typed) {
    if (item.words.length !== 2 || item.type === 'nationality' || (item.firm && !item.guess && item.type !== 'other') || !item.candidate || item.candidate.caps) continue;
    const last = item.words[1]!.toLowerCase();
    const plural = last.endsWith('s') && PARTY_ADJECTIVES.has(last.slice(0, -1));
    if (!plural && !PARTY_ADJECTIVES.has(last)) continue;
    const first = item.words[0]!.toLowerCase();
    // ("Liberal Democrats": a party's own word qualifies too.)
    if (!(PARTY_QUALIFIER_POS.has(gaz.pos.get(first) ?? '') || PARTY_ADJECTIVES.has(first)) || first === last || isPlaceKind(gaz.phrases.get(first)) || gaz.demonyms.has(first)) continue;
    if (plural) setType(item, 'organization');
    else if (item.type === 'place' || item.type === 'person') setType(item, 'other');
  }
}

/**
 * "the Republican nomination", "Democratic voters": a party's adjective before a lower-case
 * noun describes the noun and names no organisation; "Republican Party", "the Republican party"
 * and "Labour leader Tony Blair" keep it.
 */
export function partyAdjectives(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length !== 1 || (item.firm && !item.guess && item.type !== 'organization') || !PARTY_ADJECTIVES.has(item.words[0]!.toLowerCase())) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    // "Labour won 418 seats", "Labour's plan", "backed Labour in May": a party's own name, with
    // no article before it and no noun or adjective after it, is the party ("the Labour
    // market", "Labour voters" keep the rule below).
    if (PARTY_NAMES.has(item.words[0]!.toLowerCase()) && !ARTICLES_BEFORE_MEMBER.has(lowerAt(tokens, candidate.first - 1)) && !describesNoun(next, gaz)) {
      setType(item, 'organization');
      continue;
    }
    if (!next || !next.word || next.text !== next.lower || next.lower === 'party' || next.lower === 'parties' || MEMBER_ROLES.has(next.lower)) continue;
    dropMention(item);
  }
}


/**
 * "the seventh Humoresque", "Bavelier, 2010", "a sample of the Galaxy": a one-word name that only
 * the model reads as a place (no entry in the knowledge base, no rule) is no place unless some
 * mention of it in the article stands after a place preposition ("in Randers", "to the Lodge").
 * In the leave-one-genre-out folds such readings were right about one time in four (surnames,
 * works, ships, lone head nouns), against six in seven after a preposition; compass points ("the
 * South") and plural names after "the" ("the Chathams") keep their reading.
 */
export function unsupportedPlaces(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const located = new Set<string>();
  const candidates: Typed[] = [];
  for (const item of typed) {
    if (item.type !== 'place' || !item.candidate) continue;
    const before = tokenAt(tokens, item.candidate.first - 1);
    const preposition = before?.lower === 'the' ? tokenAt(tokens, item.candidate.first - 2) : before;
    if (item.firm || (preposition !== undefined && LOCATIVES.has(preposition.lower))) located.add(item.key);
    // "the Chathams", "the Rockies": a plural name after "the" is how island groups and ranges are named.
    else if (item.words.length === 1 && !knownPlace(item, gaz) && !COMPASS_POINTS.has(item.key) && !(before?.lower === 'the' && item.key.endsWith('s'))) candidates.push(item);
  }
  for (const item of candidates) if (!located.has(item.key)) dropMention(item);
}

/** Short words that an acronym skips: "gross domestic product (GDP)", "rate of return (ROR)". */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'with', '&']);

/** Whether the lower-case words before `open` spell `letters` by their first letters. */
function spelledByLowerWords(tokens: readonly Token[], open: number, letters: string): boolean {
  let at = open - 1;
  for (let index = letters.length - 1; index >= 0; index--) {
    while (at >= 0 && index < letters.length - 1 && ACRONYM_SKIPS.has(tokens[at]!.text)) at--;
    const token = tokens[at];
    if (!token || !token.word || token.text !== token.lower || token.lower[0]!.toUpperCase() !== letters[index]) return false;
    at--;
  }
  return true;
}

/**
 * Whether the capitalised words before `open` spell `letters` by their first letters, and each is
 * an ordinary English word that is no head of a body, title, known name, given name or surname
 * ("Compact Fluorescent Light (CFL)", "Foreign Direct Investment (FDI)", "System Under Test
 * (SUT)"; not "Human Rights Watch", "National Health Service", "Free Software Foundation").
 * The first of those words opens the long form: no capitalised ordinary word stands before it.
 */
/**
 * Whether the capitalised words before `open` spell `letters` by their first letters and the last
 * is a title: an office's initialism ("Deputy Commissioner (DC)", "Station House Officer (SHO)").
 */
function spelledByTitle(tokens: readonly Token[], open: number, letters: string, gaz: Gazetteer): boolean {
  if (!gaz.titles.has(lowerAt(tokens, open - 1))) return false;
  for (let index = letters.length - 1, at = open - 1; index >= 0; index--, at--) {
    const token = tokens[at];
    if (!token || !token.word || !token.cap || token.upper || token.lower[0]!.toUpperCase() !== letters[index]) return false;
  }
  return true;
}

const ACRONYM_TITLE_MODIFIERS = localeWords((locale) => locale.names.titleModifiers);

function spelledByOrdinaryCapitals(tokens: readonly Token[], open: number, letters: string, gaz: Gazetteer): boolean {
  let at = open - 1;
  let phrase = '';
  for (let index = letters.length - 1; index >= 0; index--) {
    while (at >= 0 && index < letters.length - 1 && ACRONYM_SKIPS.has(tokens[at]!.text)) at--;
    const token = tokens[at];
    if (!token || !token.word || !token.cap || token.upper || token.lower[0]!.toUpperCase() !== letters[index]) return false;
    const lower = token.lower;
    // (A title's modifier before the last word is an adjective there: "Foreign Direct Investment (FDI)".)
    if (!isCommonLower(gaz, lower) || gaz.orgHeads.has(lower) || (gaz.titles.has(lower) && !(index < letters.length - 1 && ACRONYM_TITLE_MODIFIERS.has(lower))) || gaz.givenNames.has(lower) || gaz.lastNames.has(lower) || gaz.phrases.has(token.key) || gaz.placeHeads.has(lower) || gaz.eventHeads.has(lower)) return false;
    phrase = phrase === '' ? token.key : `${token.key} ${phrase}`;
    at--;
  }
  const before = tokens[at];
  return !gaz.phrases.has(phrase) && !(before !== undefined && before.word && before.cap && !before.sentStart);
}

/**
 * "gross domestic product (GDP)", "remotely operated vehicles (ROVs)": an acronym defined by
 * lower-case words names a thing, not an organisation, a person or a place, wherever the
 * article uses it; so does one defined by capitalised ordinary words that name no body
 * ("Compact Fluorescent Light (CFL)", "Foreign Direct Investment (FDI)"), which also make no
 * organisation, person or place themselves. Knowledge-base acronyms keep their reading.
 */
export function termAcronyms(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const terms = new Set<string>();
  const longForms = new Set<number>();
  // "Deputy Commissioner (DC)": the office's initialism names the office wherever the article uses it, even one
  // that also names a place ("the DC said" is no Washington).
  const offices = new Set<string>();
  for (let index = 1; index + 2 < tokens.length; index++) {
    if (tokens[index]!.text !== '(' || tokens[index + 2]!.text !== ')') continue;
    const short = tokens[index + 1]!.text;
    if (!/^\p{Lu}{2,6}s?$/u.test(short)) continue;
    const letters = short.endsWith('s') ? short.slice(0, -1) : short;
    // "national security adviser (NSA)": lower-case words ending in a title define an office, even one whose letters name a body elsewhere.
    if (spelledByLowerWords(tokens, index, letters)) (gaz.titles.has(tokens[index - 1]!.lower) ? offices : terms).add(lookupKey(letters));
    else if (spelledByTitle(tokens, index, letters, gaz)) offices.add(lookupKey(letters));
    else if (spelledByOrdinaryCapitals(tokens, index, letters, gaz)) {
      terms.add(lookupKey(letters));
      longForms.add(index);
    }
  }
  if (terms.size === 0 && offices.size === 0) return;
  for (const item of typed) {
    if (item.words.length === 1 && offices.has(item.key) && item.type !== 'nationality') {
      dropMention(item);
      continue;
    }
    // The capitalised long form right before its acronym's parenthesis.
    if (item.candidate && longForms.has(item.candidate.last + 1) && (item.type === 'organization' || item.type === 'person' || item.type === 'place')) {
      dropMention(item);
      continue;
    }
    if (item.words.length !== 1 || item.type === 'nationality' || item.type === 'other') continue;
    const key = item.key.endsWith('s') && terms.has(item.key.slice(0, -1)) ? item.key.slice(0, -1) : item.key;
    if (terms.has(key) && !gaz.phrases.has(key)) dropMention(item);
  }
}

const RELATED_MARKERS = localeWords((locale) => locale.context.relatedMarkers);
/** Punctuation after a related-story marker: "Read more:", "Related |", "WATCH —". */
const MARKER_ENDS = new Set([':', '|', '-', '\u2013', '\u2014', '\u00bb', '>']);
const HEADLINE_ENDS = new Set(['.', '!', '?']);

/**
 * Whether the words from `from` to `to` are written in sentence case: two or more lower-case
 * words that are no function words ("Mike Layton says Doug Ford has a plan"), more of them than
 * ordinary words written with a capital after the first ("Flood Waters Reach Town Centre"). There
 * the capitals mark names, as in running text.
 */
function inSentenceCase(tokens: readonly Token[], from: number, to: number, gaz: Gazetteer): boolean {
  let lowerContent = 0;
  let capitalOrdinary = 0;
  for (let at = from; at <= to; at++) {
    const token = tokens[at]!;
    if (!token.word) continue;
    if (token.text === token.lower) {
      if (/\p{L}/u.test(token.text) && !CLOSED_CLASS_POS.has(gaz.pos.get(token.lower) ?? '')) lowerContent++;
    } else if (at > from && token.cap && isCommonLower(gaz, token.lower) && !gaz.phrases.has(token.key) && !gaz.givenNames.has(token.lower) && !gaz.lastNames.has(token.lower)) capitalOrdinary++;
  }
  return lowerContent >= 2 && lowerContent > capitalOrdinary;
}

/**
 * Marks the tokens of related-story headlines (from after "Read more:" at a line's start to the
 * line's end) with 1, and the marker's words with 2; null when there is none.
 */
function relatedHeadlines(tokens: readonly Token[], gaz: Gazetteer): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let index = 0; index < tokens.length; index++) {
    if (index > 0 && !tokens[index]!.newline) continue;
    let phrase = '';
    let found = -1;
    for (let at = index; at < index + 5 && at < tokens.length && tokens[at]!.word; at++) {
      phrase = phrase === '' ? tokens[at]!.lower : `${phrase} ${tokens[at]!.lower}`;
      if (RELATED_MARKERS.has(phrase) && MARKER_ENDS.has(tokenAt(tokens, at + 1)?.text ?? '')) found = at + 2;
    }
    if (found < 0 || found >= tokens.length) continue;
    marks ??= new Uint8Array(tokens.length);
    marks.fill(2, index, found);
    let end = found;
    while (end + 1 < tokens.length && !tokens[end + 1]!.newline && !HEADLINE_ENDS.has(tokens[end]!.text)) end++;
    if (!inSentenceCase(tokens, found, end, gaz)) marks.fill(1, found, end + 1);
    index = end;
  }
  return marks;
}

/**
 * "Read more: Flood Waters Reach Town Centre": a related story's headline, in title case, is
 * read for names the knowledge base knows only, as its capitalised words say nothing; the
 * marker ("READ MORE") is no name either.
 */
export function relatedStoryHeadlines(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const marks = relatedHeadlines(tokens, gaz);
  if (marks === null) return;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || kindsOf(item, gaz) !== undefined) continue;
    if (marks[candidate.first] !== 0 && marks[candidate.last] !== 0) dropMention(item);
  }
}

/** Most words a teaser's line holds: a longer line is running text, read as such. */
const TEASER_MAX_TOKENS = 24;
/** Marks that end a sentence of running text (a teaser or headline ends with none). */
const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', '"', '\u201d', ':', ';']);

/** Whether the token at `first` opens a line after the first that ends without a sentence's mark, within {@link TEASER_MAX_TOKENS}: a subhead or a teaser. */
function opensUnpunctuatedLine(tokens: readonly Token[], first: number): boolean {
  // The text's own first line is its headline, whose company the story is about: never a teaser.
  if (first === 0 || !tokens[first]!.newline) return false;
  let last = first;
  while (last + 1 < tokens.length && !tokens[last + 1]!.newline) {
    last++;
    if (last - first >= TEASER_MAX_TOKENS) return false;
  }
  return last - first >= 2 && !SENTENCE_END_MARKS.has(tokens[last]!.text);
}

/**
 * "Marathon runner gets engaged at finish line": a related story's teaser, a line in sentence
 * case without a full stop, opens with an ordinary word that a company's name shares and the
 * lexicon does not know. A company guessed from that word alone, opening such a line before a
 * lower-case word and named nowhere else in the text, is no name.
 */
export function companyWordsOpeningTeasers(typed: Typed[], tokens: readonly Token[]): void {
  let counts: Map<string, number> | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!item.guess || item.type !== 'organization' || !candidate || candidate.first !== candidate.last) continue;
    const next = tokens[candidate.first + 1];
    if (!next || !next.word || next.text !== next.lower || !opensUnpunctuatedLine(tokens, candidate.first)) continue;
    if (counts === undefined) {
      counts = new Map();
      for (const other of typed) if (other.type !== 'other' || other.scores !== null || other.firm) counts.set(other.key, (counts.get(other.key) ?? 0) + 1);
    }
    if ((counts.get(item.key) ?? 0) <= 1) dropMention(item);
  }
}

const STORM_WORDS = localeWords((locale) => locale.context.stormWords);
const STORM_MODIFIERS = localeWords((locale) => locale.context.stormModifiers);

/** Widens a mention to the word right before it. */
function prependToken(item: Typed, candidate: NonNullable<Typed['candidate']>, token: Token): void {
  item.start = token.start;
  item.words = [token.text, ...item.words];
  item.key = `${token.key} ${item.key}`;
  candidate.start = token.start;
  candidate.words = item.words;
  candidate.first -= 1;
}

/**
 * "Hurricane Milton … Milton's winds", "Storm Ciaran battered France": a storm's name is no
 * person or place, and its bare name is the storm through the article. A storm word that
 * opens a sentence joins the name after it.
 */
export function namedStorms(typed: Typed[], tokens: readonly Token[]): void {
  const storms = new Set<string>();
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'nationality') continue;
    const stormAt = item.words.findIndex((word, index) => index < 2 && STORM_WORDS.has(word.toLowerCase()));
    const previous = tokenAt(tokens, candidate.first - 1);
    const stormBefore = previous !== undefined && previous.cap && STORM_WORDS.has(previous.lower) && previous.end + 1 === item.start;
    if (!stormBefore && !(stormAt >= 0 && stormAt < item.words.length - 1)) continue;
    if (stormBefore) prependToken(item, candidate, previous);
    // "Tropical Storm Idalia": the storm word's modifier too.
    const modifier = tokenAt(tokens, candidate.first - 1);
    if (modifier !== undefined && modifier.cap && STORM_MODIFIERS.has(modifier.lower) && modifier.end + 1 === item.start) prependToken(item, candidate, modifier);
    storms.add(item.words[item.words.length - 1]!.toLowerCase());
    setType(item, 'other');
  }
  stormLists(typed, tokens, storms);
  if (storms.size === 0) return;
  for (const item of typed) if (item.words.length === 1 && item.type !== 'other' && storms.has(item.words[0]!.toLowerCase())) setType(item, 'other');
}

/** The locales' possessive holidays, keyed as "valentine's day" (a curly apostrophe read as a straight one). */
const POSSESSIVE_HOLIDAYS: ReadonlySet<string> = new Set([...localeWords((locale) => locale.names.possessiveHolidays)].map((name) => lookupKey(name)));
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019']);

/**
 * "Valentine's Day", "New Year's Eve": the name before the possessive of a holiday is no
 * person or place ("Valentine", "St. Patrick"), nor is the day's word after it ("Eve").
 */
export function holidaysInPossessive(typed: Typed[], tokens: readonly Token[]): void {
  // (The mentions by their first token are read only once a holiday is found: most texts have none.)
  let byFirstToken: EdgeIndex['byFirstToken'] | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate) continue;
    const mark = tokenAt(tokens, candidate.last + 1);
    const day = tokenAt(tokens, candidate.last + 2);
    if (mark === undefined || day === undefined || !POSSESSIVE_MARKS.has(mark.text) || !day.cap || mark.end !== day.start - 1) continue;
    const apostrophe = mark.text.length === 2 ? "'s" : "'";
    if (!POSSESSIVE_HOLIDAYS.has(`${item.key}${apostrophe} ${day.lower}`)) continue;
    setType(item, 'other');
    byFirstToken ??= mentionsByEdgeToken(typed).byFirstToken;
    const dayMention = byFirstToken.get(candidate.last + 2);
    if (dayMention !== undefined && dayMention.words.length === 1) dropMention(dayMention);
  }
}

/**
 * "Prince George's County", "Queen Anne's County": a title and one given name in the possessive
 * before "County" name the county, no person; the county's word is no name of its own. A person's
 * full name ("Dana Kell's County Durham home") or a name after "County" ("County Council") is
 * the person's possessive, so both are left alone.
 */
export function countiesInPossessive(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let byFirstToken: EdgeIndex['byFirstToken'] | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'person' || candidate.first !== candidate.last) continue;
    const mark = tokenAt(tokens, candidate.last + 1);
    const county = tokenAt(tokens, candidate.last + 2);
    if (mark === undefined || county === undefined || (mark.text !== "'s" && mark.text !== '\u2019s') || county.text !== 'County') continue;
    if (tokenAt(tokens, candidate.last + 3)?.cap === true) continue;
    const title = tokenAt(tokens, candidate.first - 1);
    if (title === undefined || !title.cap || !gaz.titles.has(title.lower)) continue;
    const first = candidate.first - 1;
    byFirstToken ??= mentionsByEdgeToken(typed).byFirstToken;
    const countyMention = byFirstToken.get(candidate.last + 2);
    if (countyMention !== undefined && countyMention.words.length === 1) dropMention(countyMention);
    const words: string[] = [];
    for (let index = first; index <= candidate.last; index++) words.push(tokens[index]!.text);
    words[words.length - 1] += mark.text;
    words.push(county.text);
    item.start = tokens[first]!.start;
    item.end = county.end;
    item.words = words;
    item.key = lookupKey(words.join(' '));
    item.candidate = { ...candidate, start: item.start, end: item.end, words, first, last: candidate.last + 2 };
    setType(item, 'place');
  }
}

const STORM_LIST_OPENERS = localeWords((locale) => locale.context.stormListOpeners);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const STORM_WORD = 1;
const STORM_PLURAL = 2;
/** Each storm word and its plural in "s" ("storm", "storms") → what it is (STORM_WORD, STORM_PLURAL or both). */
const STORM_FORMS: ReadonlyMap<string, number> = (() => {
  const forms = new Map<string, number>();
  for (const word of STORM_WORDS) forms.set(word, (forms.get(word) ?? 0) | STORM_WORD);
  for (const word of STORM_WORDS) forms.set(`${word}s`, (forms.get(`${word}s`) ?? 0) | STORM_PLURAL);
  return forms;
})();

/** The one-word names of a list ("Ashley, Bert and Conall") that starts at a token, and the token after it. */
function nameList(tokens: readonly Token[], byFirstToken: ReadonlyMap<number, Typed>, at: number): { names: Typed[]; next: number } {
  const names: Typed[] = [];
  let index = at;
  for (;;) {
    const item = byFirstToken.get(index);
    if (item === undefined || item.words.length !== 1 || item.type === 'nationality') break;
    names.push(item);
    index = item.candidate!.last + 1;
    let skipped = 0;
    while (skipped < 2 && (textAt(tokens, index) === ',' || lowerAt(tokens, index) === 'and')) { index += 1; skipped += 1; }
    if (skipped === 0) break;
  }
  return { names, next: names.length === 0 ? at : names[names.length - 1]!.candidate!.last + 1 };
}

/**
 * "after storms Ashley and Bert", "the fourth named storm of the season, after Ashley, Bert and
 * Conall": one-word names listed right after a plural storm word, or after "after"/"following"
 * later in a sentence that speaks of a storm, are earlier storms (a list of two or more that
 * ends its clause, so that "the storm hit after Smith and Jones warned" keeps its people).
 */
function stormLists(typed: Typed[], tokens: readonly Token[], storms: Set<string>): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  let stormInSentence = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // Sentence ends are one character: most tokens are ruled out by their length, with no lookup.
    if (token.text.length === 1 && SENTENCE_ENDS.has(token.text)) { stormInSentence = false; continue; }
    // One lookup tells a storm word and a storm word's plural, with no copy of the word made.
    const form = STORM_FORMS.get(token.lower) ?? 0;
    const plural = (form & STORM_PLURAL) !== 0;
    if (!token.cap && (form & STORM_WORD) !== 0) stormInSentence = true;
    if (!plural && !(stormInSentence && STORM_LIST_OPENERS.has(token.lower))) continue;
    const { names, next } = nameList(tokens, byFirstToken, index + 1);
    const endsClause = next >= tokens.length || !tokens[next]!.word;
    if (names.length === 0 || (!plural && (names.length < 2 || !endsClause))) continue;
    for (const item of names) {
      storms.add(item.words[0]!.toLowerCase());
      setType(item, 'other');
    }
  }
}

/** Words that open towns' names more than organisations' ("New Bedford", "Port Talbot"). */
const TOWN_OPENERS = localeWords((locale) => locale.context.townOpeners);

/**
 * "Ana Ruiz of Heaven Sent Gaming", "Leung Wai of the FTU": a name after a person named in full
 * and "of" is where they work or belong, an organisation, unless it is a known place or has a
 * place's head ("Jane Doe of Boston", "of Fulton County"), or the article puts it after a place
 * preposition elsewhere.
 */
export function employersOfPeople(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byLastToken } = mentionsByEdgeToken(typed);
  // A name that the article also puts after a place preposition is a place ("Gordon of Auchleuchries … born in Auchleuchries").
  const located = new Set<string>();
  for (const item of typed) if (item.candidate && LOCATIVES.has(tokenAt(tokens, item.candidate.first - 1)?.lower ?? '')) located.add(item.key);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.weak || item.type === 'organization' || item.type === 'nationality' || (item.type === 'other' && item.firm)) continue;
    let at = candidate.first - 1;
    if (tokens[at]?.lower === 'the') at--;
    if (tokens[at]?.text !== 'of') continue;
    if (located.has(item.key) || knownPlace(item, gaz) || kindsOf(item, gaz)?.includes('person') === true || knownPersonWord(item, gaz)) continue;
    if (gaz.placeHeads.has(item.words[item.words.length - 1]!.toLowerCase())) continue;
    // "Karl Vance of New Bedford": read as a place, two plain words opening with a town's word are the home town.
    if (item.type === 'place' && item.words.length === 2 && TOWN_OPENERS.has(item.words[0]!.toLowerCase()) && PLAIN_NAME.test(item.words[1]!) && !gaz.orgHeads.has(item.words[1]!.toLowerCase())) continue;
    const comma = textAt(tokens, at - 1) === ',' ? 1 : 0;
    const person = byLastToken.get(at - 1 - comma);
    if (person && person.type === 'person' && person.words.length >= 2) setType(item, 'organization');
  }
}

const BUSINESS_VERBS = localeWords((locale) => locale.context.businessVerbs);
const BUSINESS_OBJECTS = localeWords((locale) => locale.context.businessObjects);
/** How far after a business verb its object may stand: "reported a 12 percent rise in profit". */
const BUSINESS_OBJECT_REACH = 7;

/**
 * Whether a place's reading may give way to a company's: a name the knowledge base files as a
 * city only, or a country's shortened name made of the last word of its full one ("Emirates"
 * for the United Arab Emirates: news copy writes that country in full or as "UAE", and the bare
 * word doing business is the brand). Countries' own names, regions and capitals keep the place
 * ("Egypt buys wheat", "India orders jets": the state buys).
 */
function placeThatMayTrade(item: Typed, gaz: Gazetteer): boolean {
  const kinds = kindsOf(item, gaz);
  if (kinds === undefined) return true;
  if (kinds.includes('demonym') || kinds.includes('person')) return false;
  if (kinds.includes('country')) {
    const canonical = gaz.canonical.get(item.key);
    // "UAE", "US": an abbreviation is the country's everyday name.
    if (canonical === undefined || item.words.length !== 1 || !PLAIN_NAME.test(item.words[0]!)) return false;
    const full = canonical.split(' ');
    return full.length >= 2 && full[full.length - 1] === item.words[0];
  }
  return !kinds.includes('region') && !kinds.includes('capital');
}

/**
 * Whether a name of two or three words read as a place that no knowledge base knows ends in a
 * word that is no given name or surname ("Johnson Controls"): a surname may open a company's
 * name, and a place's reading says it is no person.
 */
function companyReadAsPlace(item: Typed, gaz: Gazetteer): boolean {
  if (item.type !== 'place' || item.words.length < 2 || item.words.length > 3 || kindsOf(item, gaz) !== undefined) return false;
  const last = item.words[item.words.length - 1]!.toLowerCase();
  return !gaz.firstNames.has(last) && !gaz.lastNames.has(last) && !gaz.givenNames.has(last);
}

/** Whether a mention is a person's name by knowledge: a known given name or surname, or a person named in full. */
function personalName(item: Typed, gaz: Gazetteer): boolean {
  if (item.type === 'person' && (item.words.length >= 2 || (item.firm && !item.guess))) return true;
  return item.words.some((word) => gaz.firstNames.has(word.toLowerCase()) || gaz.lastNames.has(word.toLowerCase()));
}

/** Verbs of a chain's outlets, which take its objects only as the subject's own verb ("Dollar Tree closed 600 stores"; not "it was closed"). */
const STORE_VERBS = new Set(['closed', 'closes', 'opened', 'opens']);
/** Measures a town reports as well as a company: "Detroit said revenue fell". */
const TOWN_MEASURES = new Set(['revenue', 'revenues', 'loss', 'losses', 'output', 'production']);

/**
 * "Emirates orders 50 jets from Boeing", "Safaricom reported a rise in profit", "Etihad hires a
 * new chief executive": a name that opens a clause with a verb of business and an object only a
 * company has (profit, jets, a chief executive) is a company, even where its word also names a
 * place or it opens a sentence unknown; so is the name that sells such goods ("jets from
 * Dassault"). People named by knowledge, countries by their own name, regions and capitals keep
 * their reading.
 */
export function organisationsByBusinessVerb(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'organization' || item.type === 'nationality' || item.words.length > 3 || isFunctionWord(item, gaz)) continue;
    // "orders 26 jets from Dassault", "bought a stake from Kestrel": the seller of a company's goods is one.
    const goods = tokenAt(tokens, candidate.first - 2);
    if (lowerAt(tokens, candidate.first - 1) === 'from' && goods && goods.text === goods.lower && BUSINESS_OBJECTS.has(goods.lower) && !knownPlace(item, gaz) && !personalName(item, gaz)) {
      setType(item, 'organization');
      continue;
    }
    const verb = tokenAt(tokens, candidate.last + 1);
    if (!verb || verb.text !== verb.lower) continue;
    // "Santander said profit fell", "Dollar General said its sales rose": a town or a name read as a place reports a company's measure.
    const measureAt = candidate.last + (lowerAt(tokens, candidate.last + 2) === 'its' ? 3 : 2);
    // (A town has revenue and losses, output and production too: only a company's own measures count.)
    const says = SAY_WORDS.has(verb.lower) && item.type === 'place' && measureMovedAfter(tokens, measureAt, TOWN_MEASURES);
    if (!says && !BUSINESS_VERBS.has(verb.lower) && !STORE_VERBS.has(verb.lower)) continue;
    const previous = tokenAt(tokens, candidate.first - 1);
    // ("… and Santander said profit fell": a clause may open after "and".)
    if (previous && previous.word && !candidate.sentStart && !CLAUSE_JOINS.has(previous.lower)) continue;
    if (item.type === 'person' && !says && BUSINESS_VERBS.has(verb.lower) && unnamedWord(item, typed, tokens, gaz) && (businessObjectAfter(tokens, candidate.last + 2) || sumAfter(tokens, candidate.last + 2))) {
      setType(item, 'organization');
      candidate.weak = false;
      continue;
    }
    if (item.type === 'person' || (personalName(item, gaz) && !companyReadAsPlace(item, gaz)) || !placeThatMayTrade(item, gaz)) continue;
    if (says) {
      setType(item, 'organization');
      candidate.weak = false;
      continue;
    }
    // "Red Hat posted results": what a company reports ("results" only after a verb of reporting).
    if (!businessObjectAfter(tokens, candidate.last + 2) && !(RESULTS_VERBS.has(verb.lower) && businessObjectAfter(tokens, candidate.last + 2, RESULTS_OBJECTS))) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

/** Whether a company's object (`objects`) stands within reach from token `from`, before any punctuation: "reported a 12 percent rise in profit". */
function businessObjectAfter(tokens: readonly Token[], from: number, objects: ReadonlySet<string> = BUSINESS_OBJECTS): boolean {
  for (let at = from; at < from + BUSINESS_OBJECT_REACH && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.word && token.text !== '-' && !/^\d/.test(token.text)) return false;
    if (token.text === token.lower && objects.has(token.lower)) return true;
  }
  return false;
}

/** Whether the object from token `at` opens with a sum of money: "a $5 billion deal", "$300 million". */
function sumAfter(tokens: readonly Token[], at: number): boolean {
  const index = lowerAt(tokens, at) === 'a' ? at + 1 : at;
  return /^\p{Sc}$/u.test(textAt(tokens, index)) && /^\d/.test(textAt(tokens, index + 1));
}

/**
 * Whether a one-word name read as a person has no person's evidence anywhere: no known given
 * name or surname, no ordinary word, no title before it or given name elsewhere in the text
 * (personallyNamed), and no "he" or "she" after it. News copy names a person in full first, so
 * such a word that does business ("Brookfield announced a $5 billion deal") is a company.
 */
function unnamedWord(item: Typed, typed: readonly Typed[], tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  if (item.words.length !== 1 || !PLAIN_NAME.test(item.words[0]!) || (item.firm && !item.guess) || candidate.title !== null || isCommonLower(gaz, item.key) || knownPersonWord(item, gaz) || gaz.givenNames.has(item.key)) return false;
  return !gaz.titles.has(lowerAt(tokens, candidate.first - 1)) && !personalPronounAfter(tokens, candidate.last + 1) && !personallyNamed(typed, tokens, gaz).has(item.key);
}

const DEAL_VERBS = localeWords((locale) => locale.context.dealVerbs);
const DEAL_LINKS = localeWords((locale) => locale.context.dealLinks);
/** Most words between a name and its deal verb: "said it would", "have agreed to". */
const DEAL_LINK_REACH = 3;

/**
 * "Talbrook agreed to buy Verlo", "Talbrook said it would acquire Verlo", "Corvina and Teldex
 * agreed to merge": the names that agree to buy, acquire or merge, and the name bought, are
 * companies, even at a sentence's start where an unknown word is otherwise doubted. The verb must
 * follow "to", "will" or "would" within a few link words; people named by knowledge or in full,
 * and known places (a state buys too), keep their reading.
 */
export function organisationsInDeals(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  // "Elon Vance … Vance agreed to buy": a part of a person named in full is that person.
  const personParts = new Set<string>();
  for (const item of typed) if (item.type === 'person' && item.words.length >= 2) for (const word of item.words) personParts.add(word);
  const mayTrade = (item: Typed | undefined): item is Typed => item !== undefined && item.candidate !== undefined && item.type !== 'nationality' && item.words.length <= 4 && !knownPlace(item, gaz) && !personalName(item, gaz) && !item.words.some((word) => personParts.has(word));
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'nationality' || (item.type === 'other' && item.firm)) continue;
    let at = candidate.last + 1;
    const partner = lowerAt(tokens, at) === 'and' ? byFirstToken.get(at + 1) : undefined;
    if (partner?.candidate) at = partner.candidate.last + 1;
    const linkStart = at;
    while (at - linkStart < DEAL_LINK_REACH && DEAL_LINKS.has(lowerAt(tokens, at)) && tokens[at]!.text === tokens[at]!.lower) at++;
    const link = lowerAt(tokens, at - 1);
    if (at === linkStart || (link !== 'to' && link !== 'will' && link !== 'would') || !DEAL_VERBS.has(lowerAt(tokens, at))) continue;
    // A bare "to" only in a headline's opening ("Talbrook to buy Verlo"): "allowed Roof to acquire a firearm" names a buyer of anything.
    if (at - linkStart === 1 && link === 'to' && !candidate.sentStart) continue;
    // "X and Y agreed to merge": both sides; "X and Y agreed to buy Z" names two buyers less surely.
    const sides = partner ? (lowerAt(tokens, at) === 'merge' ? [item, partner] : []) : [item];
    if (sides.length === 0 || !sides.every(mayTrade)) continue;
    for (const side of sides) {
      setType(side, 'organization');
      side.candidate!.weak = false;
    }
    const bought = lowerAt(tokens, at) === 'merge' ? undefined : byFirstToken.get(at + 1);
    if (mayTrade(bought) && bought.type !== 'organization') {
      setType(bought, 'organization');
      bought.candidate!.weak = false;
    }
  }
}

/** How far after a country's one-word possessed name its business may stand: "has started talks to buy", "said it would cut 300 jobs". */
const COUNTRY_COMPANY_REACH = 6;

/** A company's own objects, which a leader does not cut or announce as "jobs" and "jets" (states buy jets; leaders speak of jobs). */
const COMPANY_ONLY_OBJECTS: ReadonlySet<string> = new Set(['profit', 'profits', 'revenue', 'revenues', 'earnings', 'dividend', 'dividends', 'turnover', 'stake', 'shares', 'shareholders']);

/** Whether a company's deal verb or own object stands within reach after token `from`, before any punctuation. */
function businessWithin(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + COUNTRY_COMPANY_REACH && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.word) return false;
    if (token.text === token.lower && (DEAL_VERBS.has(token.lower) || COMPANY_ONLY_OBJECTS.has(token.lower))) return true;
  }
  return false;
}

/**
 * "Italy's Snam has started talks to buy a pipeline", "Norway's Equinor cut 300 jobs": one
 * unknown word after a country's possessive, read as a person, that buys, merges or has a
 * company's own objects (profit, a stake) in its clause, and says nothing, is the country's company. Leaders are written so too
 * ("Japan's Kishida"), so the word must have no person's evidence in the text (no given name,
 * title or "he"), no known given name or surname, and business must follow it.
 */
export function companiesOfCountries(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'person' || item.words.length !== 1 || candidate.first < 2) continue;
    const mark = textAt(tokens, candidate.first - 1);
    if (mark !== "'s" && mark !== '\u2019s') continue;
    const country = gaz.phrases.get(lookupKey(textAt(tokens, candidate.first - 2)));
    if (!country || !country.includes('country') || !tokenAt(tokens, candidate.first - 2)!.cap) continue;
    // ("Japan's Kishida said profits would rise": a leader speaks of a company's measures.)
    if (SAY_WORDS.has(lowerAt(tokens, candidate.last + 1)) || !businessWithin(tokens, candidate.last + 1) || !unnamedWord(item, typed, tokens, gaz)) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

/** A side's results after its possessive: "Fulham's biggest victory", "Wigan's first win" (a town's or a company's loss is no match's). */
const SIDE_RESULTS: ReadonlySet<string> = new Set(['win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'draw', 'triumph']);
/** How many lower-case modifiers may stand between the possessive and the result: "biggest home win". */
const SIDE_RESULT_MODIFIERS = 2;

/** Whether "'s", up to two lower-case modifiers and a side's result follow the name ending at `last`. */
function possessedResultAfter(tokens: readonly Token[], last: number): boolean {
  if (!isPossessive(tokenAt(tokens, last + 1))) return false;
  for (let at = last + 2; at <= last + 2 + SIDE_RESULT_MODIFIERS && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.text !== token.lower || (!token.word && !/^\d/.test(token.text))) return false;
    if (SIDE_RESULTS.has(token.lower)) return true;
  }
  return false;
}

/**
 * "Fulham's biggest victory", "Wigan's first home win": one word whose possessive has a match's
 * result is a side, a club, where it is a town filed as a city only or, in a sports report, an
 * unknown word with no person's evidence in the text (players are named in full first: "Rafael Nadal … Nadal's
 * win" stays the person). Countries, capitals and regions keep the place (national sides and
 * elections: "Ohio's win").
 */
export function sidesByPossessedResult(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, sportsReport: boolean): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'organization' || item.type === 'nationality' || item.words.length !== 1 || candidate.caps) continue;
    if (!possessedResultAfter(tokens, candidate.last)) continue;
    const kinds = kindsOf(item, gaz);
    const town = kinds !== undefined && kinds.every((kind) => kind === 'city') && !gaz.givenNames.has(item.key) && !gaz.lastNames.has(item.key) && !personallyNamed(typed, tokens, gaz).has(item.key);
    // (Candidates win primaries too: an unknown word only in a sports report.)
    if (!town && (!sportsReport || kinds !== undefined || !unnamedWord(item, typed, tokens, gaz))) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

const CLAUSE_VERBS = localeWords((locale) => locale.context.organisationClauseVerbs);

/**
 * "Unison, which represents 1.3 million workers, …", "Mwangaza, which runs 40 clinics": a name
 * that a relative clause says represents, employs, owns or runs something is an organisation,
 * even at a sentence's start where an unknown word is otherwise no name. Known places and
 * people keep their reading.
 */
export function organisationsByRelativeClause(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'organization' || item.type === 'nationality' || item.words.length > 5) continue;
    if (textAt(tokens, candidate.last + 1) !== ',' || lowerAt(tokens, candidate.last + 2) !== 'which') continue;
    const verb = tokenAt(tokens, candidate.last + 3);
    if (!verb || verb.text !== verb.lower || !CLAUSE_VERBS.has(verb.lower)) continue;
    if (knownPlace(item, gaz) || personalName(item, gaz)) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

/** Whether a word is the plural of an agent noun ("campaigners", "activists"), not a known given name or surname ("Sanders"). */
function pluralCommonNoun(token: Token, gaz: Gazetteer): boolean {
  const lower = token.lower;
  if (!/[^s]s$/.test(lower) || gaz.firstNames.has(lower) || gaz.lastNames.has(lower)) return false;
  if (isAgentPlural(token, gaz)) return true;
  // "campaigners", "protesters", "activists": an agent noun made from an ordinary word (not "Waters", "Winters").
  const agent = /^(\p{Ll}{4,})(?:ers|ors|ists)$/u.exec(lower);
  return agent !== null && (isCommonLower(gaz, agent[1]!) || isCommonLower(gaz, `${agent[1]!}e`));
}

/** Lower-case words that name a person's role or office after "the" or a possessor: "the union's founder". */
const ROLE_NOUNS = localeWords((locale) => [...locale.context.memberRoles, ...locale.context.personNouns, ...locale.context.personalPossessions]);
/** Words after a role that end the apposition: "the union's founder, said", "the party's leader in Kano". */
const ROLE_ENDS = new Set([',', '.', ';', '\u2014', 'of', 'in', 'at', 'for', 'who', 'and']);

/**
 * "Okafor, the union's founder, said …", "Mensah, the party's spokesman,", "Adebayo, who
 * founded the firm,", "Tan, 52, denied": a name that an apposition gives a person's role or an
 * age, or that "who" takes up, is a person, even at a sentence's start where an unknown word is otherwise no name; its
 * other mentions and a full name given elsewhere then join it. Known places and organisations
 * keep their reading, and "X, who" is not read in a sports report, where clubs take "who".
 */
export function peopleByRole(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, sports: boolean, lowerWords: ReadonlySet<string>): void {
  const index: { edges?: EdgeIndex } = {};
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'nationality' || item.words.length > 3) continue;
    if (textAt(tokens, candidate.last + 1) !== ',') continue;
    // "Girl, 15, wounded in shooting": a headline's ordinary noun before an age is who, not a name.
    if (isHeadlineNounBeforeAge(item, tokens, gaz, lowerWords)) {
      dropMention(item);
      continue;
    }
    if (item.type === 'person') continue;
    if ((item.firm && !item.guess && !candidate.weak) || kindsOf(item, gaz) !== undefined) continue;
    // "the Romans, who": a people or a group takes an article, a person's name none.
    if (!item.words.every((word) => PLAIN_NAME.test(word)) || lowerAt(tokens, candidate.first - 1) === 'the') continue;
    // "Campaigners, who raised …": an ordinary plural noun opening a sentence is a group, no one's name.
    if (candidate.sentStart && item.words.length === 1 && pluralCommonNoun(tokens[candidate.first]!, gaz)) continue;
    const next = tokenAt(tokens, candidate.last + 2);
    if (!next) continue;
    // "Tan, 52, denied the charges", "Zain Fox, aged 20, died": an age in commas.
    const agedWord = next.lower === 'aged' && next.text === 'aged';
    const age = agedWord ? tokenAt(tokens, candidate.last + 3) : next;
    const afterAge = textAt(tokens, candidate.last + (agedWord ? 4 : 3));
    const aged = age !== undefined && /^\d{1,3}$/.test(age.text) && (afterAge === ',' || (agedWord && afterAge === '.')) && !CLOSED_CLASS_POS.has(gaz.pos.get(item.key) ?? '');
    let person = aged || (next.lower === 'who' && next.text === 'who' && !sports && !playsASide(tokens, candidate.last + 3) && !whoTakesUpOthers(item, tokens, candidate.first, candidate.last) && !(item.type === 'place' && personOfPlace(typed, tokens, candidate.first, index)));
    if (!person && next.lower === 'the') {
      let at = candidate.last + 3;
      // A possessor: "the union's", "the company's". (The test reads the word first and the step
      // is made for every "the": a possessor is rarer, and a read or a step V8 first met there
      // stopped the rule's optimised code.)
      const possessor = tokens[at]?.word === true && isPossessive(tokenAt(tokens, at + 1));
      at += possessor ? 2 : 0;
      // Up to two modifiers, then the role: "the bank's chief economist", "the group's founder".
      for (let seen = 0; seen < 3 && at < tokens.length; seen++, at++) {
        const token = tokens[at]!;
        if (!token.word || token.text !== token.lower) break;
        if (!ROLE_NOUNS.has(token.lower) && !gaz.titles.has(token.lower)) continue;
        const after = tokenAt(tokens, at + 1);
        if (after === undefined || ROLE_ENDS.has(after.lower)) {
          person = true;
          break;
        }
      }
    }
    if (!person) continue;
    setType(item, 'person');
    candidate.weak = false;
  }
}

/**
 * "Girl, 15, …", "Woman, 80, rescued …": a noun for a person opening a sentence, then an age in
 * commas, where the story also writes the noun in lower case ("the girl"). (A surname that is
 * a role noun as well, "Cook, 30, scored", has no such lower-case twin.)
 */
/**
 * "Karl Vance of New Bedford, who sold …": a place after a person and "of" is where the person
 * is from; the "who" after it takes up the person, not the place.
 */
function personOfPlace(typed: Typed[], tokens: readonly Token[], first: number, index: { edges?: EdgeIndex }): boolean {
  if (lowerAt(tokens, first - 1) !== 'of') return false;
  index.edges ??= mentionsByEdgeToken(typed);
  return index.edges.byLastToken.get(first - 2)?.type === 'person';
}

/** Plural verbs after "who": what it takes up is a group, not the one name before it ("Democrats on Capitol Hill, who have argued"). */
const PLURAL_VERBS_AFTER_WHO: ReadonlySet<string> = new Set(['have', 'are', 'were']);

/**
 * Whether the "who" after the name at `first`…`last` takes up something else: a plural verb
 * follows it, or the name is a place after a place preposition ("nervous Democrats on Capitol
 * Hill, who …": the people before the place).
 */
function whoTakesUpOthers(item: Typed, tokens: readonly Token[], first: number, last: number): boolean {
  if (PLURAL_VERBS_AFTER_WHO.has(lowerAt(tokens, last + 3))) return true;
  return item.type === 'place' && LOCATIVES.has(lowerAt(tokens, first - 1));
}

function isHeadlineNounBeforeAge(item: Typed, tokens: readonly Token[], gaz: Gazetteer, lowerWords: ReadonlySet<string>): boolean {
  const candidate = item.candidate!;
  if (!candidate.sentStart || item.words.length !== 1 || !gaz.roles.has(item.key) || !lowerWords.has(item.key) || kindsOf(item, gaz) !== undefined) return false;
  return /^\d{1,3}$/.test(textAt(tokens, candidate.last + 2)) && textAt(tokens, candidate.last + 3) === ',';
}

/**
 * "Rangers striker Ally McCoist scored", "the Dutch midfielder Regi Blinker": a name of two or
 * three plain words right after a lower-case role of a playing side is that player, whatever
 * its words also are ("Ally" is an ordinary word, so the model reads no name), and so in a
 * sports report is one unknown word ("striker Mateta", read as a club before). Known names and
 * names ending in an organisation's head keep their reading.
 */
export function playersAfterRole(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, sportsReport = false): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'person' || item.type === 'nationality' || item.words.length > 3) continue;
    // "Palace striker Mateta scored", "goalkeeper Alisson saved": in a sports report, one word
    // the knowledge base does not know, and no ordinary word, is the player by the role too.
    if (item.words.length === 1 && !(sportsReport && !candidate.caps && !isCommonLower(gaz, item.key) && !gaz.pos.has(item.key))) continue;
    // A club by its head or the knowledge base ("the goalkeeper Leeds United signed") stays the club.
    if (item.firm && !item.guess && item.type === 'organization') continue;
    const role = tokenAt(tokens, candidate.first - 1);
    if (!role || role.text !== role.lower || !PLAYING_ROLES.has(role.lower)) continue;
    if (kindsOf(item, gaz) !== undefined || !item.words.every((word) => PLAIN_NAME.test(word))) continue;
    if (gaz.orgHeads.has(item.words[item.words.length - 1]!.toLowerCase())) continue;
    setType(item, 'person');
    candidate.weak = false;
  }
}

/** Words before the side a match is played against ("who play Chelsea", "who beat Fulham"). */
const OPPONENT_WORDS = localeWords((locale) => locale.sports.opponentWords);

/**
 * Whether the words from `at` play a side: a match verb and a capitalised name ("Arsenal, who
 * play Chelsea on Sunday"): the "who" is a club's, even in a text with no other sports words.
 */
function playsASide(tokens: readonly Token[], at: number): boolean {
  const verb = tokenAt(tokens, at);
  return verb !== undefined && verb.text === verb.lower && OPPONENT_WORDS.has(verb.lower) && tokenAt(tokens, at + 1)?.cap === true;
}

/** Whether a determiner or a possessive opens the words ending at token `end` (up to two lower-case modifiers between). */
function determinedRole(tokens: readonly Token[], end: number): boolean {
  for (let index = end; index >= 0 && index >= end - 2; index--) {
    const token = tokens[index]!;
    if (isPossessive(token) || ROLE_DETERMINERS.has(token.lower)) return true;
    if (!token.word || token.text !== token.lower || ROLE_BREAKS.has(token.lower)) return false;
  }
  return false;
}

/** Prepositions and conjunctions: no part of a role's noun phrase ("positions on trade, …"). */
const ROLE_BREAKS = new Set(['on', 'in', 'of', 'at', 'for', 'with', 'to', 'by', 'from', 'about', 'and', 'or', 'over', 'as']);

const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose']);

/**
 * "The event's director, Jürgen Lock, called …", "its chief executive, Ana Ruiz,", "his wife,
 * Prunella Scales.": a name of two or three words set off by commas (or closing the sentence)
 * right after a lower-case role or title is that person,
 * whatever a word of it also names ("Lock"). Known names and names ending in an organisation's
 * head keep their reading.
 */
export function peopleAfterRole(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'person' || item.type === 'nationality' || item.words.length < 2 || item.words.length > 3) continue;
    // "the son of actors Lockwood West and …", "actor Lockwood West": a person's noun right before
    // plain words read as a place (a compass word) makes them the person.
    const noun = tokenAt(tokens, candidate.first - 1);
    const personNoun = noun !== undefined && noun.text === noun.lower && (PERSON_NOUNS.has(noun.lower) || (noun.lower.endsWith('s') && PERSON_NOUNS.has(noun.lower.slice(0, -1))));
    if (personNoun && (item.type === 'place' || item.type === 'organization') && kindsOf(item, gaz) === undefined && item.words.every((word) => PLAIN_NAME.test(word) && !gaz.phrases.has(lookupKey(word))) && !gaz.placeHeads.has(item.words[item.words.length - 1]!.toLowerCase()) && !gaz.orgHeads.has(item.words[item.words.length - 1]!.toLowerCase())) {
      setType(item, 'person');
      continue;
    }
    // (The apposition may close the sentence: "survived by his wife, Prunella Scales."; or speak
    // with its closing comma left out: "The firm's chairman, Leighton Gray said …")
    const close = textAt(tokens, candidate.last + 1);
    if (textAt(tokens, candidate.first - 1) !== ',' || (close !== ',' && close !== '.' && !SAY_WORDS.has(close))) continue;
    const role = tokenAt(tokens, candidate.first - 2);
    if (!role || !role.word || role.text !== role.lower || !(ROLE_NOUNS.has(role.lower) || gaz.titles.has(role.lower))) continue;
    // The role is a noun phrase's: "the event's director", "its chief executive" (not a list: "on trade, Social Security,").
    if (!determinedRole(tokens, candidate.first - 3)) continue;
    if (kindsOf(item, gaz) !== undefined || !item.words.every((word) => PLAIN_NAME.test(word))) continue;
    if (gaz.orgHeads.has(item.words[item.words.length - 1]!.toLowerCase())) continue;
    setType(item, 'person');
    candidate.weak = false;
  }
}

/** Auxiliaries after "said it" that open what a body will do or has done: "said it would cut 300 jobs". */
const CLAUSE_AUXILIARIES = localeWords((locale) => locale.context.businessAuxiliaries);
const LINKING_VERBS = localeWords((locale) => locale.context.linkingVerbs);
/** How many words after the auxiliary a company's business verb or object may stand: "would cut about 300 jobs". */
const BUSINESS_CLAUSE_REACH = 6;

/**
 * Whether the words from `at` are a clause of a company's business: an auxiliary, then within
 * a few words and before any punctuation a business verb or object ("would cut 300 jobs", "had
 * ordered 20 jets", "expects revenue to rise"), as "it" after a person's "said" seldom opens.
 */
function businessClauseAfter(tokens: readonly Token[], at: number): boolean {
  if (!CLAUSE_AUXILIARIES.has(lowerAt(tokens, at))) return false;
  for (let index = at + 1; index <= at + BUSINESS_CLAUSE_REACH && index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word && !/^\d/.test(token.text)) return false;
    if (token.text === token.lower && (BUSINESS_VERBS.has(token.lower) || BUSINESS_OBJECTS.has(token.lower))) return true;
  }
  return false;
}

/** Verbs of a body's announcements, read as "said" is: "Brookfield announced on Monday that it would buy …". */
const ANNOUNCE_WORDS = new Set(['announced', 'announces', 'confirmed', 'confirms', 'disclosed', 'discloses']);

/**
 * "Acme said its profit rose", "Zomato says its losses narrowed", "Vantor said on Monday it
 * would cut 300 jobs", "Brookfield announced that it would buy …": a name that says or announces
 * something of "its" own, or that "it" will do business, speaks for a body, not a person.
 * People named by knowledge or in full keep their reading.
 */
export function organisationsSayingIts(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let named: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'organization' || item.type === 'nationality' || item.words.length > 3 || isFunctionWord(item, gaz)) continue;
    const verb = tokenAt(tokens, candidate.last + 1);
    if (!verb || (!SAY_WORDS.has(verb.text) && !ANNOUNCE_WORDS.has(verb.text))) continue;
    // "said its", "said that its", "said on Monday (that) its".
    let at = candidate.last + 2;
    if (lowerAt(tokens, at) === 'on' && tokenAt(tokens, at + 1)?.cap === true) at += 2;
    if (lowerAt(tokens, at) === 'that') at++;
    const its = textAt(tokens, at) === 'its' || (textAt(tokens, at) === 'it' && (businessClauseAfter(tokens, at + 1) || itsOwnAfter(tokens, at + 1, gaz)));
    // "Frontex said it would send more officers": one unknown word that the text never gives a
    // given name or a title, saying "it" will or would do something, speaks for a body (a
    // person named by a surname alone was named in full or with a title earlier).
    // "Codelco said copper output fell": one unknown word, as above, reporting a company's measure.
    if (!its && !((textAt(tokens, at) === 'it' && actsOnObject(tokens, at + 1, gaz) || measureMovedAfter(tokens, at)) && item.words.length === 1 && !candidate.weak && item.scores !== null && !isCommonLower(gaz, item.key) && !knownPersonWord(item, gaz) && !gaz.titles.has(lowerAt(tokens, candidate.first - 1)) && !(named ??= personallyNamed(typed, tokens, gaz)).has(item.key))) continue;
    if (knownPlace(item, gaz) || personalName(item, gaz)) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

const SERVICE_OBJECTS = localeWords((locale) => locale.context.serviceObjects);
const CLAUSE_JOINS = localeWords((locale) => locale.context.clauseJoins);
/** How many words after a demonym's auxiliary a company's object may stand: "will also add two daily flights". */
const SERVICE_CLAUSE_REACH = 5;

/** Whether a clause may open before the token at `at`: the text's start, a punctuation mark or "and", "but", "while" (no article, no adjective). */
function clauseOpensBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokenAt(tokens, at - 1);
  return before === undefined || !before.word || (before.text === before.lower && CLAUSE_JOINS.has(before.lower));
}

/**
 * Whether the words from `at` are an auxiliary and, within a few words and before any
 * punctuation, a company's business or service ("will open new routes", "plans to cut jobs").
 */
function serviceClauseAfter(tokens: readonly Token[], at: number): boolean {
  // "English is spoken on most flights": a language is what "is" and "was" say most of.
  const auxiliary = lowerAt(tokens, at);
  if (!CLAUSE_AUXILIARIES.has(auxiliary) || auxiliary === 'is' || auxiliary === 'was') return false;
  for (let index = at + 1; index <= at + SERVICE_CLAUSE_REACH && index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word && !/^\d/.test(token.text)) return false;
    if (token.text === token.lower && (BUSINESS_VERBS.has(token.lower) || BUSINESS_OBJECTS.has(token.lower) || SERVICE_OBJECTS.has(token.lower))) return true;
  }
  return false;
}

/** Whether "said" after the token at `last` goes on with "it" or "its" ("said on Monday that it …"): a body speaks of itself so. */
function saysItAfter(tokens: readonly Token[], last: number): boolean {
  if (!SAY_WORDS.has(textAt(tokens, last + 1))) return false;
  let at = last + 2;
  if (lowerAt(tokens, at) === 'on' && tokenAt(tokens, at + 1)?.cap === true) at += 2;
  if (lowerAt(tokens, at) === 'that') at++;
  return textAt(tokens, at) === 'it' || textAt(tokens, at) === 'its';
}

/**
 * "Norwegian will open new routes", "American said it would add flights", "and Swiss will cut
 * 20 jobs": a nation's adjective alone as the subject of a clause, without an article, that says
 * "it" or does a company's business is the company named after the nation (an airline most
 * often). A people's adjective before its noun ("American officials said") and a person ("the
 * American said he") keep the nationality.
 */
export function companiesNamedByDemonym(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'nationality' || item.words.length !== 1 || candidate.caps || !gaz.demonyms.has(item.key)) continue;
    if (!clauseOpensBefore(tokens, candidate.first)) continue;
    if (!saysItAfter(tokens, candidate.last) && !serviceClauseAfter(tokens, candidate.last + 1)) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

const ADVISER_VERBS = localeWords((locale) => locale.context.adviserVerbs);
/** How far back in its sentence a deal's noun is looked for before "advised by X". */
const DEAL_REACH = 15;

/** Whether a deal's noun stands in the sentence after token `at`, within the reach: "advised the buyer on the deal". */
function dealAfter(tokens: readonly Token[], at: number): boolean {
  for (let index = at + 1; index < tokens.length && index <= at + DEAL_REACH; index++) {
    const token = tokens[index]!;
    if (SENTENCE_ENDS.has(token.text)) return false;
    if (token.text === token.lower && (DEAL_WORDS.has(token.lower) || DEAL_NOUNS.has(token.lower) || MERGER_WORDS.has(token.lower))) return true;
  }
  return false;
}

/** Whether a deal's noun ("deal", "takeover", "merger", "contract") stands in the sentence before token `at`. */
function dealBefore(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - DEAL_REACH; index--) {
    const token = tokens[index]!;
    if (SENTENCE_ENDS.has(token.text)) return false;
    if (token.text === token.lower && (DEAL_WORDS.has(token.lower) || DEAL_NOUNS.has(token.lower) || MERGER_WORDS.has(token.lower))) return true;
  }
  return false;
}

/**
 * "The sale was advised by Lazard and Rothschild", "a deal arranged by Evercore": one unknown word
 * (and its partner after "and") that advises or arranges a deal is a firm. People who do are named
 * in full or with a title somewhere in the text, and known given names and surnames keep theirs.
 */
export function advisersOfDeals(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let named: Set<string> | null = null;
  const { byFirstToken } = mentionsByEdgeToken(typed);
  const firm = (item: Typed | undefined): boolean =>
    item !== undefined && item.candidate !== undefined && item.words.length === 1 && item.type !== 'organization' && item.type !== 'nationality' && !(item.type === 'person' && item.firm && !item.guess) && !(item.type === 'other' && item.firm) && !knownPlace(item, gaz) && !knownPersonWord(item, gaz) && !isCommonLower(gaz, item.key) && !(named ??= personallyNamed(typed, tokens, gaz)).has(item.key);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate) continue;
    // "Lazard advised the buyer on the deal": the adviser as the subject, the deal after.
    const subject = lowerAt(tokens, candidate.last + 1) === 'advised' && dealAfter(tokens, candidate.last + 1);
    if (!subject && (lowerAt(tokens, candidate.first - 1) !== 'by' || !ADVISER_VERBS.has(lowerAt(tokens, candidate.first - 2)) || !dealBefore(tokens, candidate.first - 2))) continue;
    const partner = lowerAt(tokens, candidate.last + 1) === 'and' ? byFirstToken.get(candidate.last + 2) : undefined;
    // "advised by Morgan Stanley and Goldman Sachs": a name read as a person only by its form, listed with a firm, is one too.
    // "advised by Morgan Stanley and Lazard": the same, when the partner is an unknown word read as a firm here.
    const withFirm = partner !== undefined && (partner.type === 'organization' || firm(partner)) && personReadBesideFirm(item, gaz);
    if (!firm(item) && !withFirm && !(item.type === 'organization' && partner !== undefined && personReadBesideFirm(partner, gaz))) continue;
    if (item.type !== 'organization') {
      setType(item, 'organization');
      candidate.weak = false;
    }
    if (partner && (firm(partner) || (item.type === 'organization' && personReadBesideFirm(partner, gaz)))) {
      setType(partner, 'organization');
      partner.candidate!.weak = false;
    }
  }
}

/**
 * Whether a name read as a person may be a firm listed beside another among a deal's advisers:
 * two plain words, no title, no person the knowledge base knows, read so by the model or a
 * weak rule ("Morgan Stanley" beside "Goldman Sachs").
 */
function personReadBesideFirm(item: Typed, gaz: Gazetteer): boolean {
  const candidate = item.candidate;
  return candidate !== null && candidate !== undefined && item.type === 'person' && item.words.length === 2 && candidate.title === null && !(item.firm && !item.guess) && item.words.every((word) => PLAIN_NAME.test(word)) && kindsOf(item, gaz)?.includes('person') !== true;
}

const FUNDING_NOUNS = localeWords((locale) => locale.context.fundingNouns);
const FUNDING_LEAD_VERBS = localeWords((locale) => locale.context.fundingLeadVerbs);
/** Verbs of a company that raises a round: "Pellico raised $40 million in funding". */
const RAISE_VERBS = new Set(['raised', 'raises', 'secured', 'secures', 'closed', 'closes']);
/** How far from an investor's cue, in its sentence, a noun of fund-raising is looked for. */
const FUNDING_REACH = 15;

/** Whether a noun of fund-raising ("funding", "round") stands in the sentence within reach of token `at`. */
function fundingNear(tokens: readonly Token[], at: number): boolean {
  for (const step of [-1, 1]) {
    for (let index = at + step, count = 0; index >= 0 && index < tokens.length && count < FUNDING_REACH; index += step, count++) {
      const token = tokens[index]!;
      if (SENTENCE_ENDS.has(token.text)) break;
      if (token.text === token.lower && FUNDING_NOUNS.has(token.lower)) return true;
    }
  }
  return false;
}

/** Whether the words before token `first` name a round's investors: "led by", "participation from", "investors", "investors including", "investors such as". */
function investorCueBefore(tokens: readonly Token[], first: number): boolean {
  const previous = lowerAt(tokens, first - 1);
  const previous2 = lowerAt(tokens, first - 2);
  if (previous === 'by') return FUNDING_LEAD_VERBS.has(previous2);
  if (previous === 'from') return previous2 === 'participation';
  if (previous === 'including' || previous === 'like') return previous2 === 'investors';
  if (previous === 'as' && previous2 === 'such') return lowerAt(tokens, first - 3) === 'investors';
  return previous === 'investors' && textAt(tokens, first - 1) === 'investors';
}

/**
 * "Pellico raised $40 million in Series A funding led by Benchmark", "with participation from Atomico,
 * Eurazeo and Liontree", "earlier investors Accel and Headline also joined the round": in a
 * sentence about fund-raising, the one-word name that raises it, the one-word names after a cue
 * of investors, and every name listed after them, are companies and investment firms (ordinary words too: "Benchmark", "Headline").
 * People named in full, given names and surnames the text or knowledge gives, and known places
 * keep their reading: angels invest as well.
 */
export function investorsOfRounds(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let named: Set<string> | null = null;
  let byFirstToken: ReadonlyMap<number, Typed> | undefined;
  const investor = (item: Typed): boolean =>
    item.candidate !== null && item.words.length === 1 && item.type !== 'organization' && item.type !== 'nationality' && !(item.type === 'person' && item.firm && !item.guess) && !knownPlace(item, gaz) && !knownPersonWord(item, gaz) && !(named ??= personallyNamed(typed, tokens, gaz)).has(item.key);
  for (const item of typed) {
    const candidate = item.candidate;
    // "Pellico raised $40 million in Series B funding": the one that raises a round.
    if (candidate && RAISE_VERBS.has(textAt(tokens, candidate.last + 1)) && fundingNear(tokens, candidate.last + 1) && investor(item)) {
      setType(item, 'organization');
      candidate.weak = false;
      continue;
    }
    // ("investors Accel and Headline" says it alone; "led by X" only in a sentence about funding.)
    if (!candidate || !investorCueBefore(tokens, candidate.first) || (lowerAt(tokens, candidate.first - 1) !== 'investors' && lowerAt(tokens, candidate.first - 2) !== 'investors' && lowerAt(tokens, candidate.first - 3) !== 'investors' && !fundingNear(tokens, candidate.first))) continue;
    byFirstToken ??= mentionsByEdgeToken(typed).byFirstToken;
    let listed: Typed | undefined = item;
    for (let count = 0; listed?.candidate && count < MAX_LIST_ITEMS; count++) {
      if (investor(listed)) {
        setType(listed, 'organization');
        listed.candidate.weak = false;
      }
      const next = listJoinAfter(tokens, listed.candidate.last);
      listed = next < 0 ? undefined : byFirstToken.get(next);
    }
  }
}

const SEAT_VERBS = localeWords((locale) => locale.context.seatVerbs);
const SEAT_NOUNS = localeWords((locale) => locale.context.seatNouns);

/** Whether the words from `at` are a number of seats: "133 seats", "40 of the 120 seats", "two more seats". */
function seatsAfter(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const count = tokenAt(tokens, at);
  if (!count || !(/^\d/.test(count.text) || gaz.pos.get(count.lower) === 'TextValue' || gaz.pos.get(count.lower) === 'Value')) return false;
  let index = at + 1;
  if (lowerAt(tokens, index) === 'of' && lowerAt(tokens, index + 1) === 'the') index += 3;
  else if (lowerAt(tokens, index) === 'more' || lowerAt(tokens, index) === 'new') index++;
  return SEAT_NOUNS.has(lowerAt(tokens, index));
}

/**
 * "Fidesz won 133 seats", "Likud took 32 of the 120 seats": one unknown word that wins or loses
 * a number of seats is a party (a candidate wins a seat); people named in full or titled, known
 * given names and surnames, and places keep their reading.
 */
export function partiesBySeats(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let named: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length !== 1 || item.type === 'organization' || item.type === 'nationality' || (item.type === 'person' && item.firm && !item.guess) || (item.type === 'other' && item.firm)) continue;
    if (!SEAT_VERBS.has(lowerAt(tokens, candidate.last + 1)) || !seatsAfter(tokens, candidate.last + 2, gaz)) continue;
    // "Labour won 418 seats": a singular ordinary noun names a party too; a plural names its
    // members, and a pronoun or another word of grammar ("He won", "Most won") none.
    const tag = gaz.pos.get(item.key);
    const ordinary = isCommonLower(gaz, item.key) && (item.key.endsWith('s') || !(tag === undefined || tag === 'Singular' || tag === 'Uncountable'));
    if (isFunctionWord(item, gaz) || ordinary || knownPlace(item, gaz) || knownPersonWord(item, gaz) || (named ??= personallyNamed(typed, tokens, gaz)).has(item.key)) continue;
    // "The Democrats won 12 seats": a party's members' plural stays theirs (other).
    if (item.key.endsWith('s') && PARTY_ADJECTIVES.has(item.key.slice(0, -1))) continue;
    setType(item, 'organization');
    candidate.weak = false;
  }
}

const COMPANY_MEASURES = localeWords((locale) => [...locale.context.companyMeasures, ...locale.context.businessObjects]);
const MEASURE_MOVES = localeWords((locale) => locale.context.measureMoves);

/**
 * Whether the words from `at` report a company's measure moving: up to two lower-case modifiers,
 * a measure noun and a verb of change ("output fell", "copper output rose", "quarterly profit
 * doubled"), as a person's "said" seldom opens with a bare figure of business. Measures in
 * `townMeasures` do not count (a town reports its revenue too).
 */
function measureMovedAfter(tokens: readonly Token[], at: number, townMeasures?: ReadonlySet<string>): boolean {
  for (let index = at; index <= at + 2 && index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word || token.text !== token.lower) return false;
    if (COMPANY_MEASURES.has(token.lower)) return !townMeasures?.has(token.lower) && MEASURE_MOVES.has(lowerAt(tokens, index + 1));
  }
  return false;
}

/** Parts of speech that open a verb's object: "send two officers", "join the government", "cut its fees". */
const OBJECT_OPENER_POS: ReadonlySet<string> = new Set(['Determiner', 'Possessive', 'TextValue', 'Value']);

/**
 * Whether the words from `at` are an auxiliary, an optional "not", and a lower-case verb (no
 * linking verb) whose object opens with a determiner, a possessive or a number: "would send two
 * more officers", "will not join the government". What "it" would be or what would happen to it
 * ("said it would pass", "said it would be hard") tells nothing of who speaks.
 */
function actsOnObject(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  if (!CLAUSE_AUXILIARIES.has(lowerAt(tokens, at))) return false;
  let index = at + 1;
  if (lowerAt(tokens, index) === 'not') index++;
  const verb = tokenAt(tokens, index);
  const object = tokenAt(tokens, index + 1);
  if (!verb || !object || !verb.word || verb.text !== verb.lower || LINKING_VERBS.has(verb.lower) || CLOSED_CLASS_POS.has(gaz.pos.get(verb.lower) ?? '')) return false;
  return /^\d/.test(object.text) || (object.text === object.lower && OBJECT_OPENER_POS.has(gaz.pos.get(object.lower) ?? ''));
}

/**
 * Keys of the single words the text gives a given name or a title somewhere: the last word of
 * every name of two words or more, and every name written after a title ("Mr. Kovacs").
 */
function personallyNamed(typed: readonly Typed[], tokens: readonly Token[], gaz: Gazetteer): Set<string> {
  const keys = new Set<string>();
  for (const item of typed) {
    if (item.words.length >= 2) keys.add(lookupKey(item.words[item.words.length - 1]!));
    const first = item.candidate?.first;
    if (first === undefined) continue;
    // "Mr. Brandt", "commissioner Brandt": the title may stand outside the candidate, with its full stop.
    const before = textAt(tokens, first - 1) === '.' ? first - 2 : first - 1;
    if (item.candidate!.title !== null || gaz.titles.has(lowerAt(tokens, before)) || (item.type === 'person' && item.firm && !item.guess)) keys.add(item.key);
  }
  return keys;
}

/** Pronouns of a person after a verb of speaking: "X said she", "X told his aides". */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
/** Of those, the ones that follow any verb of a person's doing: "X launched his campaign". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'himself', 'herself']);

/**
 * "Condoleezza Rice said she would not run", "Virginia said she would vote", "Trump launched
 * his campaign": a name that speaks of itself as he or she, or does something of his or her
 * own, is a person, whatever place, company or word its words also name.
 * Countries, regions, nationalities and organisations by knowledge or head word keep theirs.
 */
export function peopleBySpeechPronoun(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    // A sentence-initial ordinary word ('"We called her'): no name.
    // A person by the model alone is made firm, so that the article's other votes do not undo it.
    if (!candidate || candidate.weak || (item.type === 'person' && item.firm && !item.guess) || item.type === 'nationality' || item.words.length > 4) continue;
    const verb = tokenAt(tokens, candidate.last + 1);
    const pronoun = tokenAt(tokens, candidate.last + 2);
    if (!verb || !pronoun || verb.text !== verb.lower || pronoun.text !== pronoun.lower || !PERSONAL_PRONOUNS.has(pronoun.lower)) continue;
    // "The Minister of Information in Yei says he …": after a preposition the name is no subject;
    // the one who speaks stands before it.
    if (gaz.pos.get(lowerAt(tokens, candidate.first - 1)) === 'Preposition') continue;
    // "Trump launched his campaign": any verb before a possessive or reflexive pronoun.
    const tense = gaz.pos.get(verb.lower);
    const acts = (tense === 'PastTense' || tense === 'PresentTense' || /\p{Ll}ed$/u.test(verb.lower)) && POSSESSIVE_PRONOUNS.has(pronoun.lower);
    if (!SPEECH_VERBS.has(verb.lower) && !(acts && !knownPlace(item, gaz))) continue;
    if (item.firm && !item.guess && item.type === 'organization') continue;
    const kinds = kindsOf(item, gaz);
    if (kinds && kinds.some((kind) => kind === 'country' || kind === 'demonym' || kind === 'org' || kind === 'agency' || kind === 'other')) continue;
    if (!item.words.every((word) => PLAIN_NAME.test(word) || /^\p{Lu}\.$/u.test(word))) continue;
    setType(item, 'person');
    candidate.weak = false;
  }
}

/** Short words that a headline in title case may leave in lower case ("Trump Says He Will Act on Tariffs"; core's list). */
const HEADLINE_LOWER_WORDS: ReadonlySet<string> = new Set(HEADLINE_SMALL_WORDS);
/** Fewest words, capitalised words and capitalised ordinary words in a line read as a headline in title case. */
const HEADLINE_MIN_WORDS = 5;
const HEADLINE_MIN_CAPITALS = 4;
const HEADLINE_MIN_ORDINARY = 2;
/** Parts of speech of a headline's verb ("Says", "Embraced", "Will"): a caption or a list of names has none. */
const HEADLINE_VERB_POS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Infinitive', 'Verb', 'Gerund', 'Participle']);
/** Articles that a title-case name may open with ("The Fawn"): no sign of a headline. */
const NAME_ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Longest name that a headline's run is narrowed within (a run's sub-spans are tried longest first). */
const HEADLINE_MAX_WORDS = 10;

/**
 * Whether the tokens from..to (one line of the text) are a headline in title case: five words
 * or more, every one capitalised but short function words, no number, no period or list of
 * commas inside, at least two capitalised ordinary words ("Fever", "After") and a verb or
 * function word ("Says", "Will", "He"), as a headline has and a list of names, a results line, a
 * byline or a caption has not.
 */
function isTitleCaseLine(tokens: readonly Token[], from: number, to: number, gaz: Gazetteer): boolean {
  let capitalised = 0;
  let ordinary = 0;
  let words = 0;
  let commas = 0;
  let verbs = 0;
  let marks = 0;
  // Whether the words before the first comma make a headline, and nothing after it but names.
  let headBeforeList = false;
  for (let at = from; at < to; at++) {
    const token = tokens[at]!;
    if (token.capsLine) return false;
    if (!token.word) marks++;
    // A results line ("Sweden 1 – 0 Korea Republic") is no headline of this kind, but a
    // headline may hold an amount, a year or a date ("Adopts $2.3 Billion Budget for 2013",
    // "… - 2002-12-05").
    if (/^\d/.test(token.text)) {
      if (!headlineNumber(tokens, at)) return false;
      continue;
    }
    if (!token.word) {
      if (token.text === ',') commas++;
      if (token.text === ',' && commas === 1) headBeforeList = words >= HEADLINE_MIN_WORDS && capitalised >= HEADLINE_MIN_CAPITALS && ordinary >= HEADLINE_MIN_ORDINARY && verbs > 0;
      if ((token.text === '.' && at < to - 1) || (commas > 1 && !headBeforeList)) return false;
      continue;
    }
    // "Governors Back Lockdown Extension In Lagos, Ogun, FCT": a list of names after a headline's
    // own words leaves it a headline; a line that is a list from its start ("John Ruiz, Reporter,
    // Health Desk") or holds lower-case words after its commas ("… from Bartlesville, OK, or …") is none.
    if (commas >= 1 && !token.cap && !token.upper && token.lower !== 'and') headBeforeList = false;
    words++;
    if (!token.cap && !token.upper) {
      if (!HEADLINE_LOWER_WORDS.has(token.lower)) return false;
      continue;
    }
    capitalised++;
    if (!token.cap || token.upper || gaz.phrases.has(token.key) || NAME_ARTICLE_WORDS.has(token.lower)) continue;
    const tag = gaz.pos.get(token.lower) ?? '';
    if (isCommonLower(gaz, token.lower) || CLOSED_CLASS_POS.has(tag)) ordinary++;
    if (HEADLINE_VERB_POS.has(tag) || CLOSED_CLASS_POS.has(tag)) verbs++;
  }
  if (commas > 1 && !headBeforeList) return false;
  // ("Dallas Police Chief Praises Rubio", "Celtics Top Heat Behind Brown": a headline's verb the
  // lexicon files as a noun; three capitalised ordinary words on a line of words alone are a
  // headline's, no name's. A mark makes a list, a label or a sentence of them: "Kathy Pham,
  // Computer Scientist and Product Leader at Mozilla", "Source: CDC, …", "Select User Radar Color.")
  return words >= HEADLINE_MIN_WORDS && capitalised >= HEADLINE_MIN_CAPITALS && ordinary >= HEADLINE_MIN_ORDINARY && (verbs > 0 || (ordinary >= HEADLINE_ORDINARY_WITHOUT_VERB && marks === 0));
}

/** Capitalised ordinary words that make a line of title case a headline though no word of it reads as a verb. */
const HEADLINE_ORDINARY_WITHOUT_VERB = 3;

/** Whether the number at tokens[at] is one a headline holds: an amount after its currency sign, a year, or an ISO date. */
function headlineNumber(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]!.text;
  const previous = tokens[at - 1];
  if (previous && previous.end === tokens[at]!.start && CURRENCY_SIGNS.has(previous.text)) return true;
  return /^(?:1[89]|20)\d\d(?:-\d\d-\d\d)?$/.test(text);
}

/**
 * "Immediately After Obama Speech, Trump Says He Will Act", "Tim Kaine Fully Embraced Abortion
 * When He Became Hillary": in a line in title case every word is capitalised, so a run of them
 * says nothing of a name. A run there is kept when the knowledge base or the rest of the article
 * knows it, narrowed to the longest part of it that they know ("Obama", a surname of a person
 * named in full), and is no name otherwise.
 */
export function titleCaseHeadlines(text: string, typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let marks: Uint8Array | null = null;
  let lineStart = 0;
  for (let at = 1; at <= tokens.length; at++) {
    // A line of the text, whether or not its break ends a sentence.
    if (at < tokens.length && !tokens[at]!.newline && !hasLineBreak(text, tokens[at - 1]!.end, tokens[at]!.start)) continue;
    if (isTitleCaseLine(tokens, lineStart, at, gaz)) {
      marks ??= new Uint8Array(tokens.length);
      marks.fill(1, lineStart, at);
    }
    lineStart = at;
  }
  if (marks !== null) keepKnownNamesInHeadlines(marks, typed, tokens, gaz);
}

/**
 * The mentions on title-case headline lines (`marks`): a name the article's other lines give
 * takes its type from there, the rest are dropped or narrowed to a known part. A step of its
 * own, run only for a text with such a line (few texts), so that code V8 optimised on texts
 * without one is not thrown away at the first.
 */
function keepKnownNamesInHeadlines(marks: Uint8Array, typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  // The names the article's other lines give, with their surnames.
  const known = new Map<string, Typed['type']>();
  for (const item of typed) {
    if (!item.candidate || marks[item.candidate.first] === 1 || item.type === 'other' || (item.scores === null && !item.firm)) continue;
    known.set(item.key, item.type);
    if (item.type === 'person' && item.words.length >= 2) known.set(lookupKey(item.words[item.words.length - 1]!), 'person');
    // "Virgil van Dijk" … "Van Dijk Addresses Row": a surname with its particle is known too, and the longer part wins.
    if (item.type === 'person' && item.words.length >= 3 && HEADLINE_PERSON_PARTICLES.has(item.words[item.words.length - 2]!.toLowerCase())) known.set(lookupKey(item.words.slice(-2).join(' ')), 'person');
  }
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || marks[candidate.first] !== 1 || kindsOf(item, gaz) !== undefined || knownNameAndHead(item, gaz)) continue;
    const type = known.get(item.key);
    if (type !== undefined) {
      if (item.type !== type) setType(item, type);
      continue;
    }
    // A run that was no name may hold one too ("Tim Kaine Fully Embraced …").
    if (!narrowToKnownPart(item, candidate, tokens, known, gaz) && !(item.type === 'other' && item.scores === null)) dropMention(item);
  }
}

const HEADLINE_PERSON_PARTICLES = localeWords((locale) => locale.names.personParticles);

/** Whether an organisation is a name the knowledge base knows and a body's head after it ("Federal Reserve Board"): a name in a headline too. */
function knownNameAndHead(item: Typed, gaz: Gazetteer): boolean {
  const words = item.words;
  return item.type === 'organization' && words.length >= 2 && gaz.orgHeads.has(words[words.length - 1]!.toLowerCase()) && gaz.phrases.has(lookupKey(words.slice(0, -1).join(' ')));
}

/** Whether text[from..to) holds a line feed, read without copying the gap. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}

/** Fewest words of a person's full name that a run may be narrowed to: a surname alone is too weak a sign. */
const RUN_ON_MIN_NAME_WORDS = 2;

/**
 * "Donald Trump Rampages Through Iowa", "Francois Hollande Says …", "the Ted Cruz South Carolina
 * victory party": a headline's capitals, or a name used as a modifier, run a person's full name
 * into the words after it. When the run opens with a full name the article gives elsewhere as a
 * person (or the knowledge base knows as one), and what follows is a known place or a capitalised
 * verb form ("Says", "Is", "Refuses", "Slammed") that no list knows as a name or a name's head,
 * the run is narrowed to the name. "Donald Trump Jr." (an abbreviation) and "Barack Obama
 * Presidential Library" (an organisation's head, and no person) are kept whole.
 */
export function personRunsIntoHeadlineWords(text: string, typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let people: Set<string> | null = null;
  const found: Typed[] = [];
  for (const item of typed) {
    const candidate = item.candidate;
    if (item.type !== 'person' || !candidate || item.words.length < 2) continue;
    // ("Trump's Putin Remarks": a surname the knowledge base knows only as a person's is a name of its own.)
    const least = gaz.phrases.get(lookupKey(item.words[0]!))?.every((kind) => kind === 'person') === true ? 1 : RUN_ON_MIN_NAME_WORDS;
    if (item.words.length <= least) continue;
    people ??= peopleNamedInFull(typed);
    for (let length = item.words.length - 1; length >= least; length--) {
      const key = lookupKey(item.words.slice(0, length).join(' '));
      if (!people.has(key) && !gaz.phrases.get(key)?.includes('person')) continue;
      // The name's words are its first tokens (the rest may hold an initial's full stop: "… With George W. Bush").
      if (!wordsAreTokens(item.words, length, tokens, candidate.first)) break;
      if (!runOnWordsAfterName(tokens, candidate.first + length, gaz)) break;
      const runLast = candidate.last;
      narrowRun(item, candidate, tokens, 0, length, 'person');
      const other = personInRunRest(text, tokens, candidate.last + 2, runLast, people, gaz);
      if (other) found.push(other);
      break;
    }
  }
  typed.push(...found);
}

/**
 * "fellow Kentuckian Rand Paul", "former Miss Universe Alicia Machado", "Liar of the Year Barack
 * Obama": a capitalised word run on before a person's full name that the article gives elsewhere
 * (or the knowledge base knows) is no part of the name when it is no given name nor an initial;
 * the run is narrowed to the name, which must open with a given name. "Hillary Rodham Clinton"
 * (not a tail of the name), "Mary Jo White" (a given name first) and "Marine Le Pen" (a surname
 * of two words after it) keep their words.
 */
export function wordsBeforeKnownPeople(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let people: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    const count = item.words.length;
    if (item.type !== 'person' || !candidate || count <= RUN_ON_MIN_NAME_WORDS || candidate.last - candidate.first + 1 !== count || !wordsAreTokens(item.words, count, tokens, candidate.first)) continue;
    people ??= peopleNamedInFull(typed);
    for (let from = 1; count - from >= RUN_ON_MIN_NAME_WORDS; from++) {
      const word = item.words[from - 1]!;
      const lower = word.toLowerCase();
      // A leading word that may be a name's own (a given name, an initial, a particle) ends the search.
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || gaz.givenNames.has(lower) || gaz.firstNames.has(lower)) break;
      // The name must open with a given name: "Le Pen", "Suu Kyi" are a surname's words, which
      // "Marine" and "Aung San" belong with.
      const given = item.words[from]!.toLowerCase();
      if (!gaz.givenNames.has(given) && !gaz.firstNames.has(given)) continue;
      const key = lookupKey(item.words.slice(from).join(' '));
      if (!people.has(key) && !gaz.phrases.get(key)?.includes('person')) continue;
      narrowRun(item, candidate, tokens, from, count - from, 'person');
      break;
    }
  }
}

/** Most tokens of a run's rest searched for a person named in it. */
const RUN_REST_MAX_TOKENS = 2 * HEADLINE_MAX_WORDS;

/**
 * The first and longest stretch of a headline's run, tokens from..last, that names a person the
 * article gives in full or the knowledge base knows ("… Sides With George W. Bush On Trade"), as
 * a mention of its own; none when no stretch is one.
 */
function personInRunRest(text: string, tokens: readonly Token[], from: number, last: number, people: ReadonlySet<string>, gaz: Gazetteer): Typed | null {
  if (last - from >= RUN_REST_MAX_TOKENS) return null;
  for (let at = from; at < last; at++) {
    const token = tokens[at]!;
    if (!token.word || !token.cap) continue;
    for (let end = last; end > at; end--) {
      if (!tokens[end]!.word) continue;
      const surface = text.slice(token.start, tokens[end]!.end);
      const key = lookupKey(surface);
      if (!people.has(key) && !gaz.phrases.get(key)?.includes('person')) continue;
      return typedMention({ start: token.start, end: tokens[end]!.end, words: surface.split(/\s+/), key, candidate: null }, 'person', true, null);
    }
  }
  return null;
}

/** Whether the first `length` words are the tokens from tokens[first] on, one for one. */
function wordsAreTokens(words: readonly string[], length: number, tokens: readonly Token[], first: number): boolean {
  for (let index = 0; index < length; index++) if (tokens[first + index]?.text !== words[index]) return false;
  return true;
}

/** The keys of the article's people named by two words or more. */
function peopleNamedInFull(typed: readonly Typed[]): Set<string> {
  const keys = new Set<string>();
  for (const item of typed) if (item.type === 'person' && item.words.length >= RUN_ON_MIN_NAME_WORDS) keys.add(item.key);
  return keys;
}

/** Whether the words after a full name in one run are a known place or open with a capitalised verb form, not with a name's part. */
function runOnWordsAfterName(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  if (placeStartsAt(tokens, at, gaz)) return true;
  const first = tokens[at]!;
  const lower = first.lower;
  if (!first.cap || first.upper || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
  if (gaz.firstNames.has(lower) || gaz.givenNames.has(lower) || gaz.lastNames.has(lower) || gaz.phrases.has(first.key)) return false;
  if (gaz.titles.has(lower) || gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower) || gaz.eventHeads.has(lower) || gaz.roles.has(lower)) return false;
  // A verb's third person or past ("Says", "Rampages", "Slammed"), or one the lexicon tags as a verb ("Is").
  return HEADLINE_VERB_POS.has(gaz.pos.get(lower) ?? '') || /\p{Ll}(?:s|ed)$/u.test(lower);
}

/** Whether capitalised words from tokens[at] on make a place the knowledge base knows ("South Carolina"), read only as far as a known phrase's prefix goes. */
function placeStartsAt(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  let key = '';
  for (let end = at; end < tokens.length && end - at < gaz.maxWords; end++) {
    const token = tokens[end]!;
    if (!token.cap || (end > at && token.newline)) return false;
    key = key === '' ? token.key : `${key} ${token.key}`;
    if (isPlaceKind(gaz.phrases.get(key))) return true;
    if (!gaz.prefixes.has(key)) return false;
  }
  return false;
}

/** Narrows a mention and its candidate to `length` of its words from word `from`, typed `type`. */
function narrowRun(item: Typed, candidate: NonNullable<Typed['candidate']>, tokens: readonly Token[], from: number, length: number, type: Typed['type']): void {
  const words = item.words.slice(from, from + length);
  const first = tokens[candidate.first + from]!;
  const last = tokens[candidate.first + from + length - 1]!;
  item.start = first.start;
  item.end = last.end;
  item.words = words;
  item.key = lookupKey(words.join(' '));
  candidate.start = first.start;
  candidate.end = last.end;
  candidate.first += from;
  candidate.last = candidate.first + length - 1;
  candidate.words = words;
  setType(item, type);
}

/**
 * "Union Minister Hardeep Singh Puri", "the Union minister of state for railways", "the Union
 * cabinet": a level of government, capitalised alone before a minister's title or a cabinet,
 * qualifies the office and names no body (nor a quote's speaker). Kept local to the word before
 * the office: "Union for Reform Judaism", "Union Station" and "the State of the Union" are other
 * names.
 */
export function qualifiersOfOffices(typed: Typed[], tokens: readonly Token[]): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (item.type !== 'organization' || !candidate || candidate.first !== candidate.last || !GOVERNMENT_LEVELS.has(lowerAt(tokens, candidate.first))) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    if (next && next.word && !next.newline && GOVERNMENT_OFFICES.has(next.lower)) dropMention(item);
  }
}

/** Narrows a headline's run to its longest part that the article names elsewhere; whether it found one. */
function narrowToKnownPart(item: Typed, candidate: NonNullable<Typed['candidate']>, tokens: readonly Token[], known: ReadonlyMap<string, Typed['type']>, gaz: Gazetteer): boolean {
  const count = candidate.last - candidate.first + 1;
  if (count !== item.words.length || count > HEADLINE_MAX_WORDS) return false;
  for (let length = count - 1; length >= 1; length--) {
    for (let from = 0; from + length <= count; from++) {
      const words = item.words.slice(from, from + length);
      const key = lookupKey(words.join(' '));
      // ("Police Chief Praises Rubio": a surname the knowledge base knows only as a person's is known too.)
      const type = known.get(key) ?? (gaz.phrases.get(key)?.every((kind) => kind === 'person') === true && !isCommonLower(gaz, key) ? 'person' : undefined);
      if (type === undefined) continue;
      narrowRun(item, candidate, tokens, from, length, type);
      return true;
    }
  }
  return false;
}

/**
 * "Motley Fool Asset Management" cut to "Asset Management", "Cystic Fibrosis", "Chairman
 * Emeritus": capitalised words that are all ordinary English words, none a given name or a
 * surname the lexicon knows, name no person where only the model read one. Ending in an
 * organisation's head they name a body; otherwise they name no one.
 */
export function commonWordsReadAsPeople(typed: Typed[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    // (One word alone may be a surname the lexicon lacks: "Santorum", "Earnest", "Moody".)
    if (!candidate || item.type !== 'person' || item.words.length < 2 || (item.firm && !item.guess) || candidate.title !== null || candidate.caps || kindsOf(item, gaz) !== undefined) continue;
    // An abbreviation's stop left out of the words ("Ft. Worth" is read from "Ft" and "Worth") is no ordinary word.
    if (item.end - item.start !== item.words.join(' ').length) continue;
    let ordinary = true;
    for (const word of item.words) {
      const lower = word.toLowerCase();
      if (!PLAIN_NAME.test(word) || !isCommonLower(gaz, lower) || gaz.givenNames.has(lower) || gaz.lastNames.has(lower)) {
        ordinary = false;
        break;
      }
    }
    if (!ordinary) continue;
    if (gaz.orgHeads.has(item.words[item.words.length - 1]!.toLowerCase())) setType(item, 'organization');
    else dropMention(item);
  }
}

/** Articles before a name read as a modifier of the noun after it ("a Chicano group"). */
const MODIFIER_ARTICLES = new Set(['a', 'an']);

/**
 * "a Chicano group", "a Maori rights group": one capitalised word between an indefinite article
 * and a lower-case word modifies that noun (a people, a movement, a brand); the model's person
 * reading of it names no one. A known given name or surname, a person the text names in full
 * ("a Trump adviser"), or a word the knowledge base types keeps its reading; a demonym of the
 * knowledge base is a nationality.
 */
export function modifiersAfterArticle(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const personParts = new Set<string>();
  for (const item of typed) if (item.type === 'person' && item.words.length >= 2) for (const word of item.words) personParts.add(word.toLowerCase());
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || (item.firm && !item.guess) || item.words.length !== 1 || candidate.weak || item.type === 'organization' || item.type === 'nationality') continue;
    // The article is a word of its own ("PeÃ±a Nieto" split in a mis-encoded page has an "a" too).
    const article = tokenAt(tokens, candidate.first - 1);
    const beforeArticle = tokenAt(tokens, candidate.first - 2);
    const single = article !== undefined && MODIFIER_ARTICLES.has(article.lower) && !(beforeArticle && beforeArticle.end >= article.start);
    const list = single ? undefined : modifierList(tokens, candidate.first, gaz);
    if (list !== undefined && pluralPlaceNoun(list.noun)) {
      // "the Iturup, Kunashir and Habomai islands", "the Clifton and Redland areas": the names
      // listed before a plural place noun are those places, whatever surname or given name
      // they also spell, unless the article names a person with the word.
      const kinds = kindsOf(item, gaz);
      if (!personParts.has(item.key) && (kinds === undefined || isPlaceKind(kinds))) setType(item, 'place');
      continue;
    }
    if (item.type !== 'person') continue;
    if (!single && !list?.ordinary) continue;
    const next = tokenAt(tokens, candidate.last + 1);
    if (single && (!next || !next.word || next.text !== next.lower || CLOSED_CLASS_POS.has(gaz.pos.get(next.lower) ?? ''))) continue;
    const lower = item.words[0]!.toLowerCase();
    // "a Trump-Clinton debate": any part of a hyphenated word may be the person's name.
    if (lower.split('-').some((part) => gaz.firstNames.has(part) || gaz.lastNames.has(part) || personParts.has(part))) continue;
    const kinds = kindsOf(item, gaz);
    if (kinds?.includes('demonym')) setType(item, 'nationality');
    else if (!kinds) dropMention(item);
  }
}

/** Most capitalised words a list of modifiers holds: "its Bold, Torch and Curve smartphones". */
const MODIFIER_LIST_REACH = 6;

/** Whether the token at `at` is one capitalised word of a list, on no new line. */
function listWord(tokens: readonly Token[], at: number): boolean {
  const token = tokenAt(tokens, at);
  return token !== undefined && token.cap && !token.newline && !token.sentStart && PLAIN_NAME.test(token.text);
}

const STRONG_PLACE_HEADS = localeWords((locale) => locale.heads.strongPlace);
const PLACE_LIST_NOUNS = localeWords((locale) => locale.heads.placeListNouns);

/** Whether a lower-case noun is the plural of a place's head word: "islands", "rivers", "provinces", "counties". */
function pluralPlaceNoun(noun: string): boolean {
  if ((STRONG_PLACE_HEADS.has(noun) && noun.endsWith('s')) || PLACE_LIST_NOUNS.has(noun)) return true;
  if (noun.endsWith('ies')) return STRONG_PLACE_HEADS.has(`${noun.slice(0, -3)}y`);
  return noun.endsWith('s') && STRONG_PLACE_HEADS.has(noun.slice(0, -1));
}

/**
 * The lower-case noun that closes a list of two or more single capitalised words holding the
 * one-word name at token `at`, an article or a possessive opening it, and whether another
 * member is an ordinary word: "its Bold, Torch and Curve smartphones", "the Young, Black and
 * Gifted award" (such words modify the noun: products, models, prizes, no people), "the
 * Iturup, Kunashir and Habomai islands" (places). A list of names alone before another noun
 * may be people ("the Koch and Giuliani administrations"). Undefined when there is none.
 */
function modifierList(tokens: readonly Token[], at: number, gaz: Gazetteer): { noun: string; ordinary: boolean } | undefined {
  let members = 1;
  let ordinary = false;
  const member = (index: number): boolean => {
    if (!listWord(tokens, index)) return false;
    if (isCommonLower(gaz, tokens[index]!.lower) && !gaz.phrases.has(tokens[index]!.key)) ordinary = true;
    return true;
  };
  let index = at - 1;
  let preposition = false;
  // Back over ", X", "and X", "or X" to the determiner (or a place preposition: "in Napa and Sonoma counties").
  for (; index >= 0 && members <= MODIFIER_LIST_REACH; index -= 2) {
    const joiner = tokens[index]!;
    if (NOUN_PHRASE_OPENERS.has(joiner.lower) || MODIFIER_ARTICLES.has(joiner.lower)) break;
    // "in Napa and Sonoma counties", "Wisconsin's Brown and Racine counties": a place preposition or a possessive opens only a list of places.
    if (PLACE_LIST_OPENERS.has(joiner.lower) || joiner.text === "'s" || joiner.text === '\u2019s') {
      preposition = true;
      break;
    }
    if (!(joiner.text === ',' || joiner.lower === 'and' || joiner.lower === 'or') || !member(index - 1)) return undefined;
    members++;
  }
  if (index < 0 || members > MODIFIER_LIST_REACH) return undefined;
  // Forward over ", Y", ", and Y", "and Y" to the lower-case noun.
  index = at + 1;
  while (members <= MODIFIER_LIST_REACH) {
    const joiner = tokenAt(tokens, index);
    if (!joiner) return undefined;
    if (joiner.text === ',' && lowerAt(tokens, index + 1) === 'and') index++;
    const after = tokenAt(tokens, index);
    if (!after) return undefined;
    if (after.text === ',' || after.lower === 'and' || after.lower === 'or') {
      if (!member(index + 1)) return undefined;
      members++;
      index += 2;
      continue;
    }
    // (After a preposition only a plural place noun closes a list of places: "in Koch and Giuliani hands" is none.)
    return members >= 2 && after.word && after.text === after.lower && !CLOSED_CLASS_POS.has(gaz.pos.get(after.lower) ?? '') && (!preposition || pluralPlaceNoun(after.lower)) ? { noun: after.lower, ordinary } : undefined;
  }
  return undefined;
}

/** Whether a lower-case noun is the plural of a place's head word ("counties", "provinces", "islands"; not "areas", which a language's or a people's names also take). */
function pluralPlaceHead(noun: string): boolean {
  return noun.endsWith('ies') ? STRONG_PLACE_HEADS.has(`${noun.slice(0, -3)}y`) : noun.endsWith('s') && (STRONG_PLACE_HEADS.has(noun) || STRONG_PLACE_HEADS.has(noun.slice(0, -1)));
}

/**
 * "Elgeyo Marakwet, West Pokot and Baringo counties", "Kisumu, Kericho and Nandi counties joined
 * forces": two names or more of one to three words, joined by commas and a last "and", right
 * before a plural place head in lower case, are those places, whatever the model read (names
 * of people there: "Doe and Roe families" is no place noun). A name the knowledge base knows as
 * no place, or one the rules typed surely (but a person's without a known given name), keeps its
 * reading. Each mention is read once.
 */
export function namesBeforePluralPlaceNoun(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const byFirst = new Map<number, Typed>();
  for (const item of typed) if (item.candidate && item.words.length <= 3) byFirst.set(item.candidate.first, item);
  const seen = new Set<Typed>();
  for (const item of typed) {
    if (!item.candidate || seen.has(item) || !byFirst.has(item.candidate.first)) continue;
    const chain: Typed[] = [item];
    seen.add(item);
    let at = item.candidate.last + 1;
    for (;;) {
      let next = at;
      if (textAt(tokens, next) === ',') next++;
      if (lowerAt(tokens, next) === 'and') next++;
      const member = next > at ? byFirst.get(next) : undefined;
      if (member === undefined || seen.has(member)) break;
      chain.push(member);
      seen.add(member);
      at = member.candidate!.last + 1;
    }
    const noun = tokenAt(tokens, at);
    if (chain.length < 2 || noun === undefined || !noun.word || noun.text !== noun.lower || !pluralPlaceHead(noun.lower) || lowerAt(tokens, at - 1) !== chain[chain.length - 1]!.words[chain[chain.length - 1]!.words.length - 1]!.toLowerCase()) continue;
    for (const member of chain) {
      const kinds = kindsOf(member, gaz);
      if (member.type === 'place' || (kinds !== undefined && !isPlaceKind(kinds)) || (member.firm && !member.guess && (member.type !== 'person' || gaz.givenNames.has(member.words[0]!.toLowerCase())))) continue;
      setType(member, 'place');
    }
  }
}

/** Prepositions that open a list of places before their plural noun: "in Napa and Sonoma counties", "across the …". */
const PLACE_LIST_OPENERS = new Set(['in', 'across', 'throughout', 'from', 'between']);

/** Farthest a ", the airline said" is read after the subject it names; news sentences are shorter. */
const MAX_SUBJECT_REACH = 60;

/**
 * "Aer Lingus will cut about 2,000 jobs over the next 18 months, the airline said on Wednesday":
 * a name that opens a sentence ending in ", the <kind of organisation> said" is that
 * organisation, even where its words read as a person's name. A known given name or surname,
 * a titled person or a known place keeps its reading ("Ann Cole led the march, the group said").
 */
export function subjectsNamedByKindLater(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const organisations = new Set<string>();
  for (const item of typed) {
    const candidate = item.candidate;
    // Only a name read as a person or place: "On Tuesday, the company said" opens with no name.
    if (!candidate || candidate.weak || (item.type !== 'person' && item.type !== 'place') || candidate.title !== null || item.words.length > 4) continue;
    if (!tokens[candidate.first]!.sentStart || knownPlace(item, gaz) || knownPersonWord(item, gaz) || item.words.some((word) => gaz.firstNames.has(word.toLowerCase()))) continue;
    if (kindSaysLater(tokens, candidate.last + 1)) organisations.add(item.key);
  }
  if (organisations.size === 0) return;
  // The same words elsewhere in the article are that organisation too ("Aer Lingus shares fell"), unless titled.
  for (const item of typed) {
    if (!item.candidate || item.candidate.title !== null || !organisations.has(item.key) || item.type === 'nationality') continue;
    setType(item, 'organization');
    item.candidate.weak = false;
  }
}

/** Whether the sentence from token `from` on holds ", the <organisation noun> said". */
function kindSaysLater(tokens: readonly Token[], from: number): boolean {
  const end = Math.min(tokens.length - 3, from + MAX_SUBJECT_REACH);
  for (let at = from; at < end; at++) {
    const token = tokens[at]!;
    if (token.sentStart || token.newline) return false;
    if (token.text !== ',' || tokens[at + 1]!.lower !== 'the') continue;
    const kind = tokens[at + 2]!;
    if (kind.text === kind.lower && ORGANISATION_NOUNS.has(kind.lower) && SAY_WORDS.has(tokens[at + 3]!.lower)) return true;
  }
  return false;
}

const GROUP_MEMBER_NOUNS = localeWords((locale) => locale.context.groupMemberNouns);
const CLAIM_VERBS = localeWords((locale) => locale.context.claimVerbs);

/**
 * Whether the words after a name make it a group: its members ("Boko Haram fighters",
 * "Fidesz lawmakers") or its claim of an attack ("Al-Shabaab claimed responsibility").
 */
function groupCue(tokens: readonly Token[], after: number): boolean {
  const next = tokenAt(tokens, after);
  if (!next || next.text !== next.lower) return false;
  if (GROUP_MEMBER_NOUNS.has(next.lower)) return true;
  return CLAIM_VERBS.has(next.lower) && lowerAt(tokens, after + 1) === 'responsibility';
}

/**
 * "Hamas fighters", "Fidesz lawmakers", "Al-Shabaab claimed responsibility": a name before its
 * members or claiming an attack is an armed group or a party, unless it is a person's name, a
 * party's or people's word ("Republican lawmakers", "Sunni militants"), an ordinary word or a
 * group the knowledge base or a rule typed already.
 */
function armedOrPartyGroup(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  // "American-vetted rebels": a compound modifier names no group.
  if ((item.firm && !item.guess) || !groupCue(tokens, candidate.last + 1) || knownPersonWord(item, gaz) || item.words.some((word) => /-\p{Ll}/u.test(word))) return false;
  const lower = item.key;
  // "Islamist militants", "Marxist rebels", "Shiite fighters": an adjective of a belief or a people.
  const adjective = hasAdjectiveEnding(lower) || hasFollowerEnding(lower);
  return !(item.words.length === 1 && (PARTY_ADJECTIVES.has(lower) || isCommonLower(gaz, lower) || adjective));
}

const COMPANY_ONLY_POSSESSIONS = localeWords((locale) => locale.context.companyOnlyPossessions);
const COMPANY_RESULTS_OWNED = localeWords((locale) => locale.context.companyResultsOwned);
const CHIEF_OFFICES = localeWords((locale) => locale.context.chiefOffices);
const RESULTS_VERBS = localeWords((locale) => locale.context.resultsVerbs);
const RESULTS_OBJECTS = localeWords((locale) => locale.context.resultsObjects);

/**
 * Whether a person's reading rests on the form of the words alone: two or three capitalised
 * words with no title before them, none a known given name or surname, and not known as a
 * person ("Norsk Hydro", "Bharti Airtel" read so as "Helmut Kohl" is).
 */
function personByFormAlone(item: Typed, gaz: Gazetteer): boolean {
  const candidate = item.candidate;
  if (!candidate || item.type !== 'person' || candidate.title !== null || item.words.length < 2 || item.words.length > 3) return false;
  if (kindsOf(item, gaz)?.includes('person') === true) return false;
  const noName = (word: string): boolean => {
    const lower = word.toLowerCase();
    return !gaz.firstNames.has(lower) && !gaz.lastNames.has(lower) && !gaz.givenNames.has(lower);
  };
  // "Campbell Soup": a founder's surname that is no given name, before a word that is no name
  // at all, is a company's form as much as a person's ("Campbell Brown" keeps hers: "Brown"
  // names people).
  const founderFirst = item.words.length === 2 && gaz.lastNames.has(item.words[0]!.toLowerCase()) && !gaz.givenNames.has(item.words[0]!.toLowerCase());
  return item.words.every((word, index) => (index === 0 && founderFirst) || noName(word));
}

/**
 * Whether a person's reading has no given name behind it: two or three plain capitalised words,
 * no title before them, the first no given name the lexicon knows, the whole not known as a
 * person ("Tolland Greene", "Fenwick Lyle": a surname may close a company's name as well).
 */
function surnameWithoutGivenName(item: Typed, gaz: Gazetteer): boolean {
  const candidate = item.candidate;
  if (!candidate || item.type !== 'person' || candidate.title !== null || item.words.length < 2 || item.words.length > 3) return false;
  if (kindsOf(item, gaz)?.includes('person') === true || !item.words.every((word) => PLAIN_NAME.test(word))) return false;
  const first = item.words[0]!.toLowerCase();
  return !gaz.firstNames.has(first) && !gaz.givenNames.has(first);
}

/** Whether `next` makes the name ending in `lastWord` a possessor: "X's", or an apostrophe after a final s ("Emirates' chief"). */
function possessiveAfter(next: Token, lastWord: string): boolean {
  return isPossessive(next) || ((next.text === "'" || next.text === '\u2019') && lastWord.endsWith('s'));
}

/** The offices of a body (OFFICES_OF) that only a company has (COMPANY_ONLY_POSSESSIONS): its officers, seat and owners (a person has a board seat, revenue and profit too). */
const COMPANY_OFFICERS: ReadonlySet<string> = new Set([...OFFICES_OF].filter((word) => COMPANY_ONLY_POSSESSIONS.has(word)));

/**
 * Whether a context that no person or place has stands around the name on tokens `first` to
 * `last`: a share's listing after it ("(TSX: CP)"), its officers or seat in the possessive ("X's
 * chief executive", "X's headquarters"), shares or a stake of it where the name ends the phrase
 * ("shares of X rose", not "shares of Asia Pacific companies"), and with `results` the results
 * it reports ("X reported a rise in profit").
 */
function strictCompanyCue(tokens: readonly Token[], first: number, last: number, lastWord: string, results: boolean): boolean {
  if (isListingAt(tokens, last + 1)) return true;
  const next = tokenAt(tokens, last + 1);
  const next2 = tokenAt(tokens, last + 2);
  if (next === undefined) return false;
  const stake = (lowerAt(tokens, first - 1) === 'of' || lowerAt(tokens, first - 1) === 'in') && STAKE_WORDS.has(lowerAt(tokens, first - 2));
  if (stake && !(next.word && next.text === next.lower && !MARKET_MOVES.has(next.lower))) return true;
  const possessive = possessiveAfter(next, lastWord);
  if (possessive && next2 !== undefined && next2.text === next2.lower && (COMPANY_OFFICERS.has(next2.lower) || (next2.lower === 'chief' && CHIEF_OFFICES.has(lowerAt(tokens, last + 3))))) return true;
  return results && next.text === next.lower && RESULTS_VERBS.has(next.lower) && businessObjectAfter(tokens, last + 2, RESULTS_OBJECTS);
}

const OWNED_MEASURES = localeWords((locale) => locale.context.ownedMeasures);

/**
 * Whether the words from `at` are a verb (an adverb may stand before it) and "its" with a
 * measure only a company has, one modifier allowed: "lowered its forecast", "also upped its
 * full-year forecast", "cut its dividend".
 */
function ownMeasureAfter(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  let index = at;
  if (gaz.pos.get(lowerAt(tokens, index)) === 'Adverb' && textAt(tokens, index) === lowerAt(tokens, index)) index++;
  const verb = tokenAt(tokens, index);
  if (!verb || !verb.word || verb.text !== verb.lower || CLOSED_CLASS_POS.has(gaz.pos.get(verb.lower) ?? '') || textAt(tokens, index + 1) !== 'its') return false;
  const measure = (word: string): boolean => OWNED_MEASURES.has(word) || COMPANY_MEASURES.has(word);
  if (measure(lowerAt(tokens, index + 2))) return true;
  const modifier = tokenAt(tokens, index + 2);
  return modifier !== undefined && modifier.word && modifier.text === modifier.lower && measure(lowerAt(tokens, index + 3));
}

/**
 * "Thomson shares rose", "a stake in Thomson", "Thomson's chief executive" beside "David Thomson":
 * a company named like the surname of a person the text names in full. One untitled word read as
 * a person, with a cue no person has (its shares moving, shares or a stake of it, its officers
 * in the possessive), is the company at that mention only: the person's other mentions stay.
 */
export function firmsNamedLikeTheTextsPeople(typed: Typed[], tokens: readonly Token[]): void {
  for (const item of typed) {
    const candidate = item.candidate;
    // (Only names read as a person or a company: a weak or lower-case reading, "a super PAC's chairman", is no name here.)
    if (!candidate || candidate.weak || item.words.length !== 1 || (item.type !== 'person' && item.type !== 'organization') || candidate.title !== null || candidate.caps || !PLAIN_NAME.test(item.words[0]!)) continue;
    if (!companyOnlyCue(tokens, candidate.first, candidate.last)) continue;
    setType(item, 'organization');
    // (Firm: the surnames of people named in full lend their type to every other mention.)
    item.firm = true;
  }
}

/**
 * Whether a one-word name on tokens `first` to `last` stands where only a company does: its
 * shares move ("X shares fell"), shares or a stake of it end the phrase ("a stake in X", not
 * "shares of X companies"), or its listing follows. (Not its officers or seat: "Clinton's
 * headquarters" is a campaign's; and a "he" later in the clause is the founder's: "X shares fell,
 * and X said he would stay".)
 */
export function companyOnlyCue(tokens: readonly Token[], first: number, last: number): boolean {
  if (sharesMoveAfter(tokens, last) || isListingAt(tokens, last + 1)) return true;
  const stake = (lowerAt(tokens, first - 1) === 'of' || lowerAt(tokens, first - 1) === 'in') && STAKE_WORDS.has(lowerAt(tokens, first - 2));
  const next = tokenAt(tokens, last + 1);
  return stake && !(next !== undefined && next.word && next.text === next.lower && !MARKET_MOVES.has(next.lower));
}

/** Whether the name ending at `last` has shares that move: "X shares fell", "X stock was up" (a person's shares do not rise). */
function sharesMoveAfter(tokens: readonly Token[], last: number): boolean {
  const next = textAt(tokens, last + 1);
  const move = tokenAt(tokens, last + 2);
  return (next === 'shares' || next === 'stock') && move !== undefined && move.text === move.lower && (MARKET_MOVES.has(move.lower) || move.lower === 'were');
}

/**
 * "Tiffany also upped its full-year forecast", "Wendy cut its dividend": one word read as a
 * person that moves a company's own measure is the company, where the text names no person
 * with it (in full, with a title) and no "he" or "she" follows; so is every other mention of it.
 * Known places keep theirs ("China cut its growth forecast").
 */
export function companiesMovingTheirMeasures(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let companies: Set<string> | null = null;
  let named: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.words.length !== 1 || item.type !== 'person' || candidate.title !== null || knownPlace(item, gaz) || !ownMeasureAfter(tokens, candidate.last + 1, gaz)) continue;
    if ((named ??= personallyNamed(typed, tokens, gaz)).has(item.key) || personalPronounAfter(tokens, candidate.last + 1)) continue;
    (companies ??= new Set()).add(item.key);
  }
  if (companies === null) return;
  for (const item of typed) if (item.words.length === 1 && item.type === 'person' && companies.has(item.key) && item.candidate?.title === null) setType(item, 'organization');
}

/**
 * Whether the words around a name say that only a company is meant: "shares of X", "a stake
 * in X", "X shares fell", "X's chief executive", "X's shareholders", "X said its profit rose".
 * Each is something a person named in full neither is nor has.
 */
function companyCue(item: Typed, tokens: readonly Token[], gaz: Gazetteer, saying = true): boolean {
  return companyCueAround(tokens, item.candidate!, item.words[item.words.length - 1]!, gaz, saying);
}

/** companyCue for the name on tokens `first` to `last`, whose last word is `lastWord`. */
function companyCueAround(tokens: readonly Token[], candidate: { readonly first: number; readonly last: number }, lastWord: string, gaz: Gazetteer, saying: boolean): boolean {
  const previous = tokenAt(tokens, candidate.first - 1);
  const previous2 = tokenAt(tokens, candidate.first - 2);
  if (previous && previous2 && (previous.lower === 'of' || previous.lower === 'in') && STAKE_WORDS.has(previous2.lower)) return true;
  const next = tokenAt(tokens, candidate.last + 1);
  const next2 = tokenAt(tokens, candidate.last + 2);
  if (!next || !next2) return false;
  // "X shares fell", "X stock was up": a person "shares" something, but shares do not rise or fall.
  if ((next.text === 'shares' || next.text === 'stock') && next2.text === next2.lower && (MARKET_MOVES.has(next2.lower) || next2.lower === 'were')) return true;
  // "X's chief executive", and "Emirates' chief executive" after a final s.
  const possessive = possessiveAfter(next, lastWord);
  if (possessive && next2.text === next2.lower) {
    if (COMPANY_ONLY_POSSESSIONS.has(next2.lower)) return true;
    if (next2.lower === 'chief' && CHIEF_OFFICES.has(lowerAt(tokens, candidate.last + 3))) return true;
    // "Dollar Tree's same-store sales", "X's quarterly revenue": for a name read as a person, what a
    // company reports, and one modifier may stand before it (a town has sales and tax revenue).
    if (saying && COMPANY_RESULTS_OWNED.has(next2.lower)) return true;
    const after = tokenAt(tokens, candidate.last + 3);
    if (saying && next2.word && after !== undefined && after.text === after.lower && (COMPANY_ONLY_POSSESSIONS.has(after.lower) || COMPANY_RESULTS_OWNED.has(after.lower)) && !CLOSED_CLASS_POS.has(gaz.pos.get(next2.lower) ?? '')) return true;
  }
  // "X lowered its forecast", "X cut its dividend": a verb and a measure of its own that only a company has.
  if (ownMeasureAfter(tokens, candidate.last + 1, gaz)) return true;
  // "X reported a 5 percent rise in quarterly profit", "X posted a loss".
  if (next.text === next.lower && RESULTS_VERBS.has(next.lower) && businessObjectAfter(tokens, candidate.last + 2, RESULTS_OBJECTS)) return true;
  // A town's council speaks of "its" budget and has lawmakers too: those cues are for names read as people only.
  if (!saying) return false;
  if (groupCue(tokens, candidate.last + 1)) return true;
  // "X said its profit rose", "X said on Monday that its …".
  if (!SAY_WORDS.has(next.text)) return false;
  let at = candidate.last + 2;
  if (lowerAt(tokens, at) === 'on' && tokenAt(tokens, at + 1)?.cap === true) at += 2;
  if (lowerAt(tokens, at) === 'that') at++;
  return textAt(tokens, at) === 'its' || (textAt(tokens, at) === 'it' && (itsOwnAfter(tokens, at + 1, gaz) || earningsAfter(tokens, at + 1)));
}

const EARNINGS_VERBS = localeWords((locale) => locale.context.earningsVerbs);

/**
 * Whether the words from `at` are a verb of results and a sum of money: "said it earned $184
 * million", "said it lost a net €2 billion", as a body reports of itself.
 */
function earningsAfter(tokens: readonly Token[], at: number): boolean {
  if (!EARNINGS_VERBS.has(textAt(tokens, at))) return false;
  let index = at + 1;
  if (lowerAt(tokens, index) === 'a') index++;
  if (lowerAt(tokens, index) === 'net' || lowerAt(tokens, index) === 'record') index++;
  const sum = tokenAt(tokens, index);
  return sum !== undefined && /^\p{Sc}$/u.test(sum.text) && /^\d/.test(textAt(tokens, index + 1));
}

/**
 * Whether the words from `at` are a verb (after an optional auxiliary) whose object is "its":
 * "said it raised its prices", "said it had cut its stake", where the name speaks of itself as
 * "it", as a body does.
 */
function itsOwnAfter(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  let index = at;
  if (CLAUSE_AUXILIARIES.has(lowerAt(tokens, index)) || lowerAt(tokens, index) === 'had' || lowerAt(tokens, index) === 'has') index++;
  const verb = tokenAt(tokens, index);
  if (!verb || !verb.word || verb.text !== verb.lower || CLOSED_CLASS_POS.has(gaz.pos.get(verb.lower) ?? '') || LINKING_VERBS.has(verb.lower)) return false;
  return textAt(tokens, index + 1) === 'its';
}

/** How far after a name its sentence is read for a person's pronoun. */
const PRONOUN_REACH = 25;

/** Whether "he", "she", "his", "her" … follows in the sentence: "X reported the loss of his wallet". */
function personalPronounAfter(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + PRONOUN_REACH && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.text === '.' || (at > from && token.newline)) return false;
    if (PERSONAL_PRONOUNS.has(token.lower)) return true;
  }
  return false;
}

/**
 * "ShoreTel", "PayPal", "DoorDash": one word with a capital inside after two lower-case letters or
 * more is a company's or a brand's coinage, no person's or place's (those put a capital inside
 * after a particle: "McKenzie", "LeBron", "DiCaprio", "MacArthur", "VanDyke"), unless the
 * knowledge base knows the word. Every mention of it becomes the organisation.
 */
const CAMEL_BRAND = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;
const CAMEL_NAME_PREFIXES = /^(?:Mac|Van|Von|Del|Dal|Della|Fitz|Ten|Ter|San|Ben|Abu|Ibn|Bin)\p{Lu}/u;

export function camelCaseCompanies(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let brands: Set<string> | null = null;
  for (const item of typed) {
    const word = item.words[0]!;
    // ("YouTubers", "TikTokers": people named after the brand.)
    if (item.words.length !== 1 || item.type === 'organization' || item.type === 'nationality' || !item.candidate || isHandleAt(tokens, item.candidate.first) || !CAMEL_BRAND.test(word) || CAMEL_NAME_PREFIXES.test(word) || /(?:er|or|ist|ian)s$/.test(word) || kindsOf(item, gaz) !== undefined) continue;
    (brands ??= new Set()).add(item.key);
  }
  if (brands === null) return;
  for (const item of typed) if (brands.has(item.key) && item.candidate && !isHandleAt(tokens, item.candidate.first)) setType(item, 'organization');
}

/**
 * "Shares of Norsk Hydro fell", "Bharti Airtel said its profit rose": a company named by two
 * or three words that no lexicon knows reads as a person by their form alone; a context only a
 * company has makes it the company, and every other untitled mention of the same words with it.
 */
export function companiesReadAsPeople(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let companies: Set<string> | null = null;
  for (const item of typed) {
    // "Tolland Greene stock dropped", "Fenwick Lyle's board": a surname with no given name before it
    // yields to a context that only a company has (not to one that a person may voice: "said its").
    const byForm = personByFormAlone(item, gaz) || (surnameWithoutGivenName(item, gaz) && companyCue(item, tokens, gaz, false));
    if (!byForm || !companyCue(item, tokens, gaz) || personalPronounAfter(tokens, item.candidate!.last + 1)) continue;
    (companies ??= new Set()).add(item.key);
  }
  // "Shares of Delta fell", "Emirates' chief executive Tim Clark": a town's name, or a country's
  // shortened one, in a context only a company has is the company (countries by their own
  // name, regions and capitals keep the place: "shares in Jordan").
  let brands: Set<string> | null = null;
  for (const item of typed) {
    if (item.type !== 'place' || !item.candidate || item.candidate.caps || !isPlaceKind(kindsOf(item, gaz))) continue;
    const trades = placeThatMayTrade(item, gaz) && !personalName(item, gaz);
    // ("Woodbridge will own 53%": a surname's word as well, not a given name's; a person owning a share reads as one, not as a place.)
    const holds = (trades || townThatMayHold(item, gaz)) && ownsShareAfter(tokens, item.candidate.last);
    if (!holds && !(trades && companyCue(item, tokens, gaz, false))) continue;
    (brands ??= new Set()).add(item.key);
  }
  if (brands !== null) {
    // The same name after a place preposition stays the place ("flights in Delta").
    for (const item of typed) if (item.type === 'place' && item.candidate && brands.has(item.key) && !LOCATIVES.has(lowerAt(tokens, item.candidate.first - 1))) setType(item, 'organization');
  }
  if (companies === null) return;
  const founders = new Set<string>();
  for (const item of typed) {
    if (!companies.has(item.key) || !(personByFormAlone(item, gaz) || surnameWithoutGivenName(item, gaz))) continue;
    setType(item, 'organization');
    if (item.words.length === 2 && gaz.lastNames.has(item.key.split(' ')[0]!)) founders.add(lookupKey(item.words[0]!));
  }
  if (founders.size > 0) foundersAlone(typed, tokens, gaz, founders);
}

/** Whether a place's name may be a holding company's: a town's (no country, region, capital or people's word), no given name's. */
function townThatMayHold(item: Typed, gaz: Gazetteer): boolean {
  const kinds = kindsOf(item, gaz);
  if (kinds !== undefined && (kinds.includes('demonym') || kinds.includes('country') || kinds.includes('region') || kinds.includes('capital'))) return false;
  return item.words.length === 1 && !gaz.firstNames.has(item.key) && !gaz.givenNames.has(item.key);
}

/** Verbs of holding a share of a company: "will own 53%", "holds 20 percent". */
const SHARE_HOLDING_VERBS: ReadonlySet<string> = new Set(['own', 'owns', 'owned', 'hold', 'holds', 'held']);
const HOLDING_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'to']);

/**
 * Whether the name ending at `last` holds a percentage of something: "Woodbridge will own 53% of
 * the group", "Kestrel holds 20 percent". For a town's name only: people own shares too, and a
 * town holds none under its bare name ("the city of X owns …" has its head).
 */
function ownsShareAfter(tokens: readonly Token[], last: number): boolean {
  let at = last + 1;
  if (HOLDING_MODALS.has(textAt(tokens, at))) at++;
  if (!SHARE_HOLDING_VERBS.has(textAt(tokens, at))) return false;
  at++;
  if (textAt(tokens, at) === 'about' || textAt(tokens, at) === 'nearly' || textAt(tokens, at) === 'roughly') at++;
  if (!/^\d/.test(textAt(tokens, at))) return false;
  const unit = textAt(tokens, at + 1);
  return unit === '%' || unit === 'percent' || (unit === 'per' && textAt(tokens, at + 2) === 'cent');
}

/**
 * Whether a person's reading of two or three plain words rests on a given name and a surname
 * only: no title before it and not known as a person ("Morgan Stanley", "Dean Witter" read so
 * as "John Stanley" is).
 */
function fullNameByFormAlone(item: Typed, gaz: Gazetteer): boolean {
  const candidate = item.candidate;
  if (!candidate || item.type !== 'person' || candidate.title !== null || candidate.caps || item.words.length < 2 || item.words.length > 3) return false;
  return kindsOf(item, gaz)?.includes('person') !== true && item.words.every((word) => PLAIN_NAME.test(word));
}

/**
 * Whether "said" after the token at `last` goes on, past "in a statement", a day and "that",
 * with what only a body says of itself: "its", or "it" and a business clause, its own measure
 * or its earnings ("said in a statement that it would cut 2,000 jobs"; not "said it was a sad day").
 */
function saysOfItselfAsBody(tokens: readonly Token[], last: number): boolean {
  if (!SAY_WORDS.has(textAt(tokens, last + 1))) return false;
  let at = last + 2;
  const statement = lowerAt(tokens, at) === 'in' && statementAfter(tokens, at + 1) !== null;
  if (statement) {
    at += 2;
    while (at < last + 7 && !STATEMENT_WORDS.has(lowerAt(tokens, at))) at++;
    at++;
  }
  if (lowerAt(tokens, at) === 'on' && tokenAt(tokens, at + 1)?.cap === true) at += 2;
  if (lowerAt(tokens, at) === 'that') at++;
  // ("John Smith said its costs rose", "… said it cut its costs": a person may speak of a body's; a statement's "its" is the speaker's own.)
  if (textAt(tokens, at) === 'its') return statement;
  return textAt(tokens, at) === 'it' && (businessClauseAfter(tokens, at + 1) || earningsAfter(tokens, at + 1));
}

/** A broker's verdicts on a stock: "cut its target price", "raised its rating", "kept its overweight recommendation". */
const BROKER_VERDICTS = new Set(['target', 'rating', 'recommendation']);

/**
 * Whether the words after the name ending at `last` are a lower-case verb, "its", at most one
 * modifier and a broker's verdict ("cut its target price", "reiterated its overweight rating"):
 * a brokerage's doing, no person's (a person's verdicts are "his" or "her").
 */
function brokerVerdictAfter(tokens: readonly Token[], last: number, gaz: Gazetteer): boolean {
  const verb = tokenAt(tokens, last + 1);
  if (!verb || !verb.word || verb.text !== verb.lower || CLOSED_CLASS_POS.has(gaz.pos.get(verb.lower) ?? '') || textAt(tokens, last + 2) !== 'its') return false;
  return BROKER_VERDICTS.has(textAt(tokens, last + 3)) || (tokenAt(tokens, last + 3)?.text === lowerAt(tokens, last + 3) && BROKER_VERDICTS.has(textAt(tokens, last + 4)));
}

/**
 * "Morgan Stanley posted results", "Morgan Stanley said in a statement that it would cut 2,000
 * jobs", "Morgan Stanley's chief executive", "Morgan Stanley cut its target price": a name read as
 * a given name and a surname that reports a company's results, speaks of itself as a body, has a
 * company's officers or gives a broker's verdict on a stock is the
 * company, and so is every untitled mention of it, unless the text gives it a person's evidence
 * anywhere: a title, or "he" or "she" after it or after its surname alone ("John Stanley said
 * he would retire" keeps the person).
 */
export function companiesNamedLikeFullNames(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let companies: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'person' || item.words.length < 2 || item.words.length > 3) continue;
    const { first, last } = candidate;
    const lastWord = item.words[item.words.length - 1]!;
    // (The words around the name first, the knowledge base after: most names have no such cue.)
    // (A listing in brackets after a person's full name is a link added by mistake: no cue here.)
    if ((isListingAt(tokens, last + 1) || !strictCompanyCue(tokens, first, last, lastWord, true)) && !saysOfItselfAsBody(tokens, last) && !brokerVerdictAfter(tokens, last, gaz)) continue;
    if (fullNameByFormAlone(item, gaz)) (companies ??= new Set()).add(item.key);
  }
  if (companies === null) return;
  // A person's evidence for the name or its surname anywhere in the text vetoes the company.
  const surnames = new Map<string, string>();
  for (const key of companies) surnames.set(key.slice(key.lastIndexOf(' ') + 1), key);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate) continue;
    const key = companies.has(item.key) ? item.key : surnames.get(item.key);
    if (key === undefined) continue;
    const before = textAt(tokens, candidate.first - 1) === '.' ? candidate.first - 2 : candidate.first - 1;
    if (candidate.title !== null || gaz.titles.has(lowerAt(tokens, before)) || personalPronounAfter(tokens, candidate.last + 1)) companies.delete(key);
  }
  for (const item of typed) if (item.type === 'person' && companies.has(item.key) && item.candidate?.title === null) setType(item, 'organization');
}

/**
 * "Campbell Soup said it earned … Campbell said it cut costs": the founder's surname alone is
 * the company the text found by its context, where no person of that surname is named in full
 * or with a title, and no "he" or "she" follows it.
 */
function foundersAlone(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer, founders: ReadonlySet<string>): void {
  const named = personallyNamed(typed, tokens, gaz);
  for (const item of typed) {
    if (item.words.length !== 1 || item.type !== 'person' || !founders.has(item.key) || named.has(item.key) || personalPronounAfter(tokens, item.candidate!.last + 1)) continue;
    setType(item, 'organization');
  }
}

const DATA_NOUNS = localeWords((locale) => locale.context.dataNouns);
const DATA_PARTICIPLES = localeWords((locale) => locale.context.dataParticiples);

/**
 * "according to Refinitiv", "estimates compiled by Refinitiv", "Cirium schedule data": one word
 * that no list knows as a name, read as a person only by the model, and never given a given
 * name, a title or a "he" or "she" in the text, is the firm the numbers come from where a data
 * source's context stands around it; so is every mention of it.
 */
export function dataProviders(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let providers: Set<string> | null = null;
  let named: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    // "Analysts surveyed by Thomson First Call": a name holding ordinary words that compiles the numbers is the firm.
    if (item.type === 'person' && item.words.length >= 2 && candidate && surveyedByFirm(item, tokens, gaz)) {
      setType(item, 'organization');
      continue;
    }
    if (item.type !== 'person' || item.words.length !== 1 || !candidate || (item.firm && !item.guess) || !isUnknownWord(item, gaz) || !dataSourceContext(tokens, candidate.first, candidate.last)) continue;
    if ((named ??= personallyNamed(typed, tokens, gaz)).has(item.key) || personalPronounAfter(tokens, candidate.last + 1)) continue;
    (providers ??= new Set()).add(item.key);
  }
  if (providers === null) return;
  for (const item of typed) if (item.type === 'person' && providers.has(item.key)) setType(item, 'organization');
}

/**
 * Whether a name read as a person of two or three words, no title, is the firm that compiled
 * the numbers: right after a participle of compiling and "by" ("surveyed by", "compiled by"),
 * and holding an ordinary word that is no given name or surname after its first word ("Thomson
 * First Call"; "compiled by Dana Kell" stays hers).
 */
function surveyedByFirm(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  if (item.words.length > 3 || candidate.title !== null || (item.firm && !item.guess) || lowerAt(tokens, candidate.first - 1) !== 'by' || !DATA_PARTICIPLES.has(lowerAt(tokens, candidate.first - 2))) return false;
  return item.words.slice(1).some((word) => {
    const lower = word.toLowerCase();
    return PLAIN_NAME.test(word) && isCommonLower(gaz, lower) && !gaz.givenNames.has(lower) && !gaz.firstNames.has(lower) && !gaz.lastNames.has(lower);
  });
}

/** A word no list knows: no given name, surname, knowledge-base name or ordinary word. */
function isUnknownWord(item: Typed, gaz: Gazetteer): boolean {
  const key = item.key;
  return kindsOf(item, gaz) === undefined && !gaz.givenNames.has(key) && !gaz.firstNames.has(key) && !gaz.lastNames.has(key) && !isCommonLower(gaz, key);
}

/** "according to X", "compiled by X", "X schedule data", "X estimates": where compiled numbers come from. */
function dataSourceContext(tokens: readonly Token[], first: number, last: number): boolean {
  const before = lowerAt(tokens, first - 1);
  if (before === 'to' && lowerAt(tokens, first - 2) === 'according') return true;
  if (before === 'by' && DATA_PARTICIPLES.has(lowerAt(tokens, first - 2))) return true;
  // ("Cirium schedule data": one lower-case word may stand between.)
  for (let at = last + 1; at <= last + 2; at++) {
    const token = tokens[at];
    if (token === undefined || !token.word || token.text !== token.lower) return false;
    if (DATA_NOUNS.has(token.lower)) return true;
  }
  return false;
}

const CHAIN_OUTLETS = localeWords((locale) => locale.context.chainOutlets);

/**
 * "Macy's department store", "Kohl's stores", "Wendy's restaurants": one word in the possessive
 * before a chain's outlets is the retailer, not a person, and so is every other mention of it
 * ("entered Macy's with a rifle").
 */
export function retailersByOutlets(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let retailers: Set<string> | null = null;
  let brands: Set<string> | null = null;
  let people: Set<string> | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'nationality') continue;
    const next = tokenAt(tokens, candidate.last + 1);
    const possessive = next?.text === "'s" || next?.text === '\u2019s';
    // "Wendy Ruiz", "Wendy said": the brand's word names a person elsewhere in the text.
    if (!possessive || item.words.length !== 1) {
      if (item.type === 'person') for (const word of item.words) (people ??= new Set()).add(word);
      continue;
    }
    // "Wendy's said", "Sales at McDonald's rose": a brand whose name is a possessive, whatever the word alone reads as.
    if (POSSESSIVE_BRAND_WORDS.has(item.words[0]!)) (brands ??= new Set()).add(item.key);
    if (item.type === 'place') continue;
    const outlet = lowerAt(tokens, candidate.last + 2);
    if (CHAIN_OUTLETS.has(outlet) || (outlet === 'department' && lowerAt(tokens, candidate.last + 3).startsWith('store')) || premisesByPossessive(tokens, candidate.first, candidate.last, gaz)) (retailers ??= new Set()).add(item.key);
    else if (agentByPossessive(tokens, candidate.first, candidate.last, gaz)) (brands ??= new Set()).add(item.key);
  }
  if (retailers === null && brands === null) return;
  for (const item of typed) {
    if (item.words.length !== 1 || item.type === 'nationality') continue;
    if (brands?.has(item.key) === true && people?.has(item.words[0]!) !== true) setType(item, 'organization');
    else if (retailers?.has(item.key) === true && item.type !== 'place') setType(item, 'organization');
  }
}

/** The words of the brands named with a possessive, without it ("Wendy", "McDonald"). */
const POSSESSIVE_BRAND_WORDS: ReadonlySet<string> = new Set(POSSESSIVE_BRANDS.map((brand) => brand.slice(0, -2)));

const PREMISES_VERBS = localeWords((locale) => locale.context.premisesVerbs);

/**
 * Whether a possessive with no noun after it names premises one enters or stands at: "entered
 * Macy's with a rifle", "shoppers at Sainsbury's on Monday" (a place preposition or a verb of
 * entering before, a preposition, a conjunction or a mark after the "'s").
 */
function premisesByPossessive(tokens: readonly Token[], first: number, last: number, gaz: Gazetteer): boolean {
  const before = tokenAt(tokens, first - 1);
  if (!before || before.text !== before.lower || !(PREMISES_VERBS.has(before.lower) || PREMISES_PREPOSITIONS.has(before.lower))) return false;
  return possessiveEndsPhrase(tokens, last, gaz);
}

/**
 * Whether a possessive with no noun after it follows "by": "downgraded by Moody's on Friday" (a
 * firm that acted; a person's deed names its noun, "hit by Tom's car", or the text names the
 * person, "outspent by Clinton's" after "Hillary Clinton").
 */
function agentByPossessive(tokens: readonly Token[], first: number, last: number, gaz: Gazetteer): boolean {
  return textAt(tokens, first - 1) === 'by' && possessiveEndsPhrase(tokens, last, gaz);
}

/** Whether no noun follows the "'s" after the name ending at `last`: the end, a comma, a full stop, or a function word. */
function possessiveEndsPhrase(tokens: readonly Token[], last: number, gaz: Gazetteer): boolean {
  const after = tokenAt(tokens, last + 2);
  return after === undefined || after.text === ',' || after.text === '.' || (after.word && CLOSED_CLASS_POS.has(gaz.pos.get(after.lower) ?? ''));
}

/** Prepositions of being at or going into premises ("at Sainsbury's", "into Macy's"); "from X's" is as often a source's words. */
const PREMISES_PREPOSITIONS = new Set(['at', 'into', 'inside', 'outside']);

const BODY_SPEECH_VERBS = localeWords((locale) => locale.context.bodySpeechVerbs);
const NOT_NAMES = localeWords((locale) => locale.names.notNames);

/**
 * The capitalised word right after a place that, with it, names an organisation ("Georgia
 * Pacific", "Panama Ports", "Dublin Bus"): a plain word on the same line after one space, no
 * title, given name, surname, month or weekday, and no plural of a party's or a nation's people
 * ("Texas Democrats", "Ohio Republicans"). Undefined when there is none.
 */
function wordNamingWithPlace(item: Typed, tokens: readonly Token[], gaz: Gazetteer): Token | undefined {
  const candidate = item.candidate!;
  const word = tokenAt(tokens, candidate.last + 1);
  // "in the U.S. He says": a word that opens the next sentence is no part of the name.
  if (!word || !word.cap || word.upper || word.newline || word.sentStart || word.start !== item.end + 1 || !PLAIN_NAME.test(word.text)) return undefined;
  const lower = word.lower;
  if (gaz.titles.has(lower) || gaz.roles.has(lower) || gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || gaz.givenNames.has(lower) || NOT_NAMES.has(lower)) return undefined;
  // "The Wisconsin Republican says", "a Texas Latino said": a party's member or a people's, a person.
  // ("Pacific" is a people's word and a region's name: "Georgia Pacific" stays a candidate.)
  if (PARTY_ADJECTIVES.has(lower) || (gaz.demonyms.has(lower) && !isPlaceKind(gaz.phrases.get(word.key))) || CLOSED_CLASS_POS.has(gaz.pos.get(lower) ?? '')) return undefined;
  const stem = lower.endsWith('s') ? lower.slice(0, -1) : '';
  if (stem !== '' && (PARTY_ADJECTIVES.has(stem) || gaz.demonyms.has(stem) || PERSON_NOUNS.has(stem))) return undefined;
  return word;
}

/** Joins the token after a mention to it: "Georgia" + "Pacific". */
function appendToken(item: Typed, candidate: NonNullable<Typed['candidate']>, token: Token): void {
  item.end = token.end;
  item.words = [...item.words, token.text];
  item.key = `${item.key} ${token.key}`;
  candidate.end = token.end;
  candidate.words = item.words;
  candidate.last += 1;
}

/**
 * "Georgia Pacific said", "Panama Ports said", "Dublin Bus announced": a known place and one
 * more capitalised word before a verb of a body's statement is a company or body named after
 * the place, not the place and another name (no person speaks so: a given name or surname
 * there keeps its reading); the same two words elsewhere in the article are that body too.
 */
export function organisationsNamedByPlace(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  const named = new Set<string>();
  const merge = (item: Typed, word: Token): void => {
    const second = byFirstToken.get(item.candidate!.last + 1);
    if (second && second !== item) dropMention(second);
    appendToken(item, item.candidate!, word);
    setType(item, 'organization');
  };
  const places: Array<{ item: Typed; word: Token }> = [];
  let fullForms: string[] | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.caps) continue;
    // "Canadian Pacific's chief executive": a people's word before a known place's word, in a company's context.
    const nationality = item.type === 'nationality' && item.words.length === 1;
    if ((item.type !== 'place' || !isPlaceKind(kindsOf(item, gaz))) && !nationality) continue;
    const word = wordNamingWithPlace(item, tokens, gaz);
    if (!word || (nationality && !isPlaceKind(gaz.phrases.get(word.key)))) continue;
    places.push({ item, word });
    const pair = `${item.key} ${word.key}`;
    // "Royal Caribbean Cruises Ltd. … Canadian Pacific said": the short form of a company the text names in full.
    if ((fullForms ??= companyFullForms(typed)).some((key) => key.startsWith(`${pair} `))) named.add(pair);
    const previous = lowerAt(tokens, candidate.first - 1);
    // "shares of Canadian Pacific", "Canadian Pacific's chief executive", "(TSX: CP)": a context only a company has.
    if (strictCompanyCue(tokens, candidate.first, candidate.last + 1, word.text, true)) named.add(pair);
    if (nationality) continue;
    const verb = tokenAt(tokens, candidate.last + 2);
    // "said a New Hampshire Voter": after an article the words may describe one person.
    if (!verb || verb.text !== verb.lower || !BODY_SPEECH_VERBS.has(verb.lower) || LOCATIVES.has(previous) || previous === 'a' || previous === 'an' || previous === 'another') continue;
    named.add(pair);
  }
  // "Saudi Aramco said", "Syria Observatory said": a whole name that only the model reads as a place.
  for (const item of typed) if (modelPlaceThatSpeaks(item, tokens, gaz)) named.add(item.key);
  companiesOpeningSentences(typed, tokens, gaz, (fullForms ??= companyFullForms(typed)));
  if (named.size === 0) return;
  for (const { item, word } of places) if (named.has(`${item.key} ${word.key}`)) merge(item, word);
  for (const item of typed) if (item.type === 'place' && !item.firm && named.has(item.key)) setType(item, 'organization');
}

const CORPORATE_SUFFIXES = localeWords((locale) => locale.names.corporateSuffixes);

/** A share's code in capitals in brackets, then a market move: "(DGX) jumped", "(TXN) soared". */
const CODE_IN_BRACKETS = /^\p{Lu}{2,5}$/u;

/** Whether a share's code in brackets opens at token `open` and a market move follows it ("Quest Diagnostics (DGX) jumped 12%"). */
function codeInBracketsThenMove(tokens: readonly Token[], open: number): boolean {
  if (textAt(tokens, open) !== '(' || textAt(tokens, open + 2) !== ')' || !CODE_IN_BRACKETS.test(textAt(tokens, open + 1))) return false;
  const move = tokenAt(tokens, open + 3);
  return move !== undefined && move.text === move.lower && MARKET_MOVES.has(move.lower);
}

/**
 * Keys of the companies a text names by three words or more, the last a legal form or a
 * company's last word ("Royal Caribbean Cruises Ltd", "Canadian Pacific Railway Co"), whose
 * first words are their short forms (not "West Virginia Public Service Commission").
 */
function companyFullForms(typed: readonly Typed[]): string[] {
  const keys: string[] = [];
  for (const item of typed) if (item.type === 'organization' && item.words.length >= 3 && item.candidate && CORPORATE_SUFFIXES.has(item.key.slice(item.key.lastIndexOf(' ') + 1))) keys.push(item.key);
  return keys;
}

/**
 * "Royal Caribbean said", "Royal Caribbean (NYSE: RCL)": a word of a well-known company's name
 * opening a sentence, set aside there as an ordinary capitalised word, before a known place is
 * that company's first word where a company's context follows (a body's speech verb, a listing,
 * a company's possession) or the text names the company in full; the two are the company.
 */
function companiesOpeningSentences(typed: readonly Typed[], tokens: readonly Token[], gaz: Gazetteer, fullForms: readonly string[]): void {
  let byLastToken: EdgeIndex['byLastToken'] | null = null;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || candidate.caps || candidate.first === 0) continue;
    // "Network International shares jumped", "Quest Diagnostics (DGX) jumped": the company's last word alone read as the body.
    const body = item.type === 'organization' && item.words.length === 1;
    if (!body && (item.type !== 'place' || !isPlaceKind(kindsOf(item, gaz)))) continue;
    const opener = tokens[candidate.first - 1]!;
    if (!opener.sentStart || !opener.cap || opener.upper || opener.end + 1 !== item.start || !PLAIN_NAME.test(opener.text) || !isKnownCompanyWord(opener.text)) continue;
    // ("West Virginia" broken by a line: a compass point before a place is the place's.)
    if (COMPASS_POINTS.has(opener.lower) || gaz.titles.has(opener.lower) || gaz.firstNames.has(opener.lower) || gaz.givenNames.has(opener.lower) || CLOSED_CLASS_POS.has(gaz.pos.get(opener.lower) ?? '')) continue;
    byLastToken ??= mentionsByEdgeToken(typed).byLastToken;
    if (!isDropped(byLastToken.get(candidate.first - 1))) continue;
    const span = { first: candidate.first - 1, last: candidate.last };
    const verb = tokenAt(tokens, candidate.last + 1);
    const speaks = verb !== undefined && verb.text === verb.lower && BODY_SPEECH_VERBS.has(verb.lower);
    const named = fullForms.some((key) => key.startsWith(`${opener.key} ${item.key} `));
    const bodyCue = body && (companyCueAround(tokens, span, item.words[0]!, gaz, false) || codeInBracketsThenMove(tokens, candidate.last + 1));
    if (!speaks && !named && !bodyCue && !strictCompanyCue(tokens, span.first, span.last, item.words[item.words.length - 1]!, true)) continue;
    prependToken(item, candidate, opener);
    setType(item, 'organization');
    candidate.weak = false;
  }
}

/**
 * Whether a name of two or three words that only the model reads as a place ("Saudi Aramco",
 * "Syria Observatory") opens with a known place or people's word, ends in a word that is no
 * place's head, compass point or place of its own, and speaks as a body ("… said").
 */
function modelPlaceThatSpeaks(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate;
  if (!candidate || candidate.caps || item.type !== 'place' || item.firm || item.words.length < 2 || item.words.length > 3 || kindsOf(item, gaz) !== undefined) return false;
  // "Union Pacific said": an ordinary noun before a known place is the mirror case.
  const nounFirst = candidate.last === candidate.first + 1 && nounBeforePlace(tokens[candidate.first]!, tokens[candidate.last]!, gaz);
  const firstKinds = gaz.phrases.get(lookupKey(item.words[0]!));
  if (!nounFirst && !isPlaceKind(firstKinds) && firstKinds?.includes('demonym') !== true) return false;
  const last = item.words[item.words.length - 1]!;
  const lastLower = last.toLowerCase();
  if (!nounFirst && (!PLAIN_NAME.test(last) || gaz.placeHeads.has(lastLower) || COMPASS_POINTS.has(lastLower) || gaz.phrases.has(lookupKey(last)))) return false;
  const verb = tokenAt(tokens, candidate.last + 1);
  const previous = lowerAt(tokens, candidate.first - 1);
  return verb !== undefined && verb.text === verb.lower && BODY_SPEECH_VERBS.has(verb.lower) && !LOCATIVES.has(previous) && previous !== 'a' && previous !== 'an' && previous !== 'another';
}

const PARTNER_WORDS = localeWords((locale) => locale.names.partnerWords);

/** Whether a firm's name ends in "and" or "&", a partner word and only legal forms after it ("Sachs and Co Inc"). */
/** Whether a name is two plain capitalised words joined by "&", neither a given name: "Agee & Leach". */
function isAmpersandPair(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const { first, last } = item.candidate!;
  const plainName = (token: Token): boolean => PLAIN_NAME.test(token.text) && !gaz.givenNames.has(token.lower);
  return last === first + 2 && tokens[first + 1]!.text === '&' && plainName(tokens[first]!) && plainName(tokens[last]!);
}

function endsInPartners(item: Typed, tokens: readonly Token[]): boolean {
  const candidate = item.candidate!;
  for (let at = candidate.first + 1; at < candidate.last; at++) {
    if ((tokens[at]!.lower === 'and' || tokens[at]!.text === '&') && PARTNER_WORDS.has(tokens[at + 1]!.lower)) return true;
  }
  return false;
}

/**
 * "Goldman, Sachs and Co", "Peat, Marwick, Mitchell and Co", "Smith Barney, Harris Upham and
 * Co": a partnership's name lists its partners with commas before "and Co", and the run of
 * capitalised words stops at each comma, leaving "Goldman" a person. Each one-word name
 * right before a comma is taken into the firm, and a two-word one only where it opens the
 * list right before the firm's own words and is no name the knowledge base knows; a known
 * place ends the list ("in London, Sachs and Co").
 */
export function partnersListedBeforeFirms(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let byLastToken: ReadonlyMap<number, Typed> | null = null;
  for (const item of typed) {
    if (!item.candidate) continue;
    // "Sterne, Agee & Leach", "Keefe, Bruyette & Woods": two surnames joined by "&" after a comma
    // end a partnership's name as "and Co" does (people are listed with "and", firms with "&").
    // ("Anna, Tom & Lucy" are people: no partner's name is a given name.)
    const ampersand = item.type !== 'nationality' && isAmpersandPair(item, tokens, gaz) && textAt(tokens, item.candidate.first - 1) === ',';
    if (!ampersand && (item.type !== 'organization' || !endsInPartners(item, tokens))) continue;
    byLastToken ??= mentionsByEdgeToken(typed).byLastToken;
    const candidate = item.candidate;
    let first = candidate.first;
    for (;;) {
      const comma = tokenAt(tokens, first - 1);
      if (comma?.text !== ',' || tokens[first]!.newline) break;
      const before = byLastToken.get(first - 2);
      if (!before?.candidate || before === item || before.words.length > (ampersand ? 1 : 2) || knownPlace(before, gaz) || tokens[first - 2]!.newline) break;
      if (ampersand && (!PLAIN_NAME.test(before.words[0]!) || gaz.givenNames.has(before.words[0]!.toLowerCase()))) break;
      // A two-word partner stands first, right before the firm's own words ("Smith Barney, Harris
      // Upham and Co"); a firm the knowledge base knows is a list's item ("Merrill Lynch, Sachs and Co").
      const opensList = tokenAt(tokens, before.candidate.first - 1)?.text !== ',';
      if (before.words.length === 2 && (!opensList || first !== candidate.first || gaz.phrases.has(before.key) || (before.type === 'organization' && before.firm))) break;
      first = before.candidate.first;
      if (before.words.length === 2) break;
    }
    if (first === candidate.first) continue;
    const span = tokens.slice(first, candidate.last + 1);
    item.start = span[0]!.start;
    item.words = span.map((token) => token.text);
    item.key = span.map((token) => token.key).join(' ');
    candidate.start = item.start;
    candidate.words = item.words;
    candidate.first = first;
    setType(item, 'organization');
  }
}

const STAT_LINE_NOUNS = localeWords((locale) => locale.sports.statLineNouns);
/** Most points a player scores in a game; a side's score in basketball is larger ("beat Utah 110-98" is the side's). */
const PLAYER_POINTS_MAX = 70;
/** Lower-case words that may stand between a player and the count: "scored", "added", "finished with", "was high scorer with". */
const STAT_GAP_MAX = 4;

/**
 * Whether a count and a box-score noun start at `at`: "22 points", "10 rebounds" ("a season-high
 * 12 assists" is left out). With `pointsToo` false only a player's own nouns count: a one-word
 * name that scores points may be a side or an index ("Gonzaga scored 41 points", "Kospi fell 12 points").
 */
function statAt(tokens: readonly Token[], at: number, pointsToo: boolean): boolean {
  const count = textAt(tokens, at);
  const noun = textAt(tokens, at + 1);
  if (!/^\d{1,3}$/.test(count) || !STAT_LINE_NOUNS.has(noun)) return false;
  return noun !== 'points' || (pointsToo && Number(count) <= PLAYER_POINTS_MAX);
}

/** Whether the name ending at `last` is followed by up to four lower-case words and a stat: "scored 22 points", "finished with 9 assists". */
function statAfter(tokens: readonly Token[], last: number, pointsToo: boolean): boolean {
  for (let gap = 0; gap <= STAT_GAP_MAX; gap++) {
    if (statAt(tokens, last + 1 + gap, pointsToo)) return gap > 0;
    const word = tokenAt(tokens, last + 1 + gap);
    if (!word || !word.word || word.text !== word.lower) return false;
  }
  return false;
}

/** Whether a stat and "from" or "for" end right before `first`: "12 rebounds from Okafor", "18 points for Lind". */
function statBefore(tokens: readonly Token[], first: number, pointsToo: boolean): boolean {
  const preposition = textAt(tokens, first - 1);
  return (preposition === 'from' || preposition === 'for') && statAt(tokens, first - 3, pointsToo);
}

/**
 * "Dara Okafor scored 22 points", "Lind added 10 rebounds", "12 assists from Okafor": a name the
 * model alone read (as a place, a body or nothing) that puts up a box score is a player, a person
 * (a one-word name needs a player's own noun, not "points").
 * Sides are known names or plurals ("the Hawks scored 30 points"), which keep their reading, and a
 * side's own score is larger than a player's.
 */
export function playersByStatLine(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type === 'person' || (item.firm && !item.guess) || item.words.length > 3 || candidate.title !== null || kindsOf(item, gaz) !== undefined) continue;
    if (!item.words.every((word) => PLAIN_NAME.test(word)) || item.words[item.words.length - 1]!.endsWith('s')) continue;
    if (item.words.some((word) => gaz.orgHeads.has(word.toLowerCase()) || gaz.placeHeads.has(word.toLowerCase()))) continue;
    // (A name of two or three words is a player's even by points: sides and indices go by one word or known names.)
    const pointsToo = item.words.length >= 2;
    if (!statAfter(tokens, candidate.last, pointsToo) && !statBefore(tokens, candidate.first, pointsToo)) continue;
    setType(item, 'person');
  }
}

/**
 * "Hornet Dara Okafor", "Celtic Kai Lind" (with "the Hornets", "the Celtics" a side in the text):
 * the singular of a side's plural name before a person's name says which side the player is on;
 * the run is the player, narrowed to the name (two or three plain words after the side's word).
 */
export function playersAfterSideSingular(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let sides: Set<string> | undefined;
  for (const item of typed) {
    const candidate = item.candidate;
    const count = item.words.length;
    if (!candidate || count < 3 || count > 4 || candidate.last - candidate.first + 1 !== count || candidate.title !== null) continue;
    if (!item.words.every((word) => PLAIN_NAME.test(word)) || item.words[0]!.endsWith('s') || (item.type !== 'person' && item.firm && !item.guess)) continue;
    // ("Celtic Park Road" is a street: a head word after the side's makes no player.)
    if (item.words.some((word, index) => index > 0 && (gaz.orgHeads.has(word.toLowerCase()) || gaz.placeHeads.has(word.toLowerCase())))) continue;
    if (!sides) {
      sides = new Set();
      for (const side of typed) if (side.type === 'organization' && side.words.length === 1 && side.words[0]!.endsWith('s')) sides.add(side.key);
    }
    if (!sides.has(lookupKey(`${item.words[0]!}s`))) continue;
    narrowRun(item, candidate, tokens, 1, count - 1, 'person');
  }
}

/**
 * "RJ Barrett had 16 points … Barrett and Randle combined", "Heung-min Son … Son nodded home":
 * a name of two or three words that only the model reads as a place, whose last word the text
 * gives alone as a person, is that person named in full. A name the knowledge base knows,
 * one ending in a place's head ("Selhurst Park" beside a "Park" who speaks) or one after a
 * place preposition keeps its reading.
 */
export function fullNamesOfPeopleNamedAlone(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  let alone: Set<string> | undefined;
  for (const item of typed) {
    if (item.type === 'person' && item.words.length === 1 && item.candidate && !item.candidate.caps) (alone ??= new Set()).add(item.key);
  }
  if (alone === undefined) return;
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || item.type !== 'place' || item.firm || candidate.caps || item.words.length < 2 || item.words.length > 3) continue;
    const last = item.words[item.words.length - 1]!;
    if (!alone.has(lookupKey(last)) || gaz.placeHeads.has(last.toLowerCase()) || kindsOf(item, gaz) !== undefined) continue;
    if (item.words.some((word) => isPlaceKind(gaz.phrases.get(lookupKey(word))))) continue;
    const before = tokenAt(tokens, candidate.first - 1);
    if (before !== undefined && (LOCATIVES.has(before.lower) || before.lower === 'the')) continue;
    // ("the islands Petite Terre, Marie Galante, Les Saintes": a place listed with places stays one.)
    if (listedWithPlace(typed, tokens, candidate.first, candidate.last)) continue;
    setType(item, 'person');
  }
}

/** Whether a place stands next to the name from `first` to `last` in a list, after or before a comma or "and". */
function listedWithPlace(typed: readonly Typed[], tokens: readonly Token[], first: number, last: number): boolean {
  const joins = (token: Token | undefined): boolean => token !== undefined && (token.text === ',' || token.lower === 'and');
  const after = joins(tokenAt(tokens, last + 1)) ? last + 2 : -1;
  const before = joins(tokenAt(tokens, first - 1)) ? first - 2 : -1;
  if (after < 0 && before < 0) return false;
  // (A scan, not the edge index: a weak reading may share a place's first token; this runs for a few names only.)
  return typed.some((other) => other.type === 'place' && other.candidate !== null && (other.candidate.first === after || other.candidate.last === before));
}

const PERSON_DEEDS = localeWords((locale) => locale.context.personDeeds);
const PERSON_PASSIVES = localeWords((locale) => locale.context.personPassives);

/**
 * "When Yohan Holder and Mikevious Young pled guilty", "Tavon Reese was sentenced": a name of two
 * or three plain words that only the model reads as a place, as the subject of what only people
 * do or have done to them, is a person; so is the name "and" joins to it. A known name keeps its
 * reading ("Crimea was annexed" names no deed of a person's).
 */
export function peopleByDeed(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byLastToken } = mentionsByEdgeToken(typed);
  for (const item of typed) {
    const candidate = item.candidate;
    if (!candidate || !isModelPlaceName(item, gaz) || !deedAfter(tokens, candidate.last + 1)) continue;
    setType(item, 'person');
    // "Yohan Holder and Mikevious Young pled": the name before "and" does it too.
    const partner = lowerAt(tokens, candidate.first - 1) === 'and' ? byLastToken.get(candidate.first - 2) : undefined;
    if (partner !== undefined && isModelPlaceName(partner, gaz)) setType(partner, 'person');
  }
}

/** Whether a mention is a name of two or three plain words that only the model read as a place. */
function isModelPlaceName(item: Typed, gaz: Gazetteer): boolean {
  if (item.type !== 'place' || item.firm || item.words.length < 2 || item.words.length > 3 || kindsOf(item, gaz) !== undefined) return false;
  return item.words.every((word) => PLAIN_NAME.test(word) && !gaz.placeHeads.has(word.toLowerCase()) && !isPlaceKind(gaz.phrases.get(lookupKey(word))));
}

const STAT_LINE_VERBS = localeWords((locale) => locale.sports.statLineVerbs);

/**
 * Whether a deed only people do follows from `at`: "pleaded", "testified", "was"/"were" and
 * "sentenced", "arrested", or a player's stat line ("added 20", "scored 31": a place scores nothing).
 */
function deedAfter(tokens: readonly Token[], at: number): boolean {
  const verb = tokenAt(tokens, at);
  if (verb === undefined || verb.text !== verb.lower) return false;
  if (PERSON_DEEDS.has(verb.lower) || (STAT_LINE_VERBS.has(verb.lower) && /^\d{1,3}$/.test(textAt(tokens, at + 1)))) return true;
  return (verb.lower === 'was' || verb.lower === 'were') && PERSON_PASSIVES.has(lowerAt(tokens, at + 1));
}

/**
 * "counting on the Krzr, Rizr and 3G Razr": names listed after "the" whose first the model reads
 * as a thing (a product, a work) are things too, where only the model read a later one as a
 * person or a place; people are not listed after "the". Known names and names opening with a
 * known given name keep their reading.
 */
export function thingsListedAfterThe(typed: Typed[], tokens: readonly Token[], gaz: Gazetteer): void {
  const { byFirstToken } = mentionsByEdgeToken(typed);
  for (const head of typed) {
    const candidate = head.candidate;
    if (!candidate || head.type !== 'other' || head.scores === null || lowerAt(tokens, candidate.first - 1) !== 'the') continue;
    // The list's other names, up to the one after "and" or "or" that closes it (no list without one:
    // "Following the Revolutionary War, L'Enfant established …", "the Theater Royal, Drury Lane").
    const members: Typed[] = [];
    let closed = false;
    let at = candidate.last + 1;
    for (let count = 0; count < MAX_LISTED_THINGS && !closed; count++) {
      const joiner = lowerAt(tokens, at);
      if (joiner !== ',' && joiner !== 'and' && joiner !== 'or') break;
      const next = byFirstToken.get(at + 1);
      if (next === undefined || !next.candidate) break;
      members.push(next);
      closed = joiner !== ',';
      at = next.candidate.last + 1;
    }
    if (!closed) continue;
    for (const next of members) {
      // ("the Jóola Kaasa Húluf and Jóola Kaasa Ésuulaaluʔ": names sharing the first's opening word are its kin, read alike or not at all.)
      if (next.words[0] === head.words[0]) continue;
      if ((next.type === 'person' || next.type === 'place') && !next.firm && kindsOf(next, gaz) === undefined && !gaz.givenNames.has(next.words[0]!.toLowerCase())) next.type = 'other';
    }
  }
}

/** How many names after the first a list after "the" may hold. */
const MAX_LISTED_THINGS = 6;
