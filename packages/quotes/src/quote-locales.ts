/**
 * The quote rules of languages other than English, for `extractQuotes(text, { locales })`.
 *
 * @module @newsparse/quotes/locales
 */
import { de as deWords } from './locales/de/words.js';
import { es as esWords } from './locales/es/words.js';
import { fr as frWords } from './locales/fr/words.js';
import { it as itWords } from './locales/it/words.js';
import type { Locale } from './locales/locale.js';
import { extractLocaleQuotes } from './other-languages.js';
import type { QuoteLocale } from './types.js';

// The rules of each language other than English ship apart from the main entry, as date-fns
// ships its locales: an app that reads English pays nothing for them (issue #15, weight), one
// that reads German imports `de` and passes it.

const quoteLocale = (locale: Locale): QuoteLocale => ({
  code: locale.code,
  extract: (text, reported, analysis) => extractLocaleQuotes(text, locale, reported, analysis),
});

/**
 * German quote rules, for `extractQuotes(text, { locales: [de] })`: „…“ »…« ‚…‘ quotes,
 * "sagte X", "X sagte:", "…, so X", "laut X", "X zufolge", reported clauses with "dass" or
 * in Konjunktiv I.
 *
 * @example
 * import { extractQuotes } from '@newsparse/quotes';
 * import { de } from '@newsparse/quotes/locales';
 * extractQuotes('„Es muss sich etwas ändern“, sagte die Managerin.', { locales: [de] })[0]?.speaker?.mention.text
 * //=> 'die Managerin'
 */
export const de: QuoteLocale = quoteLocale(deWords);

/**
 * French quote rules, for `extractQuotes(text, { locales: [fr] })`: « … » and “…” quotes,
 * "a déclaré X", "selon X", "d'après X", reported clauses with "que".
 *
 * @example
 * import { extractQuotes } from '@newsparse/quotes';
 * import { fr } from '@newsparse/quotes/locales';
 * extractQuotes('« Nous sommes prêts », a déclaré la ministre Claire Dupont.', { locales: [fr] })[0]?.speaker?.name
 * //=> 'Claire Dupont'
 */
export const fr: QuoteLocale = quoteLocale(frWords);

/**
 * Spanish quote rules, for `extractQuotes(text, { locales: [es] })`: «…» and “…” quotes,
 * "dijo X", "según X", "de acuerdo con X", reported clauses with "que".
 *
 * @example
 * import { extractQuotes } from '@newsparse/quotes';
 * import { es } from '@newsparse/quotes/locales';
 * extractQuotes('«Estamos listos», dijo la alcaldesa Ana Ruiz.', { locales: [es] })[0]?.speaker?.name
 * //=> 'Ana Ruiz'
 */
export const es: QuoteLocale = quoteLocale(esWords);

/**
 * Italian quote rules, for `extractQuotes(text, { locales: [it] })`: «…» and “…” quotes,
 * "ha detto X", "secondo X", "stando a X", reported clauses with "che".
 *
 * @example
 * import { extractQuotes } from '@newsparse/quotes';
 * import { it } from '@newsparse/quotes/locales';
 * extractQuotes('«Siamo pronti», ha detto il sindaco Marco Bianchi.', { locales: [it] })[0]?.speaker?.name
 * //=> 'Marco Bianchi'
 */
export const it: QuoteLocale = quoteLocale(itWords);

export type { QuoteLocale } from './types.js';
