import type { Locale } from '../types.js';
import { monthPattern, months, weekdayPattern, weekdays } from './calendar.js';
import { nounEndings, topicWords, topicWordsAlone, sentenceWords } from './datelines.js';
import { days } from './days.js';
import { afterLabel, labels, stems } from './stamps.js';

/** Italian: ANSA datelines ("ROMA, 3 giugno (ANSA) -"), stamps and dates. */
export const it: Locale = {
  code: 'it',
  months,
  monthsWithPeriod: new Map(),
  weekdays,
  patterns: { weekday: weekdayPattern, month: monthPattern },
  dateWords: { ordinalSuffixes: ['º', '°'], dayMarks: [], beforeDay: [], dayMonth: [], monthYear: [], dateTime: ['alle'], timeDate: [] },
  stamp: { labels, afterLabel, stems },
  dateline: { sentenceWords, nounEndings, topicWords, topicWordsAlone },
  days,
};
