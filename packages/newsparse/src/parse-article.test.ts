import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewsparseError } from '@newsparse/core';
import { parseArticle } from './parse-article.js';

describe('parseArticle', () => {
  it('reads an HTML page and runs the parsers over its body', () => {
    const html = `<!doctype html><html lang="en"><head><title>Talks resume</title>
      <meta property="article:published_time" content="2024-06-27T08:00:00+08:00"></head>
      <body><article><p>GENEVA (AP) — Talks resumed on Tuesday, officials said.</p>
      <p>“We are hopeful,” said Maria Lopez, a spokeswoman.</p></article></body></html>`;
    const result = parseArticle(html);
    expect(result.format).toBe('html');
    expect(result.metadata.title).toBe('Talks resume');
    expect(result.reference).toBe('2024-06-27');
    expect(result.text).toContain('Talks resumed on Tuesday');
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  it('runs only the stages asked for', () => {
    const result = parseArticle('“Yes,” Wang said on Tuesday.', { only: ['metadata'], reference: '2024-06-27' });
    expect(result.quotes).toEqual([]);
    expect(result.dates).toEqual([]);
    expect(result.entities.mentions).toEqual([]);
  });

  it('throws NewsparseError on a non-string or an unknown stage', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(NewsparseError);
    expect(() => parseArticle('x', { only: ['nope' as never] })).toThrow(NewsparseError);
  });

  it('is total on any string, with valid spans', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (input) => {
        const result = parseArticle(input, { reference: '2024-06-27' });
        for (const span of [...result.dates, ...result.entities.mentions, ...result.quotes]) {
          expect(result.text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 100 },
    );
  });
});
