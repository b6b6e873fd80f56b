import type { SourceAudit } from './audit-sources.js';

const NAME_WIDTH = 34;
const DESCRIPTION_WIDTH = 60;

/**
 * Renders an audit as a fixed-width text table, most quoted speaker first, followed by a
 * summary line (named vs unnamed, quotes with no speaker found).
 *
 * @example
 * formatTable(auditSources(articles))
 * //=> 'Speaker                            Named  Quotes  Direct ...'
 */
export function formatTable(audit: SourceAudit): string {
  const header = `${'Speaker'.padEnd(NAME_WIDTH)} ${'Named'.padEnd(5)} ${'Quotes'.padStart(6)} ${'Direct'.padStart(6)} ${'Partial'.padStart(7)} ${'Indirect'.padStart(8)} ${'Articles'.padStart(8)}  Described as`;
  const lines = [header, '-'.repeat(header.length + DESCRIPTION_WIDTH - 'Described as'.length)];
  for (const row of audit.speakers) {
    lines.push(
      [
        fit(row.name, NAME_WIDTH),
        (row.named ? 'yes' : 'no').padEnd(5),
        String(row.total).padStart(6),
        String(row.direct).padStart(6),
        String(row.partial).padStart(7),
        String(row.indirect).padStart(8),
        String(row.articles.length).padStart(8),
        ` ${fit(row.descriptions.join('; ') || '—', DESCRIPTION_WIDTH).trimEnd()}`,
      ].join(' '),
    );
  }
  const named = audit.speakers.filter((row) => row.named);
  const namedQuotes = named.reduce((sum, row) => sum + row.total, 0);
  const unnamedQuotes = audit.quotes - audit.unattributed - namedQuotes;
  lines.push(
    '',
    `${audit.articles} articles · ${audit.quotes} quotes · ${audit.speakers.length} speakers ` +
      `(${named.length} named, ${audit.speakers.length - named.length} unnamed) · ` +
      `${namedQuotes} quotes from named sources, ${unnamedQuotes} from unnamed, ${audit.unattributed} with no speaker found`,
  );
  return `${lines.join('\n')}\n`;
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}
