import type { Locale } from '../types.js';
import { monthAfterDayPattern, monthPattern, months, weekdayPattern, weekdays } from './calendar.js';
import { nounArticles, nounEndings, topicWords, topicWordsAlone, sentenceWords } from './datelines.js';
import { days } from './days.js';
import { afterLabel, labels, stems } from './stamps.js';

/** German: dpa and regional datelines ("BERLIN, 3. Juni (Reuters) -", "KÖLN."), stamps and dates. */
export const de: Locale = {
  code: 'de',
  months,
  monthsWithPeriod: new Map(),
  weekdays,
  patterns: { weekday: weekdayPattern, month: monthPattern, monthAfterDay: monthAfterDayPattern },
  dateWords: { ordinalSuffixes: [], dayMarks: ['.'], beforeDay: [], dayMonth: [], monthYear: [], dateTime: ['um'], timeDate: [] },
  stamp: { labels, afterLabel, stems },
  dateline: { sentenceWords, nounEndings, topicWords, topicWordsAlone, nounArticles },
  days,
};
