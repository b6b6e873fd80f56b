import type { Locale } from '../types.js';
import { monthAfterDayPattern, monthPattern, months, weekdayPattern, weekdays } from './calendar.js';
import { nounEndings, topicWords, topicWordsAlone, sentenceWords } from './datelines.js';
import { days } from './days.js';
import { afterLabel, labels, stems } from './stamps.js';

/** Portuguese (Brazil and Portugal): Lusa and Agência Brasil datelines, stamps ("27 de julho de 2004 às 12:54") and dates. */
export const pt: Locale = {
  code: 'pt',
  months,
  monthsWithPeriod: new Map(),
  weekdays,
  patterns: { weekday: weekdayPattern, month: monthPattern, monthAfterDay: monthAfterDayPattern },
  dateWords: { ordinalSuffixes: ['º'], dayMarks: [], beforeDay: [], dayMonth: ['de'], monthYear: ['de'], dateTime: ['às'], timeDate: [] },
  stamp: { labels, afterLabel, stems },
  dateline: { sentenceWords, nounEndings, topicWords, topicWordsAlone },
  days,
};
