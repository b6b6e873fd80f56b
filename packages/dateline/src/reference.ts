import { NewsparseError } from '@newsparse/core';
import { isRealDay, type CivilDate } from './calendar.js';

/**
 * The story's date as a civil day. A string is read as written ('2024-06-27',
 * '2024-06-27T20:43:00+08:00' → 27 June: the stamp's own calendar day, never shifted to
 * another zone); a Date is read in UTC, so the result never depends on the machine's TZ.
 */
export function toReferenceDay(reference: Date | string, functionName: string): CivilDate {
  if (reference instanceof Date) {
    const time = reference.getTime();
    if (Number.isNaN(time)) throw new NewsparseError('INVALID_OPTION', `${functionName}: reference is an invalid Date`);
    return { year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() };
  }
  if (typeof reference === 'string') {
    const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(reference);
    if (match) {
      const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
      if (isRealDay(day.year, day.month, day.day)) return day;
    } else {
      const time = Date.parse(reference);
      if (!Number.isNaN(time)) return toReferenceDay(new Date(time), functionName);
    }
    throw new NewsparseError('INVALID_OPTION', `${functionName}: cannot read the reference date "${reference.slice(0, 40)}"`);
  }
  throw new NewsparseError('INVALID_OPTION', `${functionName}: reference must be a Date or a string, got ${reference === null ? 'null' : typeof reference}`);
}
