import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse-article.js';
import { formatReport } from './report.js';

const page = (lang: string, head = ''): string =>
  `<!doctype html><html lang="${lang}"><head><title>A council vote</title>${head}</head><body><article>` +
  '<p>The council voted on Tuesday to close the old bridge.</p>' +
  '<p>"We had no choice," said Mayor Ana Ruiz.</p></article></body></html>';

describe('formatReport', () => {
  it('says why a relative date has no value and how to get one', () => {
    const report = formatReport(parseArticle(page('en')));
    expect(report).toContain('Dates (1)');
    expect(report).toMatch(/on Tuesday +\(relative\)/);
    expect(report).toContain('no publication date found: pass --reference yyyy-mm-dd to resolve the relative date');
  });

  it('gives the dates the text states outright without a reference', () => {
    const report = formatReport(parseArticle('The bridge opened in March 2017 and closed on Tuesday.', { format: 'text' }));
    expect(report).toMatch(/March 2017 +2017-03/);
    expect(report).toContain('to resolve the relative date');
  });

  it('resolves the dates once a reference is given, and then has no hint', () => {
    const report = formatReport(parseArticle(page('en'), { reference: '2024-06-27' }));
    expect(report).not.toContain('no publication date found');
    expect(report).toContain('2024-06-25');
  });

  it('warns when the page is in a language without quote or entity rules', () => {
    const portuguese = formatReport(parseArticle(page('pt-PT')));
    expect(portuguese).toMatch(/Warning: no quote rules for the story's language \(pt-PT; rules exist for: en, de, fr, es, it\): quotes are read only where the text itself is in one of those/);
    expect(portuguese).toMatch(/Warning: no entity rules for the story's language \(pt-PT; rules exist for: en\)/);
    const german = formatReport(parseArticle(page('de-DE')));
    expect(german).not.toContain('no quote rules');
    expect(german).toMatch(/Warning: no entity rules for the story's language \(de-DE; rules exist for: en\)/);
  });

  // Plain text in a language without rules, told by its words ('pt'), and text in another script
  // ('und'): no quotes, never English guesses, and a warning.
  it.each([
    ['pt', 'LISBOA — O governo aprovou na segunda-feira um orçamento de 30 mil milhões de euros, disse o ministro. «É um orçamento sério e prudente», declarou o ministro em conferência de imprensa. A oposição criticou o texto e também a proposta.'],
    ['und', '«Мы готовы к переговорам», — сказал министр во вторник. "Это важный шаг для всех нас", добавил он. Правительство обсудит план в среду.'],
  ])('gives plain text in %s no quotes and warns', (language, text) => {
    const result = parseArticle(text, { format: 'text' });
    expect(result.language).toBe(language);
    expect(result.quotes).toEqual([]);
    expect(formatReport(result)).toContain(`Warning: no quote rules for the story's language (${language}; rules exist for: en, de, fr, es, it)`);
  });

  it('does not warn for English or for an unknown language', () => {
    expect(formatReport(parseArticle(page('en-GB')))).not.toContain('Warning');
    expect(formatReport(parseArticle('The council voted on Tuesday to close the old bridge.'))).not.toContain('Warning');
  });
});
