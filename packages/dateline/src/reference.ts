import { NewsparseError, assertReference } from '@newsparse/core';
import { isRealDay, type CivilDate } from './calendar.js';

/**
 * The story's date as a civil day. A string is read as written ('2024-06-27',
 * '2024-06-27T20:43:00+08:00' → 27 June: the stamp's own calendar day, never shifted to
 * another zone); a Date is read in UTC, so the result never depends on the machine's TZ.
 * Either must fall in the years 0000–9999, the years an ISO value can write.
 */
export function toReferenceDay(reference: Date | string, functionName: string): CivilDate {
  assertReference(reference, functionName);
  if (reference instanceof Date) {
    return { year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() };
  }
  if (typeof reference === 'string') {
    const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(reference);
    if (match) {
      const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
      // Year 0000 is a real ISO year (1 BC), a leap year like 2000.
      if (isRealDay(day.year === 0 ? 2000 : day.year, day.month, day.day)) return day;
    } else {
      const time = Date.parse(reference);
      if (!Number.isNaN(time)) return toReferenceDay(new Date(time), functionName);
    }
    throw new NewsparseError('INVALID_OPTION', `${functionName}: cannot read the reference date "${reference.slice(0, 40)}"`);
  }
  // assertReference let only strings and Dates through.
  throw new NewsparseError('INVALID_OPTION', `${functionName}: reference must be a Date or a string`);
}
