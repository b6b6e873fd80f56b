import type { StampLabel } from '../types.js';

/**
 * What one language gives the parsers: its words and the few patterns written in them.
 * A new language copies `locales/en` (or `locales/es`), translates, and is listed in
 * `locales/index.ts`; the extractors read every listed locale and hold no words of their own.
 */
export interface Locale {
  /** BCP 47 language code. */
  code: string;
  /** Month words read exactly (lower-case) with their number 1-12: names, short forms, variants. */
  months: ReadonlyMap<string, number>;
  /** Short forms read as months only with their period ("set." in Spanish: "set" is an English word). */
  monthsWithPeriod: ReadonlyMap<string, number>;
  /** Weekday words (lower-case) with their number, 0 = Sunday. */
  weekdays: ReadonlyMap<string, number>;
  patterns: {
    /**
     * Weekday words that may open a written date, as a regular-expression alternation read
     * case-insensitively ("Tue", "Martes"); each opens with the first three letters of one
     * of `weekdays` (the dateline reader skips other words).
     */
    weekday: string;
    /** Month names as news prints them, as an alternation read with its case (findDates). */
    month: string;
  };
  /** Words inside written dates. */
  dateWords: {
    /** Suffixes of ordinal days ("27th", "1er"). */
    ordinalSuffixes: readonly string[];
    /** Marks after a day written before its month, as plain text ("3. Juni"). */
    dayMarks: readonly string[];
    /** Words a dateline writes between its place and its date ("Lyon, le 3 juin"). */
    beforeDay: readonly string[];
    /** Between a day and its month ("27 of June", "27 de junio"). */
    dayMonth: readonly string[];
    /** Between a month and its year ("junio de 2024", "27 de junio del 2024"). */
    monthYear: readonly string[];
    /** Between a date and its clock time ("June 27 at 3 p.m.", "27 de junio a las 10:00"). */
    dateTime: readonly string[];
    /** Between a clock time and its date ("3 p.m. on June 4"). */
    timeDate: readonly string[];
  };
  stamp: {
    /** Labels of publication stamps and what each says, longest first ("first published" before "published"). */
    labels: readonly (readonly [phrase: string, label: StampLabel])[];
    /** Words between a label and its date ("Published on", "Publicado el"). */
    afterLabel: readonly string[];
    /** Three-letter stems of the month and weekday words an unlabelled stamp may open with. */
    stems: readonly string[];
  };
  dateline: {
    /** Words that make a head a sentence or a headline, not a place ("said", "update"). */
    sentenceWords: readonly string[];
  };
  /** Words of the clause around a date, for findDates' tense and amounts (English only so far). */
  clauses?: {
    future: readonly string[];
    past: readonly string[];
    /** Words ending in -ed that are no past cue. */
    notPast: readonly string[];
    presentAuxiliaries: readonly string[];
    futureAuxiliaries: readonly string[];
    /** Verbs after which "to" + a verb puts the date right after ahead ("agreed to meet on Friday"). */
    futureGovernors?: readonly string[];
    /** Future cues that say nothing before "not" ("could not attend on Friday"). */
    deniedModals?: readonly string[];
    /** Future cues that look back before a perfect "have" ("should have acted"). */
    perfectModals: readonly string[];
    /** Present forms of "be" that, right before a date, schedule it ("the draw is on Friday"). */
    scheduleCopulas: readonly string[];
    /** Subjects of such a copula that name a day, not an event ("today is Monday"). */
    daySubjects: readonly string[];
    /** Amounts written as words, with their value. */
    numbers: ReadonlyMap<string, number>;
    /** Words that open another clause ("but"): a date's tense is read up to them. */
    clauseBreaks?: readonly string[];
    /** Words of sports reports ("half-time", "touchdown"): a bare half or quarter is then a period of play. */
    matchWords?: readonly string[];
  };
}
