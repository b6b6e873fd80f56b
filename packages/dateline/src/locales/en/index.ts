import type { Locale } from '../types.js';
import { monthPattern, months, weekdayPattern, weekdays } from './calendar.js';
import { aheadConjunctions, appointed, attributive, foreseen, firmFuture, intentions, clauseBreaks, daySubjects, deniedModals, future, futureAuxiliaries, futureGovernors, linkingVerbs, notPast, matchScores, matchWords, numbers, past, perfectModals, presentAuxiliaries, release, reportVerbs, retarget, untilAhead, scheduleCopulas, sinceDates } from './clauses.js';
import { colonLabels, mastheadWords, nounEndings, sentenceWords, topicWords, topicWordsAlone, townContext } from './datelines.js';
import { afterLabel, labels, stems } from './stamps.js';

/** English: AP, Reuters and newspaper datelines, stamps and dates. */
export const en: Locale = {
  code: 'en',
  months,
  monthsWithPeriod: new Map(),
  weekdays,
  patterns: { weekday: weekdayPattern, month: monthPattern },
  dateWords: { ordinalSuffixes: ['st', 'nd', 'rd', 'th'], dayMarks: [], beforeDay: [], dayMonth: ['of'], monthYear: [], dateTime: ['at'], timeDate: ['on'] },
  stamp: { labels, afterLabel, stems },
  dateline: { sentenceWords, colonLabels, mastheadWords, townContext, nounEndings, topicWords, topicWordsAlone },
  clauses: { future, firmFuture, futureGovernors, deniedModals, retarget, aheadConjunctions, appointed, intentions, foreseen, past, notPast, presentAuxiliaries, futureAuxiliaries, linkingVerbs, perfectModals, scheduleCopulas, daySubjects, numbers, clauseBreaks, reportVerbs, release, untilAhead, matchWords, matchScores, attributive, sinceDates },
};
