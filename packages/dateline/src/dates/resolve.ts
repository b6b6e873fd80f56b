// Resolving what a mention names against the story's date, one small function per shape.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import {
  formatDay,
  formatDecade,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  nearestOccurrence,
  quarterOf,
  shift,
  toNoon,
  weekdayOf,
  type CalendarUnit,
  type CivilDate,
} from '../calendar.js';
import type { DatePrecision } from '../types.js';
import type { ClauseTense, Tense } from './tense.js';

/** "last", "next", "this" before a month, weekday, season or quarter; null when none. */
export type Modifier = 'last' | 'next' | 'this' | null;

export interface Resolved {
  value: string;
  precision: DatePrecision;
  until?: string;
}

/**
 * A month named alone ("in May", "last July"): the latest one begun in a past clause, the
 * coming one in a future clause, the nearest one where no cue word speaks (ties go to the past).
 */
export function resolveMonth(month: number, modifier: Modifier, clause: ClauseTense, reference: CivilDate): string {
  let year = reference.year;
  let tense: Tense = clause === 'future' ? 'future' : 'past';
  if (clause === 'none' && modifier === null && month !== reference.month) {
    const ahead = (month - reference.month + 12) % 12;
    tense = ahead < 6 ? 'future' : 'past';
  }
  if (modifier === 'last') year = month < reference.month ? reference.year : reference.year - 1;
  else if (modifier === 'next') year = month > reference.month ? reference.year : reference.year + 1;
  else if (modifier === null) {
    if (tense === 'past' && month > reference.month) year--;
    if (tense === 'future' && month < reference.month) year++;
  }
  return formatMonth(year, month);
}

/** How far from the story date a date written without a year may lie on its tense's side (about nine months). */
const MAX_DAYS_AWAY = 274;

/**
 * "June 27" without a year (in a story or in its dateline): on or before the story date in a past clause, on or after it in
 * a future one, unless that puts it more than about nine months away, when the other side is
 * meant ("the fair runs June 3-5" in a story of 20 May; "at a March 5 hearing" on 9 March).
 * `firm`: a firm future cue governs it ("is scheduled to begin"), and a future day stays ahead up to a year out.
 */
export function resolveMonthDay(month: number, day: number, clause: ClauseTense, reference: CivilDate, firm = false): CivilDate {
  // date-fns makes each answer cost tens of µs, and a story names the same few days again
  // and again: remember the last hundreds of answers (a copy each time, so none is shared).
  const key = (((((reference.year * 13 + reference.month) * 32 + reference.day) * 13 + month) * 32 + day) * 3 + CLAUSES.indexOf(clause)) * 2 + (firm ? 1 : 0);
  let resolved = MONTH_DAYS.get(key);
  if (resolved === undefined) {
    resolved = resolveMonthDayAnew(month, day, clause, reference, firm);
    if (MONTH_DAYS.size >= 512) MONTH_DAYS.clear();
    MONTH_DAYS.set(key, resolved);
  }
  return { ...resolved };
}

const CLAUSES: readonly ClauseTense[] = ['past', 'future', 'none'];
const MONTH_DAYS = new Map<number, CivilDate>();

function resolveMonthDayAnew(month: number, day: number, clause: ClauseTense, reference: CivilDate, firm: boolean): CivilDate {
  const before = nearestOccurrence(month, day, reference, -1);
  // The common case needs no arithmetic: this year, on or before the story date, well within range.
  if (clause === 'past' && before !== null && before.year === reference.year && reference.month - month <= 7) return before;
  const after = nearestOccurrence(month, day, reference, 1);
  let tense: Tense = clause === 'future' ? 'future' : 'past';
  if (clause === 'none' && before !== null && after !== null) {
    // No cue word: the nearer of the two, a tie going to the past.
    tense = differenceInCalendarDays(toNoon(after), toNoon(reference)) < differenceInCalendarDays(toNoon(reference), toNoon(before)) ? 'future' : 'past';
  }
  // A firm future cue ("is scheduled to begin on Nov. 28" in January) puts the day ahead, however far.
  if (firm && clause === 'future' && after !== null) return after;
  const within = (date: CivilDate | null): date is CivilDate => date !== null && Math.abs(differenceInCalendarDays(toNoon(date), toNoon(reference))) <= MAX_DAYS_AWAY;
  const [preferred, other] = tense === 'future' ? [after, before] : [before, after];
  if (within(preferred)) return preferred;
  return { ...(other ?? preferred ?? reference) };
}

/** A weekday's place in an ISO week: Monday 1 to Sunday 7 (from 0 Sunday to 6 Saturday). */
const isoDay = (weekday: number): number => (weekday === 0 ? 7 : weekday);

/**
 * A weekday ("on Tuesday"): within the week before the story date (the day itself included)
 * in a past clause, within the week after it in a future one. "last Tuesday" is strictly
 * before, "next Tuesday" strictly after; "this Friday" later in the story's week, and nearer ahead, is that day.
 */
export function resolveWeekday(weekday: number, modifier: Modifier, tense: Tense, reference: CivilDate): CivilDate {
  const today = weekdayOf(reference);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (modifier === 'last') return shift(reference, 'day', -(back === 0 ? 7 : back));
  if (modifier === 'next') return shift(reference, 'day', ahead === 0 ? 7 : ahead);
  // "this Friday", "este viernes" name a day of the story's own week (Monday to Sunday): one
  // later in that week, and nearer ahead than back, is that day even in a past clause ("convocó
  // a una reunión este viernes" told on a Thursday: the report's tense, not the meeting's).
  if (modifier === 'this' && tense === 'past' && isoDay(weekday) > isoDay(today) && ahead < back) return shift(reference, 'day', ahead);
  return tense === 'future' ? shift(reference, 'day', ahead) : shift(reference, 'day', -back);
}

/** The value of the calendar unit that contains `date`. */
export function unitValue(date: CivilDate, unit: CalendarUnit): Resolved {
  switch (unit) {
    case 'day':
      return { value: formatDay(date), precision: 'day' };
    case 'week':
      return { value: formatWeek(date), precision: 'week' };
    case 'month':
      return { value: formatMonth(date.year, date.month), precision: 'month' };
    case 'quarter':
      return { value: formatQuarter(date.year, quarterOf(date)), precision: 'quarter' };
    case 'year':
      return { value: formatYear(date.year), precision: 'year' };
    case 'decade':
      return { value: formatDecade(date.year), precision: 'decade' };
  }
}

/** "the third quarter" without a year: the latest one begun by the story date, or the next one to end after it in a future clause. */
/**
 * A quarter named by its number: the nearest one the tense allows. A `reported` quarter (its
 * earnings, results, profit) that is the one just ended is that one whatever the tense: results
 * come out in the weeks after a quarter ends, so "reports third-quarter earnings on Thursday" in
 * October, or "will post fourth-quarter results" in January, is the quarter gone, not next year's.
 * A fiscal quarter ("fiscal third quarter") is read so too: its value is the fiscal year's label,
 * as "the fiscal 2002 third quarter" gives it, since the calendar months of a company's fiscal
 * quarters are not known (Tyco's fiscal third quarter of 2002 ended on June 30, 2002). A `fiscal`
 * one told in the past is not put a year back for a number past the calendar's: a fiscal year is
 * labelled by the year it ends in, so the quarters just reported are the story year's ("fiscal
 * third quarter" in June, ended in May; in January, Microsoft's fiscal second quarter of the year
 * ending in June).
 */
export function resolveQuarter(quarter: number, tense: Tense, reference: CivilDate, reported = false, fiscal = false): string {
  const current = quarterOf(reference);
  let year = reference.year;
  if (reported && quarter === (current === 1 ? 4 : current - 1)) return formatQuarter(current === 1 ? year - 1 : year, quarter);
  if (tense === 'past' && quarter > current && !fiscal) year--;
  if (tense === 'future' && quarter < current) year++;
  return formatQuarter(year, quarter);
}

export function resolveHalf(half: number, tense: Tense, reference: CivilDate): string {
  const current = reference.month <= 6 ? 1 : 2;
  let year = reference.year;
  if (tense === 'past' && half > current) year--;
  if (tense === 'future' && half < current) year++;
  return `${formatYear(year)}-H${half}`;
}

const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;

/** The season a day falls in, with the year it is filed under (winter: the year of its December). */
function seasonOf(date: CivilDate): { season: number; year: number } {
  if (date.month === 12) return { season: 3, year: date.year };
  if (date.month <= 2) return { season: 3, year: date.year - 1 };
  return { season: Math.floor((date.month - 3) / 3), year: date.year };
}

/** "last fall", "this summer", "the spring": '2023-FA' (TimeML's season codes). */
export function resolveSeason(season: number, modifier: Modifier, tense: Tense, reference: CivilDate): string {
  const now = seasonOf(reference);
  // Seasons counted from spring of year 0, so that "before" and "after" are plain comparisons.
  const index = now.year * 4 + now.season;
  let year = now.year;
  const candidate = (y: number): number => y * 4 + season;
  if (modifier === 'last') {
    while (candidate(year) >= index) year--;
  } else if (modifier === 'next') {
    while (candidate(year) <= index) year++;
  } else if (modifier === 'this') {
    year = season === 3 && now.season === 3 ? now.year : reference.year;
  } else if (tense === 'past') {
    while (candidate(year) > index) year--;
  } else {
    // A season in a future clause: the one under way or the coming one.
    while (candidate(year) < index) year++;
  }
  return `${formatYear(year)}-${SEASONS[season]}`;
}

/** How far from the story's date a weekday's day of the month is looked for (a date 28 days away has the same day and weekday). */
const DAY_OF_MONTH_REACH = 24;

/** The nearest date to the story's with this day of the month (and month, when given) on this weekday (the earlier on a tie), or null. */
export function dayOfWeekNear(reference: CivilDate, weekday: number, day: number, month: number | null): CivilDate | null {
  for (let distance = 0; distance <= DAY_OF_MONTH_REACH; distance++) {
    for (const sign of distance === 0 ? [1] : [-1, 1]) {
      const date = shift(reference, 'day', sign * distance);
      if (date.day === day && (month === null || date.month === month) && weekdayOf(date) === weekday) return date;
    }
  }
  return null;
}
