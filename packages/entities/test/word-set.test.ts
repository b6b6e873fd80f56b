import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordSet } from '../src/word-set.js';

describe('WordSet', () => {
  it('holds exactly the words a Set of them holds', () => {
    const word = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', 'storm', 'Storm', 'storms', 'é', 'ée', '\u{1F600}', 'x'.repeat(31), 'x'.repeat(32), 'x'.repeat(33)));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (members, others) => {
        const words = new WordSet(members);
        const plain = new Set(members);
        expect(words.size).toBe(plain.size);
        expect([...words]).toEqual([...plain]);
        for (const probe of [...members, ...others]) expect(words.has(probe)).toBe(plain.has(probe));
      }),
    );
  });

  it('answers for the empty word as a Set does', () => {
    expect(new WordSet(['']).has('')).toBe(true);
    expect(new WordSet(['a', '\u0000']).has('')).toBe(false);
    expect(new WordSet(['']).has('\u0000')).toBe(false);
  });

  it('keeps words added later', () => {
    const words = new WordSet(['storm']);
    words.add('hurricane');
    expect(words.has('hurricane')).toBe(true);
    expect(words.has('typhoon')).toBe(false);
  });
});
