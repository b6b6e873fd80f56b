import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS, findQuotations, isAbbreviation, isValidSpan, splitParagraphs, splitSentences } from './index.js';

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

  it('isAbbreviation answers as the lists and patterns it shortcuts would', () => {
    // Its length and period checks only skip work: the answer is that of the sets and the two patterns.
    const byPattern = (word: string): boolean => {
      const lower = word.toLowerCase();
      return word.length > 0 && (TITLE_ABBREVIATIONS.has(lower) || DATE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word));
    };
    const words = fc.string({ unit: fc.constantFrom('a', 'G', 'o', 'v', 'S', 'ss', '.', 'İ', 'é', '\ud835\udc00', '\ud835', '5', 'Gov', 'Sept', 'messrs', 'Corp'), maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(words, fc.string({ maxLength: 4 })), (word) => {
        expect(isAbbreviation(word)).toBe(byPattern(word));
      }),
      { numRuns: 3000 },
    );
  });
});
