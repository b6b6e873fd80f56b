import { givenNames, MONTH_NAMES, SURNAME_PARTICLES, unpackNames, WEEKDAY_NAMES } from '@newsparse/core';
import { INITIAL, isCommonLower, PLAIN_NAME, ROMANCE_ADJECTIVE } from './candidates.js';
import { OTHER_LANGUAGE_COUNTRIES } from './data/country-names.generated.js';
import { LABELS } from './features.js';
import { type Gazetteer, isHyphenatedName, isKnownGivenName, isOnlyPlace, isPlaceKind, lookupKey } from './lexicon.js';
import { otherLanguageWords } from './locales/other-languages.js';
import { elidedParticleName, type Token } from './tokenize.js';
import { kindsOf, type Typed } from './typed.js';

const TITLES: ReadonlySet<string> = new Set(otherLanguageWords.titles);
const SPEECH_VERBS: ReadonlySet<string> = new Set(otherLanguageWords.speechVerbs);
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(otherLanguageWords.organisationHeads);
const LEGAL_FORMS: ReadonlySet<string> = new Set(otherLanguageWords.legalForms);
const DETERMINERS: ReadonlySet<string> = new Set(otherLanguageWords.determiners);
/** Definite articles, which make what follows one thing named: "der ADAC Sachsen". */
const ARTICLES: ReadonlySet<string> = new Set(otherLanguageWords.determiners.slice(0, 6));
const SENTENCE_ARTICLES: ReadonlySet<string> = new Set(otherLanguageWords.sentenceArticles);
const APPOSITION_TITLES: ReadonlySet<string> = new Set(otherLanguageWords.appositionTitles);
const COMPANY_HEAD_OFFICES: ReadonlySet<string> = new Set(otherLanguageWords.companyHeadOffices);
/** "de", "di", "do": the word that joins a company's head's office to the company. */
const COMPANY_OF_WORDS: ReadonlySet<string> = new Set(['de', 'di', 'do']);
const OF_WORDS: ReadonlySet<string> = new Set(otherLanguageWords.ofWords);
const ROMANCE_ORGANISATION_HEADS: ReadonlySet<string> = new Set(otherLanguageWords.romanceOrganisationHeads);
/** How far back from the comma a role phrase may start ("el presidente del Consejo de Ministros de la República,"). */
const ROLE_PHRASE_WORDS = 8;
/** A German adjective's or pronoun's ending ("Deutsche", "Technische", "Unsere"): such a word before a head makes a description ("Technische Universität"), not a name. */
const INFLECTED = /(?:e|en|er|es|em)$/u;
/** An acronym in capitals: "CDU", "ADAC", "SPD". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Titles long enough to end a compound title ("Regierungssprecher", "Max-Planck-Professor"). */
const COMPOUND_TITLE_ENDS: readonly string[] = otherLanguageWords.titles.filter((title) => title.length >= 6);

/** A title, or a compound that ends in one ("Regierungssprecher"). */
function isTitle(lower: string): boolean {
  // Romance offices capitalised before a name ("Ministro Rómulo Mucha será citado").
  if (TITLES.has(lower) || APPOSITION_TITLES.has(lower)) return true;
  for (const end of COMPOUND_TITLE_ENDS) if (lower.length > end.length && lower.endsWith(end)) return true;
  return false;
}

/** A plain capitalised word that is no title, no English head word and no ordinary English word ("Home", "Club", "Officer"). */
const isNameWord = (word: string, gaz: Gazetteer): boolean => {
  const lower = word.toLowerCase();
  return PLAIN_NAME.test(word) && !isTitle(lower) && !gaz.orgHeads.has(lower) && !gaz.placeHeads.has(lower) && !isCommonLower(gaz, lower) && !gaz.titles.has(lower);
};

const PARTICLES: ReadonlySet<string> = new Set(SURNAME_PARTICLES);
/** French articles that open a surname, capitalised ("Le Pen", "La Fontaine"). */
const SURNAME_ARTICLES: ReadonlySet<string> = new Set(['Le', 'La']);
/** German articles, which are a surname's particle only after another ("von der Leyen"), not after a name ("Cyril Ramaphosa das Kabinett"). */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** A given name of any language the knowledge base holds ("Carles", "Raffaele", "Íñigo"); Europe's are read only here, for copy that is not English. */
function isAnyGivenName(lower: string, gaz: Gazetteer): boolean {
  if (gaz.givenNames.has(lower)) return true;
  if (lower.indexOf('-') > 0) return isHyphenatedName(lower, (part) => isAnyGivenName(part, gaz));
  // ("Yves", "Jean-Yves": a name the knowledge base holds only as a person's is a given name still.)
  return givenNames('european').has(lower) && (gaz.phrases.get(lower)?.every((kind) => kind === 'person') ?? true);
}

let countries: ReadonlySet<string> | undefined;

/**
 * "Alemania", "la Russie", "Estados Unidos": a country named in German, French, Spanish or
 * Italian (i18n-iso-countries' names the gazetteer lacks), after an article opening a sentence too.
 * Gives the mention the place's reading and says whether it did.
 */
function readAsCountry(item: Typed, tokens: readonly Token[]): boolean {
  if (isOtherLanguageCountry(item.key)) return readAs(item, tokens, 0, 'place');
  const words = item.words;
  return words.length >= 2 && SENTENCE_ARTICLES.has(words[0]!.toLowerCase()) && isOtherLanguageCountry(lookupKey(words.slice(1).join(' '))) && readAs(item, tokens, 1, 'place');
}

/** Whether a lookup key is a country's name in German, French, Spanish or Italian ("frankreich"). */
function isOtherLanguageCountry(key: string): boolean {
  countries ??= new Set(unpackNames(OTHER_LANGUAGE_COUNTRIES));
  return countries.has(key);
}

/** A word that may follow a given name in a person's name: a name word, another given name, or a surname's particle ("Íñigo Méndez de Vigo"). */
function isSurnameWord(word: string, gaz: Gazetteer): boolean {
  const lower = word.toLowerCase();
  if (word === lower) return PARTICLES.has(lower);
  return PLAIN_NAME.test(word) && !isTitle(lower) && !ORGANISATION_HEADS.has(lower) && !ROMANCE_ORGANISATION_HEADS.has(lower) && !LEGAL_FORMS.has(lower) && !gaz.orgHeads.has(lower) && !gaz.placeHeads.has(lower) && !gaz.titles.has(lower)
    && (!isCommonLower(gaz, lower) || isAnyGivenName(lower, gaz));
}

/**
 * "Carles Puigdemont llegó …", "ministro Raffaele Fitto", "Íñigo Méndez de Vigo": in copy that
 * is not English, a given name of any language the knowledge base holds, then one to three
 * surname words (particles inside), is a person. A given name the text also writes in lower
 * case is a word of its language there ("Speranza"/"speranza"), as may be one opening a sentence
 * that only Europe's list knows ("Secondo Fitto", according to Fitto), and a name ending in a
 * country or a region is no one's.
 */
function isPersonByGivenName(item: Typed, tokens: readonly Token[], gaz: Gazetteer, lowerWords: ReadonlySet<string>): boolean {
  const candidate = item.candidate!;
  const words = item.words;
  if (candidate.last - candidate.first + 1 !== words.length || words.length < 2 || words.length > 6) return false;
  const last = words[words.length - 1]!;
  if (last === last.toLowerCase() || isPlaceKind(gaz.phrases.get(lookupKey(last))) && gaz.phrases.get(lookupKey(last))!.some((kind) => kind === 'country' || kind === 'region')) return false;
  for (let from = 0; from <= 1 && from <= words.length - 2; from++) {
    const given = words[from]!;
    const lower = given.toLowerCase();
    // "Secondo Fitto la questione …": opening a sentence, a word only Europe's list knows may be the language's own word.
    // ("Jean-Luc" opening a sentence is no word of the language.)
    if (!PLAIN_NAME.test(given) || lowerWords.has(lower) || !(tokens[candidate.first + from]!.sentStart && !lower.includes('-') ? gaz.givenNames.has(lower) : isAnyGivenName(lower, gaz))) continue;
    let rest = words.slice(from + 1);
    // "Präsident Cyril Ramaphosa das Kabinett um": a German article after a name, not after another particle ("von der Leyen"), ends it.
    const article = rest.findIndex((word, index) => GERMAN_ARTICLES.has(word) && !PARTICLES.has(rest[index - 1] ?? ''));
    if (article === 0) return false;
    if (article > 0) rest = rest.slice(0, article);
    // ("Luiz Inácio Lula da Silva": particles do not count.)
    // ("Le Pen": after a capitalised article any word the text never writes in lower case is the surname.)
    if (rest.filter((word) => !PARTICLES.has(word)).length > 3 || !rest.every((word, index) => isSurnameWord(word, gaz) || (SURNAME_ARTICLES.has(word) ? index < rest.length - 1 : SURNAME_ARTICLES.has(rest[index - 1] ?? '') && PLAIN_NAME.test(word) && !lowerWords.has(word.toLowerCase()))) || rest[rest.length - 1] === rest[rest.length - 1]!.toLowerCase()) return false;
    // "Ministro Rómulo Mucha": what stands before the given name is a title.
    if (from === 1 && !isTitle(words[0]!.toLowerCase())) return false;
    if (!readAs(item, tokens, from, 'person')) return false;
    if (article > 0) {
      item.words = item.words.slice(0, rest.length + 1);
      item.end = tokens[candidate.first + from + rest.length]!.end;
      item.key = lookupKey(item.words.join(' '));
    }
    return true;
  }
  return false;
}

/**
 * "(Trainer Borussia Dortmund)", "Trainer Bayer Leverkusen": after a title, a word that is no
 * given name and a known town are the body (a club) named by its town, whose title the
 * person holds, no person.
 */
function isBodyNamedByTown(words: readonly string[], gaz: Gazetteer): boolean {
  if (words.length !== 2 || !PLAIN_NAME.test(words[0]!)) return false;
  const first = words[0]!.toLowerCase();
  const kinds = gaz.phrases.get(lookupKey(words[1]!));
  return kinds !== undefined && kinds.includes('city') && !isAnyGivenName(first, gaz) && !gaz.firstNames.has(first) && !isTitle(first);
}

/** Name words of a person, surname particles inside ("Íñigo Méndez de Vigo", "Ursula von der Leyen"). */
function arePersonWords(words: readonly string[], gaz: Gazetteer): boolean {
  return isNameWord(words[0]!, gaz) && isNameWord(words[words.length - 1]!, gaz) && words.every((word) => isNameWord(word, gaz) || PARTICLES.has(word));
}

/** Gives a mention a firm reading, narrowed to its words from `from` on. */
function readAs(item: Typed, tokens: readonly Token[], from: number, type: Typed['type']): boolean {
  const candidate = item.candidate;
  if (from > 0) {
    // Only a mention that still spans its candidate's tokens word for word can be narrowed.
    const first = candidate ? tokens[candidate.first + from] : undefined;
    if (!candidate || candidate.last - candidate.first + 1 !== item.words.length || !first || first.text !== item.words[from]) return false;
    item.start = first.start;
    item.words = item.words.slice(from);
    item.key = lookupKey(item.words.join(' '));
  }
  item.type = type;
  item.firm = true;
  item.scores = item.scores ?? new Float32Array(LABELS.length);
  return true;
}

/**
 * "consejero delegado de Merlin", "directeur général de Valeo", "PDG de Kering": one to three
 * name words after the office of a company's head and "de" name the company, not a person (a
 * given name it shares) nor a place the knowledge base does not know as one. Gives the mention
 * that reading and says whether it did.
 */
export function readAsCompanyOfHead(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate;
  if (!candidate || candidate.first < 2 || item.words.length > 3 || candidate.last - candidate.first + 1 !== item.words.length) return false;
  if (!COMPANY_OF_WORDS.has(tokens[candidate.first - 1]!.lower)) return false;
  const office = tokens[candidate.first - 2]!;
  const pair = candidate.first >= 3 ? `${tokens[candidate.first - 3]!.lower} ${office.lower}` : '';
  if (!COMPANY_HEAD_OFFICES.has(office.lower) && !COMPANY_HEAD_OFFICES.has(pair)) return false;
  if (isPlaceKind(kindsOf(item, gaz)) || !item.words.every((word) => PLAIN_NAME.test(word) || ACRONYM.test(word))) return false;
  return readAs(item, tokens, 0, 'organization');
}

/**
 * "el ministro de Energía y Minas, Rómulo Mucho, sobre …": two to four name words set off by
 * commas right after a role phrase, a lower-case office and the body it serves, name the
 * office's holder, as "The minister, Jo Park, said" does in English.
 */
function isPersonAfterRole(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  const words = item.words;
  if (candidate.last - candidate.first + 1 !== words.length || words.length < 2 || words.length > 4 || !arePersonWords(words, gaz)) return false;
  const comma = tokens[candidate.first - 1];
  const after = tokens[candidate.last + 1];
  // ("Bärbel Bas aus Duisburg,": where the holder comes from may follow the name.)
  if (comma?.text !== ',' || (after !== undefined && after.text !== ',' && after.text !== '.' && after.text !== ';' && after.text !== 'aus')) return false;
  // Back from the comma over the role phrase: capitalised words of the body and lower-case
  // words joining them, until the office itself.
  // "El ministro de Justicia, Seguridad, y Derechos Humanos, Aníbal Fernández": commas of a
  // series inside the body's name are passed over (and not counted), each before a capitalised
  // word or a joining "y".
  let roleWords = 0;
  for (let index = candidate.first - 2; index >= 0 && roleWords < ROLE_PHRASE_WORDS; index--) {
    const token = tokens[index]!;
    const next = tokens[index + 1]!;
    if (token.text === ',' && index < candidate.first - 2 && (next.cap || OF_WORDS.has(next.text))) continue;
    roleWords++;
    if (!token.word) return false;
    if (token.text === token.lower && APPOSITION_TITLES.has(token.lower)) return true;
    // "Die Sprecherin des Bundestages, Bärbel Bas,": German capitalises the office, a title.
    if (token.cap && isTitle(token.lower)) return true;
    if (token.sentStart || (token.text === token.lower && !OF_WORDS.has(token.lower))) return false;
  }
  return false;
}

/** Romance articles that open a sentence before a body's name ("Le Sénat a voté …", "El Comité Olímpico …", "La Corte …"). */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo']);

/**
 * "citado por el Congreso", "según la Fiscalía": a body's head alone, capitalised after a
 * lower-case article or "de"/"del", is the body the text means (the country's own).
 */
function isBodyAfterArticle(item: Typed, tokens: readonly Token[]): boolean {
  const candidate = item.candidate!;
  if (item.words.length !== 1 || candidate.first !== candidate.last || !ROMANCE_ORGANISATION_HEADS.has(item.words[0]!.toLowerCase())) return false;
  const before = tokens[candidate.first - 1];
  // ("Il Senato ha approvato …": or after an article opening the sentence, which the candidates left apart.)
  return before !== undefined && (before.text === before.lower ? OF_WORDS.has(before.lower) : before.sentStart && ROMANCE_ARTICLES.has(before.lower));
}

/** Infinitives of French, Spanish and Italian ("prendre", "lancer", "votar"): "demande au Gouvernement de prendre …" asks the body to act, no word of its name. */
const INFINITIVE = /(?:er|ir|re|ar)$/u;
/** Common nouns of a place: "el Ayuntamiento de la ciudad" is the town's council, whose name is "Ayuntamiento". */
const GENERIC_PLACE_NOUNS: ReadonlySet<string> = new Set(['ciudad', 'ville', 'città', 'cidade', 'país', 'pays', 'paese', 'región', 'région', 'regione', 'provincia', 'province',
  'localidad', 'localité', 'municipio', 'commune', 'comune', 'estado', 'état', 'stato', 'villa', 'pueblo', 'village', 'capital', 'capitale']);
let calendarWords: ReadonlySet<string> | undefined;

/** A month's or a weekday's name in Spanish, French, Italian or Portuguese: "la Comisión del lunes" met on Monday, no "Comisión del lunes". */
function isRomanceCalendarWord(lower: string): boolean {
  calendarWords ??= new Set((['es', 'fr', 'it', 'pt'] as const).flatMap((language) => [...MONTH_NAMES[language].names, ...WEEKDAY_NAMES[language].names]));
  return calendarWords.has(lower);
}

/** A lower-case word with an elided "of" ("d’appel", "dell’economia"). */
const LOWER_ELIDED = /^\p{Ll}{1,4}['\u2019]\p{Ll}/u;

/** Prepositions of "of" that join a lower-case noun to a body's head ("Cour des comptes", "Camera dei deputati"); no "y", "e", "et" ("del Senado e de aliados"). */
const OF_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'des', 'du', 'del', 'di', 'dei', 'della', 'dello', 'delle', 'degli', 'da', 'do', 'dos', 'das']);
/** Articles after "de" ("Commission de la concurrence"). */
const ARTICLES_AFTER_OF: ReadonlySet<string> = new Set(['la', 'las', 'los', 'le', 'les', 'el']);

/**
 * Where the name of a body whose candidate ends at `last` (its head alone, or head and adjective) ends: "la Cour des
 * comptes", "la Chambre des députés", "la Cour d’appel", "le Conseil fédéral" go on over "of"
 * and a lower-case noun, an elided "of" or an adjective of the body's kind; -1 where the name
 * goes on into capitals after that ("du Conseil de la Nation", "la Cour d’appel de Paris", which
 * the candidates left apart): a part of it is no answer.
 */
function bodyNameEnd(tokens: readonly Token[], last: number): number {
  let end = last;
  // ("Consiglio superiore della magistratura": an adjective, then "of" and a noun.)
  for (let step = 0; step < 2; step++) {
    const next = nameWordsAfter(tokens, end);
    if (next <= end) return next < 0 ? -1 : end;
    end = next;
  }
  return end;
}

/** One step of {@link bodyNameEnd}: the last token of "of" and a lower-case noun, an elided "of" or an adjective after `end`; `end` if none; -1 where capitals follow "of". */
function nameWordsAfter(tokens: readonly Token[], end: number): number {
  let at = end + 1;
  while (at <= end + 2 && tokens[at] !== undefined && OF_WORDS.has(tokens[at]!.text)) at++;
  const word = tokens[at];
  if (word === undefined || !word.word) return end;
  if (word.cap) return at > end + 1 ? -1 : end;
  const ofPhrase = at > end + 1 && OF_PREPOSITIONS.has(tokens[end + 1]!.text) && (at === end + 2 || ARTICLES_AFTER_OF.has(tokens[end + 2]!.text));
  // ("au Comité de voter": after "of" only a noun is the name's.)
  const noun = ofPhrase && word.text.length >= 4 && !INFINITIVE.test(word.text) && !GENERIC_PLACE_NOUNS.has(word.text) && !isRomanceCalendarWord(word.text);
  // ("demande à la Cour d’annuler": an elided "of" before an infinitive asks the body to act.)
  const next = at === end + 1 && (LOWER_ELIDED.test(word.text) && !INFINITIVE.test(word.text) || (word.text.length >= 5 && ROMANCE_ADJECTIVE.test(word.text)));
  return noun || next ? at : end;
}

/**
 * Reads a mention (from word `from` on) as a body, over the lower-case words of its name after
 * it ("Cour des comptes", "Consiglio superiore della magistratura", see {@link bodyNameEnd});
 * a head alone (`bare`) is no answer where the name goes on into capitals. Says whether it read it.
 */
function readBody(item: Typed, tokens: readonly Token[], from: number, bare: boolean): boolean {
  const end = bodyNameEnd(tokens, item.candidate!.last);
  if ((bare && end < 0) || !readAs(item, tokens, from, 'organization')) return false;
  // (Only a mention that still ends where its candidate does goes on.)
  if (end > item.candidate!.last && item.end === tokens[item.candidate!.last]!.end) {
    item.end = tokens[end]!.end;
    for (let at = item.candidate!.last + 1; at <= end; at++) item.words = [...item.words, tokens[at]!.text];
    item.key = lookupKey(item.words.join(' '));
  }
  return true;
}

/**
 * "para reunirse con Mirtha Vásquez, titular de esta institución": two to four name words,
 * then a comma and a lower-case office, are the office's holder.
 */
function isPersonBeforeRole(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const candidate = item.candidate!;
  const words = item.words;
  if (candidate.last - candidate.first + 1 !== words.length || words.length < 2 || words.length > 4 || !arePersonWords(words, gaz)) return false;
  const office = tokens[candidate.last + 2];
  return tokens[candidate.last + 1]?.text === ',' && office !== undefined && office.text === office.lower && APPOSITION_TITLES.has(office.lower);
}

/**
 * "Consejo de Ministros", "Ministère de la Santé": a body's head, "de", and what it is of;
 * "Conseil constitutionnel", "Consejo Nacional Electoral", "Corte Suprema di Cassazione": a
 * body's head and adjectives of its kind (in lower case the candidates join only an
 * adjective's form), "de …" after them too; "Banca d’Italia", "Cour d’Appel de Bamako": an
 * elided "of" and a name, "de …" after it too.
 */
function isRomanceBody(words: readonly string[]): boolean {
  if (words.length < 2 || !ROMANCE_ORGANISATION_HEADS.has(words[0]!.toLowerCase())) return false;
  let at = 1;
  while (at < words.length && isBodyAdjective(words[at]!)) at++;
  if (at < words.length && elidedParticleName(words[at]!)) at++;
  if (at === words.length) return true;
  return at < words.length - 1 && OF_WORDS.has(words[at]!) && PLAIN_NAME.test(words[words.length - 1]!);
}

/** A word of a body's kind after its head: in lower case any the candidates joined ("constitutionnel"), capitalised an adjective's form ("Nacional", "Suprema"). */
function isBodyAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return !OF_WORDS.has(word) && (word === lower || ROMANCE_ADJECTIVE.test(lower));
}

/**
 * "Le Sénat a voté …", "El Comité Olímpico Internacional anunció …", "La Cour d’Appel de
 * Bamako a …": a sentence's first word, an article, before a body's head alone or a body's
 * name is no word of the name (mid-sentence the candidates leave the lower-case article out).
 */
function isBodyAfterSentenceArticle(item: Typed, tokens: readonly Token[]): boolean {
  const words = item.words;
  const candidate = item.candidate!;
  if (words.length < 2 || !tokens[candidate.first]!.sentStart || !ROMANCE_ARTICLES.has(words[0]!.toLowerCase())) return false;
  return words.length === 2 ? ROMANCE_ORGANISATION_HEADS.has(words[1]!.toLowerCase()) : isRomanceBody(words.slice(1));
}

const ADMINISTRATIVE_NOUNS: ReadonlySet<string> = new Set(otherLanguageWords.administrativeNouns);
/** Lower-case words inside a German place's name ("Frankfurt am Main", "Weil der Stadt", "Neumarkt in der Oberpfalz"). */
const PLACE_NAME_PARTICLES: ReadonlySet<string> = new Set(['am', 'an', 'der', 'im', 'in', 'ob', 'bei', 'vor', 'auf']);

/**
 * "der Stadt Halle", "die Gemeinde Bad Soden", "im Landkreis Harz", "Die Stadt Worms …": a
 * German administrative unit's noun (an article opening the sentence before it) makes the one
 * to four name words after it a place; the noun is no word of the name. Not a body's name
 * ("Stadt Bonn Stiftung", "Gemeinde Lindau-Verband"), an office ("Landkreis Harz Landrat …") or
 * a common noun ("Stadt Verwaltung"). Narrows the mention to the place and says whether it did.
 */
function isPlaceAfterAdministrativeNoun(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const words = item.words;
  const from = words.length >= 3 && DETERMINERS.has(words[0]!.toLowerCase()) && tokens[item.candidate!.first]!.sentStart ? 1 : 0;
  if (!ADMINISTRATIVE_NOUNS.has(words[from]!.toLowerCase())) return false;
  const rest = words.slice(from + 1);
  if (rest.length === 0 || rest.length > 4 || !PLAIN_NAME.test(rest[rest.length - 1]!) || !PLAIN_NAME.test(rest[0]!)) return false;
  if (!rest.every((word) => PLACE_NAME_PARTICLES.has(word) || PLAIN_NAME.test(word) && !isBodyWordOrTitle(word, gaz))) return false;
  return readAs(item, tokens, from + 1, 'place');
}

/** A word that makes a name a body's or an office's, or a German common noun: "Stiftung", "GmbH", "Lindau-Verband", "Landrat", "Verwaltung". */
function isBodyWordOrTitle(word: string, gaz: Gazetteer): boolean {
  const lower = word.toLowerCase();
  return isBodyHead(word, gaz) || ROMANCE_ORGANISATION_HEADS.has(lower) || endsInBodyHead(word) || isTitle(lower) || gaz.titles.has(lower) || isNounByForm(word) || PLURAL_NOUN_ENDING.test(word);
}

/** German plural nouns' endings: "der Stadt Zwangsräumungen aussetzen" is the town's evictions, no town. */
const PLURAL_NOUN_ENDING = /(?:ungen|heiten|keiten|schaften|ionen|nisse|nissen|täten)$/u;

/**
 * "Der Bürgermeister von Wien", "Der Präsident von Frankreich": a title, "of", and a known
 * place's name; the place is the name there (the office has no holder's name). Narrows the
 * mention to the place and says whether it did.
 */
function isPlaceAfterTitle(item: Typed, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const words = item.words;
  for (let index = 1; index < words.length - 1; index++) {
    const lower = words[index]!.toLowerCase();
    if (lower !== 'von' && !OF_WORDS.has(lower)) continue;
    // (Not after a name: "Bischof Martin von Tours" is the saint's.)
    const before = words.slice(0, index).map((word) => word.toLowerCase());
    if (!before.some(isTitle) || !before.every((word) => isTitle(word) || DETERMINERS.has(word))) return false;
    const key = lookupKey(words.slice(index + 1).join(' '));
    const kinds = gaz.phrases.get(key);
    const place = kinds === undefined ? isOtherLanguageCountry(key) : isOnlyPlace(kinds);
    return place && readAs(item, tokens, index + 1, 'place');
  }
  return false;
}

/** Landforms and waters that open a place's name in Spanish, French, Italian and Portuguese ("Sierra Nevada", "Río Magdalena", "Lac Léman", "Monte Bianco"); not "Rio" or "Serra", also names (Rio Wolfhart). */
const ROMANCE_PLACE_HEADS: ReadonlySet<string> = new Set(['sierra', 'cerro', 'río', 'lago', 'laguna', 'isla', 'islas', 'monte', 'valle', 'golfo', 'bahía', 'volcán',
  'cordillera', 'lac', 'mont', 'île', 'îles', 'rivière', 'fleuve', 'baie', 'golfe', 'isola', 'isole', 'fiume', 'ilha', 'ilhas']);

/**
 * "la Sierra Nevada de Santa Marta", "el Río Magdalena", "le Lac Léman": in Romance copy a
 * landform's or water's head before a name is a place, though the head is a given name too
 * ("Sierra"). Gives the mention that reading and says whether it did.
 *
 * @example
 * readAsRomancePlace(mention of 'Río Magdalena', tokens) //=> true, now the place
 */
export function readAsRomancePlace(item: Typed, tokens: readonly Token[]): boolean {
  const words = item.words;
  if (words.length < 2 || !ROMANCE_PLACE_HEADS.has(words[0]!.toLowerCase()) || !PLAIN_NAME.test(words[words.length - 1]!)) return false;
  return words.slice(1).every((word) => PLAIN_NAME.test(word) || OF_WORDS.has(word)) && readAs(item, tokens, 0, 'place');
}

/**
 * Whether a word alone is a German article, possessive or pronoun ("Seine Frau …", "Man kann
 * …"), though a knowledge base knows it as a name (the Seine, the Isle of Man).
 *
 * @example
 * isGermanFunctionWord('Seine') //=> true
 */
export function isGermanFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return DETERMINERS.has(lower) || lower === 'man';
}

/** Heads that name one body alone in German copy ("der Bundestag", "der Senat"); the others alone are common nouns ("im Amt", "die Bank"). */
const WHOLE_NAME_HEADS: ReadonlySet<string> = new Set(['bundestag', 'landtag', 'senat']);

/**
 * Whether a word alone is an organisation's head used as a common noun ("im Amt", "die
 * Gruppe"), though a knowledge base holds it as a name (AMT, a firm).
 *
 * @example
 * isBareBodyHead('Amt') //=> true
 */
export function isBareBodyHead(word: string): boolean {
  const lower = word.toLowerCase();
  return ORGANISATION_HEADS.has(lower) && !WHOLE_NAME_HEADS.has(lower);
}

/**
 * Whether a word is a compound hyphened to an organisation's head ("Koch-Institut",
 * "CDU-Fraktion"): no surname, though a given name comes before it.
 *
 * @example
 * endsInBodyHead('Koch-Institut') //=> true
 */
export function endsInBodyHead(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && ORGANISATION_HEADS.has(word.slice(hyphen + 1).toLowerCase());
}

/**
 * Whether the words before an organisation's head hyphened to the last word (`prefix`, "CDU" of
 * "CDU-Fraktion") name a body: an acronym or a known name alone, or name words of a person, in
 * one compound ("Max-Planck-Institut") or before it ("Robert Koch-Institut").
 */
function namesBody(words: readonly string[], prefix: string, gaz: Gazetteer): boolean {
  if (words.length === 1 && (ACRONYM.test(prefix) || gaz.phrases.has(lookupKey(prefix)))) return true;
  const parts = [...words.slice(0, -1), ...prefix.split('-')];
  return parts.length >= 2 && parts.length <= 4 && isAnyGivenName(parts[0]!.toLowerCase(), gaz) && parts.every((part) => PLAIN_NAME.test(part));
}

/**
 * Reads a mention of a text in another language (German) by the words that say what it is,
 * as the English rules cannot: a person after a title ("Oberbürgermeister Burkhard Jung") or
 * after an inverted speech verb ("…“, sagte Burkhard Jung"), an organisation by its head
 * ("CDU-Fraktion", "Robert Bosch GmbH") or an acronym's branch ("ADAC Sachsen"). Says whether
 * it gave a reading.
 *
 * @example
 * readInOtherLanguage(mention of 'Oberbürgermeister Burkhard Jung', tokens, gaz) //=> true, now the person 'Burkhard Jung'
 */
export function readInOtherLanguage(item: Typed, tokens: readonly Token[], gaz: Gazetteer, lowerWords: ReadonlySet<string>): boolean {
  const words = item.words;
  const candidate = item.candidate;
  if (!candidate || words.length === 0) return false;
  if (readAsCountry(item, tokens)) return true;
  if (isPersonAfterRole(item, tokens, gaz) || isPersonBeforeRole(item, tokens, gaz)) return readAs(item, tokens, 0, 'person');
  if (isRomanceBody(words)) return readBody(item, tokens, 0, false);
  if (isBodyAfterArticle(item, tokens)) return readBody(item, tokens, 0, true);
  if (isBodyAfterSentenceArticle(item, tokens)) return readBody(item, tokens, 1, words.length === 2);
  // "CDU-Fraktion", "Robert Koch-Institut"; "Das Max-Planck-Institut", "Laut Max-Planck-Institut":
  // a sentence's first word before the compound is no word of the body's name.
  const last = words[words.length - 1]!;
  if (endsInBodyHead(last)) {
    const prefix = last.slice(0, last.lastIndexOf('-'));
    if (namesBody(words, prefix, gaz)) return readAs(item, tokens, 0, 'organization');
    if (words.length >= 2 && namesBody([last], prefix, gaz)) return readAs(item, tokens, words.length - 1, 'organization');
  }
  if (isPlaceAfterTitle(item, tokens, gaz) || isPlaceAfterAdministrativeNoun(item, tokens, gaz)) return true;
  if (DETERMINERS.has(words[0]!.toLowerCase())) return false;
  // A title, then two or three name words.
  for (let index = 0; index < words.length - 2; index++) {
    if (!isTitle(words[index]!.toLowerCase())) continue;
    const rest = words.slice(index + 1);
    // (A given name is capitalised: "Presidente della Regione" holds the particle "della", no "Della".)
    if (isBodyNamedByTown(rest, gaz)) return readAs(item, tokens, index + 1, 'organization');
    if (rest.length <= 3 && rest.every((word) => isNameWord(word, gaz) || INITIAL.test(word) || (word !== word.toLowerCase() && gaz.givenGenders.has(word.toLowerCase()))) && isNameWord(rest[rest.length - 1]!, gaz)) return readAs(item, tokens, index + 1, 'person');
    break;
  }
  // "sagte Burkhard Jung": a speech verb in lower case before two or three name words.
  const before = tokens[candidate.first - 1];
  // "Bischof Stäblein", "Flixbus-Manager Stenger": a title and one name word is narrowed to the
  // word, left unread: the person named in full elsewhere in the text claims it as a surname
  // (`surnamesInOtherLanguages`); alone it may be a plural's object or a body ("Politiker
  // Verhalten maßregeln", "Vorstandsvorsitzender Covestro").
  // ("Auch Bischöfin Roth": the title may follow a sentence's first word.)
  const titled = words.length - 2;
  if (titled >= 0 && titled <= 1 && isTitle(words[titled]!.toLowerCase()) && isNameWord(words[titled + 1]!, gaz)) {
    readAs(item, tokens, titled + 1, 'other');
    return false;
  }
  // "Ministro Rómulo Mucha será citado", a title the candidates left apart from the name.
  // (A given name counts though it is an English word too: "Bürgermeister Frank Schneider".)
  const nameWords = words.length >= 2 && words.length <= 3 && words.every((word, index) => isNameWord(word, gaz) || index < words.length - 1 && gaz.givenGenders.has(word.toLowerCase()));
  if (nameWords && before !== undefined && before.word && isTitle(before.lower)) {
    return readAs(item, tokens, 0, isBodyNamedByTown(words, gaz) ? 'organization' : 'person');
  }
  if (nameWords && before !== undefined && before.text === before.lower && SPEECH_VERBS.has(before.lower)) {
    return readAs(item, tokens, 0, 'person');
  }
  const lastLower = last.toLowerCase();
  // "Robert Bosch GmbH": a legal form ends a company's name; "Bertelsmann Stiftung": another
  // head after a name, not after an adjective ("Technische Universität", "Deutsche Agentur").
  // ("Gabriele von Bülow Gymnasium": a particle inside the name of the person the body bears, after a given name.)
  const givenFirst = isAnyGivenName(words[0]!.toLowerCase(), gaz);
  const nameBefore = words.slice(0, -1).every((word, index) => PLAIN_NAME.test(word) || ACRONYM.test(word) || (givenFirst && index > 0 && PARTICLES.has(word)));
  if (words.length >= 2 && words.length <= 4 && nameBefore && (LEGAL_FORMS.has(lastLower) || (ORGANISATION_HEADS.has(lastLower) && !INFLECTED.test(words[words.length - 2]!)))) {
    return readAs(item, tokens, 0, 'organization');
  }
  // "PETA Deutschland", "der ADAC Sachsen": an acronym and a known place, or after an article a
  // name word, is a body's regional branch.
  if (words.length === 2 && ACRONYM.test(words[0]!) && !gaz.phrases.has(lookupKey(words[0]!)) && isNameWord(words[1]!, gaz)) {
    const article = before !== undefined && ARTICLES.has(before.lower);
    if (article || isPlaceKind(gaz.phrases.get(lookupKey(words[1]!)))) return readAs(item, tokens, 0, 'organization');
  }
  return isPersonByGivenName(item, tokens, gaz, lowerWords);
}

/**
 * Whether a mention is nothing but an article opening a sentence before a lower-case word
 * ("Las asociaciones de inquilinos …"): no name in any language, known to the knowledge base or not.
 *
 * @example
 * // "Las asociaciones celebraron." → the mention "Las" is a lone article
 */
export function isLoneArticle(item: Typed, tokens: readonly Token[]): boolean {
  const candidate = item.candidate;
  if (!candidate || candidate.first !== candidate.last || !SENTENCE_ARTICLES.has(item.words[0]!.toLowerCase())) return false;
  const next = tokens[candidate.last + 1];
  // ("Ayer, el gobierno anunció …": an adverb's comma follows it as a lower-case word would.)
  return tokens[candidate.first]!.sentStart && next !== undefined && (next.word && next.text === next.lower || next.text === ',');
}

/**
 * "Claudia Brandes Bürgermeisterin der Stadt", "Fritz Imhof Quelle: dpa": where the copy
 * capitalises its nouns, a run that opens with a known given name is that name, any given
 * names after it and one surname; a capitalised word after them is a noun of the sentence.
 * (A particle inside, "Ursula von der Leyen", keeps the run as it is.)
 */
export function keepGivenNameAndSurname(item: Typed, tokens: readonly Token[], gaz: Gazetteer, nouns: ReadonlySet<string>): void {
  const words = item.words;
  const candidate = item.candidate;
  // (Not a name the knowledge base holds whole: "Kim Jong Un".)
  // ("Birgit": a given name of Europe's lists opens the run too.)
  if (words.length < 3 || !candidate || candidate.last - candidate.first + 1 !== words.length || !(isKnownGivenName(words[0]!, gaz) || isAnyGivenName(words[0]!.toLowerCase(), gaz)) || kindsOf(item, gaz) !== undefined) return;
  let keep = 1;
  while (keep < words.length - 1 && isKnownGivenName(words[keep]!, gaz)) keep++;
  keep++;
  if (keep >= words.length || !words.every((word) => PLAIN_NAME.test(word))) return;
  // (Only before a word the text uses as a noun, after an article or with a noun's ending, an
  // article or pronoun opening the next sentence ("André Loibl Der beliebteste Coach"), and
  // after a surname that is no particle or title: "Ingrid Landmark Tandrevold", "Bernadette La
  // Hengst", "Pietro Kardinal Parolin" stay whole.)
  const next = words[keep]!;
  // (A noun's ending on a short word is a name's: "Kim Il Sung", "Burkhard Jung".)
  const noun = nouns.has(next) || (NOUN_ENDING.test(next) && next.length >= 5) || NOUN_ARTICLES.has(next.toLowerCase()) || SENTENCE_PRONOUNS.has(next) || (ADJECTIVE_FORM.test(next) && next.length >= 7)
    || (keep === words.length - 1 && (isLabelBeforeColon(next, tokens[candidate.first + keep + 1]) || isNounAfterGenitive(words[keep - 1]!, next, gaz)));
  // ("Bill Gates Foundation": a body's head after the name makes the body's name.)
  if (!noun || PARTICLES.has(words[keep - 1]!.toLowerCase()) || isTitle(words[keep - 1]!.toLowerCase()) || isBodyHead(next, gaz)) return;
  const last = tokens[candidate.first + keep - 1];
  if (!last || last.text !== words[keep - 1]) return;
  item.end = last.end;
  item.words = words.slice(0, keep);
  item.key = lookupKey(item.words.join(' '));
}

const LABEL_WORDS: ReadonlySet<string> = new Set(otherLanguageWords.labelWords);

/** "Fritz Imhof Quelle: dpa", "Felix Lang Tel: +49 …": a label's word before its colon, run on after a name. */
function isLabelBeforeColon(word: string, after: Token | undefined): boolean {
  return after !== undefined && after.text === ':' && LABEL_WORDS.has(word.toLowerCase());
}

/**
 * "Birgit Kelles Erfahrung", "Frank Wisbars Filme": German writes a name's genitive with an "s"
 * and no apostrophe before the noun it owns; a word of five letters or more after a surname
 * ending in "s" is that noun, unless the knowledge base knows it as a name ("Carlos Reyes Flores").
 */
function isNounAfterGenitive(surname: string, next: string, gaz: Gazetteer): boolean {
  if (surname.length < 4 || !surname.endsWith('s') || next.length < 5) return false;
  const lower = next.toLowerCase();
  return !gaz.lastNames.has(lower) && !gaz.givenNames.has(lower) && !isAnyGivenName(lower, gaz) && !gaz.phrases.has(lookupKey(next));
}

/**
 * Whether a word heads an organisation's name in English, German or a Romance language
 * ("Team", "Commission", "Stiftung", "Comisión", "Comissão").
 *
 * @example
 * isOrganisationHeadWord('Comisión', gazetteer()) //=> true
 */
export function isOrganisationHeadWord(word: string, gaz: Gazetteer): boolean {
  const lower = word.toLowerCase();
  return gaz.orgHeads.has(lower) || gaz.orgFirstHeads.has(lower) || ORGANISATION_HEADS.has(lower) || ROMANCE_ORGANISATION_HEADS.has(lower) || LEGAL_FORMS.has(lower);
}

/** A head of a body's or a place's name, English or German ("Foundation", "Stiftung", "GmbH"). */
function isBodyHead(word: string, gaz: Gazetteer): boolean {
  const lower = word.toLowerCase();
  return gaz.orgHeads.has(lower) || gaz.placeHeads.has(lower) || ORGANISATION_HEADS.has(lower) || LEGAL_FORMS.has(lower);
}

/**
 * "Nur Daniela Iraschko-Stolz befindet sich …": a sentence's first word that the text also
 * writes in lower case ("nur", only) is a word of its language before a name that opens with a
 * given name of any list; narrows the mention to that name.
 */
export function dropOpeningWord(item: Typed, tokens: readonly Token[], gaz: Gazetteer, lowerWords: ReadonlySet<string>): void {
  const words = item.words;
  const candidate = item.candidate;
  if (words.length < 3 || !candidate || candidate.last - candidate.first + 1 !== words.length || !tokens[candidate.first]!.sentStart) return;
  if (!lowerWords.has(words[0]!.toLowerCase()) || !isAnyGivenName(words[1]!.toLowerCase(), gaz) || lowerWords.has(words[1]!.toLowerCase())) return;
  const second = tokens[candidate.first + 1];
  if (!second || second.text !== words[1]) return;
  item.start = second.start;
  item.words = words.slice(1);
  item.key = lookupKey(item.words.join(' '));
}

/** German prepositions that open a surname's particle ("von der Leyen", "zu Guttenberg") and a phrase of origin ("von der Kammer"). */
const ORIGIN_PARTICLES: ReadonlySet<string> = new Set(['von', 'vom', 'zu', 'zur', 'zum']);

/** Heads a German compound noun of a body ends in ("Regionalgruppe", "Handwerkskammer"). */
const COMPOUND_HEADS: readonly string[] = [...otherLanguageWords.organisationHeads, 'kammer'];

/**
 * Whether a capitalised German word is a common noun by its form: a noun's ending
 * ("Umweltorganisation") or a compound on a body's head ("Regionalgruppe", "Landwirtschaftskammer").
 */
function isNounByForm(word: string): boolean {
  if (NOUN_ENDING.test(word) && word.length >= 5) return true;
  const lower = word.toLowerCase();
  for (const head of COMPOUND_HEADS) if (lower.length >= head.length + 3 && lower.endsWith(head)) return true;
  return false;
}

/**
 * "Maria Schulz von der Landwirtschaftskammer", "Christoph Bals von der Umweltorganisation
 * Germanwatch": where the copy capitalises its nouns, "von der" and a common noun after a
 * person's name say where the person comes from, no particle of the surname ("Ursula von der
 * Leyen" keeps hers). Narrows the mention to the name before the particle.
 */
export function cutBeforeOrigin(item: Typed, tokens: readonly Token[], gaz: Gazetteer): void {
  const words = item.words;
  const candidate = item.candidate;
  // (The words may be the candidate's last ones, a title cut off before them.)
  const offset = candidate ? candidate.last - candidate.first + 1 - words.length : -1;
  if (item.type !== 'person' || words.length < 4 || !candidate || offset < 0) return;
  for (let index = 2; index < words.length - 1; index++) {
    if (!ORIGIN_PARTICLES.has(words[index]!)) continue;
    let next = index + 1;
    if (GERMAN_ARTICLES.has(words[next]!)) next++;
    // (So does any word after a surname: a particle follows given names only, "Alexander Ahrens zu Wort gemeldet".)
    if (next >= words.length || !isNounByForm(words[next]!) && isAnyGivenName(words[index - 1]!.toLowerCase(), gaz)) return;
    const last = tokens[candidate.first + offset + index - 1];
    if (!last || last.text !== words[index - 1]) return;
    item.end = last.end;
    item.words = words.slice(0, index);
    item.key = lookupKey(item.words.join(' '));
    return;
  }
}

/** An inflected German adjective of "-isch", "-lich" or "-ig" ("Bayerische", "Theoretische", "Staatliche"), which opens a noun phrase, no surname. */
const ADJECTIVE_FORM = /(?:isch|lich|ig)(?:e|en|er|es|em)$/u;

/** German nouns' endings: "Bürgermeisterin", "Landesanstalt" is not one; "Konferenz", "Verwaltung", "Gesellschaft". */
const NOUN_ENDING = /(?:erin|orin|ung|heit|keit|schaft|tion|ität|ismus|enz|anz|ment|nis|tum|fabrik|straße|strasse|steig|gasse|allee)$/u;
/** German articles, definite and indefinite (the locale's first twelve determiners), after which a capitalised word is a noun ("die Quelle", "einen Tweet"). */
const NOUN_ARTICLES: ReadonlySet<string> = new Set(otherLanguageWords.determiners.slice(0, 12));
/**
 * Whether a lower-case word is a German article, definite or indefinite ("das", "einem"), after
 * which a capitalised word is a noun.
 *
 * @example
 * isGermanArticle('dem') //=> true
 */
export function isGermanArticle(lower: string): boolean {
  return NOUN_ARTICLES.has(lower);
}

const NOUNS_NAMED_LIKE_TOWNS: ReadonlySet<string> = new Set(otherLanguageWords.nounsNamedLikeTowns);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(otherLanguageWords.placePrepositions);

/**
 * Whether a one-word name (its lookup key) is a German noun that only names a town abroad after
 * a place preposition: "wegen Corona", "Leiden und Sterben" are the pandemic and suffering,
 * "in Leiden" the Dutch town. `before` is the lower-case word before it, if any.
 *
 * @example
 * isGermanNounNamedLikeTown('corona', 'wegen') //=> true
 * isGermanNounNamedLikeTown('leiden', 'in')    //=> false
 */
export function isGermanNounNamedLikeTown(key: string, before: string | undefined): boolean {
  return NOUNS_NAMED_LIKE_TOWNS.has(key) && (before === undefined || !PLACE_PREPOSITIONS.has(before));
}

const LIST_JOINERS: ReadonlySet<string> = new Set(otherLanguageWords.listJoiners);

/** Which tokens a typed name covers, as flags by token index. */
export function namedTokens(typed: readonly Typed[], count: number): Uint8Array {
  const named = new Uint8Array(count);
  for (const item of typed) if (item.scores !== null || item.firm) for (let at = item.candidate?.first ?? count; at <= (item.candidate?.last ?? -1); at++) named[at] = 1;
  return named;
}

/**
 * "Essen, Leben und Fitness", "Geschenke oder Essen": in German copy a town's name joined by
 * "und"/"oder" to a capitalised word that names nothing is a noun among nouns ("Essen, Köln und
 * Bonn" lists towns). A comma alone joins nothing: "(Rebellin, Hamburg)", "Pinakothek der
 * Moderne, München" put a place after its holder; nor after "in"/"aus" ("in Rostock, Vorstand und …").
 */
export function listedWithNouns(at: number, tokens: readonly Token[], named: Uint8Array): boolean {
  if (PLACE_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '')) return false;
  const joins = (index: number): boolean => LIST_JOINERS.has(tokens[index]?.lower ?? '');
  const noun = (word: number): boolean => {
    const token = tokens[word];
    return token !== undefined && token.word && token.cap && named[word] === 0;
  };
  if (joins(at + 1) && noun(at + 2)) return true;
  if (tokens[at + 1]?.text === ',' && noun(at + 2) && (joins(at + 3) || tokens[at + 3]?.text === ',')) return true;
  return joins(at - 1) && noun(at - 2);
}

/** German pronouns that open a sentence after a name with no stop between ("Richard Gere Sie", a heading run into the text). */
const SENTENCE_PRONOUNS: ReadonlySet<string> = new Set(['Er', 'Sie', 'Es', 'Wir', 'Ich']);

/** The capitalised words a German text writes after an article somewhere: its nouns ("die Quelle", "den Tweet"). */
export function nounsAfterArticles(tokens: readonly Token[]): Set<string> {
  const nouns = new Set<string>();
  for (let index = 0; index + 1 < tokens.length; index++) {
    const next = tokens[index + 1]!;
    if (next.cap && tokens[index]!.word && NOUN_ARTICLES.has(tokens[index]!.lower)) nouns.add(next.text);
  }
  return nouns;
}
