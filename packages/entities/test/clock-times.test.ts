import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/tokenize.js';

/** Whether the word `word` reads as part of a name between lower-case words. */
const nameLikeInProse = (word: string): boolean => tokenize(`the ${word} ran`)[1]!.nameLike;

describe('clock times written as one word', () => {
  it('are no name words; other words a digit opens, with a capital, are ("3M", "7UP")', () => {
    expect(['9AM', '05PM', '12AM', '3M', '7UP', '123AM', '9AMS', '9am', '1st'].map(nameLikeInProse)).toEqual([false, false, false, true, true, true, true, false, false]);
  });

  it('are read as the pattern /^\\d{1,2}[AP]M$/ reads them, on any digits and letters', () => {
    const word = fc.tuple(fc.stringMatching(/^\d{1,3}$/), fc.array(fc.constantFrom('A', 'M', 'P', 'X', '7', 'a', 'm', 'p'), { minLength: 1, maxLength: 3 }).map((letters) => letters.join(''))).map(([digits, letters]) => digits + letters);
    fc.assert(
      fc.property(word, (text) => {
        expect(nameLikeInProse(text)).toBe(/\p{Lu}/u.test(text) && !/^\d{1,2}[AP]M$/u.test(text));
      }),
      { numRuns: 500 },
    );
  });
});
