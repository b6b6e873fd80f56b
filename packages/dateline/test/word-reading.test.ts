import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAbbreviation } from '@newsparse/core';
import { sentenceAround, sentenceFinder, sentenceWords } from '../src/dates/tense.js';

// The character loops of tense.ts against the patterns they replace, on text built from the
// shapes that tell them apart: apostrophes, periods, abbreviations, line breaks, closing
// quotes, letters beyond ASCII (one that lower-cases to two code units), surrogate pairs.
const tricky = fc.string({
  unit: fc.constantFrom('a', 'B', 'é', 'İ', 'K', 'ſ', '5', '5. a', "'", '’', '.', '!', '?', ':', ' ', '\t', '\n', '\n\n', '"', '”', 'Gov.', 'U.S.', 'J.', 'é.', 'Inc.', "players'", '\ud83d\ude00'),
  maxLength: 80,
});

/** What sentenceWords read before: the case-blind pattern, one match at a time. */
function wordsByPattern(text: string, start: number, end: number): { word: string; index: number }[] {
  const pattern = /[A-Z][A-Z']*/gi;
  const words: { word: string; index: number }[] = [];
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) words.push({ word: match[0].toLowerCase(), index: match.index });
  return words;
}

/** What endsSentence read before, with patterns. */
function endsByPattern(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n') return /[\n \t]/.test(text[index + 1] ?? '\n') || /[.!?:"”’]/.test(text[index - 1] ?? '.');
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[index + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"' && next !== '”') return false;
  if (char !== '.') return true;
  // ("am 08.11. im Rathaus": a period after a digit before a word in lower case.)
  if (/\d/.test(text[index - 1] ?? '') && text[index + 1] === ' ' && /[a-z]/.test(text[index + 2] ?? '')) return false;
  let wordStart = index;
  while (wordStart > 0 && wordStart > index - 12 && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  return !isAbbreviation(text.slice(wordStart, index));
}

describe('the character loops of the clause reader', () => {
  it('read the same words as the pattern, in any window', () => {
    fc.assert(
      fc.property(tricky, fc.integer({ min: -3, max: 90 }), fc.integer({ min: -3, max: 90 }), (text, start, end) => {
        expect(sentenceWords(text, { start, end })).toEqual(wordsByPattern(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('find the same sentence ends as the patterns', () => {
    fc.assert(
      fc.property(tricky, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % text.length;
        const end = Math.min(text.length, start + (b % 20));
        const unitEnds = Array.from({ length: text.length }, (_, index) => index).filter((index) => endsByPattern(text, index));
        let from = start;
        while (from > Math.max(0, start - 300) && !unitEnds.includes(from - 1)) from--;
        let to = end;
        while (to < Math.min(text.length, end + 300) && !unitEnds.includes(to)) to++;
        expect(sentenceAround(text, start, end)).toEqual({ start: from, end: to });
        expect(sentenceFinder(text)(start, end)).toEqual(sentenceAround(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
