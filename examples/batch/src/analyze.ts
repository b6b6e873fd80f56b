import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { normalizeName } from '@newsparse/core';
import type { ArticleResult } from 'newsparse';

/** One line of the CLI's batch output. */
export type BatchLine = ArticleResult & { id: string };

/** A name and how often it came up. */
export interface Count {
  name: string;
  /** Quotes (for speakers) or articles (for places and months). */
  count: number;
  /** In how many articles. */
  articles: number;
}

/** What {@link analyzeResults} finds. */
export interface Analysis {
  articles: number;
  quotes: number;
  /** Quotes whose speaker is named, is unnamed ("officials"), or was not found. */
  byAttribution: { named: number; unnamed: number; none: number };
  /** Named speakers the entity tagger knows as people, most quoted first. */
  mostQuoted: Count[];
  /** Other named speakers: organizations, and names the tagger did not type as a person. */
  otherSources: Count[];
  /** Places, by how many articles mention them. */
  places: Count[];
  /** Where the stories were filed, from their datelines. */
  datelines: Count[];
  /** Articles per month of publication (yyyy-mm), in order. */
  months: Count[];
}

/**
 * Reads a JSONL file line by line, never all at once: the output of a run over a million
 * articles is read in constant memory.
 *
 * @example
 * for await (const line of readJsonl('out/articles.jsonl')) console.log(line.id)
 */
export async function* readJsonl(path: string): AsyncGenerator<BatchLine> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') yield JSON.parse(line) as BatchLine;
  }
}

/**
 * A few lines of analysis over the CLI's JSONL output: who is quoted most (people apart
 * from organizations, by the entity each speaker is linked to), which places
 * the stories mention and are filed from, and when they were published.
 *
 * @example
 * await analyzeResults(readJsonl('out/articles.jsonl'))
 * //=> { articles: 7, quotes: 25, mostQuoted: [{ name: 'Amina Wekesa', count: 2, articles: 2 }, ...], ... }
 */
export async function analyzeResults(results: AsyncIterable<BatchLine> | Iterable<BatchLine>): Promise<Analysis> {
  const speakers = new Tally();
  const others = new Tally();
  const places = new Tally();
  const datelines = new Tally();
  const months = new Tally();
  const byAttribution = { named: 0, unnamed: 0, none: 0 };
  let articles = 0;
  let quotes = 0;
  for await (const result of results) {
    articles++;
    quotes += result.quotes.length;
    for (const quote of result.quotes) {
      if (quote.speaker === null) byAttribution.none++;
      else if (quote.speaker.named) byAttribution.named++;
      else byAttribution.unnamed++;
    }
    const types = new Map(result.entities.entities.map((entity) => [entity.id, entity.type]));
    for (const source of result.sources) {
      if (!source.named) continue;
      const isPerson = source.entityId !== undefined && types.get(source.entityId) === 'person';
      (isPerson ? speakers : others).add(result.id, source.name, source.total);
    }
    for (const entity of result.entities.entities) {
      if (entity.type === 'place') places.add(result.id, entity.name, 1);
    }
    const location = result.dateline?.location;
    if (location) datelines.add(result.id, location.city ?? location.text, 1);
    const published = result.metadata.published ?? result.reference;
    if (published) months.add(result.id, published.slice(0, 7), 1);
  }
  return {
    articles,
    quotes,
    byAttribution,
    mostQuoted: speakers.top(),
    otherSources: others.top(5),
    places: places.top(),
    datelines: datelines.top(),
    months: months.counts().sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Counts by name, matching names loosely ("Capuñay" and "CAPUNAY" are one). */
class Tally {
  private readonly byKey = new Map<string, Count & { ids: Set<string> }>();

  add(id: string, name: string, count: number): void {
    const key = normalizeName(name);
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { name, count: 0, articles: 0, ids: new Set() };
      this.byKey.set(key, entry);
    }
    if (name.length > entry.name.length) entry.name = name;
    entry.count += count;
    entry.ids.add(id);
    entry.articles = entry.ids.size;
  }

  counts(): Count[] {
    return [...this.byKey.values()].map(({ name, count, articles }) => ({ name, count, articles }));
  }

  top(limit = 10): Count[] {
    return this.counts()
      .sort((a, b) => b.count - a.count || b.articles - a.articles || a.name.localeCompare(b.name))
      .slice(0, limit);
  }
}

/**
 * The analysis as a short text report.
 *
 * @example
 * formatAnalysis(analysis)
 * //=> '7 articles, 25 quotes (8 from named speakers, ...)\n\nMost quoted ...'
 */
export function formatAnalysis(analysis: Analysis): string {
  const { named, unnamed, none } = analysis.byAttribution;
  const lines = [
    `${analysis.articles} articles, ${analysis.quotes} quotes: ${named} from named speakers, ${unnamed} from unnamed sources, ${none} with no speaker found`,
    '',
    'Most quoted people',
    ...list(analysis.mostQuoted, (entry) => `${entry.count} ${entry.count === 1 ? 'quote' : 'quotes'} in ${plural(entry.articles, 'article')}`),
    '',
    'Other named sources (organizations, untyped names)',
    ...list(analysis.otherSources, (entry) => `${entry.count} ${entry.count === 1 ? 'quote' : 'quotes'} in ${plural(entry.articles, 'article')}`),
    '',
    'Places mentioned in the most articles',
    ...list(analysis.places, (entry) => plural(entry.articles, 'article')),
    '',
    'Filed from (datelines)',
    ...list(analysis.datelines, (entry) => plural(entry.articles, 'article')),
    '',
    'Articles per month of publication',
    ...list(analysis.months, (entry) => `${'#'.repeat(entry.articles)} ${entry.articles}`),
  ];
  return `${lines.join('\n')}\n`;
}

function list(entries: Count[], describe: (entry: Count) => string): string[] {
  if (entries.length === 0) return ['  (none found)'];
  const width = Math.max(...entries.map((entry) => entry.name.length));
  return entries.map((entry) => `  ${entry.name.padEnd(width)}  ${describe(entry)}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
