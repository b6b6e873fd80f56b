// The package as parseArticle uses it: speakers named through @newsparse/entities' tagger,
// and the German, French, Spanish and Italian rules loaded. The fixtures were written against that;
// the entity-free default has its own tests (entities-option.test.ts), and so has the
// English-only default (locales-option.test.ts).
import { tagEntities } from '@newsparse/entities';
import { analyzeQuotes as analyzeUntagged, extractQuotes as extractUntagged, type ExtractQuotesOptions, type Quote, type QuoteAnalysis } from '../src/index.js';
import { de, es, fr, it } from '../src/quote-locales.js';

export * from '../src/index.js';
export { summarizeSources } from '../src/sources.js';

const locales = [de, fr, es, it];

/** `extractQuotes` with `{ entities: tagEntities, locales: [de, fr, es, it] }` unless the options name their own. */
export const extractQuotes = (text: string, options?: ExtractQuotesOptions): Quote[] => extractUntagged(text, { entities: tagEntities, locales, ...options });

/** `analyzeQuotes` with `{ entities: tagEntities, locales: [de, fr, es, it] }` unless the options name their own. */
export const analyzeQuotes = (text: string, options?: ExtractQuotesOptions): QuoteAnalysis => analyzeUntagged(text, { entities: tagEntities, locales, ...options });
