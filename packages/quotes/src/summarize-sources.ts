import { checkQuotes } from './options.js';
import type { Quote, SourceSummary } from './types.js';

/**
 * Groups quotes by speaker: who is quoted, how often and how.
 *
 * @example
 * summarizeSources(extractQuotes(article))[0]
 * //=> { name: 'Juan Carlos Capuñay', named: true, descriptions: [...], direct: 3, partial: 1, indirect: 2, total: 6 }
 */
export function summarizeSources(quotes: readonly Quote[]): SourceSummary[] {
  checkQuotes(quotes);
  const byKey = new Map<string, SourceSummary>();
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    const key = quote.speaker.entityId ?? quote.speaker.name.toLowerCase();
    let summary = byKey.get(key);
    if (!summary) {
      summary = { name: quote.speaker.name, named: quote.speaker.named, descriptions: [], direct: 0, partial: 0, indirect: 0, total: 0 };
      if (quote.speaker.entityId !== undefined) summary.entityId = quote.speaker.entityId;
      byKey.set(key, summary);
    }
    summary[quote.kind]++;
    summary.total++;
    const description = quote.speaker.description;
    if (description !== undefined && !summary.descriptions.includes(description)) summary.descriptions.push(description);
  }
  return [...byKey.values()].sort((a, b) => b.total - a.total || compareNames(a.name, b.name));
}

/** A letter or space: English collation orders these by their lowercase, the space first. */
const PLAIN_CHAR = /^[a-z ]$/i;
const PLAIN_NAME = /^[a-z ]*$/i;
let collator: Intl.Collator | null = null;

/**
 * Orders two names as English collation does (`localeCompare(b, 'en')`), English rather than
 * the machine's language so that output is the same everywhere. The first collation of a
 * process loads ICU's tables, tens of milliseconds (most of what a one-article CLI run spent
 * here), so the usual cases are decided here: after a common beginning, two letters or spaces
 * that differ beyond case order the names by their lowercase (collation compares base letters
 * first, and a letter or space has no accent or ligature to weigh); names of letters and spaces
 * only that differ in case alone put lowercase first. Anything else goes to the collator.
 *
 * @example
 * ['Obama', 'De Gaulle', 'de Gaulle', 'González'].sort(compareNames) //=> ['de Gaulle', 'De Gaulle', 'González', 'Obama']
 */
export function compareNames(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  if (index === a.length && index === b.length) return 0;
  // (Read in bounds only: `charAt` past the end made V8 drop the sort's optimised code.)
  const x = index < a.length ? a[index]! : '';
  const y = index < b.length ? b[index]! : '';
  if (index === a.length && PLAIN_CHAR.test(y)) return -1;
  if (index === b.length && PLAIN_CHAR.test(x)) return 1;
  if (PLAIN_CHAR.test(x) && PLAIN_CHAR.test(y)) {
    const lowerX = x.toLowerCase();
    const lowerY = y.toLowerCase();
    if (lowerX !== lowerY) return lowerX < lowerY ? -1 : 1;
    if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) {
      const lowerA = a.toLowerCase();
      const lowerB = b.toLowerCase();
      if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
      return x === lowerX ? -1 : 1;
    }
  }
  return (collator ??= new Intl.Collator('en')).compare(a, b);
}
