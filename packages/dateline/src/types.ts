/** Where a dateline says the story was filed. */
export interface DatelineLocation {
  /** The place as written, e.g. "LIMA, Peru" or "WEST PALM BEACH, Fla./WASHINGTON". */
  text: string;
  city: string | null;
  /** A state, province or territory ("Calif.", "Alberta"). */
  region: string | null;
  country: string | null;
}

/** A dateline such as "LIMA, Peru (AP) —" or "BEIJING, June 27 (Xinhua) --". */
export interface Dateline {
  /** The dateline itself, from its first character to the end of its dash. */
  text: string;
  start: number;
  end: number;
  /** Index where the story's first sentence begins. */
  bodyStart: number;
  location: DatelineLocation | null;
  /** 'yyyy-mm-dd'; a missing year is inferred from the reference. */
  date: string | null;
  /** Wire agencies named in the dateline, e.g. ['AP']. */
  agencies: string[];
}

/** Options for {@link parseDateline}. */
export interface ParseDatelineOptions {
  /** The story's date, for a dateline date written without a year. Default: no year inference (date null without year). */
  reference?: Date | string;
}

/** What a date mention is. */
export type DateMentionKind = 'absolute' | 'relative' | 'range' | 'duration';

/** How precise a resolved value is. */
export type DatePrecision = 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'minute';

/** A date or time mentioned in a story, resolved against the story's date. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  kind: DateMentionKind;
  /** ISO 8601 cut to the precision ('2024-06-25', '2024-11', '2024-Q3', '2024-W26', '2024-06-27T20:43'); null for a duration. */
  value: string | null;
  /** The end of a range, at the same precision. */
  until?: string;
  precision: DatePrecision;
}

/** Options for {@link findDates}. */
export interface FindDatesOptions {
  /** The story's publication date: what "on Tuesday" and "in May" are resolved against. */
  reference: Date | string;
}
