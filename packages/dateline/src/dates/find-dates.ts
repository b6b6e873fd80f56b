import type { DateMention, FindDatesOptions } from '../types.js';
export function findDates(_text: string, _options: FindDatesOptions): DateMention[] {
  return [];
}
