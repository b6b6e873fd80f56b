// The package as parseArticle uses it: speakers named through @newsparse/entities' tagger.
// The fixtures were written against that; the entity-free default has its own tests
// (entities-option.test.ts).
import { tagEntities } from '@newsparse/entities';
import { analyzeQuotes as analyzeUntagged, extractQuotes as extractUntagged, type ExtractQuotesOptions, type Quote, type QuoteAnalysis } from '../src/index.js';

export * from '../src/index.js';

/** `extractQuotes` with `{ entities: tagEntities }` unless the options name their own. */
export const extractQuotes = (text: string, options?: ExtractQuotesOptions): Quote[] => extractUntagged(text, { entities: tagEntities, ...options });

/** `analyzeQuotes` with `{ entities: tagEntities }` unless the options name their own. */
export const analyzeQuotes = (text: string, options?: ExtractQuotesOptions): QuoteAnalysis => analyzeUntagged(text, { entities: tagEntities, ...options });
