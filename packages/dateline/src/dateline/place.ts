// Refining a dateline's place: is this text a place, and which part is city, region, country?
import { isCountry, isKnownCity, regionName } from '../lexicon/places.js';
import { trimTrailing } from '../trim.js';
import { calendarMonth, calendarWeekday } from '../lexicon/months.js';
import { LOCALES } from '../locales/index.js';
import type { DatelineLocation } from '../types.js';

/** Lower-case words that join place names: "Rio de Janeiro", "Port of Spain", "Frankfurt am Main". */
const CONNECTORS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'la', 'le', 'les', 'el', 'al', 'of', 'on', 'upon', 'am', 'an', 'im', 'sur', 'aux', 'en', 'y', 'e', 'van', 'von', 'der', 'den', 'des', 'du', 'es', 'bin']);

/** Words that make a phrase a sentence or a headline, not a place (every locale's). */
const SENTENCE_WORDS = new Set(LOCALES.flatMap((locale) => locale.dateline.sentenceWords));

/** Every locale's words that name a news outlet in its masthead, lower-case. */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set(LOCALES.flatMap((locale) => locale.dateline.mastheadWords ?? []));

/** Every locale's endings of ordinary nouns ("tion", "ung", "heit"), lower-case. */
const NOUN_ENDINGS: readonly string[] = [...new Set(LOCALES.flatMap((locale) => locale.dateline.nounEndings ?? []))];
/** Letters a noun has before its ending: "NATION" and "SION" are too short to tell. */
const MIN_NOUN_STEM = 3;

/** Every locale's names of sections and topics ("politik", "health"), lower-case. */
const TOPIC_WORDS: ReadonlySet<string> = new Set(LOCALES.flatMap((locale) => locale.dateline.topicWords ?? []));

/** Every locale's section names that are a kicker only as the whole head ("local", "national"), lower-case. */
const TOPIC_WORDS_ALONE: ReadonlySet<string> = new Set(LOCALES.flatMap((locale) => locale.dateline.topicWordsAlone ?? []));

/**
 * True when a head in capitals that no gazetteer knows reads as a topic's kicker: a word of it
 * names a section or a topic ("POLITIK", "HEALTH", "CLIMATE CHANGE"), or it is one word that ends
 * as an ordinary noun does ("MIGRATION", "VERSORGUNG") or names a section only alone ("LOCAL",
 * "NATIONAL": "NATIONAL CITY" is a town). An unknown town ("UVALDE", "GÜTERSLOH") has
 * neither; a known city is a place whatever its words ("BANDUNG", "GRAND JUNCTION").
 */
export function isKickerInCapitals(head: string): boolean {
  const words = head.toLowerCase().split(' ');
  // (A noun's ending is read on one word alone: "GRAND JUNCTION", "JUNCTION CITY" are towns.)
  const kicker = words.some((word) => TOPIC_WORDS.has(word)) || (words.length === 1 && (hasNounEnding(words[0]!) || TOPIC_WORDS_ALONE.has(words[0]!)));
  return kicker && !isKnownCity(head);
}

/** True when a lower-case word ends as an ordinary noun does, with stem enough to tell ("migration", not "nation"). */
function hasNounEnding(lower: string): boolean {
  return NOUN_ENDINGS.some((ending) => lower.length - ending.length >= MIN_NOUN_STEM && lower.endsWith(ending));
}

/** True when a word of `text` (split at spaces, case folded) makes a phrase a sentence or a label ("Updated", "Video"). */
export function hasSentenceWord(text: string): boolean {
  return text.split(' ').some((word) => SENTENCE_WORDS.has(trimTrailing(word.toLowerCase(), ".’'")));
}

/** For the first two letters of a word (case folded), a bit per length some listed word has. */
const LENGTHS_BY_PAIR = new Uint32Array(128 * 128);
const pairIndex = (first: number, second: number): number => (((first | 32) & 127) << 7) | ((second | 32) & 127);
for (const word of [...SENTENCE_WORDS, ...CONNECTORS]) {
  if (word.length >= 2) LENGTHS_BY_PAIR[pairIndex(word.charCodeAt(0), word.charCodeAt(1))]! |= 1 << word.length;
}

/**
 * False when `word` (less its trailing periods and apostrophes) is surely in neither
 * SENTENCE_WORDS nor CONNECTORS; true when it may be. Short words, and words that open with
 * anything but two ASCII letters, are always looked up.
 */
function mayBeListed(word: string): boolean {
  let length = word.length;
  while (length > 0 && TRAILING.includes(word[length - 1]!)) length--;
  if (length < 2) return true;
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (!isAsciiLetter(first) || !isAsciiLetter(second)) return true;
  return length < 31 && (LENGTHS_BY_PAIR[pairIndex(first, second)]! & (1 << length)) !== 0;
}

const TRAILING = ".’'";
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

export interface PlaceShape {
  /** Every word is a place word: no digits, no sentence words. */
  wordsOk: boolean;
  /** 'upper' (LIMA), 'title' (Lima, Rio de Janeiro), 'lower' (lima) or 'mixed'. */
  casing: 'upper' | 'title' | 'lower' | 'mixed';
  parts: string[];
}

/** Reads the parts of a place as written ("WEST PALM BEACH, Fla./WASHINGTON") and their shape. */
export function placeShape(place: string): PlaceShape {
  const parts = splitParts(unbracketed(place));
  let wordsOk = parts.length <= 4;
  let upper = true;
  let title = true;
  let lower = true;
  let words = 0;
  for (const part of parts) {
    if (part.length === 0) wordsOk = false;
    let index = 0;
    let wordInPart = 0;
    while (index < part.length && wordsOk) {
      const code = part.charCodeAt(index);
      if (code === 32 || code === 47 || code === 9) {
        index++;
        continue;
      }
      let end = index;
      while (end < part.length && !isWordBreak(part.charCodeAt(end))) end++;
      const word = part.slice(index, end);
      // "LONDON and NEW YORK": two places in capitals joined by "and", as "LONDON/NEW YORK" is.
      if (word === 'and' && wordInPart > 0 && upper && end < part.length && wordShape(part.slice(end + 1, end + 2)) === 'upper') {
        index = end;
        continue;
      }
      const shape = wordShape(word);
      // Most words are ruled out of both lists by their first letters and length alone.
      const folded = shape !== null && mayBeListed(word) ? trimTrailing(word.toLowerCase(), ".’'") : '';
      if (shape === null || SENTENCE_WORDS.has(folded)) wordsOk = false;
      else {
        if (shape !== 'upper') upper = false;
        if (shape !== 'lower') lower = false;
        if (shape === 'lower' && !(wordInPart > 0 && CONNECTORS.has(folded))) title = false;
      }
      words++;
      wordInPart++;
      index = end;
    }
  }
  if (words === 0 || words > 8) wordsOk = false;
  if (wordsOk) {
    const firstPart = parts[0]!;
    const space = firstPart.indexOf(' ');
    const firstWord = space < 0 ? firstPart : firstPart.slice(0, space);
    // A head that is itself a date word ("Today", "March"), in any language of core's calendar
    // ("SENIN, 25 SEPTEMBER 2023": Monday), is not a place, unless it is a known city.
    if (firstWord.length <= 12 && ((calendarWeekday(firstWord) !== null && !isKnownCity(firstWord)) || (space < 0 && calendarMonth(firstPart) !== null && !isKnownCity(firstPart)))) wordsOk = false;
  }
  return { wordsOk, casing: upper ? 'upper' : title ? 'title' : lower ? 'lower' : 'mixed', parts };
}

/**
 * An Indian wire's place, "Margao (Goa) [India]" or "New Delhi [India]": the city, its state in
 * parentheses and its country in brackets, as "Margao, Goa, India". Any other place as it is.
 */
function unbracketed(place: string): string {
  const last = place.charCodeAt(place.length - 1);
  if (last === 41) {
    // "KOTA KINABALU (Malaysia)", as Bernama writes it: a country or a region in parentheses.
    const match = PARENTHESISED_PLACE.exec(place);
    return match === null || (!isCountry(match[2]!) && regionName(match[2]!) === null && !isUnknownRegion(match[1]!, match[2]!)) ? place : `${match[1]!}, ${match[2]!}`;
  }
  if (last !== 93) return place;
  const match = BRACKETED_PLACE.exec(place);
  return match === null ? place : [match[1]!, match[2], match[3]!].filter((part) => part !== undefined).join(', ');
}

const PARENTHESISED_PLACE = /^([^()[\],]{1,40}?) ?\(([^()[\],]{1,30})\)$/;

/** One to three capitalised words: a region's name as a parenthesis after a city gives it ("Greater Accra", "Ashanti"). */
const REGION_WORDS = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;

/**
 * "ACCRA (Greater Accra)": a region no list knows, in parentheses after a city in capitals or a
 * known one, its words capitalised (a sentence's or a label's words are ruled out by the place's
 * word check). The city, the region: never a country, which the lists would know.
 */
function isUnknownRegion(city: string, inner: string): boolean {
  const outer = city.trim();
  if (!REGION_WORDS.test(inner) || !/\p{Lu}/u.test(outer) || !(outer === outer.toUpperCase() || isKnownCity(outer))) return false;
  // ("LONDON (Daily Mail) …": an outlet's name is no region.)
  return !inner.split(/[ -]/).some((word) => MASTHEAD_WORDS.has(word.toLowerCase()));
}

/** The region of a place written "ACCRA (Greater Accra)" when no list knows it, else null. */
export function unknownRegionInParentheses(place: string): string | null {
  if (place.charCodeAt(place.length - 1) !== 41) return null;
  const match = PARENTHESISED_PLACE.exec(place);
  if (match === null || isCountry(match[2]!) || regionName(match[2]!) !== null) return null;
  return isUnknownRegion(match[1]!, match[2]!) ? match[2]! : null;
}

const BRACKETED_PLACE = /^([^()[\],]{1,40}?) ?(?:\(([^()[\],]{1,30})\) ?)?\[([^()[\],]{1,30})\]$/;

/** `place.split(',').map((part) => part.trim())`, without the intermediate list. */
function splitParts(place: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let comma = place.indexOf(','); comma >= 0; comma = place.indexOf(',', from)) {
    parts.push(place.slice(from, comma).trim());
    from = comma + 1;
  }
  parts.push(from === 0 ? place.trim() : place.slice(from).trim());
  return parts;
}

const isWordBreak = (code: number): boolean => code === 32 || code === 47 || code === 9;

/** 'upper' (LIMA, N.Y.), 'title' (Lima, McAllen, Winston-Salem), 'lower' (lima, de); null when it is not a place word. */
function wordShape(word: string): 'upper' | 'title' | 'lower' | null {
  let letters = 0;
  let uppers = 0;
  for (let index = 0; index < word.length; index++) {
    const char = word[index]!;
    const code = word.charCodeAt(index);
    if (code >= 65 && code <= 90) {
      letters++;
      uppers++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code === 46 || code === 39 || code === 0x2019 || code === 45 || code === 38) {
      if (index === 0) return null;
    } else if (code > 127 && char.toLowerCase() !== char.toUpperCase()) {
      letters++;
      if (char !== char.toLowerCase()) uppers++;
    } else if (code >= 0x300 && code <= 0x36f) {
      // combining accent
    } else {
      return null;
    }
  }
  if (letters === 0) return null;
  const first = word[0]!;
  const firstUpper = first !== first.toLowerCase();
  if (uppers === letters) return 'upper';
  if (uppers === 0) return 'lower';
  return firstUpper ? 'title' : 'lower';
}

/** True when a place written alone ("TOKYO -", "CALGARY, Alberta -") is known well enough to stand without a date. */
export function isKnownPlace(shape: PlaceShape, place: string): boolean {
  if (shape.casing !== 'upper' && shape.casing !== 'title') return false;
  if (shape.parts.length === 1) {
    const pieces = place.split(/\/| and /);
    const known = (piece: string): boolean => isKnownCity(piece) || (shape.casing === 'upper' && piece.trim().length > 3 && isCountry(piece));
    // ("Siegburg/Köln": a town joined to the known city it reports from, each one capitalised word.)
    return pieces.every(known) || pieces.length === 2 && pieces.some(known) && pieces.every((piece) => /^\p{Lu}\p{Ll}+$/u.test(piece.trim()));
  }
  const last = shape.parts[shape.parts.length - 1]!;
  return last.split('/').some((piece) => regionName(piece, true) !== null || isCountry(piece));
}

/** Splits a place into city, region and country. Unknown later parts count as regions when abbreviated, else as countries. */
export function toLocation(place: string, shape: PlaceShape): DatelineLocation {
  const location: DatelineLocation = { text: place, city: shape.parts[0] ?? null, region: null, country: null };
  const parts = shape.parts;
  const region = parts.length === 2 ? unknownRegionInParentheses(place) : null;
  if (region !== null) return { ...location, region };
  for (let index = 1; index < parts.length; index++) {
    let part = parts[index]!;
    // "TREVOSE, PA and SAN DIEGO, CA": a second place begins after "and"; the location is the first one's.
    const and = part.indexOf(' and ');
    if (and > 0) part = part.slice(0, and);
    const pieces = part.includes('/') ? part.split('/').map((piece) => piece.trim()) : [part.trim()];
    const region = pieces.find((piece) => regionName(piece, true) !== null);
    if (region !== undefined && location.region === null) {
      location.region = region;
      if (and > 0) break;
      continue;
    }
    const country = location.country === null ? pieces.find((piece) => isCountry(piece)) : undefined;
    if (country !== undefined) {
      location.country = country;
    } else if (/\.$|^[A-Z]{2,3}$/.test(part) && location.region === null) {
      location.region = part;
    } else if (index === parts.length - 1 && location.country === null) {
      location.country = part;
    } else if (location.region === null) {
      location.region = part;
    }
    if (and > 0) break;
  }
  return location;
}
