import type { Locale } from '../types.js';
import { monthPattern, months, weekdayPattern, weekdays } from './calendar.js';
import { nounEndings, topicWords, topicWordsAlone, sentenceWords } from './datelines.js';
import { days } from './days.js';
import { afterLabel, labels, stems } from './stamps.js';

/** Dutch: ANP and Belga datelines ("DEN HAAG (ANP) -"), stamps ("Gepubliceerd op 4 maart 2024 om 10:15") and dates. */
export const nl: Locale = {
  code: 'nl',
  months,
  monthsWithPeriod: new Map(),
  weekdays,
  patterns: { weekday: weekdayPattern, month: monthPattern },
  dateWords: { ordinalSuffixes: [], dayMarks: [], beforeDay: [], dayMonth: [], monthYear: [], dateTime: ['om'], timeDate: [] },
  stamp: { labels, afterLabel, stems },
  dateline: { sentenceWords, nounEndings, topicWords, topicWordsAlone },
  days,
};
