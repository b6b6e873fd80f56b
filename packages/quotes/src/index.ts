export { analyzeQuotes, extractQuotes } from './extract-quotes.js';
export { detectLanguage } from './detect-language.js';
export { QUOTE_LANGUAGES } from './locales/index.js';
export { summarizeSources } from './summarize-sources.js';
export type { EntityTagger, ExtractQuotesOptions, Quote, QuoteAnalysis, QuoteKind, QuoteSpeaker, SourceSummary } from './types.js';
