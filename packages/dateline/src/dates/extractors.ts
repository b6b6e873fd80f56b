// Extractors for date mentions: each scans the whole text with one regular expression and
// returns what it found, some already resolved (an absolute date), some waiting for the
// clause's tense (a weekday, a month named alone). Refiners in find-dates.ts then drop
// overlaps, join ranges and resolve what waits.
import { calendarWords, hasLowerCaseOnLine, MONTH_NAMES, WEEKDAY_NAMES, type CalendarNames } from '@newsparse/core';
import { formatDay, formatMinute, formatMonth, formatYear, formatDecade, formatQuarter, isRealDay, nearestOccurrence, quarterOf, shift, toNoon, weekdayOf, type CalendarUnit, type CivilDate } from '../calendar.js';
import { calendarMonth, monthNumber, weekdayNumber } from '../lexicon/months.js';
import { LOCALES, alternation, mergedWords } from '../locales/index.js';
import { isCapitalCode, isDigitCode, isLetterAt, isWhiteSpaceCode } from '../chars.js';
import { DAY_MONTH_WORD, DAY_ORDINAL, readDate, readDateTime, readTime, type DateOrder, type WrittenDate, type WrittenTime } from '../stamp/datetime.js';
import { offsetOf } from '../stamp/parse-stamp.js';
import type { DateMentionKind, DatePrecision } from '../types.js';
import type { SinceDates } from '../locales/types.js';
import type { LocaleText } from './locale-days.js';
import { dayOfWeekNear, unitValue, type Modifier } from './resolve.js';

/** What waits for the clause's tense before it has a value. */
export type Pending =
  | { type: 'month'; month: number; modifier: Modifier }
  | { type: 'month-day'; month: number; day: number; untilDay: number | null; time: WrittenTime | null; modifier?: 'last' | 'next'; since?: true; deadline?: true; until?: true; weekday?: number }
  | { type: 'weekday'; weekday: number; modifier: Modifier }
  | { type: 'quarter'; quarter: number; reported: boolean; ahead: boolean; fiscal?: true }
  | { type: 'the-quarter'; yearsBack: number }
  | { type: 'half'; half: number }
  | { type: 'season'; season: number; modifier: Modifier }
  | { type: 'time'; time: WrittenTime }
  | { type: 'units-ago'; unit: CalendarUnit; amount: number; anaphoric: boolean }
  | { type: 'this-weekend'; ahead: boolean };

export interface Found {
  start: number;
  end: number;
  kind: DateMentionKind;
  precision: DatePrecision;
  value: string | null;
  until?: string;
  zone?: string;
  pending?: Pending;
  /** Set by findDates' resolver on a weekday named alone ("Tuesday"), resolved by the clause's tense: a week either way may fit. */
  weekday?: boolean;
  /** A weekday of the text's language (`lang`) that its clause's tense placed, no "last"/"next" said ("mardi", "am Dienstag"). */
  placedWeekday?: true;
  /** A night named by the day it ends on ('Nacht zum Sonntag'): its range is the evening and the morning. */
  night?: true;
  /** A clock time of the text's language right after a weekday ('am Samstag um 19.30 Uhr'): it is that day's or none. */
  weekdayBefore?: true;
  /** A month named alone that its clause's tense resolved ("in July", "en juillet"), no "last"/"next" said. */
  monthByClause?: boolean;
  /** The page's age beside its stamp ("… / 4:40 PM / a year ago"): it wins its overlaps, then findDates drops it. */
  pageAge?: true;
}

export interface ExtractContext {
  text: string;
  reference: CivilDate;
  order: DateOrder | undefined;
  /** No order was given and the text's language writes the day first: an unsettled numeric date is read so. */
  dayFirst?: boolean;
  /** Where each extractor's trigger words start (one pass over the text, see findTriggers). */
  triggers: Triggers;
  /** The weekday and relative-day words of the text's language when the caller names one other than English (`options.lang`). */
  locale?: LocaleText | undefined;
}

const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Month names read only after a day ("15 mars", "3. Mai"): also words or names alone. */
const MONTHS_AFTER_DAY = alternation((locale) => locale.patterns.monthAfterDay ?? '');
const MONTH_AFTER_DAY = MONTHS_AFTER_DAY === '' ? null : new RegExp(`^(?:${MONTHS_AFTER_DAY})$`, 'u');
const MONTH_PATTERNS = [alternation((locale) => locale.patterns.month), MONTHS_AFTER_DAY].filter((pattern) => pattern !== '').join('|');
/** A whole word that some locale's month pattern reads, in any case. */
const MONTH_NAME = new RegExp(`^(?:${MONTH_PATTERNS})$`, 'i');

/** Trigger kinds: which extractor a word wakes up. */
export type TriggerKind = 'month' | 'shortMonth' | 'weekday' | 'relativeDay' | 'unitPeriod' | 'span' | 'unit' | 'quarter' | 'half' | 'season' | 'decadeWord' | 'clockWord' | 'holiday';
export type Triggers = Record<TriggerKind, number[]>;

// Month names in any locale's month pattern ("June", "junio"); the other triggers, like the
// patterns of the extractors after writtenDates, are English.
const MONTH_WORDS = [...mergedWords((locale) => locale.months).keys()].filter((word) => MONTH_NAME.test(word));

/**
 * Every listed locale's short month forms ("set", "fev", "giu", "ott", "dic", "janv"), read by
 * shortMonthDates in a whole date only: a day before, a year after ("08 set 2025").
 */
/** A listed locale's month names in core's calendar (every listed locale is one of its languages). */
const monthNamesOf = (code: string): CalendarNames => (MONTH_NAMES as Readonly<Record<string, CalendarNames>>)[code] ?? { names: [], abbreviations: [], variants: [] };
// (Not the words that already wake writtenDates: "jan", "sept" are read there.)
const MONTH_WORD_SET = new Set(MONTH_WORDS);
const FULL_MONTH_NAMES = new Set(LOCALES.flatMap((locale) => monthNamesOf(locale.code).names));
const SHORT_MONTH_WORDS = [...new Set(LOCALES.flatMap((locale) => [...calendarWords(monthNamesOf(locale.code)).keys()]))].filter((word) => word.length >= 3 && word.length <= 5 && !FULL_MONTH_NAMES.has(word) && !MONTH_WORD_SET.has(word));

/**
 * The short forms no locale reads in every text, as they are words of another language
 * (Portuguese "set" and "out", Italian "mag" and "gen"), with the languages that write them:
 * read only in a text of one of those (`options.lang`).
 */
const SHORT_MONTH_LANGUAGES = new Map<string, string[]>();
for (const locale of LOCALES) {
  for (const word of calendarWords(monthNamesOf(locale.code)).keys()) {
    if (monthNumber(word) === null) SHORT_MONTH_LANGUAGES.set(word, [...(SHORT_MONTH_LANGUAGES.get(word) ?? []), locale.code]);
  }
}

const TRIGGER_WORDS: Record<TriggerKind, string> = {
  month: MONTH_WORDS.join(' '),
  shortMonth: SHORT_MONTH_WORDS.join(' '),
  weekday: WEEKDAY_NAMES.en.names.join(' '),
  relativeDay: 'today yesterday tomorrow tonight day last this',
  unitPeriod: 'this last next past coming previous current',
  span: 'past last next coming previous following',
  unit: 'minute minutes hour hours day days week weeks month months year years decade decades century centuries',
  quarter: 'quarter q1 q2 q3 q4 1q 2q 3q 4q',
  half: 'half',
  season: 'spring summer fall autumn winter',
  decadeWord: 'twenties thirties forties fifties sixties seventies eighties nineties',
  clockWord: 'noon midnight',
  holiday: 'christmas new halloween valentine',
};
const TRIGGERS = new Map<string, TriggerKind[]>();
/**
 * For the first two characters of a word (case folded), a bit per length that some trigger
 * word has: most words of a text are ruled out with one array read, without a slice.
 */
const LENGTHS_BY_PAIR = new Uint16Array(128 * 128);
const pairIndex = (first: number, second: number): number => (((first | 32) & 127) << 7) | ((second | 32) & 127);
for (const [kind, words] of Object.entries(TRIGGER_WORDS) as [TriggerKind, string][]) {
  for (const word of words.split(' ')) {
    TRIGGERS.set(word, [...(TRIGGERS.get(word) ?? []), kind]);
    LENGTHS_BY_PAIR[pairIndex(word.charCodeAt(0), word.charCodeAt(1))]! |= 1 << word.length;
  }
}

/**
 * One pass over the text's words (runs of Latin letters and digits) noting where each
 * extractor's trigger words start, so that each extractor tries its pattern only there:
 * much faster than a dozen scans with word alternations.
 */
export function findTriggers(text: string): Triggers {
  const triggers: Triggers = { month: [], shortMonth: [], weekday: [], relativeDay: [], unitPeriod: [], span: [], unit: [], quarter: [], half: [], season: [], decadeWord: [], clockWord: [], holiday: [] };
  const length = text.length;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (!isWordCode(code)) {
      index++;
      continue;
    }
    const start = index;
    while (index < length && isWordCode((code = text.charCodeAt(index)))) index++;
    const size = index - start;
    if (size < 2 || size > 10 || (LENGTHS_BY_PAIR[pairIndex(text.charCodeAt(start), text.charCodeAt(start + 1))]! & (1 << size)) === 0) continue;
    const kinds = TRIGGERS.get(text.slice(start, index).toLowerCase());
    if (kinds !== undefined) for (const kind of kinds) triggers[kind].push(start);
  }
  return triggers;
}

// Latin letters with diacritics (U+00C0–U+024F but × and ÷) belong to the word: "décembre",
// "März" and "août" are month names only whole.
const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

/** Tries a sticky pattern at each trigger position, in order. */
function* matchesAt(pattern: RegExp, text: string, positions: readonly number[]): Generator<RegExpExecArray> {
  for (const position of positions) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match !== null) yield match;
  }
}

export type Extractor = (context: ExtractContext) => Found[];

/** Amounts written as words, every locale's ("five days ago"). */
const NUMBER_WORDS = mergedWords((locale) => locale.clauses?.numbers ?? new Map<string, number>());
const NUMBER_WORD = [...NUMBER_WORDS.keys()].join('|');
const NUMBER = String.raw`\d{1,3}|${NUMBER_WORD}`;
const amountOf = (word: string): number | null => (/^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS.get(word.toLowerCase()) ?? null));

/** The text just before `index` (regular expressions anchored with $ read what precedes a hit). */
const before = (text: string, index: number, length = 40): string => text.slice(Math.max(0, index - length), index);

const UNIT_OF: Record<string, CalendarUnit> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade' };
const unitOf = (word: string): CalendarUnit | null => UNIT_OF[word.toLowerCase().replace(/s$/, '').replace(/end$/, '')] ?? null;

function modifierOf(word: string | undefined): Modifier {
  const lower = word?.toLowerCase();
  // ("this past March": its last word says.)
  switch (lower?.endsWith('past') === true ? 'past' : lower) {
    case 'last':
    case 'past':
    case 'previous':
      return 'last';
    case 'next':
    case 'coming':
      return 'next';
    case 'this':
    case 'current':
      return 'this';
    default:
      return null;
  }
}

// Months in the case news prints them (each locale's month pattern). "May", "March", "April",
// "June" and "August" are also words or names: alone they count only after a preposition or a modifier.
// Word edges by lookaround: \b knows only ASCII letters, and "Juli" must not be read in "Julián".
const MONTH = new RegExp(String.raw`(?<![\p{L}\d])(?:${MONTH_PATTERNS})(?![\p{L}\d])\.?`, 'uy');
const AMBIGUOUS_MONTHS = new Set([3, 4, 5, 6, 8]);
// Read on a window of 12 characters: "27th ", "27 de ", "3. " (every locale's day suffixes and joiners).
const DAY_BEFORE = new RegExp(String.raw`(?<!\d)\d{1,2}${DAY_ORDINAL}\s(?:(?:${DAY_MONTH_WORD})\s)?$`);
const WEEKDAY_BEFORE = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.en.abbreviations.map(titleCase).join('|')})[a-z]{0,6}\.?,?\s$`);
/** The other locales' whole weekday names, lower-case ("jeudi", "quinta-feira", "donnerstag"). */
const LOCALE_WEEKDAY_WORDS = new Set(LOCALES.filter((locale) => locale.code !== 'en').flatMap((locale) => [...locale.weekdays.keys()]));
const LONGEST_LOCALE_WEEKDAY = Math.max(...[...LOCALE_WEEKDAY_WORDS].map((word) => word.length));

/**
 * "jeudi 27 juin", "jueves 27 de junio", "giovedì 27 giugno", "quinta-feira, 27 de junho",
 * "Donnerstag, 27. Juni": the length of another locale's weekday name (in lower case or
 * capitalised), its comma and one space right before `index`, or 0. A scan back over the
 * letters, not an end-anchored pattern: this runs at every month a text names.
 */
function localeWeekdayBefore(text: string, index: number): number {
  let end = index - 1;
  if (!isWhiteSpaceCode(text.charCodeAt(end))) return 0;
  if (text.charCodeAt(end - 1) === 44) end--;
  let start = end;
  while (start > 0 && end - start < LONGEST_LOCALE_WEEKDAY && (isLetterAt(text, start - 1) || text.charCodeAt(start - 1) === 45)) start--;
  if (start === end || (start > 0 && (isLetterAt(text, start - 1) || text.charCodeAt(start - 1) === 45))) return 0;
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  if (!LOCALE_WEEKDAY_WORDS.has(lower) || (word !== lower && word !== titleCase(lower))) return 0;
  return index - start;
}
// "this past March" is "last March", the whole phrase one mention ("past" alone may be a preposition: "drove past May").
const MONTH_PREFIX = /(?:\b(?:early|mid|late|the\s(?:end|beginning|start|middle)\sof)[-\s])?(?:\b(last|next|this\spast|this|past|coming|previous)\s)?$/i;
const PREPOSITION_BEFORE = /\b(?:in|on|during|since|until|till|by|from|through|before|after|of|for|between|and|to|or|last|next|this|this\spast|early|mid|late)[-\s]$/i;
/**
 * Before a day and its month, the first day of a range that other languages write with its
 * words around it ("du 3 au 5 juillet", "vom 3. bis 5. Juli", "van 3 tot 5 juli", "del 3 al
 * 5 de julio", "dal 3 al 5 luglio", "de 3 a 5 de julho"): read on the 24 characters before.
 */
const DAY_RANGE_BEFORE = /(?<![\p{L}\d])(?:du|vom|van|de|del|dal)\s(\d{1,2})(?:er|\.)?\s(?:au|bis|tot|a|al)\s$/iu;
/** A day joined by "and" (or a slash) before the next day of a date, after an article or preposition of dates ("am 5. und", "les 5 et", "nos dias 5 e"). */
const DAY_PAIR_BEFORE = /(?<![\p{L}\d])(?:am|an|den|les|le|los|las|el|días|dias|nos|os|op|on|il|i|giorni)\s(\d{1,2})(?:er|\.)?(?:\s(?:und|et|e|y|en|and)\s|\/)$/iu;
const DAY_RANGE_AFTER = /\s?(?:-|–|to|through|thru)\s?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s?(?:%|percent|per|:))(?:,?\s(\d{4})\b)?/y;
const OF_YEAR = /\s(?:of\s)?(\d{4})\b/y;

// "31st July this year", "in March last year", "July 4 next year": the year said after the date.
const YEAR_WORDS_AFTER = /\s(?:of\s)?(this|last|next)\syear\b/iy;
const YEAR_WORD_OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

/** The year a phrase right after `end` gives the date ("this year", "of last year"), with where it ends, or null. */
function yearWordsAfter(text: string, end: number, reference: CivilDate): { year: number; end: number } | null {
  YEAR_WORDS_AFTER.lastIndex = end;
  const match = YEAR_WORDS_AFTER.exec(text);
  return match === null ? null : { year: reference.year + YEAR_WORD_OFFSET[match[1]!.toLowerCase()]!, end: YEAR_WORDS_AFTER.lastIndex };
}

/** Where `phrase` (lower case, single spaces, "'" for either apostrophe) ends when the text at `at` spells it, as a whole word; else -1. */
function phraseEnd(text: string, at: number, phrase: string): number {
  let index = at;
  for (let char = 0; char < phrase.length; char++) {
    const wanted = phrase[char]!;
    if (wanted === ' ') {
      if (!isWhiteSpaceCode(text.charCodeAt(index))) return -1;
      while (index < text.length && index < at + 64 && isWhiteSpaceCode(text.charCodeAt(index))) index++;
      continue;
    }
    const found = text[index];
    if (found === undefined || (wanted === "'" ? found !== "'" && found !== '’' : found.toLowerCase() !== wanted)) return -1;
    index++;
  }
  return isLetterAt(text, index) ? -1 : index;
}

/** The year a phrase of the text's language right after `end` gives a date ("del año pasado", "letzten Jahres"), with where it ends, or null. */
function localeYearAfter(text: string, end: number, locale: LocaleText | undefined, reference: CivilDate): { year: number; end: number } | null {
  if (locale === undefined || !isWhiteSpaceCode(text.charCodeAt(end))) return null;
  for (const [phrase, offset] of locale.days.monthYears) {
    if (offset === null) continue;
    const stop = phraseEnd(text, end + 1, phrase);
    if (stop >= 0) return { year: reference.year + offset, end: stop };
  }
  return null;
}

/** The text's language's "last" or "next" word right after a date ("prochain", "pasado", "scorso"), with where it ends, or null. */
function localeModifierAfter(text: string, end: number, locale: LocaleText | undefined): { modifier: 'last' | 'next'; end: number } | null {
  if (locale === undefined || text.charCodeAt(end) !== 32) return null;
  for (const [phrase, modifier] of locale.days.after) {
    if (modifier !== 'last' && modifier !== 'next') continue;
    const stop = phraseEnd(text, end + 1, phrase);
    if (stop >= 0) return { modifier, end: stop };
  }
  return null;
}

/** English's since-words, read in every text (the other languages' only in a text of theirs). */
const SINCE_EVERYWHERE: readonly SinceDates[] = LOCALES.flatMap((locale) => (locale.clauses?.sinceDates === undefined ? [] : [locale.clauses.sinceDates]));
/** How many words before a date a since-word is looked for ("desde las elecciones del"). */
const SINCE_REACH = 4;

/** Whether a since-word stands before the date at [start, end) and no until-word after it: see `SinceDates`. */
function sinceDate(text: string, start: number, end: number, locale: LocaleText | undefined): boolean {
  const lists = locale?.days.sinceDates === undefined ? SINCE_EVERYWHERE : [...SINCE_EVERYWHERE, locale.days.sinceDates];
  const words = wordsBefore(text, start, SINCE_REACH);
  if (words.length === 0) return false;
  const next = wordsAfter(text, end);
  return lists.some(({ since, joiners, until }) => {
    if (next !== null && until.includes(next)) return false;
    const at = words.findIndex((word) => since.includes(word));
    return at === 0 || (at === 1 && words[0]!.length <= 3) || (at > 0 && joiners.includes(words[0]!));
  });
}

/**
 * Whether one of the locale's deadline phrases stands right before the date at [start, end)
 * (one short word between: "au plus tard le", "a más tardar el") or right after it, a comma
 * between at most ("le 1er septembre au plus tard"): see `LocaleDays.deadlines`.
 */
function deadlineDate(text: string, start: number, end: number, phrases: readonly string[] | undefined): boolean {
  if (phrases === undefined) return false;
  const words = wordsBefore(text, start, 4);
  let after = end;
  if (text.charCodeAt(after) === 44) after++;
  while (after < text.length && after < end + 4 && isWhiteSpaceCode(text.charCodeAt(after))) after++;
  return phrases.some((phrase) => {
    const count = phrase.split(' ').length;
    const ending = (from: number): boolean => words.length >= from + count && words.slice(from, from + count).reverse().join(' ') === phrase;
    if (ending(0) || (words.length > 0 && words[0]!.length <= 3 && ending(1))) return true;
    return after > end && text.slice(after, after + phrase.length).toLowerCase() === phrase && !isWordAt(text, after + phrase.length);
  });
}

/**
 * Whether one of the locale's until-phrases stands right before the date at `start` ("jusqu'au 20
 * décembre", "hasta el 20 de diciembre", "bis zum 20. Dezember"): see `LocaleDays.untilDays`.
 */
function untilDate(text: string, start: number, phrases: readonly string[] | undefined): boolean {
  if (phrases === undefined) return false;
  const words = wordsBefore(text, start, 2);
  if (words.length === 0) return false;
  const one = words[0]!;
  const two = words.length === 2 ? `${words[1]!} ${one}` : null;
  return phrases.includes(one) || (two !== null && phrases.includes(two));
}

/** Up to `count` words right before `index`, nearest first, lower-case: only spaces between them (a word glued to anything else is the last). */
function wordsBefore(text: string, index: number, count: number): string[] {
  const words: string[] = [];
  let at = index;
  while (words.length < count) {
    let end = at;
    while (end > 0 && at - end < 8 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === at) break;
    let begin = end;
    while (begin > 0 && end - begin < 24 && isWordAt(text, begin - 1)) begin--;
    if (begin === end) break;
    words.push(text.slice(begin, end).toLowerCase().replace('’', "'"));
    if (begin > 0 && !isWhiteSpaceCode(text.charCodeAt(begin - 1))) break;
    at = begin;
  }
  return words;
}

/** A letter or an apostrophe ("l'élection"). */
const isWordAt = (text: string, index: number): boolean => isLetterAt(text, index) || text.charCodeAt(index) === 39 || text.charCodeAt(index) === 0x2019;

/** The word right after `index` (spaces between), lower-case, or null. */
function wordsAfter(text: string, index: number): string | null {
  let begin = index;
  while (begin < text.length && begin < index + 8 && isWhiteSpaceCode(text.charCodeAt(begin))) begin++;
  if (begin === index) return null;
  let end = begin;
  while (end < text.length && end - begin < 24 && isWordAt(text, end)) end++;
  return end === begin ? null : text.slice(begin, end).toLowerCase().replace('’', "'");
}

/** "June 27, 2024 08:43 PM", "27 June", "Tuesday, June 4", "June 2024", "in May", "late last July", "June 3-5". */
export const writtenDates: Extractor = ({ text, triggers, reference, locale }) => {
  const found: Found[] = [];
  let consumed = 0;
  for (const match of matchesAt(MONTH, text, triggers.month)) {
    const index = match.index;
    if (index < consumed) continue;
    let start = index;
    // "27 June", "27 de junio", "Tuesday, June 4": the date may begin before its month.
    const dayBefore = DAY_BEFORE.exec(before(text, index, 12));
    if (dayBefore) start = index - dayBefore[0].length;
    else if (MONTH_AFTER_DAY?.test(match[0]) === true) continue;
    // A capitalised month read only after its day ("4 Novembre", "25 de Abril") after a name's word is that name's: "Via 4 Novembre".
    if (dayBefore && isCapitalCode(text.charCodeAt(index)) && MONTH_AFTER_DAY?.test(match[0]) === true && nameBeforeDay(text, start)) continue;
    const weekdayBefore = WEEKDAY_BEFORE.exec(before(text, start, 12));
    if (weekdayBefore) start -= weekdayBefore[0].length;
    else start -= localeWeekdayBefore(text, start);
    let written = readDateTime(text, start) ?? (start !== index ? readDateTime(text, index) : null);
    if (written && written.end <= index) written = null;
    if (written) {
      const time = written.time;
      if (written.day === null) {
        found.push({ start: written.start, end: written.end, kind: 'absolute', precision: 'month', value: formatMonth(written.year!, written.month) });
        consumed = written.end;
        continue;
      }
      let untilDay: number | null = null;
      let end = written.end;
      let year = written.year;
      if (time === null) {
        DAY_RANGE_AFTER.lastIndex = end;
        const range = DAY_RANGE_AFTER.exec(text);
        if (range && Number(range[1]) > written.day && Number(range[1]) <= 31) {
          untilDay = Number(range[1]);
          end = DAY_RANGE_AFTER.lastIndex;
          if (range[2] !== undefined) year = Number(range[2]);
        } else if (written.weekday === null) {
          const from = Math.max(consumed, written.start - 24);
          const head = text.slice(from, written.start);
          const range = DAY_RANGE_BEFORE.exec(head);
          // ("am 5. und 6. März", "les 5 et 6 mars", "5./6. März": two days in a row, the span of both.)
          const pair = range === null ? DAY_PAIR_BEFORE.exec(head) : null;
          const first = range ?? (pair !== null && Number(pair[1]) + 1 === written.day ? pair : null);
          if (first !== null && Number(first[1]) >= 1 && Number(first[1]) < written.day) {
            untilDay = written.day;
            // (The pair's span opens at its first day: its article is no part of it, as "vom" is of a range.)
            written.start = from + first.index + (first === range ? 0 : first[0].indexOf(first[1]!));
            written.day = Number(first[1]);
          }
        }
      }
      // "31st July this year", "el 3 de marzo del año pasado": its year from the story's.
      const said = year === null && untilDay === null ? (yearWordsAfter(text, end, reference) ?? localeYearAfter(text, end, locale, reference)) : null;
      if (said !== null) {
        const date = { year: said.year, month: written.month, day: written.day };
        found.push({
          start: written.start,
          end: said.end,
          kind: 'relative',
          precision: time === null ? 'day' : 'minute',
          value: time === null ? formatDay(date) : formatMinute(date, time.hour, time.minute, offsetOf(time.zone)),
          ...(time?.zone ? { zone: time.zone } : {}),
        });
        consumed = said.end;
        continue;
      }
      if (year !== null) {
        const date = { year, month: written.month, day: written.day };
        const mention: Found = {
          start: written.start,
          end,
          kind: untilDay === null ? 'absolute' : 'range',
          precision: time === null ? 'day' : 'minute',
          value: time === null ? formatDay(date) : formatMinute(date, time.hour, time.minute, offsetOf(time.zone)),
        };
        if (untilDay !== null) mention.until = formatDay({ ...date, day: untilDay });
        if (time?.zone) mention.zone = time.zone;
        found.push(mention);
      } else {
        // "le 15 décembre prochain", "el 3 de mayo pasado": the language's word after the date says which one.
        const after = untilDay === null && time === null ? localeModifierAfter(text, end, locale) : null;
        const pending: Pending = { type: 'month-day', month: written.month, day: written.day, untilDay, time };
        if (written.weekday !== null && untilDay === null) pending.weekday = written.weekday;
        if (after !== null) {
          pending.modifier = after.modifier;
          end = after.end;
        } else if (untilDay === null && sinceDate(text, written.start, end, locale)) pending.since = true;
        else if (untilDay === null && deadlineDate(text, written.start, end, locale?.days.deadlines)) pending.deadline = true;
        else if (untilDay === null && untilDate(text, written.start, locale?.days.untilDays)) pending.until = true;
        found.push({ start: written.start, end, kind: untilDay === null ? 'relative' : 'range', precision: time === null ? 'day' : 'minute', value: null, pending });
      }
      consumed = end;
      continue;
    }
    // A month named alone (in English: a Spanish one counts only in a full date).
    const month = monthNumber(match[0]);
    if (month === null || /^[a-z]/.test(match[0])) continue;
    const left = before(text, index, 40);
    const prefix = MONTH_PREFIX.exec(left)!;
    const preposition = PREPOSITION_BEFORE.test(left);
    const next = /^\s+(\p{Lu})/u.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 3));
    if (!preposition && (AMBIGUOUS_MONTHS.has(month) || next !== null || match[0].endsWith('.') || match[0].length === 3)) continue;
    if (match[0] === match[0].toUpperCase() && !preposition) continue;
    let end = index + match[0].replace(/\.$/, '').length;
    OF_YEAR.lastIndex = end;
    const ofYear = OF_YEAR.exec(text);
    let mentionStart = prefix[0].length > 0 ? index - prefix[0].length : index;
    if (prefix[0].length === 0) {
      const inOn = /\b(?:in|on)\s$/i.exec(left);
      if (inOn) mentionStart = index - inOn[0].length;
    }
    const said = ofYear || prefix[1] !== undefined ? null : yearWordsAfter(text, end, reference);
    if (ofYear) {
      end = OF_YEAR.lastIndex;
      found.push({ start: mentionStart, end, kind: 'absolute', precision: 'month', value: formatMonth(Number(ofYear[1]), month) });
    } else if (said !== null) {
      end = said.end;
      found.push({ start: mentionStart, end, kind: 'relative', precision: 'month', value: formatMonth(said.year, month) });
    } else {
      found.push({ start: mentionStart, end, kind: 'relative', precision: 'month', value: null, pending: { type: 'month', month, modifier: modifierOf(prefix[1]) } });
    }
    consumed = end;
  }
  return found;
};

const WEEKDAY = new RegExp(String.raw`(?:${WEEKDAY_NAMES.en.names.map(titleCase).join('|')})\b(?:\s(?:morning|afternoon|evening|night)\b)?`, 'y');
const WEEKDAY_PREFIX = /\b(on|last|next|this|coming|past|early|late)\s$/;

const RECURRING_BEFORE = /\bevery\s$/i;
const DETERMINER_BEFORE = /\b(?:the|a|their|his|her|its|our|your)\s$/i;
const PLURAL_AFTER = /^\s[a-z]{2,}[^s']s\b/;

/**
 * A weekday that names no day: "every Monday", or one that classifies a plural after a
 * determiner ("the Saturday hours", "their Sunday papers").
 */
function genericWeekday(text: string, start: number, end: number): boolean {
  const lead = before(text, start, 8);
  return RECURRING_BEFORE.test(lead) || (DETERMINER_BEFORE.test(lead) && PLURAL_AFTER.test(text.slice(end, end + 24))) || weekdayInName(text, start, end);
}

/**
 * Words that make a weekday a named day of no week in particular: "Black Friday", "Good Friday".
 * ("Super Tuesday" is left out: news writes it in its own week, where the weekday is the day.)
 */
const NAMED_DAY_BEFORE = /\b(?:Black|Good|Ash|Cyber|Bloody|Easter|Palm|Holy|Maundy|Shrove|Giving|Fat)\s$/;
/** The word after a weekday, when it is capitalised. */
const CAPITAL_AFTER = /^ (\p{Lu}[\p{L}.]*)/u;
/** Where a name may start: the text's or a sentence's start, or after "the", "of", "in". */
const NAME_START_BEFORE = /(?:^|[.!?] ?|\n *|\b(?:the|The|of|in) )$/;

/**
 * A weekday that is a word of a name: a named day ("Black Friday") or a weekday a capitalised
 * word follows where a name may start ("The Sunday Times", "shares of Tuesday Morning Corp",
 * "Monday Night Football"). A month after it makes a date ("Monday March 3"), and "said Monday
 * Kenya …" keeps its weekday. ("Monday of Palestine Solidarity" is still read: "the death
 * Saturday of Justice Scalia" is a day.)
 */
function weekdayInName(text: string, start: number, end: number): boolean {
  if (NAMED_DAY_BEFORE.test(before(text, start, 10))) return true;
  const next = CAPITAL_AFTER.exec(text.slice(end, end + 40));
  if (next === null || monthNumber(next[1]!) !== null || weekdayNumber(next[1]!) !== null) return false;
  return NAME_START_BEFORE.test(before(text, start, 6));
}

/** A month and its day in parentheses right after a weekday, "(Oct 1)", "(Oct. 1)", "(Oct1)", "(1 October)" (the month glued to its day only there). */
const DATE_IN_PARENTHESES = /\s?\((?:(\p{L}{3,9})\.?\s?(\d{1,2})|(\d{1,2})\s?(\p{L}{3,9})\.?)\)/uy;

/** The month and day in parentheses at `end`, with where they close, or null. */
function dateInParentheses(text: string, end: number): { month: number; day: number; end: number } | null {
  DATE_IN_PARENTHESES.lastIndex = end;
  const match = DATE_IN_PARENTHESES.exec(text);
  if (match === null) return null;
  const month = monthNumber(match[1] ?? match[4]!);
  const day = Number(match[2] ?? match[3]);
  return month === null || day < 1 || day > 31 ? null : { month, day, end: DATE_IN_PARENTHESES.lastIndex };
}

/** "on Tuesday", "last Friday", "Sunday night", "on Thursday (Oct 1)". A weekday that opens a full date is left to writtenDates. */
export const weekdays: Extractor = ({ text, triggers, reference }) => {
  const found: Found[] = [];
  for (const match of matchesAt(WEEKDAY, text, triggers.weekday)) {
    const date = readDate(text, match.index);
    if (date !== null && date.day !== null) continue;
    const prefix = WEEKDAY_PREFIX.exec(before(text, match.index, 8));
    if (prefix === null && genericWeekday(text, match.index, match.index + match[0].length)) continue;
    const weekday = weekdayNumber(match[0].slice(0, 3))!;
    const start = prefix ? match.index - prefix[0].length : match.index;
    const end = match.index + match[0].length;
    // "on Thursday (Oct 1)", "Thursday (Oct1)": the date in parentheses settles the day.
    const dated = dateInParentheses(text, end);
    if (dated !== null) {
      const date = dayOfWeekNear(reference, weekday, dated.day, dated.month);
      found.push(
        date === null
          ? { start, end: dated.end, kind: 'relative', precision: 'day', value: null, pending: { type: 'month-day', month: dated.month, day: dated.day, untilDay: null, time: null } }
          : { start, end: dated.end, kind: 'relative', precision: 'day', value: formatDay(date) },
      );
      continue;
    }
    found.push({ start, end, kind: 'relative', precision: 'day', value: null, pending: { type: 'weekday', weekday, modifier: modifierOf(prefix?.[1]) } });
  }
  return found;
};

/** Whether a digit stands in [from, to). */
function digitWithin(text: string, from: number, to: number): boolean {
  for (let index = Math.max(0, from); index < to; index++) if (isDigitCode(text.charCodeAt(index))) return true;
  return false;
}

/**
 * Whether a capitalised word inside a sentence ends right before the day at `index`, one space
 * between: a name's ("Via 4 Novembre", "Ponte 25 de Abril", "Avenida 25 de Mayo"). Not a word
 * that opens its sentence ("Le 15 Décembre 2024, …") nor a weekday ("Jeudi 27 Juin").
 */
function nameBeforeDay(text: string, index: number): boolean {
  if (text.charCodeAt(index - 1) !== 32) return false;
  let start = index - 1;
  while (start > 0 && index - start < 24 && isLetterAt(text, start - 1)) start--;
  if (start >= index - 2 || !isCapitalCode(text.charCodeAt(start)) || weekdayNumber(text.slice(start, index - 1)) !== null) return false;
  let before = start - 1;
  while (before >= 0 && start - before < 8 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  return before >= 0 && !SENTENCE_OPENERS.has(text.charCodeAt(before));
}

/** What may end the text before a sentence's first word: a stop, a line break, a colon, a quotation mark or a dash. */
const SENTENCE_OPENERS: ReadonlySet<number> = new Set([...'.!?:;\n\r"“”«»„—–-(|'].map((char) => char.charCodeAt(0)));

/** A day right before a short month: "08 ", "8 de ", "1º de " (read on a window of 8 characters). */
const DAY_BEFORE_SHORT = new RegExp(String.raw`(?<![\d.,])\d{1,2}${DAY_ORDINAL}\s(?:(?:${DAY_MONTH_WORD})\s)?$`);

/**
 * "08 set 2025", "3 fev. 2024", "12 ott 2025", "8 de set. de 2025": a day, a listed locale's
 * short month and a year, read only so whole, in any text; a short form that is a word of
 * another language (Portuguese "set" and "out", Italian "mag") only in a text of a language
 * that writes it. A month that writtenDates reads where it stands is left to it.
 */
export const shortMonthDates: Extractor = ({ text, triggers, locale }) => {
  const found: Found[] = [];
  // Also a month's full name that the locale patterns leave out in its case ("19 Febbraio 2020",
  // "25 de Mayo de 1810"): read so whole too, unless a capitalised word opens a name before the
  // day ("Via 4 Novembre", "Avenida 25 de Mayo 1234").
  const positions = triggers.month.length === 0 ? triggers.shortMonth : [...triggers.shortMonth, ...triggers.month];
  for (const index of positions) {
    // Most short forms are words ("set", "out", "ago") with no day before: a digit among the 8
    // characters before is looked for first, without a slice or a pattern.
    if (!digitWithin(text, index - 8, index)) continue;
    MONTH.lastIndex = index;
    if (MONTH.test(text)) continue;
    const day = DAY_BEFORE_SHORT.exec(before(text, index, 8));
    if (day === null) continue;
    if (isCapitalCode(text.charCodeAt(index)) && nameBeforeDay(text, index - day[0].length)) continue;
    let end = index;
    while (isWordCode(text.charCodeAt(end))) end++;
    const languages = SHORT_MONTH_LANGUAGES.get(text.slice(index, end).toLowerCase());
    if (languages !== undefined && (locale === undefined || !languages.includes(locale.code))) continue;
    const written = readDateTime(text, index - day[0].length, { anyLanguage: true, partial: false });
    if (written === null || written.year === null || written.day === null || written.end <= index) continue;
    found.push(absoluteDate(written.start, written.end, { year: written.year, month: written.month, day: written.day }, written.time));
  }
  return found;
};

/** A whole written date (year, month and day) as an absolute mention, to the minute when a time was written with it. */
function absoluteDate(start: number, end: number, date: CivilDate, time: WrittenTime | null): Found {
  const mention: Found = {
    start,
    end,
    kind: 'absolute',
    precision: time === null ? 'day' : 'minute',
    value: time === null ? formatDay(date) : formatMinute(date, time.hour, time.minute, offsetOf(time.zone)),
  };
  if (time?.zone) mention.zone = time.zone;
  return mention;
}

/** Every listed locale's month words, lower-case: a date with one of them is left to the extractors above. */
const LOCALE_MONTH_WORDS = new Set(LOCALES.flatMap((locale) => [...locale.months.keys(), ...calendarWords(monthNamesOf(locale.code)).keys()].map((word) => word.toLowerCase())));
/**
 * Where a whole date may open: a day, white space and a letter ("25 września"), a day with its
 * period ("25. září"), or a year, a period and a lower-case letter ("2023. szeptember").
 */
const CALENDAR_DATE_START = /\d{1,2}\.?\s{1,3}\p{L}|(\d{4})\.\s{1,2}\p{Ll}/gu;
/**
 * "25. září 2023", "25. rujna 2023", "25. syyskuuta 2023": a day with its period, as Czech,
 * Slovak, Croatian and Finnish write it, their months in lower case ("Table 1. January 2023" is a caption).
 */
const DOTTED_DAY_DATE = /(\d{1,2})\.\s{1,3}(\p{Ll}\p{L}{2,11})\s{1,3}(\d{4})(?!\d)/uy;
const LETTERS = /\p{L}+/gu;
/** How far from its start a whole date's year (after a year, its day) may begin ("25 de setembre de 2023", "10 تشرين الأول 2017"). */
const CALENDAR_DATE_REACH = 48;

/** Whether a run of exactly four digits (a year) starts in [from, to). */
function yearWithin(text: string, from: number, to: number): boolean {
  for (let index = from; index < to && index < text.length; index++) {
    if (!isDigitCode(text.charCodeAt(index))) continue;
    let end = index;
    while (end < index + 5 && isDigitCode(text.charCodeAt(end))) end++;
    if (end - index === 4 && !isDigitCode(text.charCodeAt(index - 1))) return true;
    index = end;
  }
  return false;
}

/** Whether a word of [start, end) is a listed locale's month word ("set", "juin"): another extractor's, gated by its language. */
function namesLocaleMonth(text: string, start: number, end: number): boolean {
  for (const word of text.slice(start, end).match(LETTERS) ?? []) if (LOCALE_MONTH_WORDS.has(word.toLowerCase())) return true;
  return false;
}

/**
 * A day with its period, a calendar month and a year at `index` ("25. září 2023"), which the
 * stamp reader leaves out (there a day's period goes only with its locale's months: "Figure 1.
 * January"); or null.
 */
function dottedDayDate(text: string, index: number): WrittenDate | null {
  DOTTED_DAY_DATE.lastIndex = index;
  const match = DOTTED_DAY_DATE.exec(text);
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), calendarMonth(match[2]!), Number(match[3])];
  return month === null || !isRealDay(year, month, day) ? null : { start: index, end: DOTTED_DAY_DATE.lastIndex, year, month, day, weekday: null };
}

/**
 * "25 września 2023", "25 сентября 2023", "25 Eylül 2023", "2023. szeptember 25.": a whole
 * date (day, month and year) whose month only core's calendar names know, in a language
 * without a locale. The stamp reader reads it; without a year such a month is left alone, as
 * its tense would need the language's words.
 */
export const calendarDates: Extractor = ({ text }) => {
  const found: Found[] = [];
  CALENDAR_DATE_START.lastIndex = 0;
  for (let match = CALENDAR_DATE_START.exec(text); match; match = CALENDAR_DATE_START.exec(text)) {
    // (The edge before the number is checked here: a lookbehind at every digit costs more.)
    if (match.index > 0 && (isDigitCode(text.charCodeAt(match.index - 1)) || isLetterAt(text, match.index - 1))) continue;
    // Most hits are counts ("25 people"): a year a few words on (or, after a year, a digit) is looked for first.
    const reach = match.index + CALENDAR_DATE_REACH;
    if (match[1] === undefined ? !yearWithin(text, CALENDAR_DATE_START.lastIndex, reach) : !digitWithin(text, CALENDAR_DATE_START.lastIndex, reach)) continue;
    const written = readDate(text, match.index, { anyLanguage: true, partial: false }) ?? dottedDayDate(text, match.index);
    if (written === null || written.year === null || written.day === null) continue;
    // (Year first, no locale writes a date: "2021. november 8." is Hungarian, though "november" is also English.)
    if (match[1] === undefined && namesLocaleMonth(text, written.start, written.end)) continue;
    found.push(absoluteDate(written.start, written.end, { year: written.year, month: written.month, day: written.day }, null));
    CALENDAR_DATE_START.lastIndex = Math.max(CALENDAR_DATE_START.lastIndex, written.end);
  }
  return found;
};

const DAY_FIRST = { order: 'DMY' } as const;

const NUMERIC = /(?<![\d/.$-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}(?!\.\d))(?![\d/])/g;

/**
 * "2024-06-27", "2024-06-27T12:43:00Z", "6/27/2024" (order by the option, or settled by a part
 * above 12), "20.10.2023" (dots, with a whole year: day first, as German, Polish or Russian write it).
 */
export const numericDates: Extractor = ({ text, order, dayFirst }) => {
  const found: Found[] = [];
  NUMERIC.lastIndex = 0;
  // With no order given, a text whose other slashed dates settle it day first ("25/03/2024")
  // writes its unsettled ones so too ("05/03/2024" on the same page is 5 March): read once, at the first unsettled one.
  let settled = dayFirst === true || order !== undefined;
  for (let match = NUMERIC.exec(text); match; match = NUMERIC.exec(text)) {
    if (!settled && isUnsettledSlash(match[0])) {
      settled = true;
      dayFirst = slashesSayDayFirst(text);
    }
    // (Day first in such a language, unless a part above 12 says otherwise: "03/25/2024" stays March 25.)
    const written = dayFirst === true ? (readDateTime(text, match.index, DAY_FIRST) ?? readDateTime(text, match.index, {})) : readDateTime(text, match.index, order === undefined ? {} : { order });
    if (written === null || written.year === null || written.day === null) continue;
    found.push(absoluteDate(written.start, written.end, { year: written.year, month: written.month, day: written.day }, written.time));
    NUMERIC.lastIndex = Math.max(NUMERIC.lastIndex, written.end);
  }
  return found;
};

const SLASHED = /^(\d{1,2})\/(\d{1,2})\//;
const NUMERIC_SCAN = new RegExp(NUMERIC.source, 'g');

/** Whether a numeric date is slashed with both parts 12 or under ("05/03/2024"): its order is the text's. */
function isUnsettledSlash(date: string): boolean {
  const parts = SLASHED.exec(date);
  return parts !== null && Number(parts[1]) <= 12 && Number(parts[2]) <= 12;
}

/** Whether some slashed date has its first part above 12 ("25/03/2024") and none its second ("03/25/2024"): the text writes the day first. */
function slashesSayDayFirst(text: string): boolean {
  let dayFirst = false;
  // (A copy of NUMERIC: its own position is the caller's.)
  NUMERIC_SCAN.lastIndex = 0;
  for (const match of text.matchAll(NUMERIC_SCAN)) {
    const parts = SLASHED.exec(match[0]);
    if (parts === null) continue;
    const first = Number(parts[1]);
    const second = Number(parts[2]);
    if (second > 12 && first <= 12) return false;
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst = true;
  }
  return dayFirst;
}

const RELATIVE_DAY = /\b(?:day\s(before\syesterday|after\stomorrow)|(today|yesterday|tomorrow|tonight)|(last)\s(night)|(this)\s(morning|afternoon|evening))\b/iy;

/** "today", "yesterday", "tomorrow", "tonight", "last night", "this morning". */
export const relativeDays: Extractor = ({ text, reference, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(RELATIVE_DAY, text, triggers.relativeDay)) {
    if (isCapsNameWord(text, match.index, match.index + match[0].length)) continue;
    const word = (match[1] ?? match[2] ?? match[3] ?? match[5])!.toLowerCase().replace(/\s+/g, ' ');
    const offset = word === 'before yesterday' ? -2 : word === 'after tomorrow' ? 2 : word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
    const article = match[1] !== undefined && /\bthe\s$/i.test(before(text, match.index, 4)) ? 4 : 0;
    found.push({ start: match.index - article, end: match.index + match[0].length, kind: 'relative', precision: 'day', value: formatDay(shift(reference, 'day', offset)) });
  }
  return found;
};

/** How far along its line a word in capitals looks for lower case (bounded, so the scan stays linear). */
const CAPS_CONTEXT = 120;

/**
 * Whether the word at `start`–`end` is written in capitals in a line that is not: a name's word
 * ("By Jane Roe, USA TODAY", "on NBC's TODAY show"), not the day. In a line of capitals (a
 * shouted headline, "STORMS HIT TODAY") it is still the day.
 */
function isCapsNameWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word === word.toLowerCase() || word !== word.toUpperCase()) return false;
  return hasLowerCaseOnLine(text, start, end, CAPS_CONTEXT);
}

const UNIT_PERIOD = /\b(this|last|next|past|coming|previous|current)\s(week(?:end)?|month|year|quarter|decade)\b/iy;
const UNIT_PERIOD_PREFIX = /\b(?:(earlier|later)\s)?(the)\s$|\b(earlier|later)\s$/i;

/**
 * "last week", "this month", "earlier this year", "next quarter": a calendar period named as a
 * whole, given as a range of one unit ('2024-W25' to '2024-W25'). "the past year" counts back
 * from the story date instead (a range of days).
 */
export const unitPeriods: Extractor = ({ text, reference, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(UNIT_PERIOD, text, triggers.unitPeriod)) {
    const word = match[1]!.toLowerCase();
    const unit = unitOf(match[2]!)!;
    const prefix = UNIT_PERIOD_PREFIX.exec(before(text, match.index, 16));
    const article = prefix?.[2] !== undefined;
    const earlierLater = prefix?.[1] ?? prefix?.[3];
    // The span keeps "earlier"/"later" ("earlier this year") but not a bare "the".
    const start = earlierLater !== undefined ? match.index - prefix![0].length : match.index;
    const end = match.index + match[0].length;
    if (match[2]!.toLowerCase() === 'weekend') {
      found.push(weekend(word, reference, earlierLater !== undefined ? start : thisPast(text, match.index, word, start), end, earlierLater?.toLowerCase() === 'earlier'));
      continue;
    }
    if ((word === 'past' || (word === 'last' && article)) && unit !== 'decade') {
      // "the past year", "the last week": the span back from the story date.
      found.push({ start, end, kind: 'range', precision: 'day', value: formatDay(shift(reference, unit, -1)), until: formatDay(reference) });
      continue;
    }
    const modifier = modifierOf(word);
    const anchor = modifier === 'last' ? shift(reference, unit, -1) : modifier === 'next' ? shift(reference, unit, 1) : reference;
    const resolved = unitValue(anchor, unit);
    found.push({ start, end, kind: 'range', precision: resolved.precision, value: resolved.value, until: resolved.value });
  }
  return found;
};

/** "this past weekend": the span opens at "this". */
function thisPast(text: string, index: number, word: string, start: number): number {
  return word === 'past' && /\bthis\s$/i.test(before(text, index, 6)) ? index - 5 : start;
}

/**
 * A weekend as the Saturday and Sunday it names: "this weekend" and "the coming weekend" the
 * one ending the story's week (on a weekend day, that weekend; "the coming" one then the
 * next), "last weekend", "the past weekend", "this past weekend" the one before, "next
 * weekend" the one after.
 */
function weekend(word: string, reference: CivilDate, start: number, end: number, earlier: boolean): Found {
  const weekday = weekdayOf(reference);
  // "this weekend" on a weekday is the one ahead, or in a past clause the one just gone: the clause decides.
  if (word === 'this' && weekday !== 0 && weekday !== 6) return { start, end, kind: 'range', precision: 'day', value: null, pending: { type: 'this-weekend', ahead: !earlier } };
  const weeks = word === 'next' ? 1 : word === 'coming' ? (weekday === 0 || weekday === 6 ? 1 : 0) : /^(?:last|past|previous)$/.test(word) ? -1 : 0;
  return weekendOf(reference, weeks, start, end);
}

/** The Saturday and Sunday ending the reference's week (ISO weeks run Monday to Sunday), moved by `weeks`. */
export function weekendOf(reference: CivilDate, weeks: number, start: number, end: number): Found {
  const weekday = weekdayOf(reference);
  const toSaturday = weekday === 0 ? -1 : 6 - weekday;
  const saturday = shift(reference, 'day', toSaturday + 7 * weeks);
  return { start, end, kind: 'range', precision: 'day', value: formatDay(saturday), until: formatDay(shift(saturday, 'day', 1)) };
}

const SPAN_BACK = new RegExp(String.raw`\b(past|last|next|coming|previous|following)\s(few|several|couple\sof|${NUMBER})\s(days|weeks|months|years|decades)\b`, 'iy');

/** "the past five years", "the next two weeks": a range from the story date. "the past few years" has no fixed start: a duration. */
// "would last three days", "is expected to last two weeks": the verb "last", a duration.
const LAST_VERB_BEFORE = /(?:\b(?:would|will|could|can|may|might|should|must|to|did|does|do)|['’]ll)\s$/i;

export const spansFromReference: Extractor = ({ text, reference, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(SPAN_BACK, text, triggers.span)) {
    if (match[1]!.toLowerCase() === 'last' && LAST_VERB_BEFORE.test(before(text, match.index, 10))) continue;
    const unit = unitOf(match[3]!)!;
    const amount = amountOf(match[2]!);
    const start = match.index;
    const end = match.index + match[0].length;
    const precision = unit === 'decade' ? 'year' : (unit as DatePrecision);
    if (amount === null) {
      found.push({ start, end, kind: 'duration', precision, value: null });
      continue;
    }
    const forward = /^(?:next|coming|following)$/i.test(match[1]!);
    const from = forward ? reference : shift(reference, unit, -amount);
    const to = forward ? shift(reference, unit, amount) : reference;
    found.push({ start, end, kind: 'range', precision: 'day', value: formatDay(from), until: formatDay(to) });
  }
  return found;
};

const AGO = /\b(days?|weeks?|months?|years?|decades?)\s(ago|earlier|before|later|from\snow|hence)\b/iy;
const AMOUNT_BEFORE = new RegExp(String.raw`\b(${NUMBER}|a\sfew|several|a\scouple\sof)\s$`, 'i');

/** "three days ago", "a year ago", "two weeks earlier", "a month from now": the unit that far from the story date. */
/** A stamp's date or clock and a separator right before "a year ago": the page's age, no date of the story. */
const STAMP_BEFORE_AGE = /(?:\d|[ap]\.?m\.?)\s?[/|·•]\s$/i;

export const unitsAgo: Extractor = ({ text, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(AGO, text, triggers.unit)) {
    const amountMatch = AMOUNT_BEFORE.exec(before(text, match.index, 20));
    if (!amountMatch) continue;
    const unit = unitOf(match[1]!)!;
    const amount = amountOf(amountMatch[1]!);
    const start = match.index - amountMatch[0].length;
    const end = match.index + match[0].length;
    // ("September 2, 2016 / 4:40 PM / a year ago": the page's age beside its stamp, counted from the day it was read.)
    if (STAMP_BEFORE_AGE.test(before(text, start, 12))) {
      found.push({ start, end, kind: 'relative', precision: unit === 'decade' ? 'decade' : (unit as DatePrecision), value: null, pageAge: true });
      continue;
    }
    const direction = /^(?:later|from\snow|hence)$/i.test(match[2]!) ? 1 : -1;
    const precision: DatePrecision = unit === 'decade' ? 'decade' : (unit as DatePrecision);
    if (amount === null) {
      found.push({ start, end, kind: 'relative', precision, value: null });
      continue;
    }
    // ("later", "earlier", "before" count from the time the story was just telling of, "ago" and "from now" from its date.)
    found.push({ start, end, kind: 'relative', precision, value: null, pending: { type: 'units-ago', unit, amount: amount * direction, anaphoric: /^(?:earlier|later|before)$/i.test(match[2]!) } });
  }
  return found;
};

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const QUARTER = /\bquarter\b|\bQ[1-4]\b|\b[1-4]Q\b/iy;
// "fiscal 2025 third quarter": a company's fiscal year may stand between "fiscal" and the ordinal.
const QUARTER_PREFIX = /\b(?:(the)\s)?((?:fiscal\s(?:(?:19|20)\d\d\s)?)?(?:first|second|third|fourth|1st|2nd|3rd|4th|final)|last|current|latest|previous|next|past|this)([-\s])$/i;
const THE_QUARTER = /\bthe\s(year[-\s](?:ago|earlier)\s)?$/i;
/** A quarter's year after it: "of 2024", "of fiscal 2025", "FY2025", "FY 2025", "FY25". */
const QUARTER_YEAR = /\s(?:of\s)?(?:(?:[Ff]iscal\s|FY\s?)?((?:19|20)\d\d)|FY\s?(\d\d))\b/y;
/** A year right before a quarter's ordinal: "2022 fourth-quarter", "the 2022 fourth quarter". */
const YEAR_BEFORE_QUARTER = /(?<![\d.,])((?:19|20)\d\d)\s$/;
/** A fiscal year before a quarter's short form: "FY2025 Q3", "FY25 Q3". */
const FISCAL_YEAR_BEFORE = /\bFY\s?((?:19|20)\d\d|\d\d)\s$/;
/** "the quarter ended June 30", "the quarter ending Sept. 30", "the three months to March 31": the words before the date. */
// ("the quarter ending in December": its last month.)
const QUARTER_ENDED = /\s(?:that\s)?(ended|ending|to|through)\s(?:in\s)?/iy;

/** The year a quarter's or half's year match gives: four digits, or a fiscal year's two ("FY25": 2025). */
function periodYear(match: RegExpExecArray): number {
  return match[1] === undefined ? 2000 + Number(match[2]) : Number(match[1]);
}

/** A game clock before a quarter of play: "3:30 of the first quarter", "10:09 of the". */
const GAME_CLOCK_BEFORE = /\d:\d\d\sof\s(?:the\s)?(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s)?$/i;

/** What a company or a statistics office reports for a quarter, right after it: "third-quarter earnings", "Q2 results". */
const REPORT_AFTER = /[\s-](?:earnings|results|profits?|loss(?:es)?|revenues?|sales|net\sincome|gdp)\b/iy;
/** A company's guidance before a quarter, which is ahead whatever the clause's tense: "reaffirmed its guidance for the fourth quarter". */
const GUIDANCE_BEFORE = /\b(?:guidance|outlook|forecasts?|projections?|targets?)\s(?:for|in)\s(?:the\s|its\s)?$/i;
/** The same before it: "earnings for the third quarter". */
const REPORT_BEFORE = /\b(?:earnings|results|profits?|loss(?:es)?|revenues?|sales)\s(?:for|in)\s$/i;

/** True when the quarter text[start, end) is one whose figures are reported ("third-quarter profit", "results for the third quarter"). */
function isReportedQuarter(text: string, start: number, end: number): boolean {
  REPORT_AFTER.lastIndex = end;
  return REPORT_AFTER.test(text) || REPORT_BEFORE.test(before(text, start, 16));
}

/**
 * "the third quarter", "third-quarter", "Q3 2024", "last quarter", "the fourth quarter of 2023",
 * a fiscal quarter ("the fiscal 2025 third quarter", "Q3 FY2025", "fiscal second quarter") and a
 * quarter named by its last day ("the quarter ended June 30", "the three months ended March 31").
 */
export const quarters: Extractor = ({ text, reference, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(QUARTER, text, triggers.quarter)) {
    // "at 3:30 of the first quarter": a period of play after a game clock.
    if (GAME_CLOCK_BEFORE.test(before(text, match.index, 32))) continue;
    let start = match.index;
    let word: string;
    let year: number | null = null;
    let fiscal = false;
    if (match[0].length === 2) {
      word = match[0].replace(/q/i, '');
      const fiscalYear = FISCAL_YEAR_BEFORE.exec(before(text, match.index, 8));
      if (fiscalYear) {
        start -= fiscalYear[0].length;
        year = fiscalYear[1]!.length === 2 ? 2000 + Number(fiscalYear[1]) : Number(fiscalYear[1]);
      }
    } else {
      const prefix = QUARTER_PREFIX.exec(before(text, match.index, 30));
      if (!prefix) {
        // "the quarter", "the year-ago quarter": the quarter the story is about.
        const article = THE_QUARTER.exec(before(text, match.index, 20));
        if (article) found.push(quarterEnded(text, match.index - article[0].length, match.index + match[0].length, reference) ?? { start: match.index - article[0].length, end: match.index + match[0].length, kind: 'relative', precision: 'quarter', value: null, pending: { type: 'the-quarter', yearsBack: article[1] === undefined ? 0 : 1 } });
        continue;
      }
      const fiscalYear = /^fiscal\s(?:(\d{4})\s)?/i.exec(prefix[2]!);
      fiscal = fiscalYear !== null;
      if (fiscalYear?.[1] !== undefined) year = Number(fiscalYear[1]);
      word = prefix[2]!.toLowerCase().replace(/^fiscal\s(?:\d{4}\s)?/, '');
      // "the third quarter" keeps its article; "third-quarter profit" is an adjective without it.
      start = match.index - prefix[0].length + (prefix[1] !== undefined && prefix[3] === '-' ? prefix[1].length + 1 : 0);
      // "Ford's 2022 fourth-quarter results", "the 2022 fourth quarter": the year written before the ordinal is the quarter's.
      const yearBefore = prefix[1] === undefined && year === null && ORDINALS[word] !== undefined ? YEAR_BEFORE_QUARTER.exec(before(text, start, 6)) : null;
      if (yearBefore) {
        start -= yearBefore[0].length;
        year = Number(yearBefore[1]);
      }
    }
    let end = match.index + match[0].length;
    QUARTER_YEAR.lastIndex = end;
    const written = year === null ? QUARTER_YEAR.exec(text) : null;
    if (written) {
      end = QUARTER_YEAR.lastIndex;
      year = periodYear(written);
    }
    const ordinal = /^[1-4]$/.test(word) ? Number(word) : ORDINALS[word];
    if (ordinal !== undefined) {
      if (year !== null) found.push({ start, end, kind: 'absolute', precision: 'quarter', value: formatQuarter(year, ordinal) });
      else {
        const pending: Pending = { type: 'quarter', quarter: ordinal, reported: fiscal || isReportedQuarter(text, start, end), ahead: GUIDANCE_BEFORE.test(before(text, start, 24)) };
        if (fiscal) pending.fiscal = true;
        found.push({ start, end, kind: 'relative', precision: 'quarter', value: null, pending });
      }
      continue;
    }
    const offset = /^(?:last|previous|past|latest)$/.test(word) ? -1 : word === 'next' ? 1 : 0;
    found.push({ start, end, kind: 'relative', precision: 'quarter', value: unitValue(shift(reference, 'quarter', offset), 'quarter').value });
  }
  for (const position of triggers.unit) {
    const months = threeMonthsEnded(text, position, reference);
    if (months !== null) found.push(months);
  }
  return found;
};

/**
 * "the quarter ended June 30", "the quarter ending Sept. 30, 2024", "the quarter to March 31",
 * "the quarter ending in December":
 * the quarter [start, end) named by its last day, when that day closes a calendar quarter's
 * month (a fiscal quarter ending "Jan. 28" is left to "the quarter"). Without a year, "ended"
 * is the last such day on or before the story's date; "ending", "to", "through" the nearest.
 */
function quarterEnded(text: string, start: number, end: number, reference: CivilDate): Found | null {
  QUARTER_ENDED.lastIndex = end;
  const verb = QUARTER_ENDED.exec(text);
  if (verb === null) return null;
  const date = readDate(text, QUARTER_ENDED.lastIndex) ?? monthAlone(text, QUARTER_ENDED.lastIndex);
  if (date === null || date.month % 3 !== 0) return null;
  const day = date.day ?? (date.month === 6 || date.month === 9 ? 30 : 31);
  let year = date.year;
  if (year === null) {
    const ended = nearestOccurrence(date.month, day, reference, -1);
    const ahead = verb[1]!.toLowerCase() === 'ended' ? null : nearestOccurrence(date.month, day, reference, 1);
    const chosen = ended === null ? ahead : ahead === null || daysApart(ended, reference) <= daysApart(reference, ahead) ? ended : ahead;
    if (chosen === null) return null;
    year = chosen.year;
  }
  return { start, end: date.end, kind: date.year === null ? 'relative' : 'absolute', precision: 'quarter', value: formatQuarter(year, quarterOf({ year, month: date.month, day })) };
}

/** A capitalised month's name alone at `index` ("ending in December"): its number and end, or null. */
function monthAlone(text: string, index: number): { month: number; day: null; year: null; end: number } | null {
  MONTH_ALONE.lastIndex = index;
  const match = MONTH_ALONE.exec(text);
  const month = match === null ? null : monthNumber(match[0]);
  return month === null ? null : { month, day: null, year: null, end: MONTH_ALONE.lastIndex };
}

const MONTH_ALONE = /\p{Lu}\p{Ll}{2,8}\b/uy;

/** Whole days from `from` to `to` (both at noon, so a zone's shift never rounds a day away). */
const daysApart = (from: CivilDate, to: CivilDate): number => Math.round((toNoon(to).getTime() - toNoon(from).getTime()) / 86_400_000);

const THREE_MONTHS = /months\b/y;
const THE_THREE = /\bthe\s(?:three|3)[-\s]$/i;

/** "the three months ended March 31": a quarter named by its last day, as quarterEnded reads it. */
function threeMonthsEnded(text: string, position: number, reference: CivilDate): Found | null {
  THREE_MONTHS.lastIndex = position;
  if (!THREE_MONTHS.test(text)) return null;
  const the = THE_THREE.exec(before(text, position, 10));
  return the === null ? null : quarterEnded(text, position - the[0].length, THREE_MONTHS.lastIndex, reference);
}

const HALF = /\bhalf\b/iy;
const HALF_PREFIX = /\b(?:(the)\s)?(first|second|1st|2nd|latter)([-\s])$/i;

/** "the first half", "second-half", "the first half of 2024": '2024-H1'. */
export const halves: Extractor = ({ text, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(HALF, text, triggers.half)) {
    const prefix = HALF_PREFIX.exec(before(text, match.index, 14));
    if (!prefix) continue;
    const half = /^(?:first|1st)$/i.test(prefix[2]!) ? 1 : 2;
    const start = match.index - prefix[0].length + (prefix[1] !== undefined && prefix[3] === '-' ? prefix[1].length + 1 : 0);
    let end = match.index + match[0].length;
    QUARTER_YEAR.lastIndex = end;
    const year = QUARTER_YEAR.exec(text);
    if (year) end = QUARTER_YEAR.lastIndex;
    // "half of the" is a fraction, not a half-year.
    if (!year && /^\s(?:of|a|an)\b/i.test(text.slice(end, end + 4))) continue;
    if (year) found.push({ start, end, kind: 'absolute', precision: 'half', value: `${formatYear(periodYear(year))}-H${half}` });
    else found.push({ start, end, kind: 'relative', precision: 'half', value: null, pending: { type: 'half', half } });
  }
  return found;
};

const SEASON = /\b(?:spring|summer|fall|autumn|winter)\b/iy;
const SEASON_PREFIX = /\b(last|this|next|early|late|mid|past|coming|the)[-\s](?:(?:early|late|mid)[-\s])?$/i;
const SEASON_YEAR = /\s(?:of\s)?(\d{4})\b/y;
const SEASON_INDEX: Record<string, number> = { spring: 0, summer: 1, fall: 2, autumn: 2, winter: 3 };

/** "last fall", "this summer", "the spring of 2023", "winter 2024": '2023-FA'. A bare "fall" is a verb. */
export const seasons: Extractor = ({ text, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(SEASON, text, triggers.season)) {
    const season = SEASON_INDEX[match[0].toLowerCase()]!;
    const prefix = SEASON_PREFIX.exec(before(text, match.index, 18));
    const first = prefix?.[1]?.toLowerCase();
    const start = prefix ? match.index - prefix[0].length : match.index;
    let end = match.index + match[0].length;
    SEASON_YEAR.lastIndex = end;
    const year = SEASON_YEAR.exec(text);
    if (year) {
      end = SEASON_YEAR.lastIndex;
      found.push({ start, end, kind: 'absolute', precision: 'season', value: `${formatYear(Number(year[1]))}-${['SP', 'SU', 'FA', 'WI'][season]}` });
      continue;
    }
    if (first === undefined) continue;
    // "the fall of Rome", "the fall in prices": only "in/during/by/until the fall" is the season.
    if (first === 'the' && (season === 2 ? !/\b(?:in|during|by|until|since|this|next|last)\s$/i.test(before(text, start, 8)) : /^\s(?:of|in)\b/i.test(text.slice(end, end + 4)))) continue;
    found.push({ start, end, kind: 'relative', precision: 'season', value: null, pending: { type: 'season', season, modifier: modifierOf(first) } });
  }
  return found;
};

// A year written alone, a year range, a decade. Numbers glued to currency, decimals, counts or
// units are not years: "$2024", "1,999", "2024.5", "2000 troops", "1930 GMT".
const YEAR = /(?:1[5-9]|20)\d\d(s)?(?:\s?(-|–|to|through|and)\s?(1[5-9]\d\d|20\d\d|\d\d)(?!\d))?/g;
const YEAR_PREFIX = /\b(?:mid|early|late)-$/i;
const DECADE = /['’]\d0s\b/g;
const DECADE_WORD = /(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/iy;
const DECADE_PREFIX = /(?:\bthe\s)?(?:\b(?:early|mid|late)-?\s?)?$/i;
// Counts ("about 2000"), money ("$1990") and numbered things ("Room 1995", "Resolution 2334", "Flight 1549",
// "la loi n° 2014-812", "o decreto nº 2019").
const QUANTITY_BEFORE = /(?:\b(?:about|some|nearly|almost|around|approximately|roughly|than|least|over|under|only|just|total|totaling|of|to|by|and|no|number|Nos?|Room|Rooms|Flight|Route|Highway|Interstate|Suite|Gate|Apartment|Apt|Unit|Channel|Bus|Train|Platform|Building|Box|Lot|Exit|Chapter|Section|Article|Resolution|Rule|Form|Bill|Proposition|Prop|Model|Boeing|Airbus|Windows|Version|Level|Code|Ward|District|Precinct|Local|Page|Pages|Volume|Vol|Line|Lines|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Square|Block|Batch|Serial|Ticket|Seat|Table|Figure|Fig|Item|Case|Docket|Order)\.?\s|[$€£¥#]\s?|\b[Nn][°º]\s?)$/;
const YEAR_WORD_BEFORE = /\b(?:in|since|from|until|till|by|during|before|after|of|for|through|year|years|fiscal|FY|early|mid|late|between|and|to|or|circa|the|spring|summer|fall|autumn|winter)[-\s]$/i;
const UNIT_AFTER = /^\s?(?:%|percent|per\b|people|persons|troops|soldiers|workers|employees|jobs|residents|students|votes|voters|members|cases|deaths|tons|tonnes|barrels|shares|dollars|dlrs|yen|euros|pounds|units|cars|vehicles|homes|houses|acres|miles|kilometers|kilometres|km|feet|ft|meters|metres|m\b|kg|lbs|calories|words|pages|points|hours|hrs|GMT|UTC|EST|EDT|BST|CET|local\stime|hp|cc|mph|seats|rooms|beds|plants|stores|flights|aircraft|planes|ships|rounds|shots|rockets|missiles)/i;
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

export const years: Extractor = ({ text, reference, triggers }) => {
  const found: Found[] = [];
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match; match = YEAR.exec(text)) {
    let start = match.index;
    const year = Number(text.slice(start, start + 4));
    const yearEnd = start + 4;
    // Glued to a word, a number, money or a decimal: not a year ("$2024", "1,999", "A2000", "2024.5").
    const previous = start > 0 ? text[start - 1]! : ' ';
    const prefix = previous === '-' ? YEAR_PREFIX.exec(before(text, start, 7)) : null;
    if (prefix) start -= prefix[0].length;
    else if (/[\p{L}\p{N}$€£¥#.,:/'’-]/u.test(previous)) continue;
    let end = match.index + match[0].length;
    const decade = match[1] !== undefined;
    const range = match[2] !== undefined;
    const checkEnd = decade ? yearEnd + 1 : range ? end : yearEnd;
    const next = text[checkEnd];
    if (next !== undefined && (/[\p{L}\p{N}%]/u.test(next) || (/[.,:/]/.test(next) && /\d/.test(text[checkEnd + 1] ?? '')))) {
      YEAR.lastIndex = yearEnd;
      continue;
    }
    const left = before(text, start, 14);
    const anchored = YEAR_WORD_BEFORE.test(left) || prefix !== null;
    if (!decade && !range && UNIT_AFTER.test(text.slice(yearEnd, yearEnd + 16))) continue;
    if (!anchored && QUANTITY_BEFORE.test(left)) continue;
    // Years far ahead of the story are counts ("2050 metres") unless a word anchors them.
    if (year > reference.year + 30 && !anchored) continue;
    if (year < 1900 && !anchored) continue;
    if (decade) {
      // "the 1990s", "mid-1980s"
      found.push({ start, end: yearEnd + 1, kind: 'absolute', precision: 'decade', value: formatDecade(year) });
      YEAR.lastIndex = yearEnd + 1;
      continue;
    }
    if (range) {
      let until = Number(match[3]);
      if (match[3]!.length === 2) until += Math.floor(year / 100) * 100;
      const isAnd = match[2]!.toLowerCase() === 'and';
      const opener = /\b(?:from|between)\s$/i.exec(left);
      // "2009-2010", "2009-10", "from 2009 to 2012", "between 2009 and 2012"; "2009 and 2012" alone are two years.
      if (until > year && until - year <= 100 && (!isAnd || opener !== null)) {
        found.push({ start: opener ? start - opener[0].length : start, end, kind: 'range', precision: 'year', value: formatYear(year), until: formatYear(until) });
        continue;
      }
      end = yearEnd;
      YEAR.lastIndex = yearEnd;
    }
    found.push({ start, end, kind: 'absolute', precision: 'year', value: formatYear(year) });
  }
  const decades = (match: RegExpExecArray): void => {
    const word = match[0].toLowerCase();
    const digit = /\d/.test(word) ? Number(word[1]) : DECADE_WORDS[word]!;
    // "the '90s" in a story of 2024 is the 1990s; "the '20s" the 2020s once they have begun.
    const century = Math.floor(reference.year / 100) * 100;
    let year = century + digit * 10;
    if (year > reference.year) year -= 100;
    const prefix = DECADE_PREFIX.exec(before(text, match.index, 14))!;
    // Without "the", "twenties" is an age ("in her twenties"), not a decade.
    if (!/\d/.test(word) && !/^the/i.test(prefix[0])) return;
    found.push({ start: match.index - prefix[0].length, end: match.index + match[0].length, kind: 'absolute', precision: 'decade', value: formatDecade(year) });
  };
  DECADE.lastIndex = 0;
  for (let match = DECADE.exec(text); match; match = DECADE.exec(text)) decades(match);
  for (const match of matchesAt(DECADE_WORD, text, triggers.decadeWord)) decades(match);
  return found;
};

const DURATION = /(?:minute|hour|day|week|month|year|decade|centur(?:y|ies))s?\b(?:-(?:long|old)\b)?/iy;
// ("12,000 years": a number with thousands separators is one amount, never its last group alone.)
const DURATION_AMOUNT = new RegExp(String.raw`\b(?:${NUMBER_WORD}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|half\san?|a\sfew|several|a\scouple\sof|\d+\s1/2)$`, 'i');
/** "at 1930", "around 7.20", "at 19:30" before "hours": a preposition of time and a clock written as armies and police write it. */
const HOURS_CLOCK = /(\b(?:at|by|before|after|until|till|from|around|at\sabout|at\saround)\s)(?:([01]?\d|2[0-3])[:.]([0-5]\d)|([01]\d|2[0-3])([0-5]\d))$/i;
const RATE_BEFORE = /(?:[\d$€£¥%]|\b(?:times|twice|once|cents?|dollars?|dlrs|per|each|every|nights?|days?|hours?))\s$/i;

/** "five-day", "two years", "10-year", "a decade": lengths of time, never calendar days. */
export const durations: Extractor = ({ text, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(DURATION, text, triggers.unit)) {
    const separator = text[match.index - 1];
    if (separator !== ' ' && separator !== '-') continue;
    const amount = DURATION_AMOUNT.exec(before(text, match.index - 1, 20));
    if (!amount) continue;
    const start = match.index - 1 - amount[0].length;
    // "$5 a day", "twice a year": rates (TimeML's SET), not durations.
    if (/^an?$/i.test(amount[0]) && RATE_BEFORE.test(before(text, start, 10))) continue;
    const unit = match[0].toLowerCase().replace(/s?(?:-(?:long|old))?$/, '');
    if (unit === 'hour') {
      // "at 1930 hours", "around 7.20 hours", "at 19:30 hours": a clock time as armies and police
      // write it, not a length of time; and the minutes of "19:30 hours" are never a duration.
      const clock = HOURS_CLOCK.exec(before(text, match.index - 1, 24));
      if (clock !== null) {
        const clockStart = match.index - 1 - clock[0].length + clock[1]!.length;
        const hour = Number(clock[2] ?? clock[4]);
        const minute = Number(clock[3] ?? clock[5]);
        found.push({ start: clockStart, end: match.index + match[0].length, kind: 'relative', precision: 'minute', value: null, pending: { type: 'time', time: { start: clockStart, end: match.index + match[0].length, hour, minute, zone: null } } });
        continue;
      }
      if (/[:.]\d*$/.test(before(text, start, 4))) continue;
    }
    const precision: DatePrecision = unit === 'minute' || unit === 'hour' ? 'minute' : unit.startsWith('centur') || unit === 'decade' ? 'decade' : (unit as DatePrecision);
    found.push({ start, end: match.index + match[0].length, kind: 'duration', precision, value: null });
  }
  return found;
};

const CLOCK = /\d{1,2}(?:[:.]\d{2})?\s?[AP]\.?\s?M\b\.?|\d{1,2}:\d{2}\b/gi;
const CLOCK_WORD = /(?:noon|midnight)\b/iy;
const CLOCK_PREFIX = /\b(?:at|by|before|after|until|around|about)\s$/i;
/**
 * After a bare "h:mm", words of a game clock: "at 3:30 of the first quarter", "at 2:15 of
 * overtime", "at 9:50 of the third", "with 1:24 left", "at the 10:09 mark" are times of play, not of the day.
 */
const GAME_CLOCK_AFTER = /\s(?:of\s(?:the\s)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th|quarter|half|period|overtime|inning|round|frame)|left|remaining|to\s(?:play|go)|mark)\b/iy;

/** "at 10 a.m.", "3:15 p.m. ET", "noon": a time on the day the clause is about (the story's day by default). */
export const clockTimes: Extractor = ({ text, triggers }) => {
  const found: Found[] = [];
  const read = (index: number, word: boolean): number => {
    const prefix = CLOCK_PREFIX.exec(before(text, index, 8));
    if (word && prefix === null) return index + 1;
    if (index > 0 && /[\d.,:/$]/.test(text[index - 1]!)) return index + 1;
    const time = readTime(text, index);
    if (time === null) return index + 1;
    // "3:2 vote", "5:30" alone: a bare h:mm counts only with a zone or after "at".
    const bare = /^\d{1,2}:\d{2}$/.test(text.slice(time.start, time.end));
    if (bare && prefix === null) return index + 1;
    GAME_CLOCK_AFTER.lastIndex = time.end;
    if (bare && GAME_CLOCK_AFTER.test(text)) return time.end;
    const mention: Found = { start: index, end: time.end, kind: 'relative', precision: 'minute', value: null, pending: { type: 'time', time } };
    if (time.zone) mention.zone = time.zone;
    found.push(mention);
    return time.end;
  };
  CLOCK.lastIndex = 0;
  for (let match = CLOCK.exec(text); match; match = CLOCK.exec(text)) CLOCK.lastIndex = Math.max(CLOCK.lastIndex, read(match.index, false));
  for (const match of matchesAt(CLOCK_WORD, text, triggers.clockWord)) read(match.index, true);
  return found;
};

const HOLIDAY = /(?:Christmas(?:\s(?:Day|Eve))?|New\sYear['’]s(?:\s(?:Day|Eve))?|Halloween|Valentine['’]s\sDay)\b/y;
const OTHER_NEW_YEARS = /\b(?:Lunar|Chinese|Jewish|Persian|Islamic|Hindu|Thai|Vietnamese|Tamil|Sikh)\s$/;

/** Holidays on fixed days: "Christmas", "New Year's Eve", "Halloween"; the year by the clause's tense, like "June 27". */
export const holidays: Extractor = ({ text, triggers }) => {
  const found: Found[] = [];
  for (const match of matchesAt(HOLIDAY, text, triggers.holiday)) {
    const name = match[0].toLowerCase();
    if (name.startsWith('new') && OTHER_NEW_YEARS.test(before(text, match.index, 12))) continue;
    const [month, day] = name.startsWith('christmas')
      ? [12, name.endsWith('eve') ? 24 : 25]
      : name.startsWith('new')
        ? name.endsWith('eve') ? [12, 31] : [1, 1]
        : name.startsWith('halloween') ? [10, 31] : [2, 14];
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'relative', precision: 'day', value: null, pending: { type: 'month-day', month: month!, day: day!, untilDay: null, time: null } });
  }
  return found;
};
