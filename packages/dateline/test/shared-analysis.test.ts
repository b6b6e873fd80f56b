import { thrown } from '@newsparse/test-kit';
import { NewsparseError, analyzeText } from '@newsparse/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceFinder, sentenceWords, textWords } from '../src/dates/tense.js';
import { findDates } from '../src/index.js';

const STORY = 'Gov. Jane Doe said on Tuesday the U.S. talks ended. The summit will open on Friday.\n\nOfficials met in May; the players\' union will meet next week.';

// Shapes where the tokenizer and findDates' own reading differ: apostrophes inside and after
// words, periods inside and after them, abbreviations, line breaks, quotes, letters beyond ASCII.
const tricky = fc.string({
  unit: fc.constantFrom('a', 'B', 'é', '5', "'", '’', '.', '!', '?', ' ', '\n', '\n\n', '"', '”', '-', '&', '/', 'Gov.', 'U.S.', 'J.', 'on Tuesday', ' will ', 'ended', 'May', 'players\'', "isn't", '3.5', '\ud83d\ude00'),
  maxLength: 80,
});

describe('findDates with the shared analysis', () => {
  it('gives the same mentions with and without it', () => {
    const alone = findDates(STORY, { reference: '2024-06-27' });
    expect(findDates(STORY, { reference: '2024-06-27', analysis: analyzeText(STORY) })).toEqual(alone);
    expect(alone.map((mention) => mention.value)).toEqual(['2024-06-25', '2024-06-28', '2024-05', '2024-W27']);
  });

  it('gives the same mentions with and without it in another language', () => {
    const story = 'Der Rat hat am Dienstag getagt und wird am Montag entscheiden. Gestern regnete es, vergangene Woche nicht.';
    const alone = findDates(story, { reference: '2024-06-27', lang: 'de' });
    expect(findDates(story, { reference: '2024-06-27', lang: 'de', analysis: analyzeText(story) })).toEqual(alone);
    expect(alone.map((mention) => mention.value)).toEqual(['2024-06-25', '2024-07-01', '2024-06-26', '2024-W25']);
  });

  it('refuses an analysis of another text, or a value analyzeText did not build', () => {
    for (const analysis of [analyzeText('Another story.'), { text: STORY }, 'analysis', null]) {
      const error = thrown(NewsparseError, () => findDates(STORY, { reference: '2024-06-27', analysis: analysis as never }));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(/^findDates: options\.analysis/);
    }
  });

  it('reads the same words and sentence ends from the tokens as from the characters', () => {
    fc.assert(
      fc.property(tricky, fc.nat(), fc.nat(), (text, a, b) => {
        const analysis = analyzeText(text);
        expect(textWords(text, analysis)).toEqual(sentenceWords(text, { start: 0, end: text.length }));
        const start = text.length === 0 ? 0 : a % text.length;
        const end = Math.min(text.length, start + (b % 20));
        expect(sentenceFinder(text, analysis)(start, end)).toEqual(sentenceFinder(text)(start, end));
        expect(findDates(text, { reference: '2024-06-27', analysis })).toEqual(findDates(text, { reference: '2024-06-27' }));
      }),
      { numRuns: 2000 },
    );
  });
});
