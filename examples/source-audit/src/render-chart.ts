import type { SourceAudit, SpeakerRow } from './audit-sources.js';

/** The colours of the three kinds of quote, also used by the legend. */
const KINDS = [
  { key: 'direct', label: 'direct', color: '#2f6db5' },
  { key: 'partial', label: 'partial', color: '#e59a2f' },
  { key: 'indirect', label: 'indirect (reported)', color: '#8aa8c9' },
] as const;

const WIDTH = 760;
const LABEL_WIDTH = 260;
const ROW_HEIGHT = 26;
const TOP = 64;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** Options for {@link renderChartSvg}. */
export interface ChartOptions {
  /** At most this many speakers are drawn (the most quoted). Default 25. */
  limit?: number;
}

/**
 * Draws the speakers of an audit as a horizontal stacked bar chart (direct, partial and
 * reported quotes) in a standalone SVG document: no scripts, fonts or images from elsewhere.
 * Unnamed sources are set in italics.
 *
 * @example
 * writeFileSync('out/sources.svg', renderChartSvg(auditSources(articles)))
 */
export function renderChartSvg(audit: SourceAudit, options: ChartOptions = {}): string {
  const rows = audit.speakers.slice(0, options.limit ?? 25);
  const height = TOP + Math.max(rows.length, 1) * ROW_HEIGHT + 40;
  const maxTotal = Math.max(1, ...rows.map((row) => row.total));
  const unit = (WIDTH - LABEL_WIDTH - 60) / maxTotal;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" font-size="13">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="17" font-weight="600" fill="#1d2733">Who gets quoted</text>`,
    `<text x="16" y="46" fill="#5a6673">${escapeXml(subtitle(audit))}</text>`,
  ];
  let legendX = WIDTH - 16;
  for (const kind of [...KINDS].reverse()) {
    const labelWidth = kind.label.length * 7 + 22;
    legendX -= labelWidth;
    parts.push(
      `<rect x="${legendX}" y="16" width="12" height="12" rx="2" fill="${kind.color}"/>`,
      `<text x="${legendX + 16}" y="26" fill="#1d2733">${escapeXml(kind.label)}</text>`,
    );
  }
  if (rows.length === 0) {
    parts.push(`<text x="16" y="${TOP + 18}" fill="#5a6673">No attributed quotes found.</text>`);
  }
  rows.forEach((row, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const style = row.named ? 'fill="#1d2733"' : 'fill="#5a6673" font-style="italic"';
    parts.push(`<g><title>${escapeXml(tooltip(row))}</title>`);
    parts.push(`<text x="${LABEL_WIDTH - 10}" y="${y + 17}" text-anchor="end" ${style}>${escapeXml(clip(row.name, 32))}</text>`);
    let x = LABEL_WIDTH;
    for (const kind of KINDS) {
      const count = row[kind.key];
      if (count === 0) continue;
      const width = count * unit;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW_HEIGHT - 8}" fill="${kind.color}"/>`);
      x += width;
    }
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 17}" fill="#1d2733">${row.total}</text></g>`);
  });
  const axisY = TOP + Math.max(rows.length, 1) * ROW_HEIGHT + 6;
  parts.push(
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 4}" x2="${LABEL_WIDTH}" y2="${axisY}" stroke="#b8c2cc"/>`,
    `<text x="${LABEL_WIDTH}" y="${axisY + 22}" fill="#5a6673">${rows.length < audit.speakers.length ? `the ${rows.length} most quoted of ${audit.speakers.length} speakers · ` : ''}unnamed sources in italics</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

/**
 * A standalone HTML report: the chart inlined and the full table of speakers with their
 * descriptions and the articles that quote them. Inline CSS only, no external assets.
 *
 * @example
 * writeFileSync('out/sources.html', renderReportHtml(auditSources(articles)))
 */
export function renderReportHtml(audit: SourceAudit): string {
  const rows = audit.speakers
    .map(
      (row) => `<tr class="${row.named ? 'named' : 'unnamed'}">
  <td>${escapeXml(row.name)}</td><td>${row.named ? 'named' : 'unnamed'}</td>
  <td class="n">${row.total}</td><td class="n">${row.direct}</td><td class="n">${row.partial}</td><td class="n">${row.indirect}</td>
  <td>${escapeXml(row.descriptions.join('; ')) || '—'}</td><td>${row.articles.map(escapeXml).join('<br>')}</td>
</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Who gets quoted</title>
<style>
  body { font-family: ${FONT}; color: #1d2733; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e3e8ee; vertical-align: top; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  tr.unnamed td:first-child { font-style: italic; color: #5a6673; }
  svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>Who gets quoted</h1>
<p>${escapeXml(subtitle(audit))}</p>
${renderChartSvg(audit)}
<table>
<thead><tr><th>Speaker</th><th></th><th>Quotes</th><th>Direct</th><th>Partial</th><th>Indirect</th><th>Described as</th><th>Articles</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

function subtitle(audit: SourceAudit): string {
  return `${audit.articles} articles · ${audit.quotes} quotes · ${audit.speakers.length} speakers · ${audit.unattributed} quotes with no speaker found`;
}

function tooltip(row: SpeakerRow): string {
  const described = row.descriptions.length > 0 ? `, ${row.descriptions.join('; ')}` : '';
  return `${row.name}${described}: ${row.direct} direct, ${row.partial} partial, ${row.indirect} indirect, in ${row.articles.join(', ')}`;
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Escapes text for an XML or HTML text node or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
