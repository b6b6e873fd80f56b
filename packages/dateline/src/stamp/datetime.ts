// Readers for written dates and clock times, shared by datelines, stamps and findDates.
// Each reads at one position (sticky regular expressions) and returns what it read and where
// it ended, or null. They never look at the clock or the machine's zone.
import { NORTH_AMERICAN_ZONE_WORDS } from '@newsparse/core';
import { isRealDay } from '../calendar.js';
import { isDigitCode } from '../chars.js';
import { UNWORDLIKE_MONTHS, calendarMonth, isFullMonthName, monthNumber, weekdayNumber } from '../lexicon/months.js';
import { LOCALES, alternation } from '../locales/index.js';

/** The order of a numeric date's parts: 'MDY' for 06/27/2024, 'DMY' for 27/06/2024, 'YMD' for 2024/06/27. */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

export interface WrittenDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  /** null for a month without a day ("June 2024"). */
  day: number | null;
  weekday: number | null;
}

export interface WrittenTime {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** As written: 'ET', 'GMT', '+08:00', 'Z'; null when none. */
  zone: string | null;
}

export interface WrittenDateTime extends WrittenDate {
  time: WrittenTime | null;
}

// The words inside a date come from the locales: "27th", "27 of June", "27 de junio de 2024".
const ORDINAL = optional(alternation((locale) => locale.dateWords.ordinalSuffixes));
/** A day before its month may also carry a mark ("3. Juni"); after a month ("June 3.") a period ends the sentence. */
export const DAY_ORDINAL = optional(alternation((locale) => [...locale.dateWords.ordinalSuffixes, ...locale.dateWords.dayMarks.map(escapeRegExp)]));
export const DAY_MONTH_WORD = alternation((locale) => locale.dateWords.dayMonth);
const MONTH_YEAR_WORD = optional(alternation((locale) => locale.dateWords.monthYear), String.raw`\s{1,3}`);

const WEEKDAY = new RegExp(String.raw`(${alternation((locale) => locale.patterns.weekday)})([a-z]{0,6})\.?,?\s{1,3}`, 'iy');
// The year after a comma, a space, or a slash, as the Ethiopian News Agency writes it ("June 13/2024").
/** A line break, spaces perhaps, and another: a paragraph's end. */
const BLANK_LINE = /\n[^\S\n]*\n/;
const MONTH_DAY = new RegExp(String.raw`(\p{L}{3,12})(\.?)\s{1,3}(\d{1,2})${ORDINAL}(?!\d|:\d|\.\d)(?:(?:,\s{0,3}|\s{1,3}|\/)(\d{4})(?!\d))?`, 'uy');
// The month is a word of three letters or more, or a calendar month of two words or two letters
// ("10 تشرين الأول 2017", "5 آب 2020"), read as a whole word; in Arabic also the month's two
// names, Levantine and Egyptian, across a slash ("5 آذار/مارس 2023": calendarMonth reads the pair).
const ONE_MONTH_NAME = UNWORDLIKE_MONTHS.length === 0 ? String.raw`\p{L}{3,12}` : String.raw`(?:${UNWORDLIKE_MONTHS.join('|')})(?!\p{L})|\p{L}{3,12}`;
const DAY_MONTH_NAME = String.raw`(?=\p{sc=Arabic})(?:${ONE_MONTH_NAME})\s?\/\s?(?:${ONE_MONTH_NAME})(?!\p{L})|${ONE_MONTH_NAME}`;
const DAY_MONTH = new RegExp(
  String.raw`(\d{1,2})${DAY_ORDINAL}(?:\s{1,3}|\s{1,3}(?:${DAY_MONTH_WORD})\s{1,3})(${DAY_MONTH_NAME})(\.?)(?:,?\s{1,3}${MONTH_YEAR_WORD}(\d{4})(?!\d))?`,
  'uy',
);
const MONTH_YEAR = new RegExp(String.raw`(\p{L}{3,10})(\.?),?\s{1,3}${MONTH_YEAR_WORD}(\d{4})(?!\d)`, 'uy');
const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d-])/y;
const NUMERIC = /(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d/.-]\d)/y;
// Year first with periods and spaces, as Hungarian writes it ("2019. 04. 04.", "2019. április 4.",
// "2019. ápr. 4.": the month in lower case, as "2019. April 4" is a sentence's end and the next's start), and with the CJK year, month and day signs ("2019年4月4日", "2019년 4월 4일").
const YEAR_FIRST = /(\d{4})\.\s{1,2}(?:(\d{1,2})\.\s{0,2}(\d{1,2})\.?|(\p{Ll}{3,12}\.?)\s{1,2}(\d{1,2})\.?)(?!\d)|(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/uy;
// "a.m." keeps its closing period; "11am." at a sentence's end does not take the sentence's.
// British copy writes "2.30am": a dot between hour and minutes only before am/pm.
// The space before "h"/"hrs" is read only with them: "9:30 on Monday" is "9:30", not "9:30 ".
const CLOCK = /(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s?([ap])(?:\.\s?m\b\.?|\s?m\b)|(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])(?:\s?h(?:rs?)?\b\.?)?/iy;
// North American zones are often written out ("9 p.m. Eastern time", "Pacific Standard Time").
const ZONE = new RegExp(
  String.raw`\s{0,2}\(?((?:${NORTH_AMERICAN_ZONE_WORDS.join('|')})\s(?:(?:[Ss]tandard|[Dd]aylight)\s)?[Tt]ime|Z|UTC|GMT|[ECMP][SD]?T|AK[SD]?T|H[SD]?T|BST|CES?T|EES?T|WES?T|MSK|IST|JST|KST|HKT|SGT|AWST|ACST|AEST|AEDT|NZST|NZDT|WIB|WITA|WIT)(?:\s?([+-]\d{1,2}(?::?\d{2})?))?\)?(?![\p{L}\d])|\s{0,2}([+-]\d{2}:?\d{2})(?!\d)`,
  'uy',
);
const NOON = /(noon|midday|midnight)\b/iy;

/** Each day mark with the month words of the locales that write it: "3. Juni" is read, "Figure 1. January" is not. */
const MARKED_MONTHS: readonly (readonly [mark: string, months: ReadonlySet<string>])[] = LOCALES.flatMap((locale) =>
  locale.dateWords.dayMarks.map((mark) => [mark, new Set(locale.months.keys())] as const),
);

/** False when the day at `dayEnd` carries a mark that the month word's language does not write. */
function markFitsMonth(text: string, dayEnd: number, month: string): boolean {
  for (const [mark, months] of MARKED_MONTHS) if (text.startsWith(mark, dayEnd)) return months.has(month.toLowerCase());
  return true;
}

/** A literal string as a regular-expression pattern: its special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `(?:a|b)` + `after`, optional; nothing when no locale has such words. */
function optional(words: string, after = ''): string {
  return words === '' ? '' : `(?:(?:${words})${after})?`;
}

function sticky(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/** The first three letters of every weekday word that opens with three ASCII letters ("tue", "mar", "mit"). */
const WEEKDAY_STEMS = new Set(
  LOCALES.flatMap((locale) => [...locale.weekdays.keys()])
    .filter((word) => /^[a-z]{3}/.test(word))
    .map((word) => word.slice(0, 3)),
);

const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * False where no weekday word can begin: most dates open with a month or a digit, and the
 * weekday pattern (an alternation of every locale's days) is tried only where the first
 * three letters are some weekday's. Letters beyond ASCII go to the pattern.
 */
function mayOpenWeekday(text: string, index: number): boolean {
  const first = text.charCodeAt(index);
  if (first < 128 && !isAsciiLetterCode(first)) return false;
  const second = text.charCodeAt(index + 1);
  const third = text.charCodeAt(index + 2);
  if (!isAsciiLetterCode(first) || !isAsciiLetterCode(second) || !isAsciiLetterCode(third)) return true;
  return WEEKDAY_STEMS.has(String.fromCharCode(first | 32, second | 32, third | 32));
}

/** Reads a weekday name ("Tue", "Tuesday,") at `index`: its day number and where the date may begin. */
export function readWeekday(text: string, index: number): { weekday: number; end: number } | null {
  if (!mayOpenWeekday(text, index)) return null;
  const match = sticky(WEEKDAY, text, index);
  if (!match) return null;
  const weekday = weekdayNumber(match[1]! + match[2]!);
  return weekday === null ? null : { weekday, end: index + match[0].length };
}

interface ReadDateOptions {
  /** Read misspelt months ("Macrh 31"). Only datelines ask for this. */
  fuzzy?: boolean;
  order?: DateOrder;
  /** Accept "June 2024" and "27 June" (no day, or no year). Default true. */
  partial?: boolean;
  /**
   * Also read the months of every language of core's calendar ("25 Maret 2023", "2 października
   * 2023", "25 сентября 2023"), in a whole date only: a day, the month and a year. Stamps ask for this.
   */
  anyLanguage?: boolean;
}

/** The month a date's word names: its locales' words, or, in a whole date when asked, any calendar language's. */
function monthOf(word: string, options: ReadDateOptions, whole: boolean): number | null {
  return monthNumber(word, options.fuzzy ?? false) ?? (options.anyLanguage === true && whole ? calendarMonth(word) : null);
}

/**
 * Reads a written date at `index`: "June 27, 2024", "Jun. 27", "27 June 2024", "27 de junio de
 * 2024", "2024-06-27", "27/06/2024" (by `order`), "June 2024", each with an optional weekday
 * before it. Returns null unless the date is a real calendar day.
 */
export function readDate(text: string, index: number, options: ReadDateOptions = {}): WrittenDate | null {
  let start = index;
  let weekday: number | null = null;
  const named = readWeekday(text, index);
  if (named) {
    weekday = named.weekday;
    index = named.end;
  }
  const first = text.charCodeAt(index);
  let result: WrittenDate | null = null;
  if (isDigitCode(first)) {
    result = readNumericDate(text, index, options) ?? (options.anyLanguage === true ? readYearFirst(text, index, options) : null) ?? readDayMonth(text, index, options);
  } else {
    result = readMonthDay(text, index, options);
  }
  if (!result) return null;
  if (named) result.start = start;
  else start = result.start;
  result.weekday = weekday;
  return result;
}

function readMonthDay(text: string, index: number, options: ReadDateOptions): WrittenDate | null {
  const match = sticky(MONTH_DAY, text, index);
  // ("released in December. 3 people …", "in December.\n\n3/50": a period after a month's whole
  // name ends its sentence, and a blank line its paragraph; the number after them is not its day.)
  if (match && !(match[2] === '.' && isFullMonthName(match[1]!)) && !BLANK_LINE.test(match[0])) {
    const year = match[4] === undefined ? null : Number(match[4]);
    const month = monthOf(match[1]! + match[2]!, options, year !== null);
    const day = Number(match[3]);
    if (month !== null && (year === null ? isRealDay(2000, month, day) : isRealDay(year, month, day))) {
      return { start: index, end: index + match[0].length, year, month, day, weekday: null };
    }
  }
  if (options.partial === false) return null;
  const monthYear = sticky(MONTH_YEAR, text, index);
  if (monthYear) {
    const month = monthNumber(monthYear[1]! + monthYear[2]!, options.fuzzy ?? false);
    if (month !== null) return { start: index, end: index + monthYear[0].length, year: Number(monthYear[3]), month, day: null, weekday: null };
  }
  return null;
}

function readDayMonth(text: string, index: number, options: ReadDateOptions): WrittenDate | null {
  const match = sticky(DAY_MONTH, text, index);
  if (!match) return null;
  if (!markFitsMonth(text, index + match[1]!.length, match[2]!)) return null;
  const year = match[4] === undefined ? null : Number(match[4]);
  const month = monthOf(match[2]! + match[3]!, options, year !== null);
  const day = Number(match[1]);
  if (month === null || !(year === null ? isRealDay(2000, month, day) : isRealDay(year, month, day))) return null;
  if (year === null && options.partial === false) return null;
  // "27 jun." keeps its period only when it is an abbreviation's: "14 September." ends a sentence.
  const sentencePeriod = match[3] === '.' && year === null && isFullMonthName(match[2]!);
  return { start: index, end: index + match[0].length - (sentencePeriod ? 1 : 0), year, month, day, weekday: null };
}

/** "2019. április 4.", "2019. 04. 04.", "2019年4月4日": a whole date, year first; read where a date may be in any language (stamps). */
function readYearFirst(text: string, index: number, options: ReadDateOptions): WrittenDate | null {
  const match = sticky(YEAR_FIRST, text, index);
  if (!match) return null;
  const year = Number(match[1] ?? match[6]);
  const month = match[4] !== undefined ? monthOf(match[4], options, true) : Number(match[2] ?? match[7]);
  const day = Number(match[3] ?? match[5] ?? match[8]);
  if (month === null || !isRealDay(year, month, day)) return null;
  return { start: index, end: index + match[0].length, year, month, day, weekday: null };
}

function readNumericDate(text: string, index: number, options: ReadDateOptions): WrittenDate | null {
  const iso = sticky(ISO, text, index);
  if (iso) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (!isRealDay(year, month, day)) return null;
    return { start: index, end: index + 10, year, month, day, weekday: null };
  }
  const match = sticky(NUMERIC, text, index);
  if (!match) return null;
  const [first, second, third] = [match[1]!, match[3]!, match[4]!];
  let year: number;
  let month: number;
  let day: number;
  if (first.length === 4) {
    if (third.length > 2) return null;
    [year, month, day] = [Number(first), Number(second), Number(third)];
  } else {
    if (first.length > 2 || (third.length !== 2 && third.length !== 4)) return null;
    let order = options.order === 'YMD' ? undefined : options.order;
    // A part above 12 cannot be a month: that settles an unstated order. Dots are mostly written
    // day first ("04.06.2024" in German, Russian, Polish …), unless that cannot be ("01.21.2020");
    // else US order.
    order ??= Number(first) > 12 || (match[2] === '.' && Number(second) <= 12) ? 'DMY' : 'MDY';
    year = Number(third);
    if (third.length === 2) year += year < 50 ? 2000 : 1900;
    [month, day] = order === 'DMY' ? [Number(second), Number(first)] : [Number(first), Number(second)];
  }
  if (!isRealDay(year, month, day)) return null;
  return { start: index, end: index + match[0].length, year, month, day, weekday: null };
}

/** Reads a clock time at `index`: "08:43 PM", "3:15 p.m. ET", "10 a.m.", "20:43", "12:43:00Z", "noon". */
export function readTime(text: string, index: number): WrittenTime | null {
  const noon = sticky(NOON, text, index);
  if (noon) {
    const word = noon[1]!.toLowerCase();
    return withZone(text, { start: index, end: index + noon[0].length, hour: word === 'midnight' ? 0 : 12, minute: 0, zone: null });
  }
  // A clock never starts inside a number: "05 pm" in "14:05 pm" is no time of its own.
  if (/[\d:]/.test(text[index - 1] ?? '')) return null;
  const match = sticky(CLOCK, text, index);
  if (!match) return null;
  let hour: number;
  let minute: number;
  if (match[3] !== undefined) {
    hour = Number(match[1]);
    minute = match[2] === undefined ? 0 : Number(match[2]);
    const pm = match[3].toLowerCase() === 'p';
    // ("15:56 pm": a 24-hour time some sites still mark pm.)
    if (pm && match[2] !== undefined && hour > 12 && hour < 24) return withZone(text, { start: index, end: index + match[0].length, hour, minute, zone: null });
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  } else {
    hour = Number(match[4]);
    minute = Number(match[5]);
    if (hour > 24) return null;
  }
  if (minute > 59) return null;
  return withZone(text, { start: index, end: index + match[0].length, hour, minute, zone: null });
}

function withZone(text: string, time: WrittenTime): WrittenTime {
  const zone = sticky(ZONE, text, time.end);
  if (zone && zone[3] !== undefined && !isOffset(zone[3], zone[0] === zone[3] ? time : null)) return time;
  if (zone) {
    time.zone = zone[3] ?? (zone[2] === undefined ? zone[1]! : `${zone[1]}${zone[2]}`);
    time.end += zone[0].length;
  }
  return time;
}

/**
 * Whether "±hh:mm" after a clock time is a zone's offset: at most 14 hours, and, glued to the
 * time (`glued`) with a minus, no later than it: "09:30-18:00" and "10:00-12:00" are ranges of
 * hours (opening times), "10:00-05:00" is an offset.
 */
function isOffset(offset: string, glued: WrittenTime | null): boolean {
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(-2));
  if (hours > 14) return false;
  return glued === null || offset[0] !== '-' || hours * 60 + minutes <= glued.hour * 60 + glued.minute;
}

const DATE_TIME_WORDS = LOCALES.flatMap((locale) => locale.dateWords.dateTime).map((word) => String.raw`${word}\s{1,3}`);
// "Jun 27, 2024 08:43 PM", "… at 3 p.m.", "… @ 10:31", "… - 10:31", "December 7, 2016 / 1:12 PM" (Reuters pages),
// "July 23, 2002: 1:11 PM EDT" (a colon, as CNN's money pages wrote it).
// (Not after a bar: "June 4, 2024 | 3:15" is a header's cells, which metadata's text reader reads itself.)
const BETWEEN_DATE_AND_TIME = new RegExp(String.raw`,?\s{1,3}(?:${[...DATE_TIME_WORDS, String.raw`@\s{0,2}`, String.raw`-\s{1,2}`, String.raw`/\s{1,2}`].join('|')})?|:\s{1,3}|T`, 'iy');
const BETWEEN_TIME_AND_DATE = new RegExp(String.raw`,?\s{1,3}${optional(alternation((locale) => locale.dateWords.timeDate), String.raw`\s{1,3}`)}`, 'y');

/**
 * Reads a date with an optional time on either side: "Jun 27, 2024 08:43 PM",
 * "3:15 p.m. ET, Tue June 4, 2024", "2024-06-27T12:43:00Z".
 */
export function readDateTime(text: string, index: number, options: ReadDateOptions = {}): WrittenDateTime | null {
  const date = readDate(text, index, options);
  if (date) {
    const iso = sticky(ISO, text, date.start);
    if (iso && iso[4] !== undefined) {
      return { ...date, end: date.start + iso[0].length, time: { start: date.start + 11, end: date.start + iso[0].length, hour: Number(iso[4]), minute: Number(iso[5]), zone: iso[6] ?? null } };
    }
    if (date.day !== null) {
      const gap = sticky(BETWEEN_DATE_AND_TIME, text, date.end);
      if (gap) {
        const time = readTime(text, gap.index + gap[0].length);
        if (time && (time.zone !== null || /[ap]\.?\s?m|:|noon|midnight/i.test(text.slice(time.start, time.end)))) {
          return { ...date, end: time.end, time };
        }
      }
    }
    return { ...date, time: null };
  }
  const time = readTime(text, index);
  if (!time) return null;
  const gap = sticky(BETWEEN_TIME_AND_DATE, text, time.end);
  if (!gap) return null;
  const after = readDate(text, gap.index + gap[0].length, options);
  if (!after || after.day === null) return null;
  return { ...after, start: time.start, time };
}
