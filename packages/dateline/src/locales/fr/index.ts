import type { Locale } from '../types.js';
import { monthAfterDayPattern, monthPattern, months, weekdayPattern, weekdays } from './calendar.js';
import { nounEndings, topicWords, topicWordsAlone, sentenceWords } from './datelines.js';
import { days } from './days.js';
import { afterLabel, labels, stems } from './stamps.js';

/** French: AFP and regional datelines ("Lyon, le 3 juin (Reuters) -"), stamps and dates. */
export const fr: Locale = {
  code: 'fr',
  months,
  monthsWithPeriod: new Map(),
  weekdays,
  patterns: { weekday: weekdayPattern, month: monthPattern, monthAfterDay: monthAfterDayPattern },
  dateWords: { ordinalSuffixes: ['er'], dayMarks: [], beforeDay: ['le'], dayMonth: [], monthYear: [], dateTime: ['à'], timeDate: [] },
  stamp: { labels, afterLabel, stems },
  dateline: { sentenceWords, nounEndings, topicWords, topicWordsAlone },
  days,
};
