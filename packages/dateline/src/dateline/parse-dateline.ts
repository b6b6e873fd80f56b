import { assertOptions, assertText, isIsoDate } from '@newsparse/core';
import { formatDay, isRealDay, nearestOccurrence, type CivilDate } from '../calendar.js';
import { agencyName } from '../lexicon/agencies.js';
import { monthNumber, weekdayNumber } from '../lexicon/months.js';
import { resolveWeekday } from '../dates/resolve.js';
import { toReferenceDay } from '../reference.js';
import { readDate, type WrittenDate } from '../stamp/datetime.js';
import { LOCALES } from '../locales/index.js';
import type { Dateline, ParseDatelineOptions } from '../types.js';
import { trimPlace, trimTrailing } from '../trim.js';
import { isCapitalCode, isDigitCode, isLetterAt, isWhiteSpaceCode, wordBeforeSpace } from '../chars.js';
import { MASTHEAD_WORDS, hasSentenceWord, isKickerInCapitals, isKnownPlace, placeShape, toLocation, type PlaceShape } from './place.js';
import { isCountry, isKnownCity, regionName } from '../lexicon/places.js';

// The pipeline: the lead reader finds where a dateline could end (its dash); extractors each
// read one shape of dateline from the text before it; refiners then accept or drop the
// candidate (is the place a place?) and resolve its date. The first accepted candidate wins.

/** What an extractor reads from the head (the text before the dash). */
export interface DatelineCandidate {
  start: number;
  /** End of the dateline's dash. */
  end: number;
  bodyStart: number;
  place: string | null;
  date: WrittenDate | null;
  /** The dateline names a month but no day ("SYDNEY, April -"). */
  monthOnly: boolean;
  /** The dateline names a day of the month alone ("MADRID, 5 (EUROPA PRESS) -"). */
  dayAlone?: number;
  /** The dateline names a weekday alone ("JOHOR BARU, Wed."): 0 Sunday to 6 Saturday. */
  weekdayAlone?: number;
  agencies: string[];
  separator: Separator['kind'] | 'period';
  strongSeparator: boolean;
  /** Filled by the place refiner. */
  shape: PlaceShape | null;
}

interface Separator {
  start: number;
  end: number;
  /** 'line': the line ends right after an agency's parenthesis ("PARIS, March 2 (AFP)" on a line of its own). */
  kind: 'dash' | 'colon' | 'line';
  /** An em or en dash: the AP and newspaper mark of a dateline. */
  strong?: boolean;
}

interface Lead {
  text: string;
  /** First character after junk ("****", bullets, spaces). */
  start: number;
  separator: Separator;
  /** The head: [start, headEnd), trimmed. */
  headEnd: number;
}

type Extractor = (lead: Lead) => DatelineCandidate | null;
type Refiner = (candidate: DatelineCandidate, lead: Lead) => boolean;

const MAX_HEAD = 120;
/** What may stand before a dateline: white space, "****", bullets, ">", "==". */
const JUNK_CODES = new Set([...'*#•·>=+~^'].map((char) => char.charCodeAt(0)));

function skipJunk(text: string, from: number): number {
  let index = from;
  while (index < text.length && (JUNK_CODES.has(text.charCodeAt(index)) || isWhiteSpaceCode(text.charCodeAt(index)))) index++;
  return index;
}
const BIG_WIRES = new Set(['reuter', 'reuters', 'afp', 'upi', 'efe', 'xinhua', 'dpa', 'ansa', 'kyodo', 'yonhap', 'tass']);

/**
 * Finds the dateline at the start of a story: "LIMA, Peru (AP) —", "BEIJING, June 27 (Xinhua) --",
 * "SALVADOR, Feb 26 -", "WASHINGTON —", "LIMA, 27 jun (EFE).-". Pass the story's body (or its
 * whole text, when the dateline opens it): a headline or an ordinary first sentence gives null.
 *
 * A date without a year takes the year that puts it on or before `reference` (a dateline says
 * when the story was filed); see the README for the full policy.
 *
 * @example
 * parseDateline('LIMA, Peru (AP) — The president said ...')
 * //=> { text: 'LIMA, Peru (AP) —', start: 0, end: 17, bodyStart: 18, date: null, agencies: ['AP'],
 * //     location: { text: 'LIMA, Peru', city: 'LIMA', region: null, country: 'Peru' } }
 * parseDateline('BEIJING, June 27 (Xinhua) -- China ...', { reference: '2024-06-28' })?.date
 * //=> '2024-06-27'
 */
export function parseDateline(text: string, options: ParseDatelineOptions = {}): Dateline | null {
  assertText(text, 'parseDateline');
  assertOptions(options, 'parseDateline');
  const reference = options.reference === undefined ? null : toReferenceDay(options.reference, 'parseDateline');
  const start = leadStart(text);
  const found = datelineFrom(text, start, reference);
  if (found !== null) return found;
  // A page's own stamp may sit on a short line before the dateline ("Xinhua) 13:04, October 09,
  // 2025" then "HARARE, Oct. 8 (Xinhua) -- …"): the next line is read as a first line would be.
  const next = afterStampLine(text, start);
  return next < 0 ? null : datelineFrom(text, next, reference);
}

/** How long a line of a page's stamp before the dateline may be. */
const STAMP_LINE = 60;
/** A line's end that a stamp writes: a year ("October 09, 2025") or a clock time ("13:04", "1:11pm EDT"). */
const STAMP_LINE_END = /(?:(?<!\d)(?:19|20)\d\d|\d:\d\d(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?)\s*$/;

/** Where the line after a short stamp line at `start` begins (blank lines skipped), or -1. */
function afterStampLine(text: string, start: number): number {
  const end = indexWithin(text, 10, start, Math.min(text.length, start + STAMP_LINE + 1));
  if (end < 0 || end === start) return -1;
  const line = text.slice(start, end);
  if (!STAMP_LINE_END.test(line) || readDateIn(line) === null) return -1;
  const next = skipJunk(text, end + 1);
  return next < text.length ? next : -1;
}

/** Whether a line names a written date with its day ("October 09, 2025", "2025-10-09", "09/10/2025"). */
function readDateIn(line: string): WrittenDate | null {
  for (let index = 0; index < line.length; index++) {
    if (index > 0 && isLetterAt(line, index - 1)) continue;
    const date = readDate(line, index);
    if (date !== null && date.day !== null) return date;
  }
  return null;
}

/** The dateline that opens the text at `start`, or null. */
function datelineFrom(text: string, start: number, reference: CivilDate | null): Dateline | null {
  // "KÖLN. Die Stadt …": a place closed by a period, read before any dash further on the line.
  const period = placeBeforePeriod(text, start);
  if (period !== null) return toDateline(text, period, reference);
  const lead = readLead(text, start);
  if (lead !== null) {
    for (const extract of EXTRACTORS) {
      const candidate = extract(lead);
      if (candidate === null) continue;
      if (!REFINERS.every((refine) => refine(candidate, lead))) continue;
      return toDateline(text, candidate, reference);
    }
  }
  // ("OKLAHOMA CITY, Okla. March 11, Reuter -" is read above, through its dash.) A local
  // paper's "Neustadt (tma). …" has no dash: it is read last, so that the leads every wire
  // writes pay nothing for it.
  const last = placeAndStateBeforeBody(text, start) ?? placeAndInitials(text, start) ?? placeAndSignedDate(text, start);
  return last === null ? null : toDateline(text, last, reference);
}

/** A syndicator's credit in parentheses, its name in capitals and a dash before its source (which may hold one parenthesis). */
const SYNDICATION_CREDIT = /\(\p{Lu}{2,12} ?[-–] [^()\n]{1,60}(?:\([^()\n]{1,20}\)[^()\n]{0,20})?\)/uy;

/** A wire story's update note in parentheses, by the verbs that open one (general knowledge of wire copy). */
const UPDATE_NOTE = /\((?:adds|updates|updated|new throughout|recasts|corrects|changes|repeats|refiles|rewrites|writes through|fixes|removes|edits|releases|re-releases)\b[^()\n]{0,200}\)/iy;

/** Where a dateline could begin: after junk ("****") and a byline ("By JANE DOE\nAssociated Press\n"). */
function leadStart(text: string): number {
  let start = skipJunk(text, 0);
  // A syndicator's credit may open the copy it passes on, the source after its name and a dash:
  // "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Oct 29 (KUNA) -- …". (Not "(NEW YORK) —", a
  // broadcaster's place: no dash inside.)
  SYNDICATION_CREDIT.lastIndex = start;
  if (SYNDICATION_CREDIT.test(text)) start = skipJunk(text, SYNDICATION_CREDIT.lastIndex);
  // A wire's note on what a new version of the story changed opens its copy: "(Adds comment from
  // the ministry) LONDON, June 3 (Reuters) -", "(New throughout, adds details)", "(Corrects …)".
  UPDATE_NOTE.lastIndex = start;
  if (UPDATE_NOTE.test(text)) start = skipJunk(text, UPDATE_NOTE.lastIndex);
  // A scraper may leave the comma of a line it cut before the dateline: ", NAIROBI, Kenya, Sep 13 –".
  // (The dateline after it is read by the same rules: a fragment ", and Paris – …" stays a sentence.)
  if (text.charCodeAt(start) === 44) start = skipJunk(text, start + 1);
  // A byline may come first: "By JANE DOE\nAssociated Press\nLIMA, Peru (AP) —".
  for (let line = 0; line < 3; line++) {
    const end = text.indexOf('\n', start);
    if (end < 0 || end - start > 80) break;
    const byline = text.startsWith('By ', start);
    if (!byline && end - start > 30) break;
    const content = text.slice(start, end).trim();
    if (!byline && agencyName(content) === null && !/^(?:The )?Associated Press$/i.test(content)) break;
    start = skipJunk(text, end + 1);
  }
  return start;
}

/** Finds the first dash (or colon) on the first line from `start`. */
function readLead(text: string, start: number): Lead | null {
  const limit = Math.min(text.length, start + MAX_HEAD + 4);
  const found = findSeparator(text, start, limit);
  // (A line of its own ends at its agency already, or at the site's stamp after it.)
  const agency = found?.kind === 'line' ? null : agencyBeforeBody(text, start, found === null ? limit : found.start);
  const separator = agency ?? found;
  if (separator === null) return null;
  let headEnd = separator.start;
  while (headEnd > start && isWhiteSpaceCode(text.charCodeAt(headEnd - 1))) headEnd--;
  return { text, start, separator, headEnd };
}

/**
 * "New Delhi, Jan 19 (PTI) Union minister …": PTI and other wires close the dateline with the
 * agency's parenthesis and run the body on after one space; Andina and others close it with a
 * period ("Lima, 27 de junio (Andina). El ministro …"), TASS with its name between slashes and
 * a period ("MOSCOW, June 3. /TASS/. Russia's …"). The first parenthesis (or slash after a
 * space) before `to` on the first line, when it holds a known agency and one of those closings
 * and a capital follow, ends the head (as a dateline on a line of its own does, its place must
 * be known or in capitals).
 */
function agencyBeforeBody(text: string, from: number, to: number): Separator | null {
  const open = indexWithin(text, 40, from, to);
  const paren = open >= 0 ? agencyClosing(text, from, to, open, indexWithin(text, 41, open, to)) : null;
  if (paren !== null) return paren;
  // TASS: " /TASS/. " (a slash inside a place, "Siegburg/Köln", has no space before it).
  let slash = indexWithin(text, 47, from, to);
  while (slash > from && text.charCodeAt(slash - 1) !== 32) slash = indexWithin(text, 47, slash + 1, to);
  return slash > from ? agencyClosing(text, from, to, slash, indexWithin(text, 47, slash + 1, to)) : null;
}

/** The first index of the code unit `code` in text[from, to), or -1 (indexOf would search past `to`, to the end of a long text). */
function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === code) return index;
  return -1;
}

/** The separator after a known agency between `open` and `close` ("(PTI) ", "(Andina). ", "/TASS/. "), or null. */
function agencyClosing(text: string, from: number, to: number, open: number, close: number): Separator | null {
  if (close < 0 || close >= to || close - open > 30) return null;
  // After the agency: one space (PTI), or a period and spaces (Andina, TASS), then the body's first word.
  const period = text.charCodeAt(close + 1) === 46;
  if (period ? bodyAfterPeriod(text, close + 2) < 0 : text.charCodeAt(close + 1) !== 32 || !opensBody(text, close + 2)) return null;
  // (A slash closes a signature only before its period: "/TASS/ Russia" may be a path.)
  if (!period && text.charCodeAt(close) === 47) return null;
  if (text.slice(from, close).includes('\n') || agencyName(text.slice(open + 1, close)) === null) return null;
  return { start: close + 1, end: period ? close + 2 : close + 1, kind: 'line' };
}

/** The longest place closed by a period ("GARMISCH-PARTENKIRCHEN.", "Frankfurt am Main."). */
const MAX_PERIOD_HEAD = 40;

/**
 * "KÖLN. Die Stadt will …", "Köln. Die Stadt …": regional papers close the place with a period
 * instead of a dash. Read only where that cannot be a sentence or an abbreviation: the head is
 * letters alone (no digit, comma or inner period: "U.S. officials", "St. Louis", "Gov. Smith"),
 * the period is followed by a space and the body's first capital, and the place is known or is
 * one word in capitals ("JOHN SMITH." is a name unless it is a known place).
 */
function placeBeforePeriod(text: string, start: number): DatelineCandidate | null {
  const limit = Math.min(text.length, start + MAX_PERIOD_HEAD + 1);
  let period = start;
  let spaces = 0;
  for (; period < limit; period++) {
    const code = text.charCodeAt(period);
    if (code === 46) break;
    if (code === 32) {
      // A place has at most four words ("Frankfurt am Main", "Neustadt an der Weinstraße").
      if (++spaces > 3) return null;
    } else if (code !== 45 && code !== 47 && !(code >= 0x300 && code <= 0x36f) && !isLetterAt(text, period)) return null;
  }
  if (period === limit || period === start) return null;
  const bodyStart = bodyAfterPeriod(text, period + 1);
  if (bodyStart < 0) return null;
  const place = text.slice(start, period);
  const shape = placeShape(place);
  if (!shape.wordsOk) return null;
  const oneCapitalWord = shape.casing === 'upper' && spaces === 0 && place.length >= 3 && agencyName(place) === null && !isKickerInCapitals(place);
  if (!oneCapitalWord && !isKnownPlace(shape, place)) return null;
  return periodCandidate(start, period + 1, bodyStart, place, shape);
}

/** The longest place a local paper writes before the reporter's initials ("Garmisch-Partenkirchen"). */
const MAX_INITIALS_PLACE = 40;

/**
 * "Neustadt (tma). Die Stadt …", "Montabaur | 25. Januar 2024 | (ww). Die Polizei …": German
 * local papers close the place with the reporter's initials in parentheses and a period. Read
 * only in that exact shape, which no sentence has: one capitalised word of letters (or such
 * words joined by hyphens: "Castrop-Rauxel"), then " (" or " | " with a date and " | ", two
 * to four lower-case letters in parentheses, a period, a space and the body's capital letter.
 * The initials are the reporter's, never an agency: agencies stay those the lexicon knows
 * ("Berlin (dpa). …" still signs dpa).
 */
function placeAndInitials(text: string, start: number): DatelineCandidate | null {
  const placeEnd = capitalisedPlaceEnd(text, start);
  if (placeEnd < 0 || text.charCodeAt(placeEnd) !== 32) return null;
  let open = placeEnd + 1;
  let date: WrittenDate | null = null;
  if (text.charCodeAt(open) === 124) {
    // "Montabaur | 25. Januar 2024 | (ww).": a bar, the date, a bar.
    if (text.charCodeAt(open + 1) !== 32) return null;
    date = readDate(text, open + 2);
    if (date === null || date.day === null || text.charCodeAt(date.end) !== 32 || text.charCodeAt(date.end + 1) !== 124 || text.charCodeAt(date.end + 2) !== 32) return null;
    open = date.end + 3;
  }
  if (text.charCodeAt(open) !== 40) return null;
  let close = open + 1;
  while (close < text.length && close - open <= 5 && isLowerCaseLetterAt(text, close)) close++;
  const initials = close - open - 1;
  if (initials < 2 || initials > 4 || text.charCodeAt(close) !== 41 || text.charCodeAt(close + 1) !== 46) return null;
  const end = close + 2;
  let bodyStart = end;
  while (text.charCodeAt(bodyStart) === 32) bodyStart++;
  if (bodyStart === end || !isCapitalLetterAt(text, bodyStart)) return null;
  const place = text.slice(start, placeEnd);
  const shape = placeShape(place);
  if (!shape.wordsOk || agencyName(place) !== null || monthNumber(place) !== null) return null;
  const agency = agencyName(text.slice(open + 1, close));
  return { start, end, bodyStart, place, date, monthOnly: false, agencies: agency === null ? [] : [agency], separator: 'period', strongSeparator: false, shape };
}

/** How far a signature with its date in parentheses may run ("(UrduPoint / Pakistan Point News / WAM - 02nd May, 2021)"). */
const SIGNED_DATE = 100;
/** How long a place before a comma may be ("RAS AL KHAIMAH"). */
const MAX_PLACE = 40;

/**
 * "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 02nd May, 2021) His Highness …",
 * "ISLAMABAD, (APP - 7th Jun, 2020 ) :Federal Minister …": a place in capitals (or known), a
 * comma, and in parentheses the outlets that sign the copy, a dash and the full date, then
 * the report (after a colon or not). The dash inside the parentheses is no dateline's dash,
 * so this form is read on its own. The agencies are those the lexicon knows among the signers.
 */
function placeAndSignedDate(text: string, start: number): DatelineCandidate | null {
  const comma = indexWithin(text, 44, start, Math.min(text.length, start + MAX_PLACE));
  if (comma <= start || text.charCodeAt(comma + 1) !== 32 || text.charCodeAt(comma + 2) !== 40) return null;
  const open = comma + 2;
  const limit = Math.min(text.length, open + SIGNED_DATE);
  let close = open + 1;
  while (close < limit && text.charCodeAt(close) !== 41 && text.charCodeAt(close) !== 40 && text.charCodeAt(close) !== 10) close++;
  if (close >= limit || text.charCodeAt(close) !== 41) return null;
  const inside = trimTrailing(text.slice(open + 1, close), ' ');
  const dash = inside.lastIndexOf(' - ');
  if (dash < 2) return null;
  const dateAt = open + 1 + dash + 3;
  const date = readDate(text, dateAt);
  if (date === null || date.day === null || date.year === null || date.end !== open + 1 + inside.length) return null;
  const place = text.slice(start, comma);
  const shape = placeShape(place);
  if (!shape.wordsOk || shape.parts.length !== 1 || (shape.casing !== 'upper' && !isKnownPlace(shape, place))) return null;
  const agencies: string[] = [];
  for (const signer of inside.slice(0, dash).split('/')) {
    const name = agencyName(signer.trim());
    if (name !== null && !agencies.includes(name)) agencies.push(name);
  }
  let end = close + 1;
  while (text.charCodeAt(end) === 32) end++;
  if (text.charCodeAt(end) === 58) end++;
  let bodyStart = end;
  while (text.charCodeAt(bodyStart) === 32) bodyStart++;
  if (!isCapitalLetterAt(text, bodyStart)) return null;
  return { start, end: text.charCodeAt(end - 1) === 58 ? end : close + 1, bodyStart, place, date, monthOnly: false, agencies, separator: 'dash', strongSeparator: false, shape };
}

/**
 * Where a capitalised place word ends ("Neustadt", "Castrop-Rauxel": each part a capital and
 * then lower-case letters), or -1 when the text at `start` is no such word.
 */
function capitalisedPlaceEnd(text: string, start: number): number {
  // Most leads are ruled out by their first two code units: a dateline in capitals ("LIMA,")
  // or a sentence's first word of one letter.
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if ((first < 128 && !(first >= 65 && first <= 90)) || (second < 128 && !(second >= 97 && second <= 122))) return -1;
  const limit = Math.min(text.length, start + MAX_INITIALS_PLACE);
  let index = start;
  for (;;) {
    if (!isCapitalLetterAt(text, index)) return -1;
    const partStart = index++;
    while (index < limit && (isLowerCaseLetterAt(text, index) || (text.charCodeAt(index) >= 0x300 && text.charCodeAt(index) <= 0x36f))) index++;
    if (index - partStart < 2) return -1;
    if (text.charCodeAt(index) !== 45) return index < limit ? index : -1;
    index++;
  }
}

/** A letter with case, written in capitals, at `index`. */
function isCapitalLetterAt(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && isLetterAt(text, index) && char !== char.toLowerCase();
}

/** A letter with case, written in lower case, at `index`. */
function isLowerCaseLetterAt(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && isLetterAt(text, index) && char !== char.toUpperCase();
}

/** Where the body starts after a dateline's closing period (`end`, just past it): after a space or a tab, at the body's first capital; -1 when not. */
function bodyAfterPeriod(text: string, end: number): number {
  let bodyStart = end;
  while (text.charCodeAt(bodyStart) === 32 || text.charCodeAt(bodyStart) === 9) bodyStart++;
  return bodyStart === end || !opensBody(text, bodyStart) ? -1 : bodyStart;
}

/** A dateline closed by a period: a place with no date and no agency. */
function periodCandidate(start: number, end: number, bodyStart: number, place: string, shape: PlaceShape): DatelineCandidate {
  return { start, end, bodyStart, place, date: null, monthOnly: false, agencies: [], separator: 'period', strongSeparator: false, shape };
}

/** "FORT LAUDERDALE, Fla. ": a city in capitals and an AP state abbreviation whose period ends the dateline. */
const CITY_AND_STATE = /\p{Lu}[\p{Lu} '-]{1,30}, (?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\./uy;

/**
 * "FORT LAUDERDALE, Fla. Purple Beverage Co. announced …": trade papers close an AP-style
 * place with its state's abbreviation and no dash; the abbreviation's period ends the
 * dateline. Only a city in capitals and a known state before the body's first capital.
 */
function placeAndStateBeforeBody(text: string, start: number): DatelineCandidate | null {
  CITY_AND_STATE.lastIndex = start;
  const match = CITY_AND_STATE.exec(text);
  if (match === null) return null;
  const end = start + match[0].length;
  const bodyStart = bodyAfterPeriod(text, end);
  if (bodyStart < 0) return null;
  const place = match[0];
  const shape = placeShape(place);
  if (!shape.wordsOk || !isKnownPlace(shape, place)) return null;
  return periodCandidate(start, end, bodyStart, place, shape);
}

/** A story's first word: a capital, a digit or an opening quotation mark ("„", "«", "“"). */
function opensBody(text: string, index: number): boolean {
  const char = text[index];
  if (char === undefined) return false;
  if (isDigitCode(char.charCodeAt(0)) || '"„“«‘\''.includes(char)) return true;
  return char !== char.toLowerCase();
}

/** Line breaks and the ASCII characters a separator can begin with (the dashes —, – and ― are above ASCII). */
const SEPARATOR_CODES = new Uint8Array(128);
for (const char of '\n\r-.:_|') SEPARATOR_CODES[char.charCodeAt(0)] = 1;

/**
 * "Paris, March 2 (AFP) Mar 02, 2018" on a line of its own: a site prints its own date after the
 * agency's parenthesis. The line is the dateline, the date after the parenthesis its stamp.
 */
function stampAfterAgency(text: string, from: number, lineEnd: number): Separator | null {
  const close = text.lastIndexOf(')', lineEnd - 1);
  if (close <= from || lineEnd - close > 40) return null;
  let at = close + 1;
  while (at < lineEnd && isWhiteSpaceCode(text.charCodeAt(at))) at++;
  const date = at > close + 1 ? readDate(text, at) : null;
  return date !== null && date.day !== null && date.year !== null && date.end === lineEnd ? { start: close + 1, end: lineEnd, kind: 'line' } : null;
}

/** The first dash-like separator between `from` and the end of the line: —, –, --, " - ", "- ", " _ ", " · ", ").-", ": ". */
function findSeparator(text: string, from: number, limit: number): Separator | null {
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index);
    // Most of a head (letters, digits, spaces, commas) is none of the marks below.
    if (!(code < 128 ? SEPARATOR_CODES[code] === 1 : code >= 0x2013 && code <= 0x2015 || code === 0xb7)) continue;
    if (code === 10 || code === 13) {
      // A dateline on a line of its own ends at its agency's closing parenthesis: the line
      // break is its dash (an agency is required for it, see placeIsLikely).
      let last = index;
      while (last > from && isWhiteSpaceCode(text.charCodeAt(last - 1))) last--;
      if (last > from && text.charCodeAt(last - 1) === 41) return { start: last, end: last, kind: 'line' };
      const stamp = stampAfterAgency(text, from, last);
      if (stamp !== null) return stamp;
      // "New Delhi, August 29" on a line of its own, as Indian papers print it: a day ends the line
      // (placeIsLikely then asks for a known place and nothing else).
      if (last > from && isDigitCode(text.charCodeAt(last - 1)) && takeDate(text, from, last).date !== null) return { start: last, end: last, kind: 'line' };
      // "JOHOR BARU, Wed." on a line of its own, as Malaysian papers print it: a weekday after a comma ends the line.
      if (last > from && weekdayAfterComma(text, from, last) !== null) return { start: last, end: last, kind: 'line' };
      // "Bogotá, Colombia." on a line of its own, as Central American papers print it: a place and
      // its country closed by a period (placeIsLikely then asks for a known city and country).
      if (last - 2 > from && text.charCodeAt(last - 1) === 46 && isLetterAt(text, last - 2) && text.lastIndexOf(', ', last) > from) return { start: last - 1, end: last, kind: 'line' };
      return null;
    }
    // Before the text and after it count as a space.
    const previous = index > 0 ? text.charCodeAt(index - 1) : 32;
    const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 32;
    if (code === 0x2014 || code === 0x2013 || code === 0x2015) return { start: index, end: index + 1, kind: 'dash', strong: true };
    if (code === 45) {
      if (next === 45) {
        let end = index;
        while (text.charCodeAt(end) === 45) end++;
        return { start: index, end, kind: 'dash' };
      }
      if (isWhiteSpaceCode(previous) || next === 60 || isWhiteSpaceCode(next) || index + 1 === text.length) return { start: index, end: index + 1, kind: 'dash' };
    }
    // EFE signs off with ").-": "LIMA, 27 jun (EFE).- El presidente"; Central American papers
    // after a place in capitals: "TEGUCIGALPA, HONDURAS.- Tras …", Mexican ones in title case:
    // "Monterrey.- El …", "México.- El …" (the period is no part of the place).
    // (The body may follow with no space: "LA HABANA, Cuba.-El canciller …", "Bogotá.-El …".)
    if (code === 46 && next === 45 && (previous === 41 || (index > from && isLetterAt(text, index - 1) && (isWhiteSpaceCode(index + 2 < text.length ? text.charCodeAt(index + 2) : 32) || isCapitalLetterAt(text, index + 2))))) {
      return { start: index, end: index + 2, kind: 'dash' };
    }
    // "Düsseldorf · Die Landesregierung …": German regional papers set a middle dot between spaces.
    if ((code === 95 || code === 0xb7) && isWhiteSpaceCode(previous) && isWhiteSpaceCode(next)) return { start: index, end: index + 1, kind: 'dash' };
    // "Kampala, Uganda | THE INDEPENDENT | The police …": the outlet between two bars signs the
    // dateline (takeAgencies reads it); the second bar is the dash. A bar alone separates nothing.
    if (code === 124 && previous === 32 && next === 32) {
      // (Looked for within those 42 characters only: a text with no second bar is not read to its end.)
      const second = text.slice(index + 2, index + 45).indexOf(' | ');
      return second > 1 ? { start: index + second + 3, end: index + second + 4, kind: 'dash' } : null;
    }
    if (code === 58 && isWhiteSpaceCode(next) && index > from) return { start: index, end: index + 1, kind: 'colon' };
  }
  return null;
}

const AGENCY_PARENS = /\(([^()]{1,40})\)\s*$/;
/** A paper's initials signing a dateline: "MZ", "HAZ", "WAZ". */
const INITIALS = /^\p{Lu}{2,4}$/u;
const TRAILING_AGENCY_WORD = /(?:, ?| )(\p{L}{2,8})$/u;
/** A press-release wire between slashes at the end of a head: " /PRNewswire/", " /CNW/", " /PRNewswire-Asia/". */
const SLASHED_WIRE = /\s\/(\p{Lu}[\p{L}-]{1,30})\/\s*$/u;
const MONTH_COMMA_DAY = /(\p{L}{3,10}\.?),\s{0,2}(\d{1,2})$/u;

/** Agencies signed at the end of a head: "(AP)", "(Xinhua)", "(AP/Reuters)", ", Reuter", "June 27 Kyodo". */
function takeAgencies(head: string): { head: string; agencies: string[] } | null {
  // Most heads end in a date: the two end-anchored patterns below are tried only where the
  // last character could end them (a pattern anchored with $ is tried from every position).
  let last = head.length - 1;
  while (last >= 0 && isWhiteSpaceCode(head.charCodeAt(last))) last--;
  const parens = last >= 0 && head.charCodeAt(last) === 41 ? AGENCY_PARENS.exec(head) : null;
  if (parens) {
    // "KOTA KINABALU (Malaysia)", "DUBAI (UAE)": a country or a region in parentheses is the place's.
    const inner = parens[1]!.trim();
    if (agencyName(inner) === null && (isCountry(inner) || regionName(inner) !== null)) return { head, agencies: [] };
    // "PUTRAJAYA (Dec 12):", as Borneo papers write it: the date in parentheses (takeDate reads it).
    if (isWholeDate(inner)) return { head, agencies: [] };
    const agencies: string[] = [];
    let known = false;
    for (const part of parens[1]!.split(/[/,&]|\band\b/)) {
      const piece = part.trim();
      const name = agencyName(piece) ?? agencyAndEdition(piece);
      // A known agency's desk in lower case after it ("dpa/lby", "dpa/lnw") signs no other agency.
      if (name === null && known && /^[a-z]{2,4}$/.test(piece)) continue;
      // One capitalised word after a known agency's slash is its edition ("CNN/Money"): one signer.
      if (name === null && known && /^\p{Lu}\p{Ll}{2,15}$/u.test(piece) && parens[1]!.includes(`/${piece}`)) {
        agencies[agencies.length - 1] += `/${piece}`;
        known = false;
        continue;
      }
      known = name !== null;
      const agency = name ?? (looksLikeAgency(piece) ? piece : null);
      if (agency === null) return null;
      agencies.push(agency);
    }
    return { head: head.slice(0, parens.index).trimEnd(), agencies };
  }
  // An agency or a paper's initials after a slash, German style: "München/dpa –", "Köthen/MZ -",
  // "Dessau/Köthen/MZ -" (never a place: "Köln/Bonn", "ROM/PARIS"; and initials only after a
  // place in lower case, as "TOKYO/NYC" may name two places).
  const slash = head.lastIndexOf('/');
  const signer = slash > 0 ? head.slice(slash + 1).trim() : '';
  const before = head.slice(0, slash);
  if (signer.length >= 2 && (agencyName(signer) !== null || INITIALS.test(signer) && before !== before.toUpperCase() && !isKnownPlace(placeShape(signer), signer)) && /\p{L}$/u.test(before)) {
    return { head: head.slice(0, slash).trimEnd(), agencies: [agencyName(signer) ?? signer] };
  }
  // An outlet after a bar: "Kampala, Uganda | THE INDEPENDENT" (written in capitals, or a known agency).
  const bar = head.lastIndexOf(' | ');
  if (bar > 0) {
    const outlet = head.slice(bar + 3).trim();
    // (Never a clock time or a date: "SENIN, 25 SEPTEMBER 2023 | 21:18 WIB |" is a stamp.)
    if (/\d/.test(outlet)) return null;
    return outlet.length >= 2 && (outlet === outlet.toUpperCase() || agencyName(outlet) !== null) ? { head: head.slice(0, bar).trimEnd(), agencies: [agencyName(outlet) ?? outlet] } : null;
  }
  // Press-release wires between slashes: "BOSTON, Jan. 9, 2024 /PRNewswire/", "… /CNW/".
  const wire = last >= 0 && head.charCodeAt(last) === 47 ? SLASHED_WIRE.exec(head) : null;
  if (wire) return { head: head.slice(0, wire.index).trimEnd(), agencies: [wire[1]!] };
  const lastCode = head.charCodeAt(head.length - 1);
  const word = lastCode > 127 || ((lastCode | 32) >= 97 && (lastCode | 32) <= 122) ? TRAILING_AGENCY_WORD.exec(head) : null;
  if (word && BIG_WIRES.has(word[1]!.toLowerCase())) return { head: head.slice(0, word.index).trimEnd(), agencies: [agencyName(word[1]!) ?? word[1]!] };
  const signed = word === null ? null : agencyAfterComma(word[0]!, word[1]!);
  if (signed !== null) return { head: head.slice(0, word!.index).trimEnd(), agencies: [signed] };
  // A site signing with its domain after the place: "JAKARTA, KOMPAS.com –", "Jakarta, goindonesia.co :".
  const comma = head.lastIndexOf(',');
  const domain = comma > 0 ? head.slice(comma + 1).trim() : '';
  if (domain.length > 0 && WEB_DOMAIN.test(domain)) return { head: head.slice(0, comma).trimEnd(), agencies: [domain] };
  return { head, agencies: [] };
}

/** A site's name as its web domain: "KOMPAS.com", "TEMPO.CO", "goindonesia.co", "detik.co.id". */
const WEB_DOMAIN = /^[\p{L}\d][\p{L}\d-]{1,30}\.(?:[a-z]{2,4}(?:\.[a-z]{2})?|[A-Z]{2,4}(?:\.[A-Z]{2})?)$/u;

/** "TEMPO.CO, Jakarta": a site's domain that signs before the place, and the place after it; else null. */
function domainBeforePlace(place: string): { domain: string; place: string } | null {
  const comma = place.indexOf(',');
  if (comma < 0) return null;
  const domain = place.slice(0, comma).trim();
  const rest = place.slice(comma + 1).trim();
  return rest.length > 0 && WEB_DOMAIN.test(domain) ? { domain, place: rest } : null;
}

/**
 * "RIYADH, June 5, 2024, SPA --", "Tehran, IRNA –": other known agencies sign after a comma
 * too, but many are acronyms that could be a place's last part: only one written in capitals,
 * of three letters or more, that is no region or country ("PITTSBURGH, PA", "DUBAI, UAE").
 */
function agencyAfterComma(written: string, word: string): string | null {
  if (written.charCodeAt(0) !== 44 || word.length < 3 || word !== word.toUpperCase()) return null;
  const name = agencyName(word);
  return name === null || regionName(word) !== null || isCountry(word) ? null : name;
}

/**
 * An agency the lexicon does not know signs like one: an acronym ("KPL", "BelTA", "KazTAG"):
 * one word with two capitals or more, of at most six letters when all are capitals. A plain
 * capitalised word ("(Updated)", "(Video)") or a shouted one ("(UPDATED)") does not.
 */
/**
 * A known agency and one capitalised word of its service or edition: "ANTARA News", "Antara
 * Bali", "Xinhua English". The agency, or null.
 */
function agencyAndEdition(piece: string): string | null {
  const space = piece.indexOf(' ');
  if (space < 2 || piece.indexOf(' ', space + 1) >= 0 || !/^\p{Lu}\p{L}{1,14}$/u.test(piece.slice(space + 1))) return null;
  return agencyName(piece.slice(0, space));
}

function looksLikeAgency(piece: string): boolean {
  if (!/^\p{Lu}\p{L}{1,11}$/u.test(piece)) return false;
  let capitals = 0;
  for (const letter of piece) if (letter !== letter.toLowerCase()) capitals++;
  return capitals >= 2 && (capitals < piece.length || piece.length <= 6);
}

/** Finds the date that ends a head ("…, June 27", "… Okla. March 11", "…, 27 jun"), scanning word starts left to right. */
/** Whether `text` is a date with its day and nothing else ("Dec 12", "12 December 2023"). */
function isWholeDate(text: string): boolean {
  const date = /^[\p{L}\d]/u.test(text) ? readDate(text, 0) : null;
  return date !== null && date.day !== null && date.end === text.length;
}

function takeDate(text: string, start: number, end: number): { placeEnd: number; date: WrittenDate | null; monthOnly: boolean } {
  // "PUTRAJAYA (Dec 12)": a date in parentheses ends the head; the place ends at the parenthesis.
  if (end - start > 4 && text.charCodeAt(end - 1) === 41) {
    const open = text.lastIndexOf('(', end - 1);
    if (open > start && end - open <= 40 && isWhiteSpaceCode(text.charCodeAt(open - 1))) {
      const date = isWholeDate(text.slice(open + 1, end - 1)) ? readDate(text, open + 1) : null;
      if (date !== null) return { placeEnd: open, date, monthOnly: false };
    }
  }
  // Offsets into `text` throughout: the head is cut out only for the one end-anchored pattern.
  const comma = end > start ? text.lastIndexOf(',', end - 1) : -1;
  const hasComma = comma >= start;
  // "Feb,26": a comma, at most two spaces and one or two digits end the head.
  const oddComma = hasComma && end - comma <= 5 && isDigitCode(text.charCodeAt(end - 1)) ? MONTH_COMMA_DAY.exec(text.slice(start, end)) : null;
  // The longest date form ("Wednesday, 27 de septiembre de 2024") is under 40 characters.
  for (let index = Math.max(start, end - 40); index < end; index++) {
    const previous = index > start ? text.charCodeAt(index - 1) : 32;
    // After a space, a comma, a tab, or a slash ("DENVER/Jan. 9, 2024 –", press-release style).
    if (previous !== 32 && previous !== 44 && previous !== 9 && previous !== 47) continue;
    const code = text.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) continue;
    const date = mayStartDate(text, index) ? readDate(text, index, { fuzzy: true }) : null;
    if (date !== null && date.day !== null && date.end === end) return { placeEnd: index, date, monthOnly: false };
    if (oddComma && start + oddComma.index === index) {
      const month = monthNumber(oddComma[1]!, true);
      const day = Number(oddComma[2]);
      if (month !== null && day >= 1 && day <= 31) {
        return { placeEnd: index, date: { start: index, end, year: null, month, day, weekday: null }, monthOnly: false };
      }
    }
  }
  // A month alone ends the head: "SYDNEY, April -".
  if (hasComma && comma > start) {
    const tail = text.slice(comma + 1, end).trim();
    if (/^\p{L}{3,9}\.?$/u.test(tail) && monthNumber(tail) !== null) return { placeEnd: comma, date: null, monthOnly: true };
  }
  return { placeEnd: end, date: null, monthOnly: false };
}

/**
 * "MOSCOW, June 3. /TASS/": TASS closes the date with a period. A head ending in a digit and a
 * period is read as ending at the digit, when a date ends there; else null.
 */
function dateBeforePeriod(text: string, start: number, end: number): ReturnType<typeof takeDate> | null {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 46 || !isDigitCode(text.charCodeAt(end - 2))) return null;
  const ending = takeDate(text, start, end - 1);
  return ending.date === null ? null : ending;
}

/** The first three letters (case folded, as one number) of every ASCII weekday word of every locale. */
const WEEKDAY_STEMS = new Set(
  LOCALES.flatMap((locale) => [...locale.weekdays.keys()])
    .filter((word) => /^[a-z]{3}/.test(word))
    .map((word) => stemKey(word, 0)),
);

function stemKey(text: string, index: number): number {
  return ((text.charCodeAt(index) | 32) << 16) | ((text.charCodeAt(index + 1) | 32) << 8) | (text.charCodeAt(index + 2) | 32);
}

/**
 * False where readDate surely finds nothing: a word of ASCII letters that is no weekday and
 * is not followed, after an optional period or comma and spaces, by a digit or "de". Most
 * words of a place are ruled out so, without trying the date patterns at each; anything
 * else (digits, letters beyond ASCII) goes to readDate.
 */
function mayStartDate(text: string, index: number): boolean {
  let end = index;
  for (let code = text.charCodeAt(end); (code | 32) >= 97 && (code | 32) <= 122; code = text.charCodeAt(++end));
  if (end === index) return true;
  const next = text.charCodeAt(end);
  if (next > 127) return true;
  // Every date pattern opens with at least three letters.
  if (end - index < 3) return false;
  return (end - index <= 10 && numberFollows(text, end)) || WEEKDAY_STEMS.has(stemKey(text, index));
}

/** After a word ending at `end`: an optional period and comma, spaces, then a digit or "de". */
function numberFollows(text: string, end: number): boolean {
  let index = end;
  if (text.charCodeAt(index) === 46) index++;
  if (text.charCodeAt(index) === 44) index++;
  if (!isWhiteSpaceCode(text.charCodeAt(index))) return false;
  while (isWhiteSpaceCode(text.charCodeAt(index))) index++;
  const after = text.charCodeAt(index);
  return isDigitCode(after) || after === 100 || after === 68;
}

/**
 * After "KANSAS CITY, Mo. -" a date may follow, then the real dash: "- March 13 -"; or a full
 * date and a colon, as Egyptian and Pakistani papers write it: "CAIRO - 2 July 2017: President …".
 */
function dateAfterDash(text: string, separator: Separator): { date: WrittenDate; separator: Separator } | null {
  // (Not after a middle dot: "Paddy · April 19, 2019 ·" is a blog's author and date, no place's.)
  if (text.charCodeAt(separator.start) === 0xb7) return null;
  let index = separator.end;
  while (text[index] === ' ' || text[index] === '\t') index++;
  const date = readDate(text, index, { fuzzy: true });
  if (date === null || date.day === null) return null;
  // (The colon only after a year: "- June 5: …" may open a list of days.)
  if (date.year !== null && text.charCodeAt(date.end) === 58 && (text[date.end + 1] === ' ' || text[date.end + 1] === '\t')) {
    return { date, separator: { start: date.end, end: date.end + 1, kind: 'dash' } };
  }
  let after = date.end;
  while (text[after] === ' ' || text[after] === ',') after++;
  const next = findSeparator(text, after, after + 2);
  return next !== null && next.kind === 'dash' && next.start === after ? { date, separator: next } : null;
}

/** "(Bloomberg) --": an agency with no place. */
const agencyOnly: Extractor = (lead) => {
  if (lead.text.charCodeAt(lead.start) !== 40) return null;
  const head = lead.text.slice(lead.start, lead.headEnd);
  if (!/^\([^()]{1,40}\)$/.test(head)) return null;
  const taken = takeAgencies(head);
  if (taken === null || taken.agencies.length === 0) return null;
  const alone = candidate(lead, null, null, false, taken.agencies);
  return placeAfterAgency(lead, alone) ?? alone;
};

/**
 * "(ANSA) - ROMA, 12 GIU - Il governo …", "(AGI) - Roma, 5 giu. - Il …": Italian agencies sign
 * first and write the place and the date after. When what follows the agency's dash is itself
 * a place with a date and a dash, on the same line, the dateline runs to that dash.
 */
function placeAfterAgency(lead: Lead, alone: DatelineCandidate): DatelineCandidate | null {
  if (lead.separator.kind !== 'dash') return null;
  const inner = readLead(lead.text, alone.bodyStart);
  if (inner === null || inner.separator.kind !== 'dash' || lead.text.slice(alone.bodyStart, inner.separator.start).includes('\n')) return null;
  const after = placeAndDate(inner);
  if (after === null || after.date === null || after.place === null || !REFINERS.every((refine) => refine(after, inner))) return null;
  return { ...after, start: alone.start, agencies: [...alone.agencies, ...after.agencies] };
}

/**
 * "(NEW YORK) —": a broadcaster's place in parentheses, with no agency (ABC News' radio copy).
 * Only a known place in capitals: "(UPDATED) —" and "(BREAKING NEWS) —" are labels.
 */
const placeInParentheses: Extractor = (lead) => {
  if (lead.text.charCodeAt(lead.start) !== 40 || lead.separator.kind !== 'dash') return null;
  const head = lead.text.slice(lead.start, lead.headEnd);
  if (!/^\([^()]{2,40}\)$/.test(head)) return null;
  const place = head.slice(1, -1).trim();
  if (agencyName(place) !== null) return null;
  const shape = placeShape(place);
  if (shape.casing !== 'upper' || !shape.wordsOk || !isKnownPlace(shape, place)) return null;
  return candidate(lead, place, null, false, []);
};

/** "PLACE[, Region][, Country] [(Agency)][, Month Day][, Reuter] —", including the date-first "APRIL 7 -". */
const placeAndDate: Extractor = (lead) => {
  // "By Jane Doe Jakarta, July 15 (ANTARA) -": a byline run into the dateline; read from the known city.
  // In capitals it may stand alone, undated: "BY STAFF REPORTER ADDIS ABABA –".
  const capitals = lead.text.startsWith('BY ', lead.start);
  const city = capitals || lead.text.startsWith('By ', lead.start) ? cityAfterByline(lead, capitals) : -1;
  if (city > lead.start) {
    const read = placeAndDate({ ...lead, start: city });
    if (read === null) return null;
    return (read.date !== null && read.agencies.length > 0) || (capitals && read.date === null && read.agencies.length === 0 && read.place !== null) ? read : null;
  }
  const head = lead.text.slice(lead.start, lead.headEnd);
  const taken = takeAgencies(head) ?? outletAfterCountry(head, lead.separator);
  if (taken === null) return null;
  const headEnd = lead.start + trimTrailing(taken.head, ' \t,').length;
  const ending = dateBeforePeriod(lead.text, lead.start, headEnd) ?? takeDate(lead.text, lead.start, headEnd);
  const { monthOnly } = ending;
  let placeEnd = ending.placeEnd;
  let date = ending.date;
  let separator = lead.separator;
  if (date === null && !monthOnly) {
    const after = dateAfterDash(lead.text, separator);
    if (after !== null) ({ date, separator } = after);
  }
  const dayAlone = date === null && !monthOnly && taken.agencies.length > 0 ? dayBeforeAgency(lead.text, lead.start, headEnd) : null;
  if (dayAlone !== null) placeEnd = dayAlone.comma;
  // Trailing commas go, with a stray period after one ("Hauppauge, N.Y,. March 13"); "Calif." keeps its own.
  let place = trimPlace(lead.text.slice(lead.start, placeEnd));
  // "DENVER/Jan. 9, 2024": the slash before the date is no part of the place.
  if (ending.date !== null && place.endsWith('/')) place = trimPlace(place.slice(0, -1));
  if (date !== null) place = withoutBeforeDay(place);
  // "March 03, Colombo (LNW):": a signed dateline may give its date first, then the place.
  if (date === null && !monthOnly && dayAlone === null && taken.agencies.length > 0) {
    const first = placeAfterDate(lead.text, lead.start, lead.start + place.length);
    if (first !== null) ({ date, place } = first);
  }
  // The agency may also sit between place and date: "BEIJING (Xinhua) June 27 —".
  let agencies = taken.agencies;
  // "TEMPO.CO, Jakarta –": a site's domain may sign first.
  const signedFirst = agencies.length === 0 ? domainBeforePlace(place) : null;
  if (signedFirst !== null) {
    place = signedFirst.place;
    agencies = [signedFirst.domain];
  }
  const inner = place.length > 0 && date !== null ? takeAgencies(place) : null;
  if (inner && inner.agencies.length > 0) {
    place = trimTrailing(inner.head, ' \t,');
    agencies = [...inner.agencies, ...agencies];
  }
  const read = candidate(lead, place.length > 0 ? place : null, date, monthOnly, agencies, separator);
  if (dayAlone !== null) read.dayAlone = dayAlone.day;
  // "JOHOR BARU, Wed. —": a weekday alone after the place dates the dateline.
  const weekday = read.date === null && !monthOnly && dayAlone === null && read.place !== null ? weekdayAfterComma(read.place, 0, read.place.length) : null;
  if (weekday !== null) {
    read.weekdayAlone = weekday.weekday;
    const place = trimPlace(read.place!.slice(0, weekday.comma));
    read.place = place.length > 0 ? place : null;
  }
  return read;
};

/**
 * "By Jane Doe Jakarta, July 15 (ANTARA) -": where a known city of one to three capitalised
 * words begins after a byline's "By" and two or three capitalised words of a name, before the
 * head's first comma; -1 when there is none. A byline in capitals ("BY STAFF REPORTER ADDIS
 * ABABA –") may run to the head's end with no comma, every word in capitals.
 */
function cityAfterByline(lead: Lead, capitals = false): number {
  const { text } = lead;
  let comma = indexWithin(text, 44, lead.start, lead.headEnd);
  if (comma < 0 && capitals) comma = lead.start + trimTrailing(text.slice(lead.start, lead.headEnd), ' \t').length;
  if (comma < 0) return -1;
  const words = text.slice(lead.start + 3, comma).split(' ');
  if (words.length < 3 || words.length > 6 || !words.every((word) => /^\p{Lu}[\p{L}'.-]*$/u.test(word))) return -1;
  if (capitals && (words[0] === 'THE' || words.some((word) => word !== word.toUpperCase()))) return -1;
  for (let name = 2; name <= 3 && name < words.length; name++) {
    const place = words.slice(name).join(' ');
    if (words.length - name <= 3 && isKnownCity(place)) return comma - place.length;
  }
  return -1;
}

/**
 * "March 03, Colombo": a day with its month, a comma and a place of one to three words in
 * capitals or title case, the whole of text[start, end); else null.
 */
function placeAfterDate(text: string, start: number, end: number): { date: WrittenDate; place: string } | null {
  const date = readDate(text, start);
  if (date === null || date.day === null || text.charCodeAt(date.end) !== 44 || text.charCodeAt(date.end + 1) !== 32) return null;
  const place = text.slice(date.end + 2, end).trim();
  if (place.length < 2 || place.split(' ').length > 3) return null;
  const shape = placeShape(place);
  return shape.wordsOk && shape.parts.length === 1 && (shape.casing === 'upper' || shape.casing === 'title') ? { date, place } : null;
}

/** "Lagos, Nigeria (Naija247news) —": a place, its country or region, an outlet in parentheses, then a dash. */
const OUTLET_AFTER_COUNTRY = /^[^,()]{2,40}, ([^,()]{2,30}) \(([^()]{2,30})\)$/u;

/**
 * "Lagos, Nigeria (Naija247news) —", "Enugu, Nigeria (Daily Trust) –": a city, a known country,
 * a region or a date after its comma, and before the dash an outlet in parentheses that no list knows:
 * the form says the parenthesis signs the dateline (a country or region inside one is the
 * place's, "KOTA KINABALU (Malaysia)", and takeAgencies reads it). Not a label ("(Updated)",
 * "(Video)"), nor anything but one to three words that open with a letter or a digit.
 */
function outletAfterCountry(head: string, separator: Separator): { head: string; agencies: string[] } | null {
  if (separator.kind !== 'dash' || head.charCodeAt(head.length - 1) !== 41) return null;
  const match = OUTLET_AFTER_COUNTRY.exec(head);
  if (match === null) return null;
  const area = match[1]!.trim();
  const outlet = match[2]!.trim();
  // (Or the date: "Colombo, Feb 21 (Daily Mirror) -", a city and a date sign with the outlet too.)
  if (!isCountry(area) && regionName(area) === null && takeDate(area, 0, area.length).date === null) return null;
  // ("News" names outlets, "Africa News", as often as it labels: "(Breaking News)" has "breaking".)
  const named = outlet.replace(/ ?\bnews$/i, '');
  if (!/^[\p{L}\d][\p{L}\d.&'’-]*(?: [\p{L}\d][\p{L}\d.&'’-]*){0,2}$/u.test(outlet) || named.length === 0 || hasSentenceWord(named)) return null;
  return { head: head.slice(0, head.length - match[2]!.length - 2).trimEnd(), agencies: [outlet] };
}

/**
 * "MADRID, 5 (EUROPA PRESS) -", "MADRID, 05 (SERVIMEDIA)": Spanish agencies write the day of
 * the month alone. Read only before a signed agency: a comma, one or two digits (1-31) and the
 * head's end.
 */
function dayBeforeAgency(text: string, start: number, end: number): { comma: number; day: number } | null {
  let digits = end;
  while (digits > start && end - digits < 3 && isDigitCode(text.charCodeAt(digits - 1))) digits--;
  if (digits === end || end - digits > 2) return null;
  let comma = digits;
  while (comma > start && text.charCodeAt(comma - 1) === 32) comma--;
  if (comma - 1 <= start || text.charCodeAt(comma - 1) !== 44) return null;
  const day = Number(text.slice(digits, end));
  return day >= 1 && day <= 31 ? { comma: comma - 1, day } : null;
}

/** Every locale's words between a dateline's place and its date ("le"), lower-case. */
const BEFORE_DAY = new Set(LOCALES.flatMap((locale) => locale.dateWords.beforeDay));
const LONGEST_BEFORE_DAY = Math.max(0, ...[...BEFORE_DAY].map((word) => word.length));

/** "Lyon, le" → "Lyon": the word that opens the date ("Lyon, le 3 juin") is no part of the place. */
function withoutBeforeDay(place: string): string {
  const comma = place.lastIndexOf(',');
  // Most places end in a longer part ("NEW YORK", "Calif."): no slice for those.
  if (comma < 0 || place.length - comma > LONGEST_BEFORE_DAY + 3) return place;
  if (!BEFORE_DAY.has(place.slice(comma + 1).trim().toLowerCase())) return place;
  return trimPlace(place.slice(0, comma));
}

/** A candidate ending at the lead's separator, or at `separator` when a date after it moved the end. */
function candidate(lead: Lead, place: string | null, date: WrittenDate | null, monthOnly: boolean, agencies: string[], separator = lead.separator): DatelineCandidate {
  let bodyStart = skipWhiteSpace(lead.text, separator.end);
  // A dateline on a line of its own may be underlined: "JOHOR BARU, Wed.\n----------\n\nSome …".
  if (separator.kind === 'line') {
    const rule = ruleEnd(lead.text, bodyStart);
    if (rule > bodyStart) bodyStart = skipWhiteSpace(lead.text, rule);
  }
  return { start: lead.start, end: separator.end, bodyStart, place, date, monthOnly, agencies, separator: separator.kind, strongSeparator: separator.strong === true, shape: null };
}

function skipWhiteSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isWhiteSpaceCode(text.charCodeAt(index))) index++;
  return index;
}

/** Where a rule of three or more "-", "=", "_" or "*" at `from` ends, with its line; `from` when there is none. */
function ruleEnd(text: string, from: number): number {
  const mark = text.charCodeAt(from);
  if (mark !== 45 && mark !== 61 && mark !== 95 && mark !== 42) return from;
  let index = from;
  while (text.charCodeAt(index) === mark) index++;
  if (index - from < 3) return from;
  while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9 || text.charCodeAt(index) === 13) index++;
  return index >= text.length || text.charCodeAt(index) === 10 ? index : from;
}

const EXTRACTORS: readonly Extractor[] = [agencyOnly, placeInParentheses, placeAndDate];

/** A place must look like one; without a date or an agency it must be a known place. */
const placeIsLikely: Refiner = (candidate, lead) => {
  // (On a line of its own with no agency, only a known place and a day: "New Delhi, August 29".)
  if (candidate.separator === 'line' && candidate.agencies.length === 0 && !isDatedLine(candidate) && candidate.weekdayAlone === undefined && !isPlaceLine(candidate, lead)) return false;
  if (candidate.place === null) return candidate.agencies.length > 0 || (candidate.date !== null && candidate.separator === 'dash');
  const shape = placeShape(candidate.place);
  candidate.shape = shape;
  if (!shape.wordsOk) return false;
  // (On a line of its own, the place is in capitals or known: "Floods hit Dakar (AFP)" is a headline;
  // or in title case before a date: "La Habana, 5 jun (Prensa Latina) El …", "Arequipa, 27 de junio (Andina). El …".)
  if (candidate.separator === 'line' && shape.casing !== 'upper' && !isKnownPlace(shape, candidate.place) && !isTitlePlaceAndDate(candidate, lead)) return false;
  // A colon ends a place in capitals, a known place with its agency, or an Indian wire's place with its country in brackets
  // ("Margao (Goa) [India], February 8 (ANI):", "New Delhi [India]:"), a form no sentence has.
  if (candidate.separator === 'colon') {
    if (/^\p{Lu}[^[\]]*\[\p{Lu}[^[\]]*\]$/u.test(candidate.place)) return true;
    // ("Islamabad, Pakistan (APP):", "New Delhi (ANI):": a known place signed by an agency.)
    if (candidate.agencies.length > 0 && isKnownPlace(shape, candidate.place)) return true;
    // ("March 03, Colombo (LNW):": a date, a place and a signature, a form no sentence has.)
    if (candidate.agencies.length > 0 && candidate.date !== null && candidate.date.start === candidate.start) return true;
    if (shape.casing === 'upper' && (candidate.date !== null || isKnownPlace(shape, candidate.place))) return true;
    // ("Bishkek, 27 May:", as Central Asian wires write it: a place in title case, a comma and a date.)
    if (isTitlePlaceAndDate(candidate, lead)) return true;
    // ("New Delhi: Union Minister …", as Indian papers write it: a known place in title case alone,
    // before a report whose first sentence ends on its line; "Wien: Kein Bier für Ungeimpfte" is a headline.)
    if (shape.casing === 'title' && candidate.agencies.length === 0 && candidate.date === null && isKnownPlace(shape, candidate.place)) {
      return readsAsReport(lead.text, candidate.bodyStart) && hasSentenceEnd(lead.text, candidate.bodyStart) && !isTitleCased(lead.text, candidate.bodyStart);
    }
    return isCapitalsBeforeColon(candidate, lead, shape) || isTownNamedAgain(candidate, lead, shape);
  }
  // A weekday alone is weaker than a date: the place in capitals ("JOHOR BARU, Wed."), or known.
  if (candidate.weekdayAlone !== undefined && candidate.agencies.length === 0) return isPlaceInCapitals(candidate.place, shape) || isKnownPlace(shape, candidate.place);
  if (candidate.date !== null || candidate.monthOnly || candidate.agencies.length > 0) {
    return shape.casing !== 'mixed' || /^\p{Lu}/u.test(candidate.place);
  }
  // ".-" is a Spanish-language paper's mark, which no sentence writes: a country alone before it is
  // the dateline's place in title case too ("México.- El presidente …").
  if (shape.parts.length === 1 && isCountry(candidate.place) && lead.text.charCodeAt(lead.separator.start) === 46 && lead.text.charCodeAt(lead.separator.start + 1) === 45) return true;
  // An unknown place alone needs an em dash and capitals: "UVALDE —", not "COPPER GRADE A -";
  // and no word of a masthead: "FORUM KEADILAN –" is a site signing its copy.
  if (isKnownPlace(shape, candidate.place)) return true;
  // ("MANSEHRA - Police …": one word in capitals before a spaced hyphen, a town the story names again.)
  if (!candidate.strongSeparator && isTownNamedAgain(candidate, lead, shape)) return true;
  if (!candidate.strongSeparator || shape.casing !== 'upper' || shape.parts.length !== 1) return false;
  const words = candidate.place.split(/\s+/);
  // ("MIGRATION – Kenia …", "POLITIK –", "CLIMATE CHANGE —": a topic's kicker, not a town.)
  if (words.length <= 3 && isKickerInCapitals(words.join(' '))) return false;
  if (words.length <= 3 && isWrittenAsNoun(candidate.place, lead.text, candidate.bodyStart)) return false;
  return words.length <= 3 && !words.some((word) => MASTHEAD_WORDS.has(word.toLowerCase()));
};


/** Every locale's words that open a label or a speaker's name before a colon ("READ MORE:", "MODERATOR:"), lower-case. */
const COLON_LABELS = new Set(LOCALES.flatMap((locale) => locale.dateline.colonLabels ?? []));
/** Words a quotation's body opens with, not a report's ("BIDEN: We will win"), lower-case. */
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'll", 'we', "we're", "we've", "we'll", 'my', 'our', 'us', 'me', 'you', "you're", 'your', "let's", 'let']);
/** A body's first line shorter than this that ends in no sentence's mark is a headline's. */
const HEADLINE_LINE = 120;
/** What ends a sentence's line: its mark, or a quotation's or a parenthesis' close after it. */
const SENTENCE_CLOSERS = '.!?"”’)\'';
/** How far after the body's start a transcript's next speaker label is looked for. */
const TRANSCRIPT_REACH = 2000;

/**
 * "GEORGE TOWN: Penang will …", "PETALING JAYA: Police have …": Malaysian, Singaporean and South
 * Asian papers close a place in capitals with a colon, a form that needs no gazetteer: two or
 * three words of capital letters alone and no comma (one word alone is as often a headline's
 * label, "BOOM:", "HUFFPOLLSTER:", and is read only when known, "DHAKA:"), no word of a label or
 * a speaker ("READ MORE:", "MODERATOR:", and the sentence words: "BREAKING NEWS:"), and a body
 * that opens as a report (a capital, not a quotation or "We", "I": "BIDEN: We will win") and
 * reads as one: its first line ends a sentence or runs on (a headline's ends short and
 * unpunctuated). A transcript labels its speakers so line after line ("BLITZER: … / SMITH: …"):
 * a line further on that opens with capitals and a colon makes the head a speaker.
 */
function isCapitalsBeforeColon(candidate: DatelineCandidate, lead: Lead, shape: PlaceShape): boolean {
  const place = candidate.place!;
  if (candidate.agencies.length > 0 || shape.casing !== 'upper' || shape.parts.length !== 1 || place.length < 4) return false;
  const words = place.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  for (const word of words) if (word.length < 2 || !/^\p{Lu}+$/u.test(word) || COLON_LABELS.has(word.toLowerCase())) return false;
  return readsAsReport(lead.text, candidate.bodyStart);
}

/** Every locale's articles before a capitalised noun ("die", "der"), lower-case. */
const NOUN_ARTICLES = new Set(LOCALES.flatMap((locale) => locale.dateline.nounArticles ?? []));

/**
 * Whether the story writes the head of a dateline in capitals as a common noun: in lower case
 * ("ECONOMY — … the economy grew", "BUDGET TALKS — … the budget talks") or, in German, after an
 * article ("WAHL – … die Wahl", "SEUCHE – … der Seuche"). A town's name is written neither way
 * ("UVALDE — … in Uvalde"), so an unknown head read so is a topic's kicker that no list names.
 */
function isWrittenAsNoun(head: string, text: string, body: number): boolean {
  const lower = head.toLowerCase();
  const limit = Math.min(text.length, body + TOWN_REACH);
  if (hasWholeWord(text, lower, body, limit, () => true)) return true;
  if (NOUN_ARTICLES.size === 0) return false;
  const title = lower.replace(/(^|[ -])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
  return hasWholeWord(text, title, body, limit, (at) => NOUN_ARTICLES.has(wordBeforeSpace(text, at)));
}

/** Whether `word` stands in text[from, limit) as a whole word (no letter either side) where `accept` holds. */
function hasWholeWord(text: string, word: string, from: number, limit: number, accept: (at: number) => boolean): boolean {
  for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= limit; at = text.indexOf(word, at + word.length)) {
    if ((at > 0 && isLetterAt(text, at - 1)) || isLetterAt(text, at + word.length)) continue;
    if (accept(at)) return true;
  }
  return false;
}

/** Every locale's words beside a town's name that make it a place ("in Kohat", "Kohat district"), lower-case. */
const TOWN_BEFORE = new Set(LOCALES.flatMap((locale) => locale.dateline.townContext?.before ?? []));
const TOWN_AFTER = new Set(LOCALES.flatMap((locale) => locale.dateline.townContext?.after ?? []));
/** How far into the story a town's name is looked for again. */
const TOWN_REACH = 5000;

/**
 * "KOHAT: The police claimed …", "MANSEHRA - Police have …": South Asian papers date a local
 * story by its town alone, in capitals, before a colon or a spaced hyphen, and most towns are in
 * no gazetteer. One word of capital letters (four or more, no label or masthead word: "UPDATE:",
 * "WATCH:", "PHOTOS:" stay out) is such a town when the body reads as a report (a sentence, not
 * a title or a quotation) and the story names it again in title case beside a word of place
 * ("in Kohat", "from Mansehra", "Kohat district", "Mansehra police"): a label ("DEMAND:") or a
 * speaker ("SMITH: The …", "Smith said") is not written so.
 */
function isTownNamedAgain(candidate: DatelineCandidate, lead: Lead, shape: PlaceShape): boolean {
  const place = candidate.place!;
  if (candidate.agencies.length > 0 || candidate.date !== null || shape.casing !== 'upper' || shape.parts.length !== 1) return false;
  if (place.length < 4 || place.length > 20 || !/^\p{Lu}+$/u.test(place)) return false;
  const lower = place.toLowerCase();
  if (COLON_LABELS.has(lower) || MASTHEAD_WORDS.has(lower) || isKickerInCapitals(place)) return false;
  const { text } = lead;
  const body = candidate.bodyStart;
  if (!readsAsReport(text, body) || !hasSentenceEnd(text, body) || isTitleCased(text, body)) return false;
  const name = place[0] + place.slice(1).toLowerCase();
  const limit = Math.min(text.length, body + TOWN_REACH);
  for (let at = text.indexOf(name, body); at >= 0 && at + name.length <= limit; at = text.indexOf(name, at + name.length)) {
    if ((at > 0 && isLetterAt(text, at - 1)) || isLetterAt(text, at + name.length)) continue;
    if (TOWN_BEFORE.has(wordBeforeSpace(text, at)) || TOWN_AFTER.has(wordAfter(text, at + name.length))) return true;
  }
  return false;
}

/** The word of letters right after `at` past one space, lower-cased ("" when none). */
function wordAfter(text: string, at: number): string {
  if (text.charCodeAt(at) !== 32) return '';
  let end = at + 1;
  while (end < text.length && end - at < 16 && isLetterAt(text, end)) end++;
  return text.slice(at + 1, end).toLowerCase();
}

/** How far a report's first sentence is looked for. */
const FIRST_SENTENCE = 400;

/** Whether a sentence ends (. ! ? before white space or the end) on the line from `body`, within 400 characters. */
function hasSentenceEnd(text: string, body: number): boolean {
  const limit = Math.min(text.length, body + FIRST_SENTENCE);
  for (let index = body; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) return false;
    if ((code === 46 || code === 33 || code === 63) && (index + 1 === text.length || isWhiteSpaceCode(text.charCodeAt(index + 1)))) return true;
  }
  return false;
}

/** How many words of a body's first line are read for its case. */
const CASED_WORDS = 12;

/**
 * Whether the first words of the line at `body` are a headline's, in title case: of its first
 * twelve words of three letters or more, fewer than two written in lower case ("Two Shot Dead
 * By Police In a Robbery Attempt."; a report's sentence has its verbs and function words in
 * lower case: "The Union minister on Saturday said …"), and fewer than four up to the end of
 * its first sentence: a report may open with a long title in capitals ("His Highness Shaikh
 * Mohammad Bin Zayed Al Nahyan, Abu Dhabi Crown Prince and Deputy Supreme Commander of the UAE
 * Armed Forces, on Tuesday received …"), a headline is short.
 */
function isTitleCased(text: string, body: number): boolean {
  const limit = Math.min(text.length, body + FIRST_SENTENCE);
  let words = 0;
  let lower = 0;
  let index = body;
  while (index < limit && text.charCodeAt(index) !== 10) {
    if (!isLetterAt(text, index)) {
      const code = text.charCodeAt(index);
      // The first sentence's end: . ! ? before white space.
      if ((code === 46 || code === 33 || code === 63) && (index + 1 === text.length || isWhiteSpaceCode(text.charCodeAt(index + 1)))) break;
      index++;
      continue;
    }
    const start = index;
    while (index < limit && isLetterAt(text, index)) index++;
    if (index - start < 3) continue;
    words++;
    if (isLowerCaseLetterAt(text, start)) lower++;
    if (words === CASED_WORDS && lower >= 2) return false;
  }
  return words <= CASED_WORDS ? lower < 2 : lower < 4;
}

/**
 * Whether the text after a colon at `body` opens as a report: a capital, not a quotation or
 * "We", "I" ("BIDEN: We will win"); its first line ends a sentence or runs on (a headline's
 * ends short and unpunctuated); and no line further on opens with capitals and a colon, as a
 * transcript labels its speakers ("BLITZER: … / SMITH: …").
 */
function readsAsReport(text: string, body: number): boolean {
  if (!isCapitalLetterAt(text, body)) return false;
  let wordEnd = body;
  while (wordEnd < text.length && wordEnd - body < 8 && (isLetterAt(text, wordEnd) || text.charCodeAt(wordEnd) === 39 || text.charCodeAt(wordEnd) === 0x2019)) wordEnd++;
  if (FIRST_PERSON.has(text.slice(body, wordEnd).toLowerCase().replace('\u2019', "'"))) return false;
  const lineEnd = indexWithin(text, 10, body, Math.min(text.length, body + HEADLINE_LINE));
  if (lineEnd >= 0) {
    const last = trimTrailing(text.slice(body, lineEnd), ' \t\r');
    if (last.length === 0 || !SENTENCE_CLOSERS.includes(last[last.length - 1]!)) return false;
  }
  return !hasSpeakerLine(text, body, Math.min(text.length, body + TRANSCRIPT_REACH));
}

/** True when a line in text[from, to) opens (after spaces) with two capitals or more and then a colon ("SMITH:", "MR. JONES:"). */
function hasSpeakerLine(text: string, from: number, to: number): boolean {
  for (let newline = indexWithin(text, 10, from, to); newline >= 0; newline = indexWithin(text, 10, newline + 1, to)) {
    let index = newline + 1;
    while (index < to && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
    const start = index;
    let capitals = 0;
    for (; index < to && index - start <= 40; index++) {
      const code = text.charCodeAt(index);
      if (isCapitalCode(code)) capitals++;
      else if (code !== 32 && code !== 46 && code !== 39 && code !== 45) break;
    }
    if (capitals >= 2 && text.charCodeAt(index) === 58) return true;
  }
  return false;
}

/** One to three words in capitals, one part: "JOHOR BARU". */
function isPlaceInCapitals(place: string, shape: PlaceShape): boolean {
  return shape.casing === 'upper' && shape.parts.length === 1 && place.split(/\s+/).length <= 3;
}

/**
 * "JOHOR BARU, Wed.", "KUALA LUMPUR, Tuesday": a weekday of three letters or more (with its
 * period) after the last comma of text[from, to), alone to its end; its number and the comma, or null.
 */
function weekdayAfterComma(text: string, from: number, to: number): { weekday: number; comma: number } | null {
  const comma = to > from ? text.lastIndexOf(',', to - 1) : -1;
  if (comma <= from || to - comma > 14) return null;
  const word = text.slice(comma + 1, to).trim();
  if (!/^\p{L}{3,}\.?$/u.test(word)) return null;
  const weekday = weekdayNumber(word);
  return weekday === null ? null : { weekday, comma: comma - from };
}

/** A known place, a comma and a day, the whole of a line ("New Delhi, August 29", "LUCKNOW, March 3"). */
/**
 * "Bogotá, Colombia." alone on its line: a known city and its country (or region), closed by a
 * period, with no date or agency; a report follows on the next lines.
 */
function isPlaceLine(candidate: DatelineCandidate, lead: Lead): boolean {
  if (candidate.place === null || candidate.date !== null || lead.text.charCodeAt(lead.separator.start) !== 46) return false;
  const shape = placeShape(candidate.place);
  if (!shape.wordsOk || shape.parts.length !== 2 || !isKnownCity(shape.parts[0]!)) return false;
  const last = shape.parts[1]!;
  return (isCountry(last) || regionName(last) !== null) && isCapitalLetterAt(lead.text, candidate.bodyStart);
}

function isDatedLine(candidate: DatelineCandidate): boolean {
  if (candidate.date === null || candidate.date.day === null || candidate.place === null) return false;
  const shape = placeShape(candidate.place);
  return shape.wordsOk && shape.parts.length === 1 && isKnownPlace(shape, candidate.place);
}

/**
 * "La Habana, 5 jun", "Arequipa, 27 de junio": a place in title case, a comma and a date. A
 * title-case headline rarely has the comma and the date ("Heavy Rains Hit Dakar, June 5" has
 * four capitalised words: a place has at most three, connectors aside).
 */
function isTitlePlaceAndDate(candidate: DatelineCandidate, lead: Lead): boolean {
  if (candidate.date === null || candidate.place === null || candidate.shape?.casing !== 'title') return false;
  if (!lead.text.slice(candidate.start + candidate.place.length, candidate.date.start).includes(',')) return false;
  let capitalised = 0;
  for (const word of candidate.place.split(/[\s,]+/)) if (/^\p{Lu}/u.test(word)) capitalised++;
  return capitalised <= 3;
}

/** The head must be short: a dateline, not a sentence with a dash in it. */
const headIsShort: Refiner = (candidate, lead) => lead.separator.start - candidate.start <= MAX_HEAD && !hasSpaceRun(lead.text, candidate.start, lead.headEnd, 4);

/** True when text[from, to) holds `length` white-space characters in a row. */
function hasSpaceRun(text: string, from: number, to: number, length: number): boolean {
  let run = 0;
  for (let index = from; index < to; index++) {
    run = isWhiteSpaceCode(text.charCodeAt(index)) ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

const REFINERS: readonly Refiner[] = [headIsShort, placeIsLikely];

function toDateline(text: string, candidate: DatelineCandidate, reference: CivilDate | null): Dateline {
  const shape = candidate.shape;
  return {
    text: text.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    bodyStart: candidate.bodyStart,
    location: candidate.place === null || shape === null ? null : toLocation(candidate.place, shape),
    date:
      candidate.dayAlone !== undefined
        ? resolveDayAlone(candidate.dayAlone, reference)
        : candidate.weekdayAlone !== undefined
          ? resolveWeekdayAlone(candidate.weekdayAlone, reference)
          : resolveDate(candidate.date, reference),
    agencies: candidate.agencies,
  };
}

/** A weekday alone ("JOHOR BARU, Wed.") is the story's filing day: the latest such day on or before the reference. */
function resolveWeekdayAlone(weekday: number, reference: CivilDate | null): string | null {
  if (reference === null) return null;
  const written = formatDay(resolveWeekday(weekday, null, 'past', reference));
  return isIsoDate(written) ? written : null;
}

/** How many days after the reference a dateline's date without a year may lie (a stamp a time zone or a night behind the filing). */
const DAY_ALONE_AHEAD = 7;

/** Days since 1970-01-01 of a civil date in the proleptic Gregorian calendar (no Date: the years 0000-9999 alike). */
function dayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/**
 * A day of the month alone ("MADRID, 5 (EUROPA PRESS) -") is the nearest such day to the
 * reference, looking ahead at most a week: a dateline says when the story was filed, and a page's
 * stamp may come days or weeks later (an update) but before it only by a time zone or a night
 * ("5" in a story stamped 4 December is 5 December, not 5 November). A tie goes to the earlier.
 */
function resolveDayAlone(day: number, reference: CivilDate | null): string | null {
  if (reference === null) return null;
  const today = dayNumber(reference);
  let best: { date: CivilDate; distance: number } | null = null;
  // The month after the reference's, its own and the three before (no 31 in the one before).
  for (let offset = 1; offset >= -3; offset--) {
    const index = reference.year * 12 + reference.month - 1 + offset;
    const date = { year: Math.floor(index / 12), month: (index % 12) + 1, day };
    if (!isRealDay(date.year, date.month, date.day)) continue;
    const ahead = dayNumber(date) - today;
    if (ahead > DAY_ALONE_AHEAD) continue;
    const distance = Math.abs(ahead);
    if (best === null || distance <= best.distance) best = { date, distance };
  }
  if (best === null) return null;
  const written = formatDay(best.date);
  return isIsoDate(written) ? written : null;
}

function resolveDate(date: WrittenDate | null, reference: CivilDate | null): string | null {
  const day = resolveDay(date, reference);
  if (day === null) return null;
  // A real day of the years 1-9999 always writes as an ISO date; only the rest needs checking.
  if (isRealDay(day.year, day.month, day.day)) return formatDay(day);
  // Against a reference in 0000 the past side can be year -1: no date rather than a malformed one.
  const written = formatDay(day);
  return isIsoDate(written) ? written : null;
}

/** How many days after the reference a dateline's date may lie when it is the reference's own date with one field mistyped. */
const SLIP_AHEAD = 92;

/**
 * A dateline's month and day without a year ("June 27", "30 Dec") say when the story was
 * filed: the latest such day on or before the reference, unless the next one lies at most
 * a week after it (a stamp a time zone or a night behind the filing, as for a day alone),
 * or is the reference's own date with its month or a digit of its day mistyped ("May 18" on a
 * wire stamped 18 March, "Oct 29" on one stamped 20 October: that year, within three months).
 * Else never ahead: "Dec 30" in a story stamped 2 January is last December, and "March 5"
 * in one stamped 2 January is last March, not a filing two months to come.
 */
function resolveDay(date: WrittenDate | null, reference: CivilDate | null): CivilDate | null {
  if (date === null || date.day === null) return null;
  if (date.year !== null) return { year: date.year, month: date.month, day: date.day };
  if (reference === null) return null;
  const after = nearestOccurrence(date.month, date.day, reference, 1);
  if (after !== null) {
    const ahead = dayNumber(after) - dayNumber(reference);
    // One field mistyped: the month (the same day), or one digit of the day (the same month).
    const oneDigit = after.month === reference.month && (after.day % 10 === reference.day % 10 || Math.floor(after.day / 10) === Math.floor(reference.day / 10));
    const slip = after.year === reference.year && (after.day === reference.day || oneDigit) && ahead <= SLIP_AHEAD;
    if (ahead <= DAY_ALONE_AHEAD || slip) return after;
  }
  return nearestOccurrence(date.month, date.day, reference, -1) ?? after;
}
