import { QUOTE_LANGUAGES } from '@newsparse/quotes';

/** The parts of the pipeline whose rules are written for particular languages. */
export type RuleStage = 'quotes' | 'entities';

/**
 * Languages (primary BCP 47 subtags) that have quote and entity rules. A page in another
 * language still parses, but through the English rules, so its quotes and entities are
 * guesses. The one place to extend when a language gains rules.
 */
export const RULE_LANGUAGES: Readonly<Record<RuleStage, readonly string[]>> = {
  // Quotes owns its list (its locale folders); entities has English rules only.
  quotes: QUOTE_LANGUAGES,
  entities: ['en'],
};

/**
 * The stages that have no rules for a page's language (its `metadata.lang`, e.g. `'de-CH'`).
 * An unknown language (`null`, as for plain text) gives none: nothing says the rules miss.
 *
 * @example
 * stagesWithoutRules('it-IT') //=> ['quotes', 'entities']
 * stagesWithoutRules('de-DE') //=> ['entities']
 * stagesWithoutRules('en-GB') //=> []
 * stagesWithoutRules(null)    //=> []
 */
export function stagesWithoutRules(lang: string | null | undefined): RuleStage[] {
  const primary = primarySubtag(lang);
  if (primary === null) return [];
  return (Object.keys(RULE_LANGUAGES) as RuleStage[]).filter((stage) => !RULE_LANGUAGES[stage].includes(primary));
}

/** 'pt' of 'pt-BR' or 'pt_BR', lower-cased; null for an empty or missing tag. */
export function primarySubtag(lang: string | null | undefined): string | null {
  if (typeof lang !== 'string') return null;
  const end = lang.search(/[-_]/);
  const primary = (end === -1 ? lang : lang.slice(0, end)).trim().toLowerCase();
  return primary === '' ? null : primary;
}
