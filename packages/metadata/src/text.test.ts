import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, hasNonSpace, isLetterOrDigitCode } from './text.js';

/** Every kind of white space `\s` reads, the zero-width space, and a few visible characters around them. */
const spacy = fc
  .array(fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u200b', '\u2028', '\u3000', '\ufeff', '\u180e', '\u0085', 'a', 'é', '字', '|'), { maxLength: 16 })
  .map((parts) => parts.join(''));

describe('collapseSpace', () => {
  it('collapses and trims as the pattern it replaces', () => {
    fc.assert(fc.property(fc.oneof(spacy, fc.string()), (text) => {
      expect(collapseSpace(text)).toBe(text.replace(/[\s\u200b]+/g, ' ').trim());
    }), { numRuns: 3000 });
  });

  it('returns a clean run as it is', () => {
    const text = 'Von Jane Doe | 3. Juni 2024';
    expect(collapseSpace(text)).toBe(text);
    expect(collapseSpace('\u200b Jane\n\t Doe\u00a0')).toBe('Jane Doe');
  });
});

describe('hasNonSpace', () => {
  it('agrees with trim()', () => {
    fc.assert(fc.property(fc.oneof(spacy, fc.string()), (text) => {
      expect(hasNonSpace(text)).toBe(text.trim().length > 0);
    }), { numRuns: 3000 });
    expect(hasNonSpace('')).toBe(false);
    expect(hasNonSpace('\n\t\u3000')).toBe(false);
    expect(hasNonSpace('\n\u200b')).toBe(true);
  });
});

describe('isLetterOrDigitCode', () => {
  it('tells word characters of any script from white space and separators', () => {
    for (const char of ['a', 'Z', '7', 'é', 'ß', 'Ж', '字', 'あ', '한']) expect(isLetterOrDigitCode(char.charCodeAt(0))).toBe(true);
    for (const char of [' ', '\u00a0', '\u3000', '|', ',', '.', '-', '—', '、', '。', '（']) expect(isLetterOrDigitCode(char.charCodeAt(0))).toBe(false);
    expect(isLetterOrDigitCode(''.charCodeAt(0))).toBe(false);
  });
});
