import type { TextAnalysis } from '@newsparse/core';

/** Where a dateline says the story was filed. */
export interface DatelineLocation {
  /** The place as written, e.g. "LIMA, Peru" or "WEST PALM BEACH, Fla./WASHINGTON". */
  text: string;
  /** The first place named, as written ("LIMA", "WEST PALM BEACH"). */
  city: string | null;
  /** A state, province or territory as written ("Calif.", "Alberta", "N.Y."). */
  region: string | null;
  /** A country or territory as written ("Peru", "West Germany"). */
  country: string | null;
}

/** A dateline such as "LIMA, Peru (AP) —" or "BEIJING, June 27 (Xinhua) --". */
export interface Dateline {
  /** The dateline itself, from its first character to the end of its dash. */
  text: string;
  start: number;
  end: number;
  /** Index where the story's first sentence begins (after the dash and the spaces that follow it). */
  bodyStart: number;
  /** null for a dateline with no place ("APRIL 7 -", "(Bloomberg) --"). */
  location: DatelineLocation | null;
  /** 'yyyy-mm-dd'; a missing year is inferred from the reference (see the README's policy). */
  date: string | null;
  /** Wire agencies named in the dateline, e.g. ['AP'], ['Reuters'], ['Xinhua']. */
  agencies: string[];
}

/** Options for {@link parseDateline}. */
export interface ParseDatelineOptions {
  /**
   * The story's date, for a dateline date written without a year. A string is read as
   * written ('2024-06-27', an ISO stamp's own calendar day); a Date by its UTC day.
   * Default: none, and a dateline date without a year gives `date: null`.
   */
  reference?: Date | string;
}

/** What a date mention is. */
export type DateMentionKind = 'absolute' | 'relative' | 'range' | 'duration';

/**
 * How precise a resolved value is. 'season' values read '2023-FA' (SP, SU, FA, WI) and
 * 'half' values '2024-H1', as in TimeML.
 */
export type DatePrecision = 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'minute';

/** A date or time mentioned in a story, resolved against the story's date. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  kind: DateMentionKind;
  /**
   * ISO 8601 cut to the precision: '202' (a decade), '2024', '2024-Q3', '2024-H1', '2024-SU',
   * '2024-11', '2024-W26', '2024-06-25', '2024-06-27T20:43', '2024-06-27T20:43+08:00';
   * null for a duration, and, when findDates was given no reference, for a mention that
   * only the story's date resolves ("on Tuesday", "last year").
   */
  value: string | null;
  /** The end of a range, at the same precision. */
  until?: string;
  precision: DatePrecision;
  /** A time zone as written after a clock time ("ET", "GMT", "+08:00"). */
  zone?: string;
}

/** Options for {@link findDates}. */
export interface FindDatesOptions {
  /**
   * The story's publication date: what "on Tuesday" and "in May" are resolved against.
   * Without it, only what the text dates outright ("June 27, 2024", "March 2017", "the
   * 1990s") keeps a value; a mention that needs the story's date has `value: null`.
   */
  reference?: Date | string;
  /**
   * How to read numeric dates such as 06/07/2024 whose order the text does not settle. Default:
   * day first when `lang` is one of the languages listed there (all write the day first), or when
   * the text's other slashed dates put a day above 12 first ("28/02/2025") and none second; else
   * 'MDY'. A part above 12 settles an unstated order ("03/25/2024").
   */
  order?: 'MDY' | 'DMY' | 'YMD';
  /**
   * The text's language, a BCP 47 tag (`'de'`, `'pt-BR'`: its primary subtag counts). In
   * German, French, Spanish, Portuguese, Italian and Dutch it adds that language's weekdays and
   * relative days ("am Donnerstag", "mardi dernier", "el pasado martes", "ontem", "ieri").
   * Default: none, and only the English words are read (dates written with a month, such as
   * "25. Juni" or "25 de junio", are read in every listed language either way).
   */
  lang?: string;
  /**
   * The shared analysis of exactly this text (`analyzeText(text)` from `@newsparse/core`), when
   * the caller has one: its tokens stand in for findDates' own pass over the characters to
   * find sentence ends and clause words. The result is the same with it or without; an
   * analysis of another text throws `NewsparseError` (`INVALID_OPTION`).
   */
  analysis?: TextAnalysis;
}

/** What a publication stamp says it is. */
export type StampLabel = 'published' | 'updated';

/** A publication stamp: "Published: Jun 27, 2024 08:43 PM". */
export interface Stamp {
  /** The stamp as written, its label included. */
  text: string;
  start: number;
  end: number;
  /** Where the date (or the time before it) begins, after the label. */
  dateStart: number;
  /** 'published' for Published/Posted/First published, 'updated' for Updated/Modified; null without a label. */
  label: StampLabel | null;
  /** The date or date-time, ISO 8601 cut to its precision: '2024-06-27T20:43', '2024-06-27T12:43Z', '2024-06-27'. */
  value: string;
  /** 'yyyy-mm-dd', as written (never shifted to another zone). */
  date: string;
  /** 'hh:mm' in 24 hours, as written; null without a time. */
  time: string | null;
  /** The zone as written ('ET', 'GMT', '+08:00', 'Z'); null without one. */
  zone: string | null;
  precision: 'day' | 'minute';
}

/** Options for {@link parseStamp}. */
export interface ParseStampOptions {
  /** The order of numeric dates such as 06/07/2024. Default: settled by a part above 12, else 'MDY'. */
  order?: 'MDY' | 'DMY' | 'YMD';
  /** For a stamp without a year ("Updated 3:15 p.m. ET, Tue June 4"): the year that puts it on or before this day. */
  reference?: Date | string;
}
