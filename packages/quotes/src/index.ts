/**
 * Quotes and their speakers in news text: `extractQuotes`. English rules are built in; German,
 * French and Spanish come from `@newsparse/quotes/locales`; who is quoted how often,
 * `summarizeSources`, from `@newsparse/quotes/sources`.
 *
 * @module @newsparse/quotes
 */
export { analyzeQuotes, extractQuotes } from './extract-quotes.js';
export { detectLanguage } from './detect-language.js';
export { QUOTE_LANGUAGES } from './locales/index.js';
export type { EntityTagger, ExtractQuotesOptions, Quote, QuoteAnalysis, QuoteKind, QuoteLocale, QuoteSpeaker, SourceSummary } from './types.js';
