import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/summarize-sources.js';

const english = new Intl.Collator('en');

describe('compareNames', () => {
  it('orders names as English collation does', () => {
    const names = ['Obama', 'de Gaulle', 'De Gaulle', 'Capuñay', 'Capunay', 'O’Brien', 'Jean-Pierre', 'Jean Pierre', 'ab', 'a b', 'Ab', 'aB', '', 'Zhou', 'Wang', 'Wang Youming'];
    expect([...names].sort(compareNames)).toEqual([...names].sort(english.compare));
  });

  it('agrees with the collator, accents, punctuation and ignorable characters included', () => {
    const name = fc.string({ unit: fc.constantFrom(...'abnzANZ  -.\'ñÑéÉßæø1ıİ'.split(''), '\u0301', '\u200b'), maxLength: 7 });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(Math.sign(compareNames(a, b))).toBe(Math.sign(english.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });
});
