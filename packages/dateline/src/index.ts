export { parseDateline } from './dateline/parse-dateline.js';
export { findDates } from './dates/find-dates.js';
export { parseStamp } from './stamp/parse-stamp.js';
export type {
  DateMention,
  DateMentionKind,
  DatePrecision,
  Dateline,
  DatelineLocation,
  FindDatesOptions,
  ParseDatelineOptions,
  ParseStampOptions,
  Stamp,
  StampLabel,
} from './types.js';
