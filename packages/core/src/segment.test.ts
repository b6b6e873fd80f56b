import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './segment.js';
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
