import { assertText } from '@newsparse/core';
import { addDays, format, subDays } from 'date-fns';
import type { DateMention, FindDatesOptions } from './types.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Finds date mentions and resolves them against the story's date.
 * First implementation: weekdays, resolved to the past. Issue #3 makes it complete.
 *
 * @example
 * findDates('The visit began on Tuesday.', { reference: '2024-06-27' })[0]?.value
 * //=> '2024-06-25'
 */
export function findDates(text: string, options: FindDatesOptions): DateMention[] {
  assertText(text, 'findDates');
  const reference = new Date(options.reference);
  const local = new Date(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(/\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
    const weekday = WEEKDAYS.indexOf(match[1]!.toLowerCase());
    const back = (local.getDay() - weekday + 7) % 7;
    const value = format(back === 0 ? local : subDays(addDays(local, 0), back), 'yyyy-MM-dd');
    mentions.push({ text: match[0], start: match.index, end: match.index + match[0].length, kind: 'relative', value, precision: 'day' });
  }
  return mentions;
}
