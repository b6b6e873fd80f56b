// Calendar arithmetic on civil dates (a year, a month, a day: no clock, no zone).
//
// date-fns works on Date objects in the machine's local zone. To keep every result the same
// under any TZ, a civil date is held as a local Date at 12:00, far from the hours where
// daylight-saving shifts happen, and only its local calendar fields are ever read. No value
// in this package is built from an instant's local fields, so TZ cannot leak in.
// One module per function: the 'date-fns' barrel makes Node load all ~300 of its modules at start-up.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getDay } from 'date-fns/getDay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';

/** A calendar day, with no clock and no zone. */
export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The local-noon Date that stands for a civil date in date-fns calls. */
export function toNoon(date: CivilDate): Date {
  const noon = new Date(2000, 0, 1, 12, 0, 0, 0);
  noon.setFullYear(date.year, date.month - 1, date.day);
  return noon;
}

export function fromNoon(noon: Date): CivilDate {
  return { year: noon.getFullYear(), month: noon.getMonth() + 1, day: noon.getDate() };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when year/month/day name a real day (no 31 April, no 29 February 2023), Gregorian. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1]! + (leap ? 1 : 0);
}

/** Adds `amount` units (negative to go back) with date-fns; months and years clamp to month ends. */
export function shift(date: CivilDate, unit: CalendarUnit, amount: number): CivilDate {
  const noon = toNoon(date);
  switch (unit) {
    case 'day':
      return fromNoon(addDays(noon, amount));
    case 'week':
      return fromNoon(addWeeks(noon, amount));
    case 'month':
      return fromNoon(addMonths(noon, amount));
    case 'quarter':
      return fromNoon(addMonths(noon, amount * 3));
    case 'year':
      return fromNoon(addYears(noon, amount));
    case 'decade':
      return fromNoon(addYears(noon, amount * 10));
  }
}

/**
 * The nearest day with this month and day on or before (`direction` -1) or on or after (+1)
 * the reference, within eight years (29 February waits for a leap year); null if none.
 */
export function nearestOccurrence(month: number, day: number, reference: CivilDate, direction: 1 | -1): CivilDate | null {
  for (let offset = 0; offset <= 8; offset++) {
    const year = reference.year + offset * direction;
    const date = { year, month, day };
    if (isRealDay(year, month, day) && compareDays(date, reference) * direction >= 0) return date;
  }
  return null;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CivilDate): number {
  return getDay(toNoon(date));
}

export function compareDays(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function quarterOf(date: CivilDate): number {
  return Math.ceil(date.month / 3);
}

export const formatYear = (year: number): string => (year < 0 ? `-${pad(-year, 4)}` : pad(year, 4));
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (date: CivilDate): string => `${formatMonth(date.year, date.month)}-${pad(date.day)}`;
export const formatQuarter = (year: number, quarter: number): string => `${formatYear(year)}-Q${quarter}`;
export const formatDecade = (year: number): string => formatYear(year).slice(0, 3);

/** 'yyyy-Www', the ISO 8601 week (Monday first; the week of 4 January is week 1). */
export function formatWeek(date: CivilDate): string {
  // date-fns' ISO week costs microseconds, and a text dense with "last week" asks for the
  // same few days again and again: remember the last hundreds of answers.
  const key = date.year * 10_000 + date.month * 100 + date.day;
  let week = WEEKS.get(key);
  if (week === undefined) {
    const noon = toNoon(date);
    week = `${formatYear(getISOWeekYear(noon))}-W${pad(getISOWeek(noon))}`;
    if (WEEKS.size >= 512) WEEKS.clear();
    WEEKS.set(key, week);
  }
  return week;
}

const WEEKS = new Map<number, string>();

/** 'yyyy-mm-ddThh:mm', with the zone appended when it is an offset or Z. */
export function formatMinute(date: CivilDate, hour: number, minute: number, offset: string | null = null): string {
  return `${formatDay(date)}T${pad(hour)}:${pad(minute)}${offset ?? ''}`;
}

export { pad };
