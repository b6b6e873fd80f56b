import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS, analyzeText, findQuotations, isAbbreviation, isValidSpan, splitParagraphs, splitSentences, tokenizeWords, type WordToken } from './index.js';

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

  it('tokenizeWords reads ASCII words by their codes as the word pattern reads them', () => {
    // The pattern path alone, as the tokenizer was before its ASCII shortcut.
    const word = /[\p{L}\p{N}]+(?:['\u2019]\p{L}+|[-.&/][\p{L}\p{N}]+|,\d{3}(?!\d))*/uy;
    const isGap = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0xfeff;
    const byPattern = (text: string, from: number, to: number): WordToken[] => {
      const tokens: WordToken[] = [];
      let index = from;
      while (index < to) {
        const code = text.charCodeAt(index);
        if (isGap(code)) {
          index++;
          continue;
        }
        word.lastIndex = index;
        if (word.test(text) && word.lastIndex <= to) {
          let end = word.lastIndex;
          const bare = text.slice(index, end);
          if (end < to && text.charCodeAt(end) === 46 && (/^\p{Lu}$/u.test(bare) || bare.includes('.') || isAbbreviation(bare))) end++;
          const surface = text.slice(index, end);
          const lower = surface.toLowerCase().replace(/\u2019/g, "'").replace(/\.$/, '');
          tokens.push({ text: surface, lower, start: index, end, kind: 'word', cap: /^\p{Lu}/u.test(surface) });
          index = end;
          continue;
        }
        const width = code >= 0xd800 && code <= 0xdbff && index + 1 < to ? 2 : 1;
        const surface = text.slice(index, index + width);
        tokens.push({ text: surface, lower: surface, start: index, end: index + width, kind: 'punct', cap: false });
        index += width;
      }
      return tokens;
    };
    const unit = fc.constantFrom('a', 'B', 'z', '0', '9', 'é', 'İ', 'Σ', "'", '\u2019', '-', '.', '&', '/', ',', '000', ' ', '\n', 'Mr', 'J', 'Gov', 'U.S', '\ud83d\ude00', '\u00a0', ':');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = Math.min(text.length, from + (b % 45));
        expect(tokenizeWords(text, from, to)).toEqual(byPattern(text, from, to));
        const analysis = analyzeText(text);
        expect(analysis.tokens).toEqual(byPattern(text, 0, text.length));
        expect(analysis.tokensIn(from, to)).toEqual(byPattern(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
