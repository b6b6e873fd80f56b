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
    const iso = readIsoDay(reference);
    const match = iso === null ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
    if (iso !== null || match !== null) {
      const day = iso ?? { year: Number(match![1]), month: Number(match![2]), day: Number(match![3]) };
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

/**
 * 'yyyy-mm-dd' at the very start of the text, read by character codes: the usual reference,
 * passed once per call, without a regular expression. Null for anything else.
 */
function readIsoDay(text: string): CivilDate | null {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const digit = (index: number): number => {
    const value = text.charCodeAt(index) - 48;
    return value >= 0 && value <= 9 ? value : Number.NaN;
  };
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  return Number.isNaN(year + month + day) ? null : { year, month, day };
}
