import type { ArticleResult, Quote } from 'newsparse';

/** The longest quote excerpt printed; the full text is in `article.quotes[i].text`. */
const QUOTE_WIDTH = 100;

/**
 * Renders what {@link parseArticle} found in an article as a short plain-text report:
 * headline, publication date, dateline, people, quotes with their speakers, and dates.
 *
 * @example
 * describeArticle(parseArticle(text))
 * //=> 'China-Peru ties deepen ...\n\nPublished  2024-06-27T20:43 ...'
 */
export function describeArticle(article: ArticleResult): string {
  const { metadata, dateline, entities, quotes, dates } = article;
  const lines: string[] = [];
  lines.push(metadata.title ?? '(no headline found)');
  if (metadata.subtitle) lines.push(metadata.subtitle);
  lines.push('');
  const stamp = metadata.publishedRaw && metadata.publishedRaw !== metadata.published ? `  (${metadata.publishedRaw})` : '';
  lines.push(`Published  ${metadata.published ?? 'unknown'}${stamp}`);
  if (metadata.authors.length > 0) lines.push(`By         ${metadata.authors.map((author) => author.name).join(', ')}`);
  lines.push(`Dateline   ${dateline?.location ? dateline.text : 'none'}`);
  lines.push(`Reference  ${article.reference ?? 'none'} (what relative dates resolve against)`);

  const people = entities.entities.filter((entity) => entity.type === 'person');
  lines.push('', `People (${people.length})`);
  for (const person of people) {
    const aliases = person.aliases.length > 0 ? ` (also: ${person.aliases.join(', ')})` : '';
    lines.push(`  ${person.name}${aliases} · ${plural(person.mentions, 'mention')}`);
  }

  lines.push('', `Quotes (${quotes.length})`);
  for (const quote of quotes) {
    lines.push(`  ${excerpt(quote.text)}`, `      — ${describeSpeaker(quote)} · ${quote.kind}`);
  }

  lines.push('', `Dates (${dates.length})`);
  for (const date of dates) {
    const value = date.value === null ? 'a duration' : date.until ? `${date.value} … ${date.until}` : date.value;
    lines.push(`  ${date.text.padEnd(24)} → ${value} (${date.precision})`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Who said a quote, with how the story describes them.
 *
 * @example
 * describeSpeaker(quote) //=> 'Juan Carlos Capuñay, former Peruvian Ambassador to China [as "the former envoy"]'
 */
export function describeSpeaker(quote: Quote): string {
  const speaker = quote.speaker;
  if (speaker === null) return 'speaker not found';
  const name = speaker.named ? speaker.name : `${speaker.name} (unnamed)`;
  // The words that attribute the quote show how the story refers back to the speaker.
  const via = speaker.mention.text !== speaker.name ? ` [as "${speaker.mention.text}"]` : '';
  return speaker.description ? `${name}, ${speaker.description}${via}` : `${name}${via}`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_WIDTH ? `“${flat}”` : `“${flat.slice(0, QUOTE_WIDTH - 1).trimEnd()}…”`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
