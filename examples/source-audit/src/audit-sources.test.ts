import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditSources } from './audit-sources.js';
import { readArticleFolder } from './read-articles.js';
import { renderChartSvg, renderReportHtml } from './render-chart.js';
import { formatTable } from './render-table.js';

// The quote extractor improves in parallel: check the audit's arithmetic and a few facts any
// version gets right (a spokeswoman quoted as `"...," said Amina Wekesa, a spokeswoman for`
// in two stories), never the exact table.
const folder = fileURLToPath(new URL('../../articles/', import.meta.url));
const articles = readArticleFolder(folder);
const audit = auditSources(articles);

describe('readArticleFolder', () => {
  it('reads the text articles and the body of the HTML page', () => {
    const ids = articles.map((article) => article.id);
    expect(ids).toContain('global-times-china-peru.txt');
    expect(ids).toContain('sample-page.html');
    const page = articles.find((article) => article.id === 'sample-page.html')!;
    expect(page.text).toContain('PORT HALDEN, Maine');
    expect(page.text).not.toMatch(/<\/?[a-z]+[\s>]/i);
  });
});

describe('auditSources', () => {
  it('adds up', () => {
    expect(audit.articles).toBe(articles.length);
    let attributed = 0;
    for (const row of audit.speakers) {
      expect(row.total).toBe(row.direct + row.partial + row.indirect);
      expect(row.total).toBeGreaterThan(0);
      expect(row.articles.length).toBeGreaterThan(0);
      attributed += row.total;
    }
    expect(attributed + audit.unattributed).toBe(audit.quotes);
    const totals = audit.speakers.map((row) => row.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('merges a speaker quoted in two articles into one row', () => {
    const wekesa = audit.speakers.filter((row) => row.name.includes('Wekesa'));
    expect(wekesa).toHaveLength(1);
    expect(wekesa[0]!.named).toBe(true);
    expect(wekesa[0]!.articles).toEqual(['sample-nairobi-floods-aid.txt', 'sample-nairobi-floods.txt']);
  });

  it('keeps named and unnamed sources apart', () => {
    const audit = auditSources([
      { id: 'a', text: '"We will rebuild," said Ana Ruiz, the town\'s mayor.\n\n"It is too late," said a resident.' },
    ]);
    expect(audit.quotes).toBe(2);
    for (const row of audit.speakers) expect(row.named).toBe(row.name.includes('Ruiz'));
  });

  it('prints a table with a row per speaker and a summary line', () => {
    const table = formatTable(audit).trimEnd().split('\n');
    expect(table[0]).toMatch(/^Speaker\s+Named\s+Quotes/);
    expect(table).toHaveLength(audit.speakers.length + 4);
    expect(table.at(-1)).toContain(`${audit.quotes} quotes`);
  });
});

describe('the chart', () => {
  const svg = renderChartSvg(audit);
  const html = renderReportHtml(audit);

  it('is one SVG document with a bar per speaker', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<title>/g) ?? []).toHaveLength(Math.min(audit.speakers.length, 25));
  });

  it('is self-contained: no scripts, no external links', () => {
    for (const document of [svg, html]) {
      expect(document).not.toMatch(/<script|<link|<img|@import|url\(/i);
      expect(document).not.toMatch(/(?:src|href)\s*=/i);
      // The only URL is the SVG namespace.
      expect(document.match(/https?:\/\/[^\s"']+/g) ?? []).toEqual(['http://www.w3.org/2000/svg']);
    }
  });

  it('escapes what the articles say', () => {
    const hostile = auditSources([{ id: '<b>', text: '"Fine," said Ana <Ruiz> & Co.' }]);
    expect(renderReportHtml(hostile)).not.toContain('<b>');
  });
});

describe('main.ts', () => {
  it('prints the table and writes sources.svg and sources.html', () => {
    const out = mkdtempSync(join(tmpdir(), 'source-audit-'));
    try {
      const main = fileURLToPath(new URL('./main.ts', import.meta.url));
      const output = execFileSync(process.execPath, ['--import', 'tsx', main, folder, '--out', out], { encoding: 'utf8' });
      expect(output.startsWith(formatTable(audit))).toBe(true);
      expect(readFileSync(join(out, 'sources.svg'), 'utf8')).toBe(renderChartSvg(audit));
      expect(readFileSync(join(out, 'sources.html'), 'utf8')).toBe(renderReportHtml(audit));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
