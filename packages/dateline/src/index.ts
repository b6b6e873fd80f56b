export { parseDateline } from './parse-dateline.js';
export { findDates } from './find-dates.js';
export type {
  DateMention,
  DateMentionKind,
  DatePrecision,
  Dateline,
  DatelineLocation,
  FindDatesOptions,
  ParseDatelineOptions,
} from './types.js';
