import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations, isValidSpan, splitParagraphs, splitSentences } from './index.js';

const newsish = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '"', '“', '”', '‘', '’', "'", '`', '«', '»', '?', 'U.S.', 'Mr.', '\r'),
  maxLength: 300,
});

describe('properties', () => {
  it('every span of every splitter is valid on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsish), (text) => {
        for (const span of splitParagraphs(text)) expect(isValidSpan(text, span)).toBe(true);
        for (const span of splitSentences(text)) expect(isValidSpan(text, span)).toBe(true);
        for (const quote of findQuotations(text)) {
          expect(isValidSpan(text, quote)).toBe(true);
          expect(isValidSpan(text, quote.content)).toBe(true);
          for (const part of quote.parts) expect(isValidSpan(text, part)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('runs in linear time on 1 MB of adversarial text', () => {
    const unit = 'He said “U.S. Gov. "a\n\n“b ‘c’ d.'; 
    const small = unit.repeat(2_000);
    const large = unit.repeat(32_000);
    const time = (text: string): number => {
      const start = performance.now();
      splitSentences(text);
      findQuotations(text);
      return performance.now() - start;
    };
    time(small);
    const smallTime = Math.max(time(small), 1);
    const largeTime = time(large);
    // 16× the input may take at most ~6× its share of time: a generous guard against quadratic blow-ups.
    expect(largeTime).toBeLessThan(smallTime * 16 * 6 + 500);
  });
});
