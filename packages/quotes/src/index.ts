export { extractQuotes } from './extract-quotes.js';
export { summarizeSources } from './summarize-sources.js';
export type { ExtractQuotesOptions, Quote, QuoteKind, QuoteSpeaker, SourceSummary } from './types.js';
