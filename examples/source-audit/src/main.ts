// Usage: tsx src/main.ts [folder] [--out DIR]
//   folder: the articles to audit (default: examples/articles)
//   --out:  where the chart goes (default: examples/source-audit/out)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { auditSources } from './audit-sources.js';
import { readArticleFolder } from './read-articles.js';
import { renderChartSvg, renderReportHtml } from './render-chart.js';
import { formatTable } from './render-table.js';

// Piped into `head`, stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const folder = positionals[0] ?? fileURLToPath(new URL('../../articles/', import.meta.url));
const out = values.out ?? fileURLToPath(new URL('../out/', import.meta.url));

const audit = auditSources(readArticleFolder(folder));
process.stdout.write(formatTable(audit));

mkdirSync(out, { recursive: true });
const svgPath = join(out, 'sources.svg');
const htmlPath = join(out, 'sources.html');
writeFileSync(svgPath, renderChartSvg(audit));
writeFileSync(htmlPath, renderReportHtml(audit));
process.stdout.write(`\nWrote ${relative(process.cwd(), svgPath)} and ${relative(process.cwd(), htmlPath)}\n`);
