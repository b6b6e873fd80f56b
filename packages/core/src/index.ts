export { NewsparseError, assertText, type NewsparseErrorCode } from './errors.js';
export { assertBoolean, assertIndex, assertOneOf, assertOptions, assertReference, describeValue, isIsoDate } from './validate.js';
export { createSpan, isSpace, isValidSpan, sortSpans, spansOverlap, trimSpan, type Span } from './span.js';
export {
  CALENDAR_LANGUAGES,
  ENGLISH_MONTH_NAMES,
  ENGLISH_WEEKDAY_NAMES,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  calendarWords,
  calendarWordsInEveryLanguage,
  type CalendarKind,
  type CalendarLanguage,
  type CalendarNames,
  type CalendarWordsOptions,
} from './calendar-names.js';
export {
  DATE_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  isAbbreviation,
} from './abbreviations.js';
export {
  hasLowerCaseOnLine,
  sentenceAt,
  splitParagraphs,
  splitSentences,
  type SplitParagraphsOptions,
  type SplitSentencesOptions,
} from './segment.js';
export {
  analyzeText,
  assertAnalysis,
  maskAnalysis,
  tokenizeWords,
  type TextAnalysis,
  type WordToken,
} from './analysis.js';
export {
  findQuotations,
  scanQuoteMarks,
  type FindQuotationsOptions,
  type QuoteMark,
  type QuoteMarkRole,
  type QuoteStyle,
  type Quotation,
} from './quote-marks.js';
export { unpackNames } from './front-coding.js';
export { withAsciiDigits } from './digits.js';
export { foldDiacritics, isFamilyNameFirst, isNameAlias, nameTokens, normalizeName, properCaseName, stripPossessive } from './names.js';
export {
  BELIEF_VERBS,
  CANADIAN_PROVINCES,
  CITIES,
  COMBINING_FORMS,
  COMMON_SPEECH_VERBS,
  COUNTRIES,
  COUNTRY_ENDONYMS,
  DEMONYMS,
  EUROPEAN_FEMININE_GIVEN_NAMES,
  EUROPEAN_MASCULINE_GIVEN_NAMES,
  EUROPEAN_UNISEX_GIVEN_NAMES,
  FEMININE_GIVEN_NAMES,
  FEMININE_WORDS,
  FORMER_COUNTRIES,
  FRENCH_ROLES,
  GERMAN_ADMINISTRATIVE_UNITS,
  GERMAN_ROLES,
  MASCULINE_GIVEN_NAMES,
  MASCULINE_WORDS,
  ITALIAN_ROLES,
  NATIONALITY_WORDS,
  NEWS_AGENCIES,
  NEWS_OUTLETS,
  SIGNATURE_AGENCIES,
  NORTH_AMERICAN_ZONE_WORDS,
  PORTUGUESE_ROLES,
  POST_NOMINALS,
  REGION_ADJECTIVES,
  REGIONS,
  REPORTING_VERBS,
  SPANISH_ROLES,
  SPEECH_VERBS,
  SURNAME_PARTICLES,
  TERRITORIES,
  TITLE_QUALIFIERS,
  TITLES,
  UK_NATIONS,
  UNISEX_GIVEN_NAMES,
  US_STATES,
  inflectVerb,
  givenNames,
  type GivenNameScope,
} from './knowledge/index.js';
