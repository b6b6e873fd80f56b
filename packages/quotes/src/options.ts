import { assertAnalysis, assertBoolean, assertOptions, describeValue, NewsparseError, type TextAnalysis } from '@newsparse/core';
import type { TagEntitiesResult } from '@newsparse/entities';
import type { EntityTagger, ExtractQuotesOptions, Quote, QuoteKind, QuoteLocale } from './types.js';

// Misuse fails up front with a NewsparseError naming the function and the argument, never a
// TypeError from deep inside the resolver or a result built from malformed input.

const KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect'];
const ENTITY_TYPES: readonly string[] = ['person', 'organization', 'place', 'nationality', 'event', 'other'];

const shown = describeValue;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(functionName: string, message: string): never {
  throw new NewsparseError('INVALID_OPTION', `${functionName}: ${message}`);
}

/** The options of `extractQuotes` after checking: each field present and of the right shape. */
export interface CheckedOptions {
  entities: TagEntitiesResult | EntityTagger | undefined;
  reported: boolean;
  /** A primary language subtag, lower case, or 'auto'. */
  lang: string;
  /** The shared analysis of the text, when the caller has one. */
  analysis: TextAnalysis | undefined;
  /** The rules of other languages the caller loaded. */
  locales: readonly QuoteLocale[];
}

/**
 * Checks the options of `extractQuotes`: `undefined` or an object; `reported` a boolean;
 * `entities` an entity result whose mentions lie inside `text`; `analysis` the analysis of
 * exactly `text`. Unknown keys are ignored
 * (options of later versions).
 *
 * @example
 * checkOptions({ reported: false }, 'text').reported //=> false
 * checkOptions(null, 'text') // throws NewsparseError: extractQuotes: options must be an object, got null
 */
export function checkOptions(options: unknown, text: string): CheckedOptions {
  const name = 'extractQuotes';
  assertOptions(options, name);
  if (options === undefined) return { entities: undefined, reported: true, lang: 'auto', analysis: undefined, locales: NO_LOCALES };
  const { entities, reported, lang, analysis, locales } = options as ExtractQuotesOptions;
  assertBoolean(reported, name, 'reported');
  if (analysis !== undefined) assertAnalysis(analysis, text, name);
  if (entities !== undefined && typeof entities !== 'function') checkEntities(entities, text.length);
  if (lang !== undefined && (typeof lang !== 'string' || !/^[a-z]{2,8}(?:[-_][a-z\d]{1,8})*$/i.test(lang))) {
    invalid(name, `lang must be a language tag such as "de" or "auto", got ${shown(lang)}`);
  }
  if (locales !== undefined) checkLocales(locales);
  return { entities, reported: reported !== false, lang: lang === undefined ? 'auto' : lang.split(/[-_]/)[0]!.toLowerCase(), analysis, locales: locales ?? NO_LOCALES };
}

const NO_LOCALES: readonly QuoteLocale[] = [];

/** `options.locales`: an array of the locales `@newsparse/quotes/locales` exports. */
function checkLocales(locales: unknown): asserts locales is readonly QuoteLocale[] {
  const isLocale = (locale: unknown): boolean => isRecord(locale) && typeof locale.code === 'string' && typeof locale.extract === 'function';
  if (!Array.isArray(locales) || !locales.every(isLocale)) {
    invalid('extractQuotes', `locales must be an array of quote locales from '@newsparse/quotes/locales', got ${shown(locales)}`);
  }
}

/**
 * Checks a precomputed entity result, or what a tagger given as `entities` returned: the
 * shape `tagEntities` returns, with offsets inside the text.
 *
 * @example
 * checkEntities({ mentions: [], entities: [] }, 10) // passes
 * checkEntities([], 10) // throws NewsparseError: extractQuotes: entities must be a tagEntities result, got an array
 */
export function checkEntities(entities: unknown, length: number): asserts entities is TagEntitiesResult {
  const name = 'extractQuotes';
  if (!isRecord(entities)) invalid(name, `entities must be a tagEntities result, got ${shown(entities)}`);
  const { mentions, entities: list } = entities;
  if (!Array.isArray(mentions) || !Array.isArray(list)) invalid(name, 'entities must be a tagEntities result, with the arrays `mentions` and `entities`');
  for (const [index, mention] of mentions.entries()) {
    const ok = isRecord(mention)
      && typeof mention.text === 'string' && typeof mention.entityId === 'string' && ENTITY_TYPES.includes(mention.type as string)
      && Number.isInteger(mention.start) && Number.isInteger(mention.end)
      && (mention.start as number) >= 0 && (mention.start as number) <= (mention.end as number) && (mention.end as number) <= length;
    if (!ok) invalid(name, `entities.mentions[${index}] is not a mention of this text (text, start, end, type, entityId), got ${shown(mention)}`);
  }
  for (const [index, entity] of list.entries()) {
    const ok = isRecord(entity)
      && typeof entity.id === 'string' && typeof entity.name === 'string' && ENTITY_TYPES.includes(entity.type as string)
      && Array.isArray(entity.aliases) && entity.aliases.every((alias) => typeof alias === 'string');
    if (!ok) invalid(name, `entities.entities[${index}] is not an entity (id, type, name, aliases), got ${shown(entity)}`);
  }
}

/**
 * Checks the argument of `summarizeSources`: an array of quotes, each with a known kind and
 * a speaker that is `null` or has a name.
 *
 * @example
 * checkQuotes(undefined) // throws NewsparseError: summarizeSources expects an array of quotes, got undefined
 */
export function checkQuotes(quotes: unknown): asserts quotes is readonly Quote[] {
  const name = 'summarizeSources';
  if (!Array.isArray(quotes)) throw new NewsparseError('INVALID_INPUT', `${name} expects an array of quotes, got ${shown(quotes)}`);
  for (const [index, quote] of quotes.entries()) {
    const speaker: unknown = isRecord(quote) ? quote.speaker : undefined;
    const ok = isRecord(quote) && KINDS.includes(quote.kind as QuoteKind)
      && (speaker === null || speaker === undefined || isRecord(speaker) && typeof speaker.name === 'string' && typeof speaker.named === 'boolean'
        && (speaker.entityId === undefined || typeof speaker.entityId === 'string')
        && (speaker.description === undefined || typeof speaker.description === 'string'));
    if (!ok) throw new NewsparseError('INVALID_INPUT', `${name}: quotes[${index}] is not a Quote from extractQuotes, got ${shown(quote)}`);
  }
}
