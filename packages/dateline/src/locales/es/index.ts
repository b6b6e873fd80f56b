import type { Locale } from '../types.js';
import { nounEndings, topicWords, topicWordsAlone, regions, sentenceWords } from './datelines.js';
import { days } from './days.js';
import { monthPattern, months, monthsWithPeriod, weekdayPattern, weekdays } from './calendar.js';
import { afterLabel, labels, stems } from './stamps.js';

/** Spanish: EFE datelines ("LIMA, 27 jun (EFE).-"), stamps and dates ("27 de junio de 2024"). */
export const es: Locale = {
  code: 'es',
  months,
  monthsWithPeriod,
  weekdays,
  patterns: { weekday: weekdayPattern, month: monthPattern },
  dateWords: { ordinalSuffixes: ['º'], dayMarks: [], beforeDay: [], dayMonth: ['de'], monthYear: ['de', 'del'], dateTime: ['a las'], timeDate: [] },
  stamp: { labels, afterLabel, stems },
  dateline: { sentenceWords, regions, nounEndings, topicWords, topicWordsAlone },
  days,
};
