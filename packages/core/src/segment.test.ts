import { describe, expect, it } from 'vitest';
import { hasLowerCaseOnLine, splitParagraphs, splitSentences } from './segment.js';
import fixtures from '../test/fixtures/sentences.json' with { type: 'json' };

describe('splitSentences fixtures', () => {
  for (const fixture of fixtures) {
    it(fixture.note, () => {
      const sentences = splitSentences(fixture.input);
      expect(sentences.map((sentence) => sentence.text)).toEqual(fixture.expected);
      for (const sentence of sentences) {
        expect(fixture.input.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    });
  }
});

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets', () => {
    const text = 'First line\nstill first.\n\n  Second.\r\n\r\nThird.';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(['First line\nstill first.', 'Second.', 'Third.']);
    for (const paragraph of paragraphs) expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
  });

  it('falls back to lines when there is no blank line', () => {
    expect(splitParagraphs('One\nTwo\n').map((paragraph) => paragraph.text)).toEqual(['One', 'Two']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t')).toEqual([]);
  });
});

describe('hasLowerCaseOnLine', () => {
  it('finds lower case on the same line within reach, on either side', () => {
    expect(hasLowerCaseOnLine('By Jo Roe, USA TODAY', 11, 20, 120)).toBe(true);
    expect(hasLowerCaseOnLine('USA TODAY said', 0, 9, 120)).toBe(true);
  });

  it('stops at a line break and at the reach', () => {
    expect(hasLowerCaseOnLine('STORMS HIT TODAY\nMore text.', 11, 16, 120)).toBe(false);
    expect(hasLowerCaseOnLine('quiet then ONE TWO THREE', 19, 24, 5)).toBe(false);
  });

  it('refuses offsets outside the text', () => {
    expect(() => hasLowerCaseOnLine('ABC', 2, 9, 10)).toThrow(/end must be an integer/);
  });
});
