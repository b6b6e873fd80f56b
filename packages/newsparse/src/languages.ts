import { findQuotations } from '@newsparse/core';
import { detectLanguage, QUOTE_LANGUAGES } from '@newsparse/quotes';

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

/**
 * The language of a text's own words, read outside its quotations: a German story that quotes
 * English speakers at length is German, and gets German quote rules; the whole text decides
 * when too little stands outside the quotations (null when that gives too little evidence too).
 *
 * @example
 * narrativeLanguage('Dazu schreibt er in einem Beitrag für das Magazin: “I concluded that this was the single difference between the innovator and the ordinary person, and that is all there is to it.” Das Zitat wurde oft geteilt, auch von seinen Kollegen.') //=> 'de'
 */
export function narrativeLanguage(text: string): string | null {
  let outside = '';
  let at = 0;
  for (const quotation of findQuotations(text)) {
    if (quotation.start < at) continue;
    outside += `${text.slice(at, quotation.start)} `;
    at = quotation.end;
  }
  return (at === 0 ? null : detectLanguage(outside + text.slice(at))) ?? detectLanguage(text);
}

/** How many characters of a text `otherScript` reads. */
const SCRIPT_SAMPLE = 2000;

/**
 * Whether most letters of a text's start are of a script other than Latin (Cyrillic, Greek,
 * Arabic, Han, …): no language with rules is written so, and no rules may guess at such a
 * text (a Russian page without a language tag is not English).
 *
 * @example
 * otherScript('Мы готовы к переговорам, сказал он.') //=> true
 * otherScript('Die Regierung sagte am Montag …') //=> false
 */
export function otherScript(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (const char of text.slice(0, SCRIPT_SAMPLE)) {
    if (char < 'A') continue;
    if (/\p{Script=Latin}/u.test(char)) latin++;
    else if (/\p{L}/u.test(char)) other++;
  }
  return other > latin;
}
