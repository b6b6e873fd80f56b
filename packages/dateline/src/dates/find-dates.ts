import { assertAnalysis, assertOneOf, assertOptions, assertText, describeValue, isIsoDate, NewsparseError, type TextAnalysis } from '@newsparse/core';
import { compareDays, formatDay, formatMinute, formatMonth, formatQuarter, formatWeek, isRealDay, nearestOccurrence, quarterOf, shift, weekdayOf, type CivilDate } from '../calendar.js';
import { isLetterAt, isWhiteSpaceCode } from '../chars.js';
import { alternation, LOCALES, type Locale } from '../locales/index.js';
import { DATE_ORDERS } from '../options.js';
import { toReferenceDay } from '../reference.js';
import { escapeRegExp } from '../stamp/datetime.js';
import { offsetOf } from '../stamp/parse-stamp.js';
import type { DateMention, FindDatesOptions } from '../types.js';
import {
  calendarDates,
  clockTimes,
  durations,
  findTriggers,
  halves,
  holidays,
  numericDates,
  quarters,
  relativeDays,
  shortMonthDates,
  seasons,
  spansFromReference,
  unitPeriods,
  unitsAgo,
  weekendOf,
  weekdays,
  writtenDates,
  years,
  type ExtractContext,
  type Extractor,
  type Found,
} from './extractors.js';
import { clauseRuns, clauseTense, isFirmBefore, localeDecades, localeClockTimes, localeMonths, WEEKDAY_BEFORE_TIME, localeNumericDays, localePeriods, localeRelativeDays, localeTokens, localeWeekdays, type LocaleText } from './locale-days.js';
import { resolveHalf, resolveMonth, resolveMonthDay, resolveQuarter, resolveSeason, resolveWeekday, unitValue } from './resolve.js';
import { firstWordFrom, isAttributive, isFirmFuture, sentenceFinder, tenseAround, textWords, wordsIn, type ClauseTense, type SentenceWord, type Tense, type WordWindow } from './tense.js';

/** In order of trust: on overlapping spans the longer wins, and on equal spans the earlier extractor. */
const EXTRACTORS: readonly Extractor[] = [
  writtenDates,
  shortMonthDates,
  numericDates,
  calendarDates,
  weekdays,
  relativeDays,
  shortMonthDates,
  localeWeekdays,
  localeRelativeDays,
  unitPeriods,
  localePeriods,
  localeMonths,
  localeNumericDays,
  localeDecades,
  spansFromReference,
  unitsAgo,
  quarters,
  halves,
  seasons,
  holidays,
  years,
  clockTimes,
  localeClockTimes,
  durations,
];

/** What the refiners read: the extractors' context and the shared analysis, when given. */
interface RefineContext extends ExtractContext {
  analysis: TextAnalysis | undefined;
  /** The sentence around a span, for every refiner (its sentence ends are found on first use). */
  sentenceAround: (start: number, end: number) => { start: number; end: number };
  /** The words of the whole text, read on first use and shared by both readings of an undated text. */
  words: () => SentenceWord[];
}

type Refiner = (found: Found[], context: RefineContext) => Found[];

/**
 * Finds the date mentions in a story and resolves them against its date.
 *
 * Resolution policy (see the README): a weekday, a month or a quarter named alone resolves to
 * the past in a past-tense clause and to the future in a future one ("will", "is set to",
 * "upcoming", "next"); "last week", "this month" and "the past five years" are ranges;
 * "five-day" and "two years" are durations (value null), never calendar days. Values are ISO
 * 8601 cut to their precision.
 *
 * `options.analysis`, core's `analyzeText(text)` of this same text, lends its word tokens for
 * finding the sentence ends and words around each mention instead of a pass over the
 * characters; the mentions are the same with it or without.
 *
 * @example
 * findDates('The visit began on Tuesday and ends in November, when leaders will meet.', { reference: '2024-06-27' })
 * //=> [{ text: 'on Tuesday', start: 16, end: 26, kind: 'relative', value: '2024-06-25', precision: 'day' },
 * //     { text: 'in November', start: 36, end: 47, kind: 'relative', value: '2024-11', precision: 'month' }]
 *
 * const story = 'Talks ended on Monday. The summit will open on Friday.';
 * findDates(story, { reference: '2024-06-27', analysis: analyzeText(story) }).map((mention) => mention.value)
 * //=> ['2024-06-24', '2024-06-28']
 *
 * // In another language, given as `lang`: its weekdays, relative days and periods.
 * findDates('Der Rat hat am Dienstag getagt und wird am Montag entscheiden.', { reference: '2024-06-27', lang: 'de' }).map((mention) => mention.value)
 * //=> ['2024-06-25', '2024-07-01']
 *
 * // Without a reference, what needs the story's date has no value.
 * findDates('Talks that began in March 2017 ended on Monday.').map((mention) => mention.value)
 * //=> ['2017-03', null]
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  assertText(text, 'findDates');
  assertOptions(options, 'findDates');
  assertOneOf(options.order, DATE_ORDERS, 'findDates', 'order');
  if (options.analysis !== undefined) assertAnalysis(options.analysis, text, 'findDates');
  const locale = localeOf(options.lang);
  const context: RefineContext = {
    text,
    reference: UNRELATED_REFERENCES[0],
    order: options.order,
    // (German, French, Spanish, Portuguese, Italian and Dutch write the day first: "12/03/2024" is 12 March.)
    dayFirst: options.order === undefined && locale !== undefined,
    triggers: findTriggers(text),
    locale: locale === undefined ? undefined : localeText(text, locale.days, locale.code),
    analysis: options.analysis,
    sentenceAround: sentenceFinder(text, options.analysis),
    words: once(() => textWords(text, options.analysis)),
  };
  if (options.reference === undefined) return withoutReference(context);
  return findAgainst({ ...context, reference: toReferenceDay(options.reference, 'findDates') });
}

/** The text's words for the locale extractors, each list made on first use. */
function localeText(text: string, days: LocaleText['days'], code: string): LocaleText {
  const tokens = once(() => localeTokens(text));
  return { code, days, tokens, runs: once(() => clauseRuns(text, tokens())) };
}

const LANGUAGE_TAG = /^[a-z]{2,8}(?:[-_][a-z\d]{1,8})*$/i;

/**
 * The weekday and relative-day words of `options.lang` (a BCP 47 tag; its primary subtag
 * counts), or undefined for English, a language without them, or no option: English keeps its
 * own rules, which every text gets.
 */
function localeOf(lang: unknown): { code: string; days: LocaleText['days'] } | undefined {
  if (lang === undefined) return undefined;
  if (typeof lang !== 'string' || !LANGUAGE_TAG.test(lang)) {
    throw new NewsparseError('INVALID_OPTION', `findDates: lang must be a BCP 47 language tag such as "de" or "pt-BR", got ${describeValue(lang)}`);
  }
  const primary = lang.split(/[-_]/)[0]!.toLowerCase();
  const found = LOCALES.find((candidate) => candidate.code === primary);
  return found?.days === undefined ? undefined : { code: found.code, days: found.days };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

function findAgainst(context: RefineContext): DateMention[] {
  const { text } = context;
  let found: Found[] = [];
  for (const extract of EXTRACTORS) {
    // Not push(...list): a megabyte of dates is more arguments than a call can take.
    for (const mention of extract(context)) found.push(mention);
  }
  for (const refine of REFINERS) found = refine(found, context);
  return found.filter(isWellFormed).map((mention) => toMention(text, mention));
}

/**
 * Two readings far apart in the calendar (other years, months, weekdays): what the story
 * states outright ("March 2017", "June 27, 2024", "the 1990s") reads the same against both,
 * and what it states against its own date ("on Tuesday", "last year", "June 27") does not,
 * so it keeps its span and kind but no value. A caller without a publication date still
 * gets every absolute date, rather than nothing.
 */
const UNRELATED_REFERENCES: readonly [CivilDate, CivilDate] = [
  { year: 2003, month: 2, day: 11 },
  { year: 2017, month: 9, day: 23 },
];

function withoutReference(context: RefineContext): DateMention[] {
  // (The words each extractor looks for and the sentence ends are the same for both readings.)
  const [early, late] = UNRELATED_REFERENCES.map((reference) => findAgainst({ ...context, reference }));
  const lateAt = new Map(late!.map((mention) => [`${mention.start}:${mention.end}`, mention]));
  const mentions: DateMention[] = [];
  for (const mention of early!) {
    const other = lateAt.get(`${mention.start}:${mention.end}`);
    if (other === undefined || other.kind !== mention.kind) continue;
    if (other.value === mention.value && other.until === mention.until) mentions.push(mention);
    else {
      const { until: _until, ...rest } = mention;
      mentions.push({ ...rest, value: null });
    }
  }
  return mentions;
}

/**
 * Near the ends of the calendar ("next year" against 9999-12-31) a value leaves the years
 * an ISO string can write: such a mention is dropped rather than returned malformed.
 */
function isWellFormed(mention: Found): boolean {
  return (mention.value === null || isIsoDate(mention.value)) && (mention.until === undefined || isIsoDate(mention.until));
}

/** Keeps the longest of overlapping mentions (the earliest extractor on a tie). */
const removeOverlaps: Refiner = (found) => {
  const ordered = found.map((mention, order) => ({ mention, order })).sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end || a.order - b.order);
  const kept: Found[] = [];
  for (const { mention } of ordered) {
    const last = kept[kept.length - 1];
    if (last === undefined || mention.start >= last.end) kept.push(mention);
    else if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
  }
  return kept;
};

/** Resolves what waits for the clause's tense, and times to the day their clause is about. */
const resolvePending: Refiner = (found, context) => {
  const { text, reference, sentenceAround } = context;
  // News reports what happened: where no cue word speaks, a clause is past, except that a
  // month or a day named alone is then the nearest one ("winning in November" in August).
  // Mentions come in text order, so one cached sentence serves all of a sentence's mentions
  // (a cache of every sentence would hold a copy of the text's words where sentences overlap).
  let cached: { start: number; end: number; words: WordWindow } | null = null;
  const clauseOf = (mention: Found, beforeNoun = false): ClauseTense => {
    // In a text of another language (`lang`) its own cues speak first ("les élections auront
    // lieu le 15 mars": the coming March 15): the English ones are read only where they say nothing.
    const locale = context.locale?.days;
    const own = locale?.tense.readsDates !== true ? null : clauseTense(text, mention.start, mention.end, context.locale!);
    if (own !== null) return own;
    const sentence = sentenceAround(mention.start, mention.end);
    if (cached === null || cached.start !== sentence.start || cached.end !== sentence.end) {
      cached = { ...sentence, words: wordsIn(text, context.words(), sentence) };
    }
    const tense = tenseAround(cached.words, mention.start, mention.end, text);
    // A date before its noun ("following the 7 January election is yet to be confirmed"): a
    // future cue beyond the noun may be the head clause's, so the tense left of it decides,
    // else the nearest day. (A past one beyond it is the event's: "the Feb. 13 death … left".)
    if (tense === 'future' && beforeNoun && isAttributive(cached.words, mention.start, mention.end, text)) return tenseAround(cached.words, mention.start, mention.end, text, true);
    return tense;
  };
  // Whether a future cue stands within CUE_REACH words of the mention, in the sentence clauseOf last read.
  const futureCueNear = (mention: Found): boolean => {
    if (cached === null || mention.start < cached.start || mention.end > cached.end) return true;
    const words = cached.words;
    const at = firstWordFrom(words.all, words.from, words.to, mention.start);
    const near: WordWindow = { all: words.all, from: Math.max(words.from, at - CUE_REACH), to: Math.min(words.to, at + CUE_REACH), head: null };
    return tenseAround(near, mention.start, mention.end, text) === 'future';
  };
  // Whether a firm future cue governs the mention: the text's own (`lang`), else the English ones of the sentence clauseOf last read.
  const firmFutureNear = (mention: Found): boolean => {
    const locale = context.locale;
    // In a text of another language its own cues, but for those that only expect or oblige.
    if (locale?.days.tense.readsDates === true && clauseTense(text, mention.start, mention.end, locale) !== null) return clauseTense(text, mention.start, mention.end, locale, 'both', true) === 'future';
    return cached !== null && mention.start >= cached.start && mention.end <= cached.end && isFirmFuture(cached.words, mention.start);
  };
  // Whether the text's own past cues date the mention, where they resolve no written day otherwise
  // (German: "war bis zum 20. Dezember geschlossen" keeps the day behind, an end no more ahead).
  const localePast = (mention: Found): boolean =>
    context.locale !== undefined && context.locale.days.tense.readsDates !== true && clauseTense(text, mention.start, mention.end, context.locale) === 'past';
  const tenseOf = (mention: Found): Tense => {
    const tense = clauseOf(mention);
    return tense === 'none' ? 'past' : tense;
  };
  let lastDay: { date: CivilDate; end: number } | null = null;
  let lastWrittenDay: { date: CivilDate; end: number } | null = null;
  // The last night named ("in der Nacht auf Samstag"): a clock time after it is on its evening or its morning.
  let lastNight: { evening: CivilDate; morning: CivilDate; end: number } | null = null;
  // The day of the last clock time that a named day dated: a time in the next sentence is on it too.
  let lastTimeDay: { date: CivilDate; end: number } | null = null;
  let namedDay: { date: CivilDate; end: number } | null = null;
  const periods: { value: string; precision: 'quarter' | 'month' | 'half'; end: number }[] = [];
  // Periods end in order, so those 300 characters behind one mention are behind every later one.
  let firstRecent = 0;
  let lastQuarter: string | null = null;
  // The value of each quarter the story named by its ordinal alone ("third-quarter"), by ordinal.
  const namedQuarters: (string | undefined)[] = [];
  // Whether the story has named a fiscal quarter ("fiscal fourth-quarter sales"): its other quarters are the company's too.
  let fiscalStory = false;
  // The year of the last date that names one ("in 2019", "March 2019"), for "three years later".
  let lastYear: { year: number; end: number } | null = null;
  for (let index = 0; index < found.length; index++) {
    const mention = found[index]!;
    const pending = mention.pending;
    // A period read back from another one ("the year-ago quarter", "a year ago" after "the third
    // quarter") is not the story's period, so later mentions never count from it (else "the
    // quarter" after "the year-ago quarter" would be last year's, and each "a year ago" a year
    // further back).
    let derived = false;
    if (pending !== undefined) {
      delete mention.pending;
      switch (pending.type) {
        case 'month': {
          let clause = pending.modifier === null ? clauseOf(mention) : 'past';
          // A month just gone in a clause whose future cue stands far from it ("the Government will
          // listen to reports on … the budget situation in May" in June): the cue is another
          // phrase's, and the month the nearest one. ("will reopen in February" in March is next February.)
          if (clause === 'future' && pending.modifier === null && isJustGone(pending.month, reference) && !futureCueNear(mention)) clause = 'none';
          mention.value = resolveMonth(pending.month, pending.modifier, clause, reference);
          if (pending.modifier === null) mention.monthByClause = true;
          const shared = pending.modifier === null ? sharedYear(text, mention, found[index + 1], pending.month, 1) : null;
          if (shared !== null) mention.value = formatMonth(shared, pending.month);
          break;
        }
        case 'month-day': {
          // ("the 7 January election": a date before its noun takes the tense left of it.)
          // ("le 15 décembre prochain": the next one, however far; "el 3 de mayo pasado": the last one.)
          const said = pending.modifier === undefined ? null : nearestOccurrence(pending.month, pending.day, reference, pending.modifier === 'next' ? 1 : -1);
          // ("a más tardar el 1 de septiembre": a deadline is read ahead, whatever tense reports it.)
          // ("reste fermé jusqu'au 20 décembre": an end named in a clause with no tense cue is still ahead.)
          // ("Das Urteil wird am 26. November verkündet": a firm cue of the text's own before the day.)
          const ownFirm = said === null && context.locale !== undefined && isFirmBefore(text, mention.start, context.locale.days);
          const read = said !== null ? 'past' : pending.deadline === true || ownFirm ? 'future' : clauseOf(mention, true);
          const clause = read === 'none' && pending.until === true && !localePast(mention) ? 'future' : read;
          // ("since December 21", "desde las elecciones del 21 de diciembre": the last one, however far, unless the clause looks ahead.)
          const since = said === null && pending.since === true && clause !== 'future' ? nearestOccurrence(pending.month, pending.day, reference, -1) : null;
          const shared = said === null && pending.untilDay === null ? sharedYear(text, mention, found[index + 1], pending.month, pending.day) : null;
          const firm = ownFirm || (clause === 'future' && firmFutureNear(mention));
          const resolved = shared !== null ? { year: shared, month: pending.month, day: pending.day } : said ?? since ?? resolveMonthDay(pending.month, pending.day, clause, reference, firm);
          // ("The trial was set for Monday, July 29": the weekday written with it says which year.)
          const date = pending.weekday === undefined ? resolved : yearOfWeekday(resolved, pending.weekday, reference);
          mention.value = pending.time === null ? formatDay(date) : formatMinute(date, pending.time.hour, pending.time.minute, offsetOf(pending.time.zone));
          if (pending.untilDay !== null) mention.until = formatDay({ ...date, day: pending.untilDay });
          break;
        }
        case 'weekday': {
          // ("releases its earnings this Tuesday, January 21 … Tuesday's announcement": the
          // Tuesday the story just wrote out with its name, when that one lies within a week of the
          // story's date; "vote March 1 … Tuesday, Clinton was joined" is the story's own Tuesday.)
          const written = pending.modifier === null ? sameWrittenDay(namedDay, pending.weekday, mention.start, reference) : null;
          mention.value = formatDay(written ?? resolveWeekday(pending.weekday, pending.modifier, pending.modifier === null || pending.modifier === 'this' ? tenseOf(mention) : 'past', reference));
          if (pending.modifier === null) mention.weekday = true;
          break;
        }
        case 'quarter': {
          // ("announcing fourth-quarter earnings … analysts' fourth-quarter estimates": a story that
          // names a quarter again without its year means the one it named first.)
          // ("said its fiscal fourth-quarter sales could decline after third-quarter sales missed": once
          // the story names a fiscal quarter, its bare quarters are fiscal too.)
          fiscalStory ||= pending.fiscal === true;
          const tense = pending.ahead ? 'future' : reportedTense(pending.quarter, pending.reported && !fiscalStory, tenseOf(mention), reference);
          const named = namedQuarters[pending.quarter];
          const resolved = (): string => resolveQuarter(pending.quarter, tense, reference, pending.reported || fiscalStory, fiscalStory);
          // (After "last year's", "the year-ago": a year before the story's quarter of that name, or
          // before this year's; "this year's", "next year's": the calendar year's.)
          const other = otherYearBefore(text, mention.start);
          if (other === null) mention.value = named ?? resolved();
          else if (other === 'this' || other === 'next') mention.value = formatQuarter(reference.year + (other === 'next' ? 1 : 0), pending.quarter);
          else mention.value = shiftPeriod(named ?? (other === 'last' ? formatQuarter(reference.year, pending.quarter) : resolved()), -1);
          if (other === null) namedQuarters[pending.quarter] ??= mention.value;
          break;
        }
        case 'the-quarter': {
          // The quarter named last in the story, else the one just ended (or, ahead, the current one).
          const named = lastQuarter ?? (tenseOf(mention) === 'future' ? unitValue(reference, 'quarter').value : unitValue(shift(reference, 'quarter', -1), 'quarter').value);
          mention.value = shiftPeriod(named, -pending.yearsBack);
          derived = pending.yearsBack !== 0;
          break;
        }
        case 'half':
          mention.value = resolveHalf(pending.half, tenseOf(mention), reference);
          break;
        case 'season':
          mention.value = resolveSeason(pending.season, pending.modifier, tenseOf(mention), reference);
          break;
        case 'time': {
          // A clock time is on the day its sentence told of, or the sentence before it when its own
          // names none ("The attack began on Wednesday evening. At about 9pm, police …"): a story
          // tells a day's events in a row; else it is the story's day. (Not a time alone on its
          // line, a live report's entry heading: "9:34 p.m.")
          const sentence = sentenceAround(mention.start, mention.end);
          const heading = text.slice(sentence.start, mention.start).trim() === '' && text.slice(mention.end, sentence.end).trim() === '';
          const previousStart = heading ? sentence.start : previousSentenceStart(text, sentence.start, sentenceAround);
          // ("The meetings begin at 5:55 p.m. Monday … That will be followed at 6:15 p.m.": a time
          // in the sentence before, on its day, carries that day as a day named there would.)
          const carried: { date: CivilDate; end: number } | null = lastTimeDay !== null && lastTimeDay.end > previousStart && (lastDay === null || lastTimeDay.end > lastDay.end) ? lastTimeDay : lastDay;
          const day: CivilDate = carried !== null && (carried.end > sentence.start || (!heading && carried.end > previousStart)) ? carried.date : reference;
          // ("in der Nacht auf Samstag um 23:50 Uhr": Friday's evening; "um 3 Uhr": Saturday's morning.)
          const night = lastNight !== null && lastNight.end > sentence.start && (lastDay === null || lastNight.end > lastDay.end) ? lastNight : null;
          mention.value = formatMinute(night === null ? day : pending.time.hour >= 12 ? night.evening : night.morning, pending.time.hour, pending.time.minute, offsetOf(pending.time.zone));
          // ("Anwurf ist am Samstag um 19.30 Uhr" with its Saturday unread: that day's time, not the story's day's.)
          if (mention.weekdayBefore === true && night === null && (lastDay === null || lastDay.end < mention.start - WEEKDAY_BEFORE_TIME)) mention.value = null;
          // (Only a time dated by a day the text names carries it on.)
          lastTimeDay = mention.value !== null && (night !== null || day !== reference) ? { date: civilDay(mention.value.slice(0, 10)), end: mention.end } : null;
          break;
        }
        case 'this-weekend': {
          // "this weekend" said on a weekday: early in the week the one just gone unless the
          // clause looks ahead ("will campaign this weekend"), late in the week the one ahead,
          // midweek as the clause says; "earlier this weekend" is always the one gone.
          const weekday = weekdayOf(reference);
          const clause = clauseOf(mention);
          const ahead = pending.ahead && (weekday <= 2 ? clause === 'future' : weekday >= 4 || clause !== 'past');
          const weekend = weekendOf(reference, ahead ? 0 : -1, mention.start, mention.end);
          mention.value = weekend.value;
          mention.until = weekend.until!;
          break;
        }
        case 'units-ago': {
          // In earnings news "a year ago" is the same quarter (or month) a year before: take the
          // period named last in the same or the previous sentence.
          // The period reported on is the latest of those named just before ("up from 44 mln a
          // year earlier" after "last month ... February 1986" is February of last year).
          while (firstRecent < periods.length && mention.start - periods[firstRecent]!.end >= 300) firstRecent++;
          const recent = periods.slice(firstRecent).filter((period) => mention.start - period.end < 300);
          const near = recent.length === 0 ? null : recent.reduce((latest, period) => (periodStart(period.value) > periodStart(latest.value) ? period : latest));
          if (pending.unit === 'year' && near !== null) {
            mention.value = shiftPeriod(near.value, pending.amount);
            mention.precision = near.precision;
            derived = true;
          } else if (pending.unit === 'year' && pending.anaphoric && lastYear !== null && mention.start - lastYear.end < 300) {
            // "closed in 2019 and reopened three years later": years from the year just told of, not from the story's date.
            mention.value = String(lastYear.year + pending.amount).padStart(4, '0');
            mention.precision = 'year';
          } else if ((pending.unit === 'day' || pending.unit === 'week') && pending.anaphoric && !/before$/i.test(text.slice(mention.start, mention.end)) && lastWrittenDay !== null && mention.start - lastWrittenDay.end < 300) {
            // "On May 4, North Korea test-fired … and launched two missiles five days later": days
            // from the day the text just wrote out, not from the story's date. (Not "three days
            // before the Iowa caucuses": "before" counts back from what follows it.)
            const resolved = unitValue(shift(lastWrittenDay.date, pending.unit, pending.amount), pending.unit);
            mention.value = resolved.value;
            mention.precision = resolved.precision;
          } else {
            const resolved = unitValue(shift(reference, pending.unit, pending.amount), pending.unit);
            mention.value = resolved.value;
            mention.precision = resolved.precision;
          }
          break;
        }
      }
    }
    if (mention.night === true && mention.value !== null && mention.until !== undefined) lastNight = { evening: civilDay(mention.value), morning: civilDay(mention.until), end: mention.end };
    if (mention.value !== null && mention.precision === 'day' && mention.kind !== 'range') {
      lastDay = { date: civilDay(mention.value), end: mention.end };
      // (A day written with its number, "May 4", "June 16, 2015"; not "Friday" or "next Tuesday's".)
      if (/\d/.test(text.slice(mention.start, mention.end))) {
        lastWrittenDay = lastDay;
        // (One written with its weekday's name too: "Tuesday, January 21".)
        namedDay = pending?.type === 'month-day' && WEEKDAY_FIRST.test(text.slice(mention.start, mention.end)) ? lastDay : null;
      }
    }
    // (Only a year the text writes: "a 2013 incarnation … released Sept. 9. … three years later"
    // counts from 2013, not from the year the story's date gives "Sept. 9".)
    if (mention.value !== null && mention.kind !== 'duration' && /^\d{4}/.test(mention.value) && text.slice(mention.start, mention.end).includes(mention.value.slice(0, 4))) {
      lastYear = { year: Number(mention.value.slice(0, 4)), end: mention.end };
    }
    if (!derived && mention.value !== null && (mention.precision === 'quarter' || mention.precision === 'month' || mention.precision === 'half')) {
      periods.push({ value: mention.value, precision: mention.precision, end: mention.end });
      if (mention.precision === 'quarter') lastQuarter = mention.value;
    }
  }
  return found;
};

/**
 * What joins two dates of a list or the ends of a span in every listed language, with an article
 * or a preposition after it: "and", "und", "et", "y"; "au", "al", "bis", "hasta", "fino al"
 * (English "to" spans are joinRanges' own, whose ends share the year already).
 */
const LIST_JOINER = /^,?\s(?:and|or|und|oder|et|ou|ed|en|au|al|bis|hasta|fino|[&aeoy])(?:\s(?:on|in|the|am|im|le|du|en|el|del|de|il|dal|al|op|zum))?\s$/i;

/**
 * The year a yearless date shares with the written date right after it in a list or a span: "on
 * April 2 and May 3, 2010", "des 2 avril et 3 mai 2010", "in April and May 2010", "dal 26 ottobre
 * al 24 novembre 2020", "vom 26. Oktober bis 24. November 2020". One year back when the
 * first date falls later in the year ("December 28 and January 3, 2011"). Null when the next
 * mention is no date with its year or anything but a list's joiner stands between them.
 */
function sharedYear(text: string, mention: Found, next: Found | undefined, month: number, day: number): number | null {
  if (next === undefined || next.kind !== 'absolute' || next.value === null || (next.precision !== 'day' && next.precision !== 'month')) return null;
  if (next.start - mention.end > 12 || !LIST_JOINER.test(text.slice(mention.end, next.start))) return null;
  const year = Number(next.value.slice(0, 4));
  // (Only a year the text writes: "May 3, 2010", "mai 2010".)
  if (!text.slice(next.start, next.end).includes(next.value.slice(0, 4))) return null;
  const nextMonth = Number(next.value.slice(5, 7));
  const nextDay = next.precision === 'day' ? Number(next.value.slice(8, 10)) : 31;
  return month > nextMonth || (month === nextMonth && day > nextDay) ? year - 1 : year;
}

/**
 * The date itself when it falls on the weekday written with it, else the same day a year off
 * either way that does, the one nearer the story's date ("Monday, July 29" in April 2024: 2024,
 * not the 2023 a past clause chose); the date itself when neither does (a typo keeps the tense's).
 */
function yearOfWeekday(date: CivilDate, weekday: number, reference: CivilDate): CivilDate {
  if (weekdayOf(date) === weekday) return date;
  const fits = [-1, 1]
    .map((offset) => ({ ...date, year: date.year + offset }))
    .filter((other) => isRealDay(other.year, other.month, other.day) && weekdayOf(other) === weekday);
  if (fits.length === 0) return date;
  const distance = (other: CivilDate): number => Math.abs(Date.UTC(other.year, other.month - 1, other.day) - Date.UTC(reference.year, reference.month - 1, reference.day));
  return fits.reduce((best, other) => (distance(other) < distance(best) ? other : best));
}

/** A mention that opens with an English weekday's name ("Tuesday, January 21", "Tue., Jan. 21"). */
const WEEKDAY_FIRST = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

/** Words right before a quarter that make it another year's: "last year's third quarter", "the year-ago fourth quarter", "this year's first quarter". */
const OTHER_YEAR_BEFORE = /(?:\b(last|previous|prior|this|next)\s)?(?:year's|year’s|years'|year-ago|year-earlier|prior-year|previous-year|year-before)\s$/i;

/**
 * Which year the words right before a quarter give it: 'last' ("last year's"), 'ago' ("the
 * year-ago", "the prior-year": a year before the story's quarter), 'this' or 'next' ("this
 * year's", "next year's"), or null when none stands there.
 */
function otherYearBefore(text: string, start: number): 'last' | 'ago' | 'this' | 'next' | null {
  const match = OTHER_YEAR_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (match === null) return null;
  const word = match[1]?.toLowerCase();
  return word === 'this' || word === 'next' ? word : word === undefined ? 'ago' : 'last';
}

/** How far back a day written out with its weekday's name still names a bare weekday after it. */
const SAME_DAY_REACH = 1500;

/**
 * The day the text wrote out last with its weekday's name ("Tuesday, January 21") when it falls on `weekday`,
 * lies within a week of the story's date either way, and ended within 1,500 characters before
 * `start`: a bare weekday after it ("Tuesday's announcement") is that day, not the one a week
 * off that the clause's tense would pick. Null otherwise.
 */
function sameWrittenDay(written: { date: CivilDate; end: number } | null, weekday: number, start: number, reference: CivilDate): CivilDate | null {
  if (written === null || start - written.end > SAME_DAY_REACH || weekdayOf(written.date) !== weekday) return null;
  const withinWeek = compareDays(written.date, shift(reference, 'day', 7)) <= 0 && compareDays(written.date, shift(reference, 'day', -7)) >= 0;
  return withinWeek ? written.date : null;
}

/** How many words from a month a future cue may stand and still be the month's own. */
const CUE_REACH = 8;

/** Whether `month` is the story's month's one or two before ("May" in June or July): ahead, it would lie ten months off or more. */
function isJustGone(month: number, reference: CivilDate): boolean {
  const back = (reference.month - month + 12) % 12;
  return back >= 1 && back <= 2;
}

/** Where the sentence before the one that begins at `start` begins (past the white space between them); `start` when none. */
function previousSentenceStart(text: string, start: number, sentenceAround: RefineContext['sentenceAround']): number {
  let index = start - 1;
  while (index > 0 && isWhiteSpaceCode(text.charCodeAt(index))) index--;
  return index <= 0 ? start : sentenceAround(index, index).start;
}

/** Months since year 0 at which a period ('2024-06', '2024-Q3', '2024-H2') begins. */
function periodStart(value: string): number {
  const year = Number(value.slice(0, 4));
  const part = value.slice(5);
  const month = part.startsWith('Q') ? (Number(part.slice(1)) - 1) * 3 + 1 : part.startsWith('H') ? (Number(part.slice(1)) - 1) * 6 + 1 : Number(part);
  return year * 12 + month;
}

/** '2024-Q3' shifted by whole years: '2023-Q3'. */
function shiftPeriod(value: string, years: number): string {
  const year = Number(value.slice(0, 4)) + years;
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(year, Number(value.slice(5)));
  return `${String(year).padStart(4, '0')}${value.slice(4)}`;
}

const RANGE_JOINER = /^\s?(?:[-–—]|to|through|thru|until|till|and)\s?$/i;

/** "from June 3 to July 5", "between May and August", "Monday-Wednesday": two mentions of one precision joined into a range. */
const joinRanges: Refiner = (found, { text, reference }) => {
  const joined: Found[] = [];
  for (const mention of found) {
    const previous = joined[joined.length - 1];
    if (previous?.weekday === true && mention.weekday === true) orderWeekdays(previous, mention, text, reference);
    if (previous !== undefined) yearFromRangeEnd(previous, mention, text);
    if (
      previous !== undefined &&
      previous.value !== null &&
      mention.value !== null &&
      previous.until === undefined &&
      mention.until === undefined &&
      previous.precision === mention.precision &&
      previous.kind !== 'duration' &&
      mention.kind !== 'duration' &&
      mention.value > previous.value
    ) {
      const between = text.slice(previous.end, mention.start);
      const joiner = RANGE_JOINER.exec(between);
      const opener = /\b(?:from|between)\s$/i.exec(text.slice(Math.max(0, previous.start - 8), previous.start));
      if (joiner && (opener || !/and/i.test(joiner[0]))) {
        previous.kind = 'range';
        previous.until = mention.value;
        if (opener) previous.start -= opener[0].length;
        previous.end = mention.end;
        continue;
      }
    }
    joined.push(mention);
  }
  return joined;
};

/**
 * "Aug 2-Sept 2, 2018", "from Dec 28 to Jan 3, 2019": a day written without its year right
 * before a dash or "to" and a day written with one is in that range, so it takes the end's year
 * (the year before when that would put it after the end), not the one its clause's tense gives.
 */
function yearFromRangeEnd(first: Found, second: Found, text: string): void {
  if (first.kind !== 'relative' || second.kind !== 'absolute' || first.precision !== 'day' || second.precision !== 'day' || first.value === null || second.value === null) return;
  if (first.value.length !== 10 || second.value.length !== 10 || /\d{4}/.test(text.slice(first.start, first.end)) || !/\d/.test(text.slice(first.start, first.end))) return;
  if (RANGE_JOINER.exec(text.slice(first.end, second.start)) === null || /and/i.test(text.slice(first.end, second.start))) return;
  const year = Number(second.value.slice(0, 4));
  const monthDay = first.value.slice(4);
  const candidate = `${String(year).padStart(4, '0')}${monthDay}`;
  first.value = candidate <= second.value ? candidate : `${String(year - 1).padStart(4, '0')}${monthDay}`;
}

/**
 * "a rally … from Tuesday to Wednesday" told on a Tuesday: each weekday alone resolves within
 * the week before (Tuesday today, Wednesday six days ago), so the range would run backwards.
 * Two weekdays joined as a range ("from … to", "between … and") are one stretch of days: in
 * the past the first moves a week back, ahead the second a week on.
 */
function orderWeekdays(first: Found, second: Found, text: string, reference: CivilDate): void {
  if (first.value === null || second.value === null || second.value >= first.value) return;
  const joiner = RANGE_JOINER.exec(text.slice(first.end, second.start));
  const opener = /\b(?:from|between)\s$/i.exec(text.slice(Math.max(0, first.start - 8), first.start));
  if (joiner === null || opener === null) return;
  const past = first.value <= formatDay(reference);
  const moved = past ? first : second;
  moved.value = formatDay(shift(civilDay(moved.value!), 'day', past ? -7 : 7));
}

/**
 * Words of sports reports in every locale ("half-time", "touchdown"), as whole words: a
 * space in a listed phrase stands for any run of white space, a hyphen for itself.
 */
const MATCH_WORDS = [alternation((locale) => (locale.clauses?.matchWords ?? []).map(wordPattern)), alternation(scorePatterns)].filter((part) => part !== '').join('|');
const MATCH_WORD = MATCH_WORDS === '' ? null : new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${MATCH_WORDS})(?![\p{L}\p{N}-])`, 'giu');

/**
 * A locale's scores and players' lines as patterns: a score is two numbers of up to three
 * digits joined by a hyphen or dash, up to three words after its verb ("beat the Knicks
 * 102-98"); a line is a count, in one or two digits or in words, before its noun.
 */
function scorePatterns(locale: Locale): string[] {
  const scores = locale.clauses?.matchScores;
  if (scores === undefined) return [];
  const score = String.raw`\d{1,3}[-\u2013]\d{1,3}`;
  const words = (list: Iterable<string>): string => [...list].map(wordPattern).join('|');
  // A count of two or more: "a", "one" come before a singular noun.
  const counts = [...(locale.clauses?.numbers ?? [])].filter(([, value]) => value >= 2).map(([word]) => word);
  return [
    String.raw`(?:${words(scores.verbs)})\s(?:[\p{L}.'\u2019]+\s){0,3}${score}`,
    String.raw`${score}\s(?:${words(scores.results)})`,
    String.raw`(?:\d{1,2}|${words(counts)})\s(?:${words(scores.stats)})`,
    // ("in the 78th minute": an ordinal's minute times a goal.)
    ...(scores.minutes === undefined ? [] : [String.raw`\d{1,3}(?:st|nd|rd|th)\s(?:${words(scores.minutes)})`]),
  ];
}

/** A listed word or phrase as a pattern: special characters escaped, a space for any white space. */
function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/ /g, String.raw`\s+`);
}

/** A half or quarter named without its year ("the second half", "the fourth quarter", "last quarter"). */
/**
 * The tense a reported quarter ("third-quarter results") is read in: figures come out after a
 * quarter ends, so a future clause looks at most to the current quarter or the next ("will post
 * first-quarter sales" in November); one further ahead is last year's ("whether the
 * third-quarter results will mark a turnaround" in February is about last year's third quarter).
 */
function reportedTense(quarter: number, reported: boolean, tense: Tense, reference: CivilDate): Tense {
  if (!reported || tense !== 'future') return tense;
  const ahead = (quarter - quarterOf(reference) + 4) % 4;
  return ahead >= 2 ? 'past' : tense;
}

/** A 'yyyy-mm-dd' value as a civil date. */
function civilDay(value: string): CivilDate {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

const isBarePeriod = (mention: Found): boolean => (mention.precision === 'half' || mention.precision === 'quarter') && mention.kind === 'relative';

/**
 * In a sports report "the second half" and "the fourth quarter" are periods of play, not of
 * the year ("equalised early in the second half"): a half or quarter named without a year is
 * no date where the text uses two words only sports reports use, or one in its own sentence.
 */
const dropPeriodsOfPlay: Refiner = (found, { text, sentenceAround }) => {
  if (MATCH_WORD === null || !found.some(isBarePeriod)) return found;
  const sports: number[] = [];
  MATCH_WORD.lastIndex = 0;
  for (let match = MATCH_WORD.exec(text); match !== null && sports.length < 2; match = MATCH_WORD.exec(text)) sports.push(match.index);
  if (sports.length === 0) return found;
  if (sports.length >= 2) return found.filter((mention) => !isBarePeriod(mention));
  return found.filter((mention) => {
    if (!isBarePeriod(mention)) return true;
    const sentence = sentenceAround(mention.start, mention.end);
    return !(sports[0]! >= sentence.start && sports[0]! < sentence.end);
  });
};

/**
 * "at 11 a.m. on Friday", "3 p.m. Tuesday", "a las 3:41 del domingo": a time written right before its day is on that
 * day (resolving in text order, the time met the day only after it was read). A clock time
 * without a.m. or p.m. before an evening ("9:30 Saturday night", "8:15 tonight") is in the
 * evening: 21:30, 20:15.
 */
const timesBeforeDays: Refiner = (found, { text }) => {
  for (let index = 0; index + 1 < found.length; index++) {
    const time = found[index]!;
    const day = found[index + 1]!;
    if (time.precision !== 'minute' || time.value === null || time.value.length < 16 || day.precision !== 'day' || day.kind === 'range' || day.value === null || day.value.length !== 10) continue;
    if (!TIME_THEN_DAY.test(text.slice(time.end, day.start))) continue;
    time.value = day.value + inEvening(time.value.slice(10), text.slice(time.start, time.end), text.slice(day.start, day.end));
  }
  return found;
};

/**
 * Between a time and its day: "on", or a locale's word for it ("um 19 Uhr am Sonntag", "à 15h le
 * 3 mai", "a las 3:41 del domingo", "às 10h do dia 5", "alle 21 di martedì", "om 9 uur op dinsdag").
 */
const TIME_THEN_DAY = /^[\s,]{0,3}(?:(?:on|am|du|le|del|el|do|da|no|na|di|il|op)\s)?$/i;
const EVENING_DAY = /(?:night|evening|tonight)$/i;
const HALF_OF_DAY = /[ap]\.?\s?m|noon|midnight|midday/i;

/** The time part "T09:30…" of a bare clock time ("9:30") moved to the evening when its day is one ("Saturday night"). */
function inEvening(timePart: string, timeText: string, dayText: string): string {
  const hour = Number(timePart.slice(1, 3));
  if (hour < 1 || hour > 11 || HALF_OF_DAY.test(timeText) || !EVENING_DAY.test(dayText)) return timePart;
  return `T${String(hour + 12).padStart(2, '0')}${timePart.slice(3)}`;
}

/**
 * "en juin prochain pour la première turbine et en juillet pour la deuxième", "will open in June
 * next year and in July the second": a month named alone that "and" (or the text's language's
 * "et", "y", "und") joins to a month just named ahead, in its sentence, follows that one, whatever
 * a cue further off said of its own clause.
 */
/** Between a week and its weekday written after it: a space, or a comma and a space ("last week, on Tuesday"). */
const WEEK_THEN_DAY = /^,?\s$/;
/** After a week that follows its weekday: the clause goes on ("on Tuesday last week's report"), so it names no day of it. */
const WEEK_RUNS_ON = /^\s?['’]/;
const DAY_STRING = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "last week, on Tuesday", "on Tuesday last week", "la semaine dernière, mardi": a weekday
 * that its clause's tense placed, written right beside a week the story names, is that
 * week's day (told on a Thursday, the Tuesday of the week before, not two days ago).
 */
const weekdaysInNamedWeek: Refiner = (found, { text }) => {
  for (let index = 0; index < found.length; index++) {
    const mention = found[index]!;
    if ((mention.weekday !== true && mention.placedWeekday !== true) || mention.value === null) continue;
    const before = found[index - 1];
    const after = found[index + 1];
    let week: Found | undefined;
    if (isWeek(before) && WEEK_THEN_DAY.test(text.slice(before.end, mention.start))) week = before;
    else if (isWeek(after) && text.slice(mention.end, after.start) === ' ' && !WEEK_RUNS_ON.test(text.slice(after.end, after.end + 2))) week = after;
    if (week === undefined) continue;
    const day = DAY_STRING.exec(mention.value);
    if (day === null) continue;
    const date: CivilDate = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
    // The same weekday one or two weeks either way: the one in the week named.
    for (const weeks of [-1, 1, -2, 2]) {
      const moved = shift(date, 'day', weeks * 7);
      if (formatWeek(date) !== week.value && formatWeek(moved) === week.value) mention.value = formatDay(moved);
    }
  }
  return found;
};

const isWeek = (mention: Found | undefined): mention is Found & { value: string } => mention !== undefined && mention.precision === 'week' && mention.value !== null && (mention.until === undefined || mention.until === mention.value);

const monthsJoinedAhead: Refiner = (found, { text, reference, sentenceAround, locale }) => {
  const current = formatMonth(reference.year, reference.month);
  let last: { value: string; end: number } | null = null;
  for (const mention of found) {
    const joined = mention.monthByClause === true;
    delete mention.monthByClause;
    if (mention.precision !== 'month' || mention.value === null || mention.kind === 'range' || mention.kind === 'duration') continue;
    if (joined && last !== null && mention.value < last.value && last.value >= current && last.end > sentenceAround(mention.start, mention.end).start && joinedByAnd(text, mention.start, locale?.days.ands)) {
      const [year, month] = last.value.split('-').map(Number);
      const own = Number(mention.value.slice(5, 7));
      mention.value = formatMonth(own >= month! ? year! : year! + 1, own);
    }
    last = { value: mention.value, end: mention.end };
  }
  return found;
};

/** Whether the word right before `start` (one space between) is "and" or the text's language's ("et", "y", "e", "und"). */
function joinedByAnd(text: string, start: number, ands: readonly string[] = []): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  let from = start - 1;
  while (from > 0 && start - 1 - from < 4 && isLetterAt(text, from - 1)) from--;
  const word = text.slice(from, start - 1).toLowerCase();
  return word === 'and' || ands.includes(word);
}

/** Drops the page's age beside its stamp ("… / 4:40 PM / a year ago"), once it has won its overlaps ("a year" is no duration there). */
const dropPageAges: Refiner = (found) => found.filter((mention) => mention.pageAge !== true);

const REFINERS: readonly Refiner[] = [removeOverlaps, dropPageAges, dropPeriodsOfPlay, resolvePending, weekdaysInNamedWeek, monthsJoinedAhead, timesBeforeDays, joinRanges];

function toMention(text: string, found: Found): DateMention {
  const mention: DateMention = {
    text: text.slice(found.start, found.end),
    start: found.start,
    end: found.end,
    kind: found.kind,
    value: found.value,
    precision: found.precision,
  };
  if (found.until !== undefined) mention.until = found.until;
  if (found.zone !== undefined) mention.zone = found.zone;
  return mention;
}
