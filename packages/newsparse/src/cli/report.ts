import { RULE_LANGUAGES, stagesWithoutRules } from '../languages.js';
import type { ArticleResult } from '../types.js';

/** Styling for the terminal report: ANSI bold/dim when colours are on, plain otherwise. */
export interface ReportStyle {
  bold: (text: string) => string;
  dim: (text: string) => string;
}

export const plainStyle: ReportStyle = { bold: (text) => text, dim: (text) => text };
export const ansiStyle: ReportStyle = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

const clip = (text: string, width: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

/** Renders a parsed article as a readable report for a terminal. */
export function formatReport(result: ArticleResult, style: ReportStyle = plainStyle, source?: string): string {
  const lines: string[] = [];
  const section = (title: string): void => {
    lines.push('', style.bold(title));
  };
  if (source !== undefined) lines.push(style.dim(source));
  lines.push(style.bold(result.metadata.title ?? '(no headline)'));
  if (result.metadata.subtitle) lines.push(result.metadata.subtitle);
  const meta: string[] = [];
  if (result.metadata.published) meta.push(`Published ${result.metadata.published}`);
  if (result.metadata.publisher) meta.push(result.metadata.publisher);
  if (result.metadata.authors.length > 0) meta.push(`By ${result.metadata.authors.map((author) => author.name).join(', ')}`);
  if (meta.length > 0) lines.push(style.dim(meta.join(' · ')));
  // Quotes refuses a language it has no rules for (no quotes); entities reads it with English rules.
  // The language is the page's, or for plain text the one its words show.
  for (const stage of stagesWithoutRules(result.language)) {
    const lang = result.metadata.lang ?? result.language;
    const supported = RULE_LANGUAGES[stage].join(', ');
    lines.push(
      stage === 'quotes'
        ? style.bold(`Warning: no quote rules for the story's language (${lang}; rules exist for: ${supported}): quotes are read only where the text itself is in one of those.`)
        : style.bold(`Warning: no entity rules for the story's language (${lang}; rules exist for: ${supported}): the people, organizations and places below come from the English rules and may be wrong.`),
    );
  }

  section('Dateline');
  if (result.dateline) {
    const parts = [result.dateline.location?.text ?? '(no place)'];
    if (result.dateline.date) parts.push(result.dateline.date);
    if (result.dateline.agencies.length > 0) parts.push(result.dateline.agencies.join(', '));
    lines.push(`  ${parts.join(' · ')}`);
  } else {
    lines.push('  (none)');
  }

  const groups: Array<[string, string]> = [
    ['People', 'person'],
    ['Organizations', 'organization'],
    ['Places', 'place'],
  ];
  for (const [title, type] of groups) {
    const entities = result.entities.entities.filter((entity) => entity.type === type);
    section(`${title} (${entities.length})`);
    if (entities.length === 0) lines.push('  (none)');
    for (const entity of entities) {
      const aliases = entity.aliases.length > 0 ? style.dim(` (also ${entity.aliases.join(', ')})`) : '';
      lines.push(`  ${entity.name}${aliases} ×${entity.mentions}`);
    }
  }

  section(`Quotes (${result.quotes.length})`);
  if (result.quotes.length === 0) lines.push('  (none)');
  for (const quote of result.quotes) {
    const speaker = quote.speaker ? quote.speaker.name : 'unattributed';
    const via = quote.speaker && quote.speaker.mention.text !== quote.speaker.name ? style.dim(` via "${quote.speaker.mention.text}"`) : '';
    const cue = quote.cue ? style.dim(` (${quote.cue.text})`) : '';
    lines.push(`  ${style.bold(speaker)}${via}${cue} [${quote.kind}]`);
    lines.push(`    “${clip(quote.text, 110)}”`);
  }

  section(`Dates (${result.dates.length})${result.reference ? style.dim(` against ${result.reference}`) : ''}`);
  if (result.dates.length === 0) lines.push('  (none)');
  for (const date of result.dates) {
    const value = date.value === null ? `(${date.kind})` : date.until ? `${date.value} → ${date.until}` : date.value;
    lines.push(`  ${clip(date.text, 40).padEnd(28)} ${value}`);
  }
  // Relative dates ("on Tuesday") need the story's own date, and nothing gave one.
  const unresolved = result.reference === null ? result.dates.filter((date) => date.value === null && date.kind !== 'duration').length : 0;
  if (unresolved > 0) lines.push(style.dim(`  (no publication date found: pass --reference yyyy-mm-dd to resolve ${unresolved === 1 ? 'the relative date' : `the ${unresolved} relative dates`})`));
  return `${lines.join('\n')}\n`;
}
