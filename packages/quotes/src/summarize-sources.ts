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
  return [...byKey.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
