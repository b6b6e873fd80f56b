import { differenceInCalendarDays } from 'date-fns';
import { compareDays, formatDay, isRealDay, toNoon, type CivilDate } from '../calendar.js';

/** How far back a dateline date may lie before the story date before the next year is read instead. */
const MAX_DAYS_BACK = 274; // about nine months

/**
 * The year of a dateline date written without one ("June 27"). It is the year that puts the
 * date on or before the reference: a dateline says when a story was filed, and news reports
 * what happened ("Dec 31" on a 1 January story is last year's). Only when that would put it
 * more than about nine months back is the date read as a few weeks ahead instead (a
 * mistyped month or a story stamped before its dateline: "May 18" on a 18 March stamp is
 * 18 May of that year, not of the year before).
 */
export function datelineYear(month: number, day: number, reference: CivilDate): number | null {
  // The common case needs no arithmetic: the same year, on or before the reference.
  if (isRealDay(reference.year, month, day) && compareDays({ year: reference.year, month, day }, reference) <= 0) return reference.year;
  let before: CivilDate | null = null;
  for (let year = reference.year; year >= reference.year - 8 && before === null; year--) {
    if (isRealDay(year, month, day) && compareDays({ year, month, day }, reference) <= 0) before = { year, month, day };
  }
  if (before !== null && differenceInCalendarDays(toNoon(reference), toNoon(before)) <= MAX_DAYS_BACK) return before.year;
  for (let year = reference.year; year <= reference.year + 1; year++) {
    if (isRealDay(year, month, day) && compareDays({ year, month, day }, reference) > 0) return year;
  }
  return before?.year ?? null;
}

export function datelineDate(month: number, day: number, reference: CivilDate | null): string | null {
  if (reference === null) return null;
  const year = datelineYear(month, day, reference);
  return year === null ? null : formatDay({ year, month, day });
}
