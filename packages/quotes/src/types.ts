import type { Span, TextAnalysis } from '@newsparse/core';
import type { TagEntitiesResult } from '@newsparse/entities';

/** What kind of quote it is. `partial`: a quoted fragment inside the writer's own sentence. */
export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** Who said a quote. */
export interface QuoteSpeaker {
  /** Who it is: "Juan Carlos Capuñay"; for an unnamed source its own words: "experts". */
  name: string;
  /** The words that attribute this quote: "the former envoy", "he", "Capuñay". */
  mention: Span;
  /** The entity of the speaker, when the entity tagger found one. */
  entityId?: string;
  /** Whether the speaker is a named person or organization. */
  named: boolean;
  /** How the story describes the speaker: "former Peruvian Ambassador to China". */
  description?: string;
  /** For an unnamed group inside an organisation ("NASA's scientists"), the organisation's name. */
  organization?: string;
}

/** A quote and its attribution. */
export interface Quote {
  /** The quoted words without the quotation marks; for a reported quote, the reported clause. */
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: QuoteSpeaker | null;
  /** The attributing verb or phrase: "said", "told", "according to". */
  cue: Span | null;
  /**
   * For a quote that runs over several paragraphs, the quoted words of each paragraph
   * (`start`/`end` then cover them all, with the marks that reopen each paragraph); for
   * reported content around a parenthetical attribution ("The county, he said, had …"), the
   * words on either side (`start`/`end` then run from the first to the last, the attribution
   * inside).
   */
  parts?: Span[];
  /**
   * For a partial quote, the writer's clause that carries it: in `He said the plan was “a
   * disaster” for farmers.` the quote is `a disaster` and the clause `the plan was “a
   * disaster” for farmers`.
   */
  clause?: Span;
  /**
   * For a partial quote whose clause a parenthetical attribution splits ("The move, Carr
   * said, was “a gamble”"), the clause's pieces on either side, in text order; `clause` is
   * the piece that holds the quote.
   */
  clauseParts?: Span[];
}

/**
 * An entity tagger for the text being read: `tagEntities` of @newsparse/entities, or any
 * function that returns the same shape. It is handed the text's analysis as well (`{ analysis }`,
 * what `tagEntities` takes), so that the text is tokenized once; a tagger may ignore it.
 */
export type EntityTagger = (text: string, options?: { analysis?: TextAnalysis }) => TagEntitiesResult;

/** Options for {@link extractQuotes}. */
export interface ExtractQuotesOptions {
  /**
   * The people and organisations of the text, which name the speakers ("the former envoy" is
   * the person introduced as a former ambassador): a `tagEntities` result for the same text,
   * or the tagger itself (`{ entities: tagEntities }`), which is then called only when some
   * quote has a speaker to name. Without it, speakers are resolved only among the quotes' own
   * attributions (no `entityId`), and this package does not load the entity tagger's model.
   */
  entities?: TagEntitiesResult | EntityTagger;
  /** Also extract reported speech without quotation marks ("X said that ..."). Default true. */
  reported?: boolean;
  /**
   * The language of the text (a BCP 47 tag such as `'de'` or `'fr-CA'`; its primary subtag
   * counts), or `'auto'` (the default) to tell it from the text's function words; a text too
   * short to tell is read as English. A language without rules (see `QUOTE_LANGUAGES`) gives
   * no quotes, never English rules applied to other text.
   */
  lang?: string;
  /**
   * The rules for languages other than English, from `@newsparse/quotes/locales`
   * (`{ locales: [de, fr, es] }`): a text in one of them is read by its own rules. They ship
   * apart so that an app reading English does not carry them. A text in a language listed in
   * `QUOTE_LANGUAGES` whose locale is not passed gives no quotes and a warning naming the
   * import. Default: none (English only).
   */
  locales?: readonly QuoteLocale[];
  /**
   * The text's analysis from `@newsparse/core`'s `analyzeText` (sentences and word tokens), when
   * the caller already has one: `parseArticle` reads each text once for all its stages. It must
   * be the analysis of exactly this text (`analysis.text === text`), else `INVALID_OPTION`.
   * Without it, the text is analysed here.
   */
  analysis?: TextAnalysis;
}

/**
 * The quote rules of one language other than English: `de`, `fr` or `es` of
 * `@newsparse/quotes/locales`, for `options.locales`. Made by this package and handed back to
 * it; `extract` is how `extractQuotes` applies them.
 */
export interface QuoteLocale {
  /** The primary BCP 47 subtag of the language: `'de'`. */
  readonly code: string;
  /** The quotes of `text` by this language's rules (reported speech too when `reported`). */
  readonly extract: (text: string, reported: boolean, analysis: TextAnalysis) => Quote[];
}

/** What {@link analyzeQuotes} returns: the quotes, the language read, and why nothing may have come back. */
export interface QuoteAnalysis {
  quotes: Quote[];
  /** The primary language subtag whose rules were applied or refused: `'en'`, `'de'`, `'it'`. */
  lang: string;
  /** Why the result may be incomplete: `no quote rules for language "it"`. */
  warnings: string[];
}

/** Per speaker: who, how often, in which ways. */
export interface SourceSummary {
  name: string;
  named: boolean;
  entityId?: string;
  descriptions: string[];
  direct: number;
  partial: number;
  indirect: number;
  total: number;
}
