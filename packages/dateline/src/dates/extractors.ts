// Extractors for date mentions: each scans the whole text with one regular expression and
// returns what it found, some already resolved (an absolute date), some waiting for the
// clause's tense (a weekday, a month named alone). Refiners in find-dates.ts then drop
// overlaps, join ranges and resolve what waits.
import { formatDay, formatMinute, formatMonth, formatYear, formatDecade, formatQuarter, shift, type CalendarUnit, type CivilDate } from '../calendar.js';
import { monthNumber, weekdayNumber } from '../lexicon/months.js';
import { readDate, readDateTime, readTime, type DateOrder, type WrittenTime } from '../stamp/datetime.js';
import { offsetOf } from '../stamp/parse-stamp.js';
import type { DateMentionKind, DatePrecision } from '../types.js';
import { unitValue, type Modifier } from './resolve.js';

/** What waits for the clause's tense before it has a value. */
export type Pending =
  | { type: 'month'; month: number; modifier: Modifier }
  | { type: 'month-day'; month: number; day: number; untilDay: number | null; time: WrittenTime | null }
  | { type: 'weekday'; weekday: number; modifier: Modifier }
  | { type: 'quarter'; quarter: number }
  | { type: 'half'; half: number }
  | { type: 'season'; season: number; modifier: Modifier }
  | { type: 'time'; time: WrittenTime }
  | { type: 'units-ago'; unit: CalendarUnit; amount: number };

export interface Found {
  start: number;
  end: number;
  kind: DateMentionKind;
  precision: DatePrecision;
  value: string | null;
  until?: string;
  zone?: string;
  pending?: Pending;
}

export interface ExtractContext {
  text: string;
  reference: CivilDate;
  order: DateOrder | undefined;
}

export type Extractor = (context: ExtractContext) => Found[];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, hundred: 100,
};
const NUMBER = String.raw`\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred`;
const amountOf = (word: string): number | null => (/^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? null));

const UNIT_OF: Record<string, CalendarUnit> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade' };
const unitOf = (word: string): CalendarUnit | null => UNIT_OF[word.toLowerCase().replace(/s$/, '').replace(/end$/, '')] ?? null;

function modifierOf(word: string | undefined): Modifier {
  switch (word?.toLowerCase()) {
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

// Months in the case news prints them. "May", "March", "April", "June" and "August" are also
// words or names: alone they count only after a preposition or a modifier.
const MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b\.?/g;
const AMBIGUOUS_MONTHS = new Set([3, 4, 5, 6, 8]);
const DAY_BEFORE = /(?:^|\D)(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?$/;
const WEEKDAY_BEFORE = /(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s$/;
const MONTH_PREFIX = /(?:\b(early|mid|late|the\s(?:end|beginning|start|middle)\sof)[-\s])?(?:\b(last|next|this|past|coming|previous)\s)?$/i;
const PREPOSITION_BEFORE = /\b(?:in|on|during|since|until|till|by|from|through|before|after|of|for|between|and|to|or|last|next|this|early|mid|late)[-\s]$/i;
const DAY_RANGE_AFTER = /\s?(?:-|–|to|through|thru)\s?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s?(?:%|percent|per|:))(?:,?\s(\d{4})\b)?/y;
const OF_YEAR = /\s(?:of\s)?(\d{4})\b/y;

/** "June 27, 2024 08:43 PM", "27 June", "Tuesday, June 4", "June 2024", "in May", "late last July", "June 3-5". */
export const writtenDates: Extractor = ({ text }) => {
  const found: Found[] = [];
  let consumed = 0;
  MONTH.lastIndex = 0;
  for (let match = MONTH.exec(text); match; match = MONTH.exec(text)) {
    const index = match.index;
    if (index < consumed) continue;
    const before = text.slice(Math.max(0, index - 12), index);
    let start = index;
    const dayBefore = DAY_BEFORE.exec(before);
    if (dayBefore) start = index - dayBefore[0].length + (dayBefore[0].length - dayBefore[0].trimStart().length) + (/^\D/.test(dayBefore[0]) ? 1 : 0);
    const weekdayBefore = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (weekdayBefore) start -= weekdayBefore[0].length;
    let written = readDateTime(text, start) ?? (start !== index ? readDateTime(text, index) : null);
    if (written && written.end <= index) written = null;
    if (written) {
      consumed = written.end;
      const time = written.time;
      if (written.day === null) {
        found.push({ start: written.start, end: written.end, kind: 'absolute', precision: 'month', value: formatMonth(written.year!, written.month) });
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
        }
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
        found.push({ start: written.start, end, kind: untilDay === null ? 'relative' : 'range', precision: time === null ? 'day' : 'minute', value: null, pending: { type: 'month-day', month: written.month, day: written.day, untilDay, time } });
      }
      consumed = end;
      continue;
    }
    // A month named alone.
    const month = monthNumber(match[0]);
    if (month === null) continue;
    const left = text.slice(Math.max(0, index - 40), index);
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
    if (ofYear) {
      end = OF_YEAR.lastIndex;
      found.push({ start: mentionStart, end, kind: 'absolute', precision: 'month', value: formatMonth(Number(ofYear[1]), month) });
    } else {
      found.push({ start: mentionStart, end, kind: 'relative', precision: 'month', value: null, pending: { type: 'month', month, modifier: modifierOf(prefix[2]) } });
    }
    consumed = end;
  }
  return found;
};

const WEEKDAY = /\b(?:(on|last|next|this|coming|past|early|late)\s)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)(?:\s(morning|afternoon|evening|night)\b)?/g;

/** "on Tuesday", "last Friday", "Sunday night". A weekday that opens a full date is left to writtenDates. */
export const weekdays: Extractor = ({ text }) => {
  const found: Found[] = [];
  WEEKDAY.lastIndex = 0;
  for (let match = WEEKDAY.exec(text); match; match = WEEKDAY.exec(text)) {
    const dayStart = match.index + (match[1] === undefined ? 0 : match[1].length + 1);
    const date = readDate(text, dayStart);
    if (date !== null && date.day !== null) continue;
    const weekday = weekdayNumber(match[2]!)!;
    const modifier = modifierOf(match[1]);
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'relative', precision: 'day', value: null, pending: { type: 'weekday', weekday, modifier } });
  }
  return found;
};

const NUMERIC = /(?<![\d/.$-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))(?![\d/])/g;

/** "2024-06-27", "2024-06-27T12:43:00Z", "6/27/2024" (order by the option, or settled by a part above 12). */
export const numericDates: Extractor = ({ text, order }) => {
  const found: Found[] = [];
  NUMERIC.lastIndex = 0;
  for (let match = NUMERIC.exec(text); match; match = NUMERIC.exec(text)) {
    const written = readDateTime(text, match.index, order === undefined ? {} : { order });
    if (written === null || written.year === null || written.day === null) continue;
    const date = { year: written.year, month: written.month, day: written.day };
    const time = written.time;
    const mention: Found = {
      start: written.start,
      end: written.end,
      kind: 'absolute',
      precision: time === null ? 'day' : 'minute',
      value: time === null ? formatDay(date) : formatMinute(date, time.hour, time.minute, offsetOf(time.zone)),
    };
    if (time?.zone) mention.zone = time.zone;
    found.push(mention);
    NUMERIC.lastIndex = Math.max(NUMERIC.lastIndex, written.end);
  }
  return found;
};

const RELATIVE_DAY = /\b(?:(?:the\s)?day\s(before\syesterday|after\stomorrow)|(today|yesterday|tomorrow|tonight)|(last)\s(night)|(this)\s(morning|afternoon|evening))\b/gi;

/** "today", "yesterday", "tomorrow", "tonight", "last night", "this morning". */
export const relativeDays: Extractor = ({ text, reference }) => {
  const found: Found[] = [];
  RELATIVE_DAY.lastIndex = 0;
  for (let match = RELATIVE_DAY.exec(text); match; match = RELATIVE_DAY.exec(text)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? match[5])!.toLowerCase().replace(/\s+/g, ' ');
    const offset = word === 'before yesterday' ? -2 : word === 'after tomorrow' ? 2 : word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'relative', precision: 'day', value: formatDay(shift(reference, 'day', offset)) });
  }
  return found;
};

const UNIT_PERIOD = /\b(?:(earlier|later)\s)?(?:(the)\s)?(this|last|next|past|coming|previous|current)\s(week(?:end)?|month|year|quarter|decade)\b/gi;

/**
 * "last week", "this month", "earlier this year", "next quarter": a calendar period named as a
 * whole, given as a range of one unit ('2024-W25' to '2024-W25'). "the past year" counts back
 * from the story date instead (a range of days).
 */
export const unitPeriods: Extractor = ({ text, reference }) => {
  const found: Found[] = [];
  UNIT_PERIOD.lastIndex = 0;
  for (let match = UNIT_PERIOD.exec(text); match; match = UNIT_PERIOD.exec(text)) {
    const word = match[3]!.toLowerCase();
    const unit = unitOf(match[4]!)!;
    const start = match[2] !== undefined && match[1] === undefined ? match.index + match[2].length + 1 : match.index;
    const end = match.index + match[0].length;
    if ((word === 'past' || (word === 'last' && match[2] !== undefined)) && unit !== 'decade') {
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

const SPAN_BACK = new RegExp(String.raw`\b(past|last|next|coming|previous|following)\s(few|several|couple\sof|${NUMBER})\s(days|weeks|months|years|decades)\b`, 'gi');

/** "the past five years", "the next two weeks": a range from the story date. "the past few years" has no fixed start: a duration. */
export const spansFromReference: Extractor = ({ text, reference }) => {
  const found: Found[] = [];
  SPAN_BACK.lastIndex = 0;
  for (let match = SPAN_BACK.exec(text); match; match = SPAN_BACK.exec(text)) {
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

const AGO = new RegExp(String.raw`\b(${NUMBER}|a\sfew|several|a\scouple\sof)\s(days?|weeks?|months?|years?|decades?)\s(ago|earlier|before|later|from\snow|hence)\b`, 'gi');

/** "three days ago", "a year ago", "two weeks earlier", "a month from now": the unit that far from the story date. */
export const unitsAgo: Extractor = ({ text }) => {
  const found: Found[] = [];
  AGO.lastIndex = 0;
  for (let match = AGO.exec(text); match; match = AGO.exec(text)) {
    const unit = unitOf(match[2]!)!;
    const amount = amountOf(match[1]!);
    const start = match.index;
    const end = match.index + match[0].length;
    const direction = /^(?:later|from\snow|hence)$/i.test(match[3]!) ? 1 : -1;
    if (amount === null) {
      found.push({ start, end, kind: 'relative', precision: unit === 'decade' ? 'decade' : (unit as DatePrecision), value: null });
      continue;
    }
    found.push({ start, end, kind: 'relative', precision: unit === 'decade' ? 'decade' : (unit as DatePrecision), value: null, pending: { type: 'units-ago', unit, amount: amount * direction } });
  }
  return found;
};

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const QUARTER = /\b(?:(the)\s)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|current|latest|previous|next|past|this|fiscal\sfirst|fiscal\ssecond|fiscal\sthird|fiscal\sfourth)([-\s])quarter|Q([1-4])|([1-4])Q)(?:\s(?:of\s)?(?:fiscal\s)?(\d{4})\b)?/gi;

/** "the third quarter", "third-quarter", "Q3 2024", "last quarter", "the fourth quarter of 2023". */
export const quarters: Extractor = ({ text, reference }) => {
  const found: Found[] = [];
  QUARTER.lastIndex = 0;
  for (let match = QUARTER.exec(text); match; match = QUARTER.exec(text)) {
    const word = (match[2] ?? '').toLowerCase().replace(/^fiscal\s/, '');
    const start = match[1] !== undefined && match[3] === '-' ? match.index + match[1].length + 1 : match.index;
    const end = match.index + match[0].length;
    const explicitYear = match[6];
    const ordinal = match[4] ?? match[5] ?? ORDINALS[word];
    if (ordinal !== undefined) {
      const quarter = Number(ordinal);
      if (explicitYear !== undefined) found.push({ start, end, kind: 'absolute', precision: 'quarter', value: formatQuarter(Number(explicitYear), quarter) });
      else found.push({ start, end, kind: 'relative', precision: 'quarter', value: null, pending: { type: 'quarter', quarter } });
      continue;
    }
    const offset = /^(?:last|previous|past|latest)$/.test(word) ? -1 : word === 'next' ? 1 : 0;
    found.push({ start, end, kind: 'relative', precision: 'quarter', value: unitValue(shift(reference, 'quarter', offset), 'quarter').value });
  }
  return found;
};

const HALF = /\b(?:(the)\s)?(first|second|1st|2nd|latter)([-\s])half(?:\s(?:of\s)?(?:fiscal\s)?(\d{4})\b)?/gi;

/** "the first half", "second-half", "the first half of 2024": '2024-H1'. */
export const halves: Extractor = ({ text }) => {
  const found: Found[] = [];
  HALF.lastIndex = 0;
  for (let match = HALF.exec(text); match; match = HALF.exec(text)) {
    const half = /^(?:first|1st)$/i.test(match[2]!) ? 1 : 2;
    const start = match[1] !== undefined && match[3] === '-' ? match.index + match[1].length + 1 : match.index;
    const end = match.index + match[0].length;
    // "half of the" is a fraction, not a half-year.
    if (match[4] === undefined && /^\s(?:of|a|an)\b/i.test(text.slice(end, end + 4))) continue;
    if (match[4] !== undefined) found.push({ start, end, kind: 'absolute', precision: 'half', value: `${formatYear(Number(match[4]))}-H${half}` });
    else found.push({ start, end, kind: 'relative', precision: 'half', value: null, pending: { type: 'half', half } });
  }
  return found;
};

const SEASON = /\b(?:(last|this|next|early|late|mid|past|coming|the)[-\s])?(?:(early|late|mid)[-\s])?(spring|summer|fall|autumn|winter)\b(?:\s(?:of\s)?(\d{4})\b)?/gi;
const SEASON_INDEX: Record<string, number> = { spring: 0, summer: 1, fall: 2, autumn: 2, winter: 3 };

/** "last fall", "this summer", "the spring of 2023", "winter 2024": '2023-FA'. A bare "fall" is a verb. */
export const seasons: Extractor = ({ text }) => {
  const found: Found[] = [];
  SEASON.lastIndex = 0;
  for (let match = SEASON.exec(text); match; match = SEASON.exec(text)) {
    const season = SEASON_INDEX[match[3]!.toLowerCase()]!;
    const first = match[1]?.toLowerCase();
    const start = match.index;
    const end = match.index + match[0].length;
    if (match[4] !== undefined) {
      found.push({ start, end, kind: 'absolute', precision: 'season', value: `${formatYear(Number(match[4]))}-${['SP', 'SU', 'FA', 'WI'][season]}` });
      continue;
    }
    if (first === undefined) continue;
    // "the fall of Rome", "the fall in prices": only "in/during/by/until the fall" is the season.
    if (first === 'the' && (season === 2 ? !/\b(?:in|during|by|until|this|next|last)\s$/i.test(text.slice(Math.max(0, start - 8), start)) : /^\s(?:of|in)\b/i.test(text.slice(end, end + 4)))) continue;
    found.push({ start, end, kind: 'relative', precision: 'season', value: null, pending: { type: 'season', season, modifier: modifierOf(first) } });
  }
  return found;
};

// A year written alone, a year range, a decade. Numbers glued to currency, decimals, counts or
// units are not years: "$2024", "1,999", "2024.5", "2000 troops", "1930 GMT".
const YEAR = /(?<![\p{L}\p{N}$€£¥#.,:/'’-])(?:(mid|early|late)-)?(1[5-9]\d\d|20\d\d)(s)?(?:\s?(-|–|to|through|and)\s?(1[5-9]\d\d|20\d\d|\d\d)(?!\d))?(?![\p{L}\p{N}%]|[.,:/]\d)/gu;
const DECADE = /\b(?:the\s)?(?:(early|mid|late)-?)?(?:['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const QUANTITY_BEFORE = /(?:\b(?:about|some|nearly|almost|around|approximately|roughly|than|least|over|under|only|just|total|totaling|of|to|by|and|no|No|number|Nos?)\.?\s|[$€£¥#]\s?)$/;
const YEAR_WORD_BEFORE = /\b(?:in|since|from|until|till|by|during|before|after|of|for|through|year|years|fiscal|FY|early|mid|late|between|and|to|or|circa|the|spring|summer|fall|autumn|winter)[-\s]$/i;
const UNIT_AFTER = /^\s?(?:%|percent|per\b|people|persons|troops|soldiers|workers|employees|jobs|residents|students|votes|voters|members|cases|deaths|tons|tonnes|barrels|shares|dollars|dlrs|yen|euros|pounds|units|cars|vehicles|homes|houses|acres|miles|kilometers|kilometres|km|feet|ft|meters|metres|m\b|kg|lbs|calories|words|pages|points|hours|hrs|GMT|UTC|EST|EDT|BST|CET|local\stime|hp|cc|mph|seats|rooms|beds|plants|stores|flights|aircraft|planes|ships|rounds|shots|rockets|missiles)/i;
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

export const years: Extractor = ({ text, reference }) => {
  const found: Found[] = [];
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match; match = YEAR.exec(text)) {
    const start = match.index;
    const end = match.index + match[0].length;
    const year = Number(match[2]);
    const left = text.slice(Math.max(0, start - 14), start);
    const right = text.slice(end, end + 16);
    const anchored = YEAR_WORD_BEFORE.test(left);
    if (UNIT_AFTER.test(right) && match[3] === undefined) continue;
    if (!anchored && QUANTITY_BEFORE.test(left)) continue;
    // Years far ahead of the story are counts ("2050 metres") unless a word anchors them.
    if (year > reference.year + 30 && !anchored) continue;
    if (year < 1900 && !anchored) continue;
    const yearEnd = start + (match[1] === undefined ? 0 : match[1].length + 1) + 4;
    if (match[3] !== undefined) {
      // "the 1990s", "mid-1980s"
      found.push({ start, end: yearEnd + 1, kind: 'absolute', precision: 'decade', value: formatDecade(year) });
      YEAR.lastIndex = yearEnd + 1;
      continue;
    }
    if (match[4] !== undefined && match[5] !== undefined) {
      let until = Number(match[5]);
      if (match[5].length === 2) until += Math.floor(year / 100) * 100;
      const isAnd = match[4].toLowerCase() === 'and';
      const rangeStart = /\b(?:from|between)\s$/i.exec(left);
      // "2009-2010", "2009-10", "from 2009 to 2012", "between 2009 and 2012"; "2009 and 2012" alone are two years.
      if (until > year && until - year <= 100 && (!isAnd || rangeStart !== null)) {
        found.push({ start: rangeStart ? start - rangeStart[0].length : start, end, kind: 'range', precision: 'year', value: formatYear(year), until: formatYear(until) });
        continue;
      }
      found.push({ start, end: yearEnd, kind: 'absolute', precision: 'year', value: formatYear(year) });
      YEAR.lastIndex = yearEnd;
      continue;
    }
    found.push({ start, end, kind: 'absolute', precision: 'year', value: formatYear(year) });
  }
  DECADE.lastIndex = 0;
  for (let match = DECADE.exec(text); match; match = DECADE.exec(text)) {
    const digit = match[2] !== undefined ? Number(match[2]) : DECADE_WORDS[match[3]!.toLowerCase()]!;
    // "the '90s" in a story of 2024 is the 1990s; "the '20s" the 2020s when they have begun.
    const century = Math.floor(reference.year / 100) * 100;
    let year = century + digit * 10;
    if (year > reference.year) year -= 100;
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'absolute', precision: 'decade', value: formatDecade(year) });
  }
  return found;
};

const DURATION = new RegExp(String.raw`\b(${NUMBER}|\d+(?:\.\d+)?|half\san?|a\sfew|several|a\scouple\sof|\d+\s1/2)(?:-|\s)(minute|hour|day|week|month|year|decade|century|centuries)(s)?(?:-(?:long|old))?\b`, 'gi');
const RATE_BEFORE = /(?:[\d$€£¥%]|\b(?:times|twice|once|cents?|dollars?|dlrs|per|each|every))\s$/i;

/** "five-day", "two years", "10-year", "a decade": lengths of time, never calendar days. */
export const durations: Extractor = ({ text }) => {
  const found: Found[] = [];
  DURATION.lastIndex = 0;
  for (let match = DURATION.exec(text); match; match = DURATION.exec(text)) {
    const start = match.index;
    const article = /^an?$/i.test(match[1]!);
    // "$5 a day", "twice a year": rates (TimeML's SET), not durations.
    if (article && RATE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    // "a day" alone is too weak ("a day of talks" is fine, "the day" is not a duration anyway).
    const unit = match[2]!.toLowerCase();
    const precision: DatePrecision = unit === 'minute' || unit === 'hour' ? 'minute' : unit.startsWith('centur') || unit === 'decade' ? 'decade' : (unit as DatePrecision);
    found.push({ start, end: match.index + match[0].length, kind: 'duration', precision, value: null });
  }
  return found;
};

const CLOCK = /\b(?:(at|by|before|after|until|around|about)\s)?(\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\b\.?|\d{1,2}:\d{2}\b|noon|midnight)/gi;

/** "at 10 a.m.", "3:15 p.m. ET", "noon": a time on the day the clause is about (the story's day by default). */
export const clockTimes: Extractor = ({ text }) => {
  const found: Found[] = [];
  CLOCK.lastIndex = 0;
  for (let match = CLOCK.exec(text); match; match = CLOCK.exec(text)) {
    const timeStart = match.index + (match[1] === undefined ? 0 : match[1].length + 1);
    const word = /^(?:noon|midnight)$/i.test(match[2]!);
    if (word && match[1] === undefined) continue;
    const time = readTime(text, timeStart);
    if (time === null) continue;
    // "3:2 vote", "5:30" alone: a bare h:mm counts only with a zone or after "at".
    if (/^\d{1,2}:\d{2}$/.test(text.slice(time.start, time.end)) && match[1] === undefined) continue;
    const mention: Found = { start: timeStart, end: time.end, kind: 'relative', precision: 'minute', value: null, pending: { type: 'time', time } };
    if (time.zone) mention.zone = time.zone;
    found.push(mention);
    CLOCK.lastIndex = Math.max(CLOCK.lastIndex, time.end);
  }
  return found;
};

