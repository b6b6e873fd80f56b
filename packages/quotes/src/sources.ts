/**
 * Who is quoted, and how often: `summarizeSources` over the quotes `extractQuotes` returns, for
 * a source audit. An entry of its own, so that an app that only extracts quotes does not carry it.
 *
 * @module @newsparse/quotes/sources
 */
export { summarizeSources } from './summarize-sources.js';
export type { SourceSummary } from './types.js';
