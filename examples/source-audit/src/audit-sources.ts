import { normalizeName } from '@newsparse/core';
import { tagEntities } from '@newsparse/entities';
import { extractQuotes } from '@newsparse/quotes';
import { summarizeSources, type SourceSummary } from '@newsparse/quotes/sources';
import { de, es, fr } from '@newsparse/quotes/locales';
import type { ArticleText } from './read-articles.js';

/** One speaker across all the articles of an audit. */
export interface SpeakerRow {
  /** The fullest form of the name seen ("Amina Wekesa"), or the words of an unnamed source ("a city engineer"). */
  name: string;
  named: boolean;
  direct: number;
  partial: number;
  indirect: number;
  total: number;
  /** How the stories describe the speaker, each description once. */
  descriptions: string[];
  /** The ids of the articles that quote the speaker. */
  articles: string[];
}

/** What {@link auditSources} returns. */
export interface SourceAudit {
  articles: number;
  /** Every quote found, attributed or not. */
  quotes: number;
  /** Quotes the extractor found no speaker for. */
  unattributed: number;
  /** Speakers, most quoted first. */
  speakers: SpeakerRow[];
}

/**
 * Finds who is quoted in a set of articles: runs `extractQuotes` and `summarizeSources` on
 * each article, then merges the per-article summaries by speaker, so a spokeswoman quoted
 * in two stories is one row.
 *
 * @example
 * auditSources([{ id: 'a.txt', text: '"It works," said Ana Ruiz, a engineer.' }]).speakers[0]
 * //=> { name: 'Ana Ruiz', named: true, direct: 1, total: 1, articles: ['a.txt'], ... }
 */
export function auditSources(articles: readonly ArticleText[]): SourceAudit {
  const rows = new Map<string, SpeakerRow>();
  let quotes = 0;
  let attributed = 0;
  for (const article of articles) {
    // The tagger names each speaker in full ("the spokeswoman" → "Amina Wekesa"), so one person is
    // one row; German, French and Spanish articles are read by their own rules.
    const found = extractQuotes(article.text, { entities: tagEntities, locales: [de, fr, es] });
    quotes += found.length;
    for (const summary of summarizeSources(found)) {
      attributed += summary.total;
      mergeSummary(rows, summary, article.id);
    }
  }
  const speakers = [...rows.values()].sort(
    (a, b) => b.total - a.total || b.articles.length - a.articles.length || a.name.localeCompare(b.name),
  );
  return { articles: articles.length, quotes, unattributed: quotes - attributed, speakers };
}

function mergeSummary(rows: Map<string, SpeakerRow>, summary: SourceSummary, articleId: string): void {
  // Entity ids are per article, so speakers are matched across articles by their name; an
  // unnamed source ("officials") is only merged with the same words used elsewhere.
  const key = `${summary.named ? 'named' : 'unnamed'}:${normalizeName(summary.name)}`;
  let row = rows.get(key);
  if (!row) {
    row = { name: summary.name, named: summary.named, direct: 0, partial: 0, indirect: 0, total: 0, descriptions: [], articles: [] };
    rows.set(key, row);
  }
  if (summary.name.length > row.name.length) row.name = summary.name;
  row.direct += summary.direct;
  row.partial += summary.partial;
  row.indirect += summary.indirect;
  row.total += summary.total;
  for (const description of summary.descriptions) {
    if (!row.descriptions.includes(description)) row.descriptions.push(description);
  }
  if (!row.articles.includes(articleId)) row.articles.push(articleId);
}
