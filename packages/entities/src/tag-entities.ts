import { assertText, isFamilyNameFirst, nameTokens } from '@newsparse/core';
import { type Candidate, type DocumentFacts, documentFacts, findCandidates, INITIAL, isCityKind, isCommonLower, isOrgKind, PLAIN_NAME, SAINT_PREFIX } from './candidates.js';
import { candidateFeatures, LABELS, type Label, parseWeights, score, type Weights } from './features.js';
import { type Gazetteer, gazetteer, type GazetteerKind, isPlaceKind, lookupKey } from './lexicon.js';
import { O_BIAS, WEIGHTS } from './model.generated.js';
import { readsAsEnglish } from './language.js';
import { hasMatchResult, sidesInSportsReports, teamsByPlural } from './sports-sides.js';
import { type Token, tokenize } from './tokenize.js';
import { type CheckedOptions, checkOptions } from './options.js';
import { clubsByRole, marketIndices, namesOfPeople, namesOfThings, notNames, organisationContexts, organisationPartners, organisationsByNoun, organisationsByRole, peopleByApposition, placesInRegions } from './context-rules.js';
import { type Place, type Typed, typedMention } from './typed.js';
import { group } from './group.js';
import { isAcronymOf, orgShortForms } from './name-forms.js';
import { CLUB_FIRST_WORDS, NEWSPAPER_WORDS } from './data/knowledge.js';
import { COMPANY_WORDS } from './data/companies.generated.js';
import type { CompromiseMatches, CompromiseNlp, EntityType, TagEntitiesOptions, TagEntitiesResult } from './types.js';

let weights: Weights | null = null;
const model = (): Weights => (weights ??= parseWeights(WEIGHTS));

/** Head words that make a name an organisation in any style guide. */
const STRONG_ORG_HEADS = new Set(
  ('inc corp co ltd plc llc ag gmbh corporation company cos group holdings bank ministry council party university agency ' +
    'association committee commission institute organization organisation union federation foundation fund court department ' +
    'bureau board authority administration municipality army navy police congress parliament assembly senate cabinet government club ' +
    'league society academy college times post news daily journal herald tribune gazette telegraph magazine press network ' +
    'television radio broadcasting airlines airways motors industries technologies systems partners securities investments ' +
    'petroleum telecom communications pharmaceuticals laboratories studios records entertainment media shipping railways ' +
    'exchange movement front alliance coalition brigade brigades command secretariat tribunal trust consortium cooperative ' +
    'enterprise enterprises firm chamber forum caucus star sun globe mail weekly observer chronicle express mirror ' +
    'examiner inquirer bulletin courier monitor textiles minerals mining resources stores foods chemicals electronics ' +
    'instruments products brands steel bancorp bancshares savings insurance realty properties pharmaceutical semiconductor ' +
    'software computer computers utilities exploration metals packaging distributors medical healthcare manufacturing ' +
    'logistics ventures therapeutics biosciences aerospace automotive pharma biotech force forces guard guards corps').split(' '),
);
/** Head words that make a name a place. */
const STRONG_PLACE_HEADS = new Set(
  ('river lake sea ocean island islands isles mountain mountains province county district region street avenue road square ' +
    'bridge airport valley bay gulf strait peninsula desert prefecture oblast governorate canyon glacier volcano reef ' +
    'boulevard highway coast').split(' '),
);

const LABEL_TYPE: Record<Label, EntityType | null> = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'other', O: null };

function demonymCountry(gaz: Gazetteer, key: string): string | undefined {
  const direct = gaz.demonyms.get(key);
  if (direct) return direct;
  if (key.endsWith('s')) return gaz.demonyms.get(key.slice(0, -1));
  return undefined;
}

function classify(candidate: Candidate, tokens: readonly Token[], gaz: Gazetteer, facts: DocumentFacts, text: string): Typed | null {
  const words = candidate.words;
  const key = lookupKey(words.join(' '));
  const base: Place = { start: candidate.start, end: candidate.end, words, key, candidate };
  if (candidate.weak) return typedMention(base, 'other', false, null);
  const kinds: GazetteerKind[] | undefined = gaz.phrases.get(key);
  // "TROY, Mich., March 2 -", "LONDON (Reuters) -": a dateline in capitals names a place.
  const firstToken = tokens[candidate.first];
  if (firstToken && (candidate.first === 0 || firstToken.newline) && words.every((word) => /^[\p{Lu}\p{M}.'\u2019-]+$/u.test(word)) && !(kinds && (kinds.includes('org') || kinds.includes('agency')))) {
    const after = tokens[candidate.last + 1];
    if (after && (after.text === ',' || after.text === '(' || after.text === '-' || after.text === '\u2014' || after.text === '\u2013' || /^\d{4}-\d\d-\d\d$/.test(after.text))) {
      return typedMention(base, 'place', true, null, { canonical: gaz.canonical.get(key) });
    }
  }
  const country = words.length <= 2 ? demonymCountry(gaz, key) : undefined;
  if (country !== undefined && !(kinds && isPlaceKind(kinds))) {
    return typedMention(base, 'nationality', true, null, { country });
  }
  // "Prosecutors said", "Unions called a strike": a sentence-initial plural of a role or an
  // ordinary noun, which the text never capitalises inside a sentence, is no name.
  if (words.length === 1 && candidate.sentStart && !kinds && isPluralNoun(words[0]!, gaz) && !facts.capitalisedInside.has(words[0]!.toLowerCase())) return typedMention(base, 'other', false, null);
  const scores = score(model(), candidateFeatures(candidate, tokens, gaz, facts));
  scores[LABELS.length - 1]! += O_BIAS;
  let best = 0;
  for (let index = 1; index < LABELS.length; index++) if (scores[index]! > scores[best]!) best = index;
  const modelLabel = LABELS[best]!;
  if (kinds) {
    const canonical = gaz.canonical.get(key);
    const extra = { canonical };
    if (kinds.includes('agency') || kinds.includes('org') || kinds.includes('team')) return typedMention(base, 'organization', true, scores, extra);
    if (kinds.includes('country') || kinds.includes('region') || kinds.includes('capital')) return typedMention(base, 'place', true, scores, extra);
    if (kinds.includes('city')) {
      if (candidate.title || modelLabel === 'PER') return typedMention(base, 'person', false, scores);
      return typedMention(base, 'place', true, scores);
    }
    if (kinds.includes('person')) return typedMention(base, 'person', true, scores);
    if (kinds.includes('other')) return typedMention(base, 'other', true, scores);
  }
  // "the executive Commission": an organisation's head word alone is never a person, whatever stands before it.
  const loneHead = words.length === 1 && gaz.orgHeads.has(words[0]!.toLowerCase()) && !gaz.lastNames.has(words[0]!.toLowerCase()) && !gaz.firstNames.has(words[0]!.toLowerCase());
  if (candidate.title && loneHead && !candidate.sentStart) return typedMention(base, 'organization', true, scores);
  if (candidate.title) return typedMention(base, 'person', true, scores);
  // "Ottawa Citizen", "Edmonton Sun": a city's newspaper.
  if (words.length === 2 && NEWSPAPER_HEADS.has(words[1]!.toLowerCase()) && isPlaceKind(gaz.phrases.get(lookupKey(words[0]!)))) return typedMention(base, 'organization', true, scores);
  // "Commerzbank", "Rabobank", "Sberbank": a bank's name written as one word.
  if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}bank$/u.test(words[0]!)) return typedMention(base, 'organization', true, scores);
  // "Lufthansa", "Barclays", "Petrobras": a well-known company that is no place, name or common
  // word. The list holds the words of longer names too ("Hong", "Vegas"), so a word that begins a
  // known phrase is left out, and the model's reading of a person wins.
  if (words.length === 1 && modelLabel !== 'PER' && companyWords().has(words[0]!) && !gaz.prefixes.has(key)) {
    const lower = words[0]!.toLowerCase();
    const ordinary = isCommonLower(gaz, lower) || gaz.pos.has(lower) || facts.lowerWords.has(lower) || gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower);
    const personal = gaz.firstNames.has(lower) || gaz.lastNames.has(lower) || demonymCountry(gaz, key) !== undefined;
    // "Campbell's Soup": a possessed word; "German, Hebrew, and Japanese": a list of languages.
    const previousWord = tokens[candidate.first - 1];
    const possessed = previousWord?.text === "'s" || previousWord?.text === '\u2019s';
    const listed = [tokens[candidate.first - 2], tokens[candidate.last + 2], tokens[candidate.last + 3]].some((token) => token !== undefined && token.cap && demonymCountry(gaz, token.key) !== undefined);
    if (!ordinary && !personal && !possessed && !listed) return typedMention(base, 'organization', true, scores, { guess: true });
  }
  // Names whose head word says what they are: "BankAmerica Corp", "Guangdong Province", "Vietnam War".
  if (words.length >= 2) {
    if (gaz.eventHeads.has(words[words.length - 1]!.toLowerCase()) && words.length <= 4) return typedMention(base, 'other', true, scores);
    const head = words[words.length - 1]!.toLowerCase().replace(/\.$/, '');
    const lead = words[0]!.toLowerCase();
    const beforeOf = words.indexOf('of') > 0 ? words[words.indexOf('of') - 1]!.toLowerCase() : '';
    if (STRONG_ORG_HEADS.has(head) || STRONG_ORG_HEADS.has(beforeOf)) return typedMention(base, 'organization', true, scores);
    // "Irving Independent School District", "Water District": a district that an institution heads is a public body.
    if (head === 'district' && gaz.orgHeads.has(words[words.length - 2]!.toLowerCase())) return typedMention(base, 'organization', true, scores);
    if (STRONG_PLACE_HEADS.has(head) || (STRONG_PLACE_HEADS.has(beforeOf) && beforeOf === lead)) return typedMention(base, 'place', true, scores);
  }
  // "Bayern Munich", "Dynamo Kiev", "Red Star Belgrade": a club word before a city names the club.
  if (words.length >= 2 && words.length <= 3 && CLUB_FIRST.has(words[0]!.toLowerCase())) {
    const cityKinds = gaz.phrases.get(lookupKey(words[words.length - 1]!));
    if (cityKinds && (cityKinds.includes('city') || cityKinds.includes('capital'))) return typedMention(base, 'organization', true, scores);
    // "Deportivo Coruna", "Sporting Gijon": in a text about sport, a club word opens a club's name before any town, known or not.
    if (facts.sports && words.slice(1).every((word) => PLAIN_NAME.test(word) && !gaz.firstNames.has(word.toLowerCase()))) return typedMention(base, 'organization', true, scores);
  }
  // "Bayer Leverkusen": in a sports report, a company's name before a city is the club.
  if (words.length === 2 && facts.sports && isOrgKind(gaz.phrases.get(lookupKey(words[0]!))) && isCityKind(gaz.phrases.get(lookupKey(words[1]!)))) return typedMention(base, 'organization', true, scores);
  // "Lee Cheuk-yan", "Park Joo-ho": a family name written first, then a hyphenated given name.
  if (words.length === 2 && isFamilyNameFirst(words[0]!) && HYPHENATED_GIVEN_NAME.test(words[1]!)) return typedMention(base, 'person', true, scores);
  // "Helmut Kohl", "Dina Boluarte": a known first name and capitalised words after it.
  const firstWord = words.find((word) => !INITIAL.test(word)) ?? '';
  const strongHead = words.some((word) => STRONG_ORG_HEADS.has(word.toLowerCase()) || STRONG_PLACE_HEADS.has(word.toLowerCase()) || gaz.eventHeads.has(word.toLowerCase()));
  // A given name that compromise files as a place ("Florence") needs a name without any head word after it ("Florence Nightingale Hospital").
  const headed = words.some((word) => gaz.orgHeads.has(word.toLowerCase()) || gaz.placeHeads.has(word.toLowerCase()));
  const given = gaz.firstNames.has(firstWord.toLowerCase()) || (firstWord === words[0] && gaz.givenNames.has(firstWord.toLowerCase()) && !headed);
  // "Paris Saint-Germain", "Port Saint-Louis": a hyphenated saint's name after the first word names a place or a club.
  const saintly = words.length >= 2 && words.slice(1).some((word) => SAINT_PREFIX.test(word));
  if (words.length >= 2 && words.length <= 4 && given && !strongHead && !saintly) {
    const plain = words.every((word) => PLAIN_NAME.test(word) || INITIAL.test(word) || PARTICLE_WORDS.has(word));
    const known = words.some((word) => {
      const wordKinds = gaz.phrases.get(lookupKey(word));
      return wordKinds !== undefined && !wordKinds.includes('person') && !wordKinds.includes('city') && word !== words[0];
    });
    if (plain && !known) return typedMention(base, 'person', true, scores);
  }
  // Two or three plain capitalised words that are neither ordinary words nor known names of
  // places or organisations are, in news copy, nearly always a person ("Helmut Kohl").
  if (words.length >= 2 && words.length <= 3 && modelLabel !== 'ORG' && !saintly) {
    const plain = words.every((word) => INITIAL.test(word) || (PLAIN_NAME.test(word) && !isCommonLower(gaz, word.toLowerCase()) && !gaz.orgHeads.has(word.toLowerCase()) && !gaz.placeHeads.has(word.toLowerCase()))) && !INITIAL.test(words[words.length - 1]!);
    const known = words.some((word) => {
      const wordKinds = gaz.phrases.get(lookupKey(word));
      return wordKinds !== undefined && !wordKinds.includes('person');
    });
    // "Bovine Spongiform Encephalopathy (BSE)": a name that defines an acronym is no person.
    const definesAcronym = tokens[candidate.last + 1]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[candidate.last + 2]?.text ?? '');
    // "the Adler Planetarium", "the Masjid Al-Haram": news copy puts no article before a person's name.
    const previous = tokens[candidate.first - 1];
    const afterArticle = previous !== undefined && previous.lower === 'the';
    const afterLocative = previous !== undefined && LOCATIVE_WORDS.has(previous.lower);
    if (plain && !known && !kinds && !definesAcronym && !afterArticle && !(afterLocative && words.some((word) => gaz.phrases.has(lookupKey(word))))) return typedMention(base, 'person', true, scores);
  }
  // "Albright said", "Capuñay noted": an unknown capitalised word before a speech verb is a person.
  if (words.length === 1 && modelLabel !== 'ORG' && !loneHead && /^\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*$/u.test(words[0]!) && !kinds && !isCommonLower(gaz, words[0]!.toLowerCase())) {
    const next = tokens[candidate.last + 1];
    if (next && SPEECH_VERBS.has(next.lower)) return typedMention(base, 'person', true, scores, { guess: true });
  }
  // "the Bank said", "the Commission proposed": a capitalised head noun alone after "the" or
  // "this" refers back to the organisation and names it, as news corpora mark it; elsewhere
  // ("Bank shares", a sentence-initial "Council") it is no name.
  if (words.length === 1 && (gaz.orgHeads.has(words[0]!.toLowerCase()) || gaz.orgFirstHeads.has(words[0]!.toLowerCase())) && isCommonLower(gaz, words[0]!.toLowerCase())) {
    const determiner = tokens[candidate.first - 1]?.lower;
    if (!candidate.sentStart && (determiner === 'the' || determiner === 'this')) return typedMention(base, 'organization', true, scores);
    return typedMention(base, 'other', false, null);
  }
  let type = LABEL_TYPE[modelLabel];
  // "Siemens Gamesa", "Toyota Tsusho": a name that opens with a known company is no place.
  // Only where the rest is no place, place head or ordinary word: "Carnegie Hall", "Apache Junction", "Progressive Mérida" are places.
  if (type === 'place' && words.length >= 2 && isCompanyWord(words[0]!, gaz) && words.slice(1).every((word) => isUnknownNameWord(word, gaz))) return typedMention(base, 'organization', true, scores);
  // "the Halvorsen Planetarium": a name of two or more words after "the" is no person ("the
  // Clinton administration" keeps its one-word person); the model's next reading stands.
  if (type === 'person' && words.length >= 2 && tokens[candidate.first - 1]?.lower === 'the' && !gaz.firstNames.has(words[0]!.toLowerCase()) && !gaz.lastNames.has(words[words.length - 1]!.toLowerCase()) && !words.some((word) => gaz.phrases.get(lookupKey(word))?.includes('person') === true)) {
    let next = -1;
    for (let index = 0; index < LABELS.length; index++) if (LABELS[index] !== 'PER' && (next < 0 || scores[index]! > scores[next]!)) next = index;
    scores[LABELS.indexOf('PER')] = scores[next]! - 1;
    type = LABEL_TYPE[LABELS[next]!];
  }
  if (type === 'person' && saintly) {
    type = nextBestType(scores, 'PER') ?? 'place';
    // The document's vote reads the scores again: the person's must stay below, a place's above no entity.
    scores[LABELS.indexOf('PER')] = Math.min(...scores) - 1;
    if (type === 'place') scores[LABELS.indexOf('LOC')] = Math.max(...scores) + 1;
  }
  // "Bovine Spongiform Encephalopathy (BSE)": people are not defined with acronyms.
  if (type === 'person' && tokens[candidate.last + 1]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[candidate.last + 2]?.text ?? '')) {
    return typedMention(base, 'other', true, scores);
  }
  // An unknown acronym in running text ("FTU", "VCG") is most often an organisation.
  // "Bovine Spongiform Encephalopathy (BSE)": a name that defines an acronym is a name.
  if (type === null && words.length >= 2 && tokens[candidate.last + 1]?.text === '(' && isAcronymOf(tokens[candidate.last + 2]?.text ?? '', words)) {
    return typedMention(base, 'other', true, scores);
  }
  if ((type === null || type === 'person') && words.length === 1 && /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(words[0]!) && (type === 'person' || !isCommonLower(gaz, words[0]!.toLowerCase()))) {
    return typedMention(base, 'organization', true, new Float32Array(LABELS.length));
  }
  void text;
  if (type === null) return typedMention(base, 'other', false, scores); // no entity unless the rest of the text votes otherwise
  return typedMention(base, type, false, scores);
}


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
}

/** One rule over the whole document: it reads and revises the shared state. */
type DocumentStep = (state: DocumentState) => void;

/** Each candidate on its own: knowledge, head words, the model (classify). */
const readCandidates: DocumentStep = (state) => {
  const candidates = findCandidates(state.text, state.tokens, state.gaz, state.facts);
  for (const candidate of candidates) {
    const result = classify(candidate, state.tokens, state.gaz, state.facts, state.text);
    if (result) state.typed.push(result);
  }
};

/** One reading per name in a document: the model's votes for the same words are pooled. */
const poolVotes: DocumentStep = ({ typed }) => {
  const votes = new Map<string, Float32Array>();
  for (const item of typed) {
    if (item.firm || !item.scores) continue;
    const sum = votes.get(item.key) ?? new Float32Array(LABELS.length);
    const max = Math.max(...item.scores);
    const exps = Array.from(item.scores, (value) => Math.exp(Math.max(-30, value - max)));
    const total = exps.reduce((a, b) => a + b, 0);
    for (let index = 0; index < LABELS.length; index++) sum[index]! += exps[index]! / total;
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

/** People named in full lend their type to their surnames ("Wang", "Boluarte"). */
const surnamesOfPeople: DocumentStep = ({ typed, gaz }) => {
  const people = typed.filter((item) => item.type === 'person' && item.scores !== null && item.words.length >= 2 || (item.type === 'person' && item.firm && item.words.length >= 2));
  const surnames = new Map<string, string>();
  for (const person of people) {
    const parts = nameTokens(person.words.join(' '));
    if (parts.length < 2) continue;
    surnames.set(parts[parts.length - 1]!, person.key);
    if (parts.length >= 3) surnames.set(parts[parts.length - 2]!, person.key);
    if (isFamilyNameFirst(parts[0]!)) surnames.set(parts[0]!, person.key);
    surnames.set(parts.join(' '), person.key);
  }
  for (const item of typed) {
    if (item.type === 'person' || item.type === 'nationality') continue;
    const kinds = gaz.phrases.get(item.key);
    // A name typed by knowledge, a head word or a context rule ("DAB's Starry Lee") keeps its type.
    if (item.firm || (kinds && isPlaceKind(kinds))) continue;
    const key = nameTokens(item.words.join(' ')).join(' ');
    if (surnames.has(key) && item.words.length <= 2) {
      item.type = 'person';
      item.scores = new Float32Array(LABELS.length);
      item.firm = true;
    }
  }
};

/** Companies named in full lend their type to their short names ("Coleco" after "Coleco Industries Inc"). */
const companyShortNames: DocumentStep = ({ typed, gaz }) => {
  const orgShort = new Set<string>();
  for (const item of typed) {
    if (item.type === 'organization') for (const short of orgShortForms(item.words, gaz)) orgShort.add(short);
  }
  for (const item of typed) {
    if ((item.firm && !item.guess) || item.type === 'organization' || !orgShort.has(item.key)) continue;
    item.type = 'organization';
    item.firm = true;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/** Results tables ("Leeds 2 Chelsea 1"): a city followed by a score is a team. */
const teamsInResultsTables: DocumentStep = ({ typed, tokens, gaz }) => {
  const scoreLines = new Map<number, boolean>();
  const lineStarts: { value: Int32Array | null } = { value: null };
  for (const item of typed) {
    if (!item.candidate || item.type === 'nationality' || (item.type === 'person' && item.firm)) continue;
    const kinds = gaz.phrases.get(item.key);
    if (kinds && (kinds.includes('country') || kinds.includes('demonym'))) continue;
    if (!kinds && item.words.length === 1 && isCommonLower(gaz, item.words[0]!.toLowerCase())) continue;
    const next = tokens[item.candidate.last + 1];
    if (!next || !/^\d{1,3}$/.test(next.text) || !isScoreLine(tokens, item.candidate.first, scoreLines, lineStarts)) continue;
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
    const kinds = gaz.phrases.get(item.key);
    // "the Blue Jays beat Boston": in a sports report an unknown plural name that plays is a team too.
    const pluralTeam = sports && item.type !== 'organization' && item.type !== 'nationality' && !item.firm && !kinds && item.scores !== null && /\p{Ll}s$/u.test(item.words[item.words.length - 1]!) && tokens[item.candidate.first - 1]?.lower === 'the';
    if (!pluralTeam && (item.type !== 'place' || !kinds || kinds.includes('country') || kinds.includes('demonym'))) continue;
    const next = tokens[item.candidate.last + 1];
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

/** A name typed firmly somewhere (knowledge, head word, results table) keeps that type everywhere. */
const firmTypeEverywhere: DocumentStep = ({ typed }) => {
  const firmTypes = new Map<string, EntityType>();
  for (const item of typed) if (item.firm && !firmTypes.has(item.key) && item.type !== 'other') firmTypes.set(item.key, item.type);
  for (const item of typed) {
    if (item.firm || item.candidate?.weak) continue;
    const type = firmTypes.get(item.key);
    if (type === undefined) continue;
    item.type = type;
    item.scores = item.scores ?? new Float32Array(LABELS.length);
  }
};

/** Acronyms defined in parentheses join their long form: "Belt and Road Initiative (BRI)". */
const acronymsInParentheses: DocumentStep = ({ typed, tokens, acronymOf }) => {
  for (let index = 0; index + 1 < typed.length; index++) {
    const long = typed[index]!;
    if (long.scores === null && !long.firm) continue;
    const short = typed[index + 1]!;
    const open = tokens[long.candidate!.last + 1];
    if (!open || open.text !== '(' || !short.candidate || short.candidate.first !== long.candidate!.last + 2) continue;
    if (tokens[short.candidate.last + 1]?.text !== ')') continue;
    if (!isAcronymOf(short.words.join(''), long.words)) continue;
    short.type = long.type;
    short.scores = short.scores ?? new Float32Array(LABELS.length);
    short.firm = true;
    acronymOf.set(short, long);
  }
};

/**
 * A text in another language: the English rules and model would read its capitalised nouns
 * as names, so only what the knowledge base knows and people with a known given name stay.
 */
const otherLanguages: DocumentStep = ({ typed, tokens, gaz }) => {
  if (!readsAsEnglish(tokens, gaz)) {
    for (const item of typed) if (!knownInAnyLanguage(item, gaz) && !trimToGivenName(item, tokens, gaz)) dropReading(item);
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
  // Context: what is no name where it stands, market indices, organisations by the words around them.
  ({ typed, tokens, gaz }) => notNames(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => marketIndices(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationContexts(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationsByNoun(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationPartners(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => placesInRegions(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => peopleByApposition(typed, tokens, gaz),
  ({ typed, gaz }) => namesOfThings(typed, gaz),
  poolVotes,
  surnamesOfPeople,
  // A surname or given name alone is the person named in full earlier, even when it is also a city.
  ({ typed, tokens, gaz }) => namesOfPeople(typed, tokens, gaz),
  // "Leeds striker Tony Yeboah": a city's club; "Labour leader Tony Blair": a party.
  ({ typed, tokens, gaz }) => clubsByRole(typed, tokens, gaz),
  ({ typed, tokens, gaz }) => organisationsByRole(typed, tokens, gaz),
  companyShortNames,
  teamsInResultsTables,
  teamsInMatchReports,
  // Clubs by what they do in a sports report: "Juventus lost 1-0 to Napoli", "Munich remains second".
  ({ typed, tokens, gaz, sports, facts }) => sidesInSportsReports(typed, tokens, gaz, sports || (facts.sports && hasMatchResult(tokens))),
  ({ typed, tokens, gaz, sports, facts }) => teamsByPlural(typed, tokens, gaz, sports || facts.sports),
  firmTypeEverywhere,
  // Headlines and datelines in capitals: names known from the text or the knowledge base (read before acronyms retype).
  (state) => {
    state.capsMentions = tagCapsLines(state.tokens, state.typed, state.gaz);
  },
  acronymsInParentheses,
  otherLanguages,
  keepNames,
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
  const checked = checkOptions(options);
  const gaz = gazetteer();
  const tokens = tokenize(text);
  const facts = documentFacts(tokens);
  const state: DocumentState = { text, options: checked, gaz, tokens, facts, typed: [], sports: false, capsMentions: [], acronymOf: new Map(), kept: [] };
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
  return group(text, mentionsTyped, state.acronymOf, gaz);
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

/** Whether a name reads the same in any language: known to the knowledge base, or a known given name and a surname ("Peter Tschentscher"). */
function knownInAnyLanguage(item: Typed, gaz: Gazetteer): boolean {
  if (item.type === 'nationality' || gaz.phrases.has(item.key)) return true;
  const words = item.words;
  return item.type === 'person' && words.length >= 2 && words.length <= 3 && gaz.firstNames.has(words[0]!.toLowerCase()) && words.every((word) => PLAIN_NAME.test(word));
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
    if (!gaz.firstNames.has(words[0]!.toLowerCase()) || !words.every((word) => PLAIN_NAME.test(word))) continue;
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
  return gaz.roles.has(singular) || gaz.titles.has(singular) || gaz.orgHeads.has(singular) || isCommonLower(gaz, singular);
}

/** A Chinese or Korean given name of two syllables joined by a hyphen: "Cheuk-yan", "Joo-Ho". */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u;

/** Verbs that follow a speaker's name in news copy. */
const SPEECH_VERBS = new Set(
  ('said says told added noted stated argued explained insisted warned wrote asked replied recalled acknowledged ' +
    'admitted announced claimed confirmed declared denied described emphasized emphasised estimated believes ' +
    'believed thinks thought arrived met visited urged predicted cautioned suggested commented continued concluded ' +
    'proposed called hopes hoped wants wanted plans planned resigned died testified').split(' '),
);
const CLUB_FIRST: ReadonlySet<string> = new Set(CLUB_FIRST_WORDS);
const NEWSPAPER_HEADS: ReadonlySet<string> = new Set(NEWSPAPER_WORDS);
let companies: ReadonlySet<string> | null = null;
/** Well-known company and brand names, spelled as written ("Lufthansa", "YouTube"). */
const companyWords = (): ReadonlySet<string> => (companies ??= new Set(COMPANY_WORDS.split('|')));
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
const LOCATIVE_WORDS = new Set(['in', 'at', 'from', 'near', 'into', 'outside', 'inside', 'around', 'via']);
const PARTICLE_WORDS = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'dos', 'das']);


const MATCH_VERBS = new Set(['beat', 'beats', 'drew', 'draw', 'lost', 'won', 'defeated', 'defeat', 'held', 'thrashed', 'edged', 'routed', 'overcame', 'trounced', 'crushed', 'hammered', 'downed', 'against', 'versus', 'v', 'vs']);

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

/** Whether the text reads like a sports report: three or more match scores ("2-1", "6-3"). */
function isSportsReport(tokens: readonly Token[]): boolean {
  let scores = 0;
  for (const token of tokens) if (/^\d{1,2}-\d{1,2}$/.test(token.text) && ++scores >= 3) return true;
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

/** Tags the all-caps lines: text-known names first, then the knowledge base (longest match). */
function tagCapsLines(tokens: readonly Token[], typed: readonly Typed[], gaz: Gazetteer): Typed[] {
  const out: Typed[] = [];
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
    const words = tokens.slice(index, index + matched).map((item) => item.text);
    out.push(typedMention({ start: token.start, end: last.end, words, key: lookupKey(words.join(' ')), candidate: null }, type!, true, null, { canonical, country }));
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
        out.push(typedMention({ start: from, end: from + entry.length, words, key: lookupKey(entry), candidate: null }, type, true, null, { canonical: entry }));
      }
      from = text.indexOf(entry, from + Math.max(1, entry.length));
    }
  }
  return out;
}
