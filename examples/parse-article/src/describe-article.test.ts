import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from 'newsparse';
import { describe, expect, it } from 'vitest';
import { describeArticle } from './describe-article.js';

// The parsers improve in parallel: check structure and facts every version must get right
// on the seed article (its "must" items), never the exact full report.
const seedPath = fileURLToPath(new URL('../../articles/global-times-china-peru.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');

describe('describeArticle on the seed article', () => {
  const article = parseArticle(seed);
  const report = describeArticle(article);

  it('starts with the headline and gives the publication date', () => {
    expect(report.split('\n')[0]).toBe(
      'China-Peru ties deepen in economic and trade cooperation amid presidential visit, defying disruptive attempt from the US: experts',
    );
    expect(report).toMatch(/^Published {2}2024-06-27T20:43/m);
  });

  it('lists the people with Boluarte and Capuñay among them', () => {
    const people = section(report, 'People');
    expect(people.some((line) => line.includes('Boluarte'))).toBe(true);
    expect(people.some((line) => line.includes('Capuñay'))).toBe(true);
  });

  it('prints every quote with a speaker line', () => {
    expect(article.quotes.length).toBeGreaterThanOrEqual(3);
    const quotes = section(report, 'Quotes');
    expect(quotes.filter((line) => line.trimStart().startsWith('“'))).toHaveLength(article.quotes.length);
    expect(quotes.filter((line) => line.trimStart().startsWith('—'))).toHaveLength(article.quotes.length);
  });

  it('resolves "on Tuesday" to the start of the visit', () => {
    expect(section(report, 'Dates').some((line) => line.includes('on Tuesday') && line.includes('2024-06-25'))).toBe(true);
  });
});

describe('main.ts', () => {
  it('prints the report of the seed article by default', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const output = execFileSync(process.execPath, ['--import', 'tsx', main], { encoding: 'utf8' });
    expect(output).toBe(describeArticle(parseArticle(seed)));
  });
});

/** The lines under a "Heading (n)" line, up to the next blank line. */
function section(report: string, heading: string): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${heading} (`));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}
